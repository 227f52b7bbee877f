"""Attached images as chips above the question box: compact cards with a thumbnail, the name,
the size in words and a ✕; reachable and removable from the keyboard; busy and failed states
shown in the chip; colours readable against the palette."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QVBoxLayout, QWidget

from helpers import HeldPool, png_bytes, until
from pixdesk.services.images import Resolution
from pixdesk.ui import attachment_chip, readable
from pixdesk.ui.attachment_chip import ImageChip, problem_colour
from pixdesk.ui.attachments import AttachmentTray
from pixdesk.ui.card import THUMB_SIDE, border_colour
from pixdesk.ui.preview_dialog import PreviewDialog


class Host(QWidget):
    """A tray above a question box, as in the window."""

    def __init__(self, pool) -> None:
        super().__init__()
        self.tray = AttachmentTray(pool, pool, lambda: Resolution.MODEL, parent=self)
        self.question = QPlainTextEdit(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tray)
        layout.addWidget(self.question)


@pytest.fixture
def host(qtbot):
    pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="pixdesk-test-chips")
    widget = Host(pool)
    qtbot.addWidget(widget)
    widget.resize(900, 300)
    widget.show()
    yield widget
    pool.shutdown(wait=True, cancel_futures=True)


def _attach(run, tray: AttachmentTray, *names: str) -> None:
    async def scenario():
        for n, name in enumerate(names):
            tray.add_bytes(png_bytes(320 + 40 * n, 200), name)
        await tray.idle()

    run(scenario())


def test_a_chip_is_compact_with_name_size_and_a_named_remove_button(host, run):
    _attach(run, host.tray, "customer-screenshot-of-the-checkout-error-page.png")
    chip = host.tray.chips()[0]
    assert chip.height() <= THUMB_SIDE + 24 and 48 <= chip.thumb.height() <= 64  # a chip, not a tall box
    assert chip.label.text() != chip.accessibleName() and "…" in chip.label.text()  # elided on screen…
    assert chip.accessibleName() == "customer-screenshot-of-the-checkout-error-page.png"  # …whole for a reader
    assert chip.detail.text() == "about 273 tokens"
    assert "320×200" in chip.toolTip() and "about 273 tokens" in chip.accessibleDescription()
    assert chip.remove.accessibleName() == "Remove customer-screenshot-of-the-checkout-error-page.png"
    assert chip.thumb.has_image()


def test_the_summary_is_one_line_and_the_trays_description(host, run):
    _attach(run, host.tray, "a.png", "b.png")
    tray = host.tray
    assert tray.accessibleName() == "Images to send"
    assert tray.summary.text().startswith("2 images · about ")
    assert tray.accessibleDescription() == tray.summary.text()  # the name no longer hides the content
    assert not tray.summary.wordWrap()
    assert tray.summary.accessibleName() == ""  # read as its text


def test_while_nothing_is_measured_the_summary_says_preparing_not_a_zero_price(qtbot, run):
    """Before any image is ready the tray knew no figure: it read "about 0 tokens · ≈ $0.0000",
    a price that was wrong rather than estimated."""
    pool = HeldPool()
    host = Host(pool)
    qtbot.addWidget(host)
    host.show()
    host.tray.add_bytes(png_bytes(320, 200), "a.png")
    host.tray.add_bytes(png_bytes(360, 200), "b.png")
    qtbot.waitUntil(lambda: host.tray.summary.isVisible())
    assert host.tray.summary.text() == "2 images · preparing…"
    assert host.tray.accessibleDescription() == "2 images · preparing…"
    pool.release.set()
    run(host.tray.idle())
    text = host.tray.summary.text()
    assert text.startswith("2 images · about ") and "$" in text and "preparing" not in text
    pool.shutdown()


def test_a_chip_is_made_in_one_turn_of_the_loop_and_the_tray_laid_out_in_the_next(host, run, monkeypatch):
    """Together they held the window's thread ~5 ms on a 2-core laptop (the images stall row)."""
    seen: list[bool] = []

    class Watched(ImageChip):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            QTimer.singleShot(0, lambda: seen.append(host.tray.isVisible()))  # the loop's next turn

    monkeypatch.setattr(attachment_chip, "ImageChip", Watched)  # (the tray looks it up as it makes a chip)
    assert not host.tray.isVisible()
    _attach(run, host.tray, "a.png")
    assert seen == [False]  # the loop had its turn before the tray was shown around the chip
    assert host.tray.isVisible() and len(host.tray.chips()) == 1


