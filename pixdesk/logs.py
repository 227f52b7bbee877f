"""The log file (platformdirs' log folder), with secrets redacted before anything is written.

Redaction happens in the formatter, so it covers messages, arguments and tracebacks alike; the
terminal commands' --debug output on stderr goes through the same redactor."""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TextIO

import platformdirs

from pixdesk.safe_text import printable

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # AWS access key ids (long-term and temporary).
    (re.compile(r"\b(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{12,}\b"), "[access key]"),
    # Bedrock API keys: long-term keys start ABSK, short-term ones bedrock-api-key-.
    (re.compile(r"\bABSK[A-Za-z0-9+/=_-]{8,}"), "[API key]"),
    (re.compile(r"\bbedrock-api-key-[A-Za-z0-9+/=_%.-]+"), "[API key]"),
    # Header and config forms: Authorization: Bearer x / AWS4-HMAC-SHA256 ..., tokens, secrets,
    # also as botocore prints headers: 'X-Amz-Security-Token': b'...'.
    (re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*(?:(?-i:b)(?=['\"]))?['\"]?)[^'\"\n]+"), r"\1[redacted]"),
    (re.compile(r"(?i)(bearer\s+)[^\s'\",]+"), r"\1[redacted]"),
    (
        re.compile(
            r"(?i)((?:x-amz-security-token|aws_session_token|aws_secret_access_key|secret_?key|"
            r"session_?token|api_?key)['\"]?\s*[:=]\s*(?:(?-i:b)(?=['\"]))?['\"]?)[^\s'\",}]+"
        ),
        r"\1[redacted]",
    ),
    # IAM Identity Center sign-in (sso-oidc / sso bodies and headers, as botocore prints them): tokens,
    # the client secret, the device and authorization codes, the PKCE verifier, role secret keys.
    (
        re.compile(
            r"(?i)((?:x-amz-sso_bearer_token|access_?token|refresh_?token|id_?token|client_?secret|"
            r"secret_?access_?key|device_?code|code_?verifier)['\"]?\s*[:=]\s*(?:(?-i:b)(?=['\"]))?['\"]?)"
            r"[^\s'\",}]+"
        ),
        r"\1[redacted]",
    ),
    (re.compile(r"""(['"]code['"]\s*:\s*['"])[^'"]+"""), r"\1[redacted]"),  # the authorization code, in JSON
    # SigV4 signatures, wherever they appear.
    (re.compile(r"(?i)(signature=)[0-9a-f]{16,}"), r"\1[redacted]"),
    # Credentials typed into a URL (https://user:KEY@host, e.g. an endpoint override): botocore
    # prints the endpoint URL in its request lines and connection errors.
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^\s/?#@'\"<>]+@"), r"\1[redacted]@"),
)


class Redactor:
    """Removes known secret shapes, plus any exact secret the app registers (e.g. the API key)."""

    def __init__(self) -> None:
        self._secrets: set[str] = set()
        self._lock = threading.Lock()

    def add_secret(self, secret: str | None) -> None:
        if secret and len(secret) >= 6:
            with self._lock:
                self._secrets.add(secret)

    def __call__(self, text: str) -> str:
        with self._lock:
            secrets = sorted(self._secrets, key=len, reverse=True)
        for secret in secrets:
            text = text.replace(secret, "[secret]")
        for pattern, replacement in _PATTERNS:
            text = pattern.sub(replacement, text)
        return text


REDACT = Redactor()


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return REDACT(super().format(record))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir("pixdesk", appauthor=False))


def setup_logging(
    directory: Path | None = None, level: int = logging.INFO, filename: str = "pixdesk.log", delay: bool = False
) -> Path:
    """Log to `filename` (1 MB, 3 old files kept) at `level` and above. Returns the file's path.
    `delay`: create the file only when something is logged."""
    directory = directory or log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / filename
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=delay)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(level)  # the file keeps its level even when --debug turns the root logger down
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    # botocore's debug output includes request headers; never let it near the file.
    for noisy in ("botocore", "boto3", "urllib3", "asyncio", "PIL"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path


# --- the terminal commands (`pixdesk ask|batch|history`) -----------------------------------

# Their own file: the window rotates pixdesk.log, and two processes rotating one file collide
# (on Windows the rename fails while the other process holds the file open).
CLI_LOG_NAME = "pixdesk-cli.log"
# With --debug: which request went where and what came back (botocore's request line holds
# the URL and headers, redacted), without the rest of the libraries' chatter.
_DEBUG_LIBRARY_LOGGERS = ("botocore.endpoint", "urllib3.connectionpool")
# Secrets the standard AWS variables may hold, so that --debug never echoes them verbatim.
_SECRET_VARIABLES = ("AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_BEARER_TOKEN_BEDROCK")


class TerminalFormatter(RedactingFormatter):
    """--debug lines on stderr: redacted, control characters escaped (a logged file name or
    server reply must not drive the terminal), and cut short: botocore's "Making request" line
    holds the whole request body, images included."""

    def __init__(self, fmt: str, max_chars: int = 2000) -> None:
        super().__init__(fmt)
        self.max_chars = max_chars

    def format(self, record: logging.LogRecord) -> str:
        return shorten(printable(super().format(record), keep="\n"), self.max_chars)


def shorten(text: str, max_chars: int) -> str:
    if len(text) <= max_chars:
        return text
    return f"{text[:max_chars]}… ({len(text) - max_chars:,} more characters)"


def for_terminal(text: str) -> str:
    """Technical text (error details, a traceback) for --debug: redacted, then made printable."""
    return printable(REDACT(text), keep="\n")


def setup_cli_logging(debug: bool, stream: TextIO | None = None) -> None:
    """Python warnings (e.g. Pillow's "Corrupt EXIF data" about a damaged file, with its
    site-packages path) and pixdesk's own warnings go to pixdesk-cli.log, never to the person:
    the terminal shows one plain sentence per problem. With --debug they are also shown on
    `stream` (stderr), with pixdesk's debug lines and botocore's request lines, all redacted."""
    for name in _SECRET_VARIABLES:
        REDACT.add_secret(os.environ.get(name))
    try:
        setup_logging(level=logging.WARNING, filename=CLI_LOG_NAME, delay=True)
    except OSError:  # no writable log folder: drop the records rather than let logging print them
        logging.getLogger().addHandler(logging.NullHandler())
    logging.captureWarnings(True)
    if debug:
        handler = logging.StreamHandler(stream or sys.stderr)
        handler.setFormatter(TerminalFormatter("%(levelname)s %(name)s: %(message)s"))
        logging.getLogger().addHandler(handler)
        logging.getLogger().setLevel(logging.DEBUG)
        for name in _DEBUG_LIBRARY_LOGGERS:
            logging.getLogger(name).setLevel(logging.DEBUG)
