"""build_converse_args: the ConverseStream arguments, and everything it refuses to send."""

from __future__ import annotations

import dataclasses
import io

import pytest
from botocore.session import get_session
from botocore.validate import validate_parameters
from PIL import Image

from pixdesk import catalog
from pixdesk.bedrock.request import build_converse_args
from pixdesk.domain import AskRequest, Attachment, Role, Turn
from pixdesk.errors import Action, Kind, KnownError

US_PROFILE = "us.mistral.pixtral-large-2502-v1:0"
EU_PROFILE = "eu.mistral.pixtral-large-2502-v1:0"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def image_bytes(fmt: str = "PNG", size: tuple[int, int] = (32, 16), color=(10, 20, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, fmt)
    return buffer.getvalue()


def png_attachment(name: str = "shot.png", color=(10, 20, 30)) -> Attachment:
    return Attachment(data=image_bytes("PNG", color=color), format="png", width=32, height=16, name=name)


def jpeg_attachment(name: str = "photo.jpg") -> Attachment:
    return Attachment(data=image_bytes("JPEG"), format="jpeg", width=32, height=16, name=name)


def ask(question: str = "What is in this picture?", **kwargs) -> AskRequest:
    return AskRequest(question=question, **kwargs)


# --- what is sent ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("region", "profile_id"),
    [
        ("us-east-1", US_PROFILE),
        ("us-east-2", US_PROFILE),
        ("us-west-2", US_PROFILE),
        ("eu-central-1", EU_PROFILE),
        ("eu-north-1", EU_PROFILE),
        ("eu-west-1", EU_PROFILE),
        ("eu-west-3", EU_PROFILE),
    ],
)
def test_model_id_is_the_regions_inference_profile(region, profile_id):
    assert build_converse_args(ask(), region)["modelId"] == profile_id


def test_text_only_question():
    args = build_converse_args(ask("Hello?"), "us-east-1")
    assert args["messages"] == [{"role": "user", "content": [{"text": "Hello?"}]}]


def test_images_come_before_the_text_and_keep_their_raw_bytes():
    first, second = png_attachment("a.png"), jpeg_attachment("b.jpg")
    args = build_converse_args(ask("Compare them.", attachments=(first, second)), "us-east-1")
    (message,) = args["messages"]
    assert message["role"] == "user"
    content = message["content"]
    assert [next(iter(block)) for block in content] == ["image", "image", "text"]
    assert content[0]["image"] == {"format": "png", "source": {"bytes": first.data}}
    assert content[1]["image"] == {"format": "jpeg", "source": {"bytes": second.data}}
    assert isinstance(content[0]["image"]["source"]["bytes"], bytes)
    assert content[2] == {"text": "Compare them."}


def test_history_turns_come_first_in_order():
    picture = png_attachment()
    history = (
        Turn(Role.USER, "First question", (picture,)),
        Turn(Role.ASSISTANT, "First answer"),
        Turn(Role.USER, "Second question"),
        Turn(Role.ASSISTANT, "Second answer"),
    )
    args = build_converse_args(ask("Third question", history=history), "eu-west-1")
    messages = args["messages"]
    assert [m["role"] for m in messages] == ["user", "assistant", "user", "assistant", "user"]
    assert [m["content"][-1]["text"] for m in messages] == [
        "First question",
        "First answer",
        "Second question",
        "Second answer",
        "Third question",
    ]
    assert messages[0]["content"][0]["image"]["source"]["bytes"] == picture.data
    assert all(len(m["content"]) == 1 for m in messages[1:])


def test_inference_config_has_only_max_tokens_by_default():
    args = build_converse_args(ask(max_tokens=1234), "us-east-1")
    assert args["inferenceConfig"] == {"maxTokens": 1234}


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"temperature": 0.3}, {"maxTokens": 4096, "temperature": 0.3}),
        ({"top_p": 0.9}, {"maxTokens": 4096, "topP": 0.9}),
        ({"temperature": 0.0, "top_p": 1.0}, {"maxTokens": 4096, "temperature": 0.0, "topP": 1.0}),
        ({"temperature": 1, "max_tokens": 16384}, {"maxTokens": 16384, "temperature": 1.0}),
        ({"max_tokens": 1}, {"maxTokens": 1}),
    ],
)
def test_inference_config_includes_what_was_given(kwargs, expected):
    assert build_converse_args(ask(**kwargs), "us-east-1")["inferenceConfig"] == expected


