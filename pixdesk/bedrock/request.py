"""Turn an AskRequest into ConverseStream arguments, validating everything first.

botocore checks neither enum values nor ranges, so a bad tier or a 20,000-token limit would
only come back as a ValidationException after a round trip. We check here and send nothing.
"""

from __future__ import annotations

from typing import Any

from pixdesk import catalog
from pixdesk.domain import AskRequest, Attachment, Role, Turn
from pixdesk.errors import bad_input
from pixdesk.words import Grouped, translate


def build_converse_args(request: AskRequest, region_name: str) -> dict[str, Any]:
    """The keyword arguments for `client.converse_stream(...)`. Raises KnownError(bad input)."""
    region = _checked_region(region_name)
    tier = _checked_tier(request.tier)
    turns = (*request.history, Turn(Role.USER, request.question, request.attachments))
    _check_question(request.question)
    _check_turns(turns)
    _check_images(turns)

    limits = catalog.LIMITS  # read now, not at import: the catalog is the one place these are declared
    inference: dict[str, Any] = {"maxTokens": _checked_max_tokens(request.max_tokens, limits.max_output_tokens)}
    if request.temperature is not None:
        inference["temperature"] = _checked_in_range(
            translate("request", "Temperature"), request.temperature, limits.temperature_range
        )
    if request.top_p is not None:
        inference["topP"] = _checked_in_range(translate("request", "Top P"), request.top_p, limits.top_p_range)

    args: dict[str, Any] = {
        "modelId": region.profile_id,
        "messages": [_message(turn) for turn in turns],
        "inferenceConfig": inference,
        "serviceTier": {"type": tier.wire_value},
    }
    if request.system.strip():
        args["system"] = [{"text": request.system}]
    return args


def _message(turn: Turn) -> dict[str, Any]:
    content: list[dict[str, Any]] = [
        {"image": {"format": a.format, "source": {"bytes": a.data}}} for a in turn.attachments
    ]
    if turn.text.strip():
        content.append({"text": turn.text})
    return {"role": turn.role.value, "content": content}


def _checked_region(name: str) -> catalog.Region:
    try:
        return catalog.region(name)
    except KeyError:
        names = ", ".join(catalog.region_names())
        raise bad_input(
            translate("request", "Pixtral Large is not offered from the region “{region}”.").format(region=name),
            translate("request", "Choose one of: {regions}.").format(regions=names),
        ) from None


def _checked_tier(key: str) -> catalog.Tier:
    try:
        return catalog.tier(key)
    except KeyError:
        raise bad_input(
            translate("request", "“{tier}” is not a service tier.").format(tier=key),
            translate("request", "Choose Standard, Priority or Flex."),
        ) from None


def _checked_max_tokens(value: int, limit: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= limit:
        raise bad_input(
            translate("request", "The answer length must be between 1 and {limit} tokens, not {value}.").format(
                limit=Grouped(limit), value=value
            )
        )
    return value


def _checked_in_range(title: str, value: float, allowed: tuple[float, float]) -> float:
    low, high = allowed
    if not isinstance(value, (int, float)) or not low <= value <= high:  # (NaN fails both comparisons)
        raise bad_input(
            translate("request", "{setting} must be between {low} and {high}, not {value}.").format(
                setting=title, low=low, high=high, value=value
            )
        )
    return float(value)


def _check_question(question: str) -> None:
    if not question.strip():
        raise bad_input(translate("request", "Type a question first."))


def _check_turns(turns: tuple[Turn, ...]) -> None:
    for index, turn in enumerate(turns):
        expected = Role.USER if index % 2 == 0 else Role.ASSISTANT
        if turn.role is not expected:
            raise bad_input(
                translate("request", "The conversation is out of order (questions and answers must alternate)."),
                translate("request", "Start a new chat."),
            )
        if turn.role is Role.ASSISTANT and turn.attachments:
            raise bad_input(translate("request", "Images can only be part of a question."))
        if not turn.text.strip() and not turn.attachments:
            raise bad_input(
                translate("request", "The conversation contains an empty message."),
                translate("request", "Start a new chat."),
            )


def _check_images(turns: tuple[Turn, ...]) -> None:
    limits = catalog.LIMITS
    total = sum(len(t.attachments) for t in turns)
    if total > limits.images_per_request:
        raise bad_input(
            translate(
                "request", "Pixtral Large reads at most {limit} images at a time; this question has {count}."
            ).format(limit=limits.images_per_request, count=total),
            translate("request", "Remove some images or start a new chat."),
        )
    for turn in turns:
        for attachment in turn.attachments:
            _check_attachment(attachment)


def _check_attachment(a: Attachment) -> None:
    from pixdesk.imaging.formats import sniff_format  # (here: the window's start loads no imaging)

    limits = catalog.LIMITS
    label = a.name or translate("request", "An image")
    if a.format not in limits.image_formats:
        raise bad_input(
            translate("request", "{name} is in a format Bedrock does not accept ({format}).").format(
                name=label, format=a.format
            )
        )
    if sniff_format(a.data) != a.format:
        raise bad_input(
            translate("request", "{name} is not really a {format} image.").format(name=label, format=a.format.upper())
        )
    if a.size_bytes > limits.image_bytes:
        raise bad_input(
            translate("request", "{name} is larger than the {megabytes} MB Bedrock accepts.").format(
                name=label, megabytes=limits.image_bytes / 1_000_000
            )
        )
    if max(a.width, a.height) > limits.image_side_px:
        raise bad_input(
            translate("request", "{name} is larger than {pixels} pixels on a side.").format(
                name=label, pixels=limits.image_side_px
            )
        )
