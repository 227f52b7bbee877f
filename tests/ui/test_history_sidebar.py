"""The history sidebar: groups by date with dates shown, a menu on each conversation (mouse and
keyboard), plain confirmation words, highlighted whole-word snippets, and a list that stays
current when another process writes to the same history."""

from __future__ import annotations

import datetime
import os
import re
import subprocess
import sys
import textwrap

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from helpers import until
from pixdesk.ui.history_dates import date_and_time, group_of
from pixdesk.ui.history_roles import DETAILS_ROLE, SNIPPET_ROLE

LONG_TEXT = (
    "… the customer says the page shows an error after saving and nothing else happens at all … "
    "the [w145] widget … and then the customer says the page shows an error after saving again and again"
)


def _conversation(history, title: str, question: str = "", when: datetime.datetime | None = None) -> int:
    """A conversation written straight to the store, last used at `when` (local time)."""
    store = history.store

    def write() -> int:
        conversation = store.start_conversation(title)
        store.add_question(conversation, question or title)
        if when is not None:
            stamp = when.astimezone(datetime.UTC).isoformat(timespec="milliseconds")
            store._db.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (stamp, conversation))
        return conversation

    return history.run_now(write)


def _titles(window) -> list[str]:
    return [item.text().split("\n")[0] for item in window.sidebar.conversation_items()]


def _filled_window(make_window, run, history):
    window = make_window(history=history)
    run(window.history_list.refresh(""))
    return window


# --- groups and dates ---------------------------------------------------------------------------


def test_groups_follow_the_calendar():
    today = datetime.date(2025, 3, 14)
    at = lambda days: datetime.datetime(2025, 3, 14, 23, 59) - datetime.timedelta(days=days)  # noqa: E731
    assert [group_of(at(d), today) for d in (0, 1, 2, 7, 8, 30)] == [
        "Today",
        "Yesterday",
        "Previous 7 days",
        "Previous 7 days",
        "Previous 30 days",
        "Previous 30 days",
    ]
    assert group_of(datetime.datetime(2025, 2, 11, 8, 0), today) == f"{datetime.date(2025, 2, 1):%B} 2025"
    assert date_and_time(datetime.datetime(2025, 3, 4, 9, 5)) == "4 Mar 2025, 09:05"


def test_history_is_grouped_with_headings_that_cannot_be_selected(make_window, run, history, qtbot):
    now = datetime.datetime.now().astimezone()
    noon = now.replace(hour=12, minute=0, second=0, microsecond=0)
    old = datetime.datetime(2024, 3, 15, 12, 0).astimezone()
    _conversation(history, "Old contract", when=old)
    _conversation(history, "Three weeks ago", when=noon - datetime.timedelta(days=20))
    _conversation(history, "Four days ago", when=noon - datetime.timedelta(days=4))
    _conversation(history, "Yesterday's invoice", when=noon - datetime.timedelta(days=1))
    _conversation(history, "This morning", when=now)
    window = _filled_window(make_window, run, history)
    sidebar = window.sidebar

    assert sidebar.headings() == ["Today", "Yesterday", "Previous 7 days", "Previous 30 days", f"{old:%B %Y}"]
    assert _titles(window) == [
        "This morning",
        "Yesterday's invoice",
        "Four days ago",
        "Three weeks ago",
        "Old contract",
    ]
    for item, moment in zip(sidebar.conversation_items(), [now, noon - datetime.timedelta(days=1)], strict=False):
        assert item.data(DETAILS_ROLE).startswith(date_and_time(moment))  # a date, not only a time
    assert str(now.year) in sidebar.conversation_items()[0].text()

    heading = sidebar.list.item(0)
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable
    sidebar.list.setCurrentItem(sidebar.conversation_items()[0])
    sidebar.list.setFocus()
    QApplication.processEvents()
    opened = []
    sidebar.open_requested.connect(opened.append)
    qtbot.keyClick(sidebar.list, Qt.Key.Key_Down)  # over the "Yesterday" heading
    assert sidebar.selected() is not None and sidebar.list.currentItem().text().startswith("Yesterday's invoice")
    qtbot.keyClick(sidebar.list, Qt.Key.Key_Up)  # back over it, never onto it
    assert sidebar.list.currentItem().text().startswith("This morning")
    qtbot.keyClick(sidebar.list, Qt.Key.Key_Return)
    assert len(opened) == 1
    sidebar.list.viewport().grab()  # every row drawn by the delegate, headings included