@pytest.mark.parametrize(("tier", "wire"), [("standard", "default"), ("priority", "priority"), ("flex", "flex")])
def test_service_tier_uses_the_wire_value(tier, wire):
    assert build_converse_args(ask(tier=tier), "us-east-1")["serviceTier"] == {"type": wire}


def test_default_tier_is_sent_as_default():
    assert build_converse_args(ask(), "us-east-1")["serviceTier"] == {"type": "default"}


def test_system_prompt_is_sent_when_given():
    args = build_converse_args(ask(system="Answer in French."), "us-east-1")
    assert args["system"] == [{"text": "Answer in French."}]


@pytest.mark.parametrize("system", ["", "   ", "\n\t"])
def test_blank_system_prompt_is_left_out(system):
    assert "system" not in build_converse_args(ask(system=system), "us-east-1")


def test_only_the_expected_keys():
    assert set(build_converse_args(ask(), "us-east-1")) == {"modelId", "messages", "inferenceConfig", "serviceTier"}


def test_arguments_pass_botocores_own_validation():
    """The arguments match the ConverseStream input shape of the installed botocore (no network)."""
    shape = get_session().get_service_model("bedrock-runtime").operation_model("ConverseStream").input_shape
    history = (Turn(Role.USER, "Earlier", (png_attachment(),)), Turn(Role.ASSISTANT, "Seen."))
    request = ask(
        "And now?",
        attachments=(jpeg_attachment(),),
        history=history,
        system="Be brief.",
        temperature=0.2,
        top_p=0.9,
        tier="flex",
    )
    validate_parameters(build_converse_args(request, "eu-north-1"), shape)  # raises ParamValidationError


def test_limits_are_inclusive():
    """Exactly 8 images, 3.75 MB and 8000 px are still allowed."""
    big = Attachment(
        data=PNG_SIGNATURE + b"\0" * (3_750_000 - len(PNG_SIGNATURE)),
        format="png",
        width=8000,
        height=8000,
        name="big.png",
    )
    attachments = (big, *tuple(png_attachment(f"{i}.png") for i in range(7)))
    args = build_converse_args(ask(attachments=attachments), "us-east-1")
    assert len(args["messages"][0]["content"]) == 9


# --- what is refused ---------------------------------------------------------------------


def _expect_bad_input(request: AskRequest, region: str = "us-east-1") -> KnownError:
    with pytest.raises(KnownError) as caught:
        build_converse_args(request, region)
    error = caught.value
    assert error.kind is Kind.BAD_INPUT
    assert error.kind.exit_code == 2
    assert error.action is Action.FIX_INPUT
    assert error.message.strip()
    assert "Exception" not in error.message
    return error


def test_unknown_region():
    error = _expect_bad_input(ask(), region="ap-south-1")
    assert "ap-south-1" in error.message


def test_unknown_tier():
    error = _expect_bad_input(ask(tier="gold"))
    assert "gold" in error.message


@pytest.mark.parametrize("max_tokens", [0, -1, 16385, True, False, 100.0, "100"])
def test_bad_max_tokens(max_tokens):
    _expect_bad_input(ask(max_tokens=max_tokens))


@pytest.mark.parametrize("temperature", [1.5, -0.1, float("nan")])
def test_bad_temperature(temperature):
    error = _expect_bad_input(ask(temperature=temperature))
    assert "Temperature" in error.message


@pytest.mark.parametrize("top_p", [2, -0.5, 1.01])
def test_bad_top_p(top_p):
    _expect_bad_input(ask(top_p=top_p))


