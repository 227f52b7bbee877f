"""The engine's last English sentences, in a German window: the compare result, the whole-document
page labels and the words shown in place of its prompts; the English they are made of stays what
the model is sent and what the history keeps."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from helpers import until
from imaging_samples import before_and_after
from pixdesk.domain import Answer
from pixdesk.services.chat import Exchange
from pixdesk.services.document_plan import combine_shown, group_shown, pages_label
from pixdesk.services.document_run import DocumentProgress
from pixdesk.ui import i18n
from pixdesk.ui.document_question import progress_words


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_the_compare_result_is_said_in_german_and_asked_in_english(german, make_window, run, qtbot):
    window = make_window()
    before, after = before_and_after((480, 300), change=(200, 100, 229, 119))

    async def attach():
        window.tray.add_bytes(_png(before), "before.png")
        window.tray.add_bytes(_png(after), "after.png")
        await window.tray.idle()

    run(attach())
    compare = window.compare
    qtbot.waitUntil(lambda: compare.button.isEnabled())
    QTest.mouseClick(compare.button, Qt.MouseButton.LeftButton)
    run(until(lambda: compare.dialog is not None, message="the three images shown"))
    run(window.tray.idle())
    shown = " ".join(label.text() for label in compare.dialog.findChildren(QLabel))
    assert "600 Pixel haben sich geändert, in einem Bereich." in shown
    assert "Das dritte Bild ist das zweite, ausgegraut" in shown
    assert "pixels changed" not in shown and "The third image" not in shown
    assert "600 pixels changed, in one area." in window.composer.text  # the question the model reads
    compare.dialog.reject()


def test_page_labels_and_the_whole_document_steps_are_said_in_german(german, make_window):
    label = pages_label([("contract.pdf", 8), ("contract.pdf", 9), ("contract.pdf", 10), ("contract.pdf", 11)])
    assert label == "pages 9–12"
    assert progress_words(DocumentProgress(2, 3, label)) == "Seiten 9–12 werden gelesen (Gruppe 2 von 3)…"
    several = pages_label([("a.pdf", 0), ("a.pdf", 1), ("b.png", 0)])
    assert i18n.translated(several) == "a.pdf Seiten 1–2, b.png Seite 1"

    first = group_shown("Was ist fällig?", "contract.pdf", pages_label([("contract.pdf", 0)]), 1, 2)
    # The history keeps the English (shown_text): exactly what it was before it became translatable.
    assert first == "Was ist fällig?\n\nAbout the whole of contract.pdf, in 2 parts. Part 1 of 2: page 1."
    assert (
        i18n.translated(first)
        == "Was ist fällig?\n\nZum ganzen Dokument contract.pdf, in 2 Teilen. Teil 1 von 2: Seite 1."
    )
    later = group_shown("Was ist fällig?", "contract.pdf", label, 2, 2)
    assert later == "Part 2 of 2 — the same question about pages 9–12."

    window = make_window()
    combined = combine_shown("Was ist fällig?", 2)
    window.chat.add_exchange(Exchange("the combining prompt", (), Answer(), shown=combined))
    shown = window.chat.toPlainText()
    assert "Die Antworten der 2 Teile oben zu einer zusammenfassen: „Was ist fällig?“" in shown
    assert "Combine the answers" not in shown


def test_small_print_that_needs_too_many_images_is_said_in_german(german):
    from pixdesk.services.small_print import too_many_images

    alone = too_many_images("vertrag.pdf", 12, 0)
    with_others = too_many_images("vertrag.pdf", 6, 3)
    assert alone is not None and with_others is not None
    assert alone.startswith("Reading the small print of vertrag.pdf takes 12 images")  # the CLI's English
    assert i18n.translated(alone).startswith("Um das Kleingedruckte von vertrag.pdf zu lesen, sind 12 Bilder nötig")
    german_words = i18n.translated(with_others)
    assert "mit 3 weiteren Bildern hier" in german_words and "{" not in german_words


def test_an_import_refused_is_said_in_german(german, tmp_path):
    from pixdesk.errors import KnownError
    from pixdesk.store.export.json_format import import_json
    from pixdesk.store.history import HistoryStore

    not_json = tmp_path / "notizen.json"
    not_json.write_text("not json at all", encoding="utf-8")
    store = HistoryStore(tmp_path / "history")
    try:
        with pytest.raises(KnownError) as refused:
            import_json(store, not_json)
    finally:
        store.close()
    assert refused.value.sentence().startswith("Cannot import notizen.json: it is not a JSON file.")  # the CLI's
    assert i18n.error_sentence(refused.value).startswith(
        "notizen.json kann nicht importiert werden: es ist keine JSON-Datei."
    )
