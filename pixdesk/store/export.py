"""Conversations out of the history store and back in.

- Markdown: a `.md` file plus an `images/` folder beside it (relative links), for reading and notes.
  A Markdown viewer runs and fetches nothing from it: raw HTML shows as text, web images as links.
- HTML: one self-contained file: images inline as data: URIs, every piece of text escaped, inline
  CSS only, no script, nothing fetched from anywhere (a Content-Security-Policy says so too).
- JSON: everything the store holds about the conversation, images included (base64), versioned;
  `import_json` reads it back as a NEW conversation, after checking every field and every image's
  SHA-256 (and that the database can hold every number and text in it). A file that fails any
  check is refused whole, in plain words (KnownError BAD_INPUT), and leaves nothing on disk.

The store holds no credentials, so no export can contain any: only what was asked, what was
answered, and the audit fields.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime
import hashlib
import html
import json
import os
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from pixdesk import __version__
from pixdesk.domain import Attachment
from pixdesk.errors import Kind, KnownError, bad_input
from pixdesk.files import read_regular
from pixdesk.store.history import AUDIT_FIELDS, STATUSES, ConversationSummary, HistoryStore, ImportedMessage, StoredMessage

FORMAT, VERSION = "pixdesk-conversation", 1
CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
ASSISTANT_NAME = "Pixtral Large"
# Peak memory while importing is up to ~7× the file (measured: a 50 MB answer in one language
# beyond Latin-1, held at 2 bytes a character, imports at +304 MiB), so the bound is kept modest.
MAX_IMPORT_BYTES = 256 * 2**20

_EXTENSIONS = {"png": "png", "jpeg": "jpg", "gif": "gif", "webp": "webp"}
_MEDIA_TYPES = {"png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp"}
_INTEGER_AUDIT = ("input_tokens", "output_tokens", "latency_ms")
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}


# --- Markdown --------------------------------------------------------------------------------------

def export_markdown(store: HistoryStore, conversation_id: int, out_dir: Path) -> Path:
    """Write `<out_dir>/<title>.md` and its images to `<out_dir>/images/`. Returns the .md path."""
    summary, messages = _conversation(store, conversation_id)
    out_dir = Path(out_dir)
    images = out_dir / "images"
    lines = [f"# {_inert_line(summary.title)}", "", f"_{_inert_line(_exported_line(summary, messages))}_", ""]
    if out_dir.exists() and not out_dir.is_dir():
        raise bad_input(f"Cannot write to {out_dir}: it is a file, not a folder.")
    with writing(out_dir):
        images.mkdir(parents=True, exist_ok=True)
        for message in messages:
            lines += [f"## {_who(message)}", ""]
            if message.role == "assistant":
                lines += [f"> {_inert_line(audit_line(message))}", ""]
            for attachment in message.attachments:  # the only images embedded: our own copies
                name = f"{attachment.sha256[:12]}.{_EXTENSIONS.get(attachment.format, 'bin')}"
                write_file(images / name, store.attachment_bytes(attachment.sha256))
                lines.append(f"![{_markdown_alt(attachment.source_name or name)}](images/{name})")
            if message.attachments:
                lines.append("")
            lines += [inert_markdown(message.text), ""]  # Markdown still, but nothing a viewer runs or fetches
        path = out_dir / f"{safe_filename(summary.title, conversation_id)}.md"
        write_file(path, "\n".join(lines).encode("utf-8"))
    return path


def _markdown_alt(text: str) -> str:
    return re.sub(r"[\[\]\\\r\n`<>]", " ", text).strip()


# Text from people and from the model goes into the Markdown file as Markdown (headings, lists,
# tables and code stay), but a Markdown viewer must neither run nor fetch anything from it: raw
# HTML (<script>, <img onerror=…>, <iframe>) is shown as text, and an image embed ![…](http://…),
# which a viewer would load from the web as the file is opened, becomes a link to it.
#
# Outside code blocks, every `<` that could open a tag, comment or autolink, and every `!` before
# a `[`, gets a backslash (CommonMark's own escape: it shows the character as written). A
# backslash pair already there is kept whole, so `\<` cannot turn into `\\` + a live `<`.
# Fenced code blocks are left as written (code shows as code, `<` and all), but written out again
# in a form every CommonMark reader takes for a fence at the top level: column 0, a fence longer
# than any run in its lines (nothing inside can close it), an info string (so the opening line can
# never close a fence the reader sees and this code did not), and always closed. Where this code
# and a reader disagree about what is code, the reader only ever sees extra backslashes.
# (Indented code blocks and `inline code` are treated as text: a `<` in them shows a backslash.)

_FENCE_OPENING = re.compile(r"( {0,3})(`{3,}|~{3,})(.*)")
_PROSE_HAZARD = re.compile(r"\\[!-/:-@\[-`{-~]|<(?=[A-Za-z/!?])|!(?=\[)")


def inert_markdown(text: str) -> str:
    """A message's Markdown, safe to open in a Markdown viewer (see above)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")  # every line ending CommonMark knows
    parts: list[str] = []
    prose: list[str] = []
    index = 0
    while index < len(lines):
        opening = _fence_opening(lines[index])
        if opening is None:
            prose.append(lines[index])
            index += 1
            continue
        if prose:
            parts.append(_inert_prose("\n".join(prose)))
            prose = []
        block, index = _code_block(lines, index, *opening)
        parts.append(block)
    if prose:
        parts.append(_inert_prose("\n".join(prose)))
    return "\n".join(parts)


