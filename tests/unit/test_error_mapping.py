"""map_exception: every failure boto3/botocore/urllib3 can raise becomes a plain-words KnownError."""

from __future__ import annotations

import re

import pytest
from botocore import exceptions as bx
from urllib3 import exceptions as u3

from pixdesk.bedrock.errors import map_exception
from pixdesk.errors import Action, Kind, KnownError

ENDPOINT = "https://bedrock-runtime.eu-west-1.amazonaws.com/model/x/converse-stream"


def client_error(code: str, message: str = "Something happened.") -> bx.ClientError:
    return bx.ClientError(
        {"Error": {"Code": code, "Message": message}, "ResponseMetadata": {"HTTPStatusCode": 400}}, "ConverseStream"
    )


def stream_error(code: str, message: str = "Something happened mid-stream.") -> bx.EventStreamError:
    return bx.EventStreamError({"Error": {"Code": code, "Message": message}}, "ConverseStream")


# (test id, exception, kind, exit code, action, technical code expected in detail)
CASES = [
    # modeled Bedrock errors (HTTP responses)
    (
        "access-denied",
        client_error("AccessDeniedException", "You don't have access to the model."),
        Kind.ACCESS_DENIED,
        3,
        Action.REQUEST_ACCESS,
        "AccessDeniedException",
    ),
    (
        "expired-token",
        client_error("ExpiredTokenException", "The security token included in the request is expired"),
        Kind.EXPIRED_CREDENTIALS,
        3,
        Action.SIGN_IN,
        "ExpiredTokenException",
    ),
    (
        "unrecognized-client",
        client_error("UnrecognizedClientException", "The security token is invalid."),
        Kind.INVALID_CREDENTIALS,
        3,
        Action.SIGN_IN,
        "UnrecognizedClientException",
    ),
    (
        "throttling",
        client_error("ThrottlingException", "Too many requests, please wait before trying again."),
        Kind.THROTTLED,
        4,
        Action.WAIT_AND_RETRY,
        "ThrottlingException",
    ),
    (
        "quota-exceeded",
        client_error("ServiceQuotaExceededException", "Too many tokens per day."),
        Kind.THROTTLED,
        4,
        Action.WAIT_AND_RETRY,
        "ServiceQuotaExceededException",
    ),
    (
        "model-not-ready",
        client_error("ModelNotReadyException", "Model is not ready."),
        Kind.MODEL_NOT_READY,
        4,
        Action.WAIT_AND_RETRY,
        "ModelNotReadyException",
    ),
    (
        "model-timeout",
        client_error("ModelTimeoutException", "Model timed out."),
        Kind.TIMED_OUT,
        5,
        Action.RETRY,
        "ModelTimeoutException",
    ),
    (
        "service-unavailable",
        client_error("ServiceUnavailableException", "Service unavailable."),
        Kind.SERVICE_UNAVAILABLE,
        5,
        Action.RETRY,
        "ServiceUnavailableException",
    ),
    (
        "not-found",
        client_error("ResourceNotFoundException", "Model not found."),
        Kind.NOT_FOUND,
        5,
        Action.NONE,
        "ResourceNotFoundException",
    ),
    (
        "validation-generic",
        client_error("ValidationException", "The provided request is not valid."),
        Kind.REQUEST_REJECTED,
        5,
        Action.FIX_INPUT,
        "ValidationException",
    ),
    # AWS's own constraint wording, which does not end with a period
    (
        "validation-constraint",
        client_error(
            "ValidationException",
            "1 validation error detected: Value '0' at 'inferenceConfig.maxTokens' failed to satisfy "
            "constraint: Member must have value greater than or equal to 1",
        ),
        Kind.REQUEST_REJECTED,
        5,
        Action.FIX_INPUT,
        "ValidationException",
    ),
    (
        "validation-too-long",
        client_error("ValidationException", "Input is too long for requested model."),
        Kind.CONTEXT_TOO_LONG,
        2,
        Action.SHORTEN,
        "ValidationException",
    ),
    (
        "internal-server",
        client_error("InternalServerException", "Internal error."),
        Kind.SERVICE_ERROR,
        5,
        Action.RETRY,
        "InternalServerException",
    ),
    (
        "model-error",
        client_error("ModelErrorException", "The model failed."),
        Kind.SERVICE_ERROR,
        5,
        Action.RETRY,
        "ModelErrorException",
    ),
    (
        "unknown-code",
        client_error("BrandNewFancyException", "What is this?"),
        Kind.SERVICE_ERROR,
        5,
        Action.RETRY,
        "BrandNewFancyException",
    ),
    # exception events in the middle of the stream (lowercase first letter on the wire)
    (
        "stream-throttling",
        stream_error("throttlingException"),
        Kind.THROTTLED,
        4,
        Action.WAIT_AND_RETRY,
        "throttlingException",
    ),
    (
        "stream-model-error",
        stream_error("modelStreamErrorException"),
        Kind.SERVICE_ERROR,
        5,
        Action.RETRY,
        "modelStreamErrorException",
    ),
    (
        "stream-unavailable",
        stream_error("serviceUnavailableException"),
        Kind.SERVICE_UNAVAILABLE,
        5,
        Action.RETRY,
        "serviceUnavailableException",
    ),
    (
        "stream-validation",
        stream_error("validationException", "Bad request."),
        Kind.REQUEST_REJECTED,
        5,
        Action.FIX_INPUT,
        "validationException",
    ),
    (
        "stream-internal",
        stream_error("internalServerException"),
        Kind.SERVICE_ERROR,
        5,
        Action.RETRY,
        "internalServerException",
    ),
    # credentials
    ("no-credentials", bx.NoCredentialsError(), Kind.NO_CREDENTIALS, 3, Action.SIGN_IN, "NoCredentialsError"),
    (
        "profile-not-found",
        bx.ProfileNotFound(profile="work"),
        Kind.NO_CREDENTIALS,
        3,
        Action.SIGN_IN,
        "ProfileNotFound",
    ),
    (
        "sso-token-load",
        bx.SSOTokenLoadError(error_msg="Token for my-sso does not exist"),
        Kind.EXPIRED_CREDENTIALS,
        3,
        Action.SIGN_IN,
        "SSOTokenLoadError",
    ),
    (
        "sso-unauthorized",
        bx.UnauthorizedSSOTokenError(),
        Kind.EXPIRED_CREDENTIALS,
        3,
        Action.SIGN_IN,
        "UnauthorizedSSOTokenError",
    ),
    (
        "token-retrieval",
        bx.TokenRetrievalError(provider="sso", error_msg="Token has expired and refresh failed"),
        Kind.EXPIRED_CREDENTIALS,
        3,
        Action.SIGN_IN,
        "TokenRetrievalError",
    ),
    (
        "partial-credentials",
        bx.PartialCredentialsError(provider="env", cred_var="AWS_SECRET_ACCESS_KEY"),
        Kind.INVALID_CREDENTIALS,
        3,
        Action.SIGN_IN,
        "PartialCredentialsError",
    ),
    (
        "credential-retrieval",
        bx.CredentialRetrievalError(provider="custom-process", error_msg="exit 1"),
        Kind.INVALID_CREDENTIALS,
        3,
        Action.SIGN_IN,
        "CredentialRetrievalError",
    ),
    # network
    (
        "endpoint-connection",
        bx.EndpointConnectionError(endpoint_url=ENDPOINT),
        Kind.CONNECTION_FAILED,
        5,
        Action.CHECK_NETWORK,
        "EndpointConnectionError",
    ),
    (
        "connect-timeout",
        bx.ConnectTimeoutError(endpoint_url=ENDPOINT),
        Kind.CONNECTION_FAILED,
        5,
        Action.CHECK_NETWORK,
        "ConnectTimeoutError",
    ),
    ("read-timeout", bx.ReadTimeoutError(endpoint_url=ENDPOINT), Kind.TIMED_OUT, 5, Action.RETRY, "ReadTimeoutError"),
    (
        "urllib3-read-timeout",
        u3.ReadTimeoutError(None, ENDPOINT, "Read timed out."),
        Kind.TIMED_OUT,
        5,
        Action.RETRY,
        "ReadTimeoutError",
    ),
    (
        "ssl",
        bx.SSLError(endpoint_url=ENDPOINT, error="certificate verify failed: self-signed certificate"),
        Kind.TLS_FAILED,
        5,
        Action.CHECK_NETWORK,
        "SSLError",
    ),
    (
        "response-streaming",
        bx.ResponseStreamingError(error="Connection broken: IncompleteRead"),
        Kind.CONNECTION_LOST,
        5,
        Action.RETRY,
        "ResponseStreamingError",
    ),
    (
        "connection-closed",
        bx.ConnectionClosedError(endpoint_url=ENDPOINT),
        Kind.CONNECTION_LOST,
        5,
        Action.RETRY,
        "ConnectionClosedError",
    ),
    (
        "urllib3-protocol",
        u3.ProtocolError("Connection aborted.", ConnectionResetError(104, "Connection reset")),
        Kind.CONNECTION_LOST,
        5,
        Action.RETRY,
        "ProtocolError",
    ),
    (
        "https-required",
        bx.InvalidEndpointConfigurationError(msg="A Bedrock API key (bearer token) requires an HTTPS endpoint"),
        Kind.TLS_FAILED,
        5,
        Action.SIGN_IN,
        "InvalidEndpointConfigurationError",
    ),
    # anything else
    ("runtime-error", RuntimeError("boom"), Kind.SERVICE_ERROR, 5, Action.RETRY, "RuntimeError"),
]

