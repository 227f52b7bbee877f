"""A Bedrock-compatible local server: real HTTP(S), restJson1 errors and event-stream framing.

boto3 talks to it unchanged through AWS_ENDPOINT_URL_BEDROCK_RUNTIME (plus AWS_CA_BUNDLE for
HTTPS). It validates requests as Bedrock does, records each one for tests to inspect, and
injects faults on demand. Run it by hand with `python -m pixdesk.testing.server --help`.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import socket
import ssl
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from pixdesk import catalog
from pixdesk.testing import eventstream
from pixdesk.testing.certs import write_self_signed
from pixdesk.testing.fake_model import compose_answer, input_token_count
from pixdesk.testing.quota import ServerQuota
from pixdesk.testing.validation import ParsedRequest, Rejected, check_model_for_region, parse_converse

log = logging.getLogger(__name__)

ERROR_STATUS = {
    "AccessDeniedException": 403,
    "ExpiredTokenException": 403,
    "UnrecognizedClientException": 403,
    "InvalidSignatureException": 403,
    "ResourceNotFoundException": 404,
    "ModelTimeoutException": 408,
    "ModelErrorException": 424,
    "ThrottlingException": 429,
    "ModelNotReadyException": 429,
    "ValidationException": 400,
    "ServiceQuotaExceededException": 400,
    "InternalServerException": 500,
    "ServiceUnavailableException": 503,
}
# Bedrock's own words when a model's life is over (ResourceNotFoundException, as observed).
MODEL_RETIRED_MESSAGE = (
    "This model version has reached the end of its life. Please refer to the AWS documentation for more details."
)
MODEL_LEGACY_MESSAGE = (
    "Access denied. This Model is marked by provider as Legacy and you have not been actively using the model in "
    "the last 30 days. Please upgrade to an active model on Amazon Bedrock"
)
_ROUTE = re.compile(r"/model/(?P<model>[^/]+)/(?P<op>converse-stream|converse)")
_SCOPE = re.compile(r"Credential=(?P<key>[^/]+)/(?P<date>\d{8})/(?P<region>[^/]+)/(?P<service>[^/]+)/aws4_request")


@dataclass
class Fault:
    """Something to go wrong on the next `times` calls (None: every call)."""

    kind: str  # "error" (call fails), "stream_exception", "drop" (connection reset), "stall"
    code: str = ""
    message: str = ""
    after_tokens: int = 0
    times: int | None = 1

    @classmethod
    def error(cls, code: str, times: int | None = 1, message: str = "") -> Fault:
        if code not in ERROR_STATUS:
            raise ValueError(f"unknown error code {code}")
        return cls("error", code, message or _default_message(code), times=times)

    @classmethod
    def stream_exception(
        cls, code: str = "modelStreamErrorException", after_tokens: int = 0, times: int | None = 1
    ) -> Fault:
        return cls("stream_exception", code, _default_message(code), after_tokens, times)

    @classmethod
    def drop(cls, after_tokens: int = 3, times: int | None = 1) -> Fault:
        return cls("drop", after_tokens=after_tokens, times=times)

    @classmethod
    def stall(cls, after_tokens: int = 3, times: int | None = 1) -> Fault:
        return cls("stall", after_tokens=after_tokens, times=times)

    @classmethod
    def parse(cls, spec: str) -> Fault:
        """From the command line: throttle[:N], unavailable[:N], denied, expired, retired, legacy,
        error:CODE[:N], midstream:CODE[@K], drop[@K], stall[@K]. N = how many calls (0 = every call)."""
        name, _, rest = spec.partition(":")
        name, _, at = name.partition("@")
        times = None if rest == "0" else int(rest) if rest.isdigit() else 1
        aliases = {
            "throttle": "ThrottlingException",
            "unavailable": "ServiceUnavailableException",
            "denied": "AccessDeniedException",
            "expired": "ExpiredTokenException",
        }
        if name in aliases:
            return cls.error(aliases[name], times=None if name in ("denied", "expired") and not rest else times)
        if name in ("retired", "legacy"):  # the model's end of life: every call, as Bedrock does
            message = MODEL_RETIRED_MESSAGE if name == "retired" else MODEL_LEGACY_MESSAGE
            return cls.error("ResourceNotFoundException", times=None, message=message)
        if name == "error":
            code, _, count = rest.partition(":")
            return cls.error(code, times=None if count == "0" else int(count or 1))
        if name == "midstream":
            code, _, k = rest.partition("@")
            return cls.stream_exception(code or "modelStreamErrorException", int(k or 0))
        if name in ("drop", "stall"):
            return cls(name, after_tokens=int(at or 3), times=None)
        raise ValueError(f"unknown fault {spec!r}")


def _default_message(code: str) -> str:
    return {
        "ThrottlingException": "Too many requests, please wait before trying again.",
        "throttlingException": "Too many tokens, please wait before trying again.",
        "AccessDeniedException": "You don't have access to the model with the specified model ID.",
        "ExpiredTokenException": "The security token included in the request is expired",
        "ServiceUnavailableException": "Bedrock is unable to process your request.",
        "serviceUnavailableException": "Bedrock is unable to process your request.",
    }.get(code, f"{code} (injected by the local server)")


@dataclass
class Behaviour:
    latency_s: float = 0.0  # before the response starts: network round trip + time to first token
    tokens_per_second: float | None = None  # None: as fast as the socket takes them
    answer_tokens: int | None = None  # force a long (or short) answer
    served_tier: str | None = None  # report this tier as served instead of the requested one


@dataclass
class RecordedRequest:
    operation: str
    model_id: str
    headers: dict[str, str]
    body: dict[str, Any] = field(repr=False)
    auth: str | None = None  # "sigv4" | "bearer"
    region: str | None = None  # from the SigV4 credential scope
    access_key_id: str | None = None
    bearer_token: str | None = field(default=None, repr=False)
    parsed: ParsedRequest | None = None
    outcome: str = "pending"  # ok | error:CODE | dropped | stalled | client closed | exception:CODE
    admitted_at: float | None = None  # time.monotonic() when it passed every check (and the quota)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: LocalBedrock
    ssl_context: ssl.SSLContext | None = None

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, address = super().get_request()
        if self.ssl_context is not None:  # the handshake happens in the handler's thread
            sock = self.ssl_context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        return sock, address

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("connection from %s ended with an error", client_address, exc_info=True)


class LocalBedrock:
    """The server. Use as a context manager; `env()` gives what a boto3 app needs to reach it."""

    def __init__(
        self,
        *,
        tls: bool = False,
        host: str = "127.0.0.1",
        port: int = 0,
        behaviour: Behaviour | None = None,
        api_keys: set[str] | None = None,
        expired_session_tokens: set[str] | None = None,
        quota: ServerQuota | None = None,
    ) -> None:
        self.tls = tls
        self.quota = quota  # None: no quota; else requests beyond it are throttled (429)
        self.behaviour = behaviour or Behaviour()
        self.api_keys = api_keys  # None: accept any bearer token
        self.expired_session_tokens = expired_session_tokens or set()
        self.requests: list[RecordedRequest] = []
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._tempdir: tempfile.TemporaryDirectory[str] | None = None
        self.ca_bundle: Path | None = None
        self._httpd = _HTTPServer((host, port), _Handler)
        self._httpd.owner = self
        if tls:
            self._tempdir = tempfile.TemporaryDirectory(prefix="pixdesk-local-bedrock-")
            cert, key = write_self_signed(Path(self._tempdir.name))
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(cert, key)
            self._httpd.ssl_context = context
            self.ca_bundle = cert
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"{'https' if self.tls else 'http'}://{host}:{port}"

    def env(self) -> dict[str, str]:
        env = {"AWS_ENDPOINT_URL_BEDROCK_RUNTIME": self.url}
        if self.ca_bundle:
            env["AWS_CA_BUNDLE"] = str(self.ca_bundle)
        return env

    def start(self) -> LocalBedrock:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="pixdesk-local-bedrock", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread:
            self._thread.join(timeout=5)
        if self._tempdir:
            self._tempdir.cleanup()

    def __enter__(self) -> LocalBedrock:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- faults and records ---------------------------------------------------------------

    def inject(self, *faults: Fault) -> None:
        with self._lock:
            self._faults.extend(faults)

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def _take_fault(self) -> Fault | None:
        with self._lock:
            if not self._faults:
                return None
            fault = self._faults[0]
            if fault.times is not None:
                fault.times -= 1
                if fault.times <= 0:
                    self._faults.pop(0)
            return fault

    def _record(self, record: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(record)

    def wait_for_outcome(self, index: int, timeout_s: float = 5.0) -> str:
        """Wait until request `index` has finished on the server side; return its outcome."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if len(self.requests) > index and self.requests[index].outcome != "pending":
                return self.requests[index].outcome
            time.sleep(0.01)
        return self.requests[index].outcome if len(self.requests) > index else "missing"


