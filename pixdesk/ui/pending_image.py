"""One image waiting in the tray: where it comes from, which page, what it became once prepared
(and with which redactions burned in), its chip, and the close-ups of its small print if asked
for (pixdesk.ui.attachments keeps a list of them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pixdesk.services.images import ImageRef

if TYPE_CHECKING:  # (names only: imaging is loaded in the workers, the chip a moment after the first frame)
    import asyncio

    from pixdesk.services.images import Prepared
    from pixdesk.ui.attachment_chip import ImageChip


@dataclass(eq=False)
class PendingImage:
    ref: ImageRef  # a path or in-memory data: what a worker process is handed
    name: str
    order: tuple[int, int]  # (which add, position within it): chips stay in the order added
    page_count: int = 1
    page: int = 0
    prepared: Prepared | None = None
    redacted: tuple[tuple[int, int, int, int], ...] = ()  # redactions burned in (the review's, the file's saved)
    sha256: str | None = None  # of the file's bytes, once known: later redactions reach it before it is sent
    card: ImageChip | None = field(default=None, repr=False)
    fine_print: tuple[Prepared, ...] | None = None  # the page and close-ups of its small print, if asked for
    check: asyncio.Task[None] | None = field(default=None, repr=False)  # its small-print check, while under way

    @property
    def images(self) -> tuple[Prepared, ...]:
        """What this item sends: the page, or the page and its close-ups."""
        if self.fine_print is not None:
            return self.fine_print
        return (self.prepared,) if self.prepared is not None else ()

    @property
    def tokens(self) -> int:
        return sum(prepared.tokens for prepared in self.images)
