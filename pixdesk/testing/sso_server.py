"""A local IAM Identity Center: just enough of the `sso-oidc` service (RegisterClient,
StartDeviceAuthorization, CreateToken with the authorization code + PKCE, the device code and the
refresh token) and of the `sso` portal (ListAccounts, ListAccountRoles, GetRoleCredentials) for
botocore to sign in against it unchanged, through AWS_ENDPOINT_URL_SSO_OIDC and
AWS_ENDPOINT_URL_SSO. The role credentials it hands out are accepted by the local Bedrock server.

It also plays the person's browser: GET /authorize (the page pixdesk opens) answers at once with
a redirect to the app's loopback address carrying a code (or error=access_denied), and GET /device
approves a device code. `browse(url)` follows such a URL as a browser would.

Modes (attributes, set by a test before the sign-in): `deny`, `pending_polls`, `slow_down_polls`,
`device_code_expired`, `token_lifetime_s`, `refresh_tokens` (handed out and accepted or not).
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import secrets
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from pixdesk.testing.background import ServedInBackground

log = logging.getLogger(__name__)

START_URL = "https://pixdesk-test.awsapps.com/start"
ACCOUNTS = (
    ("111122223333", "Production", ("ReadOnly", "PowerUser")),
    ("444455556666", "Sandbox", ("Developer",)),
)
_STATUS = {
    "AuthorizationPendingException": 400,
    "SlowDownException": 400,
    "AccessDeniedException": 400,
    "ExpiredTokenException": 400,
    "InvalidRequestException": 400,
    "InvalidGrantException": 400,
    "InvalidClientException": 401,
    "UnauthorizedException": 401,
    "ResourceNotFoundException": 404,
}


@dataclass
class _Client:
    secret: str
    grants: list[str]
    redirect_uris: list[str]


@dataclass
class _DeviceCode:
    client_id: str
    user_code: str
    approved: bool = False
    polls: int = 0


@dataclass
class SsoRecord:
    operation: str  # RegisterClient, CreateToken:authorization_code, GetRoleCredentials, Authorize…
    outcome: str  # ok | error:CODE
    details: dict[str, str] = field(default_factory=dict)


class _Failed(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: LocalIdentityCenter


class LocalIdentityCenter(ServedInBackground):
    def __init__(self, start_url: str = START_URL, host: str = "127.0.0.1") -> None:
        self.start_url = start_url
        self.deny = False
        self.pending_polls = 0  # device code: answer "authorization pending" this many times first
        self.slow_down_polls = 0  # device code: then "slow down" this many times
        self.device_code_expired = False
        self.approve_at_once = False  # device codes count as approved when handed out (for a CLI in a subprocess)
        self.device_interval_s = 1
        self.token_lifetime_s = 3600
        self.refresh_tokens = True
        self.records: list[SsoRecord] = []
        self.issued_access_keys: list[str] = []  # role credentials handed out, newest last
        self._secrets: list[str] = []  # authorization codes and role secrets handed out (see issued_secrets)
        self._clients: dict[str, _Client] = {}
        self._codes: dict[str, tuple[str, str, str]] = {}  # code → (client id, redirect uri, challenge)
        self._devices: dict[str, _DeviceCode] = {}  # device code → its state
        self._tokens: dict[str, float] = {}  # access token → when it expires (time.time())
        self._refresh: dict[str, str] = {}  # refresh token → client id
        self._lock = threading.Lock()
        self._httpd = _HTTPServer((host, 0), _Handler)
        self._httpd.owner = self
        self._served, self._thread_name = self._httpd, "pixdesk-local-sso"

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def env(self) -> dict[str, str]:
        return {"AWS_ENDPOINT_URL_SSO_OIDC": self.url, "AWS_ENDPOINT_URL_SSO": self.url}

    # --- what tests use --------------------------------------------------------------------------

    def operations(self) -> list[str]:
        with self._lock:
            return [f"{r.operation}={r.outcome}" for r in self.records]

    def issued_secrets(self) -> list[str]:
        """Every secret handed out so far (client secrets, tokens, codes): none may be shown or logged."""
        with self._lock:
            return [
                *(client.secret for client in self._clients.values()),
                *self._tokens,
                *self._refresh,
                *self._devices,
                *self._secrets,
            ]

    def expire_tokens(self) -> None:
        """Every access token handed out so far stops working (as when a session ends)."""
        with self._lock:
            self._tokens = dict.fromkeys(self._tokens, 0.0)

    @staticmethod
    def browse(url: str) -> tuple[int, str]:
        """Open `url` as the person's browser would, following redirects (to the app's loopback
        server); the final page's status and text."""
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        try:
            with opener.open(url, timeout=10) as response:
                return response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", "replace")

    # --- the services -----------------------------------------------------------------------------

    def _record(self, operation: str, outcome: str = "ok", **details: str) -> None:
        with self._lock:
            self.records.append(SsoRecord(operation, outcome, details))

    def register_client(self, body: dict[str, Any]) -> dict[str, Any]:
        grants = body.get("grantTypes") or ["urn:ietf:params:oauth:grant-type:device_code", "refresh_token"]
        if "authorization_code" in grants and body.get("issuerUrl") != self.start_url:
            raise _Failed("InvalidRequestException", "Invalid issuer URL")
        client_id, secret = f"client-{secrets.token_hex(6)}", secrets.token_urlsafe(24)
        with self._lock:
            self._clients[client_id] = _Client(secret, list(grants), list(body.get("redirectUris") or []))
        now = int(time.time())
        return {
            "clientId": client_id,
            "clientSecret": secret,
            "clientIdIssuedAt": now,
            "clientSecretExpiresAt": now + 90 * 24 * 3600,
        }

    def _client(self, body: dict[str, Any]) -> _Client:
        client = self._clients.get(body.get("clientId", ""))
        if client is None or not secrets.compare_digest(client.secret, body.get("clientSecret", "")):
            raise _Failed("InvalidClientException", "Invalid client")
        return client

    def start_device_authorization(self, body: dict[str, Any]) -> dict[str, Any]:
        self._client(body)
        if body.get("startUrl") != self.start_url:
            raise _Failed("InvalidRequestException", "Invalid start URL")
        device_code, user_code = secrets.token_urlsafe(16), f"{secrets.token_hex(2)}-{secrets.token_hex(2)}".upper()
        with self._lock:
            self._devices[device_code] = _DeviceCode(body["clientId"], user_code, approved=self.approve_at_once)
        verify = f"{self.url}/device"
        return {
            "deviceCode": device_code,
            "userCode": user_code,
            "verificationUri": verify,
            "verificationUriComplete": f"{verify}?{urlencode({'user_code': user_code})}",
            "expiresIn": 600,
            "interval": self.device_interval_s,
        }

    def create_token(self, body: dict[str, Any]) -> dict[str, Any]:
        client = self._client(body)
        grant = body.get("grantType", "")
        if grant not in client.grants:
            raise _Failed("InvalidGrantException", f"Grant {grant} not registered")
        if grant == "authorization_code":
            issued = self._codes.pop(body.get("code", ""), None)
            if issued is None or issued[0] != body["clientId"] or issued[1] != body.get("redirectUri"):
                raise _Failed("InvalidGrantException", "Invalid authorization code")
            if _challenge(body.get("codeVerifier", "")) != issued[2]:
                raise _Failed("InvalidGrantException", "PKCE verification failed")
        elif grant == "urn:ietf:params:oauth:grant-type:device_code":
            self._poll_device(body)
        elif grant == "refresh_token":
            if not self.refresh_tokens or self._refresh.pop(body.get("refreshToken", ""), None) != body["clientId"]:
                raise _Failed("InvalidGrantException", "Invalid refresh token")
        else:
            raise _Failed("InvalidGrantException", "Unsupported grant")
        return self._issue(body["clientId"])

    def _poll_device(self, body: dict[str, Any]) -> None:
        device = self._devices.get(body.get("deviceCode", ""))
        if device is None or device.client_id != body["clientId"]:
            raise _Failed("InvalidGrantException", "Invalid device code")
        if self.device_code_expired:
            raise _Failed("ExpiredTokenException", "Device code expired")
        if self.deny:
            raise _Failed("AccessDeniedException", "Access denied")
        device.polls += 1
        if device.polls <= self.pending_polls or not device.approved:
            raise _Failed("AuthorizationPendingException", "Authorization pending")
        if device.polls <= self.pending_polls + self.slow_down_polls:
            raise _Failed("SlowDownException", "Slow down")

    def _issue(self, client_id: str) -> dict[str, Any]:
        token = f"sso-access-{secrets.token_urlsafe(16)}"
        response: dict[str, Any] = {"accessToken": token, "tokenType": "Bearer", "expiresIn": self.token_lifetime_s}
        with self._lock:
            self._tokens[token] = time.time() + self.token_lifetime_s
            if self.refresh_tokens:
                refresh = f"sso-refresh-{secrets.token_urlsafe(16)}"
                self._refresh[refresh] = client_id
                response["refreshToken"] = refresh
        return response

    def _bearer(self, headers: Any) -> None:
        token = headers.get("x-amz-sso_bearer_token", "")
        with self._lock:
            expires = self._tokens.get(token)
        if expires is None or expires <= time.time():
            raise _Failed("UnauthorizedException", "Session token not found or invalid")

    def list_accounts(self, headers: Any, query: dict[str, str]) -> dict[str, Any]:
        self._bearer(headers)
        index = int(query.get("next_token") or 0)  # one account a page: botocore's paginator is exercised
        account_id, name, _roles = ACCOUNTS[index]
        page: dict[str, Any] = {
            "accountList": [
                {"accountId": account_id, "accountName": name, "emailAddress": f"{name.lower()}@example.com"}
            ]
        }
        if index + 1 < len(ACCOUNTS):
            page["nextToken"] = str(index + 1)
        return page

    def list_account_roles(self, headers: Any, query: dict[str, str]) -> dict[str, Any]:
        self._bearer(headers)
        roles = next((r for a, _n, r in ACCOUNTS if a == query.get("account_id")), None)
        if roles is None:
            raise _Failed("ResourceNotFoundException", "No such account")
        return {"roleList": [{"roleName": role, "accountId": query["account_id"]} for role in roles]}

    def get_role_credentials(self, headers: Any, query: dict[str, str]) -> dict[str, Any]:
        self._bearer(headers)
        roles = next((r for a, _n, r in ACCOUNTS if a == query.get("account_id")), ())
        if query.get("role_name") not in roles:
            raise _Failed("ForbiddenException", "No access")
        key, secret, session = (
            f"ASIAPIXDESK{secrets.token_hex(4).upper()}",
            secrets.token_urlsafe(30),
            secrets.token_urlsafe(60),
        )
        with self._lock:
            self.issued_access_keys.append(key)
            self._secrets += [secret, session]
        return {
            "roleCredentials": {
                "accessKeyId": key,
                "secretAccessKey": secret,
                "sessionToken": session,
                "expiration": int((time.time() + 3600) * 1000),
            }
        }

    # --- the browser's side -------------------------------------------------------------------------

    def authorize(self, query: dict[str, str]) -> tuple[int, str]:
        """The sign-in page: at once, a redirect back to the app (status, Location)."""
        client = self._clients.get(query.get("client_id", ""))
        redirect = query.get("redirect_uri", "")
        parts = urlsplit(redirect)
        registered = {_loopback_key(uri) for uri in client.redirect_uris} if client else set()
        if (
            client is None
            or parts.hostname != "127.0.0.1"
            or _loopback_key(redirect) not in registered  # any port on the loopback (RFC 8252)
            or query.get("code_challenge_method") != "S256"
            or query.get("response_type") != "code"
        ):
            return 400, ""
        if self.deny:
            return 302, f"{redirect}?{urlencode({'error': 'access_denied', 'state': query.get('state', '')})}"
        code = secrets.token_urlsafe(16)
        with self._lock:
            self._codes[code] = (query["client_id"], redirect, query.get("code_challenge", ""))
            self._secrets.append(code)
        return 302, f"{redirect}?{urlencode({'code': code, 'state': query.get('state', '')})}"

    def approve_device(self, query: dict[str, str]) -> bool:
        with self._lock:
            device = next((d for d in self._devices.values() if d.user_code == query.get("user_code")), None)
            if device is not None:
                device.approved = True
        return device is not None


