"""Small print that will not survive the fit is said where the person looks (#14): on the chip of
a page dropped into the chat ("Small print will be unreadable at this size"), with one click —
"Read it" — that sends the page once plus close-ups of its small print (the chip's tokens grow;
"Undo" goes back to the page alone), and in the review pane near "Read the fine print…". Every
request goes to the local Bedrock server, which shows what arrived."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fine_print_samples import page_with_small_print, save
from helpers import png_bytes, until
from pixdesk.services.chat import Status
from pixdesk.services.small_print import page_small_print

UNREADABLE = "Small print will be unreadable at this size"


@pytest.fixture
def invoice(tmp_path):
    """A 300-dpi A4 page whose 22-px footer lines are about 6 px high once fitted to the model."""
    return save(page_with_small_print(), tmp_path / "invoice.png")


@pytest.fixture
def letter(tmp_path):
    """A 150-dpi page of large text only: all of it survives the fit."""
    path = save(
        page_with_small_print(size=(1240, 1754), body_px=40, small_px=40, small_at=1300), tmp_path / "letter.png"
    )
    assert page_small_print(str(path), 0) is None  # (the page is what this test needs it to be)
    return path


def _drop(window, *paths) -> None:
    """Drag in and drop files, as a file manager does."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPoint(50, 50)
    enter = QDragEnterEvent(
        where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(
        where.toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted(), "the window did not take the drop"


def _dropped(window, run, *paths):
    _drop(window, *paths)
    run(until(lambda: window.tray.items and not window.tray.busy, timeout=60, message="the images prepared"))
    # The small-print check runs after a chip is ready (its warning comes a moment later).
    run(until(lambda: not window.tray.measuring, timeout=60, message="the small print measured"))
    return window.tray.chips()


def _ask(window, run, question: str, count: int = 1):
    window.composer.set_text(question)
    window.composer.edit.setFocus()
    QTest.keyClick(window.composer.edit, Qt.Key.Key_Return)
    run(
        until(
            lambda: len(window.session.exchanges) == count and window.session.exchanges[-1].status is Status.DONE,
            timeout=60,
            message="the answer",
        )
    )


def _images(request) -> list[Image.Image]:
    return [Image.open(io.BytesIO(seen.data)) for seen in request.parsed.images]


def _read_it(run, window, chip) -> None:
    assert chip.small_print_button.text() == "Read it"
    QTest.mouseClick(chip.small_print_button, Qt.MouseButton.LeftButton)
    run(until(lambda: chip.small_print_state == "sent" and not window.tray.busy, timeout=60, message="close-ups"))


def test_a_small_print_page_warns_on_its_chip_and_one_click_sends_its_closeups(make_window, run, bedrock, invoice):
    window = make_window()
    [chip] = _dropped(window, run, invoice)
    assert chip.small_print_state == "warning"
    assert chip.small_print.isVisible() and chip.small_print.text() == UNREADABLE
    assert chip.small_print_button.isVisible()
    assert UNREADABLE in chip.accessibleDescription()  # read out with the chip, not only seen
    page_tokens = window.tray.tokens

    _read_it(run, window, chip)
    plan = window.tray.items[0].fine_print
    closeups = len(plan) - 1
    assert closeups >= 1 and plan[0].box is None  # the page once, then close-ups of the small print
    assert chip.small_print.text() == f"Small print: sent with {closeups} close-up{'s' if closeups > 1 else ''}"
    assert chip.small_print_button.text() == "Undo"
    assert window.tray.tokens > page_tokens  # the close-ups are counted…
    assert chip.detail.text() == f"about {window.tray.tokens:,} tokens"  # …on the chip…
    assert window.tray.summary.text().startswith(f"{1 + closeups} images · about {window.tray.tokens:,} tokens")

    _ask(window, run, "What is the reference in the footer?")
    [request] = bedrock.requests
    sent = _images(request)
    assert len(sent) == 1 + closeups  # the page and every close-up reached the server
    assert sent[0].size == (724, 1024)  # the page, fitted as the model reads it
    assert all(image.size != (724, 1024) for image in sent[1:])
    # A close-up shows the footer's small print larger than the fitted page does.
    assert sent[1].width > plan[1].box[2] * 1024 / 3508


def test_undo_sends_the_page_alone_again(make_window, run, bedrock, invoice):
    window = make_window()
    [chip] = _dropped(window, run, invoice)
    page_tokens = window.tray.tokens
    _read_it(run, window, chip)
    QTest.mouseClick(chip.small_print_button, Qt.MouseButton.LeftButton)  # Undo
    assert chip.small_print_state == "warning" and chip.small_print.text() == UNREADABLE
    assert window.tray.tokens == page_tokens and chip.detail.text() == f"about {page_tokens:,} tokens"

    _ask(window, run, "What does it say?")
    [request] = bedrock.requests
    assert [image.size for image in _images(request)] == [(724, 1024)]


def test_a_page_without_small_print_shows_no_warning(make_window, run, bedrock, letter):
    window = make_window()
    [chip] = _dropped(window, run, letter)
    assert chip.small_print_state == ""
    assert not chip.small_print.isVisible() and not chip.small_print_button.isVisible()


def test_close_ups_beyond_one_request_are_refused_in_plain_words(make_window, run, bedrock, invoice, tmp_path):
    window = make_window()
    others = []
    for n in range(7):
        path = tmp_path / f"shot-{n}.png"
        path.write_bytes(png_bytes(400, 300))
        others.append(path)
    chips = _dropped(window, run, invoice, *others)
    chip = next(c for c in chips if c.accessibleName() == "invoice.png")
    QTest.mouseClick(chip.small_print_button, Qt.MouseButton.LeftButton)
    run(until(lambda: chip.small_print_state == "warning" and not window.tray.busy, timeout=60, message="refusal"))
    assert window.tray.image_count() == 8 and len(window.tray.attachments()) == 8  # nothing was added
    said = window.banner.text
    assert said.startswith("Reading the small print of invoice.png takes ")
    assert "more than the 8 Pixtral Large reads at a time" in said
    assert "Remove some images" in said


# --- the review pane ----------------------------------------------------------------------------


def _open_for_review(window, run, path):
    async def scenario():
        assert await window.review.open(str(path))
        await until(lambda: window.review.small_print_page == 0, timeout=60, message="the page measured")

    run(scenario())
    return window.review_panel


def test_the_review_says_when_the_page_has_small_print(make_window, run, bedrock, history, invoice):
    window = make_window(history=history)
    panel = _open_for_review(window, run, invoice)
    notice = panel.small_print_notice
    assert notice.isVisible()
    high = round(page_small_print(str(invoice), 0).sent_height_px)
    assert 4 <= high <= 7  # 22-px print on a page fitted from 3508 to 1024 px
    assert notice.text() == f"This page has small print (about {high} px high) that will be unreadable at this size"
    assert panel.fine_print_button.isVisible() and panel.fine_print_button.isEnabled()  # the one click
    assert panel.fine_print_button.accessibleDescription() == notice.text()


def test_the_review_says_nothing_for_a_page_of_large_text(make_window, run, bedrock, history, letter):
    window = make_window(history=history)
    panel = _open_for_review(window, run, letter)
    assert not panel.small_print_notice.isVisible()
    assert panel.small_print_notice.text() == ""
