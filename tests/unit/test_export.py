"""Conversations out to Markdown, HTML and JSON, and JSON back in: fidelity, safety, refusals."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
from dataclasses import asdict
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image

from helpers import png_attachment, png_bytes
from pixdesk.domain import Answer, Attachment, Usage
from pixdesk.errors import Kind, KnownError
from pixdesk.services.recording import AnswerRecorder
from pixdesk.store.export import (
    CONTENT_SECURITY_POLICY,
    export_html,
    export_json,
    export_markdown,
    import_json,
    safe_filename,
)
from pixdesk.store.history import HistoryStore

HOSTILE = 'Look: <img src=x onerror=alert(1)> and </pre><script>alert("x")</script> & <a href="http://evil">x</a>'
SECRET_ENV = {
    "AWS_ACCESS_KEY_ID": "AKIDEXPORTTESTKEY",
    "AWS_SECRET_ACCESS_KEY": "export-test-secret-value",
    "AWS_SESSION_TOKEN": "export-test-session-token",
    "AWS_BEARER_TOKEN_BEDROCK": "export-test-bearer",
}


def _jpeg() -> Attachment:
    image = Image.effect_noise((320, 200), 64).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return Attachment(buffer.getvalue(), "jpeg", 320, 200, "photo.jpg")


def _answer(**changes) -> Answer:
    answer = Answer(region="eu-west-1", profile_id="eu.mistral.pixtral-large-2502-v1:0", tier_requested="flex")
    for name, value in changes.items():
        setattr(answer, name, value)
    return answer


def _record(directory: Path, answer_text: str = "## What I see\n\nAn **invoice**: €1,200 due on 3 June.") -> int:
    """A conversation with every kind of message: a question with two images, a complete answer,
    a failed one, a follow-up, and an answer cut off by a crash (marked interrupted on reopening)."""
    with HistoryStore(directory) as store:
        conversation = store.start_conversation("Invoice: what's due? / <b>now</b>")
        store.add_question(conversation, "What is due?", (png_attachment(640, 480), _jpeg()))
        AnswerRecorder(
            store,
            conversation,
            _answer(
                text=answer_text,
                stop_reason="end_turn",
                request_id="req-123",
                usage=Usage(3008, 40, 3048, latency_ms=850, tier_served="flex"),
            ),
        ).finish()
        AnswerRecorder(
            store,
            conversation,
            _answer(text="partial", error=KnownError(Kind.CONNECTION_LOST, "The connection was lost.")),
        ).finish()
        store.add_question(conversation, "And the VAT?")
        message = store.start_answer(conversation, _answer())
        store.checkpoint_answer(message, "The VAT is")
    with HistoryStore(directory) as reopened:
        assert reopened.interrupted_on_open == 1
    return conversation


@pytest.fixture
def recorded(tmp_path) -> tuple[HistoryStore, int]:
    conversation = _record(tmp_path / "data")
    with HistoryStore(tmp_path / "data") as store:
        yield store, conversation


def _comparable(store: HistoryStore, conversation: int) -> list[dict]:
    """Messages as the store holds them, without their ids, with each image's bytes."""
    result = []
    for message in store.messages(conversation):
        fields = asdict(message)
        del fields["id"]
        fields["image_bytes"] = [store.attachment_bytes(a.sha256) for a in message.attachments]
        result.append(fields)
    return result


# --- JSON round trip --------------------------------------------------------------------------------


def test_json_round_trip_into_a_fresh_store_keeps_everything(recorded, tmp_path):
    store, conversation = recorded
    path = export_json(store, conversation, tmp_path / "out" / "chat.json")
    assert path == tmp_path / "out" / "chat.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == ("pixdesk-conversation", 2)
    with HistoryStore(tmp_path / "fresh") as fresh:
        imported = import_json(fresh, path)
        assert _comparable(fresh, imported) == _comparable(store, conversation)
        original, copy = store.conversation(conversation), fresh.conversation(imported)
        assert (copy.title, copy.created_at, copy.updated_at, copy.message_count) == (
            original.title,
            original.created_at,
            original.updated_at,
            5,
        )
        statuses = [m.status for m in fresh.messages(imported)]
        assert statuses == ["complete", "complete", "failed", "complete", "interrupted"]
        answer = fresh.messages(imported)[1]
        assert answer.audit == {
            "model_id": "mistral.pixtral-large-2502-v1:0",
            "profile_id": "eu.mistral.pixtral-large-2502-v1:0",
            "region": "eu-west-1",
            "tier_requested": "flex",
            "tier_served": "flex",
            "request_id": "req-123",
            "stop_reason": "end_turn",
            "input_tokens": 3008,
            "output_tokens": 40,
            "latency_ms": 850,
        }
        assert fresh.search("invoice")  # imported text is searchable
        again = export_json(fresh, imported, tmp_path / "again.json")  # and exports the same again
        second = json.loads(again.read_text(encoding="utf-8"))
        for one, two in zip(document["messages"], second["messages"], strict=False):
            one.pop("id"), two.pop("id")
            assert one == two


