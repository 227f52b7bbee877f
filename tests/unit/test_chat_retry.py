"""Retry and throttling, the parts without a network: how long to wait between attempts, what
the person is told when Bedrock stays busy, and how the history replaces a failed attempt."""

from __future__ import annotations

import pytest

from helpers import png_attachment
from pixdesk.domain import Answer
from pixdesk.errors import Action, Kind, KnownError
from pixdesk.services.chat import BACKOFF_S, MAX_WAIT_S, THROTTLE_ATTEMPTS, ChatSession, backoff_wait, still_busy
from pixdesk.store.history import HistoryStore


def _throttled(retry_after: float | None = None) -> KnownError:
    return KnownError(Kind.THROTTLED, "Bedrock is busy.", Action.WAIT_AND_RETRY, retry_after_s=retry_after)


def test_five_attempts_in_all_by_default():
    assert THROTTLE_ATTEMPTS == 5
    assert ChatSession.throttle_retries == THROTTLE_ATTEMPTS - 1  # the dataclass default


def test_the_wait_grows_then_stays_capped():
    waits = [backoff_wait(_throttled(), attempt) for attempt in range(1, 8)]
    assert waits == [5.0, 10.0, 20.0, 30.0, 30.0, 30.0, 30.0]
    assert waits[: len(BACKOFF_S)] == list(BACKOFF_S) and max(waits) == MAX_WAIT_S


def test_a_suggested_wait_is_honoured_but_capped():
    assert backoff_wait(_throttled(retry_after=12.0), 1) == 12.0  # longer than the schedule's 5 s
    assert backoff_wait(_throttled(retry_after=2.0), 2) == 10.0  # never shorter than the schedule
    assert backoff_wait(_throttled(retry_after=600.0), 1) == MAX_WAIT_S  # the countdown stays short


def test_still_busy_says_what_happened_and_what_to_do():
    error = still_busy(_throttled(), 5)
    assert error.sentence() == (
        "Bedrock is still busy after 5 attempts. "
        "Try again in a few minutes, or choose Flex or another region in the toolbar."
    )
    assert (error.kind, error.action) == (Kind.THROTTLED, Action.WAIT_AND_RETRY)
    assert still_busy(_throttled(), 1).message == "Bedrock is still busy after 1 attempt."
    not_ready = still_busy(KnownError(Kind.MODEL_NOT_READY, "Starting up."), 5)
    assert not_ready.kind is Kind.MODEL_NOT_READY and "still not ready after 5 attempts" in not_ready.message


@pytest.fixture
def store(tmp_path):
    with HistoryStore(tmp_path / "history") as store:
        yield store


def _attempt(store: HistoryStore, conversation: int, question: str, attachments=(), replacing=()) -> tuple[int, int]:
    question_id = store.add_question(conversation, question, attachments, replacing)
    answer = Answer(region="us-east-1", profile_id="us.mistral.pixtral", tier_requested="standard")
    answer_id = store.start_answer(conversation, answer)
    return question_id, answer_id


def test_a_retry_replaces_the_attempt_in_one_conversation_only(store):
    image = png_attachment()
    first = store.start_conversation("First")
    other = store.start_conversation("Other")
    kept = _attempt(store, first, "Earlier?")
    failed = _attempt(store, first, "Again?", (image,))
    foreign = _attempt(store, other, "Not yours", (image,))
    store.finish_answer(failed[1], Answer(error=_throttled()))
    _attempt(store, first, "Again?", (image,), replacing=(*failed, foreign[0]))  # another's id is ignored
    texts = [(m.role, m.text) for m in store.messages(first)]
    assert texts == [("user", "Earlier?"), ("assistant", ""), ("user", "Again?"), ("assistant", "")]
    assert [m.id for m in store.messages(first)][:2] == list(kept)
    assert [m.id for m in store.messages(other)] == list(foreign)
    assert store.attachment_bytes(store.messages(first)[2].attachments[0].sha256) == image.data
    assert {c.id: c.message_count for c in store.conversations()} == {first: 4, other: 2}


def test_images_only_the_replaced_attempt_used_are_removed(store):
    before, after = png_attachment(64, 64), png_attachment(80, 60)  # e.g. redacted since
    conversation = store.start_conversation("Redacted")
    failed = _attempt(store, conversation, "What is this?", (before,))
    old_digest = store.messages(conversation)[0].attachments[0].sha256
    _attempt(store, conversation, "What is this?", (after,), replacing=failed)
    [question, _answer] = store.messages(conversation)
    assert [a.size_bytes for a in question.attachments] == [after.size_bytes]
    with pytest.raises(FileNotFoundError):
        store.attachment_bytes(old_digest)


def test_finishing_records_where_the_answer_was_really_asked(store):
    conversation = store.start_conversation("Moved")
    _question, answer_id = _attempt(store, conversation, "Where?")
    store.finish_answer(
        answer_id, Answer(text="Here.", region="eu-central-1", profile_id="eu.p", tier_requested="flex")
    )
    audit = store.messages(conversation)[1].audit
    assert (audit["region"], audit["profile_id"], audit["tier_requested"]) == ("eu-central-1", "eu.p", "flex")
    _question, answer_id = _attempt(store, conversation, "Unknown?")
    store.finish_answer(answer_id, Answer(text="Hm."))  # nothing said: what start_answer wrote stays
    audit = store.messages(conversation)[3].audit
    assert (audit["region"], audit["tier_requested"]) == ("us-east-1", "standard")