IDS = [case[0] for case in CASES]
FORBIDDEN_WORDS = ("Exception", "botocore", "Traceback")


@pytest.mark.parametrize(("exc", "kind", "exit_code", "action", "code"), [c[1:] for c in CASES], ids=IDS)
def test_kind_exit_code_and_action(exc, kind, exit_code, action, code):
    error = map_exception(exc, "eu-west-1")
    assert isinstance(error, KnownError)
    assert error.kind is kind
    assert error.kind.exit_code == exit_code
    assert error.action is action


@pytest.mark.parametrize(("exc", "code"), [(c[1], c[5]) for c in CASES], ids=IDS)
def test_message_is_plain_words(exc, code):
    message = map_exception(exc, "eu-west-1").message
    assert message.strip()
    assert message.endswith("."), message
    for word in FORBIDDEN_WORDS:
        assert word not in message, message
    assert code not in message, message


@pytest.mark.parametrize(("exc", "code"), [(c[1], c[5]) for c in CASES], ids=IDS)
def test_detail_carries_the_technical_code(exc, code):
    assert code in map_exception(exc, "eu-west-1").detail


@pytest.mark.parametrize("exc", [c[1] for c in CASES], ids=IDS)
def test_every_mapped_error_says_what_to_do(exc):
    error = map_exception(exc, "eu-west-1")
    assert error.action_hint.strip() or error.kind is Kind.REQUEST_REJECTED


