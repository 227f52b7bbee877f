"""The Bedrock API key, kept in the OS keychain (Keychain, Credential Manager, Secret Service).

Where the system offers no keychain (a Linux desktop without Secret Service), the key is kept
for this session only, in memory, and the window says so. It is never written to a plain file.
"""

from __future__ import annotations

from typing import Any

SERVICE = "pixdesk"
ACCOUNT = "bedrock-api-key"
PROXY_PASSWORD_ACCOUNT = "proxy-password"  # the password of the proxy typed in Settings (Network)


def _keyring() -> Any:
    """The keyring module, imported when first needed (it loads every backend: slow at start-up)."""
    import keyring

    return keyring


def _keyring_error() -> type[Exception]:
    from keyring.errors import KeyringError

    return KeyringError


class ApiKeyStore:
    """One secret in the keychain: the Bedrock API key, or (account=PROXY_PASSWORD_ACCOUNT) the proxy's password."""

    def __init__(self, account: str = ACCOUNT) -> None:
        self.account = account
        self._session_key: str | None = None
        # What the keychain held when first read, kept: a keychain read can take a tenth of a
        # second (and may ask the person to unlock), so it is done once, off the window's thread.
        self._keychain_key: str | None = None
        self._keychain_read = False

    @staticmethod
    def keychain_available() -> bool:
        from keyring.backends import fail

        backend = _keyring().get_keyring()
        return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0

    @classmethod
    def backend_name(cls) -> str | None:
        """The keychain a key would go to ("macOS Keychain"…), or None when there is none."""
        if not cls.keychain_available():
            return None
        backend = _keyring().get_keyring()
        return getattr(backend, "name", type(backend).__name__)

    def load(self) -> str | None:
        if self._session_key is not None:
            return self._session_key
        if self._keychain_read:
            return self._keychain_key
        if not self.keychain_available():
            return None
        try:
            self._keychain_key = _keyring().get_password(SERVICE, self.account)
        except _keyring_error():
            return None  # (not remembered: a locked keychain may be unlocked next time)
        self._keychain_read = True
        return self._keychain_key

    def save(self, key: str) -> bool:
        """Store the key; True if it went to the keychain, False if kept for this session only."""
        key = key.strip()
        if self.keychain_available():
            try:
                _keyring().set_password(SERVICE, self.account, key)
                self._session_key = None
                self._keychain_key, self._keychain_read = key, True
                return True
            except _keyring_error():
                pass
        self._session_key = key
        return False

    def delete(self) -> None:
        self._session_key = None
        self._keychain_key, self._keychain_read = None, False
        if self.keychain_available():
            try:
                _keyring().delete_password(SERVICE, self.account)
            except _keyring_error():
                pass
