"""Text bound for a terminal, made harmless to print.

File names, conversation titles and model answers are not ours: a name may hold ESC sequences
that retitle or clear the terminal, C1 controls that some terminals obey as well, or bidi
overrides (U+202E) that show "exe.txt" as "txt.exe". Everything the CLI prints that came from a
file, the history or the model goes through one of these functions first.
"""

from __future__ import annotations

import json
import re
from typing import Any

# C0 controls, DEL and C1 controls; the bidi embedding/override/isolate/mark characters; the
# Unicode line and paragraph separators (a line break that is not a "\n").
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(char: str) -> str:
    """The character as Python would write it in a string literal: \\x1b, \\u202e, \\n."""
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def printable(text: str, keep: str = "") -> str:
    """`text` with every control or bidi character shown as an escape (\\x1b, \\u202e), except
    the characters in `keep` (e.g. "\\n" for several lines). For names, titles and messages."""
    return _UNSAFE.sub(lambda match: match[0] if match[0] in keep else _escape(match[0]), text)


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
    return _UNSAFE.sub(lambda match: match[0] if match[0] == "\n" else f"\\u{ord(match[0]):04x}", text)
