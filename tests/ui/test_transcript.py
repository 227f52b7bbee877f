"""The conversation transcript: how it looks (cards, readable colours, code in monospace), the
thumbnails that open exactly what was sent, the wait in words, the footer's time, and what a
screen reader hears while an answer streams and when it is done."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAccessible, QColor, QFontInfo, QGuiApplication, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from helpers import png_bytes
from pixdesk.domain import Answer, Attachment, Usage
from pixdesk.services.chat import Exchange, Status
from pixdesk.ui import chat_view, chat_words
from pixdesk.ui.chat_view import THUMB_SIDE, ChatView, chat_colours
from pixdesk.ui.markdown_stream import MarkdownStream
from pixdesk.ui.preview_dialog import PreviewDialog
from pixdesk.ui.readable import contrast
from pixdesk.ui.safe_browser import MARKDOWN
from pixdesk.ui.sent_preview import open_sent_preview

ANSWER = (
    "The screenshot shows a **payment form** with an error banner at the top. The message reads "
    "`card_declined`, which means the bank refused the charge.\n\nIf the card's expiry date and the "
    "billing address look right, ask the customer to call their bank; the order itself is fine and "
    "can be retried once the bank approves it. Nothing else on the page needs attention, and the "
    "totals, taxes and shipping costs all add up.\n"
)


def _palette(dark: bool) -> QPalette:
    palette = QPalette(QColor("#2b2b2b") if dark else QColor("#f0f0f0"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e") if dark else QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#262626") if dark else QColor("#f7f7f7"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6") if dark else QColor("#1a1a1a"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#0000ff"))  # pure blue: unreadable on dark
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(128, 128, 128, 128))
    return palette


def _done(text: str = ANSWER, attachments: tuple[Attachment, ...] = (), **answer) -> Exchange:
    usage = Usage(1200, 80, 1280, latency_ms=12)
    exchange = Exchange(
        "Why was it declined?",
        attachments,
        Answer(text=text, stop_reason="end_turn", usage=usage, region="us-east-1", tier_requested="standard", **answer),
    )
    exchange.status = Status.DONE
    return exchange


@pytest.fixture
def view(chat_view):
    return chat_view


# --- look ------------------------------------------------------------------------------------


@pytest.mark.parametrize("dark", [False, True])
def test_every_transcript_colour_is_readable_on_its_background(qapp, dark):
    colours = chat_colours(_palette(dark))
    assert {"heading", "question", "muted", "link", "error", "code"} <= set(colours)
    for name, (foreground, background) in colours.items():
        assert contrast(foreground, background) >= 4.5, name


def test_the_error_red_depends_on_the_background(qapp):
    light, dark = chat_colours(_palette(False))["error"][0], chat_colours(_palette(True))["error"][0]
    assert light.lightnessF() < 0.5 < dark.lightnessF()


def test_role_headings_use_the_text_colour_and_are_headings(view):
    view.setPalette(_palette(True))
    view.show_exchanges([_done()])
    document = view.document()
    headings = {}
    for title in ("You", "Pixtral Large"):
        found = document.find(title)
        headings[title] = (found.block().blockFormat().headingLevel(), found.charFormat().foreground().color())
    link = _palette(True).color(QPalette.ColorRole.Link)
    assert set(headings) == {"You", "Pixtral Large"}
    for level, colour in headings.values():
        assert level > 0 and colour != link and contrast(colour, QColor("#1e1e1e")) >= 4.5


def test_the_question_sits_in_a_tinted_card(view):
    view.show_exchanges([_done()])
    frames = view.document().rootFrame().childFrames()
    assert len(frames) == 1
    card = frames[0]
    cursor = QTextCursor(view.document())
    cursor.setPosition(card.firstPosition())
    cursor.setPosition(card.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
    assert "Why was it declined?" in cursor.selectedText() and "payment form" not in cursor.selectedText()
    assert card.frameFormat().background().color() == chat_colours(view.palette())["question"][1]


def test_a_question_asked_after_the_system_turned_dark_is_drawn_dark(view):
    """Light -> dark while the conversation is still empty (a new chat at sunset): the first
    question is drawn in the new colours, not the ones the view started with."""
    view.setPalette(_palette(False))
    view.show_exchanges([])
    view.setPalette(_palette(True))
    view.add_exchange(_done())
    card = view.document().rootFrame().childFrames()[0]
    assert card.frameFormat().background().color() == chat_colours(_palette(True))["question"][1]


def test_code_is_monospace_with_a_tint_and_a_copy_link_per_block(view):
    text = "Run `pip list` first.\n\n```\nfirst block\n```\n\nThen:\n\n```sh\nsecond block\n```\n"
    view.show_exchanges([_done(text)])
    document = view.document()
    found = document.find("pip list")
    assert QFontInfo(found.charFormat().font()).fixedPitch()
    assert not QFontInfo(document.find("first.").charFormat().font()).fixedPitch()
    code = document.find("second block")
    assert QFontInfo(code.charFormat().font()).fixedPitch()
    assert code.block().blockFormat().background().color() == chat_colours(view.palette())["code"][1]
    assert 'href="pixdesk:copy-code/0/0"' in view.toHtml() and 'href="pixdesk:copy-code/0/1"' in view.toHtml()
    view.link_requested.emit(QUrl("pixdesk:copy-code/0/1"))
    assert QGuiApplication.clipboard().text().strip() == "second block"


def test_a_long_code_line_wraps_instead_of_scrolling_the_whole_conversation_sideways(view, qtbot):
    """A chat's transcript scrolls one way: a 300-character log line in a code block wraps (it is
    copied whole by its Copy link) rather than giving every message a sideways scroll bar."""
    line = "ERROR 402 " + "card_declined_insufficient_funds " * 9
    token = "sha256:" + "0123456789abcdef" * 12  # no space to break at
    view.show_exchanges([_done(f"The log says:\n\n```\n{line}\n{token}\n```\n")])
    qtbot.waitUntil(lambda: view.document().find("card_declined").isNull() is False)
    assert view.horizontalScrollBar().maximum() == 0
    view.link_requested.emit(QUrl("pixdesk:copy-code/0/0"))
    assert QGuiApplication.clipboard().text().strip() == f"{line}\n{token}".strip()


def test_two_code_blocks_one_after_the_other_each_get_their_own_copy_link_when_reopened(view):
    """Drawn at once, two fences with only a blank line between them are one run of code lines:
    it got one link, under the second block, and that link copied the first."""
    text = "Try:\n\n```\nfirst line\nsecond line\n```\n\n```sh\nother block\n```\n\nDone."
    view.show_exchanges([_done(text)])
    document = view.document()
    under_first = document.find("second line").block().next()
    under_other = document.find("other block").block().next()
    assert under_first.text() == "Copy" and under_other.text() == "Copy"
    for number, code in enumerate(["first line\nsecond line", "other block"]):
        view.link_requested.emit(QUrl(f"pixdesk:copy-code/0/{number}"))
        assert QGuiApplication.clipboard().text().strip() == code


def test_a_streamed_answer_gets_one_copy_link_per_code_block_and_each_copies_its_own(view):
    """Links are added as each code block is finished while the answer streams (adding 200 of
    them at the end froze the window for a third of a second), and the last block's at the end."""
    blocks = [f"block number {n}" for n in range(5)]
    text = "".join(f"Step {n}:\n\n```\n{code}\n```\n\n" for n, code in enumerate(blocks)).rstrip("\n")
    exchange = Exchange("How?", (), Answer())
    view.add_exchange(exchange)
    for end in range(7, len(text) + 7, 7):  # as the words arrive
        exchange.answer.text = text[:end]
        view._redraw_active()
    exchange.status = Status.DONE
    view.finish(exchange)
    page = view.toHtml()
    assert [f'href="pixdesk:copy-code/0/{n}"' in page for n in range(6)] == [True] * 5 + [False]
    for n, code in enumerate(blocks):
        view.link_requested.emit(QUrl(f"pixdesk:copy-code/0/{n}"))
        assert QGuiApplication.clipboard().text().strip() == code
        below = view.document().find(code).block().next()
        assert below.text() == "Copy"  # right under its own block


