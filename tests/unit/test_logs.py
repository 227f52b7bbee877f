"""The log file never holds a secret: redaction of known secret shapes and registered secrets,
and setup_logging's file with the chatty HTTP loggers kept out of it."""

from __future__ import annotations

import logging
import uuid
from logging.handlers import RotatingFileHandler

import pytest

from pixdesk.logs import REDACT, RedactingFormatter, Redactor, setup_logging

ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"  # AWS's documented example: AKIA + 16
TEMP_ACCESS_KEY_ID = "ASIAY34FZKBOKMUTVV7A"  # ASIA + 16 (temporary credentials)
SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
SESSION_TOKEN = "IQoJb3JpZ2luX2VjEHoaCXVzLWVhc3QtMSJHMEUCIQD4pixdesktest"
LONG_TERM_API_KEY = "ABSKQmVkcm9ja0FQSUtleS1waXhkZXNrLXRlc3Q6c2VjcmV0Zm9ydGVzdHM="
SHORT_TERM_API_KEY = (
    "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1DcmVkZW50aWFsPUFTSUE%3D"
)
SIGNATURE = "9a9a1ad099835c3238166147013da49f03460b2c8e1f7e0d5c9a6f1b2c3d4e5f"

NOISY_LOGGERS = ("botocore", "boto3", "urllib3", "asyncio", "PIL")


# --- shapes of secrets -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (f"using {ACCESS_KEY_ID} for the call", [ACCESS_KEY_ID]),
        (f"temporary key {TEMP_ACCESS_KEY_ID}, expires soon", [TEMP_ACCESS_KEY_ID]),
        (f"api key {LONG_TERM_API_KEY} loaded", [LONG_TERM_API_KEY, LONG_TERM_API_KEY[4:]]),
        (f"token={SHORT_TERM_API_KEY}", [SHORT_TERM_API_KEY, SHORT_TERM_API_KEY[16:]]),
        ("Authorization: Bearer xyz-sekrit-123", ["xyz-sekrit-123"]),
        (f"authorization: Bearer {LONG_TERM_API_KEY}", [LONG_TERM_API_KEY[4:]]),
        (
            f"Authorization: AWS4-HMAC-SHA256 Credential={ACCESS_KEY_ID}/20250101/us-east-1/bedrock/aws4_request, "
            f"SignedHeaders=host;x-amz-date, Signature={SIGNATURE}",
            [ACCESS_KEY_ID, SIGNATURE],
        ),
        (f"aws_secret_access_key = {SECRET_ACCESS_KEY}", [SECRET_ACCESS_KEY]),
        (
            f"aws_secret_access_key={SECRET_ACCESS_KEY}\naws_session_token={SESSION_TOKEN}",
            [SECRET_ACCESS_KEY, SESSION_TOKEN],
        ),
        (f"X-Amz-Security-Token: {SESSION_TOKEN}", [SESSION_TOKEN]),
        ('{"api_key": "s3cr3t-value"}', ["s3cr3t-value"]),
        ('{"apiKey":"s3cr3t-value", "region": "us-east-1"}', ["s3cr3t-value"]),
        ('{"Authorization": "Bearer s3cr3t-value"}', ["s3cr3t-value"]),
        (f"{{'aws_session_token': '{SESSION_TOKEN}'}}", [SESSION_TOKEN]),
    ],
)
def test_known_secret_shapes_are_redacted(text, secrets):
    redacted = REDACT(text)
    for secret in secrets:
        assert secret not in redacted
    assert redacted != text
    assert "[" in redacted  # replaced by a marker, not silently dropped


def test_the_parts_around_a_secret_survive():
    redacted = REDACT(f"signing with {ACCESS_KEY_ID} in us-west-2 failed")
    assert redacted == "signing with [access key] in us-west-2 failed"
    assert REDACT("Authorization: Bearer xyz") == "Authorization: [redacted]"
    assert REDACT('{"api_key": "s3cr3t"}') == '{"api_key": "[redacted]"}'


def test_headers_as_botocore_logs_them_are_redacted():
    """botocore's DEBUG line for every request prints header values as bytes (b'...'). This is the
    exact shape of that line (values made up)."""
    line = (
        "Sending http request: <AWSPreparedRequest stream_output=True, method=POST, "
        "url=https://bedrock-runtime.us-east-1.amazonaws.com/model/us.mistral.pixtral-large-2502-v1%3A0/"
        "converse-stream, headers={'Content-Type': b'application/json', 'X-Amz-Date': b'20250101T000000Z', "
        f"'X-Amz-Security-Token': b'{SESSION_TOKEN}', 'Authorization': b'AWS4-HMAC-SHA256 "
        f"Credential={TEMP_ACCESS_KEY_ID}/20250101/us-east-1/bedrock/aws4_request, "
        f"SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature={SIGNATURE}'}}>"
    )
    redacted = REDACT(line)
    assert TEMP_ACCESS_KEY_ID not in redacted
    assert SESSION_TOKEN not in redacted


def test_ordinary_text_is_left_alone():
    for text in [
        "The answer used token count 1,234 in us-east-1 (US East (N. Virginia)); latency 840 ms.",
        "Asked Pixtral Large from eu-west-3 with the flex tier; 512 output tokens, 0.0021 USD.",
        "Check the API key in Settings, then ask again.",
        "Session ended after 3 questions; max_tokens 4096, temperature 0.3.",
        "ASIA and AKIA are prefixes, not keys.",
        "",
    ]:
        assert REDACT(text) == text


