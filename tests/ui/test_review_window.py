"""Reviewing a scanned document in the window: drawing a redaction and a region with the mouse,
asking about the region (the local server checks what arrives, pixel by pixel), notes, the
fine print with its cost first, "Show on page", and the review report as PDF and HTML."""

from __future__ import annotations

import io
import re

import pypdfium2 as pdfium
import pytest
from PIL import Image
from PySide6.QtWidgets import QMessageBox

from helpers import until
from imaging_samples import A4_300_DPI, SECRET_BOX, secret_pixels
from pixdesk.domain import MarkKind
from pixdesk.services.chat import Status
from pixdesk.ui.page_view import Tool
from ui.review_pane import drag, open_document, redact_the_secret

PAGE = A4_300_DPI


def test_draw_a_redaction_and_a_region_then_ask(make_window, run, bedrock, history, scan):
    window = make_window(history=history)
    panel = open_document(window, run, scan)
    assert panel.isVisible()
    view = panel.view
    assert view.page_item.rendered.size == PAGE

    panel.set_tool(Tool.REDACT)
    drag(view, (380, 580), (1320, 920))  # over the secret, with a margin
    run(until(lambda: [m.kind for m in window.review.document.marks] == [MarkKind.REDACTION], message="the redaction"))
    panel.set_tool(Tool.REGION)
    drag(view, (300, 500), (1100, 1000))
    assert panel.region is not None and panel.ask_button.isEnabled()

    window.composer.set_text("What does this clause say?")
    panel.ask_button.click()
    run(
        until(
            lambda: window.session.exchanges and window.session.exchanges[0].status is Status.DONE, message="the answer"
        )
    )
    crop, context = (Image.open(io.BytesIO(seen.data)) for seen in bedrock.requests[0].parsed.images)
    region = window.session.exchanges[0].region
    assert crop.size == region.box[2:]  # cut at full resolution: as many pixels as the area drawn
    assert abs(region.box[0] - 300) < 20 and abs(region.box[3] - 500) < 20
    assert max(context.size) == 512
    assert secret_pixels(crop) == 0 and secret_pixels(context) == 0
    assert window.composer.text == "" and panel.region is None

    # The region is now a mark, kept with its question; the answer can show it again.
    run(until(lambda: any(m.kind is MarkKind.REGION for m in window.review.document.marks), message="region mark"))
    assert "Show on page 1" in window.chat.toPlainText()
    view.fit()
    fitted = view.zoom
    window.chat.action.emit("region", 0)
    run(until(lambda: view.zoom > fitted * 1.5, message="the view to zoom onto the region"))
    assert panel.selected_mark().kind is MarkKind.REGION
    stored = history.run_now(history.store.marks, window.review.document.document_id)
    assert [m.kind for m in stored] == [MarkKind.REDACTION, MarkKind.REGION]


def test_a_note_is_drawn_typed_and_kept(make_window, run, bedrock, history, scan):
    window = make_window(history=history)
    panel = open_document(window, run, scan)
    panel.set_tool(Tool.ANNOTATE)
    drag(panel.view, (1300, 3000), (2200, 3300))
    # The mark is on the document before it is stored and selected: wait for the note field too.
    run(until(lambda: window.review.document.marks and panel.note.isEnabled(), message="the note, ready to type"))
    panel.note.setText("Customer signature missing")
    panel.note.editingFinished.emit()
    run(until(lambda: window.review.document.marks[0].note == "Customer signature missing", message="the note text"))
    panel.colour.activated.emit(2)  # right after the note: both edits must stay
    run(
        until(
            lambda: (
                panel.list.item(0) is not None
                and panel.list.item(0).toolTip() == "Customer signature missing"
                and panel.marks[0].colour == "#107c10"
            ),
            message="the note and colour in the list",
        )
    )
    [stored] = history.run_now(history.store.marks, window.review.document.document_id)
    assert (stored.kind, stored.note, stored.colour) == (MarkKind.ANNOTATION, "Customer signature missing", "#107c10")
    assert "Note · page 1 · Customer signature missing" in panel.list.item(0).text()


