"""The local server's stand-in for Pixtral: a deterministic answer that shows what it was sent
(so tests and people can see the request arrived intact), cut into token-sized pieces."""

from __future__ import annotations

import itertools
import re

from pixdesk.imaging.tokens import image_tokens, text_tokens
from pixdesk.testing.validation import ParsedRequest

# Long answers cycle through this, so that they exercise headings, lists, tables and code.
_FILLER = """
The screenshot shows a settings dialog with a highlighted **Save** button, a table of recent
orders and an error banner that reads `Payment declined`.

1. Open the order and check the card's expiry date.
2. Ask the customer to confirm the billing address.
3. Retry the payment from **Actions → Retry charge**.

| Order | Status | Amount |
|---|---|---|
| 10407 | Declined | €128.40 |
| 10408 | Paid | €59.00 |

```text
ERROR 402: card_declined (insufficient_funds)
```
"""


def compose_answer(request: ParsedRequest, answer_tokens: int | None = None) -> list[str]:
    """The answer as a list of token-sized pieces. `answer_tokens` forces a length (long answers)."""
    question = request.texts[-1] if request.texts else ""
    lines = ["## What I see\n\n"]
    if request.images:
        for number, image in enumerate(request.images, 1):
            lines.append(f"- Image {number}: {image.format.upper()}, {image.width}×{image.height} pixels\n")
    else:
        lines.append("- No images were attached.\n")
    lines.append(f"\nYou asked: “{question.strip()}”\n")
    text = "".join(lines) + _FILLER  # one full example answer: headings, a list, a table, code
    pieces = re.findall(r"\s*\S+|\s+", text)
    if answer_tokens is not None:
        filler = itertools.cycle(re.findall(r"\s*\S+", _FILLER + "\n"))
        pieces = (pieces + [next(filler) for _ in range(max(0, answer_tokens - len(pieces)))])[:answer_tokens]
    return pieces


def input_token_count(request: ParsedRequest) -> int:
    total = sum(image_tokens(i.width, i.height) for i in request.images)
    total += sum(text_tokens(t) for t in request.texts) + text_tokens(request.system)
    return total + 5 * len(request.messages)  # a few tokens of chat template per message
