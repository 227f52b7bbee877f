"""Prepare several files at once, on every core (Pillow releases the GIL while it decodes,
resizes and encodes), so two large screenshots take about as long as one."""

from __future__ import annotations

import dataclasses
import io
import logging
import os
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pixdesk import catalog
from pixdesk.domain import Box, Resolution
from pixdesk.domain import text_tokens as text_tokens  # re-exported for the CLI
from pixdesk.errors import KnownError, bad_input
from pixdesk.files import is_regular_file, open_regular
from pixdesk.services.abandonable import map_abandonable
from pixdesk.words import Grouped, translate

# Pillow and pixdesk.imaging are imported by the functions that use them, not here: the window
# imports this module at start for its worker pool, and its first frame needs neither (the image
# work runs in the worker processes, which import them when they start: image_worker_init).
if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from PIL import Image

    # Prepared is re-exported (lazily, below) for the window's tray and the CLI: neither imports imaging.
    from pixdesk.imaging.prepare import Prepared as Prepared
    from pixdesk.imaging.sources import Source
    from pixdesk.services.saved_redactions import FileRedactions


def __getattr__(name: str) -> Any:
    """`Prepared`, imported on first use: code that names it at run time (the sent image's
    preview) pays for imaging then, not at the window's start."""
    if name == "Prepared":
        from pixdesk.imaging.prepare import Prepared

        return Prepared
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def parse_box(text: str) -> Box:
    """ "x,y,w,h" as a Box (imaging.intake.parse_box, for the CLI); raises KnownError."""
    from pixdesk.imaging.intake import parse_box as parse

    return parse(text)


T = TypeVar("T")


def prepare_files(
    paths: Sequence[str | Path],
    pages: str | None = None,
    crop: Box | None = None,
    resolution: Resolution = Resolution.MODEL,
    redactions: Sequence[Box] = (),
    tiles: bool = False,
    saved: Mapping[str, FileRedactions] | None = None,
) -> list[Prepared]:
    """Every selected page of every file, in order. Raises the first file's KnownError. How many
    images that makes is checked first, from the files' page counts alone: a 1,000-page TIFF is
    refused in a moment, not after every page was prepared.

    `saved`: the redactions saved for some of the files (by the path as given, see
    services.saved_redactions.lookup_files), burned into their pages with `redactions`; the first
    image of each such file carries the note saying how many were applied."""
    if not paths:
        return []
    check_image_count(paths, pages, tiles, redactions)
    saved = saved or {}
    # Daemon threads, not a pool: Ctrl+C during a minute-long PDF page must end pixdesk at once.
    results = map_abandonable(
        lambda path: _prepare_with_saved(path, pages, crop, resolution, redactions, tiles, saved.get(str(path))),
        paths,
        name="pixdesk-imaging",
    )
    return [prepared for per_file in results for prepared in per_file]


def _prepare_with_saved(
    path: str | Path,
    pages: str | None,
    crop: Box | None,
    resolution: Resolution,
    redactions: Sequence[Box],
    tiles: bool,
    saved: FileRedactions | None,
) -> list[Prepared]:
    """prepare_file, with the file's saved redactions burned into each page they are on."""
    from pixdesk.imaging.intake import parse_pages, prepare_file
    from pixdesk.imaging.sources import open_source
    from pixdesk.services.saved_redactions import (
        applied_sentence,
        ignored_sentence,
        off_page_sentence,
        usable_on_page,
    )

    if saved is None or not saved.count:
        return prepare_file(path, pages, crop, resolution, redactions, tiles)
    with open_source(path) as source:
        page_count = source.page_count
        indices = parse_pages(pages, page_count) if page_count > 1 else [0]
        sizes = {index: source.page_size(index) for index in indices}
    prepared: list[Prepared] = []
    notes: list[str] = []
    applied = 0
    for index in indices:
        boxes, off = usable_on_page(saved.on(index), sizes[index])
        if off:
            notes.append(off_page_sentence(saved.name, index, len(off)))
        applied += len(boxes)
        page = str(index + 1) if page_count > 1 else None
        prepared += prepare_file(path, page, crop, resolution, [*redactions, *boxes], tiles)
    missing = saved.missing_pages(page_count)
    if missing:
        notes.append(ignored_sentence(saved.name, missing, page_count))
    if applied:
        notes.insert(0, applied_sentence(applied, saved.name))
    if prepared and notes:
        prepared[0] = dataclasses.replace(prepared[0], notes=(*prepared[0].notes, *notes))
    return prepared


