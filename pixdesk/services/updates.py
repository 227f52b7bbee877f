"""Is there a newer pixdesk? One GET of a GitHub-style release feed, read into a plain answer.

No Qt, nothing printed, nothing downloaded but the feed's JSON (capped in size). The window and
`pixdesk check-update` both call `check_for_update`, which never raises: every failure is one of
the outcomes, in words. Versions are compared as numbers (1.10 is newer than 1.9); drafts and
pre-releases never count as a new version."""

from __future__ import annotations

import enum
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from pixdesk import __version__, catalog
from pixdesk.domain import ProxyChoice, ProxyMode
from pixdesk.words import translate

CHECK_INTERVAL = timedelta(days=1)  # "at most daily"
FEED_TIMEOUT_S = 10.0
MAX_FEED_BYTES = 1_000_000  # GitHub's release JSON is a few kB; anything near this is not a feed

_RELEASE = re.compile(r"[vV]?(\d+(?:\.\d+)*)")  # "v1.4.0", "1.4"
_PRE_RELEASE = re.compile(r"[vV]?(\d+(?:\.\d+)*)[-.+_]?[A-Za-z][\w.+-]*")  # "1.5.0-rc.1", "1.5b1", "2.0.dev3"

Version = tuple[int, ...]
Fetch = Callable[[str], bytes]


class Outcome(enum.Enum):
    NEWER = "newer"  # a release newer than this copy: offer its notes and download page
    SAME = "same"  # this copy is the latest release
    OLDER = "older"  # the latest release is older than this copy (a build from source, a withdrawn release)
    MALFORMED = "malformed"  # the feed answered, but not with a release pixdesk can read
    UNREACHABLE = "unreachable"  # no answer from the feed (offline, proxy, server error)


@dataclass(frozen=True)
class Release:
    version: str  # as people read it: "1.4" or "1.4.2" (the tag without its "v" and trailing ".0")
    title: str  # the release's name, or "pixdesk 1.4"
    notes: str  # Markdown, as written on the release page (untrusted: render it safely)
    page: str  # the release's web page, where the download is


@dataclass(frozen=True)
class UpdateCheck:
    outcome: Outcome
    message: str  # one plain sentence for the window or the terminal
    release: Release | None = None  # the latest release, when the feed named one
    detail: str = ""  # for the log: what exactly went wrong

    @property
    def reached_feed(self) -> bool:
        """Did the feed answer at all? (An unreachable feed is asked again at the next start.)"""
        return self.outcome is not Outcome.UNREACHABLE


class FeedUnreachable(Exception):
    """The feed could not be read: no connection, an HTTP error, a time-out."""


class FeedMalformed(ValueError):
    """The feed answered with something that is not a release."""


# --- versions ------------------------------------------------------------------------------------


def release_version(tag: str) -> Version | None:
    """The numbers of a release tag ("v1.4.0" → (1, 4)); None for a pre-release ("1.5.0-rc1").
    FeedMalformed for something that is not a version at all. Trailing zeros are dropped, so
    1.4 and 1.4.0 are the same version."""
    text = tag.strip()
    if match := _RELEASE.fullmatch(text):
        return _numbers(match[1])
    if _PRE_RELEASE.fullmatch(text):
        return None
    raise FeedMalformed(f"not a version: {tag[:40]!r}")


def own_version(text: str = __version__) -> tuple[Version, bool]:
    """This copy's version numbers, and whether it is a final release (False for "1.4.0.dev2",
    which comes before 1.4.0)."""
    match = re.match(r"[vV]?(\d+(?:\.\d+)*)", text.strip())
    if match is None:
        return (), False
    return _numbers(match[1]), match.end() == len(text.strip())


def _numbers(dotted: str) -> Version:
    numbers = [int(part) for part in dotted.split(".")]
    while len(numbers) > 1 and numbers[-1] == 0:
        numbers.pop()
    return tuple(numbers)


