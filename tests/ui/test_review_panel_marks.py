"""The review panel's list of marks keeps the selection across a reload. Redactions (saved with
the file) and the other marks (kept with the conversation) are numbered apart, so a redaction and
a note may have the same id: the selection follows the mark, not the number."""

from __future__ import annotations

from pixdesk.domain import Mark, MarkKind
from pixdesk.ui.review_panel import ReviewPanel


def test_a_reload_keeps_the_selected_mark_not_another_with_the_same_id(qtbot):
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    panel.show_document("contract.pdf", 1)
    redaction = Mark(MarkKind.REDACTION, 0, (10, 10, 50, 20), id=7)
    note = Mark(MarkKind.ANNOTATION, 0, (100, 100, 80, 40), "Check the date", "#d13438", id=7)
    panel.show_marks([redaction, note])
    panel.select(note)
    assert panel.selected_mark() == note
    panel.show_marks([redaction, note])  # a reload (another mark added, one moved…)
    assert panel.selected_mark() == note
