"""Fixtures of the end-to-end tests (tests/conftest.py holds those every suite shares)."""

from __future__ import annotations

import pytest


@pytest.fixture
def policy(tmp_path, monkeypatch):
    """policy(text): this computer's /etc/xdg/pixdesk/pixdesk.conf, for the commands run next."""
    folder = tmp_path / "etc-xdg"

    def write(text: str) -> None:
        (folder / "pixdesk").mkdir(parents=True, exist_ok=True)
        (folder / "pixdesk" / "pixdesk.conf").write_text(text, encoding="utf-8")

    monkeypatch.setenv("XDG_CONFIG_DIRS", str(folder))
    return write