def test_the_fine_print_shows_its_cost_before_sending(make_window, run, bedrock, history, scan):
    window = make_window(history=history)
    panel = open_document(window, run, scan)
    panel.fine_print_button.click()
    run(until(lambda: getattr(window.review, "confirm_box", None) is not None, message="the page measured"))
    box = window.review.confirm_box
    # Bars, not letters: nothing too small to read at fit, so the cheapest plan is the page once (#14).
    assert "goes to Pixtral Large as it is" in box.text() and "input tokens" in box.text()
    assert not bedrock.requests  # nothing is sent before the person agrees
    box.accept()
    run(
        until(
            lambda: window.session.exchanges and window.session.exchanges[0].status is Status.DONE, message="the answer"
        )
    )
    assert len(bedrock.requests[0].parsed.images) == 1
    assert "tiles" not in window.session.exchanges[0].question


def test_removing_a_redaction_asks_first(make_window, run, bedrock, history, scan):
    window = make_window(history=history)
    panel = open_document(window, run, scan)
    panel.set_tool(Tool.REDACT)
    drag(panel.view, (380, 580), (1320, 920))
    run(until(lambda: window.review.document.marks and panel.list.count() == 1, message="the redaction, listed"))
    panel.list.setCurrentRow(0)
    panel.delete_button.click()
    box = window.review.confirm_box
    assert "sent again" in box.text()
    box.reject()
    assert len(window.review.document.marks) == 1  # cancelled: still redacted
    panel.delete_button.click()
    remove = next(
        b
        for b in window.review.confirm_box.buttons()
        if window.review.confirm_box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    remove.click()
    run(until(lambda: not window.review.document.marks, message="the redaction removed"))


@pytest.mark.parametrize("suffix", [".pdf", ".html"])
def test_the_review_report_has_the_pages_marks_questions_and_audit(
    make_window, run, bedrock, history, scan, tmp_path, suffix
):
    window = make_window(history=history)
    panel = open_document(window, run, scan)
    panel.set_tool(Tool.REDACT)
    drag(panel.view, (380, 580), (1320, 920))
    panel.set_tool(Tool.ANNOTATE)
    drag(panel.view, (1300, 3000), (2200, 3300))
    run(until(lambda: len(window.review.document.marks) == 2, message="two marks"))
    panel.set_tool(Tool.REGION)
    drag(panel.view, (300, 500), (1100, 1000))
    window.composer.set_text("Who signs this agreement?")
    panel.ask_button.click()
    run(
        until(
            lambda: window.session.exchanges and window.session.exchanges[0].status is Status.DONE, message="the answer"
        )
    )
    document = window.review.document
    target = tmp_path / f"report{suffix}"
    run(
        window.review._export(
            document.conversation_id,
            document.document_id,
            str(target),
            "PDF document (*.pdf)" if suffix == ".pdf" else "Web page (*.html)",
        )
    )
    assert "Review report saved" in window.banner.text
    request_id = window.session.exchanges[0].answer.request_id
    if suffix == ".pdf":
        pdf = pdfium.PdfDocument(str(target))
        text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        page_image = pdf[0].render(scale=2).to_pil()
        assert page_image.convert("L").getextrema()[0] < 50  # something dark was drawn: the page and its text
        pdf.close()
    else:
        text = target.read_text(encoding="utf-8")
        assert "<script" not in text.lower() and "Content-Security-Policy" in text
    # A long id may break across lines at a hyphen (PDFium reads such a break as U+FFFE).
    flat = re.sub(r"-\s+", "-", " ".join(text.replace("\ufffe", "-").split()))
    for expected in (
        "Review of contract.png",
        "Who signs this agreement?",
        "What I see",
        request_id,
        "us.mistral.pixtral-large-2502-v1:0",
        "Redacted",
        "Q1",
        "1 (note)",
    ):
        assert expected in flat, expected


def test_the_report_burns_redactions_into_its_pages(history, scan):
    from pixdesk.domain import Mark
    from pixdesk.services.report import build_report

    store = history.store
    conversation = history.run_now(store.start_conversation, "Review")
    document_id = history.run_now(store.add_document, conversation, str(scan), scan.name, "ab" * 32, 1)
    history.run_now(store.add_mark, document_id, Mark(MarkKind.REDACTION, 0, SECRET_BOX))
    [stored] = history.run_now(store.documents, conversation)
    content = history.run_now(build_report, store, conversation, stored)
    [(data, _fmt, width, _height)] = content.images.values()
    assert secret_pixels(Image.open(io.BytesIO(data))) == 0 and width == 990


@pytest.mark.parametrize("order", ["redact, then attach", "attach, then redact"])
def test_the_reviewed_file_sent_from_the_tray_is_redacted_too(make_window, run, bedrock, history, scan, order):
    """Dropping the same file into the chat must not send what the review blacked out."""
    window = make_window(history=history)
    if order == "attach, then redact":
        window.attach_paths([str(scan)])
        run(until(lambda: window.tray.attachments(), message="the image in the tray"))
    panel = open_document(window, run, scan)
    panel.set_tool(Tool.REDACT)
    drag(panel.view, (380, 580), (1320, 920))
    run(until(lambda: window.review.document.marks, message="the redaction"))
    if order == "redact, then attach":
        window.attach_paths([str(scan)])
        run(until(lambda: window.tray.attachments(), message="the image in the tray"))
    window.composer.set_text("What is this?")
    window.send()
    run(
        until(
            lambda: window.session.exchanges and window.session.exchanges[0].status is Status.DONE, message="the answer"
        )
    )
    [sent] = (Image.open(io.BytesIO(seen.data)) for seen in bedrock.requests[0].parsed.images)
    assert sent.size == (724, 1024)  # the whole page, fitted
    assert secret_pixels(sent) == 0


def test_a_multi_page_pdf_is_reviewed_page_by_page(make_window, run, bedrock, history, tmp_path):
    pages = []
    for number in range(3):
        page = Image.new("RGB", (1240, 1754), "white")  # A4 at 150 dpi, drawn by PDFium at 200 dpi
        page.paste((40 * number, 100, 200), (100, 100 + 300 * number, 600, 300 + 300 * number))
        pages.append(page)
    pdf = tmp_path / "bundle.pdf"
    pages[0].save(pdf, save_all=True, append_images=pages[1:], resolution=150)
    window = make_window(history=history)
    panel = open_document(window, run, pdf)
    assert panel.page_box.suffix() == " of 3" and window.review.document.page_sizes[1] == (1654, 2339)
    panel.page_box.setValue(2)
    run(until(lambda: panel.view.page_item.rendered.page == 1, message="page 2"))
    panel.set_tool(Tool.REDACT)
    drag(panel.view, (100, 100), (500, 300))
    # The list of marks is filled after the mark is stored: wait for both, not just the first.
    run(until(lambda: window.review.document.marks and panel.list.count() == 1, message="the redaction, listed"))
    assert window.review.document.marks[0].page == 1 and "page 2" in panel.list.item(0).text()
    panel.set_tool(Tool.REGION)
    drag(panel.view, (50, 50), (900, 800))
    window.composer.set_text("What is on this page?")
    panel.ask_button.click()
    run(
        until(
            lambda: window.session.exchanges and window.session.exchanges[0].status is Status.DONE, message="the answer"
        )
    )
    assert window.session.exchanges[0].region.page == 1
    crop = Image.open(io.BytesIO(bedrock.requests[0].parsed.images[0].data)).convert("RGB")
    scale = crop.size[0] / window.session.exchanges[0].region.box[2]
    assert crop.crop((round(60 * scale), round(60 * scale), round(440 * scale), round(240 * scale))).getextrema() == (
        (0, 0),
        (0, 0),
        (0, 0),
    )  # the redaction on page 2, black in the area asked about
    panel.page_box.setValue(1)  # back to page 1: no marks there
    run(until(lambda: panel.view.page_item.rendered.page == 0, message="page 1"))
    assert [item.mark.page for item in panel.view._marks] == []
    assert "Show on page 2" in window.chat.toPlainText()


def test_reopening_a_reviewed_conversation_brings_the_document_back(make_window, run, bedrock, history, scan):
    """Next day, a fresh window: opening the conversation from the history reopens its document
    with its marks (the review pane is built only then)."""
    first = make_window(history=history)
    panel = open_document(first, run, scan)
    redact_the_secret(first, run, panel)
    conversation = first.session.conversation_id

    second = make_window(history=history)
    assert second.reviews.built is None  # nothing built for review until it is needed
    run(second.open_conversation(conversation))
    run(
        until(
            lambda: (
                second.reviews.built is not None
                and second.review.document is not None
                and second.review_panel.view.page_item is not None
            ),
            message="the document back",
        )
    )
    assert second.review_panel.isVisible()
    assert [m.kind for m in second.review.document.marks] == [MarkKind.REDACTION]
