"""Build and cache boto3 bedrock-runtime clients.

Credentials come from boto3's own chain (environment, shared config/credentials files, SSO,
credential_process, instance roles), optionally from a named profile. A Bedrock API key given
by the app (from the OS keychain) is handed to botocore through the session's token provider,
so it never has to be put into `os.environ` where child processes would inherit it. A key set
by the person in AWS_BEARER_TOKEN_BEDROCK is used by botocore itself, as in any boto3 app.
Endpoint overrides (AWS_ENDPOINT_URL_BEDROCK_RUNTIME, AWS_CA_BUNDLE, ...) are botocore's too.
The proxy and the certificates trusted come from pixdesk.bedrock.network.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pixdesk
from pixdesk import catalog
from pixdesk.bedrock.network import botocore_network_config
from pixdesk.domain import Connection

if TYPE_CHECKING:  # boto3 and botocore are imported when the first client is made: the window starts sooner
    from botocore.config import Config
    from botocore.tokens import FrozenAuthToken

ENV_BEARER_TOKEN = "AWS_BEARER_TOKEN_BEDROCK"  # botocore's name for the Bedrock API key
DEFAULT_MAX_ATTEMPTS = 4


@dataclass(frozen=True)
class ClientSettings:
    # Connecting either works quickly or not at all: say so fast.
    connect_timeout_s: float = 5.0
    # While streaming, the read timeout bounds *silence* between chunks, not the whole answer;
    # five minutes leaves room for a slow first token on a 128K-token prompt.
    read_timeout_s: float = 300.0
    # botocore's "standard" retry mode backs off with jitter on 429/500/503 before giving up.
    # None: what the person configured (AWS_MAX_ATTEMPTS or the profile's max_attempts), else 4.
    max_attempts: int | None = None

    def botocore_config(self, configured_attempts: int | None = None) -> Config:
        from botocore.config import Config

        attempts = self.max_attempts or configured_attempts or DEFAULT_MAX_ATTEMPTS
        return Config(
            connect_timeout=self.connect_timeout_s,
            read_timeout=self.read_timeout_s,
            retries={"mode": "standard", "total_max_attempts": attempts},
            user_agent_appid=f"pixdesk-{pixdesk.__version__}",
            tcp_keepalive=True,
        )


class _AppTokenProvider:
    """A token provider for botocore's session: the API key pixdesk was given."""

    def __init__(self, api_key: str) -> None:
        from botocore.tokens import FrozenAuthToken

        self._token = FrozenAuthToken(api_key)

    def load_token(self, **_kwargs: Any) -> FrozenAuthToken:
        return self._token


def _fingerprint(secret: str | None) -> str | None:
    """A stand-in for a secret in cache keys, so the secret itself is not kept around twice."""
    return hashlib.sha256(secret.encode()).hexdigest() if secret else None


class ClientFactory:
    """One client per (credentials, region), rebuilt when the credentials in use change."""

    def __init__(self, settings: ClientSettings | None = None, environ: Mapping[str, str] | None = None) -> None:
        self.settings = settings or ClientSettings()
        self._environ = os.environ if environ is None else environ
        self._clients: dict[tuple, Any] = {}
        self._lock = threading.Lock()
        # One loader for every session: botocore's service models are parsed once, not per client.
        # (Parsing holds the GIL for tens of milliseconds, which the window would feel.)
        self._loader: Any = None  # made with the first client (under the lock)

    def _key(self, connection: Connection) -> tuple:
        return (
            connection.region,
            connection.profile,
            _fingerprint(connection.api_key),
            # botocore reads the env token once per client: a changed token needs a new client.
            _fingerprint(self._environ.get(ENV_BEARER_TOKEN)),
            # A proxy changed in Settings takes effect with the next question, without a restart.
            connection.proxy.mode,
            connection.proxy.url,
            connection.proxy.user,
            _fingerprint(connection.proxy.password),
        )

    def client(self, connection: Connection) -> Any:
        """The cached client for `connection`; raises botocore errors (e.g. ProfileNotFound)."""
        key = self._key(connection)
        with self._lock:
            client = self._clients.get(key)
            if client is None:
                client = self._create(connection)
                self._clients[key] = client
            return client

    def forget(self, connection: Connection | None = None) -> None:
        """Drop cached clients (all, or `connection`'s) so credentials are read afresh."""
        with self._lock:
            if connection is None:
                self._clients.clear()
            else:
                self._clients.pop(self._key(connection), None)

    def _create(self, connection: Connection) -> Any:
        import boto3
        import botocore.loaders
        import botocore.session
        from botocore.config import Config

        if self._loader is None:
            self._loader = botocore.loaders.create_loader()
        core_session = botocore.session.Session(profile=connection.profile or None)
        core_session.register_component("data_loader", self._loader)
        network = botocore_network_config(connection.proxy)
        # The default for every client this session makes, also those botocore makes by itself
        # (the credential chain refreshing an SSO sign-in, assuming a role): the same way out.
        core_session.set_default_client_config(network)
        config = self.settings.botocore_config(core_session.get_config_variable("max_attempts")).merge(network)
        if connection.api_key:
            core_session.register_component("token_provider", _AppTokenProvider(connection.api_key))
            config = config.merge(Config(signature_version="bearer"))
        session = boto3.Session(botocore_session=core_session, region_name=connection.region)
        return session.client(catalog.SERVICE_NAME, config=config)


def configured_region(profile: str | None = None) -> str | None:
    """The region the person configured (AWS_REGION, AWS_DEFAULT_REGION, or the profile's
    `region`) if it is one Pixtral Large can be called from; else None."""
    import botocore.session

    try:
        region = botocore.session.Session(profile=profile or None).get_config_variable("region")
    except Exception:  # noqa: BLE001 - a missing or broken profile is reported when the call is made
        return None
    return region if region in catalog.region_names() else None
