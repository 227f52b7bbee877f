"""Importing a conversation export that holds what the database cannot: numbers beyond 64 bits and
lone surrogates. Refused in plain words (never a traceback), and a refused or failed import leaves
nothing behind, on disk either: image files other conversations share are never removed."""

from __future__ import annotations

import json
import random

import pytest

from helpers import png_attachment
from pixdesk.errors import Kind, KnownError
from pixdesk.store.export import export_json, import_json
from pixdesk.store.history import HistoryStore, ImportedMessage


def _lone_surrogate() -> str:
    return chr(random.randint(0xD800, 0xDFFF))


def _too_large() -> int:
    return random.choice([2**63, 10**30, -(2**63) - 1, 10 ** random.randint(20, 300)])


@pytest.fixture
def store(tmp_path):
    with HistoryStore(tmp_path / "data") as opened:
        conversation = opened.start_conversation("Invoice")
        opened.add_question(conversation, "What is due?", (png_attachment(64, 48),))
        yield opened


def _files(store: HistoryStore) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in store.attachments_dir.rglob("*") if path.is_file()}


def _hostile_export(store: HistoryStore, tmp_path, damage) -> object:
    """An export of a conversation with a NEW image in it (so an import would write a file), damaged."""
    conversation = store.start_conversation("to export")
    store.add_question(conversation, "and this one?", (png_attachment(96, 64),))
    document = json.loads(export_json(store, conversation, tmp_path / "good.json").read_text(encoding="utf-8"))
    store.delete(conversation)  # its new image file goes with it: an import would write it again
    document["messages"].append(
        {
            "role": "assistant",
            "text": "ok",
            "status": "complete",
            "created_at": document["messages"][0]["created_at"],
            "audit": {"region": "eu-west-1", "input_tokens": 10},
        }
    )
    damage(document)
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(document), encoding="utf-8")  # ensure_ascii: a surrogate is written as \udxxx
    return path


DAMAGE = {
    "tokens too large": (
        lambda d: d["messages"][1]["audit"].update(input_tokens=_too_large()),
        "message 2, audit, input_tokens: a number too large to store",
    ),
    "width too large": (
        lambda d: d["messages"][0]["attachments"][0].update(width=_too_large()),
        "message 1, image 1, width: a number too large to store",
    ),
    "surrogate in a text": (
        lambda d: d["messages"][1].update(text=f"ok {_lone_surrogate()} ok"),
        "message 2, text: not valid Unicode text",
    ),
    "surrogate in the title": (
        lambda d: d["conversation"].update(title=_lone_surrogate()),
        "conversation, title: not valid Unicode text",
    ),
    "surrogate in an image name": (
        lambda d: d["messages"][0]["attachments"][0].update(source_name=_lone_surrogate() + ".png"),
        "message 1, image 1, source_name: not valid Unicode text",
    ),
    "surrogate in an audit field": (
        lambda d: d["messages"][1]["audit"].update(region=_lone_surrogate()),
        "message 2, audit, region: not valid Unicode text",
    ),
}


@pytest.mark.parametrize("case", DAMAGE)
def test_numbers_and_text_the_database_cannot_hold_are_refused_in_plain_words(store, tmp_path, case):
    damage, words = DAMAGE[case]
    path = _hostile_export(store, tmp_path, damage)
    before, conversations = _files(store), store.conversations()
    with pytest.raises(KnownError) as refused:
        import_json(store, path)
    assert refused.value.kind is Kind.BAD_INPUT
    assert refused.value.message.startswith("Cannot import hostile.json: the file is damaged (")
    assert words in refused.value.message
    refused.value.message.encode("utf-8")  # the message itself can be printed
    assert store.conversations() == conversations
    assert _files(store) == before


def test_a_failed_import_removes_only_the_image_files_it_wrote(store):
    """The store's own guarantee, whatever fails inside the transaction: the new image's file is
    removed; the image an existing conversation shares keeps its file."""
    [shared_before] = store.messages(store.last_conversation_id())[0].attachments
    before = _files(store)
    shared, new = png_attachment(64, 48), png_attachment(80, 60)
    messages = [
        ImportedMessage("user", "look", "complete", "2024-05-01T10:00:00+00:00", attachments=(shared, new)),
        ImportedMessage(
            "assistant", "seen", "complete", "2024-05-01T10:00:05+00:00", audit={"input_tokens": _too_large()}
        ),  # fails inside the transaction
    ]
    with pytest.raises(OverflowError):
        store.import_conversation("imported", "2024-05-01T10:00:00+00:00", "2024-05-01T10:00:05+00:00", messages)
    assert _files(store) == before
    assert store.attachment_bytes(shared_before.sha256) == shared.data
    assert len(store.conversations()) == 1


def test_a_failed_import_keeps_an_image_it_shares_with_an_existing_conversation(store):
    before = _files(store)
    messages = [
        ImportedMessage("user", "again", "complete", "2024-05-01T10:00:00+00:00", attachments=(png_attachment(64, 48),))
    ]
    with pytest.raises(UnicodeEncodeError):
        store.import_conversation(
            f"title {_lone_surrogate()}", "2024-05-01T10:00:00+00:00", "2024-05-01T10:00:00+00:00", messages
        )
    assert _files(store) == before