def _loopback_key(uri: str) -> tuple[str, str | None, str]:
    parts = urlsplit(uri)
    return parts.scheme, parts.hostname, parts.path


def _challenge(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    server: _HTTPServer

    @property
    def owner(self) -> LocalIdentityCenter:
        return self.server.owner

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = json.loads(raw or b"{}")
        path = urlsplit(self.path).path
        operations = {
            "/client/register": ("RegisterClient", self.owner.register_client),
            "/device_authorization": ("StartDeviceAuthorization", self.owner.start_device_authorization),
            "/token": ("CreateToken", self.owner.create_token),
        }
        if path not in operations:
            self._json(404, {"message": "Unknown operation"})
            return
        name, operation = operations[path]
        if name == "CreateToken":
            name = f"CreateToken:{body.get('grantType', '').rsplit(':', 1)[-1]}"
        self._run(name, lambda: operation(body))

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = {key: values[0] for key, values in parse_qs(parts.query).items()}
        owner = self.owner
        if parts.path == "/authorize":
            status, location = owner.authorize(query)
            owner._record("Authorize", "ok" if status == 302 else f"status:{status}", denied=str(owner.deny))
            self.send_response(status)
            if location:
                self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if parts.path == "/device":
            approved = owner.approve_device(query)
            owner._record("ApproveDevice", "ok" if approved else "unknown code")
            self._page(200 if approved else 404, "Request approved" if approved else "Unknown code")
            return
        portal = {
            "/assignment/accounts": ("ListAccounts", owner.list_accounts),
            "/assignment/roles": ("ListAccountRoles", owner.list_account_roles),
            "/federation/credentials": ("GetRoleCredentials", owner.get_role_credentials),
        }
        if parts.path not in portal:
            self._json(404, {"message": "Unknown operation"})
            return
        name, operation = portal[parts.path]
        self._run(name, lambda: operation(self.headers, query))

    def _run(self, name: str, operation: Any) -> None:
        try:
            response = operation()
        except _Failed as failed:
            self.owner._record(name, f"error:{failed.code}")
            payload = {"error": failed.code, "error_description": str(failed), "message": str(failed)}
            self._json(_STATUS.get(failed.code, 403), payload, error=failed.code)
            return
        self.owner._record(name)
        self._json(200, response)

    def _json(self, status: int, body: dict[str, Any], error: str = "") -> None:
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        if error:
            self.send_header("x-amzn-ErrorType", error)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _page(self, status: int, text: str) -> None:
        payload = f"<!doctype html><title>AWS access portal</title><p>{text}</p>".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
