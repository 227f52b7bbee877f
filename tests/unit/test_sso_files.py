"""The IAM Identity Center sign-in written where the AWS CLI keeps its own: the AWS config file
(backed up, nothing removed or reordered, comments kept, someone else's sections left alone) and
the standard SSO token cache (the file botocore reads)."""

from __future__ import annotations

import hashlib
import json
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import botocore.session
import pytest
from botocore.utils import JSONFileCache, SSOTokenLoader

from pixdesk.bedrock import sso_files
from pixdesk.bedrock.sso import Portal, Registration, RoleChoice, Token

PORTAL = Portal("https://acme.awsapps.com/start", "eu-central-1")
PROD_READ = RoleChoice("111122223333", "Production", "ReadOnly")

THEIRS = """\
# My AWS settings — hand-written, keep this comment
[default]
region = us-east-1
output = json

; a profile for the data team
[profile data]
role_arn = arn:aws:iam::999999999999:role/Data
source_profile = default
s3 =
  max_concurrent_requests = 20
"""


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("USERPROFILE", str(tmp_path / "home"))
    return tmp_path / "home"


def _config(isolated_aws: Path) -> Path:
    return isolated_aws / "config"


def _token(minutes: int = 60, refresh: str | None = "refresh-1", registration_days: int = 90) -> Token:
    now = datetime.now(UTC)
    registration = Registration("client-1", "client-secret-1", now + timedelta(days=registration_days))
    return Token("access-1", now + timedelta(minutes=minutes), registration, refresh)


def test_a_new_sign_in_adds_a_session_and_a_profile_after_everything_there(isolated_aws):
    config = _config(isolated_aws)
    config.write_text(THEIRS)
    config.chmod(0o640)
    saved = sso_files.save_profile(PORTAL, PROD_READ, "eu-west-1")
    text = config.read_text()
    assert text.startswith(THEIRS)  # every line of theirs, in order, comments included
    assert (saved.profile, saved.session_name) == ("Production-ReadOnly", "acme")
    assert text[len(THEIRS) :] == (
        "\n[sso-session acme]\n"
        "sso_start_url = https://acme.awsapps.com/start\n"
        "sso_region = eu-central-1\n"
        "sso_registration_scopes = sso:account:access\n"
        "\n[profile Production-ReadOnly]\n"
        "sso_session = acme\n"
        "sso_account_id = 111122223333\n"
        "sso_role_name = ReadOnly\n"
        "region = eu-west-1\n"
    )
    assert saved.backup is not None and saved.backup.read_text() == THEIRS  # the copy made first
    assert saved.backup.parent == config.parent and saved.backup.name.startswith("config.pixdesk-backup-")
    assert stat.S_IMODE(config.stat().st_mode) == 0o640  # its permissions kept
    # …and botocore reads it as the AWS CLI would.
    profile = botocore.session.Session(profile="Production-ReadOnly").get_scoped_config()
    assert profile["sso_session"] == "acme" and profile["sso_role_name"] == "ReadOnly"


def test_no_config_file_yet_makes_one_for_this_user_only(tmp_path, monkeypatch):
    config = tmp_path / "fresh" / ".aws" / "config"
    monkeypatch.setenv("AWS_CONFIG_FILE", str(config))
    saved = sso_files.save_profile(PORTAL, PROD_READ, "us-east-1")
    assert saved.backup is None
    assert "[profile Production-ReadOnly]" in config.read_text()
    assert stat.S_IMODE(config.stat().st_mode) == 0o600


def test_someone_elses_section_of_the_same_name_is_left_alone(isolated_aws):
    config = _config(isolated_aws)
    original = (
        "[sso-session acme]\nsso_start_url = https://other.awsapps.com/start\nsso_region = us-east-1\n\n"
        "[profile Production-ReadOnly]\nregion = us-west-2\ncredential_process = /usr/bin/get-creds\n"
    )
    config.write_text(original)
    saved = sso_files.save_profile(PORTAL, PROD_READ, "eu-west-1")
    text = config.read_text()
    assert text.startswith(original)  # untouched
    assert (saved.session_name, saved.profile) == ("acme-2", "Production-ReadOnly-2")
    assert "[sso-session acme-2]\nsso_start_url = https://acme.awsapps.com/start\n" in text
    assert "[profile Production-ReadOnly-2]\nsso_session = acme-2\n" in text


def test_the_aws_clis_own_session_for_the_same_portal_is_shared(isolated_aws):
    config = _config(isolated_aws)
    original = (
        "[sso-session my-sso]  # made by aws configure sso\n"
        "sso_start_url = https://acme.awsapps.com/start/\n"
        "sso_region = eu-central-1\n"
        "sso_registration_scopes = sso:account:access,codewhisperer:completions\n"
        "\n[default]\nregion = us-east-1\n"
    )
    config.write_text(original)
    saved = sso_files.save_profile(PORTAL, PROD_READ, "eu-west-1")
    text = config.read_text()
    assert saved.session_name == "my-sso"  # one sign-in for both tools: the same token cache file
    assert text.startswith(original)  # their session's scopes are theirs: not rewritten
    assert text.count("[sso-session") == 1
    assert "[profile Production-ReadOnly]\nsso_session = my-sso\n" in text


