"""One question to Bedrock, in a process of its own, the way the window asks it: the proxy from the
settings (and its password from the keychain) through Choices, the client from ClientFactory.

    python tests/e2e/network_driver.py '{"proxy": "manual", "proxy_url": "...", ...}'

Keys: proxy, proxy_url, proxy_user, profile (settings), proxy_password (put in the keychain
first), without_truststore (as if truststore were missing), sign_in (use the profile's sign-in,
not an API key). Prints one JSON line: the answer's text or
its error's kind and sentence, and the network description. Run in a subprocess: the system
trust store hook and SSL_CERT_FILE are process-wide."""

from __future__ import annotations

import json
import sys

if __name__ == "__main__":
    options = json.loads(sys.argv[1])
    if options.get("without_truststore"):
        sys.modules["truststore"] = None  # type: ignore[assignment] - `import truststore` now fails

import keyring
import keyring.backend

from pixdesk.bedrock.client import ClientFactory, ClientSettings
from pixdesk.bedrock.network import describe_network
from pixdesk.bedrock.stream import BedrockEngine, RetryPolicy
from pixdesk.domain import AskRequest
from pixdesk.secrets import ApiKeyStore
from pixdesk.services.asking import ask, new_answer
from pixdesk.services.choices import Choices
from pixdesk.settings import Settings

API_KEY = "pixdesk-network-test-key"  # only ever sent to the local server


class MemoryKeyring(keyring.backend.KeyringBackend):
    """The OS keychain's stand-in (this machine has none)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


def main(options: dict[str, str]) -> dict[str, object]:
    import asyncio

    keyring.set_keyring(MemoryKeyring())
    settings = Settings()
    for key in ("proxy", "proxy_url", "proxy_user"):
        if key in options:
            settings.set(f"network/{key}", options[key])
    if "profile" in options:
        settings.set("aws/profile", options["profile"])
    choices = Choices(settings, ApiKeyStore())
    if options.get("proxy_password"):
        choices.change_proxy_password(options["proxy_password"])
    connection = choices.connection()
    if not options.get("sign_in"):
        connection = type(connection)(connection.region, connection.profile, API_KEY, connection.proxy)
    engine = BedrockEngine(
        ClientFactory(ClientSettings(connect_timeout_s=5, read_timeout_s=30, max_attempts=1)), RetryPolicy(attempts=1)
    )
    request = AskRequest("What is in this picture?", max_tokens=50)
    answer = new_answer(request, connection)
    asyncio.run(ask(engine, request, connection, answer))
    network = describe_network(connection.proxy, connection.region).sentence()
    if answer.error is not None:
        return {"ok": False, "kind": answer.error.kind.code, "sentence": answer.error.sentence(), "network": network}
    return {"ok": answer.complete, "text": answer.text, "network": network}


if __name__ == "__main__":
    print(json.dumps(main(options)))
