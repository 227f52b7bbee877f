"""Accept an image file that is already within Bedrock's limits.

This is the Core's minimal intake: it sniffs the format from the bytes and checks the limits,
and says in plain words why a file cannot be sent. Converting and fitting any image is the
imaging pipeline's job.
"""

from __future__ import annotations

from pathlib import Path

from pixdesk import catalog
from pixdesk.domain import Attachment
from pixdesk.errors import Action, Kind, KnownError
from pixdesk.imaging.formats import image_dimensions, sniff_format

_READ_CAP = catalog.LIMITS.image_bytes + 1  # never read more than we could send


def attachment_from_file(path: str | Path) -> Attachment:
    path = Path(path)
    name = path.name
    try:
        with path.open("rb") as handle:
            data = handle.read(_READ_CAP)
    except FileNotFoundError:
        raise KnownError(Kind.BAD_INPUT, f"The file {name} does not exist.", Action.FIX_INPUT,
                         "Check the path and try again.") from None
    except IsADirectoryError:
        raise KnownError(Kind.BAD_INPUT, f"{name} is a folder, not an image.", Action.FIX_INPUT) from None
    except PermissionError:
        raise KnownError(Kind.BAD_INPUT, f"pixdesk is not allowed to read {name}.", Action.FIX_INPUT,
                         "Check the file's permissions.") from None
    except OSError as exc:
        raise KnownError(Kind.BAD_INPUT, f"{name} could not be read.", Action.FIX_INPUT,
                         detail=str(exc)) from None
    return attachment_from_bytes(data, name)


def attachment_from_bytes(data: bytes, name: str = "image") -> Attachment:
    limits = catalog.LIMITS
    if not data:
        raise KnownError(Kind.UNSUPPORTED_FILE, f"{name} is empty.", Action.FIX_INPUT)
    if len(data) > limits.image_bytes:
        raise KnownError(
            Kind.TOO_LARGE,
            f"{name} is larger than the 3.75 MB Bedrock accepts for one image.",
            Action.FIX_INPUT,
            "Use a smaller or more compressed image.",
        )
    fmt = sniff_format(data)
    if fmt not in limits.image_formats:
        what = f"a {fmt.upper()} file" if fmt else "not an image pixdesk can read"
        raise KnownError(
            Kind.UNSUPPORTED_FILE,
            f"{name} is {what}; Bedrock accepts PNG, JPEG, GIF and WebP images.",
            Action.FIX_INPUT,
            "Convert it to PNG or JPEG first.",
        )
    size = image_dimensions(data)
    if size is None:
        raise KnownError(Kind.UNSUPPORTED_FILE, f"{name} looks like a {fmt.upper()} image but is damaged.",
                         Action.FIX_INPUT, "Open and re-save it, or take the screenshot again.")
    width, height = size
    if max(width, height) > limits.image_side_px:
        raise KnownError(
            Kind.TOO_LARGE,
            f"{name} is {width}×{height} pixels; Bedrock accepts at most {limits.image_side_px} on a side.",
            Action.FIX_INPUT,
            "Use a smaller image.",
        )
    return Attachment(data=data, format=fmt, width=width, height=height, name=name)
