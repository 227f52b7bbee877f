"""What requests are made with, read in one place: the region and tier chosen for this session,
the rest from the declared settings and the key store. The chat, the batch window, the settings
dialog's test and the CLI all get their Connection and AskOptions here, so that no caller builds
one from settings keys of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pixdesk.domain import Connection, ProxyChoice, ProxyMode, Resolution
from pixdesk.logs import REDACT
from pixdesk.secrets import PROXY_PASSWORD_ACCOUNT, ApiKeyStore
from pixdesk.services.exchange import AskOptions
from pixdesk.settings import Settings

if TYPE_CHECKING:
    from pixdesk.services.quota import QuotaLimits


class Choices:
    """`region` and `tier` start from the settings and follow the window's toolbar while pixdesk
    runs; save() keeps them for next time (the window does when it closes). Without a key store
    (the CLI) no Bedrock API key is offered: botocore reads AWS_BEARER_TOKEN_BEDROCK itself."""

    def __init__(self, settings: Settings, keys: ApiKeyStore | None = None) -> None:
        self.settings = settings
        self._keys = keys
        # The proxy's password: in the same keychain as the API key, when there is a key store.
        self._proxy_passwords = ApiKeyStore(PROXY_PASSWORD_ACCOUNT) if keys is not None else None
        self.region: str = settings.get("bedrock/region")
        self.tier: str = settings.get("bedrock/tier")

    def save(self) -> None:
        for key, value in (("bedrock/region", self.region), ("bedrock/tier", self.tier)):
            if not self.settings.locked(key):  # (what the organisation set is not the person's to keep)
                self.settings.set(key, value)

    # --- what a request needs ------------------------------------------------------------------

    def connection(self, region: str | None = None) -> Connection:
        """Where and as whom to call Bedrock now. `region` overrides this session's: a batch keeps
        the region it was started in, with today's credentials."""
        return Connection(
            region=region or self.region,
            profile=self.settings.get("aws/profile") or None,
            api_key=self.api_key(),
            proxy=self.proxy(),
        )

    def proxy(self) -> ProxyChoice:
        """The proxy chosen in Settings, with its password from the keychain (read only for a
        proxy with a user name; the first read should happen off the window's thread)."""
        get = self.settings.get
        mode = ProxyMode(get("network/proxy"))
        user = get("network/proxy_user").strip() if mode is ProxyMode.MANUAL else ""
        password = self.proxy_password() if user else None
        return ProxyChoice(mode, get("network/proxy_url").strip(), user, password)

    def ask_options(self) -> AskOptions:
        get = self.settings.get
        return AskOptions(
            system=get("chat/system_prompt"),
            max_tokens=get("chat/max_tokens"),
            temperature=get("chat/temperature"),
            tier=self.tier,
        )

    def quota_limits(self) -> QuotaLimits:
        from pixdesk.services.quota import QuotaLimits  # (with the pacing: not loaded for the window's first frame)

        get = self.settings.get
        return QuotaLimits(
            get("quota/requests_per_minute"), get("quota/tokens_per_minute"), get("quota/tokens_per_day")
        )

    def image_resolution(self) -> Resolution:
        return Resolution(self.settings.get("images/resolution"))

    # --- the Bedrock API key -------------------------------------------------------------------

    def api_key(self) -> str | None:
        return self._keys.load() if self._keys is not None else None

    def proxy_password(self) -> str | None:
        password = self._proxy_passwords.load() if self._proxy_passwords is not None else None
        REDACT.add_secret(password)  # never in a log line, even inside a proxy URL
        return password

    def change_proxy_password(self, password: str) -> bool:
        """Keep the proxy's password (empty: forget it); False when there is no keychain to keep it
        in (then it is kept only until pixdesk quits)."""
        if self._proxy_passwords is None:
            raise RuntimeError("this workspace has no key store")
        if not password:
            self._proxy_passwords.delete()
            return True
        if password == self._proxy_passwords.load():
            return True
        REDACT.add_secret(password)
        return self._proxy_passwords.save(password)

    def keychain_available(self) -> bool:
        return self._keys is not None and self._keys.keychain_available()

    def change_api_key(self, key: str) -> bool:
        """Keep `key` (empty: forget the key). False when there is no keychain to keep it in:
        then it is kept only until pixdesk quits."""
        if self._keys is None:
            raise RuntimeError("this workspace has no key store")
        key = key.strip()
        if not key:
            self._keys.delete()
            return True
        if key == self._keys.load():
            return True
        REDACT.add_secret(key)  # from now on, never in a log line
        return self._keys.save(key)
