"""Model output is untrusted: rendering it must load nothing and open no link unasked."""

from __future__ import annotations

import http.server
import threading

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox

from pixdesk.domain import Answer
from pixdesk.services.chat import Exchange, Status
from pixdesk.ui.chat_view import ChatView
from pixdesk.ui.markdown_stream import MarkdownStream, safe_boundary
from pixdesk.ui.safe_browser import MARKDOWN


@pytest.fixture
def web():
    """A local web server that records every request made to it."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_error(404)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()


def _answered(text: str) -> Exchange:
    exchange = Exchange(
        "What is this?", (), Answer(text=text, stop_reason="end_turn", region="us-east-1", tier_requested="standard")
    )
    exchange.status = Status.DONE
    return exchange


def test_answers_load_no_files_and_no_web_images(qtbot, web, tmp_path):
    base, hits = web
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    text = (
        f"![local]({QUrl.fromLocalFile(str(secret)).toString()})\n\n"
        f"![remote]({base}/tracker.png)\n\n"
        f'<img src="{base}/html.png"> and <b>bold</b>\n\n![relative](secret.png)\n'
    )
    view = ChatView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    view.show_exchanges([_answered(text)])
    qtbot.wait(50)  # let layout and painting happen: that is when images would be fetched
    view.grab()
    assert hits == []  # no request ever reached the web server
    assert "<img" in view.toPlainText() and "<b>bold</b>" in view.toPlainText()  # HTML shown as text
    blocked = {url.toString() for url in view.blocked_resources}
    assert QUrl.fromLocalFile(str(secret)).toString() in blocked and f"{base}/tracker.png" in blocked
    image = view.document().resource(QTextDocument.ResourceType.ImageResource.value, QUrl.fromLocalFile(str(secret)))
    assert image is None or image.isNull()  # the file's bytes never made it into the document


def test_links_open_only_after_confirmation(make_window, run, bedrock):
    window = make_window()
    url = QUrl("https://example.com/help?q=1")
    window.chat.link_requested.emit(url)
    box = window.link_box
    assert isinstance(box, QMessageBox) and "https://example.com/help?q=1" in box.text()
    assert window.opened_urls == []
    box.button(QMessageBox.StandardButton.Open).click()
    assert window.opened_urls == ["https://example.com/help?q=1"]


def test_declining_a_link_opens_nothing(make_window, bedrock):
    window = make_window()
    window.chat.link_requested.emit(QUrl("https://example.com/"))
    window.link_box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.opened_urls == []


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "relative/path.html"])
def test_other_links_are_refused(make_window, bedrock, url):
    window = make_window()
    window.chat.link_requested.emit(QUrl(url))
    assert window.opened_urls == [] and "does not open" in window.banner.text


SAMPLES = [
    "## Steps\n\n1. One\n2. Two\n3. Three\n\nDone.\n",
    "Intro\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nx = 1\n\ny = 2\n```\n\n- tail item\n- another\n",
    "Text with **bold** and `code`.\n\n> a quote\n> continues\n\nEnd",
    # A table redrawn right after a list: the list's last item must stay in the list.
    "Steps:\n\n1. Open.\n2. Ask.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- more\n\nDone.\n",
]


def _full_and_streamed(sample: str, chunk: int) -> tuple[QTextDocument, QTextDocument]:
    """`sample` rendered at once, and streamed `chunk` characters at a time."""
    full = QTextDocument()
    full.setMarkdown(sample, MARKDOWN)
    streamed = QTextDocument()
    stream = MarkdownStream(streamed)
    for end in range(chunk, len(sample) + chunk, chunk):
        stream.update(sample[:end])
    return full, streamed


def _rows(document: QTextDocument, describe) -> list:
    """`describe(block)` for each block, the empty ones too (a list or a table streamed after a
    paragraph had an empty line above it that a full render does not have)."""
    rows, block = [], document.begin()
    while block.isValid():
        rows.append(describe(block))
        block = block.next()
    return rows


@pytest.mark.parametrize("sample", SAMPLES)
@pytest.mark.parametrize("chunk", [1, 3, 17])
def test_streamed_rendering_matches_a_full_render(qapp, sample, chunk):
    full, streamed = _full_and_streamed(sample, chunk)

    def structure(block):
        return (block.textList().itemText(block) if block.textList() else "", block.text())

    assert _rows(streamed, structure) == _rows(full, structure)


@pytest.mark.parametrize("chunk", [1, 5, 23])
def test_a_streamed_answer_is_spaced_as_a_full_render(qapp, chunk):
    """Each paragraph streamed is the first block of the part drawn for good at its blank line:
    it kept the tail's plain block format, so paragraphs and headings lost their margins and ran
    together while an answer streamed (reopened from the history, drawn at once, they did not)."""
    sample = (
        "## Seen\n\nThe card was declined.\n\nThe bank refused it.\n\n```\nERROR 402\n```\n\n"
        "Ask the customer.\n\n- one\n- two\n\nDone.\n"
    )
    full, streamed = _full_and_streamed(sample, chunk)

    def spacing(block):
        fmt = block.blockFormat()
        return block.text(), fmt.topMargin(), fmt.bottomMargin(), fmt.headingLevel()

    assert _rows(streamed, spacing) == _rows(full, spacing)
    assert any(top > 0 for _, top, _, _ in _rows(full, spacing))  # (there are margins to keep)


def test_safe_boundary_never_splits_a_code_fence():
    text = "a\n\n```\ncode\n\nmore\n```\n\nb"
    assert safe_boundary(text) == text.index("b")
    assert safe_boundary("```\nopen fence\n\nstill open\n") == 0
