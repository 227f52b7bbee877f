"""Every setting pixdesk has, declared once: name, type, default, title, description, limits.

The window builds its Settings dialog from this table and stores values in QSettings; tests use
a plain dict. The Bedrock API key is *not* here: it lives in the OS keychain (pixdesk.secrets).
"""

from __future__ import annotations

import logging
import math
from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any

from pixdesk import catalog
from pixdesk.managed import NO_POLICY, Policy
from pixdesk.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
_RESOLUTIONS = ("model", "original")
# Capture shortcuts. In the window, Ctrl+Shift+S; everywhere else a combination no common program
# uses for itself: a global Ctrl+Shift+S would take "Save as" away from every other program.
WINDOW_CAPTURE_SHORTCUT = "Ctrl+Shift+S"
GLOBAL_CAPTURE_SHORTCUT = "Ctrl+Alt+S"
KEEP_DAYS = "history/keep_days"  # history retention: days without a question before a conversation goes (0: never)


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
    # Values for the description's {named} places: the description stays one translatable sentence.
    placeholders: tuple[tuple[str, object], ...] = ()

    @property
    def explanation(self) -> str:
        """The description with its placeholders filled (in English; the window translates
        `description` first, then fills it the same way)."""
        return self.description.format(**dict(self.placeholders))

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
        QT_TRANSLATE_NOOP("settings", "Company AWS sign-in"),
        QT_TRANSLATE_NOOP(
            "settings",
            "The sign-in your IT team set up on this computer. Leave it empty to use the one this computer "
            "already uses.",
        ),
        aws_term="AWS named profile (AWS_PROFILE, ~/.aws/config; AWS SSO / IAM Identity Center included). "
        "Empty: the default credential provider chain.",
    ),
    Setting(
        "aws/sso_start_url",
        str,
        "",
        QT_TRANSLATE_NOOP("settings", "Company sign-in page"),
        QT_TRANSLATE_NOOP(
            "settings",
            "The web address where you sign in with your company account, if your IT team gave you one. Leave it "
            "empty if you do not sign in through a web page.",
        ),
        aws_term="AWS IAM Identity Center (AWS SSO) start URL, e.g. https://my-company.awsapps.com/start.",
    ),
    Setting(
        "bedrock/region",
        str,
        catalog.DEFAULT_REGION,
        QT_TRANSLATE_NOOP("settings", "Where your data is processed"),
        QT_TRANSLATE_NOOP(
            "settings",
            "Your questions and images are processed in this part of the world: the United States or Europe.",
        ),
        choices=tuple(catalog.region_names()),
        aws_term="Source region; it decides the geo inference profile (us. or eu.) requests use.",
    ),
    Setting(
        "bedrock/tier",
        str,
        catalog.DEFAULT_TIER,
        QT_TRANSLATE_NOOP("settings", "Speed and price"),
        QT_TRANSLATE_NOOP(
            "settings",
            "Standard costs about ${input_price} per 1,000 tokens read and ${output_price} per 1,000 written (an "
            "estimate); Priority answers sooner when Bedrock is busy and costs more; Flex costs less but may wait.",
        ),
        choices=tuple(catalog.tier_keys()),
        placeholders=(("input_price", _PRICE.input_per_1k), ("output_price", _PRICE.output_per_1k)),
        aws_term="Bedrock service tier (serviceTier: default, priority or flex).",
    ),
    Setting(
        "chat/system_prompt",
        str,
        "",
        QT_TRANSLATE_NOOP("settings", "Instructions for every answer"),
        QT_TRANSLATE_NOOP(
            "settings",
            "Pixtral Large follows these in every conversation, for example “Answer in French” or “Be brief”.",
        ),
        aws_term="System prompt (the system field of the Converse request).",
    ),
    Setting(
        "chat/temperature",
        float,
        0.3,
        QT_TRANSLATE_NOOP("settings", "Variety of answers"),
        QT_TRANSLATE_NOOP("settings", "0 gives the most predictable answers; 1 the most varied."),
        minimum=catalog.LIMITS.temperature_range[0],
        maximum=catalog.LIMITS.temperature_range[1],
        aws_term="Temperature (inferenceConfig.temperature).",
    ),
    Setting(
        "chat/max_tokens",
        int,
        4096,
        QT_TRANSLATE_NOOP("settings", "Longest answer (tokens)"),
        QT_TRANSLATE_NOOP("settings", "Answers stop at this length; 1,000 tokens are about 750 words."),
        minimum=1,
        maximum=catalog.LIMITS.max_output_tokens,
        aws_term="Maximum output tokens (inferenceConfig.maxTokens).",
    ),
    Setting(
        "quota/requests_per_minute",
        int,
        catalog.DEFAULT_QUOTA.requests_per_minute,
        QT_TRANSLATE_NOOP("settings", "Questions a minute"),
        QT_TRANSLATE_NOOP(
            "settings",
            "How many questions your AWS account may ask Pixtral Large each minute; pixdesk waits rather than "
            "go over. Change it only if your AWS admin raised the limit.",
        ),
        minimum=1,
        maximum=100_000,
        aws_term="Bedrock service quota: on-demand requests per minute for Mistral Pixtral Large.",
    ),
    Setting(
        "quota/tokens_per_minute",
        int,
        catalog.DEFAULT_QUOTA.tokens_per_minute,
        QT_TRANSLATE_NOOP("settings", "Tokens a minute"),
        QT_TRANSLATE_NOOP(
            "settings",
            "How much text and images your account may send and receive each minute (a word is about 1.3 tokens, "
            "a full screenshot about 4,000).",
        ),
        minimum=1_000,
        maximum=2_000_000_000,
        aws_term="Bedrock service quota: on-demand tokens per minute (input and output) for Mistral Pixtral Large.",
    ),
    Setting(
        "quota/tokens_per_day",
        int,
        catalog.DEFAULT_QUOTA.tokens_per_day,
        QT_TRANSLATE_NOOP("settings", "Tokens a day"),
        QT_TRANSLATE_NOOP("settings", "The same, for a whole day."),
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
        QT_TRANSLATE_NOOP("settings", "Image detail sent"),
        QT_TRANSLATE_NOOP(
            "settings",
            "Model resolution is what Pixtral Large sees ({side}×{side}): smaller and faster. Original sends "
            "every pixel, up to Bedrock's limits, and takes longer.",
        ),
        choices=_RESOLUTIONS,
        placeholders=(("side", _SIDE),),
        aws_term=f"The model downscales images beyond {_SIDE}×{_SIDE}; Bedrock accepts up to "
        f"{catalog.LIMITS.image_side_px}×{catalog.LIMITS.image_side_px} px and "
        f"{catalog.LIMITS.image_bytes / 1e6:g} MB an image.",
    ),
    Setting(
        "desktop/keep_in_tray",
        bool,
        False,
        QT_TRANSLATE_NOOP("settings", "Keep pixdesk in the tray when the window is closed"),
        QT_TRANSLATE_NOOP(
            "settings",
            "Closing the window leaves pixdesk running, with its icon beside the clock: the capture shortcut and "
            "the icon's menu keep working. Choose Quit in that menu to end pixdesk.",
        ),
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
        QT_TRANSLATE_NOOP("settings", "Capture shortcut"),
        QT_TRANSLATE_NOOP(
            "settings",
            "Press it in any program to capture part of the screen and ask about it. In the pixdesk window, "
            "{shortcut} works too. Clear it to turn it off.",
        ),
        placeholders=(("shortcut", WINDOW_CAPTURE_SHORTCUT),),
        aws_term="A global hot key (Qt portable text, e.g. Ctrl+Alt+S).",
    ),
    Setting(
        "capture/offer_clipboard",
        bool,
        False,
        QT_TRANSLATE_NOOP("settings", "Offer screenshots copied to the clipboard"),
        QT_TRANSLATE_NOOP(
            "settings",
            "When you copy a screenshot in another program, pixdesk quietly offers to attach it. Nothing is sent "
            "until you ask your question.",
        ),
        aws_term="Watches the clipboard for new images while pixdesk runs.",
    ),
    # The proxy: shown by the Network section's own widget (pixdesk/ui/proxy_settings.py), hence
    # in_dialog=False; its password is in the OS keychain (pixdesk.secrets), never here.
    Setting(
        "network/proxy",
        str,
        "system",
        QT_TRANSLATE_NOOP("settings", "Proxy server"),
        QT_TRANSLATE_NOOP(
            "settings",
            "Most computers at work are already set up: keep “Use this computer's settings” unless your IT team "
            "gives you a proxy address for pixdesk.",
        ),
        choices=("system", "manual", "none"),
        in_dialog=False,
        aws_term="The HTTP proxy for every call to AWS (Bedrock and the sign-in): the system's settings "
        "(HTTPS_PROXY and NO_PROXY, or the Windows or macOS proxy settings), this proxy, or none.",
    ),
    Setting(
        "network/proxy_url",
        str,
        "",
        QT_TRANSLATE_NOOP("settings", "Proxy address"),
        QT_TRANSLATE_NOOP("settings", "The address your IT team gave you, for example proxy.example.com:8080."),
        in_dialog=False,
        aws_term="The proxy's URL (http://host:port), given to botocore as Config(proxies=…); HTTPS goes "
        "through it with CONNECT.",
    ),
    Setting(
        "network/proxy_user",
        str,
        "",
        QT_TRANSLATE_NOOP("settings", "Proxy user name"),
        QT_TRANSLATE_NOOP("settings", "Only if the proxy asks you to sign in; otherwise leave it empty."),
        in_dialog=False,
        aws_term="Proxy Basic authentication (Proxy-Authorization header).",
    ),
    Setting(
        "ui/language",
        str,
        "system",
        QT_TRANSLATE_NOOP("settings", "Language"),
        QT_TRANSLATE_NOOP(
            "settings",
            "The language of pixdesk's window. “Same as this computer” follows your system's language. A change "
            "shows the next time pixdesk starts.",
        ),
        choices=("system", "en", "de", "fr", "es"),
        aws_term="The window's language (Qt translations); system: the operating system's preferred languages.",
    ),
    Setting(
        KEEP_DAYS,
        int,
        0,  # forever: nothing is deleted unless the person (or IT) says so
        QT_TRANSLATE_NOOP("settings", "Keep conversations for"),
        QT_TRANSLATE_NOOP(
            "settings",
            "A conversation nothing was asked in for longer than this is deleted from this computer, with its "
            "images, when pixdesk starts and as soon as you save a shorter time.",
        ),
        minimum=0,
        maximum=36_500,
        aws_term="History retention in days (0: forever), judged by each conversation's last question or answer.",
    ),
    Setting(
        "updates/check",
        bool,
        False,  # opt-in: pixdesk contacts nothing but Bedrock unless the person says so
        QT_TRANSLATE_NOOP("settings", "Tell me when a new version of pixdesk is available"),
        QT_TRANSLATE_NOOP(
            "settings",
            "Once a day pixdesk looks at its release page and tells you when there is a newer version. It never "
            "downloads or installs anything by itself.",
        ),
        aws_term=f"Reads {catalog.RELEASE_FEED_URL} (GitHub's releases API) at most once a day; the request "
        "says only which pixdesk version asks.",
    ),
    Setting(
        "updates/last_checked",
        str,
        "",
        "When pixdesk last looked for a new version",
        "An ISO 8601 time in UTC; empty: never. pixdesk looks at most once a day.",
        in_dialog=False,
    ),
)
_BY_KEY = {s.key: s for s in SETTINGS}