def test_the_ranges_checked_are_the_catalog_s(monkeypatch):
    """Validation reads the catalog's declared limits, so a change there is followed here."""
    assert build_converse_args(ask(temperature=1.0, top_p=1.0), "us-east-1")["inferenceConfig"]["temperature"] == 1.0
    monkeypatch.setattr(
        catalog,
        "LIMITS",
        dataclasses.replace(
            catalog.LIMITS, temperature_range=(0.0, 0.5), top_p_range=(0.2, 0.8), max_output_tokens=1000
        ),
    )
    error = _expect_bad_input(ask(temperature=0.7, max_tokens=500))
    assert "between 0 and 0.5, not 0.7" in error.message
    assert "between 0.2 and 0.8" in _expect_bad_input(ask(top_p=0.1, max_tokens=500)).message
    assert "1,000 tokens" in _expect_bad_input(ask(max_tokens=1001)).message
    inference = build_converse_args(ask(temperature=0.5, top_p=0.8, max_tokens=1000), "us-east-1")["inferenceConfig"]
    assert inference == {"maxTokens": 1000, "temperature": 0.5, "topP": 0.8}
    # and wider, should the model allow it:
    monkeypatch.setattr(catalog, "LIMITS", dataclasses.replace(catalog.LIMITS, temperature_range=(0.0, 2.0)))
    assert (
        build_converse_args(ask(temperature=1.5, max_tokens=500), "us-east-1")["inferenceConfig"]["temperature"] == 1.5
    )


@pytest.mark.parametrize("question", ["", "   ", "\n\t "])
def test_blank_question(question):
    _expect_bad_input(ask(question))


def test_blank_question_is_refused_even_with_an_image():
    _expect_bad_input(ask("  ", attachments=(png_attachment(),)))


def test_history_starting_with_assistant():
    history = (
        Turn(Role.ASSISTANT, "Hi, how can I help?"),
        Turn(Role.USER, "Look at this"),
        Turn(Role.ASSISTANT, "Sure"),
    )
    _expect_bad_input(ask(history=history))


def test_two_user_turns_in_a_row():
    _expect_bad_input(ask(history=(Turn(Role.USER, "First"),)))


def test_two_assistant_turns_in_a_row():
    history = (Turn(Role.USER, "Q"), Turn(Role.ASSISTANT, "A"), Turn(Role.ASSISTANT, "A again"))
    _expect_bad_input(ask(history=history))


def test_assistant_turn_with_an_image():
    history = (Turn(Role.USER, "Draw a cat"), Turn(Role.ASSISTANT, "Here it is", (png_attachment(),)))
    _expect_bad_input(ask(history=history))


def test_empty_turn_in_history():
    history = (Turn(Role.USER, "Q"), Turn(Role.ASSISTANT, "   "))
    _expect_bad_input(ask(history=history))


def test_nine_images_in_total():
    history = (
        Turn(Role.USER, "Earlier", tuple(png_attachment(f"h{i}.png") for i in range(4))),
        Turn(Role.ASSISTANT, "Seen."),
    )
    now = tuple(png_attachment(f"n{i}.png") for i in range(5))
    error = _expect_bad_input(ask(history=history, attachments=now))
    assert "9" in error.message


def test_nine_images_in_one_question():
    _expect_bad_input(ask(attachments=tuple(png_attachment(f"{i}.png") for i in range(9))))


def test_declared_png_holding_jpeg_bytes():
    fake = Attachment(data=image_bytes("JPEG"), format="png", width=32, height=16, name="fake.png")
    error = _expect_bad_input(ask(attachments=(fake,)))
    assert "fake.png" in error.message


def test_format_bedrock_does_not_accept():
    bmp = Attachment(data=image_bytes("BMP"), format="bmp", width=32, height=16, name="old.bmp")
    _expect_bad_input(ask(attachments=(bmp,)))


def test_attachment_over_the_size_limit():
    data = PNG_SIGNATURE + b"\0" * (3_750_001 - len(PNG_SIGNATURE))
    huge = Attachment(data=data, format="png", width=100, height=100, name="huge.png")
    error = _expect_bad_input(ask(attachments=(huge,)))
    assert "3.75 MB" in error.message


@pytest.mark.parametrize(("width", "height"), [(8001, 10), (10, 8001)])
def test_attachment_over_the_side_limit(width, height):
    wide = Attachment(data=image_bytes("PNG"), format="png", width=width, height=height, name="wide.png")
    error = _expect_bad_input(ask(attachments=(wide,)))
    assert "8000" in error.message


def test_bad_image_in_history_is_refused_too():
    fake = Attachment(data=image_bytes("GIF"), format="png", width=32, height=16, name="old.png")
    history = (Turn(Role.USER, "Earlier", (fake,)), Turn(Role.ASSISTANT, "Seen."))
    _expect_bad_input(ask(history=history))
