"""Text that is not ours, made harmless to show in a terminal or a log file.

File names, conversation titles and model answers are not ours: a name may hold ESC sequences
that retitle or clear the terminal, C1 controls that some terminals obey as well, or bidi
overrides (U+202E) that show "exe.txt" as "txt.exe". The CLI (pixdesk.cli.terminal) and the log
(pixdesk.logs) both escape such text with `printable` before it is written; it lives down here,
below both, because the log is not part of the CLI.
"""

from __future__ import annotations

import re

# C0 controls, DEL and C1 controls; the bidi embedding/override/isolate/mark characters; the
# Unicode line and paragraph separators (a line break that is not a "\n").
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(char: str) -> str:
    """The character as Python would write it in a string literal: \\x1b, \\u202e, \\n."""
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def printable(text: str, keep: str = "") -> str:
    """`text` with every control or bidi character shown as an escape (\\x1b, \\u202e), except
    the characters in `keep` (e.g. "\\n" for several lines). For names, titles and messages."""
    return UNSAFE.sub(lambda match: match[0] if match[0] in keep else _escape(match[0]), text)
