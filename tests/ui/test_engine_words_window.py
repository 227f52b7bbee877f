"""The engine's sentences in the window's language: an error from Bedrock (through the local
server, botocore unchanged) is shown in German — its message and its next step, each translated,
the region's name too — and so is the toolbar's sign-in label; the English source stays English."""

from __future__ import annotations

from helpers import asked_in_window
from pixdesk.bedrock.errors import _service_error
from pixdesk.testing.server import Fault
from pixdesk.ui import i18n
from pixdesk.words import Grouped, joined, translate


def test_a_refused_question_is_said_in_german(german, make_window, run, bedrock):
    window = make_window()
    bedrock.inject(Fault.parse("denied"))
    run(asked_in_window(window, "Was steht auf dieser Rechnung?"))
    shown = window.chat.toPlainText()
    assert "Ihr AWS-Konto hat keinen Zugriff auf Pixtral Large in USA Ost (Nord-Virginia) (us-east-1) erhalten" in shown
    assert "Beantragen Sie den Modellzugriff in der Amazon-Bedrock-Konsole" in shown
    assert "has not been granted" not in shown and "Request model access" not in shown


def test_the_sign_in_label_is_said_in_german(german, make_window, run, bedrock, monkeypatch):
    window = make_window()
    run(window.check_credentials())
    assert window.credentials_button.text() == "Angemeldet (von Ihrem IT-Team eingerichtet)"
    monkeypatch.delenv("AWS_ACCESS_KEY_ID", raising=False)
    run(window.check_credentials())
    assert window.credentials_button.text() == "Nicht angemeldet"
    assert "pixdesk hat auf diesem Computer keine AWS-Anmeldung gefunden." in window.credentials_button.toolTip()


def test_translated_fills_translated_values_and_numbers_the_languages_way(german):
    said = translate(
        "quota", "This request needs about {tokens} tokens, more than the quota allows ({limit} a minute)."
    )
    said = said.format(tokens=Grouped(123456), limit=Grouped(20000))
    assert i18n.translated(said) == (
        "Diese Anfrage braucht etwa 123.456 Token, mehr als das Kontingent erlaubt (20.000 pro Minute)."
    )
    error = _service_error("ThrottlingException", "Rate exceeded", "us-east-1")
    assert i18n.error_sentence(error) == (
        "Bedrock begrenzt gerade, wie schnell dieses Konto Fragen stellen kann. "
        "Warten Sie kurz und versuchen Sie es erneut."
    )
    assert i18n.translated(joined("scan.png", translate("errors", "Try again."))) == "scan.png Versuchen Sie es erneut."
    assert i18n.translated("plain words from elsewhere") == "plain words from elsewhere"


def test_without_a_translation_the_window_shows_the_english_source(make_window, run, bedrock):
    error = _service_error("ThrottlingException", "Rate exceeded", "us-east-1")
    assert i18n.error_sentence(error) == error.sentence()
    window = make_window()
    run(window.check_credentials())
    assert window.credentials_button.text() == "Signed in (set up by your IT team)"
