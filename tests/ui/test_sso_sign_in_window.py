"""Sign in with your company's AWS access, in the window: from the first-run panel through the
(fake) browser to a chosen role, then a real question answered with that sign-in; "Sign in again"
in one click when the sign-in is over; the device code where there is no browser; Cancel."""

from __future__ import annotations

import json
import threading
import urllib.error

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from helpers import until
from pixdesk.bedrock import sso_files
from pixdesk.services.chat import Status
from pixdesk.services.connection import CredentialState
from pixdesk.testing.server import LocalBedrock
from pixdesk.testing.sso_server import START_URL


@pytest.fixture
def bedrock_for_roles(monkeypatch):
    """The local Bedrock server; no access keys anywhere but those the sign-in gets."""
    server = LocalBedrock().start()
    for name, value in server.env().items():
        monkeypatch.setenv(name, value)
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def sign_in_threads_end_before_the_loop(run):
    """Every thread a sign-in started has ended before the test's event loop closes: a thread
    handing its result to a closed qasync loop would post into freed Qt objects."""
    yield
    for thread in threading.enumerate():
        if thread.name.startswith("pixdesk-sso-"):
            thread.join(timeout=5)
    assert not [t for t in threading.enumerate() if t.name.startswith("pixdesk-sso-") and t.is_alive()]


def _loopback_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "pixdesk-sso-loopback" and t.is_alive()]


async def _signed_in_through_the_dialog(window, sso_portal, role: str) -> None:
    window.welcome.sso_button.click()
    await until(lambda: window.sso.dialog is not None and window.sso.dialog.isVisible(), message="the dialog")
    dialog = window.sso.dialog
    assert dialog.pages.currentWidget() is dialog.start_page
    QTest.keyClicks(dialog.start_url, START_URL)
    dialog.region.setCurrentIndex(dialog.region.findData("eu-central-1"))
    assert dialog.next_button.text() == "Continue in browser"
    dialog.next_button.click()
    await until(lambda: window.opened_urls, message="the browser to be opened")
    assert dialog.pages.currentWidget() is dialog.browser_page
    assert not dialog.code.isVisible() and dialog.use_code_button.isVisible()
    status, page = sso_portal.browse(window.opened_urls[-1])  # the person signs in in the browser
    assert status == 200 and "You can close this tab" in page
    await until(lambda: dialog.pages.currentWidget() is dialog.roles_page, message="the roles")
    titles = [dialog.roles.item(i).text() for i in range(dialog.roles.count())]
    assert titles == [
        "Production (111122223333) — PowerUser",
        "Production (111122223333) — ReadOnly",
        "Sandbox (444455556666) — Developer",
    ]
    dialog.roles.setCurrentRow(titles.index(role))
    assert dialog.next_button.text() == "Use this account"
    dialog.next_button.click()
    await until(lambda: window.sso.dialog is None, message="the dialog to close")


def test_first_run_sign_in_through_the_browser_then_a_question_is_answered(
    make_window, run, sso_portal, bedrock_for_roles, settings_store
):
    window = make_window()

    async def scenario():
        await window.check_credentials()
        assert window.stack.currentWidget() is window.welcome
        await _signed_in_through_the_dialog(window, sso_portal, "Production (111122223333) — ReadOnly")
        await until(
            lambda: window.sign_in.status is not None and window.sign_in.status.state is CredentialState.READY,
            message="the new sign-in to be checked",
        )
        assert window.stack.currentWidget() is not window.welcome
        window.composer.edit.setFocus()
        window.composer.set_text("Reply with the single word OK.")
        QTest.keyClick(window.composer.edit, Qt.Key.Key_Return)
        await until(lambda: window.session.exchanges and window.session.exchanges[0].status is Status.DONE)

    run(scenario())
    assert window.settings.get("aws/profile") == "Production-ReadOnly"
    assert window.credentials_button.text() == "Signed in (company AWS sign-in)"
    assert "renews by itself" in window.credentials_button.toolTip()
    assert bedrock_for_roles.requests[-1].access_key_id == sso_portal.issued_access_keys[-1]


