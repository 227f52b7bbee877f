"""Smaller promises of the window: page picker, preview, focus, copy code, open-with."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QStatusBar

from helpers import png_bytes, until
from pixdesk.services.chat import Status
from pixdesk.ui.preview_dialog import PreviewDialog


def _pdf(path, pages: int):
    from PIL import Image

    images = [Image.new("RGB", (600 + 100 * n, 800), "white") for n in range(pages)]
    images[0].save(path, "PDF", save_all=True, resolution=100, append_images=images[1:])
    return path


def test_the_question_box_has_focus_when_the_window_opens(make_window, bedrock):
    window = make_window()
    window.activateWindow()
    QApplication.processEvents()
    assert window.composer.edit.hasFocus() or QApplication.focusWidget() in (None, window.composer.edit)
    assert window.focusWidget() is window.composer.edit


def test_page_picker_sends_the_chosen_page(make_window, run, bedrock, tmp_path):
    pdf = _pdf(tmp_path / "contract.pdf", 3)
    window = make_window()

    async def scenario():
        window.attach_paths([str(pdf)])
        await until(lambda: window.tray.attachments(), message="page 1")
        card = window.tray.items[0].card
        assert card.page.isVisible() and card.page.maximum() == 3 and card.page.suffix() == " of 3"
        first_width = window.tray.attachments()[0].width
        card.page.setValue(3)  # the third page is wider than the first
        await until(
            lambda: window.tray.attachments() and window.tray.attachments()[0].width != first_width, message="page 3"
        )

    run(scenario())
    assert window.tray.items[0].page == 2
    assert window.tray.attachments()[0].name == "contract.pdf (page 3)"


def test_preview_shows_exactly_what_is_sent(make_window, run, bedrock, tmp_path):
    big = tmp_path / "big.png"
    big.write_bytes(png_bytes(4096, 3072))
    window = make_window()

    async def scenario():
        window.attach_paths([str(big)])
        await until(lambda: window.tray.attachments())

    run(scenario())
    window.tray.items[0].card.thumb.click()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible())
    text = " ".join(label.text() for label in dialog.findChildren(type(window.tray.summary)))
    assert "PNG 1024×768" in text and "3,120 tokens" in text and "from 4096×3072" in text
    assert "Metadata" in text
    dialog.close()


def test_copy_answer_and_copy_code(make_window, run, bedrock):
    window = make_window()

    async def scenario():
        window.composer.set_text("Show me the error")
        window.send()
        await until(lambda: window.session.exchanges and window.session.exchanges[0].status is Status.DONE)

    run(scenario())
    window.chat.link_requested.emit(QUrl("pixdesk:copy-code/0"))
    assert QGuiApplication.clipboard().text().strip() == "ERROR 402: card_declined (insufficient_funds)"
    window.chat.link_requested.emit(QUrl("pixdesk:copy/0"))
    assert QGuiApplication.clipboard().text() == window.session.exchanges[0].answer.text
    assert window.toast.isVisible() and window.toast.text() == "Copied."  # a floating note, no status bar
    assert window.findChildren(QStatusBar) == []


def test_open_with_pixdesk_attaches_the_files(tmp_path):
    """`pixdesk IMAGE…` (what "Open with" runs): the window starts with the images attached."""
    image = tmp_path / "opened.png"
    image.write_bytes(png_bytes(640, 480))
    code = (
        "import sys, asyncio\n"
        "from PySide6.QtCore import QTimer\n"
        "import pixdesk.app as app\n"
        "from pixdesk.ui.main_window import MainWindow\n"
        "original = MainWindow.attach_paths\n"
        "def attach(self, paths):\n"
        "    task = self.tray.add_paths(paths)\n"
        "    task.add_done_callback(lambda _t: (print('attached', [a.name for a in self.tray.attachments()], "
        "flush=True), app.QApplication.quit()))\n"
        "MainWindow.attach_paths = attach\n"
        "if __name__ == '__main__':\n"
        "    sys.exit(app.main(sys.argv[1:]))\n"
    )
    home = tmp_path / "home"  # not the script's folder: the log folder there is called pixdesk/
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
    )
    script = tmp_path / "open_with.py"
    script.write_text(code)
    result = subprocess.run(
        [sys.executable, str(script), str(image)], capture_output=True, text=True, timeout=120, env=env
    )
    assert "attached ['opened.png']" in result.stdout, result.stderr[-800:]
