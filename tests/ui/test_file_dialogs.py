"""Every file dialog opens in the folder the person used last (else Pictures/Documents), never in
the folder pixdesk happened to be started from, and names what it saves plainly."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from helpers import until
from imaging_samples import scan_with_secret
from pixdesk.ui.folders import LAST_FOLDER_KEY
from pixdesk.ui.page_view import Tool


@pytest.fixture
def elsewhere(tmp_path, monkeypatch):
    """pixdesk started from one folder; the person last used another."""
    started_in = tmp_path / "started-here"
    used = tmp_path / "my documents"
    started_in.mkdir()
    used.mkdir()
    monkeypatch.chdir(started_in)
    return used


def _folder(dialog) -> str:
    return os.path.realpath(dialog.directory().absolutePath())


def test_review_import_and_batch_dialogs_open_in_the_last_folder(make_window, run, history, elsewhere):
    window = make_window(history=history, prefs={LAST_FOLDER_KEY: str(elsewhere)})
    window.review.choose_document()
    assert _folder(window.review.open_dialog) == os.path.realpath(elsewhere)
    window.review.open_dialog.reject()
    window.files.import_conversation()
    assert _folder(window.files.import_dialog) == os.path.realpath(elsewhere)
    window.files.import_dialog.reject()
    batch = run(window.open_batch())
    batch._add_files()
    dialog = batch.findChild(type(window.review.open_dialog), None)
    assert dialog is not None and _folder(dialog) == os.path.realpath(elsewhere)
    dialog.reject()
    batch.close()


def test_a_folder_chosen_in_one_dialog_is_where_the_next_one_opens(make_window, run, history, elsewhere, tmp_path):
    window = make_window(history=history, prefs={})
    window.review.choose_document()
    chosen = tmp_path / "scans"
    chosen.mkdir()
    window.review.open_dialog.filesSelected.emit([str(chosen / "contract.pdf")])
    window.files.import_conversation()
    assert _folder(window.files.import_dialog) == os.path.realpath(chosen)
    window.files.import_dialog.reject()


def test_the_report_is_named_after_the_document_without_its_extension(make_window, run, bedrock, history, tmp_path):
    scan = scan_with_secret(tmp_path / "contract.png")
    window = make_window(history=history)

    async def scenario():
        assert await window.review.open(str(scan))
        await until(lambda: window.review_panel.view.page_item is not None, message="the page")

    run(scenario())
    view = window.review_panel.view
    window.review_panel.set_tool(Tool.REDACT)  # a mark: the document is kept, so a report can be made
    start, end = view.mapFromScene(QPointF(380, 580)), view.mapFromScene(QPointF(1320, 920))
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(view.viewport(), end)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    run(until(lambda: window.review.document.document_id is not None, message="the document is kept"))
    window.review.export_report()
    name = os.path.basename(window.review.export_dialog.selectedFiles()[0])
    assert name.startswith("Review of contract") and name.endswith(".pdf")
    assert ".png" not in name and ".pdf.pdf" not in name
    window.review.export_dialog.reject()
