"""Search snippets: a short stretch of a message around the words a search found, cut only between
whole words, with one ellipsis where it is cut and the matched words marked for highlighting.

SQLite's own snippet() counts tokens, not characters, and adds its ellipsis next to whatever the
text already had ("……w145 … [w…"); so the store finds *which* messages match with FTS5 and this
module says *where*, matching words the way FTS5's unicode61 tokenizer does (letters and digits,
case and accents ignored) so that what is highlighted is what was found."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

ELLIPSIS = "…"
SNIPPET_CHARS = 90  # about one line and a half of the sidebar
_WORD = re.compile(r"[^\W_]+")  # unicode61's token: a run of letters and digits
_SPACE = re.compile(r"\s+")
_TRAILING_DOTS = re.compile(r"(?:\s*(?:…|\.{2,}))+$")  # an ellipsis the text had where it is cut
_LEADING_DOTS = re.compile(r"^(?:(?:…|\.{2,})\s*)+")
# Answers are Markdown; a snippet shows their words, not their marks ("…declined`. **Save**…").
# A code fence ("```python") or a table's rule ("|---|:--:|"), whole lines of marks only.
_FENCE_OR_RULE = re.compile(r"^\s*(?:(?:```|~~~)[\w+-]*|[\s:|]*-{3,}[\s:|-]*)\s*$", re.MULTILINE)
_LINE_MARK = re.compile(r"^\s*(?:#{1,6}|>)\s+", re.MULTILINE)  # a heading's #, a quote's >
_INLINE_MARK = re.compile(r"`+|\*+(?=\S)|(?<=\S)\*+")  # code, emphasis (not "2 * 3")


@dataclass(frozen=True)
class Snippet:
    """`parts`: the snippet's text in order, each piece with whether it is a matched word."""

    parts: tuple[tuple[str, bool], ...]

    @property
    def text(self) -> str:
        return "".join(text for text, _matched in self.parts)

    @property
    def matches(self) -> list[str]:
        return [text for text, matched in self.parts if matched]

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The text with each match between `before` and `after` (for a terminal or a test)."""
        return "".join(f"{before}{text}{after}" if matched else text for text, matched in self.parts)

    def __str__(self) -> str:
        return self.marked()


def _fold(word: str) -> str:
    """Case and accents ignored, as unicode61 (remove_diacritics) compares them."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _phrases(query: str | Sequence[str]) -> list[list[str]]:
    """Each query word as FTS5 reads it once quoted: a phrase of one or more tokens."""
    words = query.split() if isinstance(query, str) else list(query)
    phrases = [[_fold(token) for token in _WORD.findall(word)] for word in words]
    return [phrase for phrase in phrases if phrase]


def _match_spans(text: str, phrases: list[list[str]]) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of every phrase in `text`, in order, never overlapping."""
    tokens = [(m.start(), m.end(), _fold(m.group())) for m in _WORD.finditer(text)]
    folded = [token for _start, _end, token in tokens]
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(tokens):
        length = next(
            (len(p) for p in sorted(phrases, key=len, reverse=True) if folded[index : index + len(p)] == p), 0
        )
        if length:
            spans.append((tokens[index][0], tokens[index + length - 1][1]))
            index += length
        else:
            index += 1
    return spans


def make_snippet(text: str, query: str | Sequence[str], width: int = SNIPPET_CHARS) -> Snippet:
    """About `width` characters of `text` (white space folded) around the first match of `query`,
    whole words only. A match is never cut, even when it alone is longer than `width`."""
    text = _SPACE.sub(" ", _plain(text)).strip()
    spans = _match_spans(text, _phrases(query))
    anchor_start, anchor_end = spans[0] if spans else (0, 0)
    # Some words before the first match (a third of the room), then as many after as fit.
    start = _word_start(text, max(0, anchor_start - width // 3), anchor_start)
    end = _word_end(text, max(anchor_end, start + width), anchor_end)
    if end - start < width and start > 0:  # near the end: use the room left before the match
        start = _word_start(text, max(0, end - width), anchor_start)
    parts: list[tuple[str, bool]] = []
    position = start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
        if span_start > position:
            parts.append((text[position:span_start], False))
        parts.append((text[span_start:span_end], True))
        position = span_end
    if end > position:
        parts.append((text[position:end], False))
    return Snippet(_with_ellipses(parts, cut_before=start > 0, cut_after=end < len(text)))


def _plain(markdown: str) -> str:
    """`markdown`'s words without its marks: what the conversation shows of them. (Searching
    matches words, never the marks between them, so nothing found is lost.)"""
    text = _FENCE_OR_RULE.sub(" ", markdown)
    text = _LINE_MARK.sub("", text)
    return _INLINE_MARK.sub("", text).replace("|", " ")  # (a table's cells: words apart)


def _word_start(text: str, at: int, limit: int) -> int:
    """The first word boundary at or after `at` (not after `limit`): never start inside a word."""
    if at == 0 or at >= limit:
        return min(at, limit)
    space = text.find(" ", at - 1)  # `at` right after a space is a word's start already
    return limit if space == -1 or space + 1 > limit else space + 1


def _word_end(text: str, at: int, limit: int) -> int:
    """The last word boundary at or before `at` (not before `limit`): never end inside a word."""
    if at >= len(text):
        return len(text)
    if text[at] == " ":
        return max(at, limit)
    space = text.rfind(" ", 0, at)
    return limit if space < limit else space


def _with_ellipses(parts: list[tuple[str, bool]], cut_before: bool, cut_after: bool) -> tuple[tuple[str, bool], ...]:
    """One ellipsis at each cut: the text's own dots or spaces at the edge give way to it."""
    if not parts:
        return ((ELLIPSIS, False),) if cut_before or cut_after else ()
    first_text, first_matched = parts[0]
    if cut_before and not first_matched:
        parts[0] = (ELLIPSIS + _LEADING_DOTS.sub("", first_text.lstrip()), False)
    elif cut_before:
        parts.insert(0, (ELLIPSIS, False))
    elif not first_matched:
        parts[0] = (_LEADING_DOTS.sub(ELLIPSIS, first_text), False)  # the text's own, as one
    last_text, last_matched = parts[-1]
    if cut_after and not last_matched:
        parts[-1] = (_TRAILING_DOTS.sub("", last_text.rstrip()) + ELLIPSIS, False)
    elif cut_after:
        parts.append((ELLIPSIS, False))
    return tuple((text, matched) for text, matched in parts if text)
