"""Managed settings: the defaults and locks IT sets for every person on a computer. No Qt: the
window and the CLI both read it, and obey it through pixdesk.settings.Settings.

Where an administrator puts them (the places Qt's system scope and the OS's management tools use):
- Linux: `$XDG_CONFIG_DIRS` (default /etc/xdg) / pixdesk/pixdesk.conf, in QSettings' INI format
  (Qt's QSettings() reads the same file as its system-wide fallback), then pixdesk.conf beside it
  for every application of the organisation.
- Windows: HKEY_LOCAL_MACHINE\\Software\\Policies\\pixdesk\\pixdesk, what Group Policy and Intune
  write; a group is a subkey (bedrock\\region is the value "region" of the subkey "bedrock").
- macOS: /Library/Managed Preferences/io.github.pixdesk.plist, what an MDM configuration profile
  for the app's bundle id writes.

What a policy says, with the setting keys of pixdesk.settings:
- `bedrock/region = eu-west-1`: the default where the person has chosen nothing;
- `bedrock/region_locked = true`: that value (or, without one, the built-in default) for everyone,
  unchangeable. One "_locked" next to each value rather than a list of locked keys: each fact is
  one INI line, one registry value (a Group Policy template sets one value per policy) or one
  plist key, and two sources never have to merge a list;
- `bedrock/allowed_geographies = eu` (or "us", or "eu, us"): regions elsewhere are not offered.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from pixdesk import catalog
from pixdesk.words import Said, translate

log = logging.getLogger(__name__)

ORGANISATION = APPLICATION = "pixdesk"  # pixdesk.app's QGuiApplication names: QSettings' own file names
BUNDLE_ID = "io.github.pixdesk"  # packaging/bundle.py's BUNDLE_ID (tests/unit/test_managed.py checks)
WINDOWS_KEY = rf"Software\Policies\{ORGANISATION}\{APPLICATION}"
MACOS_FILE = Path("/Library/Managed Preferences") / f"{BUNDLE_ID}.plist"
LOCKED_SUFFIX = "_locked"
ALLOWED_GEOGRAPHIES = "bedrock/allowed_geographies"
REGION = "bedrock/region"
SET_BY_ORGANISATION = translate("managed", "Set by your organisation")  # (lazy: a Said)


@dataclass(frozen=True)
class Policy:
    """What the organisation decided: `values` by setting key (as the policy spells them: text,
    numbers, booleans or lists; pixdesk.settings checks them), the keys it `locked`, and the
    geographies (catalog keys, "us"/"eu") whose regions may be used (empty: all)."""

    values: Mapping[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    allowed_geographies: frozenset[str] = frozenset()
    source: str = ""  # where it was read: for the log and for IT's questions

    def is_locked(self, key: str) -> bool:
        return key in self.locked

    def allows_region(self, name: str) -> bool:
        if not self.allowed_geographies:
            return True
        try:
            return catalog.region(name).geography.key in self.allowed_geographies
        except KeyError:
            return False

    def allowed_regions(self) -> list[str]:
        """The catalogued regions this policy lets people use, in the catalog's order."""
        return [name for name in catalog.region_names() if self.allows_region(name)]

    def nearest_allowed(self, key: str, value: Any) -> Any:
        """`value`, or for a region outside the allowed geographies the first allowed one (the
        built-in default, a US region, when only Europe is allowed)."""
        if key == REGION and not self.allows_region(str(value)):
            return self.allowed_regions()[0]
        return value

    def refusal(self, key: str, value: Any) -> str:
        """Why `value` may not be used for `key`, in plain words ("" if it may)."""
        if key == REGION and not self.allows_region(str(value)):
            allowed = self.allowed_regions()
            return translate(
                "managed",
                "{region} is not allowed on this computer: your organisation allows only {places} ({codes}).",
            ).format(region=_region_title(str(value)), places=allowed_places(allowed), codes=", ".join(allowed))
        return ""


NO_POLICY = Policy()


# --- what every source comes down to: flat keys and their values -------------------------------------


def policy_from(entries: Mapping[str, Any], source: str) -> Policy:
    """A Policy from a source's flat entries ("bedrock/region" → "eu-west-1", "bedrock/region_locked"
    → True…). Something an administrator mistyped is left out, with a warning in the log."""
    values: dict[str, Any] = {}
    locked: set[str] = set()
    allowed: frozenset[str] = frozenset()
    for key, value in entries.items():
        if key == ALLOWED_GEOGRAPHIES:
            allowed = _geographies(value, source)
        elif key.endswith(LOCKED_SUFFIX):
            if _truth(value):
                locked.add(key.removesuffix(LOCKED_SUFFIX))
        else:
            values[key] = value
    return Policy(values, frozenset(locked), allowed, source)


