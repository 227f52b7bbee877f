"""The capture overlay's maths, without a display: selection, nudging, boxes, windows, HiDPI
rounding, a refused grab, and the burn-in that runs before the tray sees a pixel."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from pixdesk.services.capture import (
    EMPTY_CAPTURE,
    MACOS_SCREEN_RECORDING,
    WAYLAND_NO_WINDOWS,
    ForeignWindow,
    Rect,
    Selection,
    burn_in,
    looks_refused,
    refused_capture_message,
    to_device,
    to_device_rect,
    window_on_screen,
    window_picking_refusal,
    window_under,
)

SCREEN = Rect(0, 0, 1366, 768)


def test_a_drag_in_any_direction_selects_the_pixels_between_its_ends():
    selection = Selection(SCREEN)
    selection.begin(300, 250)
    selection.drag_to(100, 100)
    assert selection.finish()
    assert selection.rect == Rect(100, 100, 200, 150)
    assert selection.size_label() == "200 × 150"


def test_a_click_is_not_a_selection_and_a_drag_stays_on_the_screen():
    selection = Selection(SCREEN)
    selection.begin(10, 10)
    selection.drag_to(12, 11)
    assert not selection.finish()
    assert selection.rect is None
    selection.begin(1300, 700)
    selection.drag_to(5000, -40)
    selection.finish()
    assert selection.rect == Rect(1300, 0, 66, 700)


def test_arrow_keys_move_the_selection_and_its_boxes_but_never_off_the_screen():
    selection = Selection(SCREEN)
    selection.choose(Rect(0, 10, 100, 50))
    selection.add_box(Rect(10, 20, 5, 5))
    selection.nudge(-1, 0)  # already at the left edge
    assert selection.rect == Rect(0, 10, 100, 50)
    selection.nudge(1, -1)
    assert selection.rect == Rect(1, 9, 100, 50)
    assert selection.boxes == [Rect(11, 19, 5, 5)]
    assert selection.boxes_in_capture() == [(10, 10, 5, 5)]  # the box stays where it was on the capture


def test_shift_arrows_resize_and_a_box_cut_off_by_shrinking_is_clipped():
    selection = Selection(SCREEN)
    selection.choose(Rect(0, 0, 10, 10))
    selection.add_box(Rect(5, 5, 5, 5))
    selection.nudge(-2, 0, resize=True)
    assert selection.rect == Rect(0, 0, 8, 10)
    assert selection.boxes == [Rect(5, 5, 3, 5)]
    selection.nudge(-100, 5000, resize=True)
    assert selection.rect == Rect(0, 0, 4, 768)  # never below the smallest side, never past the screen


def test_boxes_outside_the_selection_are_dropped_and_undo_takes_the_last():
    selection = Selection(SCREEN)
    assert not selection.add_box(Rect(0, 0, 5, 5))  # nothing selected yet
    selection.choose(Rect(100, 100, 50, 50))
    assert not selection.add_box(Rect(0, 0, 5, 5))
    assert selection.add_box(Rect(90, 90, 20, 20))
    assert selection.boxes_in_capture() == [(0, 0, 10, 10)]
    assert selection.undo_box() and not selection.undo_box()


def test_a_new_drag_forgets_the_old_boxes():
    selection = Selection(SCREEN)
    selection.choose(Rect(0, 0, 50, 50))
    selection.add_box(Rect(1, 1, 5, 5))
    selection.begin(200, 200)
    assert selection.boxes == [] and selection.rect is None


@pytest.mark.parametrize(
    ("logical", "ratio", "device"),
    [(100.0, 1.0, 100), (50.0, 2.0, 100), (50.5, 2.0, 101), (66.666667, 1.5, 100), (0.4, 1.5, 0)],
)
def test_the_pointer_lands_on_the_device_pixel_it_is_over(logical, ratio, device):
    assert to_device(logical, ratio) == device


def test_a_window_frame_in_points_is_rounded_outward_to_device_pixels():
    assert to_device_rect(10.3, 10.0, 20.2, 5.0, 2.0) == Rect(20, 20, 41, 10)
    assert window_on_screen(Rect(1500, 20, 100, 50), "device", (1366, 0), 2.0) == Rect(134, 20, 100, 50)
    assert window_on_screen(Rect(1500, 20, 100, 50), "logical", (1366, 0), 2.0) == Rect(268, 40, 200, 100)


def test_the_topmost_window_under_the_pointer_is_picked():
    top, below = ForeignWindow(Rect(50, 50, 100, 100), "top"), ForeignWindow(Rect(0, 0, 400, 400), "below")
    assert window_under(60, 60, [top, below]) is top
    assert window_under(10, 10, [top, below]) is below
    assert window_under(500, 10, [top, below]) is None


@pytest.mark.parametrize(
    ("platform", "session", "wayland", "refusal"),
    [
        ("linux", "x11", "", None),
        ("linux", "", "", None),
        ("linux", "wayland", "wayland-0", WAYLAND_NO_WINDOWS),
        ("linux", "", "wayland-0", WAYLAND_NO_WINDOWS),
        ("linux", "x11", "wayland-0", None),  # XWayland asked for explicitly
        ("win32", "", "", None),
        ("darwin", "", "", None),
    ],
)
def test_window_picking_is_refused_in_plain_words_where_programs_cannot_see_each_other(
    platform, session, wayland, refusal
):
    assert window_picking_refusal(platform, session, wayland) == refusal


def test_a_flat_grab_is_refused_and_macos_says_how_to_allow_screen_recording():
    black = bytes(4) * 5000
    assert looks_refused(black)
    assert looks_refused(b"")
    varied = bytearray(black)
    varied[4 * 2500 : 4 * 2500 + 4] = b"\xff\xff\xff\x00"
    assert not looks_refused(bytes(varied), samples=10_000)
    assert "Privacy & Security" in refused_capture_message("darwin")
    assert refused_capture_message("darwin") == MACOS_SCREEN_RECORDING
    assert refused_capture_message("linux") == EMPTY_CAPTURE


def test_burn_in_leaves_no_covered_pixel_and_keeps_every_other():
    width, height, stride = 20, 10, 20 * 4 + 8  # a padded line, as QImage may hand it over
    rows = []
    for y in range(height):
        row = b"".join(bytes((x * 10, y * 20, 200, 255)) for x in range(width))
        rows.append(row + b"\x00" * 8)
    png = burn_in(b"".join(rows), width, height, stride, [(2, 3, 4, 2)])
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.size == (width, height)
    for y in range(height):
        for x in range(width):
            covered = 2 <= x < 6 and 3 <= y < 5
            assert image.getpixel((x, y)) == ((0, 0, 0) if covered else (x * 10, y * 20, 200)), (x, y)
