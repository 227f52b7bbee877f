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


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "aws/profile",
        str,
        "",
        "AWS profile",
        "A profile from your AWS configuration (including AWS SSO). Empty: the standard chain.",
    ),
    Setting(
        "bedrock/region",
        str,
        catalog.DEFAULT_REGION,
        "Region",
        "Where requests are sent from; decides the US or EU inference profile.",
        choices=tuple(catalog.region_names()),
    ),
    Setting(
        "bedrock/tier",
        str,
        catalog.DEFAULT_TIER,
        "Service tier",
        "Standard, Priority (faster under load, costs more) or Flex (cheaper, may be slower).",
        choices=tuple(catalog.tier_keys()),
    ),
    Setting("chat/system_prompt", str, "", "System prompt", "Instructions the model follows in every conversation."),
    Setting(
        "chat/temperature",
        float,
        0.3,
        "Temperature",
        "0 gives the most predictable answers; 1 the most varied.",
        minimum=catalog.LIMITS.temperature_range[0],
        maximum=catalog.LIMITS.temperature_range[1],
    ),
    Setting(
        "chat/max_tokens",
        int,
        4096,
        "Longest answer (tokens)",
        "Answers stop at this length.",
        minimum=1,
        maximum=catalog.LIMITS.max_output_tokens,
    ),
    Setting(
        "quota/requests_per_minute",
        int,
        catalog.DEFAULT_QUOTA.requests_per_minute,
        "Requests a minute",
        "Your account's Bedrock quota for Pixtral Large; pixdesk paces itself to it. Raise it only if AWS "
        "raised your quota.",
        minimum=1,
        maximum=100_000,
    ),
    Setting(
        "quota/tokens_per_minute",
        int,
        catalog.DEFAULT_QUOTA.tokens_per_minute,
        "Tokens a minute",
        "Input and output tokens a minute your account may use.",
        minimum=1_000,
        maximum=2_000_000_000,
    ),
    Setting(
        "quota/tokens_per_day",
        int,
        catalog.DEFAULT_QUOTA.tokens_per_day,
        "Tokens a day",
        "Tokens a day your account may use.",
        minimum=1_000,
        maximum=2_000_000_000,
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
        "Image resolution",
        "Model: what Pixtral sees (1024×1024), smaller and faster. Original: up to Bedrock's limits.",
        choices=_RESOLUTIONS,
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
