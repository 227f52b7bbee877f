"""How many tokens Pixtral Large will count for an image or a text (an estimate, before sending).

The estimates live in pixdesk.domain (pure, no Pillow: the window's start and the quota use them
without loading imaging); re-exported here for imaging's own modules and older callers."""

from __future__ import annotations

from pixdesk.domain import image_tokens, model_view_size, text_tokens

__all__ = ["image_tokens", "model_view_size", "text_tokens"]
