"""What a conversation is made of, as the window shows it: an Exchange (a question, its images and
its answer) and its Status, and the AskOptions a question is asked with.

Kept apart from the chat (pixdesk.services.chat) so that the window's first frame, which shows no
exchange yet, can name them without loading the engine, the history and asyncio. No Qt."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from pixdesk.domain import Answer, AskedRegion, Attachment


class Status(enum.Enum):
    STREAMING = "streaming"
    WAITING = "waiting"  # throttled: counting down to an automatic retry
    DONE = "done"
    STOPPED = "stopped"  # the person pressed Stop: partial answer kept
    FAILED = "failed"
    INTERRUPTED = "interrupted"  # pixdesk was closed (or crashed) while this answer was written


@dataclass(eq=False)  # identity: two identical questions are still two exchanges
class Exchange:
    question: str
    attachments: tuple[Attachment, ...]
    answer: Answer
    status: Status = Status.STREAMING
    wait_left_s: int = 0
    waiting_for_quota: bool = False  # WAITING for room in the quota (not after a 429)
    region: AskedRegion | None = None  # asked about an area of a reviewed document
    # The person's wait, in seconds, from asking (or Retry) to the end of the answer: set when it
    # is DONE, FAILED or STOPPED. (Not Bedrock's latency, which leaves out the wait for a busy
    # service.) For a reopened conversation: from the stored question's time to its answer's end.
    elapsed_s: float | None = None
    # Which attempt this is (1-based) — while WAITING after throttling, the attempt about to be
    # made — out of how many pixdesk makes before it gives up.
    attempt: int = 1
    attempts_allowed: int = 1
    # The history's ids of this exchange's question and answer, once recorded: Retry replaces them.
    recorded_as: tuple[int, ...] = field(default=(), repr=False)
    # A question pixdesk asked on the person's behalf (a part of a whole-document question): what is
    # shown in place of `question`, which stays exactly what was sent (and goes as context so).
    # Such a question is asked again by its own run, never by Retry as a chat question.
    shown: str | None = None


@dataclass(frozen=True)
class AskOptions:
    system: str = ""
    max_tokens: int = 4096
    temperature: float | None = None
    tier: str = "standard"
