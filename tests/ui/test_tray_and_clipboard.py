"""The tray icon, closing to the tray (asked once), the Capture settings, and the clipboard watch
(off by default; offers a new screenshot quietly and attaches it in one click, never sending)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QKeySequenceEdit, QMessageBox

from helpers import until
from pixdesk.settings import Settings
from pixdesk.ui import desktop as desktop_module
from pixdesk.ui.clipboard_offer import question
from pixdesk.ui.clipboard_watch import mark_own_copy
from pixdesk.ui.global_shortcut import GlobalShortcut, no_desktop
from pixdesk.ui.settings_dialog import KEEP_IN_TRAY_FIELD, SHORTCUT_FIELD, SettingsDialog
from pixdesk.ui.tray import ASK_TITLE, NO_TRAY


def _image(width: int, height: int, colour: str) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    return image


@pytest.fixture
def with_tray(monkeypatch):
    """A desktop with a tray (offscreen Qt has none); Quit records instead of ending the test's app."""
    quits: list[bool] = []

    class Application:
        @staticmethod
        def quit() -> None:
            quits.append(True)

    monkeypatch.setattr(desktop_module, "tray_available", lambda: True)
    monkeypatch.setattr(desktop_module, "QCoreApplication", Application)
    return quits


def _button(box: QMessageBox, text: str):
    return next(button for button in box.buttons() if button.text().replace("&", "") == text)


# --- Settings ----------------------------------------------------------------------------------------


def test_capture_settings_start_with_the_defaults_and_say_whether_the_shortcut_works(qtbot, monkeypatch):
    from pixdesk.ui import global_shortcut

    monkeypatch.setattr(global_shortcut, "_register_function", lambda backend: pytest.fail("not before saving"))
    store: dict = {}
    shortcut = GlobalShortcut(backend="x11")
    dialog = SettingsDialog(Settings(store), [], None, keychain=False, shortcut_check=shortcut.check)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.focus_field(SHORTCUT_FIELD)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Capture"
    keys = dialog.field(SHORTCUT_FIELD)
    assert isinstance(keys, QKeySequenceEdit)
    assert keys.keySequence().toString() == "Ctrl+Alt+S"
    assert "Ctrl+Alt+S will capture from any program" in dialog.shortcut_status.text()
    clipboard, keep = dialog.field("capture/offer_clipboard"), dialog.field(KEEP_IN_TRAY_FIELD)
    assert isinstance(clipboard, QCheckBox) and not clipboard.isChecked()  # off by default
    assert clipboard.text() == "Offer screenshots copied to the clipboard"
    assert isinstance(keep, QCheckBox) and not keep.isChecked() and keep.isEnabled()

    # One modifier would take the key from every program: said at once, under the field.
    keys.setFocus()
    QTest.keyClick(keys, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "two of Ctrl, Alt and Shift" in dialog.shortcut_status.text())
    keys.clear()
    QTest.keyClick(keys, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "Ctrl+Alt+D will capture" in dialog.shortcut_status.text())
    clipboard.setChecked(True)
    dialog.save()
    assert store["capture/global_shortcut"] == "Ctrl+Alt+D"
    assert store["capture/offer_clipboard"] is True


def test_without_a_tray_the_keep_option_is_off_and_settings_says_why(make_window, run, qtbot):
    window = make_window()  # offscreen: no tray, no global shortcut
    assert window.desktop.tray is None

    async def scenario():
        window.open_settings(KEEP_IN_TRAY_FIELD)
        await until(lambda: window.settings_dialog is not None and window.settings_dialog.isVisible())

    run(scenario())
    dialog = window.settings_dialog
    assert not dialog.field(KEEP_IN_TRAY_FIELD).isEnabled()
    assert any(
        label.text() == NO_TRAY and label.isVisible() for label in dialog.findChildren(type(dialog.shortcut_status))
    )
    assert dialog.shortcut_status.text() == no_desktop()  # in plain words, with the in-window shortcut
    dialog.reject()
    window.close()
    assert not window.isVisible()  # closing quits as before: no question


# --- the tray and closing to it --------------------------------------------------------------------------


def test_the_tray_menu_captures_shows_and_quits(make_window, with_tray, monkeypatch):
    window = make_window()
    captured: list[str] = []
    monkeypatch.setattr(window, "start_capture", lambda mode="region": captured.append(mode))
    tray = window.desktop.tray
    assert tray is not None
    assert [a.text() for a in tray.menu.actions() if not a.isSeparator()] == [
        "Capture region",
        "Capture window",
        "Show pixdesk",
        "Quit",
    ]
    tray.capture_region_action.trigger()
    tray.capture_window_action.trigger()
    assert captured == ["region", "window"]
    window.hide()
    tray.show_action.trigger()
    assert window.isVisible()
    window.settings.set("desktop/keep_in_tray", True)  # even so, Quit quits
    tray.quit_action.trigger()
    assert not window.isVisible() and with_tray == [True]
    assert window.desktop.closing.question is None


