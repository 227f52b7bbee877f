"""The window's checks in `pixdesk --self-test`: plugins and drawing an answer."""

from __future__ import annotations

import pytest

from helpers import png_attachment
from pixdesk.domain import Answer, AskRequest, Usage
from pixdesk.services.self_test import CheckFailed
from pixdesk.ui import self_test


def test_the_native_platform_plugin_is_found_and_loads(qapp):
    detail = self_test.check_platform().detail
    assert self_test.NATIVE_PLATFORM == "xcb"  # these tests run on Linux
    assert "libqxcb.so loads" in detail


def test_an_absent_plugin_is_not_found(qapp):
    assert self_test.platform_plugin("offscreen") is not None
    assert self_test.platform_plugin("no-such-platform") is None


def test_png_and_jpeg_are_readable(qapp):
    assert self_test.check_image_formats().detail == "png, jpeg"


def _answer(text: str) -> Answer:
    return Answer(
        text=text,
        stop_reason="end_turn",
        usage=Usage(1200, 40, 1240, 300, "standard"),
        region="us-east-1",
        profile_id="us.mistral.pixtral-large-2502-v1:0",
        tier_requested="standard",
    )


def test_an_answer_is_drawn_with_its_thumbnail_and_footer(qapp):
    request = AskRequest("What is greyed out?", attachments=(png_attachment(320, 200),))
    passed = self_test.check_rendering(request, _answer("## Seen\n\n- The **Save** button is greyed out.\n"))
    assert "thumbnail and the footer drawn" in passed.detail


def test_an_answer_with_nothing_to_draw_fails(qapp):
    with pytest.raises(CheckFailed, match="was not drawn"):
        self_test.check_rendering(AskRequest("Anything?"), _answer(""))