def check_image_count(
    paths: Sequence[str | Path], pages: str | None = None, tiles: bool = False, redactions: Sequence[Box] = ()
) -> int:
    """How many images these files and pages make, refused beyond what one request may carry.
    No page is decoded, except with `tiles` (fine print), whose plan is measured on each page
    (services.fine_print.planned_pieces, remembered for when the page is prepared)."""
    from pixdesk.imaging.intake import parse_pages
    from pixdesk.imaging.sources import open_source
    from pixdesk.services import fine_print

    limit = catalog.LIMITS.images_per_request
    total = 0
    exact = True
    for path in paths:
        with open_source(path) as source:
            indices = parse_pages(pages, source.page_count) if source.page_count > 1 else [0]
            if tiles and total + len(indices) <= limit:
                total += sum(len(fine_print.planned_pieces(str(path), index, redactions)) for index in indices)
            else:  # already too many: each page is at least one image, no need to size its tiles
                total += len(indices)
                exact = exact and not tiles
    if total > limit:
        raise bad_input(
            (
                translate("images", "Pixtral Large reads at most {limit} images at a time; this question has {count}.")
                if exact
                else translate(
                    "images",
                    "Pixtral Large reads at most {limit} images at a time; this question has at least {count}.",
                )
            ).format(limit=limit, count=Grouped(total)),
            translate("images", "Choose fewer pages (for example --pages 1-8), or ask about the files one at a time."),
        )
    return total


def prepare_with_thumbnail(
    source: Source,
    index: int,
    resolution: Resolution,
    side: int = 160,
    redactions: Sequence[Box] = (),
    measure: bool = True,
) -> tuple[Prepared, Pixels]:
    """A page ready to send and its thumbnail, from one decode (blocking: call from a worker).
    `measure`: its small print too (prepare_page)."""
    from PIL import Image

    from pixdesk.imaging.prepare import prepare_page

    prepared = prepare_page(source, index, resolution, redactions, measure)
    with Image.open(io.BytesIO(prepared.attachment.data)) as fitted:
        fitted.thumbnail((side, side), Image.Resampling.LANCZOS)
        return prepared, Pixels.of(fitted)