def test_signing_in_again_to_the_same_role_updates_only_that_profiles_region_in_place(isolated_aws):
    config = _config(isolated_aws)
    sso_files.save_profile(PORTAL, PROD_READ, "eu-west-1")
    with config.open("a") as file:  # the person adds to it afterwards, and a section after it
        file.write("# mine\n[profile later]\nregion = ap-south-1\n")
    before = config.read_text()
    saved = sso_files.save_profile(PORTAL, PROD_READ, "us-east-1")
    after = config.read_text()
    assert saved.profile == "Production-ReadOnly"
    assert after == before.replace("region = eu-west-1", "region = us-east-1")  # that line alone changed
    assert saved.backup is not None and saved.backup.read_text() == before


def test_nothing_to_change_writes_nothing_and_backs_nothing_up(isolated_aws):
    sso_files.save_profile(PORTAL, PROD_READ, "eu-west-1")
    before = _config(isolated_aws).read_bytes()
    backups = sorted(isolated_aws.glob("config.pixdesk-backup-*"))
    saved = sso_files.save_profile(PORTAL, PROD_READ, "eu-west-1")
    assert saved.backup is None
    assert _config(isolated_aws).read_bytes() == before
    assert sorted(isolated_aws.glob("config.pixdesk-backup-*")) == backups


def test_a_windows_config_file_keeps_its_line_endings(isolated_aws):
    config = _config(isolated_aws)
    config.write_bytes(b"[default]\r\nregion = us-east-1\r\n")
    sso_files.save_profile(PORTAL, PROD_READ, "eu-west-1")
    data = config.read_bytes()
    assert data.startswith(b"[default]\r\nregion = us-east-1\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_a_section_to_update_with_a_key_missing_gets_it_after_its_last_line(isolated_aws):
    config = _config(isolated_aws)
    config.write_text(
        "[profile Production-ReadOnly]\nsso_session = acme\nsso_account_id = 111122223333\n"
        "sso_role_name = ReadOnly\n\n[sso-session acme]\nsso_start_url = https://acme.awsapps.com/start\n"
        "sso_region = eu-central-1\n"
    )
    sso_files.save_profile(PORTAL, PROD_READ, "eu-west-1")
    assert config.read_text() == (
        "[profile Production-ReadOnly]\nsso_session = acme\nsso_account_id = 111122223333\n"
        "sso_role_name = ReadOnly\nregion = eu-west-1\n\n[sso-session acme]\n"
        "sso_start_url = https://acme.awsapps.com/start\nsso_region = eu-central-1\n"
        "sso_registration_scopes = sso:account:access\n"
    )


# --- the token cache -----------------------------------------------------------------------------


def test_the_token_is_where_botocore_looks_with_the_keys_it_reads(home):
    path = sso_files.save_token("acme", PORTAL, _token())
    assert path == home / ".aws" / "sso" / "cache" / f"{hashlib.sha1(b'acme').hexdigest()}.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    record = json.loads(path.read_text())
    assert set(record) == {
        "startUrl",
        "region",
        "accessToken",
        "expiresAt",
        "clientId",
        "clientSecret",
        "registrationExpiresAt",
        "refreshToken",
    }
    assert record["expiresAt"].endswith("Z") and record["region"] == "eu-central-1"
    loaded = SSOTokenLoader(JSONFileCache(str(path.parent)))(PORTAL.start_url, session_name="acme")
    assert loaded["accessToken"] == "access-1" and loaded["refreshToken"] == "refresh-1"


def test_the_expiry_of_a_profiles_sign_in_and_whether_it_renews(isolated_aws, home):
    saved = sso_files.save_profile(PORTAL, PROD_READ, "eu-west-1")
    assert sso_files.sign_in_expiry(saved.profile) is None  # set up, never signed in
    token = _token(minutes=30)
    sso_files.save_token(saved.session_name, PORTAL, token)
    expiry = sso_files.sign_in_expiry(saved.profile)
    assert expiry is not None and expiry.renews and expiry.session_name == "acme"
    assert abs((expiry.expires_at - token.expires_at).total_seconds()) < 1
    sso_files.save_token(saved.session_name, PORTAL, _token(refresh=None))
    assert sso_files.sign_in_expiry(saved.profile).renews is False  # no refresh token
    sso_files.save_token(saved.session_name, PORTAL, _token(registration_days=-1))
    assert sso_files.sign_in_expiry(saved.profile).renews is False  # the registration is over
    assert sso_files.cached_registration("acme") is None
    assert sso_files.sign_in_expiry("data") is None  # not an Identity Center profile


def test_the_portal_of_a_session_comes_from_the_config_file(isolated_aws):
    saved = sso_files.save_profile(PORTAL, PROD_READ, "eu-west-1")
    assert sso_files.portal_of_session(saved.session_name) == PORTAL
    assert sso_files.session_of_profile(saved.profile) == "acme"
    assert sso_files.portal_of_session("nothing") is None
