"""Sign in with IAM Identity Center (AWS SSO) the way the AWS CLI v2 does, through botocore's own
`sso-oidc` and `sso` clients (so AWS_ENDPOINT_URL_SSO_OIDC / AWS_ENDPOINT_URL_SSO, AWS_CA_BUNDLE and
proxies work as for any boto3 program).

Two ways to finish the sign-in in a browser:
- `BrowserSignIn`: authorization code with PKCE; the browser comes back to a one-shot web server on
  127.0.0.1 (random port) that pixdesk runs for the duration.
- `DeviceSignIn`: the device code, for when there is no browser on this computer or the loopback
  cannot be used: the person types a short code on any device, pixdesk polls for the result.

Everything here blocks: run it on a worker thread. Waiting can be cancelled with the
`threading.Event` given to `wait()`. Failures are KnownErrors in plain words; secrets (tokens,
client secrets, codes) never appear in a message, a repr or the log.
"""

from __future__ import annotations

import base64
import hashlib
import html
import logging
import secrets
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pixdesk
from pixdesk.bedrock.errors import proxy_error
from pixdesk.bedrock.network import botocore_network_config
from pixdesk.domain import ProxyChoice
from pixdesk.errors import Action, Kind, KnownError
from pixdesk.words import joined, translate

log = logging.getLogger(__name__)

SCOPES = ("sso:account:access",)  # what the AWS CLI asks for: list accounts and roles, get role credentials
CLIENT_NAME = "pixdesk"
CALLBACK_PATH = "/oauth/callback"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
SLOW_DOWN_STEP_S = 5.0  # RFC 8628: after slow_down, poll this much less often
WAIT_LIMIT_S = 600.0  # how long a browser sign-in may take before pixdesk gives up (as the AWS CLI)

_START_AGAIN = translate("sso", "Start the sign-in again.")


class SignInCancelled(Exception):
    """The person cancelled while pixdesk waited for the browser."""


@dataclass(frozen=True)
class Portal:
    """An IAM Identity Center sign-in: the start URL (the "AWS access portal") and its region."""

    start_url: str
    region: str
    # How the portal is reached: the proxy chosen in Settings (not part of the sign-in's identity).
    proxy: ProxyChoice = field(default=ProxyChoice(), compare=False, repr=False)


@dataclass(frozen=True)
class Registration:
    """pixdesk's registration as an OIDC client of the portal (needed again to refresh tokens)."""

    client_id: str
    client_secret: str = field(repr=False)
    expires_at: datetime


@dataclass(frozen=True)
class Token:
    access_token: str = field(repr=False)
    expires_at: datetime
    registration: Registration
    refresh_token: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class RoleChoice:
    """One role the person may use in one AWS account."""

    account_id: str
    account_name: str
    role_name: str

    @property
    def title(self) -> str:
        return f"{self.account_name} ({self.account_id}) — {self.role_name}"


def check_start_url(text: str) -> str:
    """The start URL as AWS expects it, or KnownError saying what is wrong with it."""
    url = text.strip()
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise KnownError(
            Kind.BAD_INPUT,
            translate("sso", "That does not look like a sign-in page address."),
            Action.FIX_INPUT,
            translate(
                "sso",
                "Paste the address your IT team gave you; it starts with https:// (for example "
                "https://your-company.awsapps.com/start).",
            ),
        )
    return url


def identity_center_regions() -> list[tuple[str, str]]:
    """(region, its name: "Europe (Frankfurt)") for every region botocore knows IAM Identity Center
    sign-in in, by name. It may differ from the region Bedrock is called in."""
    import botocore.session

    session = botocore.session.get_session()
    titles: dict[str, str] = {}
    for partition in session.get_data("endpoints").get("partitions", []):
        for name, region in partition.get("regions", {}).items():
            titles[name] = region.get("description", name)
    names = session.get_available_regions("sso-oidc") or list(titles)
    return sorted(((name, titles.get(name, name)) for name in names), key=lambda pair: pair[1])


def oidc_client(portal: Portal) -> Any:
    return _client("sso-oidc", portal)


def portal_client(portal: Portal) -> Any:
    return _client("sso", portal)