def test_tab_reaches_the_chips_in_order_then_the_question_box(host, run):
    _attach(run, host.tray, "a.png", "b.png")
    first, second = host.tray.chips()
    first.setFocus()
    order = [first]
    for _ in range(3):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [first, first.remove, second, second.remove]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is host.question


def test_delete_removes_the_focused_chip_and_focus_moves_on(host, run):
    _attach(run, host.tray, "a.png", "b.png")
    first, second = host.tray.chips()
    first.setFocus()
    QTest.keyClick(first, Qt.Key.Key_Delete)
    assert [i.name for i in host.tray.items] == ["b.png"]
    assert QApplication.focusWidget() is second  # the next chip
    QTest.keyClick(second, Qt.Key.Key_Backspace)
    assert host.tray.items == [] and not host.tray.isVisible()
    assert QApplication.focusWidget() is host.question  # then the question box


def test_the_remove_button_removes_and_keeps_focus_in_the_row(host, run):
    _attach(run, host.tray, "a.png", "b.png")
    first, second = host.tray.chips()
    first.remove.setFocus()
    QTest.keyClick(first.remove, Qt.Key.Key_Space)
    assert [i.name for i in host.tray.items] == ["b.png"]
    assert QApplication.focusWidget() is second


def test_the_preview_opens_from_the_chip_and_gives_focus_back(host, run, qtbot):
    _attach(run, host.tray, "a.png")
    chip = host.tray.chips()[0]
    chip.setFocus()
    QTest.keyClick(chip, Qt.Key.Key_Return)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible())
    assert "a.png" in dialog.windowTitle()
    dialog.reject()
    qtbot.waitUntil(lambda: chip.hasFocus() or QApplication.focusWidget() is chip)
    chip.thumb.click()  # the mouse way opens the same preview
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible())
    dialog.reject()


def test_a_chip_says_preparing_until_the_image_is_ready(host, run):
    tray = host.tray
    seen: list[str] = []

    async def scenario():
        task = tray.add_bytes(png_bytes(2000, 1500), "big.png")
        await until(lambda: tray.chips(), message="the chip")
        seen.append(tray.chips()[0].detail.text())
        seen.append(str(tray.busy))
        await task

    run(scenario())
    assert seen == ["Preparing…", "True"]
    assert tray.chips()[0].detail.text().startswith("about ") and not tray.busy


