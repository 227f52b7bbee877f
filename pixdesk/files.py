"""People's files: read without hanging on them or running out of memory, and written whole or
not at all, under names that are safe on every system.

Reading: a name can point at something that is not a file: a named pipe (opening it waits for a
writer that never comes, and Ctrl+C cannot interrupt that open), a device such as /dev/zero
(endless data), a socket. Everything pixdesk reads from a person's path goes through here: opened
without blocking, refused unless it is a regular file, and read with a size bound.

Writing: exports, reports and batch results are written with `write_file` inside `writing`, so a
crash never leaves half a file and a path that cannot be written is said in one sentence."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from pixdesk.errors import Action, Kind, KnownError, bad_input
from pixdesk.words import Grouped, Said, translate

_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}


def open_regular(path: str | Path) -> BinaryIO:
    """`path` opened for reading, if it is a regular file. Never blocks on a pipe: it is opened
    non-blocking, checked with fstat (on the very file opened, so a swap after a check cannot
    slip through), and only then used. Raises KnownError for pipes, devices and sockets, and the
    usual OSErrors (FileNotFoundError, IsADirectoryError, PermissionError) otherwise."""
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    descriptor = os.open(path, flags)
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(f"{path} is a folder")
        if not stat.S_ISREG(mode):
            raise KnownError(
                Kind.BAD_INPUT,
                _not_a_file(mode).format(name=path.name),
                Action.FIX_INPUT,
                translate("files", "Choose an image or a document saved as a file."),
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_regular(path: str | Path, limit: int) -> bytes:
    """The whole of a regular file, refused (KnownError) beyond `limit` bytes — judged by reading,
    not by the size the file claims, which can change while it is read."""
    with open_regular(path) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise KnownError(
            Kind.TOO_LARGE,
            translate("files", "{name} is larger than pixdesk reads ({size} MB).").format(
                name=Path(path).name, size=Grouped(round(limit / 2**20))
            ),
            Action.FIX_INPUT,
        )
    return data


def is_regular_file(path: str | Path) -> bool:
    """True for a regular file (following links). Never opens anything."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _not_a_file(mode: int) -> Said:
    if stat.S_ISFIFO(mode):
        return translate("files", "{name} is not a file but a pipe, so pixdesk does not read it.")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("files", "{name} is not a file but a device, so pixdesk does not read it.")
    if stat.S_ISSOCK(mode):
        return translate("files", "{name} is not a file but a socket, so pixdesk does not read it.")
    return translate("files", "{name} is not a file but something other than a file, so pixdesk does not read it.")


def safe_filename(title: str, conversation_id: int) -> str:
    """A file name from a title: letters, digits, spaces and -_.,() only; never a path, never empty,
    never a name Windows reserves (those become `conversation-<conversation_id>`)."""
    name = "".join(c if c.isalnum() or c in " -_.,()" else "-" for c in unicodedata.normalize("NFC", title))
    name = re.sub(r"-{2,}", "-", " ".join(name.split()))[:80].strip(" .-")
    if not name or name.split(".")[0].upper() in _WINDOWS_RESERVED:
        return f"conversation-{conversation_id}"
    return name


@contextlib.contextmanager
def writing(path: Path) -> Iterator[None]:
    """A file that cannot be written is the person's to fix: say so in one sentence."""
    try:
        yield
    except (FileExistsError, NotADirectoryError):
        raise bad_input(
            translate("files", "Cannot write {path}: part of that path is a file, not a folder.").format(path=str(path))
        ) from None
    except OSError as error:
        raise bad_input(
            translate("files", "Cannot write {path}: {reason}.").format(
                path=str(path), reason=error.strerror or type(error).__name__
            )
        ) from None


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