def test_an_ended_sign_in_is_renewed_in_one_click(make_window, run, sso_portal, bedrock_for_roles):
    sso_portal.refresh_tokens = False
    window = make_window()

    async def scenario():
        await window.check_credentials()
        await _signed_in_through_the_dialog(window, sso_portal, "Sandbox (444455556666) — Developer")
        await until(lambda: window.sign_in.status and window.sign_in.status.state is CredentialState.READY)
        assert window.credentials_button.text().startswith("Signed in until ")
        # The sign-in's time is over (no refresh token): the toolbar offers to sign in again.
        sso_portal.expire_tokens()
        cache = sso_files.token_cache_path("pixdesk-test")
        record = json.loads(cache.read_text())
        cache.write_text(json.dumps({**record, "expiresAt": "2020-01-01T00:00:00Z"}))
        await window.check_credentials()
        assert window.sign_in.status.state is CredentialState.EXPIRED
        assert window.credentials_button.text() == "Sign in again"
        assert window.banner.action_button.text() == "Sign in again"
        assert window.banner.text == "Your company's AWS sign-in has ended. Sign in again to carry on."
        opened = len(window.opened_urls)
        window.credentials_button.click()
        await until(lambda: len(window.opened_urls) > opened, message="the browser to be opened again")
        dialog = window.sso.dialog
        assert dialog.pages.currentWidget() is dialog.browser_page  # no address, region or role asked again
        sso_portal.browse(window.opened_urls[-1])
        await until(lambda: window.sso.dialog is None, message="the dialog to close")
        await until(lambda: window.sign_in.status.state is CredentialState.READY, message="signed in again")

    run(scenario())
    assert window.settings.get("aws/profile") == "Sandbox-Developer"
    assert window.credentials_button.text().startswith("Signed in until ")


def test_without_a_browser_a_code_is_shown_to_type_on_another_device(make_window, run, sso_portal, qapp):
    window = make_window()
    window.sso.open_url = lambda url: False  # this computer has no browser to open

    async def scenario():
        window.sso.sign_in()
        await until(lambda: window.sso.dialog is not None)
        dialog = window.sso.dialog
        dialog.sign_in.device_options = {"poll_every_s": 0.02}
        dialog.start_url.setText(START_URL)
        dialog.next_button.click()
        await until(lambda: dialog.code.isVisible() and dialog.code.text(), message="the code")
        assert dialog.address.text() == f"{sso_portal.url}/device"
        dialog.copy_button.click()
        assert QGuiApplication.clipboard().text() == dialog.code.text()
        sso_portal.browse(f"{sso_portal.url}/device?user_code={dialog.code.text()}")  # typed on a phone
        await until(lambda: dialog.pages.currentWidget() is dialog.roles_page, message="the roles")
        dialog.reject()

    run(scenario())
    assert "CreateToken:device_code=ok" in sso_portal.operations()


def test_a_wrong_address_is_said_on_the_first_page(make_window, run, sso_portal):
    window = make_window()

    async def scenario():
        window.sso.sign_in()
        await until(lambda: window.sso.dialog is not None)
        dialog = window.sso.dialog
        dialog.start_url.setText("https://not-ours.awsapps.com/start")
        dialog.next_button.click()
        await until(lambda: dialog.start_error.isVisible(), message="the error")
        assert dialog.start_error.text().startswith("pixdesk could not find that sign-in page.")
        assert dialog.pages.currentWidget() is dialog.start_page and dialog.next_button.isEnabled()
        assert not window.opened_urls

    run(scenario())


def test_cancel_while_waiting_for_the_browser_stops_the_sign_in(make_window, run, sso_portal):
    window = make_window()

    async def scenario():
        window.sso.sign_in()
        await until(lambda: window.sso.dialog is not None)
        dialog = window.sso.dialog
        dialog.start_url.setText(START_URL)
        dialog.next_button.click()
        await until(lambda: window.opened_urls, message="the browser to be opened")
        dialog.cancel_button.click()
        await until(lambda: window.sso.dialog is None)
        await until(lambda: not _loopback_threads(), message="the loopback server to close")
        with pytest.raises(urllib.error.URLError):  # signing in afterwards finds nobody waiting
            sso_portal.browse(window.opened_urls[-1])

    run(scenario())
    assert window.settings.get("aws/profile") == ""


def test_when_the_sign_in_ends_the_toolbar_offers_to_sign_in_again_by_itself(make_window, run, sso_portal):
    sso_portal.refresh_tokens = False
    sso_portal.token_lifetime_s = 2  # a sign-in that ends in two seconds, with no refresh token
    window = make_window()

    async def scenario():
        await window.check_credentials()
        await _signed_in_through_the_dialog(window, sso_portal, "Sandbox (444455556666) — Developer")
        await until(lambda: window.sign_in.status and window.sign_in.status.state is CredentialState.READY)
        assert window.credentials_button.text().startswith("Signed in until ")
        # Nobody asks anything: pixdesk looks again when the sign-in ends.
        await until(lambda: window.credentials_button.text() == "Sign in again", message="the sign-in to end")
        assert window.sign_in.status.state is CredentialState.EXPIRED

    run(scenario())


def test_the_address_comes_from_settings_and_is_fixed_when_the_organisation_sets_it(make_window, run, sso_portal):
    from pixdesk.managed import Policy

    window = make_window()
    window.settings.policy = Policy(values={"aws/sso_start_url": START_URL}, locked=frozenset({"aws/sso_start_url"}))

    async def scenario():
        window.sso.sign_in()
        await until(lambda: window.sso.dialog is not None)
        dialog = window.sso.dialog
        assert dialog.start_url.text() == START_URL and dialog.start_url.isReadOnly()
        dialog.reject()

    run(scenario())