def _inert_line(text: str) -> str:
    """A title or audit line: one line of prose, whatever it held."""
    return _inert_prose(" ".join(text.split()))


def _inert_prose(text: str) -> str:
    return _PROSE_HAZARD.sub(lambda hazard: hazard[0] if hazard[0].startswith("\\") else "\\" + hazard[0], text)


def _fence_opening(line: str) -> tuple[int, str, int, str] | None:
    """(indent, fence character, fence length, info string) if the line opens a fenced code block."""
    match = _FENCE_OPENING.fullmatch(line)
    if match is None:
        return None
    indent, fence, info = match.groups()
    if fence[0] == "`" and "`" in info:  # CommonMark: not a fence, a line of text
        return None
    return len(indent), fence[0], len(fence), info


def _code_block(lines: list[str], start: int, indent: int, char: str, length: int, info: str) -> tuple[str, int]:
    """The fenced block opening at lines[start], written out again at the top level (see above).
    Returns it and the index of the line after it."""
    closing = re.compile(rf" {{0,3}}{re.escape(char)}{{{length},}}[ \t]*")
    end = next((n for n in range(start + 1, len(lines)) if closing.fullmatch(lines[n])), len(lines))
    body = [_dedent(line, indent) for line in lines[start + 1:end]]
    longest = max((len(line.lstrip(" \t")) - len(line.lstrip(" \t").lstrip(char)) for line in body), default=0)
    fence = char * max(length, longest + 1)
    language = re.match(r"[\w.+#-]*", info.strip())[0] or "text"
    return "\n".join((fence + language, *body, fence)), end + 1


def _dedent(line: str, indent: int) -> str:
    """As CommonMark reads a fenced block's line: up to the opening fence's indent of spaces removed."""
    return line[min(indent, len(line) - len(line.lstrip(" "))):]


# --- HTML ------------------------------------------------------------------------------------------

_CSS = """
body { font: 15px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem;
       color: #1d1d1f; background: #fff; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; }
h2 { font-size: 1rem; margin: 0 0 .5rem; }
.meta, .audit { color: #6e6e73; font-size: .8rem; margin: 0 0 .75rem; }
.turn { border-top: 1px solid #d2d2d7; padding: 1rem 0; }
.user h2 { color: #0b57d0; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: inherit; margin: 0; }
figure { margin: 0 0 .75rem; }
img { max-width: 100%; height: auto; border: 1px solid #d2d2d7; }
figcaption { color: #6e6e73; font-size: .8rem; }
@media (prefers-color-scheme: dark) {
  body { color: #f5f5f7; background: #1d1d1f; }
  .turn, img { border-color: #424245; }
  .user h2 { color: #8ab4f8; }
}
"""


def export_html(store: HistoryStore, conversation_id: int, out_path: Path) -> Path:
    """Write the conversation as ONE self-contained HTML file. Returns its path."""
    summary, messages = _conversation(store, conversation_id)
    e = _escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(summary.title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<header><h1>{e(summary.title)}</h1><p class=\"meta\">{e(_exported_line(summary, messages))}</p></header>",
    ]
    for message in messages:
        parts.append(f'<section class="turn {"user" if message.role == "user" else "assistant"}">')
        parts.append(f"<h2>{e(_who(message))}</h2>")
        if message.role == "assistant":
            parts.append(f'<p class="audit">{e(audit_line(message))}</p>')
        for attachment in message.attachments:
            data = base64.b64encode(store.attachment_bytes(attachment.sha256)).decode("ascii")
            media_type = _MEDIA_TYPES.get(attachment.format, "application/octet-stream")
            caption = (f"{attachment.source_name or attachment.sha256[:12]} · {attachment.format.upper()} "
                       f"{attachment.width}×{attachment.height}")
            parts.append(f'<figure><img src="data:{media_type};base64,{data}" width="{int(attachment.width)}" '
                         f'height="{int(attachment.height)}" alt="{e(attachment.source_name)}">'
                         f"<figcaption>{e(caption)}</figcaption></figure>")
        parts.append(f'<div class="text">{e(message.text)}</div>')
        parts.append("</section>")
    parts += ["</body>", "</html>", ""]
    out_path = Path(out_path)
    with writing(out_path):
        write_file(out_path, "\n".join(parts).encode("utf-8"))
    return out_path


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


