"""What `pixdesk ask` says on stderr when a page's small print will not survive the fit."""

from __future__ import annotations

from collections.abc import Iterable

from pixdesk.services.images import Prepared


def small_print_warnings(prepared: Iterable[Prepared]) -> list[str]:
    """One sentence per page whose smallest text the model would not be able to read, with the
    way out and what it costs."""
    sentences = []
    for item in prepared:
        small = item.small_print
        if small is None:
            continue
        sentences.append(
            f"{item.attachment.name}: small print (about {small.sent_height_px:.0f} px high) will be "
            f"unreadable at this size; add --fine-print to read it (about {small.extra_tokens:,} more tokens)"
        )
    return sentences
