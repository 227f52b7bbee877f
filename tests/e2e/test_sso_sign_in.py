"""Signing in with IAM Identity Center through botocore's own sso-oidc and sso clients, against the
local Identity Center (pixdesk.testing.sso_server) and the local Bedrock server: every path of the
browser sign-in (PKCE + loopback) and the device code, the roles, the shared files, expiry and the
refresh token — then a real question with the role credentials."""

from __future__ import annotations

import asyncio
import json
import threading
import urllib.error
from concurrent.futures import ThreadPoolExecutor

import pytest

from helpers import run_pixdesk
from pixdesk.bedrock import sso, sso_files
from pixdesk.bedrock.sso import Portal, SignInCancelled
from pixdesk.domain import AskRequest, Connection
from pixdesk.errors import Kind, KnownError
from pixdesk.services.asking import ask, new_answer
from pixdesk.services.connection import CredentialState, check_credentials
from pixdesk.services.sso_sign_in import SsoSignIn
from pixdesk.testing.server import LocalBedrock
from pixdesk.testing.sso_server import START_URL

REGION = "eu-central-1"  # where the sign-in is; Bedrock is called in us-east-1
PORTAL = Portal(START_URL, REGION)


@pytest.fixture
def bedrock_for_roles(monkeypatch):
    """The local Bedrock server, with no access keys in the environment: only the role credentials
    the sign-in gets can call it."""
    server = LocalBedrock().start()
    for name, value in server.env().items():
        monkeypatch.setenv(name, value)
    yield server
    server.stop()


def _browse_in_background(portal_server, url: str) -> threading.Thread:
    """The person's browser: opens the sign-in page (which sends it back to pixdesk's loopback)."""
    pages: list[tuple[int, str]] = []
    thread = threading.Thread(target=lambda: pages.append(portal_server.browse(url)))
    thread.pages = pages  # type: ignore[attr-defined]
    thread.start()
    return thread


def _browser_sign_in(portal_server) -> sso.Token:
    flow = sso.BrowserSignIn(PORTAL)
    browser = _browse_in_background(portal_server, flow.url)
    token = flow.wait(threading.Event())
    browser.join()
    assert browser.pages[0][0] == 200 and "You can close this tab" in browser.pages[0][1]  # type: ignore[attr-defined]
    return token


def _set_up(portal_server, role_index: int = 0) -> str:
    """A whole first sign-in, as the dialog does it; the profile's name."""
    token = _browser_sign_in(portal_server)
    choice = sso.list_roles(PORTAL, token)[role_index]
    saved = sso_files.save_profile(PORTAL, choice, "us-east-1")
    sso_files.save_token(saved.session_name, PORTAL, token)
    return saved.profile


# --- the browser, with PKCE and the loopback ---------------------------------------------------------


def test_the_browser_sign_in_lists_the_roles_and_a_question_is_answered_with_one(
    sso_portal, bedrock_for_roles, engine, isolated_aws
):
    flow = sso.BrowserSignIn(PORTAL)
    assert flow.url.startswith(f"{sso_portal.url}/authorize?")
    assert "code_challenge_method=S256" in flow.url and "state=" in flow.url
    assert flow.redirect_uri.startswith("http://127.0.0.1:") and flow.redirect_uri.endswith("/oauth/callback")
    browser = _browse_in_background(sso_portal, flow.url)
    token = flow.wait(threading.Event())
    browser.join()
    assert token.refresh_token and token.access_token.startswith("sso-access-")
    roles = sso.list_roles(PORTAL, token)  # two accounts, one a page: the paginator walked them
    assert [r.title for r in roles] == [
        "Production (111122223333) — PowerUser",
        "Production (111122223333) — ReadOnly",
        "Sandbox (444455556666) — Developer",
    ]
    saved = sso_files.save_profile(PORTAL, roles[1], "us-east-1")
    sso_files.save_token(saved.session_name, PORTAL, token)

    connection = Connection(region="us-east-1", profile=saved.profile)
    status = check_credentials(connection)
    assert status.state is CredentialState.READY and status.sso_session == saved.session_name
    assert status.renews and "renews by itself" in status.detail
    request = AskRequest("Reply with the single word OK.", max_tokens=10)
    answer = new_answer(request, connection)
    asyncio.run(ask(engine, request, connection, answer))
    assert answer.error is None and answer.text
    assert bedrock_for_roles.requests[-1].access_key_id == sso_portal.issued_access_keys[-1]  # the role's keys
    assert sso_portal.operations()[:3] == [
        "RegisterClient=ok",
        "Authorize=ok",
        "CreateToken:authorization_code=ok",
    ]


