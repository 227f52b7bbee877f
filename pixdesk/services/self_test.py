"""`pixdesk --self-test`: prove that this installation works, end to end, without AWS.

Each check prints one line: "ok" or "FAIL", its name, and what it found (or what is wrong, in
words support can act on). The checks here need no Qt; the window's own checks (platform
plugins, drawing an answer) are in pixdesk.ui.self_test, and pixdesk.app runs them all.

Nothing touches the person's AWS configuration, history or keychain contents: AWS settings are
replaced by empty ones for this process, the history is a throwaway folder, and the round trip
goes to the bundled local Bedrock server on loopback, over HTTPS with an API key — the same
path (TLS, certificates, event-stream decoding) a real answer takes.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import os
import platform
import ssl
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from PIL import Image, ImageDraw

from pixdesk import __version__, catalog
from pixdesk.bedrock.client import ClientFactory, ClientSettings
from pixdesk.bedrock.installation import SERVICES_USED, default_ca_bundle, endpoint_url, missing_service_models
from pixdesk.bedrock.network import describe_network, use_system_trust_store
from pixdesk.bedrock.stream import BedrockEngine, RetryPolicy
from pixdesk.domain import Answer, AskRequest, Attachment, Connection, ProxyChoice
from pixdesk.imaging.encode import Resolution
from pixdesk.secrets import ApiKeyStore
from pixdesk.services.abandonable import off_loop
from pixdesk.services.asking import ask, new_answer
from pixdesk.services.images import InMemoryImage, PreparedPage, image_process_pool, prepare_ref
from pixdesk.store.history import HistoryStore
from pixdesk.testing.server import LocalBedrock

CHECK_TIMEOUT_S = 60.0
MIN_CA_CERTIFICATES = 50
SELF_TEST_API_KEY = "pixdesk-self-test-key"  # only ever sent to the local server


class CheckFailed(Exception):
    """A check found a problem; the message says what, in words support can act on."""


@dataclass(frozen=True)
class Passed:
    detail: str
    value: Any = None


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


class Report:
    """Runs checks and prints one line for each as it finishes."""

    def __init__(self, out: TextIO | None) -> None:
        self.out = out
        self.results: list[CheckResult] = []
        self.timed_out = False  # a check is still running somewhere: exit hard, do not wait for it

    def heading(self) -> None:
        bundle = "installed bundle" if getattr(sys, "frozen", False) else "from source"
        self._print(
            f"pixdesk {__version__} self-test ({bundle}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.machine()})"
        )

    def add(self, name: str, ok: bool, detail: str) -> None:
        self.results.append(CheckResult(name, ok, detail))
        self._print(f"{'ok  ' if ok else 'FAIL'}  {name}: {detail}")

    def run(self, name: str, work: Callable[[], Passed]) -> Any:
        """Run `work` here and now; return its value, or None if it failed."""
        try:
            passed = work()
        except Exception as exc:  # noqa: BLE001 - every failure becomes a FAIL line, never a traceback
            self.add(name, False, _reason(exc))
            return None
        self.add(name, True, passed.detail)
        return passed.value

    async def run_async(
        self, name: str, work: Callable[[], Awaitable[Passed]], timeout_s: float = CHECK_TIMEOUT_S
    ) -> Any:
        try:
            passed = await asyncio.wait_for(work(), timeout_s)
        except TimeoutError:
            self.timed_out = True
            self.add(name, False, f"no result after {timeout_s:.0f} s")
            return None
        except Exception as exc:  # noqa: BLE001
            self.add(name, False, _reason(exc))
            return None
        self.add(name, True, passed.detail)
        return passed.value

    def skip(self, name: str, because: str) -> None:
        self.add(name, False, f"not run ({because})")

    @property
    def ok(self) -> bool:
        return bool(self.results) and all(result.ok for result in self.results)

    def finish(self) -> int:
        failed = sum(not result.ok for result in self.results)
        if self.ok:
            self._print(f"self-test passed: {len(self.results)} checks")
        else:
            self._print(f"self-test FAILED: {failed} of {len(self.results)} checks")
        return 0 if self.ok else 1

    def _print(self, line: str) -> None:
        if self.out is not None:  # a windowed Windows program has no console
            print(line, file=self.out, flush=True)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, CheckFailed):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def in_daemon_thread(work: Callable[[], Passed]) -> Awaitable[Passed]:
    """Run blocking `work` off the loop in a daemon thread: a check that hangs cannot keep the
    process from exiting (executor threads would be joined at exit)."""
    return off_loop(work, name="pixdesk-self-test")


# --- the environment -------------------------------------------------------------------------


def isolate_aws(workdir: Path, environ: dict[str, str] | os._Environ = os.environ) -> None:
    """Forget the person's AWS settings for this process: no profile, keys, endpoint or proxy
    variable of theirs can change (or be touched by) the self-test. A company proxy stays in
    place for everything else, but never sees the loopback round trip."""
    for name in [n for n in environ if n.startswith("AWS_")]:
        del environ[name]
    empty = workdir / "aws-config"
    empty.write_text("")
    environ.update(AWS_CONFIG_FILE=str(empty), AWS_SHARED_CREDENTIALS_FILE=str(empty), AWS_EC2_METADATA_DISABLED="true")
    for name in ("NO_PROXY", "no_proxy"):
        environ[name] = ",".join(filter(None, [environ.get(name, ""), "127.0.0.1", "localhost"]))


# --- the checks --------------------------------------------------------------------------------


def check_botocore_data(services: tuple[str, ...] = SERVICES_USED) -> Passed:
    """The service descriptions botocore needs are here, and the real endpoints resolve."""
    missing = missing_service_models(services)
    if missing:
        raise CheckFailed(f"botocore's descriptions of {', '.join(missing)} are missing from this installation")
    endpoints = [endpoint_url(region) for region in (catalog.DEFAULT_REGION, "eu-west-1")]
    expected = f"https://bedrock-runtime.{catalog.DEFAULT_REGION}.amazonaws.com"
    if endpoints[0] != expected:
        raise CheckFailed(f"Bedrock's endpoint resolved to {endpoints[0]}, expected {expected}")
    return Passed(f"{', '.join(services)}; endpoints {' and '.join(endpoints)}")


def check_certificates(ca_bundle: str | None = None) -> Passed:
    """The CA certificates botocore uses for real AWS calls are bundled and readable."""
    ca_bundle = ca_bundle or default_ca_bundle()
    if not Path(ca_bundle).is_file():
        raise CheckFailed(f"the CA certificate bundle {ca_bundle} is missing")
    context = ssl.create_default_context(cafile=ca_bundle)
    count = context.cert_store_stats()["x509_ca"]
    if count < MIN_CA_CERTIFICATES:
        raise CheckFailed(f"only {count} CA certificates in {ca_bundle}; AWS's could not be verified")
    return Passed(f"{count} CA certificates from {Path(ca_bundle).name}, {ssl.OPENSSL_VERSION}")


def check_network(proxy: ProxyChoice) -> Passed:
    """Which proxy and certificates a question to Bedrock would use on this computer (never a
    password), and that the system trust store can be used (truststore is in the installation)."""
    if not use_system_trust_store():
        raise CheckFailed(
            "the system trust store cannot be used (truststore is missing from this installation): a company "
            "proxy's certificate would be refused"
        )
    return Passed(describe_network(proxy).sentence())


def _settled_now(work: Callable[[], Passed]) -> Callable[[], Passed]:
    """Run `work` now, report its outcome later (through Report.run)."""
    try:
        passed = work()
    except Exception as exc:  # noqa: BLE001 - reported as a FAIL line when its turn comes
        failure = exc

        def fail() -> Passed:
            raise failure

        return fail
    return lambda: passed


def sample_images() -> list[InMemoryImage]:
    """One of each kind the pipeline handles differently: a screenshot (PNG), a photo (JPEG),
    a scanned page (PDF, drawn by PDFium) and an iPhone photo (HEIC, read by libheif)."""
    screenshot = Image.new("RGB", (1600, 1000), (245, 246, 248))
    draw = ImageDraw.Draw(screenshot)
    draw.rectangle((0, 0, 1600, 64), fill=(40, 70, 140))
    draw.rectangle((1340, 900, 1560, 960), fill=(60, 140, 60))
    draw.text((40, 120), "Self-test: Save is greyed out", fill=(20, 20, 20))
    photo = Image.radial_gradient("L").resize((800, 600)).convert("RGB")
    photo = Image.merge("RGB", (photo.getchannel(0), photo.getchannel(1).rotate(90), photo.getchannel(2).rotate(45)))
    page = Image.new("RGB", (620, 877), "white")
    ImageDraw.Draw(page).text((60, 80), "Scanned page for the pixdesk self-test", fill="black")
    heic = resources.files("pixdesk.testing").joinpath("samples/photo.heic").read_bytes()
    return [
        InMemoryImage(_encode(screenshot, "PNG"), "screenshot.png"),
        InMemoryImage(_encode(photo, "JPEG", quality=92), "photo.jpg"),
        InMemoryImage(_encode(page, "PDF", resolution=72.0), "scan.pdf"),
        InMemoryImage(heic, "photo.heic"),
    ]


def _encode(image: Image.Image, fmt: str, **params: Any) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def check_image_workers(samples: list[InMemoryImage]) -> Passed:
    """Prepare every sample in the window's own worker processes (spawned: this proves a frozen
    app can start them) — which also proves Pillow's, PDFium's and libheif's libraries load."""
    started = time.monotonic()
    pool = image_process_pool()
    try:
        pages: list[PreparedPage] = [
            future.result(CHECK_TIMEOUT_S)
            for future in [pool.submit(prepare_ref, sample, 0, Resolution.MODEL) for sample in samples]
        ]
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    described = []
    for sample, page in zip(samples, pages, strict=False):
        attachment = page.prepared.attachment
        if attachment.width < 1 or not attachment.data or not page.thumbnail.bgra:
            raise CheckFailed(f"{sample.name} came out empty")
        w, h = page.prepared.source_size
        described.append(f"{sample.name} {w}×{h} → {attachment.format.upper()} {attachment.width}×{attachment.height}")
    return Passed(
        f"{'; '.join(described)} ({time.monotonic() - started:.1f} s)",
        value=[page.prepared.attachment for page in pages],
    )


