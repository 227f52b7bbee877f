"""What the window offers under the organisation's locks (issue #16): a busy Bedrock's countdown
does not offer "Try Flex" when the tier is locked, nor "Try another region" when the region is;
"Sign in with your company's AWS access…" is off, saying why, when IT set the sign-in."""

from __future__ import annotations

import pytest

from helpers import until
from pixdesk.bedrock.client import ClientFactory, ClientSettings
from pixdesk.bedrock.stream import BedrockEngine, RetryPolicy
from pixdesk.managed import Policy
from pixdesk.secrets import ApiKeyStore
from pixdesk.services.workspace import Workspace
from pixdesk.settings import Settings
from pixdesk.testing.server import Fault
from pixdesk.ui.main_window import MainWindow
from pixdesk.ui.settings_dialog import SettingsDialog


def _locked(key: str, value: str) -> Policy:
    return Policy({key: value}, frozenset({key}), source="test")


def _window(qtbot, executor, policy: Policy) -> MainWindow:
    engine = BedrockEngine(ClientFactory(ClientSettings(connect_timeout_s=2.0)), RetryPolicy(base_delay_s=0.01))
    workspace = Workspace(engine, Settings({}, policy), executor, keys=ApiKeyStore())
    window = MainWindow(workspace, prefs={})
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize(
    ("policy", "offered", "left_out"),
    [
        (Policy(), ["Try Flex", "Try another region", "Cancel"], []),
        (_locked("bedrock/tier", "priority"), ["Try another region", "Cancel"], ["Try Flex"]),
        (_locked("bedrock/region", "eu-west-1"), ["Try Flex", "Cancel"], ["Try another region"]),
    ],
    ids=["no policy", "tier locked", "region locked"],
)
def test_a_busy_bedrock_offers_only_what_the_organisation_leaves_open(
    qtbot, executor, run, bedrock, policy, offered, left_out
):
    bedrock.inject(Fault.error("ThrottlingException", times=3))
    window = _window(qtbot, executor, policy)
    window.session.throttle_wait = lambda error, attempt: 600.0
    try:

        async def scenario():
            window.session.ask("Busy?")
            await until(lambda: window.session.counting_down, message="the countdown")
            await until(lambda: "Cancel" in window.chat.toPlainText(), message="the countdown's actions")

        run(scenario())
        text = window.chat.toPlainText()
        assert all(words in text for words in offered)
        assert not any(words in text for words in left_out)
    finally:
        window.session.stop()


def test_only_one_allowed_region_offers_no_other(qtbot, executor, monkeypatch):
    monkeypatch.setattr(Policy, "allowed_regions", lambda self: ["eu-west-1"])  # (no geography has one yet)
    window = _window(qtbot, executor, Policy())
    assert window.chat.alternatives == ("try-flex",)


def test_a_locked_sign_in_turns_off_signing_in_with_company_access(qtbot, executor, run):
    policy = _locked("aws/profile", "corp")
    window = _window(qtbot, executor, policy)
    try:
        welcome = window.welcome
        assert not welcome.sso_button.isEnabled()
        assert welcome.sso_button.toolTip() == "Set by your organisation"
        assert welcome.sso_button.accessibleDescription() == "Set by your organisation"
        assert welcome.buttons[""].isEnabled()  # Check again still works
    finally:
        window.session.stop()
    dialog = SettingsDialog(Settings({}, policy), ["corp"], None, keychain=False)
    qtbot.addWidget(dialog)
    assert not dialog.sso_button.isEnabled() and dialog.sso_button.toolTip() == "Set by your organisation"


def test_without_a_lock_signing_in_with_company_access_is_offered(qtbot, executor):
    window = _window(qtbot, executor, _locked("bedrock/tier", "flex"))
    try:
        assert window.welcome.sso_button.isEnabled()
    finally:
        window.session.stop()
    dialog = SettingsDialog(Settings({}), [], None, keychain=False)
    qtbot.addWidget(dialog)
    assert dialog.sso_button.isEnabled()


def test_an_alternative_the_organisation_locked_since_is_refused_in_words(qtbot, executor, run, bedrock, german):
    """ "Try Flex" pressed in an answer drawn before IT locked the tier: pixdesk keeps trying with
    the tier set for everyone and says so, in the window's language; nothing is asked with Flex."""
    bedrock.inject(Fault.error("ThrottlingException", times=3))
    window = _window(qtbot, executor, _locked("bedrock/tier", "standard"))
    window.session.throttle_wait = lambda error, attempt: 600.0
    try:

        async def scenario():
            window.session.ask("Busy?")
            await until(lambda: window.session.counting_down, message="the countdown")
            window.chat.action.emit("try-flex", 0)

        run(scenario())
        assert window.banner.text == "Tempo und Preis legt Ihre Organisation fest: pixdesk versucht es weiter damit."
        assert window.session.counting_down  # the wait goes on, with the tier set for everyone
        assert all(request.body.get("serviceTier", {}).get("type") != "flex" for request in bedrock.requests)
    finally:
        window.session.stop()