# --- JSON ------------------------------------------------------------------------------------------

def export_json(store: HistoryStore, conversation_id: int, out_path: Path) -> Path:
    """Write everything about the conversation, images included, in a form import_json reads back."""
    summary, messages = _conversation(store, conversation_id)
    document = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": _now(),
        "exported_by": f"pixdesk {__version__}",
        "conversation": {"id": summary.id, "title": summary.title, "created_at": summary.created_at,
                         "updated_at": summary.updated_at},
        "messages": [{
            "id": message.id, "role": message.role, "text": message.text, "status": message.status,
            "created_at": message.created_at, "finished_at": message.finished_at, "audit": message.audit,
            "attachments": [{
                "sha256": a.sha256, "format": a.format, "width": a.width, "height": a.height,
                "size_bytes": a.size_bytes, "source_name": a.source_name,
                "data": base64.b64encode(store.attachment_bytes(a.sha256)).decode("ascii"),
            } for a in message.attachments],
        } for message in messages],
    }
    out_path = Path(out_path)
    with writing(out_path):
        write_file(out_path, json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"))
    return out_path


def import_json(store: HistoryStore, path: Path) -> int:
    """Read an export_json file into the store as a new conversation; returns its id. Every field
    and every image is checked first: a wrong or damaged file changes nothing (KnownError BAD_INPUT)."""
    title, created_at, updated_at, messages = _ImportReader(Path(path)).read()
    return store.import_conversation(title, created_at, updated_at, messages)


class _ImportReader:
    def __init__(self, path: Path) -> None:
        self.path = path

    def refuse(self, reason: str) -> KnownError:
        return bad_input(f"Cannot import {self.path.name}: {reason}.")

    def damaged(self, where: str, what: str) -> KnownError:
        return self.refuse(f"the file is damaged ({where}: {what})")

    def read(self) -> tuple[str, str, str, list[ImportedMessage]]:
        try:
            raw = read_regular(self.path, MAX_IMPORT_BYTES)  # never a pipe or a device; bounded
        except KnownError as error:
            raise self.refuse("it is not a file" if error.kind is not Kind.TOO_LARGE else
                              f"it is larger than pixdesk imports ({MAX_IMPORT_BYTES // 2**20} MB)") from None
        except FileNotFoundError:
            raise self.refuse("there is no such file") from None
        except IsADirectoryError:
            raise self.refuse("it is a folder, not a file") from None
        except OSError as error:
            raise self.refuse(f"it could not be read ({error.strerror or type(error).__name__})") from None
        try:
            text = raw.decode("utf-8-sig")
            del raw  # the bytes, the text and the parsed document need not all be held at once
            document = json.loads(text)
            del text
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise self.refuse("it is not a JSON file") from None
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise self.refuse("it is not a pixdesk conversation export")
        self.storable(document)
        version = document.get("version")
        if type(version) is not int or version < 1:
            raise self.damaged("version", "missing or not a number")
        if version > VERSION:
            raise self.refuse(f"it was made by a newer pixdesk (format version {version}); update pixdesk to "
                              "import it")
        conversation = self.object(document, "conversation", "the file")
        title = self.string(conversation, "title", "conversation")
        created_at = self.time(conversation, "created_at", "conversation")
        updated_at = self.time(conversation, "updated_at", "conversation")
        messages = document.get("messages")
        if not isinstance(messages, list):
            raise self.damaged("the file", "no list of messages")
        return title, created_at, updated_at, [self.message(m, n) for n, m in enumerate(messages, 1)]

    def storable(self, document: dict) -> None:
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
        return ImportedMessage(
            role=role, text=self.string(message, "text", where), status=status,
            created_at=self.time(message, "created_at", where), finished_at=finished_at, audit=dict(audit),
            attachments=tuple(self.attachment(a, f"{where}, image {n}") for n, a in enumerate(attachments, 1)))

    def attachment(self, attachment: object, where: str) -> Attachment:
        if not isinstance(attachment, dict):
            raise self.damaged(where, "not an object")
        image_format = self.string(attachment, "format", where)
        if image_format not in _MEDIA_TYPES:
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

    def object(self, parent: dict, name: str, where: str) -> dict:
        value = parent.get(name)
        if not isinstance(value, dict):
            raise self.damaged(where, f"{name} is missing or not an object")
        return value

    def string(self, parent: dict, name: str, where: str) -> str:
        value = parent.get(name)
        if not isinstance(value, str):
            raise self.damaged(where, f"{name} is missing or not text")
        return value

    def positive(self, parent: dict, name: str, where: str) -> int:
        value = parent.get(name)
        if type(value) is not int or value < 1:
            raise self.damaged(where, f"{name} is missing or not a positive whole number")
        return value

    def time(self, parent: dict, name: str, where: str) -> str:
        value = self.string(parent, name, where)
        try:
            datetime.datetime.fromisoformat(value)
        except ValueError:
            raise self.damaged(where, f"{name} is not a date and time") from None
        return value


_SQLITE_INTEGER_MIN, _SQLITE_INTEGER_MAX = -2 ** 63, 2 ** 63 - 1
_LIST_ITEM = {"messages": "message", "attachments": "image"}


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


# --- shared ----------------------------------------------------------------------------------------

def safe_filename(title: str, conversation_id: int) -> str:
    """A file name from a title: letters, digits, spaces and -_.,() only; never a path, never empty,
    never a name Windows reserves."""
    name = "".join(c if c.isalnum() or c in " -_.,()" else "-" for c in unicodedata.normalize("NFC", title))
    name = re.sub(r"-{2,}", "-", " ".join(name.split()))[:80].strip(" .-")
    if not name or name.split(".")[0].upper() in _WINDOWS_RESERVED:
        return f"conversation-{conversation_id}"
    return name


def _conversation(store: HistoryStore, conversation_id: int) -> tuple[ConversationSummary, list[StoredMessage]]:
    summary = store.conversation(conversation_id)
    if summary is None:
        raise bad_input(f"There is no conversation {conversation_id}.")
    return summary, store.messages(conversation_id)


def _who(message: StoredMessage) -> str:
    return "You" if message.role == "user" else ASSISTANT_NAME


def _exported_line(summary: ConversationSummary, messages: list[StoredMessage]) -> str:
    return (f"Started {when(summary.created_at)}, {len(messages)} messages. "
            f"Exported from pixdesk {__version__} on {when(_now())}.")


def audit_line(message: StoredMessage) -> str:
    """One line of what the store knows about how an answer was made, for people."""
    audit = message.audit
    parts = [f"region {audit.get('region', '?')}", f"profile {audit.get('profile_id', '?')}"]
    served = audit.get("tier_served")
    parts.append(f"tier {audit.get('tier_requested', '?')}" + (f" (served {served})" if served else ""))
    if audit.get("request_id"):
        parts.append(f"request {audit['request_id']}")
    parts.append(when(message.finished_at or message.created_at))
    if audit.get("input_tokens") is not None or audit.get("output_tokens") is not None:
        parts.append(f"{audit.get('input_tokens', 0):,} in / {audit.get('output_tokens', 0):,} out tokens")
    if audit.get("latency_ms") is not None:
        parts.append(f"{audit['latency_ms']:,} ms")
    if audit.get("stop_reason"):
        parts.append(f"stop reason {audit['stop_reason']}")
    if message.status != "complete":
        parts.append(f"status {message.status}")
    if audit.get("error_message"):
        parts.append(f"error: {' '.join(str(audit['error_message']).split())}")
    return " · ".join(parts)


def when(timestamp: str) -> str:
    try:
        moment = datetime.datetime.fromisoformat(timestamp)
    except ValueError:
        return timestamp
    if moment.utcoffset() == datetime.timedelta(0):
        return moment.strftime("%Y-%m-%d %H:%M:%S UTC")
    return moment.isoformat(sep=" ", timespec="seconds")


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds")


@contextlib.contextmanager
def writing(path: Path) -> Iterator[None]:
    """A file that cannot be written is the person's to fix: say so in one sentence."""
    try:
        yield
    except (FileExistsError, NotADirectoryError):
        raise bad_input(f"Cannot write {path}: part of that path is a file, not a folder.") from None
    except OSError as error:
        raise bad_input(f"Cannot write {path}: {error.strerror or type(error).__name__}.") from None


def write_file(path: Path, data: bytes) -> None:
    """All of the file or none of it: written beside, then renamed into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".partial")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