def test_a_wide_window_keeps_lines_to_a_reading_column(view, qtbot):
    view.show_exchanges([_done("word " * 400)])
    view.resize(1800, 600)
    qtbot.waitUntil(lambda: view.viewport().width() > 1500)
    margins = view.document().rootFrame().frameFormat()
    assert margins.leftMargin() == margins.rightMargin() >= (view.viewport().width() - chat_view.READING_WIDTH) // 2
    view.resize(500, 600)
    qtbot.waitUntil(lambda: view.viewport().width() < 520)
    assert view.document().rootFrame().frameFormat().leftMargin() == chat_view.SIDE_MARGIN  # narrow: all of it


def test_tables_have_padded_cells(view):
    view.show_exchanges([_done("| a | b |\n|---|---|\n| 1 | 2 |\n")])
    cursor = view.document().find("b")
    table = cursor.currentTable()
    assert table is not None and table.format().cellPadding() >= 4


@pytest.mark.parametrize("dark", [False, True])
def test_a_table_is_a_visible_one_pixel_grid_without_qts_slow_collapsed_borders(view, qtbot, dark):
    """Collapsed borders cost ~1 ms a table at every repaint: the grid is the table's background
    between cells on the view's background, and it is seen (3:1) in either palette — also in a
    table still being written."""
    view.setPalette(_palette(dark))
    view.resize(600, 300)
    view.show()
    exchange = _done("| Order | Status |\n|---|---|\n| 10407 | Declined |\n| 10408 | Paid |\n")
    exchange.status = Status.STREAMING  # drawn by the stream: the table is its unfinished tail
    view.add_exchange(exchange)
    table = view.document().find("Paid").currentTable()
    base = _palette(dark).color(QPalette.ColorRole.Base)
    fmt = table.format()
    assert not fmt.borderCollapse() and fmt.border() == 0 and fmt.cellSpacing() == 1
    assert contrast(fmt.background().color(), base) >= 3
    assert {table.cellAt(r, c).format().background().color().name() for r in range(3) for c in range(2)} == {
        base.name()
    }
    # What the view shows: the grid's colour just left of the first cell's text, the view's inside.
    image = view.viewport().grab().toImage()
    cell = view.cursorRect(table.cellAt(1, 0).firstCursorPosition())
    line = [image.pixelColor(x, cell.center().y()).name() for x in range(cell.left() - 12, cell.left())]
    assert fmt.background().color().name() in line and base.name() in line


