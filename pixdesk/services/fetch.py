"""Fetch an image someone dragged from a web page — only on that explicit drop, small and quick.

Blocking; call from a worker thread."""

from __future__ import annotations

from urllib.parse import urlsplit

from pixdesk import __version__
from pixdesk.errors import Action, Kind, KnownError
from pixdesk.words import translate

MAX_BYTES = 20 * 1024 * 1024
TIMEOUT_S = 15.0


def fetch_image(url: str, max_bytes: int = MAX_BYTES, timeout_s: float = TIMEOUT_S) -> tuple[bytes, str]:
    """(bytes, file name) of the image at an http(s) `url`; KnownError for anything else."""
    parts = urlsplit(url)
    name = parts.path.rsplit("/", 1)[-1] or parts.hostname or "image"
    if parts.scheme not in ("http", "https"):
        raise KnownError(
            Kind.BAD_INPUT,
            translate("fetch", "pixdesk only downloads images from http:// or https:// addresses."),
            Action.FIX_INPUT,
        )
    import urllib.error  # (here: urllib.request loads http.client and email, slowing the window's start)
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": f"pixdesk/{__version__}"})
    failure: str | None
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:  # noqa: S310 - scheme checked
            declared = int(response.headers.get("Content-Length") or 0)
            if declared > max_bytes:
                raise _too_big(name, max_bytes)
            data = response.read(max_bytes + 1)
    except KnownError:
        raise
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
        if isinstance(exc, urllib.error.HTTPError):
            exc.close()  # an HTTP error carries the open response: hang up now
        failure = repr(exc)
    else:
        failure = None
    if failure is not None:  # raised outside the except block, so the error keeps no open socket
        raise KnownError(
            Kind.CONNECTION_FAILED,
            translate("fetch", "The image at {host} could not be downloaded.").format(host=parts.hostname),
            Action.CHECK_NETWORK,
            translate("fetch", "Save it to your computer and drop the file instead."),
            detail=failure,
        )
    if len(data) > max_bytes:
        raise _too_big(name, max_bytes)
    return data, name


def _too_big(name: str, max_bytes: int) -> KnownError:
    return KnownError(
        Kind.TOO_LARGE,
        translate("fetch", "The image {name} is larger than {size} MB.").format(name=name, size=max_bytes // 2**20),
        Action.FIX_INPUT,
        translate("fetch", "Save a smaller copy and drop that instead."),
    )
