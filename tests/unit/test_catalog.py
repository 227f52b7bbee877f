"""The catalog: regions, profiles, tiers, limits, quotas and price, checked against a table
written out here by hand (never derived from the catalog itself)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pixdesk import catalog

US_PROFILE = "us.mistral.pixtral-large-2502-v1:0"
EU_PROFILE = "eu.mistral.pixtral-large-2502-v1:0"

# region -> (inference profile, display title)
EXPECTED_REGIONS = {
    "us-east-1": (US_PROFILE, "US East (N. Virginia)"),
    "us-east-2": (US_PROFILE, "US East (Ohio)"),
    "us-west-2": (US_PROFILE, "US West (Oregon)"),
    "eu-central-1": (EU_PROFILE, "Europe (Frankfurt)"),
    "eu-north-1": (EU_PROFILE, "Europe (Stockholm)"),
    "eu-west-1": (EU_PROFILE, "Europe (Ireland)"),
    "eu-west-3": (EU_PROFILE, "Europe (Paris)"),
}

# tier key -> serviceTier.type on the wire
EXPECTED_TIERS = {"standard": "default", "priority": "priority", "flex": "flex"}


# --- regions -----------------------------------------------------------------------------


def test_exactly_the_seven_source_regions():
    assert sorted(catalog.region_names()) == sorted(EXPECTED_REGIONS)
    assert len(catalog.REGIONS) == 7
    assert len(set(catalog.region_names())) == 7


@pytest.mark.parametrize(("name", "profile_id", "title"), [(name, p, t) for name, (p, t) in EXPECTED_REGIONS.items()])
def test_region_profile_and_title(name, profile_id, title):
    region = catalog.region(name)
    assert region.name == name
    assert region.profile_id == profile_id
    assert region.title == title


@pytest.mark.parametrize("name", ["ap-south-1", "us-west-1", "eu-west-2", "", "US-EAST-1"])
def test_unknown_region_is_a_key_error(name):
    with pytest.raises(KeyError):
        catalog.region(name)


def test_default_region_is_catalogued():
    assert catalog.DEFAULT_REGION in EXPECTED_REGIONS


@pytest.mark.parametrize(("profile_id", "key"), [(US_PROFILE, "us"), (EU_PROFILE, "eu")])
def test_geography_of_profile(profile_id, key):
    geography = catalog.geography_of_profile(profile_id)
    assert geography is not None
    assert geography.key == key
    assert geography.profile_id == profile_id


@pytest.mark.parametrize("profile_id", ["apac.mistral.pixtral-large-2502-v1:0", "mistral.pixtral-large-2502-v1:0", ""])
def test_geography_of_unknown_profile_is_none(profile_id):
    assert catalog.geography_of_profile(profile_id) is None


# --- tiers -------------------------------------------------------------------------------


def test_exactly_three_tiers():
    assert sorted(catalog.tier_keys()) == sorted(EXPECTED_TIERS)


@pytest.mark.parametrize(("key", "wire"), EXPECTED_TIERS.items())
def test_tier_wire_value(key, wire):
    assert catalog.tier(key).wire_value == wire


@pytest.mark.parametrize(("key", "wire"), EXPECTED_TIERS.items())
def test_tier_from_wire_round_trip(key, wire):
    served = catalog.tier_from_wire(wire)
    assert served is not None
    assert served.key == key
    assert catalog.tier_from_wire(catalog.tier(key).wire_value) == catalog.tier(key)


@pytest.mark.parametrize("wire", [None, "", "standard", "reserved", "DEFAULT", "Flex"])
def test_tier_from_wire_unknown_is_none(wire):
    assert catalog.tier_from_wire(wire) is None


@pytest.mark.parametrize("key", ["gold", "default", "", "Standard"])
def test_unknown_tier_is_a_key_error(key):
    with pytest.raises(KeyError):
        catalog.tier(key)


def test_default_tier_is_standard():
    assert catalog.DEFAULT_TIER == "standard"


# --- limits, quota, price ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("attribute", "expected"),
    [
        ("context_tokens", 128000),
        ("max_output_tokens", 16384),
        ("image_bytes", 3_750_000),
        ("image_side_px", 8000),
        ("images_per_message", 20),
        ("images_per_request", 8),
    ],
)
def test_model_limits(attribute, expected):
    assert getattr(catalog.LIMITS, attribute) == expected


def test_image_formats():
    assert set(catalog.LIMITS.image_formats) == {"png", "jpeg", "gif", "webp"}
    assert len(catalog.LIMITS.image_formats) == 4


def test_default_quota():
    assert catalog.DEFAULT_QUOTA.requests_per_minute == 10
    assert catalog.DEFAULT_QUOTA.tokens_per_minute == 80000


def test_estimate_cost():
    assert catalog.estimate_cost_usd(1000, 1000) == pytest.approx(0.008)
    assert catalog.estimate_cost_usd(0, 0) == 0


def test_estimate_cost_weights_output_more_than_input():
    assert catalog.estimate_cost_usd(0, 1000) > catalog.estimate_cost_usd(1000, 0) > 0


# --- the catalog is the single source of these facts --------------------------------------

PACKAGE = Path(__file__).resolve().parents[2] / "pixdesk"
FORBIDDEN_LITERALS = ("pixtral-large-2502", "us-east-1", "eu-west-3", "80_000", "80000", "16384", "16_384")


def _modules_other_than_catalog() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p != PACKAGE / "catalog.py")


def test_scan_finds_the_package():
    modules = _modules_other_than_catalog()
    assert (PACKAGE / "catalog.py").is_file()
    assert PACKAGE / "domain.py" in modules
    assert PACKAGE / "bedrock" / "request.py" in modules


def test_catalog_itself_contains_the_literals():
    # Proves the scan below looks for strings that really are the catalog's facts.
    text = (PACKAGE / "catalog.py").read_text(encoding="utf-8")
    for literal in ("pixtral-large-2502", "us-east-1", "eu-west-3", "80_000", "16_384"):
        assert literal in text


def test_no_other_module_repeats_catalog_literals():
    offenders = []
    for path in _modules_other_than_catalog():
        text = path.read_text(encoding="utf-8")
        for literal in FORBIDDEN_LITERALS:
            if literal in text:
                offenders.append(f"{path.relative_to(PACKAGE.parent)}: {literal!r}")
    assert offenders == []
