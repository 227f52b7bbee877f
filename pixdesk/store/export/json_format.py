"""JSON: everything the store holds about the conversation, images included (base64), versioned;
`import_json` reads it back as a NEW conversation, after checking every field and every image's
SHA-256 (and that the database can hold every number and text in it). A file that fails any
check is refused whole, in plain words (KnownError BAD_INPUT), and leaves nothing on disk.

Format versions (a file of a later version than this pixdesk's is refused, in plain words):
1. the conversation, its messages with their audit fields and images.
2. adds, only when there are some: a question's `shown_text` (for a question pixdesk wrote on the
   person's behalf, the short words the window shows instead of `text`, which is what was sent),
   and the conversation's `document_questions` (its whole-document questions, so each counts once).
   A version 1 file imports as before."""

from __future__ import annotations

import base64
import binascii
import datetime
import hashlib
import json
from pathlib import Path
from typing import Any

from pixdesk import __version__
from pixdesk.domain import Attachment
from pixdesk.errors import Kind, KnownError, bad_input
from pixdesk.files import read_regular, write_file, writing
from pixdesk.store.document_questions import ImportedDocumentQuestion
from pixdesk.store.export.common import MEDIA_TYPES, load_conversation, now
from pixdesk.store.history import AUDIT_FIELDS, STATUSES, HistoryStore, ImportedMessage, StoredMessage
from pixdesk.words import translate

FORMAT, VERSION = "pixdesk-conversation", 2
# Peak memory while importing is up to ~7× the file (measured: a 50 MB answer in one language
# beyond Latin-1, held at 2 bytes a character, imports at +304 MiB), so the bound is kept modest.
MAX_IMPORT_BYTES = 256 * 2**20

_INTEGER_AUDIT = ("input_tokens", "output_tokens", "latency_ms")


