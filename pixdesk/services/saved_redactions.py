"""Redactions saved for a file, found by the SHA-256 of its bytes.

A redaction made in a review belongs to the document, not to the conversation it was made in:
the chat's tray, `pixdesk ask` and `pixdesk batch` look the file up here before its pages are
prepared, and burn what they find in at full resolution, before anything is scaled. Nothing that
was ever redacted leaves unredacted by accident; only `--no-saved-redactions` says otherwise.

No Qt, never prints: the sentences to say are returned. Hashing reads the whole file: blocking,
for worker threads (a file's digest is remembered while its size and modification time stay)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pixdesk.domain import Box
from pixdesk.errors import Action, Kind, KnownError
from pixdesk.files import open_regular
from pixdesk.store.history import HistoryStore, default_directory
from pixdesk.store.review import SavedRedaction as SavedRedaction  # for the CLI's listing
from pixdesk.words import translate

_READ_CHUNK = 1 << 20
_digests: dict[tuple[str, int, int, int, int], str] = {}  # (path, device, inode, size, mtime) → SHA-256
_digests_lock = threading.Lock()


def sha256_of_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_of_file(path: str | Path) -> str:
    """The SHA-256 of a file's bytes — the identity its redactions are saved under (blocking)."""
    with open_regular(path) as handle:
        status = os.fstat(handle.fileno())
        key = (os.path.abspath(path), status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)
        with _digests_lock:
            known = _digests.get(key)
        if known is not None:
            return known
        digest = hashlib.sha256()
        for chunk in iter(lambda: handle.read(_READ_CHUNK), b""):
            digest.update(chunk)
    with _digests_lock:
        if len(_digests) > 4096:  # a long-running window: forget, never grow without bound
            _digests.clear()
        _digests[key] = digest.hexdigest()
    return digest.hexdigest()


@dataclass(frozen=True)
class FileRedactions:
    """The redactions saved for one file: page (0-based) → boxes in that page's full-resolution pixels."""

    name: str
    sha256: str
    pages: Mapping[int, tuple[Box, ...]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return sum(len(boxes) for boxes in self.pages.values())

    def on(self, page: int) -> tuple[Box, ...]:
        return tuple(self.pages.get(page, ()))

    def on_pages(self, pages: Iterable[int]) -> int:
        return sum(len(self.on(page)) for page in set(pages))

    def missing_pages(self, page_count: int) -> list[int]:
        """Pages with a saved redaction that the file does not have (0-based)."""
        return sorted(page for page in self.pages if page >= page_count)


def file_redactions(store: HistoryStore, name: str, sha256: str) -> FileRedactions:
    """What the store keeps for the file with this SHA-256 (blocking: on the history's thread)."""
    saved = store.saved_redactions(sha256)
    return FileRedactions(name, sha256, {page: tuple(boxes) for page, boxes in saved.items()})


def usable_on_page(boxes: Sequence[Box], size: tuple[int, int]) -> tuple[list[Box], list[Box]]:
    """(boxes to burn in, boxes that start off this page). A saved box that starts off the page
    hides nothing there; it is left out with a note rather than refusing the whole page."""
    width, height = size
    usable: list[Box] = []
    off: list[Box] = []
    for box in boxes:
        x, y, w, h = box
        (usable if 0 <= x < width and 0 <= y < height and w > 0 and h > 0 else off).append(box)
    return usable, off


# --- what is said -------------------------------------------------------------------------------


def _redactions(count: int) -> str:
    return f"{count} saved redaction{'s' if count != 1 else ''}"


def applied_sentence(count: int, name: str) -> str:
    """ "2 saved redactions applied to contract.pdf" """
    return translate("saved_redactions", "%n saved redaction(s) applied to {name}", None, count).format(name=name)


def applied_words(count: int) -> str:
    """For a chip, where the file's name is already shown: "2 saved redactions applied"."""
    return translate("saved_redactions", "%n saved redaction(s) applied", None, count)


def not_applied_sentence(count: int, name: str) -> str:
    return (
        f"{_redactions(count)} NOT applied to {name} (--no-saved-redactions): "
        "the areas redacted in a review are sent as they are"
    )


def ignored_sentence(name: str, pages: Sequence[int], page_count: int) -> str:
    listed = ", ".join(str(page + 1) for page in pages)
    has = translate("saved_redactions", "the file has %n page(s)", None, page_count)
    if len(pages) > 1:  # (page numbers, not a count: two sentences rather than a plural)
        said = translate("saved_redactions", "a saved redaction of {name} on pages {pages} is ignored: {has}")
    else:
        said = translate("saved_redactions", "a saved redaction of {name} on page {pages} is ignored: {has}")
    return said.format(name=name, pages=listed, has=has)


def off_page_sentence(name: str, page: int, count: int) -> str:
    return translate(
        "saved_redactions", "%n saved redaction(s) of {name} start off page {page} and were ignored", None, count
    ).format(name=name, page=page + 1)


# --- the terminal's look-up ------------------------------------------------------------------------


def history_unreadable(error: Exception) -> KnownError:
    return KnownError(
        Kind.BAD_INPUT,
        translate(
            "saved_redactions",
            "pixdesk could not read the redactions saved in its history, so it cannot tell what must be blacked out.",
        ),
        Action.FIX_INPUT,
        translate(
            "saved_redactions",
            "Try again; or, if you are sure nothing in these files was redacted, add --no-saved-redactions.",
        ),
        detail=str(error),
    )


def lookup_files(paths: Sequence[str | Path], directory: Path | None = None) -> dict[str, FileRedactions]:
    """path (as given) → its saved redactions, for the files that have some (blocking).

    No history yet means nothing saved (the history is not created for this). A history that
    exists but cannot be read is a KnownError: sending anyway could leak what was redacted. A
    file that cannot be read is left out here: preparing it says why."""
    directory = directory or default_directory()
    if not (directory / "history.sqlite3").exists():
        return {}
    digests: dict[str, str] = {}
    for path in paths:
        try:
            digests[str(path)] = sha256_of_file(path)
        except (OSError, KnownError):
            continue
    try:
        store = HistoryStore(directory)
    except (OSError, ValueError, sqlite3.Error) as error:  # locked, damaged, from a newer pixdesk: never guess
        raise history_unreadable(error) from error
    try:
        found = {path: file_redactions(store, Path(path).name, sha) for path, sha in digests.items()}
    finally:
        store.close()
    return {path: saved for path, saved in found.items() if saved.count}
