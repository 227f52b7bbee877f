"""The review pane without a mouse, names a screen reader reads, and a focus ring anyone can see:
every control named and focusable, tool shortcuts anywhere in the pane (and only there), a region
drawn with the arrow keys and asked about, the page described in words, notices read as what they
say, and focus drawn as a 2-px ring."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPushButton, QToolButton, QVBoxLayout, QWidget

from helpers import until
from imaging_samples import pdf_pages
from pixdesk.domain import MarkKind
from pixdesk.services.chat import Status
from pixdesk.ui import readable, style
from pixdesk.ui.banner import Banner
from pixdesk.ui.page_view import Tool
from ui.review_pane import open_document

TOOL_LABELS = ("Pan", "Region", "Redact", "Note", "Pin")


def accessible_name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


@pytest.fixture
def three_pages(tmp_path):
    path = tmp_path / "contract.pdf"
    path.write_bytes(pdf_pages([(595, 842)] * 3))
    return path


def test_every_review_control_is_named_and_takes_focus(make_window, run, history, scan, qtbot):
    window = make_window(history=history)
    panel = open_document(window, run, scan)
    named = {
        panel.previous_button: "Previous page",
        panel.next_button: "Next page",
        panel.fit_button: "Fit",
        panel.actual_size_button: "Actual size",
        panel.report_button: "Report",
        panel.close_button: "Close the document",
        **{panel.tool_buttons[tool]: f"{label} tool" for tool, label in zip(Tool, TOOL_LABELS, strict=True)},
    }
    chain, widget = [], panel.view.nextInFocusChain()
    while widget is not panel.view and len(chain) < 500:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    for button, name in named.items():
        assert accessible_name(button) == name
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, f"{name} cannot be reached with Tab"
        assert button in chain
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(button.hasFocus)
    for index in range(panel.colour.count()):  # the colour options have names, not just a swatch
        assert panel.colour.itemText(index) in ("Red", "Blue", "Green", "Orange", "Purple")


def test_tool_shortcuts_work_anywhere_in_the_pane_and_only_there(make_window, run, history, scan, qtbot):
    window = make_window(history=history)
    panel = open_document(window, run, scan)
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    QTest.keyClick(panel.view, Qt.Key.Key_R)
    assert panel.view.tool is Tool.REGION
    panel.tool_buttons[Tool.PAN].setFocus()
    qtbot.waitUntil(panel.tool_buttons[Tool.PAN].hasFocus)
    QTest.keyClick(panel.tool_buttons[Tool.PAN], Qt.Key.Key_X)
    assert panel.view.tool is Tool.REDACT

    window.composer.edit.setFocus()  # typing a question: the letters are the question's
    qtbot.waitUntil(window.composer.edit.hasFocus)
    QTest.keyClicks(window.composer.edit, "hp")
    assert panel.view.tool is Tool.REDACT
    assert window.composer.text == "hp"


def test_page_keys_turn_pages_only_from_the_review_pane(make_window, run, history, three_pages, qtbot):
    window = make_window(history=history)
    panel = open_document(window, run, three_pages)
    window.composer.edit.setFocus()
    qtbot.waitUntil(window.composer.edit.hasFocus)
    QTest.keyClick(window.composer.edit, Qt.Key.Key_PageDown)
    assert panel.page == 0  # the question box keeps its keys

    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    QTest.keyClick(panel.view, Qt.Key.Key_PageDown)
    run(until(lambda: panel.page == 1 and window.review.rendered is not None, message="page 2"))
    assert accessible_name(panel.view).startswith("Page 2 of 3, contract.pdf")
    QTest.keyClick(panel.view, Qt.Key.Key_PageUp)
    run(until(lambda: panel.page == 0, message="page 1 again"))


def test_a_region_drawn_with_the_keyboard_is_asked_about(make_window, run, bedrock, history, scan, qtbot):
    window = make_window(history=history)
    panel = open_document(window, run, scan)
    view = panel.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    QTest.keyClick(view, Qt.Key.Key_X)  # Redact, from the keyboard
    QTest.keyClick(view, Qt.Key.Key_Left)  # the box appears, and moves
    QTest.keyClick(view, Qt.Key.Key_Enter)
    run(until(lambda: [m.kind for m in window.review.document.marks] == [MarkKind.REDACTION], message="redaction"))
    # The page's words change once the mark is stored and shown, a moment after it is on the document.
    run(until(lambda: "1 redaction" in accessible_name(view), message="the redaction in the page's words"))

    QTest.keyClick(view, Qt.Key.Key_R)
    for _ in range(3):
        QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # wider
    QTest.keyClick(view, Qt.Key.Key_Down)
    box = view.keyboard_box.rect()
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert panel.region is not None and panel.ask_button.isEnabled()
    assert abs(panel.region.width() - box.width()) <= 1 and abs(panel.region.y() - box.y()) <= 1

    window.composer.set_text("What does this part say?")
    panel.ask_button.setFocus()
    QTest.keyClick(panel.ask_button, Qt.Key.Key_Space)
    run(until(lambda: window.session.exchanges and window.session.exchanges[0].status is Status.DONE, message="answer"))
    assert window.session.exchanges[0].region is not None


def test_the_page_is_described_in_words(make_window, run, history, scan):
    window = make_window(history=history)
    panel = open_document(window, run, scan)
    assert accessible_name(panel.view) == "Page 1 of 1, contract.png"
    assert "arrow keys" in panel.view.accessibleDescription()


def test_a_notice_is_read_as_what_it_says(qtbot):
    banner = Banner()
    qtbot.addWidget(banner)
    banner.say("Bedrock is busy — trying again in 12 s")
    assert accessible_name(banner.label) == "Bedrock is busy — trying again in 12 s"
    banner.say("Redacted: this area is blacked out")
    assert accessible_name(banner.label) == "Redacted: this area is blacked out"


def test_the_batch_status_and_results_are_named(make_window, history, run, qtbot):
    from pixdesk.ui.batch_window import BatchWindow

    window = make_window(history=history)
    batch = BatchWindow(window.workspace, window._spawn, window)
    qtbot.addWidget(batch)
    batch.status.setText("Batch 1: 3 of 4 done")
    assert accessible_name(batch.status) == "Batch 1: 3 of 4 done"
    assert accessible_name(batch.table) == "Batch results"


# --- the focus ring ------------------------------------------------------------------------------


def _ring_depth(image: QImage, ring: QColor) -> int:
    """How many pixels deep, from the left edge inwards at mid-height, the ring colour goes."""
    y, depth = image.height() // 2, 0
    while depth < image.width() and image.pixelColor(depth, y) == ring:
        depth += 1
    return depth


def _ring_pixels(image: QImage, ring: QColor) -> int:
    return sum(image.pixelColor(x, y) == ring for x in range(image.width()) for y in range(image.height()))


@pytest.mark.parametrize("kind", [QPushButton, QToolButton, QLineEdit])
def test_focus_is_a_ring_two_pixels_thick(kind, qtbot, qapp):
    assert isinstance(qapp.style(), style.FocusRingStyle)
    holder = QWidget()
    layout = QVBoxLayout(holder)
    focused, other = kind(holder), kind(holder)
    for widget in (focused, other):
        if isinstance(widget, QLineEdit):
            widget.setText("text")
        else:
            widget.setText("Send")
        layout.addWidget(widget)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    focused.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(focused.hasFocus)
    ring = style.focus_ring_colour(focused.palette())
    with_focus, without = focused.grab().toImage(), other.grab().toImage()
    assert _ring_depth(with_focus, ring) >= 2
    edge = 2 * (with_focus.width() + with_focus.height())
    assert _ring_pixels(with_focus, ring) >= edge  # all the way round, two deep (~2 × the edge, less corners)
    assert _ring_pixels(without, ring) < edge // 4  # and not on what has no focus
    assert readable.contrast(ring, focused.palette().window().color()) >= readable.GRAPHIC_CONTRAST


def test_the_focus_ring_is_drawn_on_text_areas_too(make_window, qtbot):
    window = make_window()
    window.composer.edit.setFocus()
    qtbot.waitUntil(window.composer.edit.hasFocus)
    ring = style.focus_ring_colour(window.composer.edit.palette())
    image = window.composer.edit.grab().toImage()
    assert image.pixelColor(QPoint(0, image.height() // 2)) == ring
    assert image.pixelColor(QPoint(1, image.height() // 2)) == ring