def sent_thumbnail(data: bytes, side: int) -> Pixels:
    """A sent image's thumbnail for the conversation, from its bytes (blocking: call from a
    worker; decoding a 1024×768 PNG and scaling it held the GUI thread ~14 ms)."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        image.thumbnail((side, side), Image.Resampling.LANCZOS)
        return Pixels.of(image)


@dataclass(frozen=True)
class Pixels:
    """A small picture as raw 32-bit rows in the layout Qt paints from directly (ARGB32: bytes
    B, G, R, A, not premultiplied: the window converts a thumbnail once, where the review's
    pages, painted again and again, come premultiplied from services.page_render), made by a
    worker for the window to show as it is. Not a PNG: the first PNG a process decodes loads Qt's image plugins, which
    held the GUI thread ~9 ms (the first image attached in a session), and every one after ~0.2 ms."""

    width: int
    height: int
    bgra: bytes = field(repr=False)

    @classmethod
    def of(cls, image: Image.Image) -> Pixels:
        return cls(image.width, image.height, image.convert("RGBA").tobytes("raw", "BGRA"))


def expand_paths(paths: Sequence[str | Path]) -> tuple[list[Path], int]:
    """Files to attach from dropped paths: files as they are, folders by their readable images
    (judged by their bytes, sorted by name, not recursive). Also returns how many were skipped."""
    files: list[Path] = []
    skipped = 0
    for path in map(Path, paths):
        if not path.is_dir():
            files.append(path)
            continue
        for child in sorted(path.iterdir(), key=lambda p: p.name.lower()):
            if is_regular_file(child) and _looks_openable(child):
                files.append(child)
            elif not child.is_dir():  # other files, and pipes or devices (never opened)
                skipped += 1
    return files, skipped


def _looks_openable(path: Path) -> bool:
    from pixdesk.imaging.formats import sniff_format

    try:
        with open_regular(path) as handle:
            kind = sniff_format(handle.read(512))
    except (OSError, KnownError):
        return False
    return kind is not None and kind != "svg"


@dataclass(frozen=True)
class InMemoryImage:
    """Image data with no file behind it (a paste, a picture from the web)."""

    data: bytes = field(repr=False)
    name: str


ImageRef = str | InMemoryImage  # a path, or data: small and picklable, for worker processes


@dataclass(frozen=True)
class PreparedPage:
    prepared: Prepared
    thumbnail: Pixels
    page_count: int
    notes: tuple[str, ...]
    saved_applied: tuple[Box, ...] = ()  # the file's saved redactions burned into this page


def prepare_ref(
    ref: ImageRef,
    page: int,
    resolution: Resolution,
    side: int = 160,
    redactions: Sequence[Box] = (),
    saved: Sequence[Box] = (),
    measure: bool = True,
) -> PreparedPage:
    """Open, prepare one page (with `redactions` and the file's `saved` redactions for this page
    burned in) and thumbnail it. Runs in a worker process (or thread); raises KnownError for
    anything unusable. A saved box that starts off the page is left out, with a note.

    `measure`: measure its small print as well. The window passes False — the chip is ready
    that much sooner — and measures afterwards in a second job (services.small_print.measure_ref)."""
    from pixdesk.imaging.sources import open_source, open_source_bytes
    from pixdesk.services.saved_redactions import off_page_sentence, usable_on_page

    opener = (
        (lambda: open_source_bytes(ref.data, ref.name))
        if isinstance(ref, InMemoryImage)
        else (lambda: open_source(ref))
    )
    with opener() as source:
        usable, off = usable_on_page(saved, source.page_size(page)) if saved else ([], [])
        boxes = list(dict.fromkeys([*redactions, *usable]))  # the review's own may be saved ones too
        prepared, thumbnail = prepare_with_thumbnail(source, page, resolution, side, boxes, measure)
        notes = (*source.notes, *([off_page_sentence(source.name, page, len(off))] if off else []))
        return PreparedPage(prepared, thumbnail, source.page_count, notes, tuple(usable))


def load_imaging() -> None:
    """Import Pillow and imaging now (blocking: call it off the GUI thread, once the window is
    shown). The window's process needs them for a sent image's preview, a review, and to read
    the first prepared image a worker hands back (its result names imaging's types): each would
    otherwise wait ~30 ms on the GUI thread for the import at first use. The saved redactions
    too: every attached image is looked up in them."""
    import pixdesk.imaging.intake  # (Pillow, ImageCms, sources, prepare, fine print)
    import pixdesk.services.page_render  # (the review's pages)
    import pixdesk.services.saved_redactions  # noqa: F401


def image_worker_count() -> int:
    """How many image workers: one core fewer than this process may use, at least one. On a
    two-core laptop two busy decoders left the window's thread waiting for a core (the loop
    stalled 22–27 ms while two screenshots were prepared); one core always stays for the window."""
    # sched_getaffinity: the cores this process may run on (a container, taskset), where known.
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 2
    return max(1, cores - 1)


def image_process_pool() -> ProcessPoolExecutor:
    """The window's image workers: separate processes, so that decoding a 12-megapixel PNG never
    competes with the GUI thread for the GIL (measured: threads stalled the window ~25 ms while
    two screenshots were prepared; processes, under 16). Spawned, never forked: the GUI process
    has Qt threads. Workers start in the background and run at a lower priority."""
    import multiprocessing  # (here, as the workers start: the window's first frame needs none of it)
    from concurrent.futures import ProcessPoolExecutor

    workers = image_worker_count()
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=multiprocessing.get_context("spawn"), initializer=image_worker_init
    )
    for _ in range(workers):  # start every worker now, in the background, not on first use
        pool.submit(int)
    # Lowered from here too, at once: the initializer runs only after the worker's interpreter
    # has started (a hundred ms or more of CPU), and on Linux it lowers only its own thread.
    for process in (getattr(pool, "_processes", None) or {}).values():
        _lower_priority(process.pid)
    return pool


class ImageWorkers(Executor):
    """The window's image worker processes, started when the window asks (start(), once it is
    shown) or on first use, whichever comes first: spawning them costs two interpreters' start,
    which the window's own start must not wait for or share its cores with. Renewed after a
    worker died (a decoder crash); stopped with the window."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def start(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = image_process_pool()
            return self._pool

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        return self.start().submit(fn, *args, **kwargs)

    def renew(self) -> ImageWorkers:
        """New processes for the next image (the old ones are stopped)."""
        with self._lock:
            old, self._pool = self._pool, None
        if old is not None:
            stop_image_pool(old)
        return self

    def stop(self) -> None:
        with self._lock:
            old, self._pool = self._pool, None
        if old is not None:
            stop_image_pool(old)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._lock:
            old, self._pool = self._pool, None
        if old is not None:
            old.shutdown(wait=wait, cancel_futures=cancel_futures)


