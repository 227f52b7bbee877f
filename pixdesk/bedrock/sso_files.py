"""Where an IAM Identity Center sign-in is kept so that pixdesk and the AWS CLI share it: an
`[sso-session NAME]` and a `[profile NAME]` in the AWS config file (AWS_CONFIG_FILE, else
~/.aws/config) and the token in the standard SSO cache (~/.aws/sso/cache/<sha1 of the session
name>.json, the file botocore and the AWS CLI read and refresh).

The config file is the person's: pixdesk backs it up before changing it, never removes or
reorders a line, keeps comments, and changes only the keys it writes. A section with the name
pixdesk would use that means something else (another start URL, another account or role) is left
alone: pixdesk picks the next free name ("-2", "-3"…). An existing section that already *is* this
sign-in (also one written by `aws configure sso`) is reused, so both tools keep one sign-in.

Blocking file work: call from a worker thread."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from pixdesk.bedrock.sso import Portal, Registration, RoleChoice, Token

_HEADER = re.compile(r"^\s*\[\s*(?P<name>[^\]]+?)\s*\]\s*(?:[#;].*)?$")
_KEY = re.compile(r"^(?P<key>[^\s=#;][^=]*?)\s*=(?P<value>.*)$")
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"  # as botocore writes (and reads) the cache


def config_path() -> Path:
    return Path(os.environ.get("AWS_CONFIG_FILE") or os.path.join("~", ".aws", "config")).expanduser()


def token_cache_dir() -> Path:
    # botocore's own choice (botocore.tokens.SSOTokenProvider): ~/.aws/sso/cache, whatever AWS_CONFIG_FILE says.
    return Path(os.path.expanduser(os.path.join("~", ".aws", "sso", "cache")))


def token_cache_path(session_name: str) -> Path:
    return token_cache_dir() / f"{hashlib.sha1(session_name.encode('utf-8')).hexdigest()}.json"


# --- reading and editing the config file, line by line ---------------------------------------------


@dataclass
class _Section:
    header: str  # "sso-session corp", "profile work", "default"
    start: int  # the header's line index
    end: int  # one past its last line
    values: dict[str, str]
    key_lines: dict[str, int]  # key → the line holding it


def _sections(lines: list[str]) -> list[_Section]:
    sections: list[_Section] = []
    for index, line in enumerate(lines):
        header = _HEADER.match(line)
        if header:
            if sections:
                sections[-1].end = index
            sections.append(_Section(" ".join(header["name"].split()), index, len(lines), {}, {}))
            continue
        key = _KEY.match(line)
        if key and sections and not line[:1].isspace():  # indented lines belong to a nested value
            name = key["key"].strip()
            sections[-1].values.setdefault(name, key["value"].strip())
            sections[-1].key_lines.setdefault(name, index)
    return sections


def read_sections() -> dict[str, dict[str, str]]:
    """Every section of the config file by its header ("profile x", "sso-session y")."""
    try:
        text = config_path().read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    return {section.header: section.values for section in _sections(text.splitlines())}


def _set_keys(lines: list[str], header: str, values: dict[str, str], only_missing: bool = False) -> None:
    """Give section `header` these values: a key it has is changed on its own line (unless
    `only_missing`), a key it lacks is added after its last line; a section it lacks is added at
    the end. Nothing else moves."""
    section = next((s for s in _sections(lines) if s.header == header), None)
    if section is None:
        if lines and lines[-1].strip():
            lines.append("")
        lines.append(f"[{header}]")
        lines.extend(f"{key} = {value}" for key, value in values.items())
        return
    missing = []
    for key, value in values.items():
        if key in section.key_lines:
            if section.values[key] != value and not only_missing:
                lines[section.key_lines[key]] = f"{key} = {value}"
        else:
            missing.append(f"{key} = {value}")
    if missing:
        last = section.end
        while last > section.start + 1 and not lines[last - 1].strip():  # after its content, before blank lines
            last -= 1
        lines[last:last] = missing


def _free_name(taken: dict[str, dict[str, str]], prefix: str, base: str, wanted: dict[str, str]) -> str:
    """`base`, or `base-2`, `base-3`…: the first whose section is missing or already says `wanted`."""
    number = 1
    while True:
        name = base if number == 1 else f"{base}-{number}"
        existing = taken.get(f"{prefix} {name}")
        if existing is None or all(existing.get(k) == v for k, v in wanted.items()):
            return name
        number += 1


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-") or "aws"


def session_name_for(portal: Portal, sections: dict[str, dict[str, str]]) -> str:
    """The sso-session to use: one already there for this start URL and region, else a new name
    made from the portal's address ("https://acme.awsapps.com/start" → "acme")."""
    for header, values in sections.items():
        if (
            header.startswith("sso-session ")
            and values.get("sso_start_url", "").rstrip("/") == portal.start_url.rstrip("/")
            and values.get("sso_region") == portal.region
        ):
            return header.removeprefix("sso-session ")
    host = urlsplit(portal.start_url).hostname or "sso"
    wanted = {"sso_start_url": portal.start_url, "sso_region": portal.region}
    return _free_name(sections, "sso-session", _slug(host.split(".")[0]), wanted)


