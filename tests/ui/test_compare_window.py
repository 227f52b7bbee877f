"""Compare in the window: two images in the tray → Compare → a third chip "What changed", the
three shown side by side, and the question box filled (not sent)."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from helpers import HeldPool, until
from imaging_samples import before_and_after
from pixdesk.services.compare import HIGHLIGHT_NAME, TEMPLATE


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _pair() -> tuple[bytes, bytes]:
    before, after = before_and_after((480, 300), change=(200, 100, 229, 119))
    return _png(before), _png(after)


def _attach(window, run, *images: tuple[bytes, str]) -> None:
    async def go():
        for data, name in images:
            window.tray.add_bytes(data, name)
        await window.tray.idle()

    run(go())


def test_two_images_compare_into_three_chips_and_a_filled_question(make_window, run, qtbot, bedrock):
    window = make_window()
    compare = window.compare
    assert not compare.bar.isVisible()  # nothing to compare yet
    before, after = _pair()
    _attach(window, run, (before, "before.png"))
    assert not compare.bar.isVisible() and not compare.action.isEnabled()  # one image: nothing to compare with
    _attach(window, run, (after, "after.png"))
    qtbot.waitUntil(lambda: compare.button.isEnabled())
    assert compare.bar.isVisible() and compare.action.isEnabled()
    assert compare.action.text().replace("&", "") == "Compare the two images"
    assert compare.action in window.menuBar().actions()[1].menu().actions()  # in the Edit menu

    QTest.mouseClick(compare.button, Qt.MouseButton.LeftButton)
    run(until(lambda: compare.dialog is not None, message="the three images shown"))
    run(window.tray.idle())
    assert [chip.accessibleName() for chip in window.tray.chips()] == ["before.png", "after.png", HIGHLIGHT_NAME]
    assert [item.name for item in window.tray.items] == ["before.png", "after.png", HIGHLIGHT_NAME]
    assert all(item.prepared is not None for item in window.tray.items)
    text = window.composer.text
    assert text.startswith(TEMPLATE) and "600 pixels changed, in one area" in text
    assert [label.text() for label in compare.dialog.captions] == [
        "Before — before.png",
        "After — after.png",
        HIGHLIGHT_NAME,
    ]
    assert not compare.bar.isVisible()  # three images now: Compare is no longer offered
    assert bedrock.requests == []  # nothing is sent until the person presses Enter
    compare.dialog.reject()


def test_compare_is_offered_as_the_second_image_joins_not_once_both_are_ready(make_window, run, qtbot):
    """Its row appears with the second chip (usable once both are ready): appearing when they
    became ready, it moved the window a second time, under the person's pointer."""
    pool = HeldPool()
    window = make_window(image_pool=pool)
    before, after = _pair()
    window.tray.add_bytes(before, "before.png")
    window.tray.add_bytes(after, "after.png")
    qtbot.waitUntil(lambda: len(window.tray.chips()) == 2 and window.compare.bar.isVisible())
    assert not window.compare.button.isEnabled()
    assert all(item.prepared is None for item in window.tray.items)  # still being prepared
    pool.release.set()
    run(window.tray.idle())
    assert window.compare.button.isEnabled()
    pool.shutdown()


def test_compare_is_refused_in_plain_words_without_two_images(make_window, run):
    window = make_window()
    assert not window.compare.action.isEnabled()
    window.compare.start()  # (what the menu would do, were it enabled)
    assert "Attach exactly two screenshots" in window.banner.text