def test_import_adds_a_new_conversation_and_never_overwrites(recorded, tmp_path):
    store, conversation = recorded
    before = _comparable(store, conversation)
    path = export_json(store, conversation, tmp_path / "chat.json")
    first, second = import_json(store, path), import_json(store, path)
    assert len({conversation, first, second}) == 3
    assert _comparable(store, conversation) == before == _comparable(store, first) == _comparable(store, second)
    store.delete(first)  # shared image files stay while another conversation uses them
    assert _comparable(store, second) == before


def test_an_answer_exported_while_streaming_is_imported_as_interrupted(tmp_path):
    with HistoryStore(tmp_path / "data") as store:
        conversation = store.start_conversation("q")
        store.add_question(conversation, "q")
        store.checkpoint_answer(store.start_answer(conversation, _answer()), "half")
        path = export_json(store, conversation, tmp_path / "chat.json")
        assert store.messages(conversation)[1].status == "streaming"
        imported = import_json(store, path)
        assert [(m.status, m.text) for m in store.messages(imported)][1] == ("interrupted", "half")


# --- Markdown ---------------------------------------------------------------------------------------


def test_markdown_links_its_images_relatively_and_carries_the_audit_line(recorded, tmp_path):
    store, conversation = recorded
    path = export_markdown(store, conversation, tmp_path / "notes")
    assert path.parent == tmp_path / "notes" and path.suffix == ".md"
    assert "/" not in path.name and "<" not in path.name
    text = path.read_text(encoding="utf-8")
    links = re.findall(r"!\[([^\]]*)\]\(([^)]+)\)", text)
    question = store.messages(conversation)[0]
    assert [alt for alt, _ in links] == ["screenshot.png", "photo.jpg"]
    assert [link for _, link in links] == [
        f"images/{question.attachments[0].sha256[:12]}.png",
        f"images/{question.attachments[1].sha256[:12]}.jpg",
    ]
    for (_, link), attachment in zip(links, question.attachments, strict=False):
        assert not Path(link).is_absolute()
        assert (path.parent / link).read_bytes() == store.attachment_bytes(attachment.sha256)
    assert text.count("## You") == 2 and text.count("## Pixtral Large") == 3
    assert "## What I see\n\nAn **invoice**: €1,200 due on 3 June." in text  # the answer as-is
    audit = next(line for line in text.splitlines() if "req-123" in line)
    for expected in (
        "eu-west-1",
        "eu.mistral.pixtral-large-2502-v1:0",
        "tier flex (served flex)",
        "request req-123",
        "3,008 in / 40 out tokens",
        "stop reason end_turn",
        "UTC",
    ):
        assert expected in audit
    assert "status" not in audit  # complete answers say nothing about their status
    assert "status failed" in text and "The connection was lost." in text and "status interrupted" in text
    assert not list(path.parent.rglob("*.partial"))


def test_markdown_into_a_file_is_refused(recorded, tmp_path):
    store, conversation = recorded
    (tmp_path / "file").write_text("x")
    with pytest.raises(KnownError) as refused:
        export_markdown(store, conversation, tmp_path / "file")
    assert refused.value.kind is Kind.BAD_INPUT and "not a folder" in refused.value.message


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Invoice: what's due? / <b>now</b>", "Invoice- what-s due- - -b-now-b"),
        ("../../etc/passwd", "etc-passwd"),
        ("CON", "conversation-7"),
        ("...", "conversation-7"),
        ("Résumé review", "Résumé review"),
        ("a\\b\x00c\nd", "a-b-c-d"),
    ],
)
def test_safe_filenames(title, expected):
    name = safe_filename(title, 7)
    assert name == expected and "/" not in name and "\\" not in name and len(name) <= 80


