"""Small print in the window: whether a page's smallest text survives the fit to the model
(measure_ref: a second job after the page is prepared, so the chip is ready as soon as without
the check; the CLI measures inline, Prepared.small_print), and what reading it takes — the page
once, plus close-ups of the bands that hold the small print, as `pixdesk ask --fine-print` sends
one page. Blocking functions here run in the window's workers, never on its thread."""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pixdesk import catalog
from pixdesk.domain import LEGIBLE_PX, Box
from pixdesk.services.images import ImageRef, InMemoryImage
from pixdesk.words import translate

# imaging (Pillow) is imported by the blocking functions, which run in the workers: the window
# imports this module at start, and its thread never measures a page itself.
if TYPE_CHECKING:
    from pixdesk.imaging.fine_print import SmallPrint as SmallPrint  # for the window's type names
    from pixdesk.imaging.prepare import Prepared

__all__ = [
    "LEGIBLE_PX",
    "closeup_count",
    "measure_ref",
    "page_small_print",
    "prepare_ref_fine_print",
    "too_many_images",
]


def measure_ref(ref: ImageRef, page: int, redactions: Sequence[Box] = ()) -> SmallPrint | None:
    """The page's small print that the fit makes unreadable, if any, measured on the page as it
    is sent (`redactions`: every box burned into it). Runs in a worker process (picklable
    arguments), after the page itself was prepared; raises KnownError."""
    from pixdesk.imaging.prepare import measure_page
    from pixdesk.imaging.sources import open_source, open_source_bytes

    source = open_source_bytes(ref.data, ref.name) if isinstance(ref, InMemoryImage) else open_source(ref)
    with source:
        return measure_page(source, page, redactions)


def prepare_ref_fine_print(ref: ImageRef, page: int, redactions: Sequence[Box] = ()) -> tuple[Prepared, ...]:
    """The page's fine-print plan, ready to send: the page once, then close-ups of its small
    print, each enlarged only as far as that text needs, with `redactions` burned in. The whole
    plan, however many images it takes (the caller checks it fits one request: a chat question
    is one request). Runs in a worker process (picklable arguments); raises KnownError."""
    from pixdesk.imaging.prepare import prepare_fine_print
    from pixdesk.imaging.sources import open_source, open_source_bytes

    source = open_source_bytes(ref.data, ref.name) if isinstance(ref, InMemoryImage) else open_source(ref)
    with source:
        return tuple(prepare_fine_print(source, page, redactions, max_images=None))


def closeup_count(plan: Sequence[Prepared]) -> int:
    """How many of the plan's images are close-ups (a box of the page), not the page itself."""
    return sum(1 for prepared in plan if prepared.box is not None)


def too_many_images(name: str, plan_images: int, other_images: int) -> str | None:
    """Why a plan cannot go with this question, in plain words; None when it fits one request."""
    limit = catalog.LIMITS.images_per_request
    if plan_images + other_images <= limit:
        return None
    if plan_images > limit:
        return translate(
            "small_print",
            "Reading the small print of {name} takes {images} images, more than the {limit} Pixtral Large "
            "reads at a time, so it goes as it is. To read it, open it with File ▸ Review a document… and "
            "ask about the area that holds the small print.",
        ).format(name=name, images=plan_images, limit=limit)
    others = translate("small_print", "%n other image(s)", None, other_images)
    return translate(
        "small_print",
        "Reading the small print of {name} takes {images} images; with the {others} here that is more than "
        "the {limit} Pixtral Large reads at a time. Remove some images, then choose Read it again.",
    ).format(name=name, images=plan_images, others=others, limit=limit)


def page_small_print(path: str, page: int, redactions: Sequence[Box] = ()) -> SmallPrint | None:
    """The page's small print that the normal fit makes unreadable, if any, measured on the page
    as it would be sent (redactions burned in). Blocking: decodes the page. Remembered for the
    file as it is now: paging back and forth in a review measures each page once."""
    stat = os.stat(path)
    return _measured(str(path), stat.st_mtime_ns, stat.st_size, page, tuple(redactions))


@functools.lru_cache(maxsize=64)
def _measured(path: str, _mtime_ns: int, _size: int, page: int, redactions: tuple[Box, ...]) -> SmallPrint | None:
    from pixdesk.imaging.prepare import measure_page
    from pixdesk.imaging.sources import open_source

    with open_source(path) as source:
        return measure_page(source, page, redactions)
