"""How many tokens Pixtral Large will count for an image or a text (an estimate, before sending)."""

from __future__ import annotations

import math

from pixdesk import catalog


def model_view_size(width: int, height: int) -> tuple[int, int]:
    """The size Pixtral actually sees: anything beyond 1024×1024 is downscaled, aspect kept."""
    side = catalog.LIMITS.model_side_px
    scale = min(1.0, side / max(width, height, 1))
    return max(1, round(width * scale)), max(1, round(height * scale))


def image_tokens(width: int, height: int) -> int:
    """Mistral's count: ceil(H/16) rows of ceil(W/16) patches plus one row-break token each."""
    w, h = model_view_size(width, height)
    patch = catalog.LIMITS.patch_px
    return math.ceil(h / patch) * (math.ceil(w / patch) + 1)


def text_tokens(text: str) -> int:
    """About four characters a token for English prose (Mistral's tokenizer is close to that);
    never zero for a non-empty text."""
    return math.ceil(len(text) / 4) if text else 0