def test_a_wrong_start_url_is_said_in_words(sso_portal):
    with pytest.raises(KnownError) as raised:
        sso.BrowserSignIn(Portal("https://not-ours.awsapps.com/start", REGION))
    assert raised.value.kind is Kind.BAD_INPUT
    assert raised.value.message == "pixdesk could not find that sign-in page."
    with pytest.raises(KnownError) as raised:
        sso.DeviceSignIn(Portal("https://not-ours.awsapps.com/start", REGION))
    assert raised.value.message == "pixdesk could not find that sign-in page."
    with pytest.raises(KnownError) as raised:
        sso.check_start_url("acme.awsapps.com/start")
    assert "https://" in raised.value.action_hint


def test_declining_in_the_browser_ends_the_sign_in_in_words(sso_portal):
    sso_portal.deny = True
    flow = sso.BrowserSignIn(PORTAL)
    browser = _browse_in_background(sso_portal, flow.url)
    with pytest.raises(KnownError) as raised:
        flow.wait(threading.Event())
    browser.join()
    assert raised.value.kind is Kind.ACCESS_DENIED
    assert raised.value.message == "The sign-in was declined in the browser."
    assert not any(op.startswith("CreateToken") for op in sso_portal.operations())


def test_cancel_stops_waiting_and_closes_the_loopback(sso_portal):
    flow = sso.BrowserSignIn(PORTAL)
    assert sso_portal.browse(flow.redirect_uri)[0] == 404  # listening (a bare visit is not a sign-in)
    cancel = threading.Event()
    cancel.set()  # as the dialog's Cancel does, from another thread
    with pytest.raises(SignInCancelled):
        flow.wait(cancel)
    with pytest.raises(urllib.error.URLError):  # nothing listens there any more
        sso_portal.browse(flow.redirect_uri)


def test_a_callback_without_pixdesks_state_is_ignored(sso_portal):
    flow = sso.BrowserSignIn(PORTAL)
    forged = sso_portal.browse(flow.redirect_uri + "?code=stolen&state=not-pixdesks")
    assert forged[0] == 404
    browser = _browse_in_background(sso_portal, flow.url)  # the real one still works afterwards
    token = flow.wait(threading.Event())
    browser.join()
    assert token.access_token


# --- the device code -------------------------------------------------------------------------------


def _device(sso_portal, **kwargs) -> sso.DeviceSignIn:
    device = sso.DeviceSignIn(PORTAL, poll_every_s=0.01, slow_down_step_s=0.02, **kwargs)
    assert device.user_code and device.verification_uri == f"{sso_portal.url}/device"
    return device


def test_the_device_code_waits_while_pending_then_signs_in(sso_portal):
    sso_portal.pending_polls = 2
    device = _device(sso_portal)
    assert sso_portal.browse(device.verification_uri_complete)[0] == 200  # approved on "another device"
    token = device.wait(threading.Event())
    assert token.access_token
    assert device.waits == [0.01, 0.01]
    assert sso_portal.operations()[-3:] == [
        "CreateToken:device_code=error:AuthorizationPendingException",
        "CreateToken:device_code=error:AuthorizationPendingException",
        "CreateToken:device_code=ok",
    ]


