"""Settings, Network: the three proxy choices in plain words, a proxy saved with its password kept
out of the settings, an address that is not one refused where it was typed, "Test connection"
through the proxy on screen (a real CONNECT proxy that inspects TLS), and the line that says
which proxy and certificates are in use."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from helpers import until
from pixdesk.domain import ProxyChoice, ProxyMode
from pixdesk.settings import Settings
from pixdesk.testing.proxy import InspectingProxy
from pixdesk.testing.server import LocalBedrock
from pixdesk.ui.proxy_settings import PROXY_ADDRESS_FIELD, PROXY_FIELD, PROXY_PASSWORD_FIELD, PROXY_USER_FIELD
from pixdesk.ui.settings_dialog import SettingsDialog

PASSWORD = "proxy-secret-42"


@pytest.fixture
def dialog(qtbot):
    shown = SettingsDialog(Settings({}), [], None, keychain=False)
    qtbot.addWidget(shown)
    shown.show()
    shown.focus_field(PROXY_FIELD)
    return shown


def _choose(dialog: SettingsDialog, title: str) -> None:
    button = next(b for b in dialog.network.modes.buttons() if b.text() == title)
    button.click()


def test_three_ways_to_reach_bedrock_in_plain_words(dialog):
    network = dialog.network
    assert [b.text() for b in network.modes.buttons()] == ["Use this computer's settings", "Use this proxy", "No proxy"]
    assert network.mode() is ProxyMode.SYSTEM
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Network"
    fields = [dialog.field(name) for name in (PROXY_ADDRESS_FIELD, PROXY_USER_FIELD, PROXY_PASSWORD_FIELD)]
    assert not any(field.isEnabled() for field in fields)  # they belong to "Use this proxy"
    labels = dialog.findChildren(QLabel)
    for field in fields:
        label = next(lab for lab in labels if lab.buddy() is field)
        assert field.accessibleName() == label.text()
        assert field.accessibleDescription().endswith(".")
        assert any(lab.text() == field.accessibleDescription() for lab in labels)  # on screen too
        assert field.toolTip()
    _choose(dialog, "Use this proxy")
    assert all(field.isEnabled() for field in fields)
    assert "keychain" in dialog.field(PROXY_PASSWORD_FIELD).accessibleDescription()


def test_an_address_that_is_not_one_is_refused_where_it_was_typed(dialog, qtbot):
    _choose(dialog, "Use this proxy")
    dialog.field(PROXY_ADDRESS_FIELD).setText("proxy.example.com")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0  # not saved, not closed
    assert dialog.network.address_problem.text() == "Add the proxy's port, as in proxy.example.com:8080."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.field(PROXY_ADDRESS_FIELD))
    dialog.field(PROXY_ADDRESS_FIELD).setText("proxy.example.com:8080")
    assert dialog.network.address_problem.isHidden()


def test_a_proxy_is_saved_and_its_password_never_goes_to_the_settings(make_window, run, settings_store):
    window = make_window()

    async def scenario():
        window.open_settings()
        await until(lambda: getattr(window, "settings_dialog", None) is not None, message="the dialog")

    run(scenario())
    dialog = window.settings_dialog
    _choose(dialog, "Use this proxy")
    dialog.field(PROXY_ADDRESS_FIELD).setText(" proxy.example.com:8080 ")
    dialog.field(PROXY_USER_FIELD).setText("jane")
    dialog.field(PROXY_PASSWORD_FIELD).setText(PASSWORD)
    dialog.accept()
    assert settings_store["network/proxy"] == "manual"
    assert settings_store["network/proxy_url"] == "proxy.example.com:8080"
    assert settings_store["network/proxy_user"] == "jane"
    assert PASSWORD not in repr(settings_store)
    proxy = window.workspace.choices.connection().proxy
    assert proxy == ProxyChoice(ProxyMode.MANUAL, "proxy.example.com:8080", "jane", PASSWORD)
    assert "proxy password is kept only until pixdesk quits" in window.banner.text  # (no keychain here)


def test_test_connection_goes_through_the_proxy_on_screen(make_window, run, settings_store, monkeypatch):
    with LocalBedrock() as server, InspectingProxy(server._httpd.server_address[:2], ("jane", PASSWORD)) as proxy:
        monkeypatch.setenv("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", "https://bedrock-runtime.pixdesk.test")
        monkeypatch.setenv("AWS_CA_BUNDLE", str(proxy.ca.cert_path))  # the company CA, as IT hands it out
        window = make_window()

        async def scenario():
            window.open_settings()
            await until(lambda: getattr(window, "settings_dialog", None) is not None, message="the dialog")
            dialog = window.settings_dialog
            dialog.api_key.setText("a-key")
            _choose(dialog, "Use this proxy")
            dialog.field(PROXY_ADDRESS_FIELD).setText(proxy.url)
            dialog.field(PROXY_USER_FIELD).setText("jane")
            dialog.field(PROXY_PASSWORD_FIELD).setText(PASSWORD)
            dialog.test_button.click()
            await until(lambda: dialog.test_result.text() not in ("", "Asking Pixtral Large…"), message="the result")

        run(scenario())
        assert "Connected" in window.settings_dialog.test_result.text()
        assert [(c.host, c.accepted) for c in proxy.connects] == [("bedrock-runtime.pixdesk.test", True)]
    assert server.requests[0].bearer_token == "a-key"
    assert "network/proxy" not in settings_store  # tried, not saved


def test_the_proxy_and_certificates_in_use_are_said_under_the_choices(make_window, run, monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.corp.example:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    window = make_window()

    async def scenario():
        window.open_settings()
        await until(lambda: getattr(window, "settings_dialog", None) is not None, message="the dialog")
        network = window.settings_dialog.network
        await until(lambda: bool(network.in_use.text()), message="the line")
        assert network.in_use.text().startswith("In use now: Proxy: proxy.corp.example:3128 (from the proxy variables)")
        assert "Certificates: " in network.in_use.text()
        _choose(window.settings_dialog, "No proxy")
        await until(lambda: "Proxy: none" in network.in_use.text(), message="the line for no proxy")

    run(scenario())