def _client(service: str, portal: Portal) -> Any:
    import botocore.session
    from botocore import UNSIGNED
    from botocore.config import Config

    config = Config(
        region_name=portal.region,
        signature_version=UNSIGNED,  # these services authenticate with the client secret / token
        connect_timeout=5,
        read_timeout=30,
        retries={"mode": "standard", "total_max_attempts": 3},
        user_agent_appid=f"pixdesk-{pixdesk.__version__}",
    ).merge(botocore_network_config(portal.proxy))  # the proxy and the system's trusted certificates
    try:
        return botocore.session.Session().create_client(service, config=config)
    except Exception as exc:
        raise _known(exc, portal) from exc


def register(portal: Portal, redirect_uri: str | None = None) -> Registration:
    """Register pixdesk with the portal: for the browser flow (authorization code + refresh) when
    `redirect_uri` is given (the loopback address, without its port, as the AWS CLI does), else
    for the device code."""
    kwargs: dict[str, Any] = {"clientName": CLIENT_NAME, "clientType": "public", "scopes": list(SCOPES)}
    if redirect_uri:
        kwargs.update(
            grantTypes=["authorization_code", "refresh_token"], redirectUris=[redirect_uri], issuerUrl=portal.start_url
        )
    try:
        response = oidc_client(portal).register_client(**kwargs)
    except KnownError:
        raise
    except Exception as exc:
        raise _known(exc, portal) from exc
    return Registration(
        response["clientId"],
        response["clientSecret"],
        datetime.fromtimestamp(response["clientSecretExpiresAt"], UTC),
    )


def _token(response: dict[str, Any], registration: Registration) -> Token:
    return Token(
        response["accessToken"],
        datetime.now(UTC) + timedelta(seconds=int(response["expiresIn"])),
        registration,
        response.get("refreshToken"),
    )


# --- the browser, with PKCE ------------------------------------------------------------------------

