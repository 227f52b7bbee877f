"""The Bedrock API key store: the OS keychain when there is one, this session's memory when not,
and never a plain file."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import pytest
from keyring.errors import KeyringLocked, PasswordDeleteError, PasswordSetError

from pixdesk.secrets import ACCOUNT, SERVICE, ApiKeyStore

KEY = "ABSKQmVkcm9ja0FQSUtleS1waXhkZXNrLXRlc3Q6c2VjcmV0"


@pytest.fixture(autouse=True)
def restore_keyring():
    """Every test here swaps the keyring backend; put the original back afterwards.

    Asking for the backend first also makes keyring pick it now, before any backend class below
    is defined (keyring registers every KeyringBackend subclass it sees as a candidate)."""
    original = keyring.get_keyring()
    yield
    keyring.set_keyring(original)


@pytest.fixture
def tmp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME, the XDG folders and the working directory all inside tmp_path, so a file written
    anywhere a keyring or the app might write would show up there."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name, sub in [
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ]:
        monkeypatch.setenv(name, str(home / sub))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _files(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _define_memory_backend(priority: float = 1) -> type[keyring.backend.KeyringBackend]:
    """A keyring backend that keeps passwords in a dict. It stands in for the OS keychain
    (macOS Keychain, Windows Credential Manager, Secret Service), which this machine — a
    headless Linux box — does not have."""

    class MemoryKeyring(keyring.backend.KeyringBackend):
        def __init__(self) -> None:
            super().__init__()
            self.passwords: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.passwords.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.passwords[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            try:
                del self.passwords[(service, username)]
            except KeyError:
                raise PasswordDeleteError("no such password") from None

    MemoryKeyring.priority = priority
    return MemoryKeyring


@pytest.fixture
def memory_keyring():
    backend_class = _define_memory_backend()
    backend = backend_class()
    keyring.set_keyring(backend)
    yield backend
    # Unregister the class, so keyring never offers it as a backend after this test.
    keyring.backend.KeyringBackend._classes.discard(backend_class)


@pytest.fixture
def locked_keyring():
    """A keychain that is there but refuses everything (locked, or access denied)."""

    class LockedKeyring(keyring.backend.KeyringBackend):
        priority = 1

        def get_password(self, service: str, username: str) -> str | None:
            raise KeyringLocked("locked")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise PasswordSetError("locked")

        def delete_password(self, service: str, username: str) -> None:
            raise PasswordDeleteError("locked")

    keyring.set_keyring(LockedKeyring())
    yield
    keyring.backend.KeyringBackend._classes.discard(LockedKeyring)


# --- no keychain (keyring's fail backend) -------------------------------------------------


@pytest.fixture
def no_keychain():
    keyring.set_keyring(keyring.backends.fail.Keyring())


def test_without_a_keychain_the_key_is_kept_for_this_session_only(no_keychain, tmp_home):
    before = _files(tmp_home)
    store = ApiKeyStore()
    assert store.keychain_available() is False
    assert store.load() is None

    assert store.save(f"  {KEY}\n") is False  # not in a keychain...
    assert store.load() == KEY  # ...but usable for the rest of the session (and trimmed)
    assert ApiKeyStore().load() is None  # another session does not see it

    store.delete()
    assert store.load() is None

    after = _files(tmp_home)
    assert after == before  # nothing written anywhere: no new file, no changed file
    assert not any(KEY.encode() in data for data in after.values())


def test_without_a_keychain_saving_again_replaces_the_session_key(no_keychain):
    store = ApiKeyStore()
    store.save("first-key-value")
    store.save("second-key-value")
    assert store.load() == "second-key-value"


def test_delete_without_a_key_is_harmless(no_keychain):
    store = ApiKeyStore()
    store.delete()
    assert store.load() is None


# --- a keychain ---------------------------------------------------------------------------


def test_with_a_keychain_the_key_is_saved_there(memory_keyring, tmp_home):
    before = _files(tmp_home)
    store = ApiKeyStore()
    assert store.keychain_available() is True
    assert store.save(f" {KEY} ") is True
    assert memory_keyring.passwords == {(SERVICE, ACCOUNT): KEY}
    assert (SERVICE, ACCOUNT) == ("pixdesk", "bedrock-api-key")
    assert store.load() == KEY
    assert ApiKeyStore().load() == KEY  # the next session finds it
    assert _files(tmp_home) == before


def test_with_a_keychain_delete_removes_the_key(memory_keyring):
    store = ApiKeyStore()
    store.save(KEY)
    store.delete()
    assert memory_keyring.passwords == {}
    assert store.load() is None
    assert ApiKeyStore().load() is None
    store.delete()  # again, with nothing there: no error


def test_a_key_already_in_the_keychain_is_loaded(memory_keyring):
    memory_keyring.passwords[("pixdesk", "bedrock-api-key")] = KEY
    assert ApiKeyStore().load() == KEY


def test_the_keychain_is_read_once_then_remembered(memory_keyring, monkeypatch):
    """A keychain read is slow (and may ask to unlock): each question must not pay for it."""
    memory_keyring.passwords[("pixdesk", "bedrock-api-key")] = KEY
    reads = []
    original = memory_keyring.get_password
    monkeypatch.setattr(memory_keyring, "get_password", lambda *a: reads.append(a) or original(*a))
    store = ApiKeyStore()
    assert [store.load() for _ in range(3)] == [KEY] * 3
    assert len(reads) == 1
    store.save("a-newer-key-value")
    assert store.load() == "a-newer-key-value" and len(reads) == 1
    store.delete()
    assert store.load() is None


def test_saving_to_the_keychain_replaces_an_earlier_key(memory_keyring):
    store = ApiKeyStore()
    store.save("an-older-key-value")
    store.save(KEY)
    assert memory_keyring.passwords == {(SERVICE, ACCOUNT): KEY}
    assert store.load() == KEY


def test_a_backend_with_no_priority_counts_as_no_keychain():
    backend_class = _define_memory_backend(priority=0)
    try:
        keyring.set_keyring(backend_class())
        assert ApiKeyStore.keychain_available() is False
    finally:
        keyring.backend.KeyringBackend._classes.discard(backend_class)


def test_a_locked_keychain_keeps_the_key_for_the_session(locked_keyring, tmp_home):
    before = _files(tmp_home)
    store = ApiKeyStore()
    assert store.keychain_available() is True
    assert store.load() is None  # the keychain refused: no key, no exception
    assert store.save(KEY) is False
    assert store.load() == KEY
    store.delete()  # the keychain refuses this too; the session key goes all the same
    assert store.load() is None
    assert _files(tmp_home) == before