# --- specific wording and fields ---------------------------------------------------------


def test_access_denied_names_the_model_and_the_region():
    error = map_exception(client_error("AccessDeniedException"), "eu-west-1")
    assert "Pixtral Large" in error.message
    assert "Europe (Ireland)" in error.message
    assert error.action is Action.REQUEST_ACCESS
    assert "console" in error.action_hint


def test_access_denied_in_another_region_names_that_region():
    error = map_exception(client_error("AccessDeniedException"), "us-east-2")
    assert "US East (Ohio)" in error.message
    assert "Ireland" not in error.message


def test_service_unavailable_names_the_region():
    error = map_exception(client_error("ServiceUnavailableException"), "eu-central-1")
    assert "Europe (Frankfurt)" in error.message


@pytest.mark.parametrize(
    "exc",
    [
        client_error("ThrottlingException"),
        stream_error("throttlingException"),
        client_error("ServiceQuotaExceededException"),
        client_error("ModelNotReadyException"),
    ],
)
def test_waiting_errors_suggest_a_wait(exc):
    error = map_exception(exc, "us-east-1")
    assert error.retry_after_s is not None
    assert error.retry_after_s > 0
    assert error.retryable


@pytest.mark.parametrize(
    "message", ["Input is too long for requested model.", "The prompt is TOO LONG for this model."]
)
def test_too_long_validation_is_context_too_long(message):
    error = map_exception(client_error("ValidationException", message), "us-east-1")
    assert error.kind is Kind.CONTEXT_TOO_LONG
    assert error.action is Action.SHORTEN


def test_profile_not_found_names_the_profile_passed_in():
    error = map_exception(bx.ProfileNotFound(profile="work"), "us-east-1", profile="work")
    assert "work" in error.message


def test_profile_not_found_names_the_missing_profile_without_a_profile_argument():
    # With Connection.profile None, botocore still raises ProfileNotFound when AWS_PROFILE names a
    # profile that does not exist; the exception itself carries the name.
    error = map_exception(bx.ProfileNotFound(profile="work"), "us-east-1", profile=None)
    assert "work" in error.message
    assert "None" not in error.message


def test_credential_messages_name_the_profile_when_given():
    error = map_exception(bx.SSOTokenLoadError(error_msg="gone"), "us-east-1", profile="dev-sso")
    assert "dev-sso" in error.message


def test_client_error_without_error_block_does_not_raise():
    exc = bx.ClientError({"ResponseMetadata": {"HTTPStatusCode": 500}}, "ConverseStream")
    error = map_exception(exc, "us-east-1")
    assert error.kind is Kind.SERVICE_ERROR
    assert error.message.endswith(".")


def test_unknown_region_string_does_not_raise():
    error = map_exception(client_error("AccessDeniedException"), "mars-north-1")
    assert error.kind is Kind.ACCESS_DENIED
    assert "mars-north-1" in error.message


