"""Check a Converse request the way Bedrock does, independently of the app's own validation
(it shares only the published limits), so the app's checks are tested against something."""

from __future__ import annotations

import base64
import binascii
import io
from dataclasses import dataclass, field
from typing import Any

from PIL import Image

from pixdesk import catalog

_TIER_VALUES = {"default", "priority", "flex"}


class Rejected(Exception):
    """A ValidationException (or another code) with Bedrock's kind of message."""

    def __init__(self, message: str, code: str = "ValidationException", status: int = 400) -> None:
        super().__init__(message)
        self.code, self.status = code, status


@dataclass
class SeenImage:
    format: str
    width: int
    height: int
    data: bytes = field(repr=False)


@dataclass
class ParsedRequest:
    model_id: str
    messages: list[dict[str, Any]]
    images: list[SeenImage]
    texts: list[str]
    system: str
    max_tokens: int | None
    temperature: float | None
    top_p: float | None
    tier: str | None  # serviceTier.type as sent


def check_model_for_region(model_id: str, region: str | None) -> None:
    if model_id == catalog.MODEL_ID:
        raise Rejected(
            f"Invocation of model ID {model_id} with on-demand throughput isn’t supported. "
            "Retry your request with the ID or ARN of an inference profile that contains this model."
        )
    geography = catalog.geography_of_profile(model_id)
    if geography is None:
        raise Rejected("The provided model identifier is invalid.")
    if region is not None:
        try:
            source = catalog.region(region)
        except KeyError:
            raise Rejected("The provided model identifier is invalid.") from None
        if source.geography != geography:
            raise Rejected("The provided model identifier is invalid.")


def parse_converse(model_id: str, body: dict[str, Any]) -> ParsedRequest:
    limits = catalog.LIMITS
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise Rejected(
            "A conversation must start with a user message. Try again with a conversation "
            "that starts with a user message."
        )
    images: list[SeenImage] = []
    texts: list[str] = []
    for index, message in enumerate(messages):
        role = message.get("role")
        expected = "user" if index % 2 == 0 else "assistant"
        if role != expected:
            raise Rejected(
                "A conversation must alternate between user and assistant roles. Make sure the "
                "conversation alternates between user and assistant roles and try again."
            )
        content = message.get("content") or []
        if not content:
            raise Rejected(
                f"The content field in the Message object at messages.{index} is empty. "
                "Add a ContentBlock object to the content field and try again."
            )
        in_message = 0
        for block in content:
            if "text" in block:
                texts.append(block["text"])
            elif "image" in block:
                if role != "user":
                    raise Rejected("Images are only supported in user messages.")
                in_message += 1
                images.append(_image(block["image"]))
            else:
                raise Rejected(f"Unsupported content block at messages.{index}.")
        if in_message > limits.images_per_message:
            raise Rejected(f"Too many images in messages.{index}: at most {limits.images_per_message}.")
    if messages[-1].get("role") != "user":
        raise Rejected(
            "A conversation must end with a user message. Try again with a conversation that ends with a user message."
        )

    config = body.get("inferenceConfig") or {}
    max_tokens = config.get("maxTokens")
    if max_tokens is not None and not 1 <= int(max_tokens) <= limits.max_output_tokens:
        raise Rejected(
            f"The maximum tokens you requested exceeds the model limit of "
            f"{limits.max_output_tokens}. Try again with a maximum tokens value that is lower "
            f"than {limits.max_output_tokens}."
        )
    for name in ("temperature", "topP"):
        value = config.get(name)
        if value is not None and not 0.0 <= float(value) <= 1.0:
            raise Rejected(f"{name} must be between 0 and 1.")
    tier = (body.get("serviceTier") or {}).get("type")
    if tier is not None and tier not in _TIER_VALUES:
        raise Rejected(
            f"1 validation error detected: Value '{tier}' at 'serviceTier.type' failed to "
            "satisfy constraint: Member must satisfy enum value set: [default, priority, flex]"
        )
    system = " ".join(block.get("text", "") for block in body.get("system") or [])
    return ParsedRequest(
        model_id, messages, images, texts, system, max_tokens, config.get("temperature"), config.get("topP"), tier
    )


def _image(block: dict[str, Any]) -> SeenImage:
    limits = catalog.LIMITS
    declared = block.get("format")
    if declared not in limits.image_formats:
        raise Rejected(f"Unsupported image format: {declared}.")
    try:
        data = base64.b64decode(block.get("source", {}).get("bytes", ""), validate=True)
    except (binascii.Error, TypeError):
        raise Rejected("The image bytes are not valid base64.") from None
    if len(data) > limits.image_bytes:
        raise Rejected("The image exceeds the maximum size of 3.75 MB.")
    try:
        with Image.open(io.BytesIO(data)) as image:
            actual, (width, height) = (image.format or "").lower(), image.size
    except Exception:  # noqa: BLE001 - any decoder failure gets Bedrock's one refusal
        raise Rejected("Could not process image: the image data is not a valid image.") from None
    if actual != declared:
        raise Rejected(f"The image format {declared} does not match the image data ({actual}).")
    if max(width, height) > limits.image_side_px:
        raise Rejected(
            f"The image dimensions {width}x{height} exceed the maximum of "
            f"{limits.image_side_px}x{limits.image_side_px}."
        )
    return SeenImage(actual, width, height, data)
