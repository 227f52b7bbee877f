"""An empty conversation shows the drop zone, the ways in and starter questions; the paperclip
and Open… start in a sensible folder; New chat leaves no notice from the previous conversation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from helpers import until
from pixdesk.services.chat import Status
from pixdesk.ui import folders
from pixdesk.ui.empty_state import STARTERS, TITLE, EmptyState


def _dialog(window) -> QFileDialog:
    return next(d for d in window.findChildren(QFileDialog) if d.isVisible())


def test_an_empty_conversation_says_what_to_do(make_window, run, bedrock):
    window = make_window(prefs={})
    run(window.check_credentials())
    assert window.stack.currentWidget() is window.empty_state
    assert window.empty_state.title.text() == TITLE == "Drop a screenshot or a scanned page"
    words = [b.text() for b in (window.empty_state.open_button, window.empty_state.paste_button)]
    assert words == ["Open…", "Paste"] and window.empty_state.review_button.text() == "Review a document…"
    assert [b.text() for b in window.empty_state.starter_buttons] == list(STARTERS)


def test_a_starter_fills_the_question_without_sending(make_window, run, bedrock):
    window = make_window(prefs={})
    window.empty_state.starter_buttons[1].click()
    assert window.composer.text == "Transcribe this page"
    assert window.session.exchanges == [] and bedrock.requests == []
    assert window.focusWidget() is window.composer.edit


def test_the_conversation_replaces_the_empty_state_and_new_chat_brings_it_back(make_window, run, bedrock):
    window = make_window(prefs={})

    async def scenario():
        window.composer.set_text("hello")
        window.send()
        await until(lambda: window.session.exchanges and window.session.exchanges[0].status is Status.DONE)

    run(scenario())
    assert window.stack.currentWidget() is window.chat
    window.new_chat()
    assert window.stack.currentWidget() is window.empty_state


def test_new_chat_hides_the_closed_mid_answer_banner(make_window, run, bedrock):
    window = make_window(prefs={})
    window.start(interrupted=None)
    window.banner.say("pixdesk was closed while an answer was being written.", seconds=None)
    assert window.banner.isVisible()
    window.new_chat()
    assert not window.banner.isVisible() and window.banner.text == ""


def test_paste_with_no_image_says_so(make_window, bedrock):
    window = make_window(prefs={})
    QApplication.clipboard().setText("just words")
    window.empty_state.paste_button.click()
    assert "no image" in window.banner.text


def test_the_paperclip_opens_the_file_dialog_in_pictures_then_the_last_folder(make_window, bedrock, tmp_path):
    prefs: dict = {}
    window = make_window(prefs=prefs)
    window.composer.attach.click()
    dialog = _dialog(window)
    assert Path(dialog.directory().absolutePath()) == Path(folders.default_folder())
    assert Path(folders.default_folder()) != Path.cwd()
    chosen = tmp_path / "scans"
    chosen.mkdir()
    (chosen / "page.png").write_bytes(b"")
    dialog.filesSelected.emit([str(chosen / "page.png")])
    dialog.close()
    window.empty_state.open_button.click()
    assert Path(_dialog(window).directory().absolutePath()) == chosen
    assert prefs[folders.LAST_FOLDER_KEY] == str(chosen)


def test_the_conversation_built_after_the_first_frame_keeps_its_place_in_the_tab_order(make_window):
    """The conversation's view comes after the first frame (the empty state stands in for it), yet
    Tab reaches it where it stood when it was built with the window: just before the empty state's
    first button, after the toolbar."""
    window = make_window()
    assert window._chat_view is None  # the first frame did without it
    view = window.chat
    reached, widget = [], view.nextInFocusChain()
    while widget is not view:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            reached.append(widget)
        widget = widget.nextInFocusChain()
    assert reached[0] is window.empty_state.findChildren(QPushButton)[0]  # "Open…", right after it
    assert window.toolbar.isAncestorOf(reached[-1])  # and the toolbar's last control just before it


def test_a_short_drop_zone_leaves_out_the_starters_then_the_picture_rather_than_squeezing(qtbot):
    """A small laptop at 150 %, with an image and its warning above the question box, leaves the
    empty state ~200 px: the starter questions (then the picture, then the hint) step aside, and
    what stays keeps its full height — squeezed, the buttons were unreadable slivers."""
    state = EmptyState()
    qtbot.addWidget(state)
    state.resize(700, 600)
    state.show()
    qtbot.waitExposed(state)
    everything = [state.picture, state.title, state.hint, state.open_button, state.starters_heading]
    assert all(widget.isVisible() for widget in everything + state.starter_buttons)

    state.resize(700, 190)
    qtbot.waitUntil(lambda: not state.starters_heading.isVisible())
    assert not any(button.isVisible() for button in state.starter_buttons)
    shown = [w for w in (state.picture, state.title, state.hint, state.open_button) if w.isVisible()]
    assert state.title in shown and state.open_button in shown
    for widget in shown:
        assert widget.height() >= widget.minimumSizeHint().height(), widget
        assert state.rect().contains(widget.geometry().translated(widget.parentWidget().pos())), widget

    state.resize(700, 600)  # room again: all of it comes back
    qtbot.waitUntil(lambda: all(widget.isVisible() for widget in everything + state.starter_buttons))
