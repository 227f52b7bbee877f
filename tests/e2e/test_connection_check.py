"""Which credentials pixdesk would use, in words (real botocore, real config files), and the
one-question connection test against the local Bedrock server."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from pixdesk.domain import Connection
from pixdesk.services import connection as connection_service
from pixdesk.services.connection import CredentialState, available_profiles, check_credentials
from pixdesk.testing.server import Fault

SSO_CONFIG = """\
[profile corp]
sso_session = corp
sso_account_id = 111122223333
sso_role_name = R
region = eu-west-1
[sso-session corp]
sso_start_url = https://example.invalid/start
sso_region = eu-west-1
"""


@pytest.fixture(autouse=True)
def tmp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """botocore looks for the SSO token cache under ~/.aws/sso/cache: keep it out of reach."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    return home


def _config(aws: Path, text: str) -> None:
    (aws / "config").write_text(text)


# --- check_credentials --------------------------------------------------------------------


def test_an_api_key_given_by_the_app_is_ready():
    status = check_credentials(Connection(api_key="ABSK-local-test-key"))
    assert status.state is CredentialState.READY
    assert status.label == "Signed in with an API key"
    assert "API key" in status.detail
    assert status.message == ""


def test_an_api_key_in_the_environment_is_ready(monkeypatch):
    monkeypatch.setenv("AWS_BEARER_TOKEN_BEDROCK", "local-test-key")
    status = check_credentials(Connection())
    assert status.state is CredentialState.READY
    assert status.label == "Signed in with an API key"
    assert "AWS_BEARER_TOKEN_BEDROCK" in status.detail
    assert "local-test-key" not in status.label + status.message + status.detail


def test_environment_access_keys_are_ready(aws_keys):
    status = check_credentials(Connection())
    assert status.state is CredentialState.READY
    assert status.label == "Signed in (set up by your IT team)"
    assert "environment variables" in status.detail  # the exact method, for the tooltip


def test_a_profile_with_keys_in_the_credentials_file_is_ready(isolated_aws):
    (isolated_aws / "credentials").write_text(
        "[work]\naws_access_key_id = AKIDPIXDESKWORK\naws_secret_access_key = local-secret\n"
    )
    status = check_credentials(Connection(profile="work"))
    assert status.state is CredentialState.READY
    assert status.label == "Signed in (company AWS sign-in)"
    assert "work" in status.detail and "credentials file" in status.detail


def test_no_credentials_at_all_is_not_connected():
    status = check_credentials(Connection())
    assert status.state is CredentialState.MISSING
    assert status.label == "Not signed in"
    assert status.message  # a sentence saying what is wrong


def test_a_profile_that_does_not_exist_is_not_connected():
    status = check_credentials(Connection(profile="nowhere"))
    assert status.state is CredentialState.MISSING
    assert status.label == "Not signed in"
    assert "nowhere" in status.message


def test_an_sso_profile_without_a_sign_in_has_expired(isolated_aws):
    _config(isolated_aws, SSO_CONFIG)
    status = check_credentials(Connection(region="eu-west-1", profile="corp"))
    assert status.state is CredentialState.EXPIRED
    assert status.label == "Sign-in expired"
    # The window offers "Sign in again" for this sign-in (its sso-session): no terminal command to suggest.
    assert status.message == "Your company's AWS sign-in has ended. Sign in again to carry on."
    assert status.sso_session == "corp" and "corp" in status.detail


def test_a_failing_credential_process_is_invalid(isolated_aws):
    _config(isolated_aws, "[profile broken]\ncredential_process = /bin/false\n")
    status = check_credentials(Connection(profile="broken"))
    assert status.state is CredentialState.INVALID
    assert status.label == "Sign-in problem"
    assert "broken" in status.message


def test_nothing_escapes_from_a_broken_config_file(isolated_aws):
    _config(isolated_aws, "[profile half\nregion = \x00\n")
    status = check_credentials(Connection(profile="half"))
    assert status.state is not CredentialState.READY
    assert status.label and status.message


# --- available_profiles -------------------------------------------------------------------


def test_available_profiles_lists_the_config_and_credentials_files(isolated_aws):
    _config(
        isolated_aws, SSO_CONFIG + "[profile broken]\ncredential_process = /bin/false\n[default]\nregion = us-east-1\n"
    )
    (isolated_aws / "credentials").write_text("[work]\naws_access_key_id = A\naws_secret_access_key = B\n")
    assert available_profiles() == ["broken", "corp", "default", "work"]


def test_available_profiles_with_empty_files_is_empty():
    assert available_profiles() == []


# --- the connection test ------------------------------------------------------------------


def test_the_connection_test_says_where_the_answer_came_from(bedrock, engine):
    result = asyncio.run(connection_service.test_connection(engine, Connection(), "standard"))
    assert result.ok is True
    assert "US East (N. Virginia)" in result.message and "Pixtral Large" in result.message
    [request] = bedrock.requests
    assert request.body["inferenceConfig"]["maxTokens"] == 10  # one word, not an essay
    assert request.body["serviceTier"] == {"type": "default"}


def test_the_connection_test_from_another_region_and_tier(bedrock, engine):
    result = asyncio.run(connection_service.test_connection(engine, Connection(region="eu-west-3"), "flex"))
    assert result.ok is True
    assert "Europe (Paris)" in result.message
    assert bedrock.requests[0].region == "eu-west-3"
    assert bedrock.requests[0].body["serviceTier"] == {"type": "flex"}


def test_the_connection_test_explains_a_refusal_in_a_sentence(bedrock, engine):
    bedrock.inject(Fault.error("AccessDeniedException", times=None))
    result = asyncio.run(connection_service.test_connection(engine, Connection(), "standard"))
    assert result.ok is False
    assert "Exception" not in result.message and "Traceback" not in result.message
    assert "access" in result.message.lower()
    assert result.message[0].isupper() and result.message.endswith(".")
    assert "\n" not in result.message


def test_a_refusal_is_reported_at_once(bedrock, engine):
    """The answer to a refused call is on the wire in milliseconds; pixdesk should not add to it."""
    bedrock.inject(Fault.error("AccessDeniedException", times=None))
    asyncio.run(connection_service.test_connection(engine, Connection(), "standard"))  # builds the client

    async def six_tests() -> list[float]:
        took = []
        for _ in range(6):
            started = time.monotonic()
            result = await connection_service.test_connection(engine, Connection(), "standard")
            took.append(time.monotonic() - started)
            assert result.ok is False
        return took

    took = asyncio.run(six_tests())
    assert max(took) < 0.3, [round(t, 2) for t in took]
