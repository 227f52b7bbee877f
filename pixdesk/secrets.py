"""The Bedrock API key, kept in the OS keychain (Keychain, Credential Manager, Secret Service).

Where the system offers no keychain (a Linux desktop without Secret Service), the key is kept
for this session only, in memory, and the window says so. It is never written to a plain file.
"""

from __future__ import annotations

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError

SERVICE = "pixdesk"
ACCOUNT = "bedrock-api-key"


class ApiKeyStore:
    def __init__(self) -> None:
        self._session_key: str | None = None

    @staticmethod
    def keychain_available() -> bool:
        backend = keyring.get_keyring()
        return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0

    @classmethod
    def backend_name(cls) -> str | None:
        """The keychain a key would go to ("macOS Keychain"…), or None when there is none."""
        if not cls.keychain_available():
            return None
        backend = keyring.get_keyring()
        return getattr(backend, "name", type(backend).__name__)

    def load(self) -> str | None:
        if self._session_key is not None:
            return self._session_key
        if not self.keychain_available():
            return None
        try:
            return keyring.get_password(SERVICE, ACCOUNT)
        except KeyringError:
            return None

    def save(self, key: str) -> bool:
        """Store the key; True if it went to the keychain, False if kept for this session only."""
        key = key.strip()
        if self.keychain_available():
            try:
                keyring.set_password(SERVICE, ACCOUNT, key)
                self._session_key = None
                return True
            except KeyringError:
                pass
        self._session_key = key
        return False

    def delete(self) -> None:
        self._session_key = None
        if self.keychain_available():
            try:
                keyring.delete_password(SERVICE, ACCOUNT)
            except KeyringError:
                pass