_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pixdesk</title>
<style>body{{font-family:system-ui,sans-serif;margin:4em auto;max-width:32em;line-height:1.5;padding:0 1em}}</style>
</head><body><h1>{heading}</h1><p>{text}</p></body></html>"""


@dataclass
class _Callback:
    code: str | None = field(default=None, repr=False)
    error: str | None = None
    done: threading.Event = field(default_factory=threading.Event)


class _LoopbackHandler(BaseHTTPRequestHandler):
    server: _LoopbackServer

    def log_message(self, format: str, *args: Any) -> None:  # the query holds the code: never logged
        pass

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = {name: values[0] for name, values in parse_qs(parts.query).items()}
        result = self.server.result
        if parts.path != CALLBACK_PATH or not secrets.compare_digest(query.get("state", ""), self.server.state):
            # Not the answer to pixdesk's own request (a stray tab, or a forged link): ignored.
            self._page(404, "Nothing here", "This page is not part of a pixdesk sign-in.")
            return
        if "error" in query:
            result.error = query["error"]
            self._page(200, "Sign-in not completed", "You can close this tab and go back to pixdesk.")
        elif query.get("code"):
            result.code = query["code"]
            self._page(200, "You are signed in", "You can close this tab and go back to pixdesk.")
        else:
            self._page(400, "Sign-in not completed", "You can close this tab and go back to pixdesk.")
            return
        result.done.set()

    def _page(self, status: int, heading: str, text: str) -> None:
        body = _PAGE.format(heading=html.escape(heading), text=html.escape(text)).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)


class _LoopbackServer(HTTPServer):
    def __init__(self, state: str) -> None:
        super().__init__(("127.0.0.1", 0), _LoopbackHandler)
        self.state = state
        self.result = _Callback()


def _challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class BrowserSignIn:
    """Authorization code with PKCE. `url` is what to open in the browser; `wait()` blocks until
    the browser comes back to the loopback server, then trades the code for a token.

    Raises OSError when no loopback server can be started (then use DeviceSignIn)."""

    def __init__(self, portal: Portal, registration: Registration | None = None) -> None:
        self.portal = portal
        self._verifier = secrets.token_urlsafe(64)
        self._server = _LoopbackServer(secrets.token_urlsafe(32))
        port = self._server.server_address[1]
        self.redirect_uri = f"http://127.0.0.1:{port}{CALLBACK_PATH}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.1}, name="pixdesk-sso-loopback", daemon=True
        )
        self._thread.start()
        try:
            self.registration = registration or register(portal, f"http://127.0.0.1{CALLBACK_PATH}")
            self._oidc = oidc_client(portal)
        except BaseException:
            self.close()
            raise
        query = {
            "response_type": "code",
            "client_id": self.registration.client_id,
            "redirect_uri": self.redirect_uri,
            "state": self._server.state,
            "code_challenge_method": "S256",
            "scopes": " ".join(SCOPES),
            "code_challenge": _challenge(self._verifier),
        }
        self.url = f"{self._oidc.meta.endpoint_url.rstrip('/')}/authorize?{urlencode(query)}"

    def wait(self, cancel: threading.Event, limit_s: float = WAIT_LIMIT_S) -> Token:
        """The token, once the person has signed in; SignInCancelled when `cancel` is set."""
        result = self._server.result
        try:
            waited = 0.0
            while not result.done.wait(0.1):  # wake up often enough for Cancel to feel instant
                waited += 0.1
                if cancel.is_set():
                    raise SignInCancelled()
                if waited >= limit_s:
                    raise KnownError(
                        Kind.TIMED_OUT,
                        translate("sso", "The sign-in in the browser took too long."),
                        Action.SIGN_IN,
                        _START_AGAIN,
                    )
        finally:
            self.close()
        if result.error is not None:
            raise _denied(result.error)
        try:
            response = self._oidc.create_token(
                clientId=self.registration.client_id,
                clientSecret=self.registration.client_secret,
                grantType="authorization_code",
                code=result.code,
                redirectUri=self.redirect_uri,
                codeVerifier=self._verifier,
            )
        except Exception as exc:
            raise _known(exc, self.portal) from exc
        return _token(response, self.registration)

    def close(self) -> None:
        """Stop the loopback server (idempotent)."""
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join(timeout=5)
        self._server.server_close()


# --- the device code -------------------------------------------------------------------------------


class DeviceSignIn:
    """The device code: show `user_code` and `verification_uri` (or open `verification_uri_complete`,
    which carries the code); `wait()` polls until the person has approved it."""

    def __init__(
        self,
        portal: Portal,
        registration: Registration | None = None,
        slow_down_step_s: float = SLOW_DOWN_STEP_S,
        poll_every_s: float | None = None,
    ) -> None:
        """`poll_every_s`: None polls as often as the portal says (tests ask for a shorter pause)."""
        self.portal = portal
        self.registration = registration or register(portal)
        self._oidc = oidc_client(portal)
        try:
            response = self._oidc.start_device_authorization(
                clientId=self.registration.client_id,
                clientSecret=self.registration.client_secret,
                startUrl=portal.start_url,
            )
        except Exception as exc:
            raise _known(exc, portal) from exc
        self.user_code: str = response["userCode"]
        self.verification_uri: str = response["verificationUri"]
        self.verification_uri_complete: str = response.get("verificationUriComplete") or response["verificationUri"]
        self._device_code: str = response["deviceCode"]
        interval = response.get("interval")
        self.interval_s = poll_every_s if poll_every_s is not None else float(5 if interval is None else interval)
        self.expires_in_s = float(response.get("expiresIn") or WAIT_LIMIT_S)
        self._slow_down_step_s = slow_down_step_s
        self.waits: list[float] = []  # each pause between polls (the slow-down is visible in tests)

    def wait(self, cancel: threading.Event) -> Token:
        from botocore.exceptions import ClientError

        waited = 0.0
        while True:
            try:
                response = self._oidc.create_token(
                    clientId=self.registration.client_id,
                    clientSecret=self.registration.client_secret,
                    grantType=DEVICE_GRANT,
                    deviceCode=self._device_code,
                )
                return _token(response, self.registration)
            except ClientError as exc:
                code = exc.response.get("Error", {}).get("Code", "")
                if code == "SlowDownException":
                    self.interval_s += self._slow_down_step_s
                elif code != "AuthorizationPendingException":
                    raise _known(exc, self.portal) from exc
            except Exception as exc:
                raise _known(exc, self.portal) from exc
            if waited >= self.expires_in_s:
                raise _expired_code()
            self.waits.append(self.interval_s)
            if cancel.wait(self.interval_s):
                raise SignInCancelled()
            waited += self.interval_s


# --- accounts and roles ----------------------------------------------------------------------------


def list_roles(portal: Portal, token: Token) -> list[RoleChoice]:
    """Every role the person may use, account by account (by account name, then role name)."""
    client = portal_client(portal)
    try:
        choices = []
        for page in client.get_paginator("list_accounts").paginate(accessToken=token.access_token):
            for account in page.get("accountList", []):
                account_id = account["accountId"]
                name = account.get("accountName") or account_id
                pages = client.get_paginator("list_account_roles").paginate(
                    accessToken=token.access_token, accountId=account_id
                )
                for role_page in pages:
                    choices += [
                        RoleChoice(account_id, name, role["roleName"]) for role in role_page.get("roleList", [])
                    ]
    except Exception as exc:
        raise _known(exc, portal) from exc
    return sorted(choices, key=lambda c: (c.account_name.casefold(), c.account_id, c.role_name.casefold()))


# --- failures in words -----------------------------------------------------------------------------


def _denied(error: str) -> KnownError:
    return KnownError(
        Kind.ACCESS_DENIED,
        translate("sso", "The sign-in was declined in the browser."),
        Action.SIGN_IN,
        joined(_START_AGAIN, translate("sso", "If you did not decline it, ask your IT team whether you may use AWS.")),
        detail=f"authorization error: {error}",
    )


def _expired_code() -> KnownError:
    return KnownError(
        Kind.EXPIRED_CREDENTIALS,
        translate("sso", "The sign-in code expired before it was used."),
        Action.SIGN_IN,
        _START_AGAIN,
    )


def _known(exc: Exception, portal: Portal) -> KnownError:
    """Whatever botocore raised while signing in, as a sentence and the next step."""
    from botocore import exceptions as bx

    detail = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, bx.ClientError):
        code = exc.response.get("Error", {}).get("Code", "")
        if code in ("InvalidRequestException", "InvalidClientException", "InvalidClientMetadataException"):
            return KnownError(
                Kind.BAD_INPUT,
                translate("sso", "pixdesk could not find that sign-in page."),
                Action.FIX_INPUT,
                translate("sso", "Check the address and the region with your IT team, then try again."),
                detail,
            )
        if code in ("AccessDeniedException", "UnauthorizedClientException"):
            return _denied(code)
        if code == "ExpiredTokenException":
            return _expired_code()
        if code in ("UnauthorizedException", "InvalidGrantException"):
            return KnownError(
                Kind.EXPIRED_CREDENTIALS,
                translate("sso", "The sign-in is no longer valid."),
                Action.SIGN_IN,
                _START_AGAIN,
                detail,
            )
        if code in ("TooManyRequestsException", "SlowDownException"):
            return KnownError(
                Kind.THROTTLED,
                translate("sso", "AWS sign-in is busy."),
                Action.WAIT_AND_RETRY,
                translate("sso", "Wait a minute, then try again."),
                detail,
            )
        return _did_not_work(detail)
    if isinstance(exc, bx.ProxyConnectionError):  # (before its base class, EndpointConnectionError)
        return proxy_error(exc, translate("sso", "AWS sign-in"))
    if isinstance(exc, (bx.EndpointConnectionError, bx.ConnectTimeoutError, bx.ReadTimeoutError, OSError)):
        return KnownError(
            Kind.CONNECTION_FAILED,
            translate("sso", "pixdesk could not reach AWS sign-in."),
            Action.CHECK_NETWORK,
            translate("sso", "Check the internet connection and the region your IT team gave you, then try again."),
            detail,
        )
    if isinstance(exc, (bx.UnknownRegionError, bx.NoRegionError)):
        return KnownError(
            Kind.BAD_INPUT,
            translate("sso", "“{region}” is not an AWS region.").format(region=portal.region),
            Action.FIX_INPUT,
            translate("sso", "Choose a region."),
            detail,
        )
    return _did_not_work(detail)


def _did_not_work(detail: str) -> KnownError:
    """An AWS sign-in failure with nothing more specific to say about it."""
    return KnownError(
        Kind.SERVICE_ERROR,
        translate("sso", "AWS sign-in did not work this time."),
        Action.RETRY,
        translate("sso", "Try again in a moment."),
        detail,
    )