def test_each_step_changes_the_view_at_most_once_tables_included(view):
    """A table was drawn, then given its grid in a second edit once Qt knew it: the view laid it
    out twice at every redraw while it streamed. Now each step changes the document at most
    once, and the table arrives with its grid."""
    view.show()
    text = (
        "Seen:\n\n| Order | Status | Amount |\n|---|---|---|\n"
        "| 10407 | Declined | €128.40 |\n| 10408 | Paid | €59.00 |\n\nDone."
    )
    exchange = Exchange("Which orders?", (), Answer())
    exchange.answer.text = text[:4]  # (its first words in: no "Connecting…" line to take away)
    view.add_exchange(exchange)
    stream = view._active[1]
    changes: list[int] = []
    view.document().contentsChange.connect(lambda position, removed, added: changes.append(position))
    for end in range(8, len(text) + 4, 4):  # as the words arrive
        exchange.answer.text = text[:end]
        more = True
        while more:
            changes.clear()
            more = stream.step(exchange.answer.text)
            assert len(changes) <= 1
    assert view.document().find("10408").currentTable().format().cellSpacing() == 1  # its grid


# --- thumbnails ---------------------------------------------------------------------------------


def test_thumbnails_are_large_named_and_open_what_was_sent(view, qtbot):
    sent = Attachment(png_bytes(1024, 768), "png", 1024, 768, "orders.png")
    view.show_exchanges([_done(attachments=(sent,))])
    page = view.toHtml()
    assert f'width="{THUMB_SIDE}"' in page and THUMB_SIDE >= 160
    assert "Image sent: orders.png, 1024×768" in page
    with qtbot.waitSignal(view.preview_requested) as shown:
        view.link_requested.emit(QUrl("pixdesk:preview/0/0"))
    assert shown.args == [sent]


