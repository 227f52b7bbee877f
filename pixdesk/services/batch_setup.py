"""What is settled before a batch runs: the quota it is paced to, whether that quota can hold even
one answer, and the title it is listed under. No printing: `pixdesk batch` (and the window) say
what they make of it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pixdesk import catalog
from pixdesk.services.quota import QuotaLimits

WINDOW_S = 60.0  # the quota's window: a minute (tests and benchmarks shorten it)


def quota_limits(per_minute: tuple[int, int] | None = None, window_s: float = WINDOW_S) -> QuotaLimits:
    """The limits a batch is paced to: `per_minute` (requests, tokens) if the account's quota was
    raised, else Bedrock's default; the daily tokens are always the default's."""
    default = catalog.DEFAULT_QUOTA
    requests, tokens = per_minute or (default.requests_per_minute, default.tokens_per_minute)
    return QuotaLimits(requests, tokens, default.tokens_per_day, window_s)


def room_for_an_answer(limits: QuotaLimits, max_tokens: int) -> bool:
    """Every request reserves its longest answer (plus its input) against the tokens a minute: a
    quota at or below `max_tokens` could never send one item, so a batch must not start."""
    return limits.tokens_per_window > max_tokens


def job_title(items: Sequence[tuple[str, int, str]]) -> str:
    """How the batch is listed: "<n> items: " and the names of the files asked about, each once,
    in order (the names cut at 100 characters)."""
    names = ", ".join(Path(path).name for path in dict.fromkeys(path for path, _page, _prompt in items))
    return f"{len(items)} items: " + names[:100]