def stop_image_pool(pool: ProcessPoolExecutor) -> None:
    """Stop the image workers now: queued work is dropped and a worker still decoding (a hostile
    PDF can keep PDFium busy for a minute) is terminated rather than waited for — otherwise the
    process outlives its window, and quitting waits for the page. Nothing they do needs finishing."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # no public API before 3.14
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()


BELOW_NORMAL_PRIORITY_CLASS = 0x4000  # Windows' "below normal": the window (normal) always wins
NICE = 10  # Linux and macOS: well below the window, above idle; a person's image is still wanted soon


def _lower_priority(pid: int | None = None) -> None:
    """Lower a worker's CPU priority: `pid`, or (None) the calling thread on Linux, this process
    elsewhere. Never raises: a worker at normal priority is slower to give way, not broken."""
    if sys.platform == "win32":
        if pid is None:
            import ctypes

            kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), BELOW_NORMAL_PRIORITY_CLASS)
        return
    try:
        # On Linux a PRIO_PROCESS "who" is a thread: a worker's pid is its main thread, whose
        # later threads inherit it; 0 or a thread id (from the worker itself) is that thread.
        os.setpriority(os.PRIO_PROCESS, pid if pid is not None else _this_thread(), NICE)
    except OSError:
        pass


def _this_thread() -> int:
    return threading.get_native_id() if sys.platform.startswith("linux") else 0


def background_worker_init() -> None:
    """For the window's image work: a lower CPU priority, so that on a two-core laptop the GUI
    thread still gets a core at once while the workers decode (Linux: this thread; macOS: this
    process; Windows: this process, below normal)."""
    _lower_priority()


def image_worker_init() -> None:
    """For each image worker process: a lower priority, and an end when the window's process
    ends — also when it was killed or crashed. (Each worker holds both ends of its task queue's
    pipe, so it would otherwise wait on it forever, an orphan holding memory.)"""
    background_worker_init()
    # A library's warning about a damaged file is not the person's business (the plain sentence
    # for it comes back as a KnownError); a worker has no log of its own, so it is dropped.
    logging.captureWarnings(True)
    logging.getLogger("py.warnings").addHandler(logging.NullHandler())
    logging.getLogger("py.warnings").propagate = False
    import multiprocessing.connection

    parent = multiprocessing.parent_process()
    if parent is not None:

        def leave_with_the_app() -> None:
            multiprocessing.connection.wait([parent.sentinel])
            os._exit(0)

        threading.Thread(target=leave_with_the_app, name="pixdesk-parent-watch", daemon=True).start()
    # Now, at the lower priority and before the first image arrives, what every job needs: the
    # window's process does not import imaging, so its pickled jobs no longer bring it along.
    import pixdesk.imaging.intake  # (Pillow, ImageCms, sources, prepare, fine print)
    import pixdesk.services.small_print  # noqa: F401 - the second job after each page


def background_executor() -> ThreadPoolExecutor:
    """The window's pool for image work: all cores but one, at a lower priority than the GUI."""
    return ThreadPoolExecutor(
        max_workers=image_worker_count(), thread_name_prefix="pixdesk-work", initializer=background_worker_init
    )