def test_closing_the_preview_gives_focus_back(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    view, elsewhere = ChatView(window), QLineEdit(window)
    QVBoxLayout(window).addWidget(view)
    window.layout().addWidget(elsewhere)
    window.show()
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    sent = Attachment(png_bytes(320, 200), "png", 320, 200, "orders.png")
    dialog = open_sent_preview(sent, window)
    assert isinstance(dialog, PreviewDialog) and "orders.png" in dialog.windowTitle()
    elsewhere.setFocus()  # where the focus went while the preview was open (offscreen: not into it)
    dialog.close()
    qtbot.waitUntil(view.hasFocus)


# --- footer and waiting -------------------------------------------------------------------------


def test_the_footer_shows_the_persons_wait_not_the_server_latency(view):
    exchange = _done()
    exchange.elapsed_s = 6.2
    view.show_exchanges([exchange])
    text = view.toPlainText()
    assert "6.2 s" in text and "0.0 s" not in text
    exchange.elapsed_s = None
    view.show_exchanges([exchange])
    assert " s ·" not in view.toPlainText().split("tokens")[-1]


def _lines_after_the_models_name(view: ChatView) -> list[str]:
    block, lines = view.document().begin(), []
    while block.isValid():
        lines.append(block.text())
        block = block.next()
    return lines[lines.index("Pixtral Large") + 1 :]


@pytest.mark.parametrize("live", [True, False], ids=["live", "reopened"])
def test_an_answer_that_failed_before_any_words_has_its_sentence_right_under_the_models_name(view, live):
    from pixdesk.errors import Action, Kind, KnownError

    error = KnownError(Kind.THROTTLED, "Bedrock is busy.", Action.WAIT_AND_RETRY, "Try again in a minute.")
    exchange = Exchange("Hello?", (), Answer())
    if live:
        view.add_exchange(exchange)  # ("Connecting…" first)
    exchange.answer.error, exchange.status = error, Status.FAILED
    if live:
        view.finish(exchange)
    else:
        view.show_exchanges([exchange])
    lines = _lines_after_the_models_name(view)
    assert lines[0].startswith("Bedrock is busy.")  # not a blank line first
    # An answer with words keeps its footer on a line of its own below them.
    partial = Exchange("Hello?", (), Answer(text="Partial words", error=error))
    partial.status = Status.FAILED
    view.show_exchanges([partial])
    lines = _lines_after_the_models_name(view)
    assert lines[0] == "Partial words" and lines[1].startswith("Bedrock is busy.")


def test_connecting_at_once_then_replaced_by_the_text(view, qtbot):
    exchange = Exchange("Hello?", (), Answer())
    view.add_exchange(exchange)
    assert "Connecting…" in view.toPlainText()
    stream = view._active[1]
    assert stream.step("Hi") is True  # the first words drawn off-screen: the line stays till then,
    assert "Connecting…" in view.toPlainText()  # (not a blank answer for a frame in between)
    assert stream.step("Hi") is False
    assert view.toPlainText().endswith("Hi") and "Connecting…" not in view.toPlainText()
    exchange.answer.text = "Hi there."
    view.text_arrived(exchange)
    qtbot.waitUntil(lambda: "Hi there." in view.toPlainText())
    assert "Connecting…" not in view.toPlainText()


def test_throttled_wait_is_shown_in_the_answer_with_its_ways_out(view, qtbot):
    exchange = Exchange("Hello?", (), Answer())
    view.add_exchange(exchange)
    exchange.status, exchange.wait_left_s = Status.WAITING, 12
    exchange.attempt, exchange.attempts_allowed = 2, 5
    view.waiting(exchange)
    assert "Bedrock is busy — trying again in 12 s (attempt 2 of 5)" in view.toPlainText()
    page = view.toHtml()
    for link in ("pixdesk:try-flex/0", "pixdesk:try-region/0", "pixdesk:cancel/0"):
        assert link in page
    with qtbot.waitSignal(view.action) as acted:
        view.link_requested.emit(QUrl("pixdesk:try-flex/0"))
    assert acted.args == ["try-flex", 0]
    exchange.wait_left_s = 11
    view.waiting(exchange)
    assert view.toPlainText().count("Bedrock is busy") == 1 and "in 11 s" in view.toPlainText()


def test_waiting_for_quota_counts_down_in_minutes(view):
    exchange = Exchange("Hello?", (), Answer())
    view.add_exchange(exchange)
    exchange.status, exchange.wait_left_s, exchange.waiting_for_quota = Status.WAITING, 72, True
    view.waiting(exchange)
    assert "Waiting for your account's quota — sending in 1 min 12 s" in view.toPlainText()
    assert "pixdesk:cancel/0" in view.toHtml() and "try-flex" not in view.toHtml()
    exchange.status = Status.FAILED
    view.finish(exchange, announce=False)
    assert "Waiting for your account" not in view.toPlainText()


# --- streaming and screen readers -------------------------------------------------------------


@pytest.mark.parametrize("chunk", [1, 4, 16])
def test_streaming_appends_instead_of_redrawing(qapp, chunk):
    document = QTextDocument()
    document.documentLayout()  # (without a layout the document reports no changes)
    stream = MarkdownStream(document)
    removed, inserted = [], []

    def changed(position, gone, added):
        removed.append(gone)
        inserted.append(added)

    document.contentsChange.connect(changed)
    for end in range(chunk, len(ANSWER) + chunk, chunk):
        stream.update(ANSWER[:end])
    full = QTextDocument()
    full.setMarkdown(ANSWER, MARKDOWN)
    assert document.toPlainText().split() == full.toPlainText().split()
    # Before: the paragraph was removed and re-inserted at every update (many times the answer's length).
    assert sum(removed) < len(ANSWER) / 3
    assert sum(inserted) < len(ANSWER) * 1.5


def test_a_redraw_that_finishes_blocks_draws_them_first_and_the_tail_in_a_step_of_its_own(qapp):
    """Each step does one part: what is new is drawn off-screen in one step and copied in at
    the next (words added to a paragraph are appended, not redrawn); finished blocks go first."""
    document = QTextDocument()
    document.documentLayout()
    stream = MarkdownStream(document)
    stream.update("The card was declined")  # (every step, to the end)
    assert stream.step("The card was declined, twice") is True  # off-screen
    assert document.toPlainText() == "The card was declined"
    assert stream.step("The card was declined, twice") is False  # copied in
    assert document.toPlainText() == "The card was declined, twice"
    assert stream.step("The card was declined, twice") is False  # nothing new: nothing to do
    text = "The card was declined, twice.\n\n| Order | Status |\n|---|---|\n| 10407 | Declined |\n\nAsk the customer"
    assert stream.step(text) is True  # the finished part drawn off-screen; the view unchanged yet
    assert "10407" not in document.toPlainText()
    assert stream.step(text) is True  # copied in; the tail waits
    assert "10407" in document.toPlainText() and "Ask the customer" not in document.toPlainText()
    assert stream.step(text) is True  # the tail's new paragraph, off-screen
    assert "Ask the customer" not in document.toPlainText()
    assert stream.step(text) is False
    assert document.toPlainText().split()[-3:] == ["Ask", "the", "customer"]
    full = QTextDocument()
    full.setMarkdown(text, MARKDOWN)
    assert document.toPlainText().split() == full.toPlainText().split()
    assert stream.step(text + "\n\n") is True  # the last paragraph finished: drawn for good…
    assert stream.step(text + "\n\n") is False  # …with nothing after it left to draw
    assert document.toPlainText().split()[-3:] == ["Ask", "the", "customer"]


def test_the_view_draws_a_redraws_steps_one_turn_of_the_loop_apart_and_then_follows(view, qtbot):
    exchange = Exchange("Describe it.", (), Answer())
    view.add_exchange(exchange)
    bar = view.verticalScrollBar()
    steps: list[bool] = []
    step = view._active[1].step
    view._active[1].step = lambda text: steps.append(step(text)) or steps[-1]  # type: ignore[method-assign]
    paragraphs = [f"Paragraph {n}: " + "words that fill the view " * 12 for n in range(12)]
    exchange.answer.text = "\n\n".join(paragraphs)

    def next_turn() -> None:  # (what the 0-ms timer does on the loop's next turn, here by hand)
        assert view._rest.isActive()
        view._rest.stop()
        view._redraw_active()

    view._redraw_active()
    assert steps == [True] and "Paragraph 0" not in view.toPlainText()  # the finished blocks, off-screen
    next_turn()
    assert steps == [True, True] and "Paragraph 10" in view.toPlainText()  # copied in
    assert "Paragraph 11" not in view.toPlainText()
    next_turn()  # the tail, off-screen…
    assert "Paragraph 11" not in view.toPlainText()
    next_turn()  # …and copied in
    assert steps == [True, True, True, False] and "Paragraph 11" in view.toPlainText()
    assert not view._rest.isActive()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())  # then followed down


