"""#14: a whole-document question's parts keep, beside exactly what was sent, the short words the
window shows (`shown_text`). A JSON export carries them, with the conversation's whole-document
questions, and its import restores both: the imported conversation shows the same labels and counts
its questions the same way. An export made before (format version 1) still imports."""

from __future__ import annotations

import json

import pytest

from pixdesk.domain import Answer
from pixdesk.errors import KnownError
from pixdesk.store.export import export_json, import_json
from pixdesk.store.history import HistoryStore

PARTS = {
    "What is due?\n\n(These images are pages 1–8 of contract.pdf. Answer from these pages only.)": (
        "What is due?\n\nAbout the whole of contract.pdf, in 2 parts. Part 1 of 2: pages 1–8."
    ),
    "What is due?\n\n(These images are pages 9–12 of contract.pdf. Answer from these pages only.)": (
        "What is due?\n\nAbout the whole of contract.pdf, in 2 parts. Part 2 of 2: pages 9–12."
    ),
    "What is due?\n\n(Combine these partial answers, citing page numbers.)": (
        "What is due?\n\nAbout the whole of contract.pdf: the answer from its 2 parts."
    ),
}


def _ask(store: HistoryStore, conversation: int, text: str, shown: str | None = None) -> None:
    store.add_question(conversation, text, shown_text=shown)
    answer = store.start_answer(conversation, Answer())
    store.finish_answer(answer, Answer(text=f"answer to {text[:12]}"))


@pytest.fixture
def store(tmp_path):
    with HistoryStore(tmp_path / "original") as store:
        yield store


@pytest.fixture
def conversation(store):
    conversation = store.start_conversation("contract.pdf")
    _ask(store, conversation, "Who signs?")  # the person's own words: no shown_text
    record = store.start_document_question(conversation, "a" * 64, 2)
    for sent, shown in PARTS.items():
        _ask(store, conversation, sent, shown)
    store.finish_document_question(record)
    return conversation


def _labels(store: HistoryStore, conversation: int) -> list[tuple[str, str, str | None]]:
    return [(m.role, m.text, m.shown_text) for m in store.messages(conversation)]


def test_the_short_labels_and_the_question_count_survive_export_and_import(store, conversation, tmp_path):
    path = export_json(store, conversation, tmp_path / "contract.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == 2
    assert [m.get("shown_text") for m in document["messages"] if m["role"] == "user"] == [None, *PARTS.values()]
    assert "shown_text" not in document["messages"][0]  # only when set: the person's own words have none
    assert [q["groups"] for q in document["document_questions"]] == [2]

    with HistoryStore(tmp_path / "fresh") as fresh:
        imported = import_json(fresh, path)
        assert _labels(fresh, imported) == _labels(store, conversation)
        original, copy = store.conversation(conversation), fresh.conversation(imported)
        assert (copy.message_count, copy.question_count) == (original.message_count, original.question_count) == (8, 2)


def test_an_imported_unfinished_document_question_is_never_resumed_in_the_copy(store, tmp_path):
    """A run cut off resumes where it ran: the imported copy is counted, never picked to resume."""
    conversation = store.start_conversation("contract.pdf")
    store.start_document_question(conversation, "b" * 64, 2)
    _ask(store, conversation, *next(iter(PARTS.items())))
    imported = import_json(store, export_json(store, conversation, tmp_path / "cut.json"))
    assert store.conversation(imported).question_count == 1
    assert store.unfinished_document_question("b" * 64).conversation_id == conversation


def test_an_export_made_before_still_imports(store, conversation, tmp_path):
    """Format version 1 had neither field: each question then shows (and counts) as sent."""
    path = export_json(store, conversation, tmp_path / "old.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    document["version"] = 1
    del document["document_questions"]
    for message in document["messages"]:
        message.pop("shown_text", None)
    path.write_text(json.dumps(document), encoding="utf-8")
    imported = import_json(store, path)
    assert [shown for _role, _text, shown in _labels(store, imported)] == [None] * 8
    assert store.conversation(imported).question_count == 4


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d["messages"][1].update(shown_text="an answer's label"), "an answer has no shown_text"),
        (lambda d: d["messages"][2].update(shown_text=7), "shown_text is missing or not text"),
        (lambda d: d.update(document_questions={"groups": 2}), "document_questions is not a list"),
        (lambda d: d["document_questions"][0].update(groups=0), "whole-document question 1: groups"),
        (lambda d: d["document_questions"][0].update(created_at="soon"), "not a date and time"),
    ],
)
def test_a_damaged_label_or_document_question_is_refused_whole(store, conversation, tmp_path, change, reason):
    path = export_json(store, conversation, tmp_path / "bad.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document), encoding="utf-8")
    before = len(store.conversations())
    with pytest.raises(KnownError, match=reason):
        import_json(store, path)
    assert len(store.conversations()) == before