def profile_name_for(session: str, choice: RoleChoice, sections: dict[str, dict[str, str]]) -> str:
    """A profile already there for this session, account and role, else a new name
    ("Production-ReadOnly")."""
    wanted = {"sso_session": session, "sso_account_id": choice.account_id, "sso_role_name": choice.role_name}
    for header, values in sections.items():
        if header.startswith("profile ") and all(values.get(k) == v for k, v in wanted.items()):
            return header.removeprefix("profile ")
    return _free_name(sections, "profile", _slug(f"{choice.account_name}-{choice.role_name}"), wanted)


@dataclass(frozen=True)
class SavedSignIn:
    profile: str
    session_name: str
    backup: Path | None  # the copy made before the config file was changed (None: nothing changed)


def save_profile(portal: Portal, choice: RoleChoice, region: str, session_name: str | None = None) -> SavedSignIn:
    """Write (or reuse) the sso-session and the profile for `choice`, whose requests go to `region`."""
    path = config_path()
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        text = ""
    newline = "\r\n" if "\r\n" in text else "\n"  # a file written on Windows stays as it was
    lines = text.splitlines()
    sections = {s.header: s.values for s in _sections(lines)}
    session = session_name or session_name_for(portal, sections)
    profile = profile_name_for(session, choice, sections)
    # A session already there is someone's (the AWS CLI's, or pixdesk's earlier): only what it lacks is added.
    _set_keys(
        lines,
        f"sso-session {session}",
        {
            "sso_start_url": portal.start_url,
            "sso_region": portal.region,
            "sso_registration_scopes": "sso:account:access",
        },
        only_missing=True,
    )
    _set_keys(
        lines,
        f"profile {profile}",
        {
            "sso_session": session,
            "sso_account_id": choice.account_id,
            "sso_role_name": choice.role_name,
            "region": region,
        },
    )
    new_text = newline.join(lines) + newline
    if new_text == text:
        return SavedSignIn(profile, session, None)
    backup = _backup(path) if path.exists() else None
    _write_atomically(path, new_text.encode("utf-8"), mode=_mode_of(path, default=0o600))
    return SavedSignIn(profile, session, backup)


def _backup(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.pixdesk-backup-{stamp}")
    number = 2
    while backup.exists():  # two saves in one second keep both copies
        backup = path.with_name(f"{path.name}.pixdesk-backup-{stamp}-{number}")
        number += 1
    shutil.copy2(path, backup)
    return backup


def _mode_of(path: Path, default: int) -> int:
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        return default


def _write_atomically(path: Path, data: bytes, mode: int) -> None:
    """Readers (the AWS CLI, botocore in another pixdesk) see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.chmod(temporary, mode)
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# --- the token cache -------------------------------------------------------------------------------


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_TIME_FORMAT)


def save_token(session_name: str, portal: Portal, token: Token) -> Path:
    """The token where botocore and the AWS CLI look for it, readable by this user only."""
    record = {
        "startUrl": portal.start_url,
        "region": portal.region,
        "accessToken": token.access_token,
        "expiresAt": _stamp(token.expires_at),
        "clientId": token.registration.client_id,
        "clientSecret": token.registration.client_secret,
        "registrationExpiresAt": _stamp(token.registration.expires_at),
    }
    if token.refresh_token:
        record["refreshToken"] = token.refresh_token
    path = token_cache_path(session_name)
    _write_atomically(path, json.dumps(record).encode("utf-8"), mode=0o600)
    return path


def _read_cache(session_name: str) -> dict[str, str] | None:
    try:
        record = json.loads(token_cache_path(session_name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def _parse_time(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def cached_registration(session_name: str) -> Registration | None:
    """pixdesk's registration with the portal from the cache, while it is still valid (a new sign-in
    then needs no new registration)."""
    record = _read_cache(session_name) or {}
    expires = _parse_time(record.get("registrationExpiresAt", ""))
    if not record.get("clientId") or not record.get("clientSecret") or expires is None:
        return None
    if expires <= datetime.now(UTC):
        return None
    return Registration(record["clientId"], record["clientSecret"], expires)


def portal_of_session(session_name: str) -> Portal | None:
    values = read_sections().get(f"sso-session {session_name}")
    if not values or not values.get("sso_start_url") or not values.get("sso_region"):
        return None
    return Portal(values["sso_start_url"], values["sso_region"])


def session_of_profile(profile: str | None) -> str | None:
    """The sso-session a profile signs in with (None: it is not an IAM Identity Center profile)."""
    if not profile:
        return None
    values = read_sections().get("default" if profile == "default" else f"profile {profile}") or {}
    return values.get("sso_session") or None


@dataclass(frozen=True)
class SignInExpiry:
    session_name: str
    expires_at: datetime  # when the current token ends (UTC)
    renews: bool  # a refresh token and a valid registration: botocore renews it by itself


def sign_in_expiry(profile: str | None) -> SignInExpiry | None:
    """When the IAM Identity Center sign-in of `profile` ends, from the shared cache."""
    session = session_of_profile(profile)
    record = _read_cache(session) if session else None
    expires = _parse_time((record or {}).get("expiresAt", ""))
    if session is None or record is None or expires is None:
        return None
    renews = bool(record.get("refreshToken")) and cached_registration(session) is not None
    return SignInExpiry(session, expires, renews)
