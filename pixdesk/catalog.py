"""Everything pixdesk knows about Bedrock and Pixtral Large, declared once.

No other module repeats these literals: regions, geo inference profiles, service tiers, model
limits and default quotas all come from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from pixdesk.words import QT_TRANSLATE_NOOP

MODEL_ID = "mistral.pixtral-large-2502-v1:0"
MODEL_NAME = "Pixtral Large"
SERVICE_NAME = "bedrock-runtime"  # boto3 client name
SIGNING_NAME = "bedrock"  # SigV4 service in the credential scope
# The model card's end-of-life promise, as Bedrock words it; after it Bedrock may retire the model.
MODEL_END_OF_LIFE = "no sooner than 2026-04-08"

# Where pixdesk learns of new versions: GitHub's "latest release" API (drafts and pre-releases are
# never "latest"). PLACEHOLDER until the project's repository is named: the owner "_pixdesk-owner_"
# cannot be a GitHub account (no underscores allowed), so no one else can ever answer it.
RELEASE_FEED_URL = "https://api.github.com/repos/_pixdesk-owner_/pixdesk/releases/latest"


@dataclass(frozen=True)
class Geography:
    key: str  # "us" / "eu": the geo inference profile prefix
    title: str  # on screen: "where your data is processed"
    description: str = ""  # one plain sentence for tooltips and Settings

    @property
    def profile_id(self) -> str:
        return f"{self.key}.{MODEL_ID}"


# (The words marked QT_TRANSLATE_NOOP are translated where the window shows them.)
US = Geography(
    "us",
    QT_TRANSLATE_NOOP("catalog", "United States"),
    QT_TRANSLATE_NOOP("catalog", "Your questions and images are processed in the United States."),
)
EU = Geography(
    "eu",
    QT_TRANSLATE_NOOP("catalog", "Europe"),
    QT_TRANSLATE_NOOP("catalog", "Your questions and images are processed in Europe (they stay in the EU)."),
)
GEOGRAPHIES = (US, EU)


@dataclass(frozen=True)
class Region:
    name: str  # e.g. "us-east-1"
    title: str  # e.g. "US East (N. Virginia)"
    geography: Geography

    @property
    def profile_id(self) -> str:
        """The inference profile a call from this source region must use."""
        return self.geography.profile_id


# Source regions of the geo inference profiles. In-Region calls are not supported.
REGIONS: tuple[Region, ...] = (
    Region("us-east-1", QT_TRANSLATE_NOOP("catalog", "US East (N. Virginia)"), US),
    Region("us-east-2", QT_TRANSLATE_NOOP("catalog", "US East (Ohio)"), US),
    Region("us-west-2", QT_TRANSLATE_NOOP("catalog", "US West (Oregon)"), US),
    Region("eu-central-1", QT_TRANSLATE_NOOP("catalog", "Europe (Frankfurt)"), EU),
    Region("eu-north-1", QT_TRANSLATE_NOOP("catalog", "Europe (Stockholm)"), EU),
    Region("eu-west-1", QT_TRANSLATE_NOOP("catalog", "Europe (Ireland)"), EU),
    Region("eu-west-3", QT_TRANSLATE_NOOP("catalog", "Europe (Paris)"), EU),
)
DEFAULT_REGION = "us-east-1"
_REGIONS_BY_NAME = {r.name: r for r in REGIONS}


def region(name: str) -> Region:
    """The catalogued region called `name`; KeyError for any other."""
    return _REGIONS_BY_NAME[name]


def region_names() -> list[str]:
    return [r.name for r in REGIONS]


def geography_of_profile(profile_id: str) -> Geography | None:
    return next((g for g in GEOGRAPHIES if g.profile_id == profile_id), None)


@dataclass(frozen=True)
class Tier:
    key: str  # what people type: standard / priority / flex
    title: str  # short, where room is tight (an answer's footer): "Priority"
    wire_value: str  # serviceTier.type on the wire ("Standard" is spelled "default")
    description: str  # one plain sentence: what choosing it means for the person
    hint: str = ""  # the few words that tell the tiers apart: "faster, costs more"

    @property
    def label(self) -> str:
        """The name in pickers: "Priority (faster, costs more)"."""
        return f"{self.title} ({self.hint})" if self.hint else self.title


TIERS: tuple[Tier, ...] = (
    Tier(
        "standard",
        QT_TRANSLATE_NOOP("catalog", "Standard"),
        "default",
        QT_TRANSLATE_NOOP("catalog", "The usual speed, at the standard price."),
    ),
    Tier(
        "priority",
        QT_TRANSLATE_NOOP("catalog", "Priority"),
        "priority",
        QT_TRANSLATE_NOOP("catalog", "Answers sooner when Bedrock is busy; costs more than Standard."),
        QT_TRANSLATE_NOOP("catalog", "faster, costs more"),
    ),
    Tier(
        "flex",
        QT_TRANSLATE_NOOP("catalog", "Flex"),
        "flex",
        QT_TRANSLATE_NOOP("catalog", "Costs less than Standard; answers may wait when Bedrock is busy."),
        QT_TRANSLATE_NOOP("catalog", "cheaper, may wait"),
    ),
)
DEFAULT_TIER = "standard"
_TIERS_BY_KEY = {t.key: t for t in TIERS}
_TIERS_BY_WIRE = {t.wire_value: t for t in TIERS}


def tier(key: str) -> Tier:
    """The tier called `key` (standard/priority/flex); KeyError for any other."""
    return _TIERS_BY_KEY[key]


def tier_keys() -> list[str]:
    return [t.key for t in TIERS]


def tier_from_wire(value: str | None) -> Tier | None:
    return _TIERS_BY_WIRE.get(value or "")


@dataclass(frozen=True)
class ModelLimits:
    context_tokens: int = 128_000
    max_output_tokens: int = 16_384
    # Bedrock's own limits for Converse image blocks.
    images_per_message: int = 20
    image_bytes: int = 3_750_000  # 3.75 MB
    image_side_px: int = 8000
    image_formats: tuple[str, ...] = ("png", "jpeg", "gif", "webp")
    # Mistral's limits for Pixtral: images beyond 1024x1024 are downscaled by the model.
    images_per_request: int = 8
    model_side_px: int = 1024
    patch_px: int = 16
    temperature_range: tuple[float, float] = (0.0, 1.0)
    top_p_range: tuple[float, float] = (0.0, 1.0)
    stop_sequences: int = 10


LIMITS = ModelLimits()


@dataclass(frozen=True)
class Quota:
    requests_per_minute: int = 10
    tokens_per_minute: int = 80_000
    tokens_per_day: int = 57_600_000


DEFAULT_QUOTA = Quota()


@dataclass(frozen=True)
class Price:
    """USD per 1,000 tokens. Third-party figures, not confirmed on AWS's page: an estimate."""

    input_per_1k: float = 0.002
    output_per_1k: float = 0.006


STANDARD_PRICE = Price()


def estimate_cost_usd(input_tokens: int, output_tokens: int, price: Price = STANDARD_PRICE) -> float:
    return input_tokens / 1000 * price.input_per_1k + output_tokens / 1000 * price.output_per_1k