def _shown(tag: str) -> str:
    """A release tag as people say it: "v1.4.0" → "1.4", "v2.0.0" → "2.0", "1.4.2" as it is."""
    parts = tag.strip().lstrip("vV").split(".")
    while len(parts) > 2 and int(parts[-1]) == 0:
        parts.pop()
    return ".".join(parts)


# --- the feed --------------------------------------------------------------------------------------

FEED_URL_VARIABLE = "PIXDESK_RELEASE_FEED_URL"


def feed_url() -> str:
    """Where to look: the catalog's feed, unless PIXDESK_RELEASE_FEED_URL names another (a company's
    own mirror of the releases, or a local feed for trying it out)."""
    return os.environ.get(FEED_URL_VARIABLE, "").strip() or catalog.RELEASE_FEED_URL


def latest_release(document: Any) -> tuple[Release, Version] | None:
    """The newest final release in a feed: GitHub's /releases/latest (one object) or /releases (a
    list). None when it holds only drafts and pre-releases; FeedMalformed when it is not a feed."""
    entries = document if isinstance(document, list) else [document]
    best: tuple[Release, Version] | None = None
    for entry in entries:
        if not isinstance(entry, dict):
            raise FeedMalformed("a release is not a JSON object")
        if entry.get("draft") is True or entry.get("prerelease") is True:
            continue
        tag, page = entry.get("tag_name"), entry.get("html_url")
        if not isinstance(tag, str) or not tag.strip():
            raise FeedMalformed("a release has no tag_name")
        if not isinstance(page, str) or not page.startswith(("https://", "http://")):
            raise FeedMalformed("a release has no web page (html_url)")
        numbers = release_version(tag)
        if numbers is None:
            continue
        name, body = entry.get("name"), entry.get("body")
        release = Release(
            version=_shown(tag),
            title=name.strip() if isinstance(name, str) and name.strip() else f"pixdesk {_shown(tag)}",
            notes=body if isinstance(body, str) else "",
            page=page,
        )
        if best is None or numbers > best[1]:
            best = (release, numbers)
    return best


def fetch_feed(url: str, timeout_s: float = FEED_TIMEOUT_S, proxy: ProxyChoice | None = None) -> bytes:
    """The feed's bytes (at most MAX_FEED_BYTES + 1). FeedUnreachable for anything that stops it.

    It goes the way Bedrock's calls go (pixdesk.bedrock.network): through the proxy chosen in
    Settings — the system's (the proxy variables, the Windows or macOS settings), none, or the one
    typed in — and trusting the system's certificates, where a company proxy's CA is installed."""
    import urllib.error  # (here: only a check pays for importing urllib's HTTP stack)
    import urllib.request

    request = urllib.request.Request(
        url, headers={"Accept": "application/vnd.github+json", "User-Agent": f"pixdesk/{__version__}"}
    )
    try:
        opener = _opener(proxy or ProxyChoice())
        with opener.open(request, timeout=timeout_s) as response:
            return bytes(response.read(MAX_FEED_BYTES + 1))
    except urllib.error.HTTPError as error:
        raise FeedUnreachable(f"HTTP {error.code} from the feed") from None
    except (urllib.error.URLError, OSError, ValueError) as error:  # no route, refused, TLS, time-out, proxy
        raise FeedUnreachable(f"{type(error).__name__}: {error}") from None


def _opener(proxy: ProxyChoice) -> Any:
    import ssl
    import urllib.request

    context: ssl.SSLContext
    try:
        import truststore

        context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # the system's trust store, as botocore's
    except ImportError:
        context = ssl.create_default_context()
    handlers: list[Any] = [urllib.request.HTTPSHandler(context=context)]
    if proxy.mode is ProxyMode.NONE:
        handlers.append(urllib.request.ProxyHandler({}))  # directly, whatever HTTPS_PROXY says
    elif proxy.mode is ProxyMode.MANUAL and proxy.url.strip():
        address = _manual_proxy(proxy)
        handlers.append(urllib.request.ProxyHandler({"http": address, "https": address}))
    return urllib.request.build_opener(*handlers)  # (SYSTEM: urllib's own ProxyHandler reads the system's)


