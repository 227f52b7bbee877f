"""The local IAM Identity Center for sign-in tests: botocore reaches it through
AWS_ENDPOINT_URL_SSO_OIDC / AWS_ENDPOINT_URL_SSO, and the SSO token cache is the test's own.

A pytest plugin (tests/conftest.py loads it): any test may ask for `sso_portal` or `sso_home`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import botocore.credentials
import botocore.tokens
import pytest

from pixdesk.testing.sso_server import LocalIdentityCenter


@pytest.fixture
def sso_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home of the test's own: pixdesk writes the token to ~/.aws/sso/cache there, and botocore
    (which fixed that folder when it was imported) reads it there too."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    cache = str(home / ".aws" / "sso" / "cache")
    monkeypatch.setattr(botocore.tokens.SSOTokenProvider, "_SSO_TOKEN_CACHE_DIR", cache)
    monkeypatch.setattr(botocore.credentials.SSOProvider, "_SSO_TOKEN_CACHE_DIR", cache)
    return home


@pytest.fixture
def sso_portal(monkeypatch: pytest.MonkeyPatch, sso_home: Path) -> Iterator[LocalIdentityCenter]:
    server = LocalIdentityCenter().start()
    for name, value in server.env().items():
        monkeypatch.setenv(name, value)
    yield server
    server.stop()
