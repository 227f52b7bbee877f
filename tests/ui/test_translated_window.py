"""The window in the person's language: install_translations() loads pixdesk's catalogue and Qt's
own (the standard buttons), and makes the language's locale the default, so the window, its
Settings and its numbers and dates come out in German. The language follows the system unless
Settings says otherwise."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLabel

from pixdesk.settings import Settings
from pixdesk.ui import i18n
from pixdesk.ui.history_dates import date_and_time, group_of
from pixdesk.ui.settings_dialog import SettingsDialog


@pytest.mark.parametrize(
    ("choice", "system", "language"),
    [
        ("system", ["de-CH", "en-GB"], "de"),
        ("system", ["it-IT", "fr-FR"], "fr"),  # the first one pixdesk speaks
        ("system", ["it-IT"], "en"),
        ("system", ["C"], "en"),
        ("es", ["de-DE"], "es"),  # Settings overrides the system
        ("en", ["fr-FR"], "en"),
    ],
)
def test_the_language_follows_the_system_unless_settings_chose_one(choice, system, language):
    assert i18n.language_for(choice, system) == language


def test_the_language_setting_offers_the_system_and_each_language():
    setting = Settings.declared("ui/language")
    assert setting.default == "system" and setting.choices == ("system", "en", "de", "fr", "es")


def test_the_window_speaks_german(german, make_window, run, bedrock):
    window = make_window(prefs={})
    run(window.check_credentials())
    assert window.composer.button.text() == "Senden"
    assert [a.text() for a in window.menuBar().actions()][:3] == ["&Datei", "&Bearbeiten", "&Ansicht"]
    assert window.menuBar().actions()[-1].text() == "&Hilfe"  # Help stays last: found by object, not by its words
    assert window.empty_state.title.text() == "Screenshot oder gescannte Seite hier ablegen"
    assert window.region.currentText() == "USA Ost (Nord-Virginia)"
    toolbar_labels = [label.text() for label in window.region_box.findChildren(QLabel)]
    assert toolbar_labels == ["Verarbeitung in"]
    starter = window.empty_state.starter_buttons[1]
    starter.click()
    assert window.composer.text == "Diese Seite abschreiben"  # the question goes in the person's language


def test_settings_and_qts_own_buttons_speak_german(german, qtbot):
    dialog = SettingsDialog(Settings({}), [], None, keychain=False)
    qtbot.addWidget(dialog)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs[:2] == ["Konto", "Antworten"]
    assert dialog.test_button.text() == "Verbindung testen"
    buttons = dialog.findChild(QDialogButtonBox)
    assert sorted(b.text() for b in buttons.buttons()) == ["Abbrechen", "Speichern"]  # qtbase_de.qm
    language = dialog.field("ui/language")
    assert isinstance(language, QComboBox) and language.currentText() == "Wie dieser Computer"
    assert "nächsten Start" in language.accessibleDescription()  # a change applies on the next start
    assert "0,002 $" in dialog.field("bedrock/tier").accessibleDescription()  # the price, written the German way


def test_numbers_and_dates_follow_the_language(german):
    assert i18n.number(12345) == "12.345" and i18n.money(0.0123) == "0,0123\xa0$"  # (a no-break space)
    today = datetime.date(2025, 6, 1)
    assert group_of(datetime.datetime(2025, 2, 11, 8, 0), today) == "Februar 2025"
    assert group_of(datetime.datetime(2025, 6, 1, 8, 0), today) == "Heute"
    assert date_and_time(datetime.datetime(2025, 3, 4, 9, 5)) == "4. März 2025, 09:05"


def test_english_is_the_source_text_with_english_plurals(qapp):
    assert QApplication.translate("history_panel", "{date} · %n question(s)", None, 1) == "{date} · 1 question(s)"
    assert i18n.translate("history_panel", "{date} · %n question(s)", None, 1) == "{date} · 1 question"
    assert i18n.translate("history_panel", "{date} · %n question(s)", None, 3) == "{date} · 3 questions"
    assert i18n.number(12345) == "12,345" and i18n.money(0.0123) == "$0.0123"  # a "C" system: US English digits