def test_the_rows_get_their_delegate_with_the_first_rows(qtbot):
    """The first frame's list is empty: it is built without the rows' delegate (its module is
    not in the window's start), which comes with the first rows and stays."""
    from pixdesk.services.history import ConversationSummary
    from pixdesk.ui.history_delegate import HistoryDelegate
    from pixdesk.ui.history_panel import HistoryPanel

    panel = HistoryPanel()
    qtbot.addWidget(panel)
    assert not isinstance(panel.list.itemDelegate(), HistoryDelegate)
    now = datetime.datetime.now().astimezone().isoformat()
    panel.show_conversations([ConversationSummary(1, "Invoice", now, now, 2, 1)], None)
    delegate = panel.list.itemDelegate()
    assert isinstance(delegate, HistoryDelegate)
    panel.show_conversations([], None)
    assert panel.list.itemDelegate() is delegate  # once: a refresh does not make another


# --- the menu on a conversation -----------------------------------------------------------------


def test_right_click_menu_renames_exports_and_deletes(make_window, run, history, qtbot):
    first = _conversation(history, "Invoice 10407")
    _conversation(history, "A very long conversation name that must be readable in the rename dialog")
    window = _filled_window(make_window, run, history)
    sidebar = window.sidebar
    target = next(item for item in sidebar.conversation_items() if item.text().startswith("Invoice"))

    where = sidebar.list.visualItemRect(target).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, sidebar.list.viewport().mapToGlobal(where))
    QApplication.sendEvent(sidebar.list.viewport(), event)
    qtbot.waitUntil(sidebar.menu.isVisible)
    assert [a.text() for a in sidebar.menu.actions() if not a.isSeparator()] == ["&Rename…", "&Export…", "&Delete…"]
    assert sidebar.selected() == first
    sidebar.menu.hide()

    sidebar.export_action.trigger()  # the File menu's export, for this conversation
    qtbot.waitUntil(lambda: window.files.export_dialog.isVisible())
    assert window.files.export_dialog.selectedFiles()[0].endswith(
        window.workspace.safe_filename("Invoice 10407", first)
    )
    window.files.export_dialog.reject()

    sidebar.delete_action.trigger()
    box = sidebar.delete_box
    assert {b.text() for b in box.buttons()} == {"Delete conversation", "Cancel"}
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    sidebar.delete_action.trigger()
    sidebar.delete_confirm.click()
    run(until(lambda: _titles(window) == ["A very long conversation name that must be readable in the rename dialog"]))
    assert [c.id for c in history.run_now(history.store.conversations)] != [first]


