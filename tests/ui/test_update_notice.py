"""New versions in the window, against the local release feed: off until the person asks (first
run or Settings), at most once a day, never while an answer is being written, a calm notice →
the release notes → the download page in the browser; Help ▸ Check for updates… says how it is."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from helpers import until
from pixdesk import __version__
from pixdesk.services.chat import Status
from pixdesk.services.updates import FEED_URL_VARIABLE, stamp
from pixdesk.testing.release_feed import LocalReleaseFeed, closed_port_url

NOTES = "## What's new\n\n- **Faster** answers\n- Clearer errors\n\n![tracker](http://tracker.example/pixel.png)"
PAGE = "https://github.com/pixdesk/pixdesk/releases/tag/v99.0.0"


@pytest.fixture
def feed(monkeypatch):
    with LocalReleaseFeed() as server:
        monkeypatch.setenv(FEED_URL_VARIABLE, server.url)
        server.serve_release("v99.0.0", NOTES, page=PAGE)
        yield server


@pytest.fixture
def opted_in(settings_store):
    settings_store["updates/check"] = True
    return settings_store


def test_opted_in_a_newer_version_is_a_calm_notice_then_its_notes(make_window, run, feed, opted_in, qtbot):
    window = make_window()
    window.start()  # the real start: the check follows the window being shown

    run(until(lambda: window.banner.text == "pixdesk 99.0 is available.", message="the notice"))
    button = window.banner.action_button
    assert button.isVisible() and button.text() == "What's new"
    assert window.updates.dialog is None  # a notice, not a dialog in the person's way
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.updates.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.isModal()
    notes = dialog.notes.toPlainText()
    assert "Faster answers" in notes and "**" not in notes  # Markdown, rendered
    assert dialog.notes.blocked_resources  # the image in the notes was never fetched
    assert [b.text() for b in (dialog.download_button, dialog.later_button)] == ["Open download page", "Later"]
    qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
    assert window.opened_urls == [PAGE]  # the browser downloads, if the person wants to
    assert len(feed.requests) == 1  # the feed, once; nothing else was fetched
    assert opted_in["updates/last_checked"]


def test_later_closes_the_notes_and_opens_nothing(make_window, run, feed, opted_in, qtbot):
    window = make_window()
    run(window.updates.start())
    window.banner.action_button.click()
    dialog = window.updates.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.later_button.click()
    assert window.opened_urls == [] and window.updates.dialog is None


def test_off_by_default_nothing_is_asked(make_window, run, feed, settings_store):
    window = make_window()
    run(window.updates.start())
    assert feed.requests == [] and window.banner.text == ""
    assert "updates/last_checked" not in settings_store


def test_at_most_once_a_day(make_window, run, feed, opted_in):
    now = datetime.now(UTC)
    opted_in["updates/last_checked"] = stamp(now - timedelta(hours=1))
    window = make_window()
    run(window.updates.start())
    assert feed.requests == []  # looked an hour ago

    opted_in["updates/last_checked"] = stamp(now - timedelta(hours=25))
    run(window.updates.start())
    assert len(feed.requests) == 1
    assert datetime.fromisoformat(opted_in["updates/last_checked"]) >= now - timedelta(seconds=1)
    run(window.updates.start())  # a second start the same day
    assert len(feed.requests) == 1


def test_an_unreachable_feed_is_tried_again_next_start(make_window, run, opted_in, monkeypatch):
    monkeypatch.setenv(FEED_URL_VARIABLE, closed_port_url())
    window = make_window()
    run(window.updates.start())
    assert window.updates.last is not None and window.updates.last.outcome.value == "unreachable"
    assert window.banner.text == ""  # unasked, a failed look says nothing
    assert "updates/last_checked" not in opted_in


def test_never_while_an_answer_is_being_written(make_window, run, feed, opted_in, bedrock):
    bedrock.behaviour.tokens_per_second = 40
    bedrock.behaviour.answer_tokens = 60  # about 1.5 s of answer
    window = make_window()

    async def scenario():
        window.session.ask("A long answer, please")
        exchange = window.session.exchanges[0]
        await until(lambda: exchange.status is Status.STREAMING and exchange.answer.text, message="streaming")
        task = window.updates.start()
        await until(lambda: window.updates.state == "waiting for the answer", message="the check waiting")
        assert feed.requests == [] and exchange.status is Status.STREAMING
        await task
        assert exchange.status is Status.DONE  # the check ran only after the answer's end
        assert len(feed.requests) == 1
        assert window.banner.text == "pixdesk 99.0 is available."

    run(scenario())


@pytest.mark.parametrize(
    ("serve", "words"),
    [
        (
            lambda feed: feed.serve_release(f"v{__version__}"),
            f"You have the latest version of pixdesk ({__version__}).",
        ),
        (lambda feed: feed.serve_raw(b"<html>oops</html>"), "pixdesk could not read what its release page says"),
        (lambda feed: feed.serve_json({}, status=503), "pixdesk could not reach its release page."),
    ],
    ids=["same", "malformed", "unreachable"],
)
def test_check_for_updates_says_how_it_is(make_window, run, feed, serve, words, settings_store):
    serve(feed)
    window = make_window()  # (not opted in: asking by hand always looks)
    assert window.updates.action in window.help.menu.actions()
    window.updates.action.trigger()
    run(until(lambda: words in window.banner.text, message=words))
    assert window.updates.dialog is None and not window.banner.action_button.isVisible()


def test_check_for_updates_opens_the_notes_when_there_is_one(make_window, run, feed, qtbot):
    window = make_window()
    window.updates.action.trigger()
    run(until(lambda: window.updates.dialog is not None, message="the notes"))
    qtbot.waitUntil(window.updates.dialog.isVisible)
    assert window.updates.dialog.windowTitle() == "pixdesk 99.0 is available"


def test_the_first_run_panel_asks_once(make_window, run, settings_store, monkeypatch):
    monkeypatch.delenv("AWS_ACCESS_KEY_ID", raising=False)
    window = make_window()
    run(window.check_credentials())
    box = window.welcome.updates_box
    assert window.stack.currentWidget() is window.welcome and box.isVisibleTo(window)
    assert box.text() == "Tell me when a new version of pixdesk is available" and not box.isChecked()
    box.click()
    assert settings_store["updates/check"] is True
    box.click()
    assert settings_store["updates/check"] is False


def test_settings_shows_it_under_privacy():
    from pixdesk.ui.settings_dialog import sections

    privacy = dict(sections())["Privacy"]
    assert "updates/check" in [s.key for s in privacy]
    assert not any(s.key == "updates/last_checked" for _title, members in sections() for s in members)


def test_the_first_run_box_obeys_the_organisation(make_window, run, monkeypatch):
    from pixdesk.managed import SET_BY_ORGANISATION, Policy

    monkeypatch.delenv("AWS_ACCESS_KEY_ID", raising=False)
    window = make_window()
    window.settings.policy = Policy(values={"updates/check": True}, locked=frozenset({"updates/check"}))
    run(window.check_credentials())
    box = window.welcome.updates_box
    assert box.isChecked() and not box.isEnabled() and box.toolTip() == SET_BY_ORGANISATION
