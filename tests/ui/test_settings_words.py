"""Settings in sections with plain words, the keyboard path through them, the first-run panel's
buttons landing in the right field, the credential words, and the first-run panel staying while
pixdesk is still not signed in."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPlainTextEdit, QWidget

from helpers import DARK_PALETTE, until
from pixdesk import catalog
from pixdesk.bedrock import credentials
from pixdesk.services.chat import Status
from pixdesk.settings import SETTINGS, Settings
from pixdesk.ui.pickers import RegionPicker, TierPicker
from pixdesk.ui.readable import contrast, muted_text, status_colour
from pixdesk.ui.settings_dialog import API_KEY_FIELD, PROFILE_FIELD, SettingsDialog, sections

JARGON = re.compile(
    r"environment keys|credentials file|credential process|instance role|credential chain|inference profile",
    re.IGNORECASE,
)


@pytest.fixture
def dialog(qtbot):
    shown = SettingsDialog(Settings({}), ["work", "audit"], None, keychain=False)
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    return shown


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK_PALETTE.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    return palette


# --- sections and words --------------------------------------------------------------------------


def test_settings_come_in_six_sections_holding_every_setting_once(dialog):
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["Account", "Answers", "Capture", "Network", "Privacy", "Quota"]
    shown = [s.key for _title, members in sections() for s in members]
    assert sorted(shown) == sorted(s.key for s in SETTINGS if s.in_dialog)
    placed = {s.key: title for title, members in sections() for s in members}
    assert placed["aws/profile"] == "Account"
    assert placed["bedrock/tier"] == placed["chat/system_prompt"] == "Answers"
    assert placed["quota/tokens_per_day"] == "Quota"
    assert placed["capture/global_shortcut"] == placed["desktop/keep_in_tray"] == "Capture"


def _fields(dialog) -> dict[str, QWidget]:
    return {name: dialog.field(name) for name in [*(s.key for _t, m in sections() for s in m), API_KEY_FIELD]}


def test_every_field_is_named_by_its_label_and_explained_in_a_sentence(dialog):
    labels = dialog.findChildren(QLabel)
    for name, field in _fields(dialog).items():
        label = next((lab for lab in labels if lab.buddy() is field), None)
        assert label is not None, f"{name} has no label pointing at it"
        assert field.accessibleName() == label.text(), name
        explanation = field.accessibleDescription()
        assert explanation.endswith("."), f"{name}: no sentence under it"
        # …and that sentence is on screen, under the field, not only for screen readers.
        assert any(lab.text() == explanation for lab in labels), name
        assert not JARGON.search(label.text() + explanation), name
        if not isinstance(field, (RegionPicker, TierPicker)):  # the toolbar's pickers carry their own
            assert field.toolTip(), f"{name}: the exact AWS term belongs in the tooltip"


def test_the_speed_and_price_field_explains_the_tiers_with_the_catalogs_price(dialog):
    tier = dialog.field("bedrock/tier")
    words = tier.accessibleDescription()
    assert f"${catalog.STANDARD_PRICE.input_per_1k}" in words and "estimate" in words
    assert "Priority" in words and "Flex" in words
    assert [tier.itemText(i) for i in range(tier.count())] == [
        "Standard",
        "Priority (faster, costs more)",
        "Flex (cheaper, may wait)",
    ]


def test_settings_open_on_a_named_field(dialog):
    focused = dialog.focusWidget()
    assert focused is dialog.field(PROFILE_FIELD)
    assert focused.accessibleName() == "Company AWS sign-in"


# --- the keyboard path -----------------------------------------------------------------------------


def _tab_stops(dialog) -> list[QWidget]:
    """The widgets Tab reaches on the current section, in the order of the focus chain."""
    page = dialog.tabs.currentWidget()
    stops, widget = [], dialog.tabs
    for _ in range(500):
        widget = widget.nextInFocusChain()
        if widget is dialog.tabs:
            break
        if (
            page.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            stops.append(widget)
    return stops


@pytest.mark.parametrize("section", ["Account", "Answers", "Quota"])
def test_tab_goes_top_to_bottom_within_each_section(dialog, section):
    dialog.tabs.setCurrentIndex([dialog.tabs.tabText(i) for i in range(dialog.tabs.count())].index(section))
    stops = _tab_stops(dialog)
    assert len(stops) >= 2
    heights = [stop.mapTo(dialog, stop.rect().topLeft()).y() for stop in stops]
    assert heights == sorted(heights), [stop.accessibleName() for stop in stops]


def test_tab_leaves_the_instructions_field_and_reaches_every_later_field(dialog, qtbot):
    dialog.focus_field("chat/system_prompt")
    prompt = dialog.field("chat/system_prompt")
    assert isinstance(prompt, QPlainTextEdit)
    qtbot.waitUntil(lambda: prompt.hasFocus())
    QTest.keyClicks(prompt, "Be brief")
    later = [dialog.field("chat/temperature"), dialog.field("images/resolution")]
    save = next(b for b in dialog.findChildren(QAbstractButton) if b.text() == "Save")
    reached = []
    for _ in range(12):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is save:
            break
    assert prompt.toPlainText() == "Be brief"  # Tab was not typed into it
    assert [w for w in reached if w in later] == later  # each later field, in order
    assert reached[-1] is save


# --- the first-run panel ---------------------------------------------------------------------------


@pytest.mark.parametrize(("button", "field"), [(API_KEY_FIELD, API_KEY_FIELD), (PROFILE_FIELD, PROFILE_FIELD)])
def test_the_first_run_buttons_open_settings_in_their_field(make_window, run, button, field):
    window = make_window()

    async def scenario():
        await window.check_credentials()
        assert window.stack.currentWidget() is window.welcome
        window.welcome.buttons[button].click()
        await until(lambda: getattr(window, "settings_dialog", None) is not None, message="the dialog")

    run(scenario())
    dialog = window.settings_dialog
    assert dialog.focusWidget() is dialog.field(field)
    assert dialog.tabs.currentWidget().isAncestorOf(dialog.field(field))


def test_the_first_run_panel_speaks_plainly():
    from pixdesk.ui.welcome import WelcomePanel

    panel = WelcomePanel()
    try:
        words = " ".join(label.text() for label in panel.findChildren(QLabel))
        words += " ".join(button.text() for button in panel.findChildren(QAbstractButton))
        assert "your company's aws sign-in" in words.lower().replace("’", "'")
        assert "an api key" in words.lower() and "IT" in words
        assert not JARGON.search(words)
        assert "aws sso login" not in words.lower()  # no terminal command as the instruction
    finally:
        panel.deleteLater()


def test_the_first_run_panel_stays_after_a_failed_question_and_nothing_is_lost(make_window, run, bedrock_tls):
    """Not signed in, a question fails: the ways to connect stay (with a line saying the question
    is kept); after connecting, the chat comes back with the question, and Retry answers it."""
    window = make_window()

    async def scenario():
        await window.check_credentials()
        assert window.stack.currentWidget() is window.welcome
        window.composer.set_text("Why was order 10407 declined?")
        window.send()
        await until(lambda: window.session.exchanges and window.session.exchanges[-1].status is Status.FAILED)
        await until(lambda: "question is kept" in window.welcome.status.text(), message="the kept line")
        assert window.stack.currentWidget() is window.welcome
        assert window.welcome.status.isVisibleTo(window)
        assert [e.question for e in window.session.exchanges] == ["Why was order 10407 declined?"]

        window.open_settings()  # connect: an API key, as a person would
        await until(lambda: getattr(window, "settings_dialog", None) is not None, message="the dialog")
        window.settings_dialog.api_key.setText("a-key")
        window.settings_dialog.accept()
        await until(lambda: window.stack.currentWidget() is not window.welcome, message="the chat back")
        assert window.credentials_button.text() == "Signed in with an API key"
        assert "Why was order 10407 declined?" in window.chat.toPlainText()
        assert not window.welcome.status.isVisibleTo(window)

        window.chat.link_requested.emit(QUrl("pixdesk:retry/0"))
        await until(lambda: window.session.exchanges[-1].status is Status.DONE, message="the answer")

    run(scenario())
    assert bedrock_tls.requests[-1].bearer_token == "a-key"


# --- credential words ---------------------------------------------------------------------------------


def test_credential_words_are_plain_and_the_exact_method_is_in_the_tooltip(make_window, run, bedrock):
    window = make_window()
    run(window.check_credentials())
    assert window.credentials_button.text() == "Signed in (set up by your IT team)"
    assert "AWS_ACCESS_KEY_ID" in window.credentials_button.toolTip()
    for plain, _exact in credentials._METHODS.values():
        assert plain.startswith("Signed in") and not JARGON.search(plain)


# --- colours ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("palette", [QPalette(), _dark_palette()], ids=["light", "dark"])
def test_explanations_and_test_results_are_readable_in_light_and_dark(qapp, palette):
    window = palette.color(QPalette.ColorRole.Window)
    assert contrast(muted_text(palette), window) >= 4.5
    assert muted_text(palette) != palette.color(QPalette.ColorRole.WindowText)  # quieter than the text
    for ok in (True, False):
        assert contrast(status_colour(palette, ok), window) >= 4.5


def test_the_test_result_is_read_as_what_it_says(dialog):
    dialog.show_test_result("Connected: Pixtral Large answered <fast>.", ok=True)
    assert dialog.test_result.accessibleName() == "Connected: Pixtral Large answered <fast>."
    assert "&lt;fast&gt;" in dialog.test_result.text()  # shown as text, never as markup
