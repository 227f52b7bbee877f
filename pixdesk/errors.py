"""The failures pixdesk knows how to explain, in plain words, with what to do next.

Every layer raises `KnownError`; the window shows it inline next to the turn, the CLI prints
it as one sentence plus the action and exits with the kind's exit code. Anything that is not a
KnownError is a bug and goes to the crash reporter instead.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from pixdesk.words import joined


class Action(enum.Enum):
    """What the person can do about it; the window turns each into a button."""

    FIX_INPUT = "fix_input"
    SIGN_IN = "sign_in"  # refresh or enter credentials
    REQUEST_ACCESS = "request_access"  # enable model access in the Bedrock console
    WAIT_AND_RETRY = "wait_and_retry"
    RETRY = "retry"
    CHECK_NETWORK = "check_network"
    SHORTEN = "shorten"  # fewer images / shorter conversation
    NONE = "none"


class Kind(enum.Enum):
    """A failure kind and the CLI exit code it maps to (0 ok, 2 input, 3 access, 4 throttled, 5 other)."""

    BAD_INPUT = ("bad_input", 2)
    UNSUPPORTED_FILE = ("unsupported_file", 2)
    TOO_LARGE = ("too_large", 2)
    NO_CREDENTIALS = ("no_credentials", 3)
    EXPIRED_CREDENTIALS = ("expired_credentials", 3)
    INVALID_CREDENTIALS = ("invalid_credentials", 3)
    ACCESS_DENIED = ("access_denied", 3)
    THROTTLED = ("throttled", 4)
    MODEL_NOT_READY = ("model_not_ready", 4)
    SERVICE_UNAVAILABLE = ("service_unavailable", 5)
    SERVICE_ERROR = ("service_error", 5)
    REQUEST_REJECTED = ("request_rejected", 5)
    NOT_FOUND = ("not_found", 5)
    CONTEXT_TOO_LONG = ("context_too_long", 2)
    CONNECTION_FAILED = ("connection_failed", 5)
    CONNECTION_LOST = ("connection_lost", 5)
    TIMED_OUT = ("timed_out", 5)
    TLS_FAILED = ("tls_failed", 5)
    MODEL_RETIRED = ("model_retired", 3)  # Bedrock retired the model (end of life)
    MODEL_ACCESS_REMOVED = ("model_access_removed", 3)  # a legacy model this account lost access to

    @property
    def code(self) -> str:
        return self.value[0]

    @property
    def exit_code(self) -> int:
        return self.value[1]


@dataclass
class KnownError(Exception):
    kind: Kind
    message: str  # one or two plain sentences for a non-developer
    action: Action = Action.NONE
    action_hint: str = ""  # what to do, in words ("Request model access in the Bedrock console…")
    detail: str = ""  # technical detail for the log / --debug; never shown by default
    retry_after_s: float | None = None  # for throttling: a suggested wait

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message

    def __reduce__(self):  # survives pickling (image work runs in worker processes)
        return (
            self.__class__,
            (self.kind, self.message, self.action, self.action_hint, self.detail, self.retry_after_s),
        )

    def sentence(self) -> str:
        """Message plus the action, as one line for a terminal or a status bar: English, and
        the window says it in its language (pixdesk/ui/i18n.py error_sentence)."""
        return joined(self.message, self.action_hint)

    @property
    def retryable(self) -> bool:
        return self.action in (Action.RETRY, Action.WAIT_AND_RETRY, Action.CHECK_NETWORK)


def bad_input(message: str, hint: str = "", detail: str = "") -> KnownError:
    return KnownError(Kind.BAD_INPUT, message, Action.FIX_INPUT, hint, detail)