def test_a_finished_answer_is_announced_once(view, monkeypatch, qtbot):
    events = []
    original = QAccessible.updateAccessibility
    monkeypatch.setattr(
        chat_view.QAccessible, "updateAccessibility", staticmethod(lambda event: events.append(event.type()))
    )
    try:
        exchange = Exchange("Hello?", (), Answer())
        view.add_exchange(exchange)
        for end in range(10, len(ANSWER), 10):
            exchange.answer.text = ANSWER[:end]
            view.text_arrived(exchange)
            qtbot.waitUntil(lambda: not view._refresh.isActive())
        exchange.answer.text = ANSWER
        exchange.status = Status.DONE
        view.finish(exchange)
        assert len(events) == 1
        view.show_exchanges([exchange])  # redrawing (New chat, reopening) announces nothing
        assert len(events) == 1
    finally:
        monkeypatch.setattr(chat_view.QAccessible, "updateAccessibility", original)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("The card was declined.\n\n  Ask for another card.", True),
        ("word " * 20_000, False),  # 100,000 characters: the beginning only
        (" " * 6_000 + "tail words", False),  # a beginning of spaces: what there is, then the rest's note
    ],
)
def test_the_announcement_reads_the_beginning_of_an_answer(text, whole):
    exchange = _done(text)
    words = chat_words.finished_words(exchange)
    assert words.startswith("Pixtral Large answered: ")
    said = words.removeprefix("Pixtral Large answered: ")
    rest = "… (the rest is in the conversation)"
    assert said.endswith(rest) is not whole
    assert len(said) <= chat_words.ANNOUNCED_CHARS + len(rest)
    if whole:
        assert said == " ".join(text.split())


