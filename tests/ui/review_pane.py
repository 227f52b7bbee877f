"""What the review-pane tests do as a person would: open a document and wait for its page,
draw a box with the mouse on the page, black out the sample scan's secret."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from helpers import until
from pixdesk.ui.page_view import Tool


def open_document(window, run, path):
    """Open `path` in the review pane and wait until its first page is drawn; the pane."""

    async def scenario():
        assert await window.review.open(str(path))
        await until(lambda: window.review_panel.view.page_item is not None, message="the page")

    run(scenario())
    return window.review_panel


def drag(view, start: tuple[int, int], end: tuple[int, int]) -> None:
    """Press at one page pixel, drag to another, release: as a person draws a box."""
    a = view.mapFromScene(QPointF(*start))
    b = view.mapFromScene(QPointF(*end))
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    QTest.mouseMove(viewport, QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
    QTest.mouseMove(viewport, b)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def redact_the_secret(window, run, panel) -> None:
    """Black out imaging_samples' secret (a margin around SECRET_BOX) with the mouse, and wait
    until the redaction is stored with the document."""
    panel.set_tool(Tool.REDACT)
    drag(panel.view, (380, 580), (1320, 920))
    run(until(lambda: window.review.document.marks and window.review.document.marks[0].id, message="the redaction"))