def export_json(store: HistoryStore, conversation_id: int, out_path: Path) -> Path:
    """Write everything about the conversation, images included, in a form import_json reads back."""
    summary, messages = load_conversation(store, conversation_id)
    document_questions = [
        {"groups": record.groups, "created_at": record.created_at, "finished_at": record.finished_at}
        for record in store.document_questions(conversation_id)
    ]
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now(),
        "exported_by": f"pixdesk {__version__}",
        "conversation": {
            "id": summary.id,
            "title": summary.title,
            "created_at": summary.created_at,
            "updated_at": summary.updated_at,
        },
        "messages": [_exported_message(store, message) for message in messages],
    }
    if document_questions:
        document["document_questions"] = document_questions
    out_path = Path(out_path)
    with writing(out_path):
        write_file(out_path, json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"))
    return out_path


def _exported_message(store: HistoryStore, message: StoredMessage) -> dict[str, Any]:
    exported: dict[str, Any] = {
        "id": message.id,
        "role": message.role,
        "text": message.text,
        "status": message.status,
        "created_at": message.created_at,
        "finished_at": message.finished_at,
        "audit": message.audit,
        "attachments": [
            {
                "sha256": a.sha256,
                "format": a.format,
                "width": a.width,
                "height": a.height,
                "size_bytes": a.size_bytes,
                "source_name": a.source_name,
                "data": base64.b64encode(store.attachment_bytes(a.sha256)).decode("ascii"),
            }
            for a in message.attachments
        ],
    }
    if message.shown_text is not None:  # only when set: the person's own words have none
        exported["shown_text"] = message.shown_text
    return exported


def import_json(store: HistoryStore, path: Path) -> int:
    """Read an export_json file into the store as a new conversation; returns its id. Every field
    and every image is checked first: a wrong or damaged file changes nothing (KnownError BAD_INPUT)."""
    title, created_at, updated_at, messages, document_questions = _ImportReader(Path(path)).read()
    return store.import_conversation(title, created_at, updated_at, messages, document_questions)


class _ImportReader:
    def __init__(self, path: Path) -> None:
        self.path = path

    def refuse(self, reason: str) -> KnownError:
        """`reason`: one of the translatable reasons below (a damaged file's details stay English:
        they are for whoever repairs the file)."""
        return bad_input(
            translate("json_format", "Cannot import {name}: {reason}.").format(name=self.path.name, reason=reason)
        )

    def damaged(self, where: str, what: str) -> KnownError:
        return self.refuse(
            translate("json_format", "the file is damaged ({where}: {what})").format(where=where, what=what)
        )

    def read(self) -> tuple[str, str, str, list[ImportedMessage], list[ImportedDocumentQuestion]]:
        try:
            raw = read_regular(self.path, MAX_IMPORT_BYTES)  # never a pipe or a device; bounded
        except KnownError as error:
            raise self.refuse(
                translate("json_format", "it is not a file")
                if error.kind is not Kind.TOO_LARGE
                else translate("json_format", "it is larger than pixdesk imports ({megabytes} MB)").format(
                    megabytes=MAX_IMPORT_BYTES // 2**20
                )
            ) from None
        except FileNotFoundError:
            raise self.refuse(translate("json_format", "there is no such file")) from None
        except IsADirectoryError:
            raise self.refuse(translate("json_format", "it is a folder, not a file")) from None
        except OSError as error:
            raise self.refuse(
                translate("json_format", "it could not be read ({why})").format(
                    why=error.strerror or type(error).__name__
                )
            ) from None
        try:
            text = raw.decode("utf-8-sig")
            del raw  # the bytes, the text and the parsed document need not all be held at once
            document = json.loads(text)
            del text
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise self.refuse(translate("json_format", "it is not a JSON file")) from None
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise self.refuse(translate("json_format", "it is not a pixdesk conversation export"))
        self.storable(document)
        version = document.get("version")
        if type(version) is not int or version < 1:
            raise self.damaged("version", "missing or not a number")
        if version > VERSION:
            raise self.refuse(
                translate(
                    "json_format",
                    "it was made by a newer pixdesk (format version {version}); update pixdesk to import it",
                ).format(version=version)
            )
        conversation = self.object(document, "conversation", "the file")
        title = self.string(conversation, "title", "conversation")
        created_at = self.time(conversation, "created_at", "conversation")
        updated_at = self.time(conversation, "updated_at", "conversation")
        messages = document.get("messages")
        if not isinstance(messages, list):
            raise self.damaged("the file", "no list of messages")
        questions = document.get("document_questions", [])
        if not isinstance(questions, list):
            raise self.damaged("the file", "document_questions is not a list")
        return (
            title,
            created_at,
            updated_at,
            [self.message(m, n) for n, m in enumerate(messages, 1)],
            [self.document_question(q, n) for n, q in enumerate(questions, 1)],
        )

    def document_question(self, question: object, number: int) -> ImportedDocumentQuestion:
        where = f"whole-document question {number}"
        if not isinstance(question, dict):
            raise self.damaged(where, "not an object")
        finished_at = self.time(question, "finished_at", where) if question.get("finished_at") is not None else None
        return ImportedDocumentQuestion(
            self.positive(question, "groups", where), self.time(question, "created_at", where), finished_at
        )

    def storable(self, document: dict[str, Any]) -> None:
        """Every number in the file fits the database's whole numbers (64-bit), and every text is
        Unicode the database can hold (JSON's "\\ud800" escape spells a lone surrogate, which has
        no UTF-8 form). Checked over the whole file at once, so no field can be missed; without
        it such a file would fail half-way through the import, with a traceback."""
        pending: list[tuple[object, tuple[str | int, ...]]] = [(document, ())]
        while pending:  # a loop, not recursion: however deep the file nests, the stack does not
            value, path = pending.pop()
            if isinstance(value, dict):
                for name, item in value.items():
                    if not _is_unicode(name):
                        raise self.damaged(_place(path), "a field name is not valid Unicode text")
                    pending.append((item, (*path, name)))
            elif isinstance(value, list):
                pending.extend((item, (*path, number)) for number, item in enumerate(value))
            elif isinstance(value, str) and not _is_unicode(value):
                raise self.damaged(_place(path), "not valid Unicode text (it holds a lone surrogate)")
            elif type(value) is int and not _SQLITE_INTEGER_MIN <= value <= _SQLITE_INTEGER_MAX:
                raise self.damaged(_place(path), "a number too large to store")

    def message(self, message: object, number: int) -> ImportedMessage:
        where = f"message {number}"
        if not isinstance(message, dict):
            raise self.damaged(where, "not an object")
        role = self.string(message, "role", where)
        if role not in ("user", "assistant"):
            raise self.damaged(where, f"unknown role {role!r}")
        status = self.string(message, "status", where)
        if status not in STATUSES:
            raise self.damaged(where, f"unknown status {status!r}")
        finished_at = self.time(message, "finished_at", where) if message.get("finished_at") is not None else None
        audit = self.object(message, "audit", where) if "audit" in message else {}
        for name, value in audit.items():
            if name not in AUDIT_FIELDS:
                raise self.damaged(where, f"unknown audit field {name!r}")
            expected = int if name in _INTEGER_AUDIT else str
            if value is not None and (type(value) is not expected):
                raise self.damaged(where, f"audit field {name!r} is not a {'number' if expected is int else 'text'}")
        attachments = message.get("attachments", [])
        if not isinstance(attachments, list):
            raise self.damaged(where, "attachments are not a list")
        shown_text = self.string(message, "shown_text", where) if message.get("shown_text") is not None else None
        if shown_text is not None and role != "user":
            raise self.damaged(where, "an answer has no shown_text")
        return ImportedMessage(
            role=role,
            text=self.string(message, "text", where),
            status=status,
            created_at=self.time(message, "created_at", where),
            finished_at=finished_at,
            audit=dict(audit),
            attachments=tuple(self.attachment(a, f"{where}, image {n}") for n, a in enumerate(attachments, 1)),
            shown_text=shown_text,
        )

    def attachment(self, attachment: object, where: str) -> Attachment:
        if not isinstance(attachment, dict):
            raise self.damaged(where, "not an object")
        image_format = self.string(attachment, "format", where)
        if image_format not in MEDIA_TYPES:
            raise self.damaged(where, f"unknown image format {image_format!r}")
        width, height = self.positive(attachment, "width", where), self.positive(attachment, "height", where)
        try:
            data = base64.b64decode(self.string(attachment, "data", where), validate=True)
        except (binascii.Error, ValueError):
            raise self.damaged(where, "the image data is not base64") from None
        if hashlib.sha256(data).hexdigest() != self.string(attachment, "sha256", where).lower():
            raise self.damaged(where, "the image does not match its SHA-256 checksum")
        if "size_bytes" in attachment and attachment["size_bytes"] != len(data):
            raise self.damaged(where, "the image's size does not match its data")
        if not _looks_like(image_format, data):
            raise self.damaged(where, f"the data is not a {image_format.upper()} image")
        source_name = attachment.get("source_name", "")
        if not isinstance(source_name, str):
            raise self.damaged(where, "source_name is not text")
        return Attachment(data, image_format, width, height, source_name)

    def object(self, parent: dict[str, Any], name: str, where: str) -> dict[str, Any]:
        value = parent.get(name)
        if not isinstance(value, dict):
            raise self.damaged(where, f"{name} is missing or not an object")
        return value

    def string(self, parent: dict[str, Any], name: str, where: str) -> str:
        value = parent.get(name)
        if not isinstance(value, str):
            raise self.damaged(where, f"{name} is missing or not text")
        return value

    def positive(self, parent: dict[str, Any], name: str, where: str) -> int:
        value = parent.get(name)
        if type(value) is not int or value < 1:
            raise self.damaged(where, f"{name} is missing or not a positive whole number")
        return value

    def time(self, parent: dict[str, Any], name: str, where: str) -> str:
        value = self.string(parent, name, where)
        try:
            datetime.datetime.fromisoformat(value)
        except ValueError:
            raise self.damaged(where, f"{name} is not a date and time") from None
        return value


_SQLITE_INTEGER_MIN, _SQLITE_INTEGER_MAX = -(2**63), 2**63 - 1
_LIST_ITEM = {"messages": "message", "attachments": "image", "document_questions": "whole-document question"}


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _place(path: tuple[str | int, ...]) -> str:
    """Where in an export a value is, for people: ("messages", 0, "audit", "input_tokens") →
    "message 1, audit, input_tokens". A name that is not a plain word is shown quoted (repr)."""
    words: list[str] = []
    for step in path:
        if isinstance(step, int):
            parent = words.pop() if words else "item"
            words.append(f"{_LIST_ITEM.get(parent, parent)} {step + 1}")
        else:
            words.append(step if step.isidentifier() else repr(step[:40]))
    return ", ".join(words) or "the file"


def _looks_like(image_format: str, data: bytes) -> bool:
    """The bytes start the way their format says: nothing else is ever handed on as an image."""
    if image_format == "png":
        return data.startswith(b"\x89PNG\r\n\x1a\n")
    if image_format == "jpeg":
        return data.startswith(b"\xff\xd8\xff")
    if image_format == "gif":
        return data.startswith((b"GIF87a", b"GIF89a"))
    return image_format == "webp" and data[:4] == b"RIFF" and data[8:12] == b"WEBP"