def test_answer_text_stays_selectable(view):
    view.show_exchanges([_done()])
    view.selectAll()
    assert "payment form" in view.textCursor().selectedText()


def test_a_streaming_answer_is_followed_down_after_the_redraw_unless_the_person_scrolled_up(view, qtbot):
    """At the end of the conversation, the view follows the answer as it grows — in a step of its
    own once the loop has had its turn (the redraw and the whole view's repaint back to back held
    the window's thread ~3 ms). Scrolled up to read, the view stays where the person put it."""
    exchange = Exchange("Describe it.", (), Answer())
    view.add_exchange(exchange)
    bar = view.verticalScrollBar()
    paragraphs = [f"Paragraph {n}: " + "words that fill the view " * 12 for n in range(40)]
    moved_by_the_redraw = []
    for count in range(1, 20):
        exchange.answer.text = "\n\n".join(paragraphs[:count])
        before = bar.value()
        view._redraw_active()
        moved_by_the_redraw.append(bar.value() != before)
        # The steps after it draw the rest, then follow it down.
        qtbot.waitUntil(lambda: not view._rest.isActive() and not view._follow.isActive())
        assert bar.value() == bar.maximum()
    assert bar.maximum() > 0 and bar.value() == bar.maximum()
    assert not any(moved_by_the_redraw)  # (the redraw itself never scrolled)
    bar.setValue(bar.maximum() // 3)  # the person scrolls up to read
    held = bar.value()
    for count in range(20, 40):
        exchange.answer.text = "\n\n".join(paragraphs[:count])
        view._redraw_active()
        qtbot.wait(5)
        assert bar.value() == held
