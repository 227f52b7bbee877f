"""What every export format shares: the conversation read from the store, who said what, and the
audit and date lines shown to people."""

from __future__ import annotations

import datetime

from pixdesk import __version__
from pixdesk.errors import bad_input
from pixdesk.store.history import ConversationSummary, HistoryStore, StoredMessage
from pixdesk.words import translate

ASSISTANT_NAME = "Pixtral Large"
MEDIA_TYPES = {"png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp"}


def load_conversation(store: HistoryStore, conversation_id: int) -> tuple[ConversationSummary, list[StoredMessage]]:
    summary = store.conversation(conversation_id)
    if summary is None:
        raise bad_input(translate("export", "There is no conversation {number}.").format(number=str(conversation_id)))
    return summary, store.messages(conversation_id)


def who(message: StoredMessage) -> str:
    return "You" if message.role == "user" else ASSISTANT_NAME


def exported_line(summary: ConversationSummary, messages: list[StoredMessage]) -> str:
    return (
        f"Started {when(summary.created_at)}, {len(messages)} messages. "
        f"Exported from pixdesk {__version__} on {when(now())}."
    )


def audit_line(message: StoredMessage) -> str:
    """One line of what the store knows about how an answer was made, for people."""
    audit = message.audit
    parts = [f"region {audit.get('region', '?')}", f"profile {audit.get('profile_id', '?')}"]
    served = audit.get("tier_served")
    parts.append(f"tier {audit.get('tier_requested', '?')}" + (f" (served {served})" if served else ""))
    if audit.get("request_id"):
        parts.append(f"request {audit['request_id']}")
    parts.append(when(message.finished_at or message.created_at))
    if audit.get("input_tokens") is not None or audit.get("output_tokens") is not None:
        parts.append(f"{audit.get('input_tokens', 0):,} in / {audit.get('output_tokens', 0):,} out tokens")
    if audit.get("latency_ms") is not None:
        parts.append(f"{audit['latency_ms']:,} ms")
    if audit.get("stop_reason"):
        parts.append(f"stop reason {audit['stop_reason']}")
    if message.status != "complete":
        parts.append(f"status {message.status}")
    if audit.get("error_message"):
        parts.append(f"error: {' '.join(str(audit['error_message']).split())}")
    return " · ".join(parts)


def when(timestamp: str) -> str:
    try:
        moment = datetime.datetime.fromisoformat(timestamp)
    except ValueError:
        return timestamp
    if moment.utcoffset() == datetime.timedelta(0):
        return moment.strftime("%Y-%m-%d %H:%M:%S UTC")
    return moment.isoformat(sep=" ", timespec="seconds")


def now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds")
