"""The document under review as one flow (#14): the document is part of the question typed in the
composer (a chip says what goes along; Enter sends it, redactions burned in; removing the chip
sends none), the region's question box sits with the region, a document has its own
conversation (never the chat that happened to be current), and the report is titled by the
document. Every request goes to the local Bedrock server, which shows what arrived."""

from __future__ import annotations

import io
import shutil

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest

from helpers import until
from imaging_samples import secret_pixels
from pixdesk.services.chat import Status
from pixdesk.testing.server import Fault
from pixdesk.ui.page_view import Tool
from ui.review_pane import drag, open_document, redact_the_secret


def _type_and_press_enter(window, question: str) -> None:
    window.composer.set_text(question)
    window.composer.edit.setFocus()
    QTest.keyClick(window.composer.edit, Qt.Key.Key_Return)


def _answered(window, run, count: int = 1):
    run(
        until(
            lambda: (
                len(window.session.exchanges) == count
                and window.session.exchanges[-1].status in (Status.DONE, Status.FAILED)
            ),
            message="the answer",
        )
    )
    return window.session.exchanges[-1]


def _images(request) -> list[Image.Image]:
    return [Image.open(io.BytesIO(seen.data)) for seen in request.parsed.images]


def test_enter_sends_the_page_on_screen_with_its_redactions(make_window, run, bedrock, history, scan):
    window = make_window(history=history)
    panel = open_document(window, run, scan)
    redact_the_secret(window, run, panel)

    _type_and_press_enter(window, "What does this page say?")
    exchange = _answered(window, run)
    assert exchange.status is Status.DONE
    [request] = bedrock.requests
    [page] = _images(request)  # exactly one image: the page on screen (not `images: []`)
    assert page.size == (724, 1024)  # the whole page, fitted as the model reads it
    assert secret_pixels(page) == 0  # the redaction burned in
    assert exchange.region is not None and exchange.region.page == 0  # "Show on page 1", and in the report
    assert window.composer.text == ""
    assert window.composer.document == "contract.png — page 1"  # the chip said so, and stays for the next one
    assert window.composer.document_chip.isVisible()


def test_without_the_chip_the_question_goes_without_the_page(make_window, run, bedrock, history, scan):
    window = make_window(history=history)
    open_document(window, run, scan)
    window.composer.document_chip.remove.click()
    assert window.composer.document is None and not window.composer.document_chip.isVisible()

    _type_and_press_enter(window, "What is a notice period, in general?")
    _answered(window, run)
    [request] = bedrock.requests
    assert _images(request) == []
    assert not window.composer.document_chip.isVisible()  # still visibly without the document


def test_the_chip_follows_the_page_and_comes_back_with_it(make_window, run, bedrock, history, tmp_path):
    pdf = tmp_path / "bundle.pdf"
    pages = [Image.new("RGB", (1240, 1754), "white") for _ in range(2)]
    pages[0].save(pdf, save_all=True, append_images=pages[1:], resolution=150)
    window = make_window(history=history)
    panel = open_document(window, run, pdf)
    window.composer.document_chip.setFocus()
    QTest.keyClick(window.composer.document_chip, Qt.Key.Key_Delete)  # removed from the keyboard
    assert window.composer.document is None and window.composer.edit.hasFocus()
    panel.page_box.setValue(2)
    run(until(lambda: panel.view.page_item.rendered.page == 1, message="page 2"))
    assert window.composer.document == "bundle.pdf — page 2"


def test_a_selected_region_goes_as_its_crop(make_window, run, bedrock, history, scan):
    window = make_window(history=history)
    panel = open_document(window, run, scan)
    redact_the_secret(window, run, panel)
    panel.set_tool(Tool.REGION)
    drag(panel.view, (300, 500), (1100, 1000))
    assert window.composer.document == "contract.png — selected region"

    _type_and_press_enter(window, "What does this clause say?")
    exchange = _answered(window, run)
    crop, context = _images(bedrock.requests[0])
    assert crop.size == exchange.region.box[2:]  # the region, at full resolution
    assert abs(exchange.region.box[0] - 300) < 20
    assert max(context.size) == 512  # the whole page, small, for context
    assert secret_pixels(crop) == 0 and secret_pixels(context) == 0
    assert panel.region is None and window.composer.document == "contract.png — page 1"


