"""The settings table and typed access over a plain dict (the window uses QSettings, which hands
back strings for everything it read from disk)."""

from __future__ import annotations

import pytest

from pixdesk.settings import SETTINGS, Settings

# Written out by hand, not derived from the table: what a fresh install must start with.
EXPECTED_DEFAULTS = {
    "aws/profile": "",
    "aws/sso_start_url": "",  # managed settings (#16): IT may set it for everyone
    "bedrock/region": "us-east-1",
    "bedrock/tier": "standard",
    "chat/system_prompt": "",
    "chat/temperature": 0.3,
    "chat/max_tokens": 4096,
    "images/resolution": "model",
    "batch/own_prompts": "",
    # Capture (#15): the tray asks once; no global shortcut a common program uses; the clipboard watch off
    "desktop/keep_in_tray": False,
    "desktop/tray_asked": False,
    "capture/global_shortcut": "Ctrl+Alt+S",
    "capture/offer_clipboard": False,
    # Bedrock's default quotas for Pixtral Large
    "quota/requests_per_minute": 10,
    "quota/tokens_per_minute": 80_000,
    "quota/tokens_per_day": 57_600_000,
    # Updates (#16): opt-in; never looked yet
    "updates/check": False,
    "updates/last_checked": "",
    # Languages (#16): the system's, unless chosen in Settings
    "ui/language": "system",
    # Company networks (#16): the computer's proxy settings unless one is chosen (its password: keychain)
    "network/proxy": "system",
    "network/proxy_url": "",
    "network/proxy_user": "",
    # History retention (#16, managed settings): kept forever unless the person or IT says otherwise
    "history/keep_days": 0,
}


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.key)
def test_each_default_is_valid_for_its_own_setting(setting):
    value = setting.validate(setting.default)
    assert value == setting.default
    assert type(value) is setting.type


def test_the_declared_settings_and_their_defaults():
    assert {s.key: s.default for s in SETTINGS} == EXPECTED_DEFAULTS
    assert len({s.key for s in SETTINGS}) == len(SETTINGS)  # no key declared twice


def test_get_returns_the_defaults_from_an_empty_store():
    store: dict = {}
    settings = Settings(store)
    assert {key: settings.get(key) for key in EXPECTED_DEFAULTS} == EXPECTED_DEFAULTS
    assert store == {}  # reading never writes


def test_set_stores_valid_values():
    store: dict = {}
    settings = Settings(store)
    settings.set("bedrock/region", "eu-west-3")
    settings.set("bedrock/tier", "flex")
    settings.set("chat/max_tokens", 16_384)
    settings.set("chat/temperature", 0.0)
    settings.set("images/resolution", "original")
    settings.set("aws/profile", "work")
    assert store == {
        "bedrock/region": "eu-west-3",
        "bedrock/tier": "flex",
        "chat/max_tokens": 16_384,
        "chat/temperature": 0.0,
        "images/resolution": "original",
        "aws/profile": "work",
    }
    assert settings.get("bedrock/region") == "eu-west-3"
    assert settings.get("chat/max_tokens") == 16_384


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("bedrock/tier", "turbo"),
        ("bedrock/tier", "Standard"),  # keys are lower case; the title is not a key
        ("bedrock/region", "ap-south-1"),  # a real AWS region, but not one Pixtral Large is called from
        ("bedrock/region", ""),
        ("chat/max_tokens", 0),
        ("chat/max_tokens", 16_385),
        ("chat/max_tokens", -1),
        ("chat/max_tokens", "lots"),
        ("chat/temperature", 1.5),
        ("chat/temperature", -0.1),
        ("chat/temperature", "warm"),
        ("chat/temperature", "nan"),  # not a number at all; Bedrock would refuse every question
        ("images/resolution", "4k"),
        ("images/resolution", ""),
    ],
)
def test_set_rejects_values_that_are_not_allowed_and_stores_nothing(key, value):
    store: dict = {}
    settings = Settings(store)
    with pytest.raises(ValueError):
        settings.set(key, value)
    assert store == {}
    assert settings.get(key) == EXPECTED_DEFAULTS[key]


def test_a_rejected_value_leaves_the_previous_one_in_place():
    store: dict = {}
    settings = Settings(store)
    settings.set("chat/max_tokens", 2000)
    with pytest.raises(ValueError):
        settings.set("chat/max_tokens", 16_385)
    assert store == {"chat/max_tokens": 2000}


def test_the_error_names_the_setting_in_words():
    with pytest.raises(ValueError, match="Speed and price"):
        Settings({}).set("bedrock/tier", "turbo")


@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [
        ("chat/max_tokens", "2000", 2000),
        ("chat/temperature", "0.5", 0.5),
        ("chat/temperature", "1", 1.0),
        ("bedrock/region", "eu-central-1", "eu-central-1"),
    ],
)
def test_set_coerces_strings_as_qsettings_returns_them(key, text, expected):
    store: dict = {}
    Settings(store).set(key, text)
    assert store[key] == expected
    assert type(store[key]) is type(expected)


@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [
        ("chat/max_tokens", "2000", 2000),
        ("chat/temperature", "0.5", 0.5),
        ("images/resolution", "original", "original"),
    ],
)
def test_get_converts_strings_read_back_from_a_settings_file(key, text, expected):
    value = Settings({key: text}).get(key)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    ("key", "junk"),
    [
        ("chat/max_tokens", "lots"),
        ("chat/max_tokens", "0"),
        ("chat/max_tokens", "99999"),
        ("chat/max_tokens", ""),
        ("chat/temperature", "hot"),
        ("chat/temperature", "7"),
        ("chat/temperature", "nan"),  # float("nan") passes every < and > comparison
        ("chat/temperature", "inf"),
        ("bedrock/tier", "gold"),
        ("bedrock/region", "mars-north-1"),
        ("images/resolution", "8k"),
        ("chat/max_tokens", ["a", "list"]),
    ],
)
def test_get_falls_back_to_the_default_for_junk_in_the_store(key, junk):
    """A hand-edited or older settings file must never break the app."""
    value = Settings({key: junk}).get(key)
    assert value == EXPECTED_DEFAULTS[key]


def test_junk_for_one_setting_does_not_affect_the_others():
    settings = Settings({"chat/max_tokens": "lots", "chat/temperature": "0.7"})
    assert settings.get("chat/max_tokens") == 4096
    assert settings.get("chat/temperature") == 0.7


def test_unknown_keys_are_refused():
    settings = Settings({"chat/colour": "blue"})
    with pytest.raises(KeyError):
        settings.get("chat/colour")
    with pytest.raises(KeyError):
        settings.set("chat/colour", "red")
    with pytest.raises(KeyError):
        Settings.declared("chat/colour")


def test_declared_describes_a_setting():
    setting = Settings.declared("chat/max_tokens")
    assert setting.title and setting.description
    assert (setting.minimum, setting.maximum) == (1, 16_384)
