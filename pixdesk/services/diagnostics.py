"""Help ▸ Report a problem: what support needs to know, as text the person pastes into an email —
versions, system, where requests go, which kind of sign-in (its name only), and the log's last
lines. Never a secret: everything goes through the log's redactor, and then through one that
also knows this session's API key and the AWS secrets in the environment, so a line that reached
the log before a key was known is scrubbed too."""

from __future__ import annotations

import os
import platform
from collections.abc import Iterable, Mapping
from pathlib import Path

from pixdesk import __version__, catalog
from pixdesk.logs import REDACT, Redactor, log_dir

LOG_NAME = "pixdesk.log"  # the window's log (setup_logging's default)
LOG_LINES = 40
_TAIL_BYTES = 64_000  # read no more than this of the log's end, however large it grew
# Standard AWS variables that may hold a secret (also the key id: it names the account's user).
SECRET_VARIABLES = ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_BEARER_TOKEN_BEDROCK")


def credential_method(label: str) -> str:
    """The kind of sign-in from the toolbar's label, without a profile's name:
    "Profile work (AWS SSO)" → "AWS SSO"; "Bedrock API key" stays."""
    if label.endswith(")") and "(" in label:
        return label[label.rindex("(") + 1 : -1]
    return label


def log_tail(path: Path, lines: int = LOG_LINES) -> list[str]:
    """The last `lines` lines of the log (none if there is no log yet)."""
    try:
        with path.open("rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - _TAIL_BYTES))
            data = handle.read()
    except OSError:
        return []
    text = data.decode("utf-8", errors="replace").splitlines()
    if len(data) == _TAIL_BYTES:
        text = text[1:]  # the first line read may be cut
    return text[-lines:]


def diagnostics(
    region: str,
    tier: str,
    credentials: str,
    toolkit: Mapping[str, str],
    secrets: Iterable[str | None] = (),
    log_path: Path | None = None,
) -> str:
    """The report. `credentials`: the toolbar's credentials label (only the method is kept);
    `toolkit`: the window's library versions (Qt, PySide6); `secrets`: exact values that must
    not appear (the API key in use)."""
    profile = catalog.region(region).profile_id if region in catalog.region_names() else "?"
    lines = [
        f"pixdesk {__version__}",
        f"System: {platform.platform()} ({platform.machine()})",
        f"Python: {platform.python_version()}",
        *(f"{name}: {version}" for name, version in toolkit.items()),
        f"Model: {catalog.MODEL_NAME} ({catalog.MODEL_ID})",
        f"Region: {region}, inference profile {profile}",
        f"Speed and price: {tier}",
        f"Sign-in: {credential_method(credentials)}",
        "",
        "Last lines of the log:",
        *(log_tail(log_path or log_dir() / LOG_NAME) or ["(no log yet)"]),
    ]
    scrub = Redactor()
    for secret in [*secrets, *(os.environ.get(name) for name in SECRET_VARIABLES)]:
        scrub.add_secret(secret)
    return scrub(REDACT("\n".join(lines))) + "\n"
