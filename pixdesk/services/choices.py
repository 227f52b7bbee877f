"""What requests are made with, read in one place: the region and tier chosen for this session,
the rest from the declared settings and the key store. The chat, the batch window, the settings
dialog's test and the CLI all get their Connection and AskOptions here, so that no caller builds
one from settings keys of its own."""

from __future__ import annotations

from pixdesk.domain import Connection, Resolution
from pixdesk.logs import REDACT
from pixdesk.secrets import ApiKeyStore
from pixdesk.services.chat import AskOptions
from pixdesk.services.quota import QuotaLimits
from pixdesk.settings import Settings


class Choices:
    """`region` and `tier` start from the settings and follow the window's toolbar while pixdesk
    runs; save() keeps them for next time (the window does when it closes). Without a key store
    (the CLI) no Bedrock API key is offered: botocore reads AWS_BEARER_TOKEN_BEDROCK itself."""

    def __init__(self, settings: Settings, keys: ApiKeyStore | None = None) -> None:
        self.settings = settings
        self._keys = keys
        self.region: str = settings.get("bedrock/region")
        self.tier: str = settings.get("bedrock/tier")

    def save(self) -> None:
        self.settings.set("bedrock/region", self.region)
        self.settings.set("bedrock/tier", self.tier)

    # --- what a request needs ------------------------------------------------------------------

    def connection(self, region: str | None = None) -> Connection:
        """Where and as whom to call Bedrock now. `region` overrides this session's: a batch keeps
        the region it was started in, with today's credentials."""
        return Connection(
            region=region or self.region, profile=self.settings.get("aws/profile") or None, api_key=self.api_key()
        )

    def ask_options(self) -> AskOptions:
        get = self.settings.get
        return AskOptions(
            system=get("chat/system_prompt"),
            max_tokens=get("chat/max_tokens"),
            temperature=get("chat/temperature"),
            tier=self.tier,
        )

    def quota_limits(self) -> QuotaLimits:
        get = self.settings.get
        return QuotaLimits(
            get("quota/requests_per_minute"), get("quota/tokens_per_minute"), get("quota/tokens_per_day")
        )

    def image_resolution(self) -> Resolution:
        return Resolution(self.settings.get("images/resolution"))

    # --- the Bedrock API key -------------------------------------------------------------------

    def api_key(self) -> str | None:
        return self._keys.load() if self._keys is not None else None

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