def test_every_action_has_a_key(make_window, run, history, qtbot):
    _conversation(history, "Scanned contract")
    _conversation(history, "A rather long conversation name, as people give them, about the March invoice")
    window = _filled_window(make_window, run, history)
    sidebar = window.sidebar
    sidebar.list.setCurrentItem(sidebar.conversation_items()[0])
    sidebar.list.setFocus()

    qtbot.keyClick(sidebar.list, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(sidebar.menu.isVisible)
    assert sidebar.menu.pos() != QPoint(0, 0)
    sidebar.menu.hide()
    qtbot.keyClick(sidebar.list, Qt.Key.Key_Menu)
    qtbot.waitUntil(sidebar.menu.isVisible)
    sidebar.menu.hide()

    qtbot.keyClick(sidebar.list, Qt.Key.Key_F2)
    dialog = sidebar.rename_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Rename conversation" and dialog.labelText() == "Name:"
    assert dialog.textValue().startswith("A rather long")
    assert dialog.width() >= dialog.fontMetrics().horizontalAdvance(dialog.textValue())  # the whole name shows
    assert dialog.width() >= dialog.fontMetrics().horizontalAdvance("Rename conversation") + 200  # and the title
    dialog.setTextValue("March invoice")
    dialog.accept()
    run(until(lambda: "March invoice" in _titles(window), message="the new name"))
    assert sidebar.list.currentItem().text().startswith("March invoice")  # still selected after the refresh

    sidebar.list.setFocus()
    qtbot.keyClick(sidebar.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: sidebar.delete_box.isVisible())
    assert "March invoice" in sidebar.delete_box.text()
    sidebar.delete_confirm.click()
    run(until(lambda: _titles(window) == ["Scanned contract"], message="the deletion"))


# --- search snippets ----------------------------------------------------------------------------


def test_search_snippet_highlights_the_whole_matched_word(make_window, run, history, qtbot):
    _conversation(history, "Widget problem", LONG_TEXT)
    _conversation(history, "Something else", "Nothing to see here")
    window = _filled_window(make_window, run, history)
    window.sidebar.search.setText("w145")
    run(until(lambda: _titles(window) == ["Widget problem"], message="search results"))

    item = window.sidebar.conversation_items()[0]
    rich = item.data(SNIPPET_ROLE)
    assert re.findall(r"<b>(.*?)</b>", rich) == ["w145"]  # the word, whole, in bold
    plain = item.text().split("\n")[-1]
    assert "w145" in plain and "……" not in plain and "[w…" not in plain
    assert "[w145]" in plain  # (the text's own brackets, not a marker)
    window.sidebar.list.viewport().grab()  # drawn with its bold word


def test_the_open_conversation_is_the_selected_one_after_a_new_question(make_window, run, history, bedrock):
    """Seen in the window: a conversation was selected, a new chat was asked, and the sidebar kept
    the old one highlighted beside the new conversation's transcript."""
    older = _conversation(history, "Older conversation")
    window = _filled_window(make_window, run, history)
    run(window.open_conversation(older))
    run(window.history_list.refresh(""))
    assert window.sidebar.selected() == older
    window.new_chat()

    async def ask():
        window.composer.set_text("A new question")
        window.send()
        await until(lambda: window.session.exchanges and not window.session.busy, message="the answer")
        await window.history_list.refresh("")

    run(ask())
    assert window.sidebar.selected() == window.session.conversation_id != older


# --- other processes ----------------------------------------------------------------------------

_WRITE_FROM_ANOTHER_PROCESS = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from pixdesk.store.history import HistoryStore

    with HistoryStore(Path(sys.argv[1])) as store:
        conversation = store.start_conversation("Invoice from the batch")
        store.add_question(conversation, "What is the invoice total?")
    """
)


def test_the_sidebar_shows_what_another_process_writes(make_window, run, history, qtbot):
    kept = _conversation(history, "Invoice 10407", "Is the invoice paid?")
    _conversation(history, "Contract", "Is the contract signed?")
    window = make_window(history=history)
    window.start()
    sidebar = window.sidebar
    run(until(lambda: len(sidebar.conversation_items()) == 2, message="the list"))
    sidebar.search.setText("invoice")
    run(until(lambda: _titles(window) == ["Invoice 10407"], message="the search"))
    sidebar.list.setCurrentItem(sidebar.conversation_items()[0])

    writer = subprocess.Popen(  # `pixdesk ask` or a batch: another process, the same history
        [sys.executable, "-c", _WRITE_FROM_ANOTHER_PROCESS, str(history.store.directory)], env=os.environ.copy()
    )
    run(until(lambda: writer.poll() is not None, timeout=25, message="the other process"))
    assert writer.returncode == 0
    run(until(lambda: "Invoice from the batch" in _titles(window), timeout=20, message="the other process's write"))
    assert sidebar.search.text() == "invoice"  # the search is kept …
    assert _titles(window) == ["Invoice from the batch", "Invoice 10407"]
    assert sidebar.selected() == kept  # … and so is the selection