def test_slow_down_makes_the_device_code_poll_less_often(sso_portal):
    sso_portal.slow_down_polls = 2
    device = _device(sso_portal)
    sso_portal.browse(device.verification_uri_complete)
    device.wait(threading.Event())
    assert device.waits == pytest.approx([0.03, 0.05])  # each slow_down adds the step, as RFC 8628 asks


@pytest.mark.parametrize(
    ("mode", "kind", "message"),
    [
        ("deny", Kind.ACCESS_DENIED, "The sign-in was declined in the browser."),
        ("device_code_expired", Kind.EXPIRED_CREDENTIALS, "The sign-in code expired before it was used."),
    ],
)
def test_a_declined_or_expired_device_code_is_said_in_words(sso_portal, mode, kind, message):
    device = _device(sso_portal)
    setattr(sso_portal, mode, True)
    with pytest.raises(KnownError) as raised:
        device.wait(threading.Event())
    assert (raised.value.kind, raised.value.message) == (kind, message)


def test_cancel_stops_the_device_code_polling(sso_portal):
    device = _device(sso_portal)  # never approved: pending for ever
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(SignInCancelled):
        device.wait(cancel)
    assert sso_portal.operations()[-1] == "CreateToken:device_code=error:AuthorizationPendingException"


# --- expiry and refresh ----------------------------------------------------------------------------


def test_botocore_renews_a_token_near_its_end_with_the_refresh_token(sso_portal, bedrock_for_roles, isolated_aws):
    sso_portal.token_lifetime_s = 300  # inside botocore's 15-minute renewal window
    profile = _set_up(sso_portal)
    session = sso_files.session_of_profile(profile)
    cache = sso_files.token_cache_path(session)
    before = json.loads(cache.read_text())["accessToken"]
    sso_portal.token_lifetime_s = 3600
    status = check_credentials(Connection(region="us-east-1", profile=profile))
    assert status.state is CredentialState.READY
    assert "CreateToken:refresh_token=ok" in sso_portal.operations()
    after = json.loads(cache.read_text())
    assert after["accessToken"] != before and after["refreshToken"]  # shared with the AWS CLI
    assert status.renews and status.expires_at is not None


def test_an_ended_sign_in_without_a_refresh_token_says_until_when_then_asks_to_sign_in_again(
    sso_portal, bedrock_for_roles, isolated_aws
):
    sso_portal.refresh_tokens = False
    profile = _set_up(sso_portal)
    status = check_credentials(Connection(region="us-east-1", profile=profile))
    assert status.state is CredentialState.READY and not status.renews
    assert status.label.startswith("Signed in until ")  # shown before it bites

    sso_portal.expire_tokens()
    session = sso_files.session_of_profile(profile)
    record = json.loads(sso_files.token_cache_path(session).read_text())
    record["expiresAt"] = "2020-01-01T00:00:00Z"  # the token's time is over
    sso_files.token_cache_path(session).write_text(json.dumps(record))
    status = check_credentials(Connection(region="us-east-1", profile=profile))
    assert status.state is CredentialState.EXPIRED
    assert status.sso_session == session  # what "Sign in again" signs in to


def test_signing_in_again_renews_the_same_sign_in_without_asking_anything(sso_portal, bedrock_for_roles, engine):
    profile = _set_up(sso_portal)
    session = sso_files.session_of_profile(profile)
    sso_portal.expire_tokens()
    forgotten = []

    async def again() -> None:
        with ThreadPoolExecutor(max_workers=1) as pool:
            loop = asyncio.get_running_loop()

            async def run_blocking(function, *args):
                return await loop.run_in_executor(pool, function, *args)

            sign_in = SsoSignIn(run_blocking, session, on_signed_in=lambda: forgotten.append(True))
            step = await sign_in.start()  # no address, no region: they come from the sso-session
            browser = _browse_in_background(sso_portal, step.url)
            await sign_in.finish()
            browser.join()

    asyncio.run(again())
    assert forgotten == [True]  # the engine's clients are rebuilt
    assert "CreateToken:authorization_code=ok" in sso_portal.operations()[-2:]  # the browser, not a refresh
    connection = Connection(region="us-east-1", profile=profile)
    assert check_credentials(connection).state is CredentialState.READY
    request = AskRequest("Reply with the single word OK.", max_tokens=10)
    answer = new_answer(request, connection)
    asyncio.run(ask(engine, request, connection, answer))
    assert answer.error is None