class Settings:
    """Typed access to the declared settings over any mapping-like store, under the organisation's
    policy (pixdesk.managed). The one place that decides what a setting is now, for the window and
    the CLI alike: a locked policy value, else the person's, else the policy's default, else the
    built-in default — skipping any value that is not valid or not allowed."""

    def __init__(self, store: MutableMapping[str, Any] | None = None, policy: Policy = NO_POLICY) -> None:
        self._store: MutableMapping[str, Any] = {} if store is None else store
        self.policy = policy
        _check_policy(policy)

    @staticmethod
    def declared(key: str) -> Setting:
        return _BY_KEY[key]

    def get(self, key: str) -> Any:
        setting, policy = _BY_KEY[key], self.policy
        given = policy.values.get(key)
        candidates = (given,) if policy.is_locked(key) else (self._store.get(key), given)
        for candidate in candidates:
            if candidate is None:
                continue
            try:
                value = setting.validate(candidate)
            except ValueError:
                continue
            if not policy.refusal(key, value):
                return value
        return policy.nearest_allowed(key, setting.default)

    def set(self, key: str, value: Any) -> None:
        """Store `value`; ValueError (and nothing stored) if it is not allowed: by its declaration,
        or by the organisation. A locked setting accepts only its own value, and stores nothing."""
        checked = _BY_KEY[key].validate(value)
        refusal = self.refusal(key, checked)
        if refusal:
            raise ValueError(refusal)
        if not self.policy.is_locked(key):
            self._store[key] = checked

    def locked(self, key: str) -> bool:
        """True when the organisation set `key` for everyone: shown, never changed."""
        return self.policy.is_locked(key)

    def refusal(self, key: str, value: Any) -> str:
        """Why the organisation does not let `key` be `value`, in plain words ("" if it does)."""
        if self.policy.is_locked(key):
            current = self.get(key)
            if value != current:
                title = _BY_KEY[key].title
                return f"“{title}” is set by your organisation on this computer ({current}); it cannot be changed."
            return ""
        return self.policy.refusal(key, value)

    def allowed_regions(self) -> list[str]:
        """The regions the organisation lets people choose from (all, without a policy)."""
        return self.policy.allowed_regions()


def _check_policy(policy: Policy) -> None:
    """Say in the log (once, where the policy is applied) what of it pixdesk leaves out."""
    for key in sorted({*policy.values, *policy.locked}):
        setting = _BY_KEY.get(key)
        if setting is None:
            log.warning("managed settings (%s): %s is not a pixdesk setting; left out", policy.source, key)
        elif key in policy.values:
            try:
                setting.validate(policy.values[key])
            except ValueError as problem:
                log.warning("managed settings (%s): %s; left out", policy.source, problem)
