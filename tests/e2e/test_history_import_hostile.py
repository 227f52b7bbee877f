"""`pixdesk history import` of a hostile export: numbers beyond 64 bits and lone surrogates are
refused in one plain sentence (exit 2, never a traceback), and the refused import leaves no
conversation and no image file behind."""

from __future__ import annotations

import json
import random

import pytest

from helpers import png_attachment
from helpers import run_pixdesk as pixdesk
from pixdesk.store.export import export_json
from pixdesk.store.history import HistoryStore, default_directory


def _export_with_an_image(tmp_path) -> dict:
    """A real export (made by another pixdesk's store), with an image this history has never seen."""
    with HistoryStore(tmp_path / "elsewhere") as other:
        conversation = other.start_conversation("From a colleague")
        other.add_question(conversation, "What is this?", (png_attachment(120, 80),))
        path = export_json(other, conversation, tmp_path / "good.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    document["messages"].append(
        {
            "role": "assistant",
            "text": "A chart.",
            "status": "complete",
            "created_at": document["messages"][0]["created_at"],
            "audit": {"region": "eu-west-1", "input_tokens": 1},
        }
    )
    return document


HOSTILE = {
    "a whole number beyond 64 bits": lambda d: d["messages"][1]["audit"].update(
        input_tokens=10 ** random.randint(19, 400)
    ),
    "an image width beyond 64 bits": lambda d: d["messages"][0]["attachments"][0].update(width=2**63),
    "a lone surrogate in an answer": lambda d: d["messages"][1].update(
        text="A chart " + chr(random.randint(0xD800, 0xDFFF))
    ),
    "a lone surrogate in an image name": lambda d: d["messages"][0]["attachments"][0].update(
        source_name=chr(random.randint(0xD800, 0xDFFF)) + ".png"
    ),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_import_is_refused_in_plain_words_and_leaves_nothing_behind(tmp_path, case):
    document = _export_with_an_image(tmp_path)
    HOSTILE[case](document)
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(document), encoding="utf-8")  # a surrogate is written as a \udxxx escape

    refused = pixdesk("history", "import", str(path))

    assert refused.returncode == 2, refused.stderr
    assert "Traceback" not in refused.stderr and not refused.stdout
    assert refused.stderr.startswith("pixdesk: Cannot import hostile.json: the file is damaged (")
    assert len(refused.stderr.strip().splitlines()) == 1
    assert json.loads(pixdesk("history", "list", "--json").stdout) == []
    attachments = default_directory() / "attachments"
    assert not [p for p in attachments.rglob("*") if p.is_file()]