def _manual_proxy(proxy: ProxyChoice) -> str:
    """The proxy typed in Settings as a URL, its user name and password in it (urllib sends them
    as Proxy-Authorization: Basic, as botocore does). A secret: never logged."""
    from urllib.parse import quote

    from pixdesk.bedrock.network import check_proxy_address

    url = check_proxy_address(proxy.url)  # ValueError (→ unreachable) for an address that is not one
    if not proxy.user:
        return url
    scheme, _, address = url.partition("://")
    credentials = quote(proxy.user, safe="") + (":" + quote(proxy.password, safe="") if proxy.password else "")
    return f"{scheme}://{credentials}@{address}"


def check_for_update(
    url: str | None = None, current: str = __version__, fetch: Fetch | None = None, proxy: ProxyChoice | None = None
) -> UpdateCheck:
    """Blocking (run it off the GUI thread): what the feed at `url` says about version `current`,
    asked through `proxy` (by default the system's). Never raises; `url` is feed_url() by default;
    `fetch` replaces the download (tests of the reading alone)."""
    url = url or feed_url()
    if not url.startswith(("https://", "http://")):
        return _unreachable(f"not a web address: {url[:60]!r}")
    try:
        raw = fetch(url) if fetch is not None else fetch_feed(url, proxy=proxy)
    except FeedUnreachable as error:
        return _unreachable(str(error))
    try:
        if len(raw) > MAX_FEED_BYTES:
            raise FeedMalformed("the feed is too large to be a release")
        found = latest_release(json.loads(raw))
    except (FeedMalformed, ValueError, RecursionError) as error:  # (json's errors are ValueErrors)
        return UpdateCheck(
            Outcome.MALFORMED,
            translate(
                "updates", "pixdesk could not read what its release page says about new versions. Try again later."
            ),
            detail=f"{type(error).__name__}: {error}"[:300],
        )
    mine, final = own_version(current)
    latest_words = translate("updates", "You have the latest version of pixdesk ({version}).").format(version=current)
    if found is None:  # only drafts and pre-releases: nothing to offer
        return UpdateCheck(Outcome.SAME, latest_words)
    release, latest = found
    if latest > mine or (latest == mine and not final):
        newer = translate("updates", "pixdesk {version} is available (you have {current}).")
        return UpdateCheck(Outcome.NEWER, newer.format(version=release.version, current=current), release)
    if latest == mine:
        return UpdateCheck(Outcome.SAME, latest_words, release)
    return UpdateCheck(
        Outcome.OLDER,
        translate("updates", "You have pixdesk {current}, newer than the latest release ({version}).").format(
            current=current, version=release.version
        ),
        release,
    )


def _unreachable(detail: str) -> UpdateCheck:
    return UpdateCheck(
        Outcome.UNREACHABLE,
        translate(
            "updates", "pixdesk could not reach its release page. Check your internet connection, then try again later."
        ),
        detail=detail[:300],
    )


# --- when to look ----------------------------------------------------------------------------------


def due(last_checked: str, now: datetime | None = None) -> bool:
    """Is a daily check due, given when the last one reached the feed (ISO 8601; "" never)? A
    time that cannot be read, or lies in the future (a clock put back), makes it due."""
    now = now or datetime.now(UTC)
    try:
        last = datetime.fromisoformat(last_checked)
    except ValueError:
        return True
    if last.tzinfo is None:
        last = last.replace(tzinfo=UTC)
    return not (last <= now < last + CHECK_INTERVAL)


def stamp(now: datetime | None = None) -> str:
    """`now` as the settings keep it (ISO 8601, UTC, to the second)."""
    return (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