def check_history(directory: Path, attachment: Attachment) -> Passed:
    """SQLite with FTS5 (search) and the attachment files work, in a throwaway folder."""
    import sqlite3

    with HistoryStore(directory) as store:
        conversation = store.start_conversation("Self-test")
        store.add_question(conversation, "Why is the Save button greyed out?", (attachment,))
        hits = store.search("greyed")
        if not hits:
            raise CheckFailed("full-text search found nothing")
        stored = store.messages(conversation)[0].attachments[0]
        if store.attachment_bytes(stored.sha256) != attachment.data:
            raise CheckFailed("an image read back from the history differs from what was saved")
    return Passed(f"SQLite {sqlite3.sqlite_version} with FTS5 search; images saved and read back")


def check_keychain() -> Passed:
    """Which keychain an API key would go to. On Windows and macOS there always is one, so
    none means the installation lost keyring's backends."""
    backend = ApiKeyStore.backend_name()
    if backend is None:
        if sys.platform in ("win32", "darwin"):
            raise CheckFailed("no keychain backend found; keyring's backends are missing from this installation")
        return Passed("none on this system (an API key would be kept until pixdesk quits)")
    return Passed(backend)


def start_local_server() -> Passed:
    server = LocalBedrock(tls=True).start()
    os.environ.update(server.env())  # AWS_ENDPOINT_URL_BEDROCK_RUNTIME and AWS_CA_BUNDLE: botocore's own
    return Passed(f"{server.url} with a throwaway certificate", value=server)


