"""Signing in with IAM Identity Center from the window, one step at a time and never on the
window's thread: start (the address to open in the browser, or a code to type), wait for the
browser, list the roles, save the choice as a profile the AWS CLI shares. `renew` signs in again
to a sign-in already set up, without asking anything again. No Qt."""

from __future__ import annotations

import asyncio
import dataclasses
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from pixdesk.bedrock import sso, sso_files
from pixdesk.bedrock.sso import Portal, RoleChoice, SignInCancelled, Token
from pixdesk.bedrock.sso_files import SavedSignIn
from pixdesk.domain import ProxyChoice
from pixdesk.errors import Action, Kind, KnownError
from pixdesk.words import translate

__all__ = ["BrowserStep", "RoleChoice", "SavedSignIn", "SignInCancelled", "SsoSignIn", "sso_session_of"]

T = TypeVar("T")
RunBlocking = Callable[..., Awaitable[Any]]


def sso_session_of(profile: str) -> str | None:
    """Blocking: the sso-session `profile` signs in with (None: not an IAM Identity Center profile)."""
    return sso_files.session_of_profile(profile)


@dataclass(frozen=True)
class BrowserStep:
    """What the person does in the browser: open `url`; with a device code, also type `user_code`
    at `verification_uri` (on this or any other device)."""

    url: str
    user_code: str = ""
    verification_uri: str = ""

    @property
    def uses_code(self) -> bool:
        return bool(self.user_code)


async def _own_thread(function: Callable[..., T], *args: Any) -> T:
    """`function(*args)` on a thread of its own: waiting for a person may take minutes, and must not
    hold one of the workspace's few workers for that long."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def settle(result: T | None, error: BaseException | None) -> None:  # on the loop
        if future.done():  # the awaiting task was cancelled meanwhile
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)  # type: ignore[arg-type]

    def hand_over(result: T | None, error: BaseException | None) -> None:
        if loop.is_closed():  # the app is quitting: nobody waits any more
            return
        try:
            loop.call_soon_threadsafe(settle, result, error)
        except RuntimeError:  # (closed in the meantime)
            pass

    def run() -> None:
        try:
            result = function(*args)
        except BaseException as exc:  # noqa: BLE001 - handed to the awaiting coroutine
            hand_over(None, exc)
        else:
            hand_over(result, None)

    threading.Thread(target=run, name="pixdesk-sso-wait", daemon=True).start()
    return await future


class SsoSignIn:
    """One sign-in attempt. `session_name` given: sign in again to that existing sso-session."""

    def __init__(
        self,
        run_blocking: RunBlocking,
        session_name: str | None = None,
        on_signed_in: Callable[[], None] | None = None,
        proxy: Callable[[], ProxyChoice] = ProxyChoice,
    ) -> None:
        """`proxy`: the proxy chosen in Settings (blocking: it may read the keychain); the
        terminal's sign-in uses the system's."""
        self._run_blocking = run_blocking
        self._proxy = proxy
        self.session_name = session_name
        self._on_signed_in = on_signed_in
        self.portal: Portal | None = None
        self._flow: sso.BrowserSignIn | sso.DeviceSignIn | None = None
        self._cancel = threading.Event()
        self._token: Token | None = None
        self.device_options: dict[str, float] = {}  # DeviceSignIn's pacing (tests poll faster)

    @property
    def renewing(self) -> bool:
        return self.session_name is not None

    async def regions(self) -> list[tuple[str, str]]:
        """(region, its name) where IAM Identity Center signs in, for the region picker."""
        regions: list[tuple[str, str]] = await self._run_blocking(sso.identity_center_regions)
        return regions

    async def start(self, start_url: str = "", region: str = "", use_code: bool = False) -> BrowserStep:
        """Register with the portal and get ready for the browser. A new sign-in needs `start_url`
        and `region`; a renewal reads them from its sso-session. Falls back to a device code when
        no loopback address can be opened here."""
        self.cancel_waiting()
        self._cancel = threading.Event()
        portal = await self._portal(start_url, region)
        self.portal = dataclasses.replace(portal, proxy=await self._run_blocking(self._proxy))
        step: BrowserStep = await self._run_blocking(self._start, self.portal, use_code)
        return step

    async def _portal(self, start_url: str, region: str) -> Portal:
        if self.session_name is None:
            if not region:
                raise KnownError(
                    Kind.BAD_INPUT, translate("sso_sign_in", "Choose the region of your sign-in."), Action.FIX_INPUT
                )
            return Portal(sso.check_start_url(start_url), region)
        portal: Portal | None = await self._run_blocking(sso_files.portal_of_session, self.session_name)
        if portal is None:
            raise KnownError(
                Kind.INVALID_CREDENTIALS,
                translate("sso_sign_in", "The sign-in “{name}” is no longer in the AWS config file.").format(
                    name=self.session_name
                ),
                Action.SIGN_IN,
                translate("sso_sign_in", "Set up the sign-in again from Settings."),
            )
        return portal

    def _start(self, portal: Portal, use_code: bool) -> BrowserStep:
        # Always a new registration: one in the cache may have been made for the device code (by
        # pixdesk, or an older AWS CLI), which the browser's authorization code cannot use.
        if not use_code:
            try:
                flow = sso.BrowserSignIn(portal)
            except OSError:  # no loopback address here (a locked-down computer): a code works anywhere
                pass
            else:
                self._flow = flow
                return BrowserStep(flow.url)
        device = sso.DeviceSignIn(portal, None, **self.device_options)  # its own registration: other grants
        self._flow = device
        return BrowserStep(device.verification_uri_complete, device.user_code, device.verification_uri)

    async def finish(self) -> None:
        """Wait until the person has signed in in the browser. A renewal is saved at once (the
        sign-in works again); a new sign-in goes on to `roles()` and `save()`. SignInCancelled
        after `cancel_waiting()`."""
        flow, portal, cancel = self._flow, self.portal, self._cancel
        if flow is None or portal is None:
            raise RuntimeError("start() first")
        try:
            self._token = await _own_thread(flow.wait, cancel)
        except asyncio.CancelledError:
            cancel.set()  # the waiting thread stops too
            raise
        if self.session_name is not None:
            await self._run_blocking(sso_files.save_token, self.session_name, portal, self._token)
            self._signed_in()

    async def roles(self) -> list[RoleChoice]:
        """The roles the person may use, by account."""
        if self._token is None or self.portal is None:
            raise RuntimeError("finish() first")
        roles: list[RoleChoice] = await self._run_blocking(sso.list_roles, self.portal, self._token)
        return roles

    async def save(self, choice: RoleChoice, bedrock_region: str) -> SavedSignIn:
        """Write the sso-session and the profile (backing the config file up first) and the token
        to the shared cache; the saved profile's name is what Settings' "aws/profile" takes."""
        token, portal = self._token, self.portal
        if token is None or portal is None:
            raise RuntimeError("finish() first")
        saved: SavedSignIn = await self._run_blocking(sso_files.save_profile, portal, choice, bedrock_region)
        await self._run_blocking(sso_files.save_token, saved.session_name, portal, token)
        self._signed_in()
        return saved

    def cancel_waiting(self) -> None:
        """Stop waiting for the browser (the loopback server closes; polling stops)."""
        self._cancel.set()  # a wait() under way sees it within a tenth of a second
        flow, self._flow = self._flow, None
        if isinstance(flow, sso.BrowserSignIn):  # started but perhaps not waited for: close its server
            threading.Thread(target=flow.close, name="pixdesk-sso-close", daemon=True).start()

    def _signed_in(self) -> None:
        if self._on_signed_in is not None:
            self._on_signed_in()