def test_a_known_error_passes_through_unchanged():
    original = KnownError(Kind.BAD_INPUT, "Type a question first.", Action.FIX_INPUT)
    assert map_exception(original, "us-east-1") is original


@pytest.mark.parametrize("exc", [RuntimeError("boom"), ValueError(), KeyError("x"), OSError(5, "I/O error")])
def test_never_raises(exc):
    error = map_exception(exc, "us-east-1")
    assert error.kind is Kind.SERVICE_ERROR
    assert error.kind.exit_code == 5


# --- KnownError itself -------------------------------------------------------------------


def test_sentence_joins_message_and_hint():
    error = KnownError(Kind.THROTTLED, "Bedrock is busy.", Action.WAIT_AND_RETRY, "Wait a little and try again.")
    assert error.sentence() == "Bedrock is busy. Wait a little and try again."


def test_sentence_without_hint_is_the_message():
    error = KnownError(Kind.SERVICE_ERROR, "Something broke.")
    assert error.sentence() == "Something broke."
    assert str(error) == "Something broke."


def test_mapped_sentence_contains_both_parts():
    error = map_exception(client_error("ThrottlingException"), "us-east-1")
    sentence = error.sentence()
    assert sentence.startswith(error.message)
    assert sentence.endswith(error.action_hint)
    assert re.search(r"\.\s+\S", sentence)


@pytest.mark.parametrize(
    ("action", "retryable"),
    [
        (Action.RETRY, True),
        (Action.WAIT_AND_RETRY, True),
        (Action.CHECK_NETWORK, True),
        (Action.FIX_INPUT, False),
        (Action.SIGN_IN, False),
        (Action.REQUEST_ACCESS, False),
        (Action.SHORTEN, False),
        (Action.NONE, False),
    ],
)
def test_retryable_only_for_retry_actions(action, retryable):
    assert KnownError(Kind.SERVICE_ERROR, "x.", action).retryable is retryable


def test_every_action_is_covered_by_the_retryable_table():
    # keeps the table above honest when an Action is added
    assert len(Action) == 8


@pytest.mark.parametrize(
    ("kind", "exit_code"),
    [
        (Kind.BAD_INPUT, 2),
        (Kind.UNSUPPORTED_FILE, 2),
        (Kind.TOO_LARGE, 2),
        (Kind.CONTEXT_TOO_LONG, 2),
        (Kind.NO_CREDENTIALS, 3),
        (Kind.EXPIRED_CREDENTIALS, 3),
        (Kind.INVALID_CREDENTIALS, 3),
        (Kind.ACCESS_DENIED, 3),
        (Kind.THROTTLED, 4),
        (Kind.MODEL_NOT_READY, 4),
        (Kind.SERVICE_UNAVAILABLE, 5),
        (Kind.SERVICE_ERROR, 5),
        (Kind.REQUEST_REJECTED, 5),
        (Kind.NOT_FOUND, 5),
        (Kind.CONNECTION_FAILED, 5),
        (Kind.CONNECTION_LOST, 5),
        (Kind.TIMED_OUT, 5),
        (Kind.TLS_FAILED, 5),
        (Kind.MODEL_RETIRED, 3),
        (Kind.MODEL_ACCESS_REMOVED, 3),
    ],
)
def test_kind_exit_codes(kind, exit_code):
    assert kind.exit_code == exit_code


def test_kind_exit_code_table_covers_every_kind():
    assert len(Kind) == 20


def test_known_errors_survive_pickling():
    """Image work runs in worker processes; their KnownErrors must arrive whole."""
    import pickle

    from pixdesk.errors import Action, Kind, KnownError

    error = KnownError(Kind.TOO_LARGE, "big.png is too large.", Action.FIX_INPUT, "Use a smaller one.", "d", 2.5)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.kind, copy.message, copy.action, copy.action_hint, copy.detail, copy.retry_after_s) == (
        error.kind,
        error.message,
        error.action,
        error.action_hint,
        error.detail,
        error.retry_after_s,
    )


def test_an_ended_sign_in_names_the_windows_button_and_the_terminal_gets_its_command(capsys):
    """The window's sentence is for people who never open a terminal; the CLI adds the command."""
    from pixdesk.cli.support import report

    error = map_exception(client_error("ExpiredTokenException", "The security token is expired"), "us-east-1")
    assert error.kind is Kind.EXPIRED_CREDENTIALS
    assert "Sign in again" in error.sentence()
    assert "terminal" not in error.sentence() and "pixdesk sign-in" not in error.sentence()
    assert report(error) == Kind.EXPIRED_CREDENTIALS.exit_code
    printed = capsys.readouterr().err
    assert "pixdesk sign-in --profile NAME" in printed
