"""Managed settings (issue #16): the policy IT sets for a computer, read from each OS's place
(Linux for real, from files; macOS from plist bytes; Windows from a registry-like mapping), and
how pixdesk.settings.Settings obeys it: locked > the person's > the policy's default > built-in."""

from __future__ import annotations

import logging
import plistlib
import sys
from pathlib import Path

import pytest

from pixdesk import managed
from pixdesk.managed import Policy, ini_entries, plist_entries, policy_from, read_linux, registry_entries
from pixdesk.settings import Settings

ROOT = Path(__file__).resolve().parents[2]

EU_LOCKED = """\
; pixdesk for everyone at Example GmbH
[bedrock]
region=eu-central-1
region_locked=true
allowed_geographies=eu
tier=flex

[aws]
sso_start_url=https://example.awsapps.com/start#/
"""


def write_conf(folder: Path, text: str, name: str = "pixdesk") -> Path:
    path = folder / "pixdesk" / f"{name}.conf"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- Linux: the /etc/xdg file, in QSettings' INI format ------------------------------------------


def test_linux_policy_is_read_from_the_xdg_config_dirs_file(tmp_path):
    path = write_conf(tmp_path, EU_LOCKED)
    policy = read_linux({"XDG_CONFIG_DIRS": str(tmp_path)})
    assert policy.values == {
        "bedrock/region": "eu-central-1",
        "bedrock/tier": "flex",
        "aws/sso_start_url": "https://example.awsapps.com/start#/",  # '#' inside a value is no comment
    }
    assert policy.locked == {"bedrock/region"}
    assert policy.allowed_geographies == {"eu"}
    assert policy.source == str(path)