def test_a_chips_picture_is_the_workers_pixels_with_no_decoding_on_the_windows_thread(host, run, monkeypatch):
    # The first PNG decoded in the window's process loads Qt's image plugins (~9 ms on its
    # thread, the first image of a session); the worker's raw pixels need no decoder at all.
    decoded: list[int] = []
    from_data = QImage.fromData
    monkeypatch.setattr(QImage, "fromData", lambda *args: decoded.append(1) or from_data(*args))

    async def scenario():
        await host.tray.add_bytes(png_bytes(320, 200, "#c83214"), "red.png")

    run(scenario())
    image = host.tray.chips()[0].thumb.image()
    assert image is not None and (image.width(), image.height()) == (THUMB_SIDE * 4, THUMB_SIDE * 4 * 200 // 320)
    assert image.devicePixelRatio() == 2.0  # made larger than shown: sharp on HiDPI screens
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    assert max(abs(centre.red() - 0xC8), abs(centre.green() - 0x32), abs(centre.blue() - 0x14)) <= 4
    assert decoded == []


def test_a_broken_image_keeps_its_chip_with_the_problem_in_words(host, run):
    tray = host.tray
    problems: list[str] = []
    tray.problem.connect(problems.append)

    async def scenario():
        tray.add_bytes(png_bytes(), "good.png")
        tray.add_bytes(png_bytes()[:60], "broken.png")
        await tray.idle()

    run(scenario())
    assert [i.name for i in tray.items] == ["good.png"]  # only what can be sent
    assert [a.name for a in tray.attachments()] == ["good.png"] and not tray.busy
    chips = tray.chips()
    assert len(chips) == 2 and tray.isVisible()
    broken = chips[1]
    assert broken.failed and problems and broken.detail.text() == problems[-1]
    assert "broken.png" in broken.detail.text() and broken.detail.isVisible()
    assert broken.detail.text() in broken.accessibleDescription()
    assert tray.summary.text().startswith("1 image ·")
    broken.setFocus()
    QTest.keyClick(broken, Qt.Key.Key_Delete)  # the person clears it away
    assert len(tray.chips()) == 1
    tray.clear()
    assert tray.chips() == [] and not tray.isVisible()


def test_clear_removes_failed_chips_too(host, run):
    tray = host.tray

    async def scenario():
        tray.add_bytes(png_bytes()[:60], "broken.png")
        await tray.idle()

    run(scenario())
    assert tray.isVisible() and tray.chips()
    tray.clear()
    assert tray.chips() == [] and not tray.isVisible()


def _dark() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Button, "#3a3a3a"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
        (QPalette.ColorRole.Mid, "#444444"),
        (QPalette.ColorRole.Highlight, "#3d7bd9"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.mark.parametrize("palette", [QPalette(QColor("#efefef")), _dark()], ids=["light", "dark"])
def test_chip_colours_meet_contrast(host, run, palette):
    host.setPalette(palette)
    _attach(run, host.tray, "a.png")
    chip = host.tray.chips()[0]
    own = chip.palette()
    base, window = own.color(QPalette.ColorRole.Base), own.color(QPalette.ColorRole.Window)
    detail = chip.detail.palette().color(QPalette.ColorRole.WindowText)
    assert readable.contrast(detail, base) >= 4.5
    assert readable.contrast(problem_colour(own), base) >= 4.5
    summary = host.tray.summary.palette().color(QPalette.ColorRole.WindowText)
    assert readable.contrast(summary, window) >= 4.5
    for failed in (False, True):
        edge = border_colour(own, failed)
        assert readable.contrast(edge, window) >= 3 and readable.contrast(edge, base) >= 3
    assert isinstance(chip, ImageChip)


def test_the_preview_fits_a_small_screen_and_scrolls_instead(host, run, monkeypatch):
    """A 1024-px screenshot asked for 1084×780: at 150 % a 1366×768 laptop has room for 911×485,
    so the Close button was off the screen."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    available = QRect(0, 0, 911, 485)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(available))

    async def scenario():
        host.tray.add_bytes(png_bytes(1600, 1000), "big.png")
        await host.tray.idle()

    run(scenario())
    chip = host.tray.chips()[0]
    chip.thumb.click()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible())
    assert dialog.width() <= available.width() and dialog.height() <= available.height()
    dialog.reject()


def test_files_dropped_together_get_their_chips_one_a_turn_of_the_loop_in_order(host, run, tmp_path):
    """Four files at once: their chips appear one after another with the loop running between
    them (a click, a key or a redraw is never held up by the whole batch), in the files' order."""
    paths = []
    for n in range(4):
        path = tmp_path / f"shot-{n}.png"
        path.write_bytes(png_bytes(320 + 40 * n, 200))
        paths.append(str(path))
    tray = host.tray
    seen: list[int] = []

    async def scenario():
        import asyncio

        adding = tray.add_paths(paths)
        while not adding.done():  # a callback of the loop's own, between whatever else it runs
            count = len(tray.chips())
            if not seen or seen[-1] != count:
                seen.append(count)
            await asyncio.sleep(0)
        await tray.idle()

    run(scenario())
    assert seen[-1] == 4 and {1, 2, 3} <= set(seen), seen  # every step seen by the loop
    assert [chip.accessibleName() for chip in tray.chips()] == [f"shot-{n}.png" for n in range(4)]
