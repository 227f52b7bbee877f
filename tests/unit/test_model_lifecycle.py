"""When Bedrock retires Pixtral Large, or takes a Legacy model away from an inactive account, the
person reads that in plain words with what to do — not "could not be found" or "did not accept
this question". Bedrock's own wording decides (its error codes for this have varied)."""

from __future__ import annotations

import pytest
from botocore import exceptions as bx

from pixdesk import catalog
from pixdesk.bedrock.errors import map_exception
from pixdesk.errors import Action, Kind
from pixdesk.testing.server import MODEL_LEGACY_MESSAGE, MODEL_RETIRED_MESSAGE, Fault

LEGACY_15_DAYS = MODEL_LEGACY_MESSAGE.replace("30 days", "15 days")


def client_error(code: str, message: str) -> bx.ClientError:
    return bx.ClientError({"Error": {"Code": code, "Message": message}}, "ConverseStream")


@pytest.mark.parametrize("code", ["ResourceNotFoundException", "ValidationException", "AccessDeniedException"])
def test_end_of_life_is_retired(code):
    error = map_exception(client_error(code, MODEL_RETIRED_MESSAGE), "us-east-1")
    assert error.kind is Kind.MODEL_RETIRED
    assert error.message == "Amazon Bedrock no longer offers Pixtral Large to this account (it has been retired)."
    assert "Ask your AWS admin" in error.action_hint and "export" in error.action_hint
    assert error.action is Action.NONE and not error.retryable  # asking again cannot help
    assert error.detail == f"{code}: {MODEL_RETIRED_MESSAGE}"  # Bedrock's words, for the details


@pytest.mark.parametrize("message", [MODEL_LEGACY_MESSAGE, LEGACY_15_DAYS])
@pytest.mark.parametrize("code", ["ResourceNotFoundException", "AccessDeniedException"])
def test_legacy_without_recent_use_is_access_removed(code, message):
    error = map_exception(client_error(code, message), "eu-west-1")
    assert error.kind is Kind.MODEL_ACCESS_REMOVED
    assert "removed this account's access to Pixtral Large" in error.message
    assert "whether access can be restored" in error.action_hint
    assert not error.retryable


def test_mid_stream_end_of_life_is_retired_too():
    error = map_exception(
        bx.EventStreamError({"Error": {"Code": "validationException", "Message": MODEL_RETIRED_MESSAGE}}, "x"),
        "us-east-1",
    )
    assert error.kind is Kind.MODEL_RETIRED


@pytest.mark.parametrize(
    ("code", "message", "kind"),
    [
        ("ResourceNotFoundException", "Model not found.", Kind.NOT_FOUND),
        (
            "AccessDeniedException",
            "You don't have access to the model with the specified model ID.",
            Kind.ACCESS_DENIED,
        ),
        ("ValidationException", "The provided request is not valid.", Kind.REQUEST_REJECTED),
        ("ThrottlingException", MODEL_RETIRED_MESSAGE, Kind.THROTTLED),  # only the codes Bedrock uses for it
    ],
)
def test_other_errors_keep_their_kinds(code, message, kind):
    assert map_exception(client_error(code, message), "us-east-1").kind is kind


def test_both_kinds_end_the_cli_as_access_problems():
    assert Kind.MODEL_RETIRED.exit_code == Kind.MODEL_ACCESS_REMOVED.exit_code == Kind.ACCESS_DENIED.exit_code == 3


def test_the_local_server_speaks_bedrocks_words():
    retired, legacy = Fault.parse("retired"), Fault.parse("legacy")
    assert (retired.code, retired.message, retired.times) == ("ResourceNotFoundException", MODEL_RETIRED_MESSAGE, None)
    assert (legacy.code, legacy.message) == ("ResourceNotFoundException", MODEL_LEGACY_MESSAGE)


def test_the_end_of_life_fact_is_data():
    assert catalog.MODEL_END_OF_LIFE == "no sooner than 2026-04-08"