# --- `pixdesk sign-in` in a terminal ---------------------------------------------------------------


def test_pixdesk_sign_in_with_a_code_saves_a_profile_the_window_and_the_cli_share(
    sso_portal, bedrock_for_roles, isolated_aws
):
    sso_portal.approve_at_once = True  # the person types the code on their phone straight away
    result = run_pixdesk(
        "sign-in",
        "--debug",  # botocore's request and response lines, with every secret redacted
        "--start-url",
        START_URL,
        "--sso-region",
        REGION,
        "--account-id",
        "444455556666",
        "--role-name",
        "Developer",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Sandbox-Developer"
    assert f"open {sso_portal.url}/device on this or any other device and enter the code " in result.stderr
    shown = result.stdout + result.stderr
    assert "CreateToken" in shown and "x-amz-sso_bearer_token" in shown  # the debug lines are there…
    assert not [secret for secret in sso_portal.issued_secrets() if secret in shown]  # …without a secret
    status = check_credentials(Connection(region="us-east-1", profile="Sandbox-Developer"))
    assert status.state is CredentialState.READY


def test_pixdesk_sign_in_lists_the_roles_when_it_cannot_choose(sso_portal, isolated_aws):
    sso_portal.approve_at_once = True
    result = run_pixdesk("sign-in", "--start-url", START_URL, "--sso-region", REGION)
    assert result.returncode == Kind.BAD_INPUT.exit_code
    assert "1. Production (111122223333) — PowerUser" in result.stderr
    assert "--account-id 111122223333 --role-name PowerUser" in result.stderr
    assert "[profile" not in isolated_aws.joinpath("config").read_text()  # nothing half-saved


def test_a_sign_in_made_with_a_code_is_renewed_through_the_browser(sso_portal, isolated_aws):
    sso_portal.approve_at_once = True
    device = _device(sso_portal)
    token = device.wait(threading.Event())
    saved = sso_files.save_profile(PORTAL, sso.list_roles(PORTAL, token)[0], "us-east-1")
    sso_files.save_token(saved.session_name, PORTAL, token)  # its registration is for the device code only

    async def again() -> None:
        async def run_blocking(function, *args):
            return await asyncio.to_thread(function, *args)

        sign_in = SsoSignIn(run_blocking, saved.session_name)
        step = await sign_in.start()
        status, _page = sso_portal.browse(step.url)  # (the loopback answers on its own thread)
        assert status == 200
        await sign_in.finish()

    asyncio.run(again())
    assert check_credentials(Connection(region="us-east-1", profile=saved.profile)).state is CredentialState.READY


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_sign_in_goes_through_the_proxy_chosen_in_settings(sso_portal):
    """The portal's clients take Settings' proxy like Bedrock's: a manual proxy that is down stops
    the sign-in with a sentence about the proxy (and nothing reaches the portal); no proxy reaches it."""
    from pixdesk.domain import ProxyChoice, ProxyMode

    async def run_blocking(function, *args):
        return await asyncio.to_thread(function, *args)

    async def start(proxy: ProxyChoice):
        sign_in = SsoSignIn(run_blocking, proxy=lambda: proxy)
        try:
            return await sign_in.start(START_URL, REGION, use_code=True)
        finally:
            sign_in.cancel_waiting()

    down = ProxyChoice(ProxyMode.MANUAL, f"127.0.0.1:{_closed_port()}")
    with pytest.raises(KnownError) as refused:
        asyncio.run(start(down))
    assert "proxy" in refused.value.sentence().lower()
    assert sso_portal.operations() == []
    step = asyncio.run(start(ProxyChoice(ProxyMode.NONE)))
    assert step.uses_code and sso_portal.operations()
