"""The log file (platformdirs' log folder), with secrets redacted before anything is written.

Redaction happens in the formatter, so it covers messages, arguments and tracebacks alike."""

from __future__ import annotations

import logging
import re
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

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
    (re.compile(r"(?i)((?:x-amz-security-token|aws_session_token|aws_secret_access_key|secret_?key|"
                r"session_?token|api_?key)['\"]?\s*[:=]\s*(?:(?-i:b)(?=['\"]))?['\"]?)[^\s'\",}]+"), r"\1[redacted]"),
    # SigV4 signatures, wherever they appear.
    (re.compile(r"(?i)(signature=)[0-9a-f]{16,}"), r"\1[redacted]"),
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


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """Log to pixdesk.log (1 MB, 3 old files kept). Returns the file's path."""
    directory = directory or log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "pixdesk.log"
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    # botocore's debug output includes request headers; never let it near the file.
    for noisy in ("botocore", "boto3", "urllib3", "asyncio", "PIL"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path
