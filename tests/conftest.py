"""Fixtures shared by every test: an isolated AWS configuration, the local Bedrock server,
and a guard that fails any test leaving a Bedrock stream thread behind."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display here; set before Qt loads

import pi_heif
import pillow_heif

# The tests write HEIC samples with pillow-heif; the app reads them with pi-heif (which cannot
# write). pillow-heif registers a reader and a writer; pi-heif's reader then takes the reader's place.
pillow_heif.register_heif_opener()
pi_heif.register_heif_opener()

from pixdesk.bedrock.client import ClientFactory, ClientSettings
from pixdesk.bedrock.stream import BedrockEngine, RetryPolicy
from pixdesk.testing.server import LocalBedrock

TEST_ACCESS_KEY = "AKIDPIXDESKTEST"
pytest_plugins = ["sso_portal"]  # the local IAM Identity Center fixtures (tests/sso_portal.py)


@pytest.fixture(autouse=True)
def isolated_aws(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No test sees the machine's AWS settings or pixdesk's real files, and none may probe the
    instance metadata service."""
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    aws = tmp_path / "aws"
    aws.mkdir()
    (aws / "config").write_text("")
    (aws / "credentials").write_text("")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(aws / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(aws / "credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("AWS_MAX_ATTEMPTS", "3")  # keeps throttling tests short; the app default is 4
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))  # history, settings, logs: never the real ones
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "xdg_config_dirs"))  # nor this computer's managed settings
    return aws


@pytest.fixture(autouse=True)
def no_leaked_stream_threads():
    yield
    deadline = time.monotonic() + 2.0
    while time.monotonic() < deadline and _stream_threads():
        time.sleep(0.01)
    assert not _stream_threads(), "a Bedrock stream worker thread outlived its test"


def _stream_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "pixdesk-bedrock-stream" and t.is_alive()]


@pytest.fixture
def aws_keys(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", TEST_ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "local-secret")
    return TEST_ACCESS_KEY


def _serve(monkeypatch: pytest.MonkeyPatch, **kwargs):
    server = LocalBedrock(**kwargs).start()
    for name, value in server.env().items():
        monkeypatch.setenv(name, value)
    return server


@pytest.fixture
def bedrock(monkeypatch: pytest.MonkeyPatch, aws_keys: str):
    """The local Bedrock server over plain HTTP (SigV4), with test keys in the environment."""
    server = _serve(monkeypatch)
    yield server
    server.stop()


@pytest.fixture
def quota_server(monkeypatch: pytest.MonkeyPatch, aws_keys: str):
    """quota_server(requests, tokens, window_s): the local server enforcing a quota (Bedrock's,
    scaled down to a short window), with test keys in the environment."""
    from pixdesk.testing.quota import ServerQuota

    servers = []

    def start(requests: int, tokens: int, window_s: float) -> LocalBedrock:
        servers.append(_serve(monkeypatch, quota=ServerQuota(requests, tokens, window_s)))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def bedrock_tls(monkeypatch: pytest.MonkeyPatch):
    """The local Bedrock server over HTTPS (for API keys); AWS_CA_BUNDLE trusts its certificate."""
    server = _serve(monkeypatch, tls=True)
    yield server
    server.stop()


@pytest.fixture
def history(tmp_path):
    """A history store in the test's own folder, used from its dedicated thread as the app does."""
    from pixdesk.services.history import HistoryWriter
    from pixdesk.store.history import HistoryStore

    writer = HistoryWriter(HistoryStore(tmp_path / "history"))
    yield writer
    writer.close()


@pytest.fixture
def engine() -> BedrockEngine:
    return BedrockEngine(ClientFactory(ClientSettings(connect_timeout_s=2.0)), RetryPolicy(base_delay_s=0.01))
