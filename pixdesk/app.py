"""The desktop app: QApplication on a qasync event loop.

The full window (drop, paste, ask, streaming chat) is built in pixdesk/ui; until then this
opens a small window that says how to ask from the terminal."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from pixdesk import __version__


def main(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("pixdesk")
    app.setApplicationVersion(__version__)
    window = QMainWindow()
    window.setWindowTitle("pixdesk")
    label = QLabel("pixdesk's window is not built yet.\n\n"
                   "Ask from a terminal:  pixdesk ask IMAGE -q \"What does this show?\"")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMargin(32)
    window.setCentralWidget(label)
    window.show()
    return app.exec()