# --- HTML -------------------------------------------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_html_is_self_contained_and_safe(tmp_path):
    _record(tmp_path / "data", answer_text=HOSTILE)
    with HistoryStore(tmp_path / "data") as store:
        conversation = store.last_conversation_id()
        page = export_html(store, conversation, tmp_path / "chat.html").read_text(encoding="utf-8")
        question = store.messages(conversation)[0]
        png_data = base64.b64encode(store.attachment_bytes(question.attachments[0].sha256)).decode()
    lowered = page.lower()
    assert "<script" not in lowered and "file:" not in lowered
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "&lt;/pre&gt;&lt;script&gt;" in page
    assert "onerror=alert" not in page.replace("&lt;img src=x onerror=alert(1)&gt;", "")
    assert f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">' in page
    assert CONTENT_SECURITY_POLICY == "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
    assert f'src="data:image/png;base64,{png_data}"' in page and 'src="data:image/jpeg;base64,' in page
    parsed = _Tags()
    parsed.feed(page)
    tags = {tag for tag, _ in parsed.tags}
    assert tags <= {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "header",
        "h1",
        "h2",
        "p",
        "section",
        "figure",
        "img",
        "figcaption",
        "div",
    }  # the hostile <img>, <a>, <script> stayed text
    for tag, attrs in parsed.tags:
        assert "href" not in attrs and not any(name.startswith("on") for name in attrs)
        if tag == "img":
            assert attrs["src"].startswith(("data:image/png;base64,", "data:image/jpeg;base64,"))
    assert [attrs["src"].split(";")[0] for tag, attrs in parsed.tags if tag == "img"] == [
        "data:image/png",
        "data:image/jpeg",
    ]
    assert "&lt;b&gt;now&lt;/b&gt;" in page  # the title is text too


def test_html_without_links_in_the_text_names_no_scheme_at_all(recorded, tmp_path):
    store, conversation = recorded
    page = export_html(store, conversation, tmp_path / "chat.html").read_text(encoding="utf-8").lower()
    for scheme in ("http:", "https:", "file:", "ftp:", "javascript:", "<script", "<link", "@import", "url("):
        assert scheme not in page


def test_exporting_a_missing_conversation_is_refused(recorded, tmp_path):
    store, _ = recorded
    for export, out in (
        (export_html, tmp_path / "x.html"),
        (export_json, tmp_path / "x.json"),
        (export_markdown, tmp_path / "md"),
    ):
        with pytest.raises(KnownError) as refused:
            export(store, 999, out)
        assert refused.value.kind is Kind.BAD_INPUT and not out.exists()


# --- no secrets -------------------------------------------------------------------------------------


def test_no_export_contains_secrets_or_environment_values(recorded, tmp_path, monkeypatch):
    for name, value in SECRET_ENV.items():
        monkeypatch.setenv(name, value)
    store, conversation = recorded
    folder = tmp_path / "exports"
    written = [
        export_markdown(store, conversation, folder / "md"),
        export_html(store, conversation, folder / "c.html"),
        export_json(store, conversation, folder / "c.json"),
    ]
    assert all(path.exists() for path in written)
    secrets = [
        value
        for name, value in os.environ.items()
        if re.search(r"AWS|TOKEN|SECRET|KEY|PASSWORD|CREDENTIAL", name) and len(value) >= 6
    ]
    assert set(SECRET_ENV.values()) <= set(secrets)
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix in (".md", ".html", ".json"):
            text = path.read_text(encoding="utf-8")
            for forbidden in ("AWS_", "Bearer", "aws_secret", *secrets):
                assert forbidden not in text, (path.name, forbidden)


# --- refusing bad files -----------------------------------------------------------------------------


def _export_document(store: HistoryStore, conversation: int, tmp_path: Path) -> dict:
    return json.loads(export_json(store, conversation, tmp_path / "good.json").read_text(encoding="utf-8"))


def _tamper_image(document: dict) -> None:
    other = png_bytes(640, 480, "black")
    document["messages"][0]["attachments"][0]["data"] = base64.b64encode(other).decode()


