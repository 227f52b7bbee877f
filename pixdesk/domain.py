"""Plain data that flows between the layers: what is asked, what streams back, what was answered.

No Qt, no boto3: the window, the CLI and the history store all speak these.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field

from pixdesk import catalog
from pixdesk.errors import KnownError
from pixdesk.words import translate

# --- images: the small pure names the window needs before Pillow is loaded -----------------
# (imaging.* re-exports them; the window's start imports neither Pillow nor pixdesk.imaging)

Box = tuple[int, int, int, int]  # x, y, width, height in full-resolution source pixels

LEGIBLE_PX = 12.0  # a text line below this height, in the model's pixels, is not reliably read


class Resolution(enum.Enum):
    MODEL = "model"  # what Pixtral actually sees: inside 1024×1024 (the default)
    ORIGINAL = "original"  # as large as Bedrock accepts: inside 8000×8000, ≤ 3.75 MB

    @property
    def max_side(self) -> int:
        limits = catalog.LIMITS
        return limits.model_side_px if self is Resolution.MODEL else limits.image_side_px


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


@dataclass(frozen=True)
class Placement:
    """Where an attachment's pixels come from on a reviewed document: its page and the area of
    it (full-resolution pixels) the image shows, scaled to the image's size. With it, a
    redaction made later is burned into the image before it is ever sent again."""

    document_sha256: str
    page: int  # 0-based
    box: tuple[int, int, int, int]  # x, y, width, height
    redacted: tuple[tuple[int, int, int, int], ...] = ()  # redactions already burned in


@dataclass(frozen=True)
class Attachment:
    """An image exactly as it will be sent: bytes already in a Bedrock format."""

    data: bytes = field(repr=False)
    format: str  # png | jpeg | gif | webp
    width: int
    height: int
    name: str = ""  # where it came from, for people (file name, "pasted image")
    placement: Placement | None = None  # from a reviewed document: where on which page

    @property
    def size_bytes(self) -> int:
        return len(self.data)


class Role(enum.Enum):
    USER = "user"
    ASSISTANT = "assistant"


@dataclass(frozen=True)
class Turn:
    role: Role
    text: str
    attachments: tuple[Attachment, ...] = ()


class ProxyMode(enum.Enum):
    SYSTEM = "system"  # the computer's proxy settings (environment, Windows and macOS settings)
    MANUAL = "manual"  # the proxy typed in Settings
    NONE = "none"  # connect directly, whatever the computer says


@dataclass(frozen=True)
class ProxyChoice:
    """How AWS is reached. `password` (for MANUAL) is a secret: it lives in the OS keychain and is
    never logged, stored in the settings or shown."""

    mode: ProxyMode = ProxyMode.SYSTEM
    url: str = ""  # MANUAL: proxy.example.com:8080 or http://proxy.example.com:8080
    user: str = ""
    password: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Connection:
    """Where and as whom to call Bedrock. `api_key` is a secret: never log or store it."""

    region: str = catalog.DEFAULT_REGION
    profile: str | None = None  # a named AWS profile; None = the standard credential chain
    api_key: str | None = field(default=None, repr=False)  # a Bedrock API key (bearer token)
    proxy: ProxyChoice = ProxyChoice()  # (frozen: safe as a shared default)

    def __repr__(self) -> str:  # keep the key out of logs and tracebacks
        key = "set" if self.api_key else "none"
        return (
            f"Connection(region={self.region!r}, profile={self.profile!r}, api_key={key}, "
            f"proxy={self.proxy.mode.value})"
        )


@dataclass(frozen=True)
class AskRequest:
    question: str
    attachments: tuple[Attachment, ...] = ()
    history: tuple[Turn, ...] = ()  # earlier turns, oldest first, starting with a user turn
    system: str = ""
    max_tokens: int = 4096
    temperature: float | None = None
    top_p: float | None = None
    tier: str = catalog.DEFAULT_TIER


# --- what streams back -------------------------------------------------------------------


@dataclass(frozen=True)
class TextDelta:
    text: str


@dataclass(frozen=True)
class Stopped:
    reason: str  # Bedrock's stopReason: end_turn, max_tokens, ...


@dataclass(frozen=True)
class Usage:
    input_tokens: int
    output_tokens: int
    total_tokens: int
    latency_ms: int | None = None
    tier_served: str | None = None  # catalog tier key actually served, if Bedrock said

    @property
    def estimated_cost_usd(self) -> float:
        return catalog.estimate_cost_usd(self.input_tokens, self.output_tokens)


@dataclass(frozen=True)
class Failed:
    """The stream ended with an error. Text streamed before it is kept by the consumer."""

    error: KnownError


@dataclass(frozen=True)
class Started:
    """The service accepted the request; `request_id` is AWS's id for support and audit."""

    request_id: str | None


StreamEvent = Started | TextDelta | Stopped | Usage | Failed


STOP_REASON_WORDS = {
    "end_turn": "",
    "stop_sequence": "",
    # (translate() is lazy: English Said values the window says again in its language)
    "max_tokens": translate("domain", "The answer was cut off because it reached the maximum length."),
    "guardrail_intervened": translate("domain", "A guardrail stopped the answer."),
    "content_filtered": translate("domain", "The answer was stopped by a content filter."),
    "model_context_window_exceeded": translate(
        "domain", "The conversation is too long for the model; the answer was cut off."
    ),
}


@dataclass
class Answer:
    """Everything known about one answer once its stream has ended (or failed)."""

    text: str = ""
    stop_reason: str | None = None
    usage: Usage | None = None
    request_id: str | None = None
    error: KnownError | None = None
    region: str = ""
    profile_id: str = ""
    tier_requested: str = ""
    cancelled: bool = False

    @property
    def complete(self) -> bool:
        """True when the model finished on its own; a partial answer is kept but marked."""
        return self.error is None and not self.cancelled and self.stop_reason is not None

    @property
    def tier_served(self) -> str | None:
        return self.usage.tier_served if self.usage else None

    def apply(self, event: StreamEvent) -> None:
        if isinstance(event, TextDelta):
            self.text += event.text
        elif isinstance(event, Stopped):
            self.stop_reason = event.reason
        elif isinstance(event, Usage):
            self.usage = event
        elif isinstance(event, Started):
            self.request_id = event.request_id
        elif isinstance(event, Failed):
            self.error = event.error


# --- document review ---------------------------------------------------------------------


class MarkKind(enum.Enum):
    REDACTION = "redaction"  # burned black into whatever is sent from the page
    ANNOTATION = "annotation"  # the reviewer's box, with a note and a colour
    PIN = "pin"  # a point on the page, with a note and a colour (its box is x, y, 0, 0)
    REGION = "region"  # an area a question was asked about (its message_id is that question)


@dataclass(frozen=True)
class Mark:
    """Something on a page of a reviewed document, in the page's full-resolution pixels."""

    kind: MarkKind
    page: int  # 0-based
    box: tuple[int, int, int, int]  # x, y, width, height
    note: str = ""
    colour: str = ""  # #rrggbb, for annotations and pins
    id: int | None = None  # once stored
    document_id: int | None = None
    message_id: int | None = None


@dataclass(frozen=True)
class AskedRegion:
    """The area of a reviewed document's page a question was asked about (a whole page when the
    fine print was read)."""

    document_sha256: str
    document_name: str
    page: int  # 0-based
    box: tuple[int, int, int, int]
    fine_print: bool = False
