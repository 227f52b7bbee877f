"""What the CLI prints that came from a file, the history or the model goes through one of these
first (see pixdesk.safe_text for why): names and messages through `printable`, answers through
`answer_text`, JSON for scripts through `json_text`."""

from __future__ import annotations

import json
from typing import Any

from pixdesk.safe_text import UNSAFE, printable

__all__ = ["answer_text", "json_text", "printable"]


def answer_text(text: str) -> str:
    """A model's answer (or a question) for the terminal: lines and tabs kept, carriage returns
    dropped (a lone one would let the text overwrite its own line), everything else escaped."""
    return printable(text.replace("\r", ""), keep="\n\t")


def json_text(value: Any, indent: int | None = 2) -> str:
    """JSON for scripts that also prints safely: json.dumps escapes C0 controls but, with
    ensure_ascii=False, not C1 or bidi characters; escaping those as \\uXXXX is still valid JSON
    and decodes to the same strings (json.dumps writes them only inside strings; its own line
    breaks between values are left alone)."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return UNSAFE.sub(lambda match: match[0] if match[0] == "\n" else f"\\u{ord(match[0]):04x}", text)
