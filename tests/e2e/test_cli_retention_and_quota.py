"""The organisation's managed settings on the command line, for what the window also obeys (issue
#16): a history retention IT set deletes old conversations when `pixdesk history` looks at them,
and `pixdesk ask` paces to the quota IT set — the real CLI in a subprocess, against the local
Bedrock server."""

from __future__ import annotations

import datetime
import json

from helpers import png_attachment, png_bytes
from helpers import run_pixdesk as pixdesk
from pixdesk.store.history import HistoryStore, ImportedMessage, default_directory

BAD_INPUT = 2


def _conversation(store: HistoryStore, title: str, days_ago: int, image=None) -> int:
    when = (datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=days_ago)).isoformat()
    question = ImportedMessage("user", title, "complete", when, when, attachments=(image,) if image else ())
    return store.import_conversation(title, when, when, [question])


def _image_files() -> list[str]:
    return [p.name for p in (default_directory() / "attachments").rglob("*") if p.is_file()]


def test_history_commands_delete_what_a_locked_retention_does_not_keep(policy):
    with HistoryStore(default_directory()) as store:
        _conversation(store, "Two months ago", 60, png_attachment(50, 40))
        _conversation(store, "Last week", 7)
    assert len(_image_files()) == 1
    policy("[history]\nkeep_days=30\nkeep_days_locked=true\n")
    listing = pixdesk("history", "list", "--json")
    assert listing.returncode == 0, listing.stderr
    assert [c["title"] for c in json.loads(listing.stdout)] == ["Last week"]
    assert listing.stderr == ""  # quietly: the log has the line
    assert _image_files() == []


def test_without_a_retention_nothing_is_deleted(policy):
    with HistoryStore(default_directory()) as store:
        _conversation(store, "Three years ago", 1100)
    policy("[bedrock]\ntier=flex\n")
    listing = pixdesk("history", "list", "--json")
    assert [c["title"] for c in json.loads(listing.stdout)] == ["Three years ago"]


def test_ask_paces_to_the_quota_the_organisation_set(bedrock, tmp_path, policy):
    """A quota of 1,000 tokens a minute cannot hold a 2,000-token answer: refused before sending.
    (Without the organisation's quota, Bedrock's default would let it go.)"""
    screenshot = tmp_path / "screenshot.png"
    screenshot.write_bytes(png_bytes(200, 100))
    policy("[quota]\ntokens_per_minute=1000\n")
    result = pixdesk("ask", str(screenshot), "-q", "What is this?", "--max-tokens", "2000")
    assert result.returncode == BAD_INPUT
    assert "more than the quota allows (1,000 a minute)" in result.stderr
    assert bedrock.requests == []
    policy("[quota]\ntokens_per_minute=100000\n")  # room enough: asked
    result = pixdesk("ask", str(screenshot), "-q", "What is this?", "--max-tokens", "2000")
    assert result.returncode == 0, result.stderr
    assert len(bedrock.requests) == 1
