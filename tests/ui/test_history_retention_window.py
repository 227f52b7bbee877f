"""History retention in the window (issue #16): Settings ▸ Privacy offers "Keep conversations for"
as Forever / 1 year / 90 days / 30 days / 7 days; IT can lock it ("Set by your organisation");
the window deletes what is too old after it starts, off the GUI thread, and at once when a
shorter time is saved — never the conversation on screen."""

from __future__ import annotations

import datetime

from PySide6.QtWidgets import QComboBox, QLabel

from helpers import until
from pixdesk.bedrock.client import ClientFactory, ClientSettings
from pixdesk.bedrock.stream import BedrockEngine, RetryPolicy
from pixdesk.managed import NO_POLICY, Policy
from pixdesk.secrets import ApiKeyStore
from pixdesk.services.workspace import Workspace
from pixdesk.settings import KEEP_DAYS, Settings
from pixdesk.ui.main_window import MainWindow
from pixdesk.ui.retention import keep_days_box
from pixdesk.ui.settings_dialog import SettingsDialog

LOCKED_30_DAYS = Policy({KEEP_DAYS: 30}, frozenset({KEEP_DAYS}), source="test")


def _conversation(history, title: str, days_ago: int) -> int:
    """A conversation last used `days_ago` days ago, written straight to the store."""
    store = history.store

    def write() -> int:
        conversation = store.start_conversation(title)
        store.add_question(conversation, title)
        when = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=days_ago)
        stamp = when.isoformat(timespec="milliseconds")
        store._db.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (stamp, conversation))
        return conversation

    return history.run_now(write)


def _titles(history) -> list[str]:
    return [c.title for c in history.run_now(history.store.conversations)]


def _window(qtbot, executor, history, store: dict, policy: Policy = NO_POLICY) -> MainWindow:
    engine = BedrockEngine(ClientFactory(ClientSettings(connect_timeout_s=2.0)), RetryPolicy(base_delay_s=0.01))
    workspace = Workspace(engine, Settings(store, policy), executor, history=history, keys=ApiKeyStore())
    window = MainWindow(workspace, prefs={})
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_choices_read_as_periods_and_hold_days(qtbot):
    box = keep_days_box(0)
    qtbot.addWidget(box)
    assert [box.itemText(i) for i in range(box.count())] == ["Forever", "1 year", "90 days", "30 days", "7 days"]
    assert [box.itemData(i) for i in range(box.count())] == [0, 365, 90, 30, 7]
    assert box.currentData() == 0
    odd = keep_days_box(45)  # a number IT's policy gave: shown as it is, in its place
    qtbot.addWidget(odd)
    assert [odd.itemText(i) for i in range(odd.count())][2:4] == ["90 days", "45 days"]
    assert odd.currentText() == "45 days"
    assert keep_days_box(1).currentText() == "1 day"


def test_privacy_offers_it_and_saves_the_days(qtbot):
    store: dict = {}
    dialog = SettingsDialog(Settings(store), [], None, keychain=False)
    qtbot.addWidget(dialog)
    dialog.focus_field(KEEP_DAYS)
    field = dialog.field(KEEP_DAYS)
    assert isinstance(field, QComboBox) and field.isEnabled()
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Privacy"
    assert field.accessibleName() == "Keep conversations for"
    field.setCurrentIndex(field.findData(90))
    dialog.save()
    assert store[KEEP_DAYS] == 90


def test_a_locked_period_is_shown_as_the_organisations(qtbot):
    store = {KEEP_DAYS: 0}
    dialog = SettingsDialog(Settings(store, LOCKED_30_DAYS), [], None, keychain=False)
    qtbot.addWidget(dialog)
    field = dialog.field(KEEP_DAYS)
    assert not field.isEnabled() and field.currentText() == "30 days"
    assert field.accessibleDescription().startswith("Set by your organisation.")
    layout = field.parentWidget().layout()
    note = layout.itemAt(layout.indexOf(field) + 1).widget()
    assert isinstance(note, QLabel) and note.text() == "Set by your organisation."
    dialog.save()
    assert store[KEEP_DAYS] == 0  # never saved over the person's own choice


def test_the_window_deletes_what_the_locked_period_does_not_keep(qtbot, executor, run, history):
    _conversation(history, "Two months ago", 60)
    _conversation(history, "Last week", 7)
    window = _window(qtbot, executor, history, {}, LOCKED_30_DAYS)
    try:
        window.start()
        run(until(lambda: _titles(history) == ["Last week"], message="the old conversation deleted"))
        run(until(lambda: len(window.sidebar.conversation_items()) == 1, message="the list without it"))
        assert window.banner.text == ""  # at start-up, quietly
    finally:
        window.session.stop()


def test_saving_a_shorter_period_deletes_at_once_but_not_what_is_on_screen(qtbot, executor, run, history):
    shown = _conversation(history, "Open now, from last year", 200)
    _conversation(history, "Three months ago", 95)
    _conversation(history, "Yesterday", 1)
    store = {KEEP_DAYS: 365}
    window = _window(qtbot, executor, history, store)
    try:
        run(window.open_conversation(shown))
        run(window.settings_flow.open(KEEP_DAYS))
        dialog = window.settings_dialog
        field = dialog.field(KEEP_DAYS)
        field.setCurrentIndex(field.findData(30))
        dialog.accept()
        run(until(lambda: _titles(history) == ["Yesterday", "Open now, from last year"], message="deleted"))
        assert store[KEEP_DAYS] == 30
        run(until(lambda: window.banner.text != "", message="the notice"))
        assert window.banner.text == "1 older conversation deleted, as Settings ▸ Privacy asks."
    finally:
        window.session.stop()
