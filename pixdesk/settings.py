"""Every setting pixdesk has, declared once: name, type, default, title, description, limits.

The window builds its Settings dialog from this table and stores values in QSettings; tests use
a plain dict. The Bedrock API key is *not* here: it lives in the OS keychain (pixdesk.secrets).
"""

from __future__ import annotations

import math
from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any

from pixdesk import catalog

_RESOLUTIONS = ("model", "original")
# Capture shortcuts. In the window, Ctrl+Shift+S; everywhere else a combination no common program
# uses for itself: a global Ctrl+Shift+S would take "Save as" away from every other program.
WINDOW_CAPTURE_SHORTCUT = "Ctrl+Shift+S"
GLOBAL_CAPTURE_SHORTCUT = "Ctrl+Alt+S"


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    title: str
    description: str = ""
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    in_dialog: bool = True  # False: kept by the window itself (e.g. what you typed last time)
    aws_term: str = ""  # the exact AWS words, for a tooltip: for the person who asks

    def validate(self, value: Any) -> Any:
        """`value` converted to this setting's type; ValueError if it is not allowed."""
        if self.type is bool:
            result = value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
        else:
            try:
                result = self.type(value)
            except (TypeError, ValueError):
                raise ValueError(f"{self.title}: {value!r} is not a {self.type.__name__}") from None
        if isinstance(result, float) and math.isnan(result):  # NaN slips through every range check
            raise ValueError(f"{self.title}: {value!r} is not a number")
        if self.choices and str(result) not in self.choices:
            raise ValueError(f"{self.title}: {value!r} is not one of {', '.join(self.choices)}")
        if self.minimum is not None and result < self.minimum:
            raise ValueError(f"{self.title}: {value!r} is below {self.minimum}")
        if self.maximum is not None and result > self.maximum:
            raise ValueError(f"{self.title}: {value!r} is above {self.maximum}")
        return result

    def coerce(self, value: Any) -> Any:
        """Like validate, but falls back to the default: a hand-edited or older settings file
        must never break the app."""
        if value is None:
            return self.default
        try:
            return self.validate(value)
        except ValueError:
            return self.default


_PRICE = catalog.STANDARD_PRICE
_SIDE = catalog.LIMITS.model_side_px