def test_the_region_question_box_sits_with_the_region(make_window, run, bedrock, history, scan):
    window = make_window(history=history)
    panel = open_document(window, run, scan)
    panel.set_tool(Tool.REGION)
    drag(panel.view, (300, 500), (1100, 1000))
    box = panel.region_box
    assert box.isVisible() and box.edit.hasFocus()  # ready to type, where the region is
    # Just below the region on screen, under its left edge (moved left only as far as the view needs).
    region = panel.view.mapFromScene(QRectF(300, 500, 800, 500)).boundingRect()
    assert 0 <= box.y() - region.bottom() <= 12
    assert box.x() <= region.left() <= box.geometry().right()
    assert panel.view.viewport().rect().contains(box.geometry())

    QTest.keyClick(box.edit, Qt.Key.Key_Escape)  # closes the box, not the window's "Stop"
    assert not box.isVisible() and panel.view.hasFocus()
    assert panel.region is not None  # still selected

    panel.ask_button.click()  # nothing typed in the composer: the box beside the region opens
    run(until(lambda: box.isVisible() and box.edit.hasFocus(), message="the box open again"))
    QTest.keyClicks(box.edit, "Whose signature is this?")
    QTest.keyClick(box.edit, Qt.Key.Key_Return)
    exchange = _answered(window, run)
    assert exchange.question == "Whose signature is this?"
    crop, _context = _images(bedrock.requests[0])
    assert crop.size == exchange.region.box[2:]
    assert not box.isVisible() and panel.region is None


def _failed_chat(window, run, bedrock) -> int:
    bedrock.inject(Fault.error("ValidationException"))
    window.composer.set_text("test question")
    window.send()
    exchange = _answered(window, run)
    assert exchange.status is Status.FAILED
    return window.session.conversation_id


def test_a_document_opens_in_its_own_conversation(make_window, run, bedrock, history, scan):
    window = make_window(history=history)
    failed = _failed_chat(window, run, bedrock)
    open_document(window, run, scan)
    own = window.session.conversation_id
    assert own is not None and own != failed
    assert history.run_now(history.store.conversation, own).title == "contract.png"
    assert window.session.exchanges == []  # its own, empty conversation on screen

    _type_and_press_enter(window, "Who signs?")
    _answered(window, run)
    assert window.session.conversation_id == own
    untouched = history.run_now(history.store.messages, failed)
    assert [m.text for m in untouched if m.role == "user"] == ["test question"]
    assert history.run_now(history.store.conversation, failed).title == "test question"
    # Both in the list, the document's selected as the one on screen.
    run(
        until(
            lambda: len(window.sidebar.conversation_items()) == 2 and window.sidebar.selected() == own,
            message="both conversations in the list",
        )
    )

    # The report: titled by the document, with the question asked with Enter; nothing of the failed chat.
    document = window.review.document
    content = run(window.workspace.review_report(document.conversation_id, document.document_id, str))
    assert content.title == "Review of contract.png"
    assert "<h1>Review of contract.png</h1>" in content.html
    assert "Who signs?" in content.html and "page 1, the whole page" in content.html
    assert "test question" not in content.html


def test_reopening_the_same_file_brings_back_its_conversation(make_window, run, bedrock, history, scan, tmp_path):
    window = make_window(history=history)
    open_document(window, run, scan)
    _type_and_press_enter(window, "Who signs?")
    _answered(window, run)
    own = window.session.conversation_id

    window.review.close_document()
    window.new_chat()
    window.composer.set_text("Something else")
    window.send()
    _answered(window, run)
    other = window.session.conversation_id
    assert other != own

    moved = tmp_path / "elsewhere" / "contract copy.png"  # the same bytes, somewhere else
    moved.parent.mkdir()
    shutil.copy(scan, moved)
    open_document(window, run, moved)
    assert window.session.conversation_id == own  # found by its SHA-256
    assert [e.question for e in window.session.exchanges] == ["Who signs?"]
    assert len(history.run_now(history.store.conversations)) == 2  # no third conversation


def test_the_report_is_titled_by_the_document():
    from pixdesk.services.report import report_file_stem, report_title

    assert report_title("contract.pdf") == "Review of contract.pdf"
    assert report_file_stem("contract.pdf") == "Review of contract"  # + ".pdf": never "contract.pdf.pdf"
    assert report_file_stem(".pdf") == "Review of .pdf"
