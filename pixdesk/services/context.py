"""Fit earlier turns into what one request may carry: at most 8 images (Pixtral) and 128K
tokens of context including the answer's room. Oldest images go first (their text stays), then
oldest turns, so that Bedrock never has to refuse the question."""

from __future__ import annotations

from dataclasses import dataclass

from pixdesk import catalog
from pixdesk.domain import Attachment, Role, Turn, image_tokens, text_tokens

SAFETY_MARGIN = 1_000  # the chat template and our estimate's error


@dataclass(frozen=True)
class FittedContext:
    turns: tuple[Turn, ...]
    dropped_images: int = 0
    dropped_turns: int = 0

    def notice(self) -> str:
        parts = []
        if self.dropped_images:
            parts.append(f"{self.dropped_images} earlier image{'s' if self.dropped_images > 1 else ''}")
        if self.dropped_turns:
            parts.append(
                f"{self.dropped_turns // 2} earlier question{'s' if self.dropped_turns > 2 else ''} "
                "and answer" + ("s" if self.dropped_turns > 2 else "")
            )
        single = not self.dropped_turns and self.dropped_images == 1
        return (
            (
                "To fit what Pixtral Large can read at once, "
                + " and ".join(parts)
                + f" {'was' if single else 'were'} left out of this question's context."
            )
            if parts
            else ""
        )


def _turn_tokens(turn: Turn) -> int:
    return text_tokens(turn.text) + sum(image_tokens(a.width, a.height) for a in turn.attachments)


def fit_context(
    history: tuple[Turn, ...],
    question: str,
    attachments: tuple[Attachment, ...] = (),
    system: str = "",
    max_tokens: int = 4096,
) -> FittedContext:
    limits = catalog.LIMITS
    turns = list(history)
    # Images: the newest ones that still fit beside the question's own.
    room = max(0, limits.images_per_request - len(attachments))
    dropped_images = 0
    for index in range(len(turns) - 1, -1, -1):
        turn = turns[index]
        if not turn.attachments:
            continue
        keep = turn.attachments[len(turn.attachments) - min(room, len(turn.attachments)) :] if room else ()
        room -= len(keep)
        if len(keep) < len(turn.attachments):
            dropped_images += len(turn.attachments) - len(keep)
            turns[index] = Turn(turn.role, turn.text or "(an image that is no longer included)", tuple(keep))
    # Tokens: drop the oldest question-and-answer pairs until everything fits.
    budget = (
        limits.context_tokens
        - max_tokens
        - SAFETY_MARGIN
        - text_tokens(question)
        - text_tokens(system)
        - sum(image_tokens(a.width, a.height) for a in attachments)
    )
    dropped_turns = 0
    while turns and sum(map(_turn_tokens, turns)) > budget:
        turns = turns[2:] if len(turns) >= 2 and turns[1].role is Role.ASSISTANT else turns[1:]
        dropped_turns += 2
    return FittedContext(tuple(turns), dropped_images, dropped_turns)