def test_machine_policy_on_linux_reads_xdg_config_dirs(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    write_conf(tmp_path, EU_LOCKED)
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{tmp_path / 'none'}:{tmp_path}")
    assert managed.machine_policy().locked == {"bedrock/region"}


def test_no_file_no_policy(tmp_path):
    policy = read_linux({"XDG_CONFIG_DIRS": str(tmp_path)})
    assert policy == managed.NO_POLICY
    assert read_linux({}).source in ("", "/etc/xdg/pixdesk/pixdesk.conf")  # (the default folder, if IT set one)


def test_qsettings_ini_quirks():
    """What Qt's QSettings makes of the same lines (tests/ui/test_managed_settings.py compares the
    two on one file)."""
    text = (
        "top=1\n"  # before any section: top level
        "# a comment\n"
        "[General]\n"
        "also_top=2\n"
        "[%General]\n"
        "x=3\n"  # a group called General
        "[bedrock]\n"
        "allowed_geographies = eu, us ; both\n"  # a list; ';' starts a comment
        'quoted="a, b"\n'  # quotes keep the comma
        "Case=Upper\n"
        "case=lower\n"  # keys keep their case
        "sub\\deep=4\n"  # '\' separates groups
        "percent=100%\n"  # no interpolation
    )
    assert ini_entries(text) == {
        "top": "1",
        "also_top": "2",
        "General/x": "3",
        "bedrock/allowed_geographies": ["eu", "us"],
        "bedrock/quoted": "a, b",
        "bedrock/Case": "Upper",
        "bedrock/case": "lower",
        "bedrock/sub/deep": "4",
        "bedrock/percent": "100%",
    }


def test_the_first_xdg_folder_wins_and_the_application_file_before_the_organisation_file(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    write_conf(first, "[bedrock]\ntier=flex\n")
    write_conf(second, "[bedrock]\ntier=priority\nregion=eu-west-1\nregion_locked=1\n")
    policy = read_linux({"XDG_CONFIG_DIRS": f"{first}:{second}"})
    assert policy.values == {"bedrock/tier": "flex", "bedrock/region": "eu-west-1"}
    assert policy.locked == {"bedrock/region"}  # a lock anywhere holds


def test_an_unreadable_file_is_left_out_and_said_in_the_log(tmp_path, caplog):
    write_conf(tmp_path, "[bedrock\nregion=eu-west-1\n")
    with caplog.at_level(logging.WARNING, "pixdesk.managed"):
        policy = read_linux({"XDG_CONFIG_DIRS": str(tmp_path)})
    assert policy.values == {}
    assert "cannot read the managed settings" in caplog.text


# --- macOS: a managed preferences plist ------------------------------------------------------------


def test_macos_plist_flat_and_nested_keys():
    data = plistlib.dumps(
        {
            "bedrock/region": "eu-west-3",
            "bedrock/region_locked": True,
            "bedrock": {"allowed_geographies": ["eu"], "tier_locked": True},
            "quota": {"requests_per_minute": 50},
            "PayloadUUID": "ignored by pixdesk's keys",
        }
    )
    policy = policy_from(plist_entries(data, "test.plist"), "test.plist")
    assert policy.values == {
        "bedrock/region": "eu-west-3",
        "quota/requests_per_minute": 50,
        "PayloadUUID": "ignored by pixdesk's keys",
    }
    assert policy.locked == {"bedrock/region", "bedrock/tier"}
    assert policy.allowed_geographies == {"eu"}


def test_macos_reader_reads_its_file(tmp_path):
    path = tmp_path / "io.github.pixdesk.plist"
    path.write_bytes(plistlib.dumps({"updates/check": False, "updates/check_locked": True}, fmt=plistlib.FMT_BINARY))
    policy = managed.read_macos(path)
    assert policy.values == {"updates/check": False} and policy.locked == {"updates/check"}
    assert managed.read_macos(tmp_path / "missing.plist") == managed.NO_POLICY


def test_a_damaged_plist_is_left_out(caplog):
    with caplog.at_level(logging.WARNING, "pixdesk.managed"):
        assert plist_entries(b"<plist><dict><key>x", "bad.plist") == {}
    assert "bad.plist" in caplog.text


def test_the_macos_file_is_named_after_the_bundle_id():
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import bundle  # packaging/bundle.py
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    assert managed.BUNDLE_ID == bundle.BUNDLE_ID
    assert str(managed.MACOS_FILE) == f"/Library/Managed Preferences/{bundle.BUNDLE_ID}.plist"


# --- Windows: the policy key, as winreg hands it over ---------------------------------------------


class FakeKey:
    """A registry key: {name: data} values and {name: FakeKey} subkeys (REG_SZ → str,
    REG_DWORD → int, REG_MULTI_SZ → list, as winreg.EnumValue gives them)."""

    def __init__(self, values: dict | None = None, subkeys: dict | None = None) -> None:
        self._values, self._subkeys = values or {}, subkeys or {}

    def values(self):
        return self._values.items()

    def subkeys(self):
        return self._subkeys.items()


def test_windows_policy_key_subkeys_are_groups():
    key = FakeKey(
        {"": "(Default) means nothing"},
        {
            "bedrock": FakeKey(
                {"region": "us-west-2", "region_locked": 1, "tier": "priority", "allowed_geographies": ["us"]}
            ),
            "quota": FakeKey({"tokens_per_minute": 400_000, "tokens_per_minute_locked": 0}),
            "capture": FakeKey({"offer_clipboard": 0, "offer_clipboard_locked": 1}),
        },
    )
    policy = policy_from(dict(registry_entries(key)), "HKLM")
    assert policy.values == {
        "bedrock/region": "us-west-2",
        "bedrock/tier": "priority",
        "quota/tokens_per_minute": 400_000,
        "capture/offer_clipboard": 0,
    }
    assert policy.locked == {"bedrock/region", "capture/offer_clipboard"}  # a DWORD 0 is no lock
    assert policy.allowed_geographies == {"us"}
    settings = Settings({"capture/offer_clipboard": True}, policy)
    assert settings.get("capture/offer_clipboard") is False  # REG_DWORD 0 is False
    assert settings.get("quota/tokens_per_minute") == 400_000


def test_the_windows_key_is_the_policy_key():
    assert managed.WINDOWS_KEY == r"Software\Policies\pixdesk\pixdesk"


# --- what Settings makes of it: one place for the window and the CLI -------------------------------


def policy(values: dict | None = None, locked=(), geographies=()) -> Policy:
    return Policy(values or {}, frozenset(locked), frozenset(geographies), "test")


def test_precedence_locked_then_yours_then_the_policys_default_then_built_in():
    tier = "bedrock/tier"
    assert Settings({}, policy()).get(tier) == "standard"  # built-in
    assert Settings({}, policy({tier: "flex"})).get(tier) == "flex"  # the policy's default
    assert Settings({tier: "priority"}, policy({tier: "flex"})).get(tier) == "priority"  # yours
    assert Settings({tier: "priority"}, policy({tier: "flex"}, locked=[tier])).get(tier) == "flex"  # locked
    assert Settings({tier: "priority"}, policy(locked=[tier])).get(tier) == "standard"  # locked to the built-in
    assert Settings({tier: "turbo"}, policy({tier: "flex"})).get(tier) == "flex"  # a broken value of yours


def test_a_locked_setting_refuses_another_value_and_stores_nothing():
    store: dict = {}
    settings = Settings(store, policy({"aws/profile": "corp"}, locked=["aws/profile"]))
    assert settings.locked("aws/profile") and not settings.locked("bedrock/tier")
    with pytest.raises(ValueError, match="set by your organisation"):
        settings.set("aws/profile", "personal")
    settings.set("aws/profile", "corp")  # its own value: accepted (the Settings dialog saves every field)
    assert store == {}
    assert settings.get("aws/profile") == "corp"


def test_allowed_geographies_hide_and_refuse_other_regions():
    store = {"bedrock/region": "us-east-1"}  # chosen before IT kept data in Europe
    eu_only = Settings(store, policy(geographies=["eu"]))
    assert eu_only.allowed_regions() == ["eu-central-1", "eu-north-1", "eu-west-1", "eu-west-3"]
    assert eu_only.get("bedrock/region") == "eu-central-1"  # not used any more: the first allowed
    assert Settings(store, policy({"bedrock/region": "eu-west-3"}, geographies=["eu"])).get("bedrock/region") == (
        "eu-west-3"
    )
    with pytest.raises(ValueError) as refused:
        eu_only.set("bedrock/region", "us-west-2")
    assert str(refused.value) == (
        "US West (Oregon) is not allowed on this computer: your organisation allows only Europe "
        "(eu-central-1, eu-north-1, eu-west-1, eu-west-3)."
    )
    assert store == {"bedrock/region": "us-east-1"}
    eu_only.set("bedrock/region", "eu-west-1")
    assert eu_only.get("bedrock/region") == "eu-west-1"


def test_without_a_policy_nothing_changes():
    settings = Settings({"bedrock/region": "us-west-2"})
    assert settings.get("bedrock/region") == "us-west-2" and not settings.locked("bedrock/region")
    assert len(settings.allowed_regions()) == 7


def test_what_a_policy_gets_wrong_is_left_out_and_said_in_the_log(caplog):
    with caplog.at_level(logging.WARNING):
        settings = Settings(
            {},
            policy_from(
                {
                    "bedrock/tier": "turbo",
                    "bedrock/tier_locked": "true",
                    "bedrock/colour": "blue",
                    "bedrock/allowed_geographies": "mars",
                },
                "policy.conf",
            ),
        )
    assert settings.get("bedrock/tier") == "standard"  # locked, to the built-in default
    assert len(settings.allowed_regions()) == 7  # an unknown geography allows nothing less
    assert "bedrock/colour is not a pixdesk setting" in caplog.text
    assert "turbo" in caplog.text and "mars" in caplog.text


@pytest.mark.parametrize(
    "key",
    [
        "bedrock/region",
        "bedrock/tier",
        "aws/profile",
        "aws/sso_start_url",
        "quota/requests_per_minute",
        "quota/tokens_per_minute",
        "quota/tokens_per_day",
        "updates/check",
        "capture/offer_clipboard",
    ],
)
def test_the_settings_it_asks_to_lock_are_declared(key):
    Settings.declared(key)  # KeyError if not
