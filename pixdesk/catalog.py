"""Everything pixdesk knows about Bedrock and Pixtral Large, declared once.

No other module repeats these literals: regions, geo inference profiles, service tiers, model
limits and default quotas all come from here.
"""

from __future__ import annotations

from dataclasses import dataclass

MODEL_ID = "mistral.pixtral-large-2502-v1:0"
MODEL_NAME = "Pixtral Large"
SERVICE_NAME = "bedrock-runtime"  # boto3 client name
SIGNING_NAME = "bedrock"  # SigV4 service in the credential scope


@dataclass(frozen=True)
class Geography:
    key: str  # "us" / "eu": the geo inference profile prefix
    title: str

    @property
    def profile_id(self) -> str:
        return f"{self.key}.{MODEL_ID}"


US = Geography("us", "United States")
EU = Geography("eu", "Europe")
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
    Region("us-east-1", "US East (N. Virginia)", US),
    Region("us-east-2", "US East (Ohio)", US),
    Region("us-west-2", "US West (Oregon)", US),
    Region("eu-central-1", "Europe (Frankfurt)", EU),
    Region("eu-north-1", "Europe (Stockholm)", EU),
    Region("eu-west-1", "Europe (Ireland)", EU),
    Region("eu-west-3", "Europe (Paris)", EU),
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
    title: str
    wire_value: str  # serviceTier.type on the wire ("Standard" is spelled "default")
    description: str


TIERS: tuple[Tier, ...] = (
    Tier("standard", "Standard", "default", "Normal speed and price."),
    Tier("priority", "Priority", "priority", "Faster under load; costs more."),
    Tier("flex", "Flex", "flex", "Cheaper; may be slower when Bedrock is busy."),
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