def test_closing_asks_once_then_keeps_pixdesk_in_the_tray(make_window, with_tray, settings_store, qtbot):
    window = make_window()
    window.close()
    box = window.desktop.closing.question
    assert box is not None and box.text() == ASK_TITLE
    assert window.isVisible()  # nothing happens until the person answers
    QTest.mouseClick(_button(box, "Keep running in the tray"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert settings_store["desktop/keep_in_tray"] is True and settings_store["desktop/tray_asked"] is True
    assert not QGuiApplication.quitOnLastWindowClosed()  # hidden: another window closing must not quit
    window.desktop.tray.show_window()
    assert QGuiApplication.quitOnLastWindowClosed()
    window.close()  # the second time: no question, straight to the tray
    assert window.desktop.closing.question is None
    assert not window.isVisible()
    assert with_tray == []  # still running


def test_cancel_asks_again_and_quit_is_remembered(make_window, with_tray, settings_store, qtbot):
    window = make_window()
    window.close()
    QTest.mouseClick(_button(window.desktop.closing.question, "Cancel"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.desktop.closing.question is None)
    assert window.isVisible() and "desktop/tray_asked" not in settings_store
    window.close()
    QTest.mouseClick(_button(window.desktop.closing.question, "Quit pixdesk"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert settings_store == {**settings_store, "desktop/keep_in_tray": False, "desktop/tray_asked": True}
    again = make_window()  # next time pixdesk runs: closing quits without asking
    again.close()
    assert again.desktop.closing.question is None and not again.isVisible()


# --- the clipboard watch --------------------------------------------------------------------------------


def _watch_calls(watch, monkeypatch) -> dict[str, list]:
    """What the watch looked at and finished considering (to wait on it rather than sleep)."""
    calls: dict[str, list] = {"looked": [], "done": [], "offered": []}
    looked, consider = watch._new_image, watch._consider

    def new_image():
        image = looked()
        calls["looked"].append(image)
        return image

    async def considered(*args, **kwargs):
        await consider(*args, **kwargs)
        calls["done"].append(args[0])

    monkeypatch.setattr(watch, "_new_image", new_image)
    monkeypatch.setattr(watch, "_consider", considered)
    watch.offered.connect(lambda image: calls["offered"].append(image.size().toTuple()))
    return calls


def test_the_clipboard_watch_is_off_by_default(make_window, monkeypatch):
    window = make_window()
    calls = _watch_calls(window.desktop.watch, monkeypatch)
    QGuiApplication.clipboard().setImage(_image(320, 200, "red"))
    assert not window.desktop.watch.enabled
    assert calls["looked"] == []  # not even read
    assert not window.desktop.offer_toast.isVisible()


def test_a_new_screenshot_is_offered_once_and_attached_in_one_click(
    make_window, run, settings_store, bedrock, monkeypatch
):
    clipboard = QGuiApplication.clipboard()
    clipboard.setImage(_image(100, 100, "white"))  # there before the watch: not offered
    settings_store["capture/offer_clipboard"] = True
    window = make_window()
    watch, offer = window.desktop.watch, window.desktop.offer_toast
    calls = _watch_calls(watch, monkeypatch)

    async def scenario():
        await until(lambda: watch._last is not None, message="what was on the clipboard, remembered")
        clipboard.setImage(_image(320, 200, "red"))
        await until(offer.isVisible, message="the offer")
        assert offer.text.text() == question()
        assert calls["offered"] == [(320, 200)]
        assert window.tray.attachments() == ()  # offered, not attached
        assert not bedrock.requests  # and nothing sent, ever, by the watch

        considered = len(calls["done"])
        clipboard.setImage(_image(320, 200, "red"))  # the same picture again: not offered again
        await until(lambda: len(calls["done"]) == considered + 1, message="the repeat considered")
        clipboard.setMimeData(mark_own_copy(_mime_with(_image(50, 60, "blue"))))  # pixdesk's own copy
        assert calls["looked"][-1] is None
        assert calls["offered"] == [(320, 200)]

        QTest.mouseClick(offer.attach_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.tray.attachments(), message="the attached screenshot")
        await window.tray.idle()

    run(scenario())
    assert [(a.width, a.height) for a in window.tray.attachments()] == [(320, 200)]
    assert not offer.isVisible()
    assert window.composer.text == "" and not bedrock.requests  # attaching sends nothing


def test_while_hidden_in_the_tray_the_offer_comes_from_the_tray_icon(
    make_window, run, settings_store, with_tray, monkeypatch
):
    settings_store.update({"capture/offer_clipboard": True, "desktop/keep_in_tray": True, "desktop/tray_asked": True})
    window = make_window()
    said: list[str] = []
    monkeypatch.setattr(window.desktop.tray, "say", lambda title, text, seconds=8: said.append(text))
    window.close()
    assert not window.isVisible()

    async def scenario():
        QGuiApplication.clipboard().setImage(_image(240, 160, "green"))
        await until(lambda: any("Ask pixdesk about this screenshot?" in text for text in said), message="the tray note")
        window.desktop.tray.icon.messageClicked.emit()  # the person clicks the desktop's notification
        await until(lambda: window.tray.attachments(), message="the attached screenshot")
        await window.tray.idle()

    run(scenario())
    assert window.isVisible()  # shown, with the screenshot attached
    assert [(a.width, a.height) for a in window.tray.attachments()] == [(240, 160)]


def _mime_with(image: QImage) -> QMimeData:
    mime = QMimeData()
    mime.setImageData(image)
    return mime
