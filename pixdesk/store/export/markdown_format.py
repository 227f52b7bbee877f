"""Markdown: a `.md` file plus an `images/` folder beside it (relative links), for reading and
notes. A Markdown viewer runs and fetches nothing from it: raw HTML shows as text, web images as
links."""

from __future__ import annotations

import re
from pathlib import Path

from pixdesk.errors import bad_input
from pixdesk.files import safe_filename, write_file, writing
from pixdesk.store.export.common import audit_line, exported_line, load_conversation, who
from pixdesk.store.history import HistoryStore
from pixdesk.words import translate

_EXTENSIONS = {"png": "png", "jpeg": "jpg", "gif": "gif", "webp": "webp"}


def export_markdown(store: HistoryStore, conversation_id: int, out_dir: Path) -> Path:
    """Write `<out_dir>/<title>.md` and its images to `<out_dir>/images/`. Returns the .md path."""
    summary, messages = load_conversation(store, conversation_id)
    out_dir = Path(out_dir)
    images = out_dir / "images"
    lines = [f"# {_inert_line(summary.title)}", "", f"_{_inert_line(exported_line(summary, messages))}_", ""]
    if out_dir.exists() and not out_dir.is_dir():
        raise bad_input(
            translate("markdown_format", "Cannot write to {path}: it is a file, not a folder.").format(
                path=str(out_dir)
            )
        )
    with writing(out_dir):
        images.mkdir(parents=True, exist_ok=True)
        for message in messages:
            lines += [f"## {who(message)}", ""]
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
    body = [_dedent(line, indent) for line in lines[start + 1 : end]]
    longest = max((len(line.lstrip(" \t")) - len(line.lstrip(" \t").lstrip(char)) for line in body), default=0)
    fence = char * max(length, longest + 1)
    label = re.match(r"[\w.+#-]*", info.strip())  # always matches: the pattern accepts the empty string
    language = (label[0] if label else "") or "text"
    return "\n".join((fence + language, *body, fence)), end + 1


def _dedent(line: str, indent: int) -> str:
    """As CommonMark reads a fenced block's line: up to the opening fence's indent of spaces removed."""
    return line[min(indent, len(line) - len(line.lstrip(" "))) :]
