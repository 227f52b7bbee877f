"""Help: About (version, model, profile, folders, licence), the keyboard shortcuts sheet read
from the window's actions, Report a problem without secrets, and Open log folder."""

from __future__ import annotations

import PySide6
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from helpers import until
from pixdesk import __version__, catalog
from pixdesk.logs import log_dir
from pixdesk.secrets import ApiKeyStore
from pixdesk.services.diagnostics import credential_method


def _help_texts(window) -> list[str]:
    return [a.text() for a in window.help.menu.actions() if not a.isSeparator()]


def test_the_help_menu_offers_five_things(make_window):
    window = make_window()
    assert _help_texts(window) == [
        "&Keyboard shortcuts",
        "&Report a problem",
        "Open &log folder",
        "Check for &updates…",
        "&About pixdesk",
    ]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[-1] == "&Help"  # the last menu


def test_about_names_the_model_profile_folders_and_licence(make_window, history, qtbot):
    window = make_window(history=history)
    window.help.about_action.trigger()
    dialog = window.help.about_dialog
    qtbot.waitUntil(dialog.isVisible)
    facts = dict(dialog.facts)
    assert facts["Version"] == __version__
    assert facts["Model"] == f"{catalog.MODEL_NAME} ({catalog.MODEL_ID})"
    assert facts["Inference profile in use"] == catalog.region(window.choices.region).profile_id
    assert facts["Data folder"] == str(history.store.directory)
    assert facts["Log folder"] == str(log_dir())
    assert facts["Licence"] == "Apache-2.0"  # pyproject.toml's
    assert catalog.MODEL_ID in dialog.label.text() and str(history.store.directory) in dialog.label.text()
    assert window.isEnabled()  # opened with open(): the loop keeps running


def test_the_shortcuts_sheet_is_read_from_the_window(make_window, qtbot):
    window = make_window()
    rows = window.help.shortcut_rows()
    keys = dict(rows)
    native = lambda key: QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)  # noqa: E731
    assert keys["Open images"] == QKeySequence(QKeySequence.StandardKey.Open).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert keys["Settings"] == native("Ctrl+,")
    assert keys["Rename (history list)"] == "F2"
    assert keys["Send the question"] == "Enter" and keys["Start a new line in the question"] == "Shift+Enter"
    assert any(value == "Esc" for value in keys.values())
    assert keys["Keyboard shortcuts"] == native("Ctrl+/")

    late = QAction("&Capture the screen…", window)  # an action added later shows up: never stale
    late.setShortcut(QKeySequence("Ctrl+Shift+S"))
    window.help.shortcuts_action.trigger()
    dialog = window.help.shortcuts_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert ("Capture the screen", native("Ctrl+Shift+S")) in dialog.rows
    table = dialog.table
    assert table.rowCount() == len(dialog.rows) and table.item(0, 0).text() == dialog.rows[0][0]


def test_report_a_problem_copies_details_without_secrets(make_window, run, monkeypatch, qtbot):
    environment_secret = "wJalrXUtnFEMI-environment-secret-0001"
    environment_key_id = "AKIAPIXDESKEXAMPLE01"
    bearer = "environment-bearer-token-not-for-eyes"
    settings_key = "settings-api-key-typed-in-the-dialog"
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", environment_key_id)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", environment_secret)
    monkeypatch.setenv("AWS_BEARER_TOKEN_BEDROCK", bearer)
    monkeypatch.setattr(ApiKeyStore, "keychain_available", staticmethod(lambda: False))  # never the real keychain
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pixdesk.log").write_text(  # lines written before the secrets were known to the redactor
        "2025-03-14 INFO pixdesk: started\n"
        f"2025-03-14 WARNING pixdesk: retrying with {environment_secret} and {bearer}\n"
        f"2025-03-14 ERROR pixdesk: key {settings_key} refused; id {environment_key_id}\n"
        "2025-03-14 INFO pixdesk: the last line\n",
        encoding="utf-8",
    )
    window = make_window()
    window.choices.change_api_key(settings_key)
    QGuiApplication.clipboard().clear()

    window.help.report_action.trigger()
    run(until(lambda: QGuiApplication.clipboard().text(), message="the copied details"))
    copied = QGuiApplication.clipboard().text()
    for secret in (environment_secret, environment_key_id, bearer, settings_key):
        assert secret not in copied
    assert copied.startswith(f"pixdesk {__version__}\n")
    assert f"PySide6: {PySide6.__version__}" in copied and "Qt: " in copied and "System: " in copied
    assert f"Region: {window.choices.region}" in copied and "Speed and price: " in copied and "Sign-in: " in copied
    assert "pixdesk: started" in copied and "the last line" in copied
    assert "copied" in window.banner.text


def test_the_sign_in_is_named_without_the_profile():
    assert credential_method("Profile acme-prod (AWS SSO)") == "AWS SSO"
    assert credential_method("Bedrock API key") == "Bedrock API key"


def test_open_log_folder(make_window):
    window = make_window()
    window.help.log_action.trigger()
    assert window.opened_urls == [f"file://{log_dir()}"]