def _geographies(value: Any, source: str) -> frozenset[str]:
    names = [str(n).strip().lower() for n in (value if isinstance(value, list) else str(value).split(","))]
    known = {g.key for g in catalog.GEOGRAPHIES}
    wanted = frozenset(n for n in names if n)
    if not wanted or not wanted <= known:
        log.warning("%s: %s=%r: use %s; left out", source, ALLOWED_GEOGRAPHIES, value, " or ".join(sorted(known)))
        return wanted & known
    return wanted


def _truth(value: Any) -> bool:
    if isinstance(value, list):
        return False
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def merged(policies: Iterable[Policy]) -> Policy:
    """The first source that sets something wins (as Qt's fallbacks: the application's file before
    the organisation's, the first of $XDG_CONFIG_DIRS before the next)."""
    values: dict[str, Any] = {}
    locked: set[str] = set()
    allowed: frozenset[str] = frozenset()
    sources = []
    for policy in reversed(list(policies)):
        values.update(policy.values)
        locked |= policy.locked
        allowed = policy.allowed_geographies or allowed
        sources.append(policy.source)
    return Policy(values, frozenset(locked), allowed, ", ".join(s for s in reversed(sources) if s))


# --- Linux: QSettings' INI format -----------------------------------------------------------------


def linux_files(environ: Mapping[str, str] | None = None) -> list[Path]:
    """Where Qt's system scope looks, first one first."""
    environ = os.environ if environ is None else environ
    folders = [Path(d) for d in (environ.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(os.pathsep) if d]
    return [f / ORGANISATION / f"{name}.conf" for name in (APPLICATION, ORGANISATION) for f in folders]


def read_linux(environ: Mapping[str, str] | None = None) -> Policy:
    policies = []
    for path in dict.fromkeys(linux_files(environ)):  # (org and app share a name: each file once)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            continue
        except (OSError, UnicodeDecodeError) as error:
            log.warning("cannot read the managed settings in %s: %s", path, error)
            continue
        policies.append(policy_from(ini_entries(text, str(path)), str(path)))
    return merged(policies)


def ini_entries(text: str, source: str = "") -> dict[str, Any]:
    """A QSettings INI file's keys as QSettings names them: "[bedrock] region=x" is bedrock/region,
    [General] is the top level ([%General] is a group called General), '\\' in a key is '/', keys
    keep their case, an unquoted value with commas is a list, '"…"' keeps commas, ';' starts a
    comment."""
    import configparser  # (each system's reader imports its own parser: only when there is a policy to read)

    parser = configparser.RawConfigParser(
        delimiters=("=",),
        comment_prefixes=("#", ";"),
        inline_comment_prefixes=None,  # Qt's ';' after a value: _ini_value (it minds the quotes)
        strict=False,
        interpolation=None,
        default_section="\x00",  # no DEFAULT section: "[DEFAULT]" would be an ordinary group
    )
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case, as in Qt
    try:
        parser.read_string("[General]\n" + text, source)  # keys before any section are top-level
    except configparser.Error as error:
        log.warning("cannot read the managed settings in %s: %s", source, error)
        return {}
    entries: dict[str, Any] = {}
    for section in parser.sections():
        group = "" if section == "General" else "General" if section == "%General" else section
        for key, raw in parser.items(section):
            name = f"{group}/{key}" if group else key
            entries[name.replace("\\", "/").strip("/")] = _ini_value(raw)
    return entries


def _ini_value(raw: str) -> Any:
    """Qt's reading of a value: text, or a list where commas (outside quotes) separate it."""
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in raw:
        if char == '"':
            quoted = not quoted
        elif char == ";" and not quoted:
            break
        elif char == "," and not quoted:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return parts if len(parts) > 1 else parts[0]


# --- Windows: the policy key ----------------------------------------------------------------------


class RegistryKey(Protocol):
    """What is read of a registry key: its values (name, data) and its subkeys."""

    def values(self) -> Iterable[tuple[str, Any]]: ...

    def subkeys(self) -> Iterable[tuple[str, RegistryKey]]: ...


def registry_entries(key: RegistryKey, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Flat entries of a key and its subkeys: the subkey "bedrock"'s value "region" is
    bedrock/region. REG_SZ gives text, REG_DWORD a number (1 for a lock), REG_MULTI_SZ a list."""
    for name, data in key.values():
        if name:  # the key's "(Default)" value means nothing here
            yield f"{prefix}{name}", data
    for name, subkey in key.subkeys():
        yield from registry_entries(subkey, f"{prefix}{name}/")


class _WinregKey:
    """A RegistryKey over an open winreg handle (Windows only)."""

    def __init__(self, winreg: Any, handle: Any) -> None:
        self._winreg, self._handle = winreg, handle

    def values(self) -> Iterator[tuple[str, Any]]:
        count = self._winreg.QueryInfoKey(self._handle)[1]
        for index in range(count):
            name, data, _type = self._winreg.EnumValue(self._handle, index)
            yield name, data

    def subkeys(self) -> Iterator[tuple[str, RegistryKey]]:
        count = self._winreg.QueryInfoKey(self._handle)[0]
        for index in range(count):
            name = self._winreg.EnumKey(self._handle, index)
            with self._winreg.OpenKey(self._handle, name, 0, self._winreg.KEY_READ) as handle:
                yield name, _WinregKey(self._winreg, handle)


def read_windows() -> Policy:
    winreg: Any = importlib.import_module("winreg")  # (Windows only; Any: type checks run elsewhere too)

    where = rf"HKEY_LOCAL_MACHINE\{WINDOWS_KEY}"
    access = winreg.KEY_READ | winreg.KEY_WOW64_64KEY  # the same key for a 32- and a 64-bit pixdesk
    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, WINDOWS_KEY, 0, access) as handle:
            return policy_from(dict(registry_entries(_WinregKey(winreg, handle))), where)
    except FileNotFoundError:
        return NO_POLICY
    except OSError as error:
        log.warning("cannot read the managed settings in %s: %s", where, error)
        return NO_POLICY


# --- macOS: managed preferences -------------------------------------------------------------------


def plist_entries(data: bytes, source: str = "") -> dict[str, Any]:
    """A managed preferences plist's keys: flat ("bedrock/region") or in dictionaries
    ({"bedrock": {"region": …}}), as the profile's author prefers."""
    import plistlib
    from xml.parsers.expat import ExpatError

    try:
        top = plistlib.loads(data)
    except (plistlib.InvalidFileException, ExpatError, ValueError) as error:
        log.warning("cannot read the managed settings in %s: %s", source, error)
        return {}
    if not isinstance(top, dict):
        return {}
    return dict(_flattened(top, ""))


def _flattened(values: dict[str, Any], prefix: str) -> Iterator[tuple[str, Any]]:
    for name, value in values.items():
        if isinstance(value, dict):
            yield from _flattened(value, f"{prefix}{name}/")
        else:
            yield f"{prefix}{name}", value


def read_macos(path: Path = MACOS_FILE) -> Policy:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return NO_POLICY
    except OSError as error:
        log.warning("cannot read the managed settings in %s: %s", path, error)
        return NO_POLICY
    return policy_from(plist_entries(data, str(path)), str(path))


# --- this computer's --------------------------------------------------------------------------------


def machine_policy() -> Policy:
    """This computer's policy (NO_POLICY when IT set none). Read once per launch, when the window
    or a command starts: a few small files, or one registry key."""
    if sys.platform == "win32":
        policy = read_windows()
    elif sys.platform == "darwin":
        policy = read_macos()
    else:
        policy = read_linux()
    if policy.source:
        log.info(
            "managed settings from %s: %s set, %s locked",
            policy.source,
            ", ".join(sorted(policy.values)) or "nothing",
            ", ".join(sorted(policy.locked)) or "nothing",
        )
    return policy


def _region_title(name: str) -> str:
    try:
        return Said(catalog.region(name).title, "catalog")
    except KeyError:
        return name


def allowed_places(regions: Iterable[str]) -> str:
    """The geographies of `regions`, in words: "Europe", "United States and Europe"."""
    names = set(regions)
    places = [
        Said(g.title, "catalog")
        for g in catalog.GEOGRAPHIES
        if any(r.geography == g and r.name in names for r in catalog.REGIONS)
    ]
    said = places[0] if places else Said("")
    for place in places[1:]:
        said = translate("managed", "{places} and {place}").format(places=said, place=place)
    return said
