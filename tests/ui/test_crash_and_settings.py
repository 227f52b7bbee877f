"""The crash dialog, settings, and the API key's storage."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QPushButton

from helpers import until
from pixdesk.ui.crash import CrashReporter
from pixdesk.ui.crash_dialog import CrashDialog


def test_an_unexpected_error_shows_a_copyable_redacted_report(qtbot, tmp_path):
    reporter = CrashReporter(tmp_path / "pixdesk.log")
    shown = []
    reporter.shown.connect(shown.append)
    try:
        raise RuntimeError("boom while holding AKIAABCDEFGHIJKLMNOP and Bearer abc.def")
    except RuntimeError as error:
        reporter.excepthook(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: bool(shown))
    dialog = shown[0]
    qtbot.addWidget(dialog)
    details = dialog.details.toPlainText()
    assert isinstance(dialog, CrashDialog) and dialog.isVisible()
    assert "RuntimeError: boom" in details and "test_an_unexpected_error" in details
    assert "AKIAABCDEFGHIJKLMNOP" not in details and "abc.def" not in details
    buttons = {button.text(): button for button in dialog.findChildren(QPushButton)}
    assert {"Copy details", "Open log folder"} <= set(buttons)
    buttons["Copy details"].click()
    assert QGuiApplication.clipboard().text() == details


def test_a_bug_in_a_slot_reaches_the_crash_dialog(qtbot, make_window, bedrock, tmp_path, monkeypatch):
    window = make_window()
    reporter = CrashReporter(tmp_path / "pixdesk.log")
    monkeypatch.setattr(sys, "excepthook", reporter.excepthook)
    shown = []
    reporter.shown.connect(shown.append)

    def buggy(*_args):
        raise ZeroDivisionError("an injected bug")

    window.chat.action.connect(buggy)
    with qtbot.capture_exceptions() as caught:  # pytest-qt would otherwise fail the test itself
        window.chat.action.emit("copy", 0)
    for exc_type, value, tb in caught:
        reporter.excepthook(exc_type, value, tb)
    qtbot.waitUntil(lambda: bool(shown))
    qtbot.addWidget(shown[0])
    assert "ZeroDivisionError: an injected bug" in shown[0].details.toPlainText()


def test_settings_are_saved_and_the_api_key_never_goes_to_settings(make_window, run, bedrock_tls, settings_store):
    window = make_window()

    async def scenario():
        window.open_settings()
        await until(lambda: getattr(window, "settings_dialog", None) is not None, message="the dialog")

    run(scenario())
    dialog = window.settings_dialog
    assert dialog.isVisible() and dialog.result() == 0
    dialog._editors["chat/max_tokens"].setValue(2000)
    dialog._editors["bedrock/region"].set_region("eu-north-1")
    dialog.api_key.setText("my-bedrock-key-123456")
    dialog.accept()
    assert settings_store["chat/max_tokens"] == 2000 and settings_store["bedrock/region"] == "eu-north-1"
    assert window.region.region == "eu-north-1"
    assert "my-bedrock-key-123456" not in repr(settings_store)
    assert (
        window.workspace.choices.connection().api_key == "my-bedrock-key-123456"
    )  # kept for the session (no keychain here)
    assert "only until pixdesk quits" in window.banner.text


def test_test_connection_reports_in_words(make_window, run, bedrock_tls):
    window = make_window()

    async def scenario():
        window.open_settings()
        await until(lambda: getattr(window, "settings_dialog", None) is not None)
        dialog = window.settings_dialog
        dialog.api_key.setText("a-key")
        dialog.test_button.click()
        await until(lambda: "Connected" in dialog.test_result.text(), message="the result")

    run(scenario())
    assert "US East (N. Virginia)" in window.settings_dialog.test_result.text()
    assert bedrock_tls.requests[0].bearer_token == "a-key"
    assert isinstance(window.settings_dialog, QDialog)


def test_pyside_release_in_use_survives_many_void_calls():
    """PySide6 6.12.0 over-releases None on calls like QTextDocument.setPlainText and crashes
    Python < 3.12 after a few thousand; pyproject pins around it. This guards the pin."""
    code = (
        "import os; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
        "from PySide6.QtWidgets import QApplication\nfrom PySide6.QtGui import QTextDocument\n"
        "app = QApplication([])\nfor _ in range(20000): QTextDocument().setPlainText('x')\nprint('ok')"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-500:]