def _not_an_image(document: dict) -> None:
    data = b"<html>not an image</html>"
    attachment = document["messages"][0]["attachments"][0]
    attachment.update(
        data=base64.b64encode(data).decode(), sha256=hashlib.sha256(data).hexdigest(), size_bytes=len(data)
    )


BAD_DOCUMENTS = {
    "wrong format": (lambda d: d.update(format="something-else"), "not a pixdesk conversation export"),
    "higher version": (lambda d: d.update(version=3), "newer pixdesk (format version 3)"),
    "version as text": (lambda d: d.update(version="1"), "damaged"),
    "no messages": (lambda d: d.pop("messages"), "damaged"),
    "unknown role": (lambda d: d["messages"][0].update(role="system"), "unknown role"),
    "unknown status": (lambda d: d["messages"][1].update(status="done"), "unknown status"),
    "bad timestamp": (lambda d: d["messages"][1].update(created_at="yesterday"), "not a date and time"),
    "audit field not ours": (
        lambda d: d["messages"][1]["audit"].update({"text) VALUES (1); --": "x"}),
        "unknown audit field",
    ),
    "tokens as text": (lambda d: d["messages"][1]["audit"].update(input_tokens="many"), "not a number"),
    "tampered image": (_tamper_image, "does not match its SHA-256 checksum"),
    "image not base64": (lambda d: d["messages"][0]["attachments"][0].update(data="%%%"), "not base64"),
    "not an image": (_not_an_image, "not a PNG image"),
    "unknown image format": (lambda d: d["messages"][0]["attachments"][0].update(format="svg"), "unknown image"),
    "zero width": (lambda d: d["messages"][0]["attachments"][0].update(width=0), "positive whole number"),
}


@pytest.mark.parametrize("case", BAD_DOCUMENTS)
def test_import_refuses_a_wrong_or_damaged_export_and_changes_nothing(recorded, tmp_path, case):
    store, conversation = recorded
    damage, words = BAD_DOCUMENTS[case]
    document = _export_document(store, conversation, tmp_path)
    damage(document)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    files_before = sorted(store.attachments_dir.rglob("*"))
    with pytest.raises(KnownError) as refused:
        import_json(store, path)
    assert refused.value.kind is Kind.BAD_INPUT and refused.value.kind.exit_code == 2
    assert words in refused.value.message and refused.value.message.startswith("Cannot import bad.json: ")
    assert [c.id for c in store.conversations()] == [conversation]
    assert sorted(store.attachments_dir.rglob("*")) == files_before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "not a JSON file"),
        (b"# My notes\n\nnot json", "not a JSON file"),
        (b"\xff\xfe\x00garbage", "not a JSON file"),
        (b"[" * 100_000, "not a JSON file"),
        (b"[1, 2]", "not a pixdesk conversation export"),
        (b'{"format": "pixdesk-conversation"}', "damaged"),
    ],
)
def test_import_refuses_files_that_are_not_exports(recorded, tmp_path, content, words):
    store, conversation = recorded
    path = tmp_path / "notes.md"
    path.write_bytes(content)
    with pytest.raises(KnownError) as refused:
        import_json(store, path)
    assert refused.value.kind is Kind.BAD_INPUT and words in refused.value.message
    assert [c.id for c in store.conversations()] == [conversation]


def test_import_refuses_a_missing_file_and_a_folder(recorded, tmp_path):
    store, _ = recorded
    for path, words in ((tmp_path / "missing.json", "no such file"), (tmp_path, "a folder")):
        with pytest.raises(KnownError) as refused:
            import_json(store, path)
        assert refused.value.kind is Kind.BAD_INPUT and words in refused.value.message


def test_an_unwritable_destination_is_refused_in_plain_words(recorded, tmp_path):
    store, conversation = recorded
    (tmp_path / "file").write_text("x")
    for export in (export_html, export_json):
        with pytest.raises(KnownError) as refused:
            export(store, conversation, tmp_path / "file" / "chat.out")
        assert refused.value.kind is Kind.BAD_INPUT and "is a file, not a folder" in refused.value.message
    assert (tmp_path / "file").read_text() == "x" and not list(tmp_path.glob("**/*.partial"))