async def round_trip(server: LocalBedrock, attachment: Attachment) -> Passed:
    """Ask about an image through the app's engine; check what arrived and what came back."""
    engine = BedrockEngine(
        ClientFactory(ClientSettings(connect_timeout_s=5, read_timeout_s=30, max_attempts=1)), RetryPolicy(attempts=1)
    )
    request = AskRequest("What does this screenshot show?", attachments=(attachment,), max_tokens=1024)
    connection = Connection(region=catalog.DEFAULT_REGION, api_key=SELF_TEST_API_KEY)
    answer = new_answer(request, connection)
    started = time.monotonic()
    await ask(engine, request, connection, answer)
    if answer.error is not None:
        raise CheckFailed(answer.error.sentence())
    if not answer.complete or not answer.text or answer.usage is None:
        raise CheckFailed("the answer ended without finishing")
    record = server.requests[-1]
    received = record.parsed.images[0].data if record.parsed and record.parsed.images else b""
    if hashlib.sha256(received).digest() != hashlib.sha256(attachment.data).digest():
        raise CheckFailed("the image reached the server altered")
    if record.auth != "bearer":
        raise CheckFailed(f"the request was signed with {record.auth}, not the API key")
    return Passed(
        f"{answer.usage.output_tokens} tokens streamed from {answer.profile_id} over HTTPS with an API "
        f"key; the image arrived byte for byte; {answer.stop_reason}; "
        f"{time.monotonic() - started:.2f} s",
        value=(request, answer),
    )


async def run_core_checks(
    report: Report, workdir: Path, proxy: ProxyChoice | None = None
) -> tuple[AskRequest, Answer] | None:
    """Every check that needs no Qt. Returns the question and answer of the round trip. `proxy`:
    the one chosen in Settings (without its password)."""
    # The network as the person's questions would meet it: read before their AWS settings
    # (AWS_CA_BUNDLE, the profile) are set aside for the rest of the self-test.
    network = _settled_now(lambda: check_network(proxy or ProxyChoice()))
    isolate_aws(workdir)
    report.run("botocore data", check_botocore_data)
    report.run("CA certificates", check_certificates)
    report.run("network", network)
    attachments = await report.run_async(
        "image workers", lambda: in_daemon_thread(lambda: check_image_workers(sample_images()))
    )
    if attachments:
        report.run("history store", lambda: check_history(workdir / "history", attachments[0]))
    else:
        report.skip("history store", "no image was prepared")
    report.run("keychain", check_keychain)
    server = report.run("local Bedrock server", start_local_server)
    if server is None or not attachments:
        report.skip("round trip", "no local server" if server is None else "no image was prepared")
        return None
    try:
        return await report.run_async("round trip", lambda: round_trip(server, attachments[0]))
    finally:
        server.stop()