SETTINGS: tuple[Setting, ...] = (
    Setting(
        "aws/profile",
        str,
        "",
        "Company AWS sign-in",
        "The sign-in your IT team set up on this computer. Leave it empty to use the one this computer already uses.",
        aws_term="AWS named profile (AWS_PROFILE, ~/.aws/config; AWS SSO / IAM Identity Center included). "
        "Empty: the default credential provider chain.",
    ),
    Setting(
        "bedrock/region",
        str,
        catalog.DEFAULT_REGION,
        "Where your data is processed",
        "Your questions and images are processed in this part of the world: the United States or Europe.",
        choices=tuple(catalog.region_names()),
        aws_term="Source region; it decides the geo inference profile (us. or eu.) requests use.",
    ),
    Setting(
        "bedrock/tier",
        str,
        catalog.DEFAULT_TIER,
        "Speed and price",
        f"Standard costs about ${_PRICE.input_per_1k} per 1,000 tokens read and ${_PRICE.output_per_1k} per "
        "1,000 written (an estimate); Priority answers sooner when Bedrock is busy and costs more; Flex costs "
        "less but may wait.",
        choices=tuple(catalog.tier_keys()),
        aws_term="Bedrock service tier (serviceTier: default, priority or flex).",
    ),
    Setting(
        "chat/system_prompt",
        str,
        "",
        "Instructions for every answer",
        "Pixtral Large follows these in every conversation, for example “Answer in French” or “Be brief”.",
        aws_term="System prompt (the system field of the Converse request).",
    ),
    Setting(
        "chat/temperature",
        float,
        0.3,
        "Variety of answers",
        "0 gives the most predictable answers; 1 the most varied.",
        minimum=catalog.LIMITS.temperature_range[0],
        maximum=catalog.LIMITS.temperature_range[1],
        aws_term="Temperature (inferenceConfig.temperature).",
    ),
    Setting(
        "chat/max_tokens",
        int,
        4096,
        "Longest answer (tokens)",
        "Answers stop at this length; 1,000 tokens are about 750 words.",
        minimum=1,
        maximum=catalog.LIMITS.max_output_tokens,
        aws_term="Maximum output tokens (inferenceConfig.maxTokens).",
    ),
    Setting(
        "quota/requests_per_minute",
        int,
        catalog.DEFAULT_QUOTA.requests_per_minute,
        "Questions a minute",
        "How many questions your AWS account may ask Pixtral Large each minute; pixdesk waits rather than "
        "go over. Change it only if your AWS admin raised the limit.",
        minimum=1,
        maximum=100_000,
        aws_term="Bedrock service quota: on-demand requests per minute for Mistral Pixtral Large.",
    ),
    Setting(
        "quota/tokens_per_minute",
        int,
        catalog.DEFAULT_QUOTA.tokens_per_minute,
        "Tokens a minute",
        "How much text and images your account may send and receive each minute (a word is about 1.3 tokens, "
        "a full screenshot about 4,000).",
        minimum=1_000,
        maximum=2_000_000_000,
        aws_term="Bedrock service quota: on-demand tokens per minute (input and output) for Mistral Pixtral Large.",
    ),
    Setting(
        "quota/tokens_per_day",
        int,
        catalog.DEFAULT_QUOTA.tokens_per_day,
        "Tokens a day",
        "The same, for a whole day.",
        minimum=1_000,
        maximum=2_000_000_000,
        aws_term="Bedrock service quota: tokens per day for Mistral Pixtral Large.",
    ),
    Setting(
        "batch/own_prompts",
        str,
        "",
        "Your batch prompts",
        "The prompts you added in the batch window, one a line, offered again.",
        in_dialog=False,
    ),
    Setting(
        "images/resolution",
        str,
        "model",
        "Image detail sent",
        f"Model resolution is what Pixtral Large sees ({_SIDE}×{_SIDE}): smaller and faster. Original sends "
        "every pixel, up to Bedrock's limits, and takes longer.",
        choices=_RESOLUTIONS,
        aws_term=f"The model downscales images beyond {_SIDE}×{_SIDE}; Bedrock accepts up to "
        f"{catalog.LIMITS.image_side_px}×{catalog.LIMITS.image_side_px} px and "
        f"{catalog.LIMITS.image_bytes / 1e6:g} MB an image.",
    ),
    Setting(
        "desktop/keep_in_tray",
        bool,
        False,
        "Keep pixdesk in the tray when the window is closed",
        "Closing the window leaves pixdesk running, with its icon beside the clock: the capture shortcut and "
        "the icon's menu keep working. Choose Quit in that menu to end pixdesk.",
        aws_term="The system tray (notification area, menu bar extras).",
    ),
    Setting(
        "desktop/tray_asked",
        bool,
        False,
        "Asked about keeping pixdesk in the tray",
        "The first close asks once; the answer is the setting above.",
        in_dialog=False,
    ),
    Setting(
        "capture/global_shortcut",
        str,
        GLOBAL_CAPTURE_SHORTCUT,
        "Capture shortcut",
        "Press it in any program to capture part of the screen and ask about it. In the pixdesk window, "
        f"{WINDOW_CAPTURE_SHORTCUT} works too. Clear it to turn it off.",
        aws_term="A global hot key (Qt portable text, e.g. Ctrl+Alt+S).",
    ),
    Setting(
        "capture/offer_clipboard",
        bool,
        False,
        "Offer screenshots copied to the clipboard",
        "When you copy a screenshot in another program, pixdesk quietly offers to attach it. Nothing is sent "
        "until you ask your question.",
        aws_term="Watches the clipboard for new images while pixdesk runs.",
    ),
)
_BY_KEY = {s.key: s for s in SETTINGS}


class Settings:
    """Typed access to the declared settings over any mapping-like store."""

    def __init__(self, store: MutableMapping[str, Any] | None = None) -> None:
        self._store: MutableMapping[str, Any] = {} if store is None else store

    @staticmethod
    def declared(key: str) -> Setting:
        return _BY_KEY[key]

    def get(self, key: str) -> Any:
        return _BY_KEY[key].coerce(self._store.get(key))

    def set(self, key: str, value: Any) -> None:
        """Store `value`; ValueError (and nothing stored) if it is not allowed."""
        self._store[key] = _BY_KEY[key].validate(value)