# --- secrets registered by the app --------------------------------------------------------


def test_a_registered_secret_is_removed_everywhere_it_appears():
    redactor = Redactor()
    secret = "my-own-key-" + uuid.uuid4().hex
    redactor.add_secret(secret)
    text = f"first {secret}, then again{secret}inside a word, and quoted '{secret}'."
    redacted = redactor(text)
    assert secret not in redacted
    assert redacted == "first [secret], then again[secret]inside a word, and quoted '[secret]'."


def test_a_secret_with_regex_characters_is_matched_literally():
    redactor = Redactor()
    redactor.add_secret("p@ss.w*rd+(1)")
    assert (
        redactor("login p@ss.w*rd+(1) ok; pXssYwZrd+(1) is different")
        == "login [secret] ok; pXssYwZrd+(1) is different"
    )


def test_a_longer_secret_is_removed_whole_even_when_a_shorter_one_is_inside_it():
    redactor = Redactor()
    redactor.add_secret("abcdef123")
    redactor.add_secret("abcdef123-and-more")
    assert redactor("x abcdef123-and-more y abcdef123 z") == "x [secret] y [secret] z"


def test_empty_secrets_are_ignored():
    redactor = Redactor()
    redactor.add_secret(None)
    redactor.add_secret("")
    assert redactor("nothing to hide here") == "nothing to hide here"


def test_secrets_are_per_redactor():
    one, other = Redactor(), Redactor()
    one.add_secret("only-in-one-redactor")
    assert other("only-in-one-redactor") == "only-in-one-redactor"


# --- the log file -------------------------------------------------------------------------


@pytest.fixture
def restore_logging():
    """setup_logging changes the root logger and a few library loggers: put them back."""
    root = logging.getLogger()
    root_level = root.level
    handlers_before = set(root.handlers)
    levels = {name: logging.getLogger(name).level for name in NOISY_LOGGERS}
    yield
    for handler in list(root.handlers):
        if handler not in handlers_before and isinstance(handler, RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(root_level)
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def _file_handler(path) -> RotatingFileHandler:
    matches = [
        h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler) and h.baseFilename == str(path)
    ]
    assert len(matches) == 1
    return matches[0]


def test_setup_logging_writes_pixdesk_log(tmp_path, restore_logging):
    path = setup_logging(tmp_path)
    assert path == tmp_path / "pixdesk.log"
    handler = _file_handler(path)
    assert isinstance(handler.formatter, RedactingFormatter)
    logging.getLogger("pixdesk.test").info("window opened in %s", "eu-west-1")
    logging.getLogger("pixdesk.test").debug("not at the default level")
    handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "INFO pixdesk.test: window opened in eu-west-1" in text
    assert "not at the default level" not in text


def test_setup_logging_creates_the_folder(tmp_path, restore_logging):
    path = setup_logging(tmp_path / "deep" / "logs")
    assert path.parent.is_dir()


def test_no_secret_reaches_the_log_file(tmp_path, restore_logging):
    path = setup_logging(tmp_path)
    secret = "registered-" + uuid.uuid4().hex
    REDACT.add_secret(secret)
    log = logging.getLogger("pixdesk.test")
    log.info("saved the API key %s", secret)  # as an argument
    log.warning(f"the key {secret} was refused; retrying with {secret}")  # inside the message, twice
    key_id = "AKIA" + "PIXDESKTEST12345"
    try:
        raise RuntimeError(f"signing failed for {key_id} (aws_secret_access_key={SECRET_ACCESS_KEY})")
    except RuntimeError:
        log.exception("call failed")
    _file_handler(path).flush()

    text = path.read_text(encoding="utf-8")
    assert secret not in text
    assert key_id not in text
    assert SECRET_ACCESS_KEY not in text
    # ...while what happened is still there, secrets replaced by markers:
    assert "saved the API key [secret]" in text
    assert "the key [secret] was refused; retrying with [secret]" in text
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: signing failed for [access key]" in text


def test_http_libraries_debug_output_stays_out_of_the_file(tmp_path, restore_logging):
    for name in ("botocore", "urllib3"):
        logging.getLogger(name).setLevel(logging.DEBUG)  # as if something had turned them up
    path = setup_logging(tmp_path, level=logging.DEBUG)
    for name in ("botocore", "botocore.endpoint", "botocore.auth", "boto3", "urllib3", "urllib3.connectionpool"):
        assert logging.getLogger(name).getEffectiveLevel() >= logging.WARNING, name
    logging.getLogger("botocore.endpoint").debug("Sending http request: headers-dump-marker")
    logging.getLogger("urllib3.connectionpool").debug("connection-dump-marker")
    logging.getLogger("pixdesk.test").debug("pixdesk-debug-marker")
    logging.getLogger("botocore.credentials").warning("botocore-warning-marker")
    _file_handler(path).flush()
    text = path.read_text(encoding="utf-8")
    assert "headers-dump-marker" not in text and "connection-dump-marker" not in text
    assert "pixdesk-debug-marker" in text  # the app's own debug lines do arrive at DEBUG
    assert "botocore-warning-marker" in text  # and the libraries' warnings still do