class _ClientGone(Exception):
    pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HTTPServer
    _quota_entry: Any = None  # this request's place in the server's quota, if it has one

    def setup(self) -> None:
        if isinstance(self.request, ssl.SSLSocket):
            self.request.do_handshake()
        super().setup()

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    @property
    def owner(self) -> LocalBedrock:
        return self.server.owner

    def do_POST(self) -> None:
        route = _ROUTE.fullmatch(urlsplit(self.path).path)
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if route is None:
            self._send_error(Rejected("Unknown operation", "UnknownOperationException", 404))
            return
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            self._send_error(Rejected("Could not parse the request body.", "SerializationException", 400))
            return
        record = RecordedRequest(
            operation="ConverseStream" if route["op"] == "converse-stream" else "Converse",
            model_id=unquote(route["model"]),
            headers=dict(self.headers.items()),
            body=body,
        )
        self.owner._record(record)
        time.sleep(self.owner.behaviour.latency_s)
        try:
            self._authenticate(record)
            check_model_for_region(record.model_id, record.region)
            record.parsed = parse_converse(record.model_id, body)
            fault = self.owner._take_fault()
            if fault is not None and fault.kind == "error":
                raise Rejected(fault.message, fault.code, ERROR_STATUS[fault.code])
            self._quota_entry = self._admit(record.parsed)
            record.admitted_at = time.monotonic()
        except Rejected as rejected:
            record.outcome = f"error:{rejected.code}"
            self._send_error(rejected)
            return
        try:
            if record.operation == "ConverseStream":
                self._stream(record, fault)
            else:
                self._converse(record)
        except (_ClientGone, ConnectionError, ssl.SSLError, OSError):
            record.outcome = "client closed"
            self.close_connection = True

    def _authenticate(self, record: RecordedRequest) -> None:
        auth = self.headers.get("Authorization", "")
        if auth.startswith("Bearer "):
            record.auth, record.bearer_token = "bearer", auth[len("Bearer ") :]
            keys = self.owner.api_keys
            if keys is not None and record.bearer_token not in keys:
                raise Rejected(
                    "Invalid API Key format: Must start with pre-defined prefix", "UnrecognizedClientException", 403
                )
            return
        scope = _SCOPE.search(auth) if auth.startswith("AWS4-HMAC-SHA256") else None
        if scope is None:
            raise Rejected("Missing Authentication Token", "MissingAuthenticationTokenException", 403)
        record.auth, record.region, record.access_key_id = "sigv4", scope["region"], scope["key"]
        if scope["service"] != catalog.SIGNING_NAME:
            raise Rejected(
                f"Credential should be scoped to correct service: '{catalog.SIGNING_NAME}'.",
                "InvalidSignatureException",
                403,
            )
        if self.headers.get("X-Amz-Security-Token") in self.owner.expired_session_tokens:
            raise Rejected(_default_message("ExpiredTokenException"), "ExpiredTokenException", 403)

    # --- responses ------------------------------------------------------------------------

    def _request_id_header(self) -> None:
        self.send_header("x-amzn-RequestId", str(uuid.uuid4()))

    def _send_error(self, rejected: Rejected) -> None:
        payload = json.dumps({"message": str(rejected)}).encode()
        self.send_response(rejected.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("x-amzn-ErrorType", f"{rejected.code}:http://internal.amazon.com/coral/com.amazon.bedrock/")
        self._request_id_header()
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _answer(self, parsed: ParsedRequest) -> tuple[list[str], str]:
        pieces = compose_answer(parsed, self.owner.behaviour.answer_tokens)
        limit = parsed.max_tokens or catalog.LIMITS.max_output_tokens
        return (pieces[:limit], "max_tokens") if len(pieces) > limit else (pieces, "end_turn")

    def _admit(self, parsed: ParsedRequest) -> Any:
        """Count the request against the quota (input + maxTokens); 429 if it does not fit."""
        quota = self.owner.quota
        if quota is None:
            return None
        entry, why = quota.admit(input_token_count(parsed) + (parsed.max_tokens or catalog.LIMITS.max_output_tokens))
        if entry is None:
            raise Rejected(why, "ThrottlingException", ERROR_STATUS["ThrottlingException"])
        return entry

    def _metadata(self, parsed: ParsedRequest, output_tokens: int, started: float) -> dict[str, Any]:
        input_tokens = input_token_count(parsed)
        if self.owner.quota is not None and self._quota_entry is not None:
            self.owner.quota.settle(self._quota_entry, input_tokens + output_tokens)  # what was really used
        return {
            "usage": {
                "inputTokens": input_tokens,
                "outputTokens": output_tokens,
                "totalTokens": input_tokens + output_tokens,
            },
            "metrics": {"latencyMs": int((time.monotonic() - started) * 1000)},
            "serviceTier": {"type": self.owner.behaviour.served_tier or parsed.tier or "default"},
        }

    def _converse(self, record: RecordedRequest) -> None:
        started = time.monotonic()
        pieces, stop = self._answer(record.parsed)
        body = {
            "output": {"message": {"role": "assistant", "content": [{"text": "".join(pieces)}]}},
            "stopReason": stop,
            **self._metadata(record.parsed, len(pieces), started),
        }
        payload = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self._request_id_header()
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
        record.outcome = "ok"

    def _chunk(self, data: bytes) -> None:
        try:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        except (ConnectionError, ssl.SSLError, OSError) as exc:
            raise _ClientGone() from exc

    def _stream(self, record: RecordedRequest, fault: Fault | None) -> None:
        started = time.monotonic()
        parsed = record.parsed
        pieces, stop = self._answer(parsed)
        behaviour = self.owner.behaviour
        interval = 1.0 / behaviour.tokens_per_second if behaviour.tokens_per_second else 0.0
        self.send_response(200)
        self.send_header("Content-Type", "application/vnd.amazon.eventstream")
        self.send_header("Transfer-Encoding", "chunked")
        self._request_id_header()
        self.end_headers()
        self._chunk(eventstream.event("messageStart", {"role": "assistant"}))
        for index, piece in enumerate(pieces):
            if fault is not None and fault.after_tokens == index and self._fail_mid_stream(record, fault):
                return
            self._chunk(eventstream.event("contentBlockDelta", {"contentBlockIndex": 0, "delta": {"text": piece}}))
            if interval:
                pause = started + (index + 1) * interval - time.monotonic()
                if pause > 0:
                    time.sleep(pause)
        self._chunk(eventstream.event("contentBlockStop", {"contentBlockIndex": 0}))
        self._chunk(eventstream.event("messageStop", {"stopReason": stop}))
        self._chunk(eventstream.event("metadata", self._metadata(parsed, len(pieces), started)))
        self.wfile.write(b"0\r\n\r\n")
        record.outcome = "ok"

    def _fail_mid_stream(self, record: RecordedRequest, fault: Fault) -> bool:
        """Carry out a mid-stream fault; True when the response is over."""
        if fault.kind == "stream_exception":
            self._chunk(eventstream.exception(fault.code, fault.message))
            self.wfile.write(b"0\r\n\r\n")
            record.outcome = f"exception:{fault.code}"
            return True
        if fault.kind == "drop":  # the connection ends mid-answer, as when Wi-Fi goes away
            socket.socket.shutdown(self.connection, socket.SHUT_RDWR)
            self.close_connection = True
            record.outcome = "dropped"
            return True
        if fault.kind == "stall":
            record.outcome = "stalled"
            self.owner._stopping.wait()
            self.close_connection = True
            return True
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pixdesk.testing.server",
        description="A local Bedrock-compatible server for trying pixdesk without AWS.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8443)
    parser.add_argument(
        "--tls", action="store_true", help="serve HTTPS with a throwaway certificate (needed for Bedrock API keys)"
    )
    parser.add_argument("--latency-ms", type=float, default=0.0, help="delay before each response starts")
    parser.add_argument("--tokens-per-second", type=float, default=None, help="stream answers at this pace")
    parser.add_argument("--answer-tokens", type=int, default=None, help="make every answer this long")
    quota = catalog.DEFAULT_QUOTA
    parser.add_argument(
        "--quota",
        metavar="REQUESTS,TOKENS[,SECONDS]",
        help="throttle beyond this many requests and tokens a window (default window 60 s), "
        f"as Bedrock does: e.g. {quota.requests_per_minute},{quota.tokens_per_minute} (the default "
        f"quota) or {quota.requests_per_minute},{quota.tokens_per_minute},2 (scaled down)",
    )
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="SPEC",
        help=Fault.parse.__doc__.split(":", 1)[1].strip().replace("\n", " "),
    )
    args = parser.parse_args(argv)
    behaviour = Behaviour(
        latency_s=args.latency_ms / 1000, tokens_per_second=args.tokens_per_second, answer_tokens=args.answer_tokens
    )
    quota = None
    if args.quota:
        numbers = [float(n) for n in args.quota.split(",")]
        quota = ServerQuota(int(numbers[0]), int(numbers[1]), numbers[2] if len(numbers) > 2 else 60.0)
    server = LocalBedrock(tls=args.tls, host=args.host, port=args.port, behaviour=behaviour, quota=quota)
    server.inject(*(Fault.parse(spec) for spec in args.fault))
    print(f"pixdesk local Bedrock server on {server.url}  (Ctrl+C stops it)")
    print("Point pixdesk, or any boto3 program, at it:")
    for name, value in server.env().items():
        print(f"  export {name}={value}")
    print("  export AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local   # any values")
    if args.tls:
        print("  # or a Bedrock API key (any value): export AWS_BEARER_TOKEN_BEDROCK=local-key")
    print("  pixdesk ask screenshot.png -q 'What does this show?'")
    try:
        server.start()
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
