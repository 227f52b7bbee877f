"""Reading a page's fine print: its measured plan (imaging.fine_print) and what asking with it
costs — everything that goes along: the plan's images, the question, and the earlier images and
messages of the conversation that are sent with it as context."""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pixdesk import catalog
from pixdesk.domain import Attachment, Box, Turn, image_tokens, text_tokens
from pixdesk.services.context import fit_context

# imaging (Pillow) is imported by the functions that decode: the window imports this module at
# start for FinePrintEstimate, and its first frame decodes nothing.
if TYPE_CHECKING:
    from pixdesk.imaging.fine_print import Piece

__all__ = ["FinePrintEstimate", "estimate", "page_pieces", "planned_pieces", "upper_bound"]


@dataclass(frozen=True)
class FinePrintEstimate:
    """What reading a page's fine print sends: `tiles` images of the page (the page once, then
    `tiles - 1` close-ups, when `whole_page`), and what goes along with them."""

    tiles: int
    image_tokens: int
    context_tokens: int = 0  # the question, and earlier images and messages sent as context
    context_images: int = 0
    whole_page: bool = True

    @property
    def tokens(self) -> int:
        return self.image_tokens + self.context_tokens

    @property
    def closeups(self) -> int:
        return self.tiles - 1 if self.whole_page else self.tiles

    @property
    def cost_usd(self) -> float:
        return catalog.estimate_cost_usd(self.tokens, 0)


def page_pieces(
    path: str, page: int, redactions: Sequence[Box], max_images: int | None = catalog.LIMITS.images_per_request
) -> list[Piece]:
    """The page's measured fine-print plan, within one request unless `max_images` is None (the
    review window asks in one request). Blocking: decodes the page (run it off the loop)."""
    from pixdesk.imaging.prepare import fine_print_pieces
    from pixdesk.imaging.sources import open_source

    with open_source(path) as source:
        return fine_print_pieces(source, page, redactions, max_images)


def planned_pieces(path: str, page: int, redactions: Sequence[Box] = ()) -> list[Piece]:
    """The page's plan as `pixdesk ask --fine-print` sends it: in as many requests as it needs
    (services.document_run asks a plan of more than one request's images in groups). Blocking.
    Remembered for the file as it is now: the CLI counts the plan, then groups it, then sends it,
    and each would otherwise decode and measure the page again."""
    stat = os.stat(path)
    return list(_planned(str(path), stat.st_mtime_ns, stat.st_size, page, tuple(redactions)))


@functools.lru_cache(maxsize=64)
def _planned(path: str, _mtime_ns: int, _size: int, page: int, redactions: tuple[Box, ...]) -> tuple[Piece, ...]:
    return tuple(page_pieces(path, page, redactions, max_images=None))


def upper_bound(width: int, height: int) -> list[Piece]:
    """The most a page's plan can be, before the page is measured."""
    from pixdesk.imaging.fine_print import uniform_tiles

    return uniform_tiles(width, height)


def estimate(
    pieces: Sequence[Piece],
    full_size: tuple[int, int],
    history: tuple[Turn, ...] = (),
    question: str = "",
    system: str = "",
    max_tokens: int = 4096,
) -> FinePrintEstimate:
    """The plan's cost with everything that goes along: the conversation's earlier turns as they
    would be fitted beside these images (services.context, as the chat does), the question and
    the system prompt."""
    planned = tuple(Attachment(b"", "png", *piece.size) for piece in pieces)
    fitted = fit_context(history, question, planned, system, max_tokens)
    context_images = sum(len(turn.attachments) for turn in fitted.turns)
    turns = sum(text_tokens(t.text) + sum(image_tokens(a.width, a.height) for a in t.attachments) for t in fitted.turns)
    context = turns + text_tokens(question) + text_tokens(system)
    whole = bool(pieces) and pieces[0].box == (0, 0, *full_size)
    return FinePrintEstimate(len(pieces), sum(piece.tokens for piece in pieces), context, context_images, whole)
