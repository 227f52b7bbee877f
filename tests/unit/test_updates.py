"""The update check's reading, without a network: versions compared as numbers, drafts and
pre-releases ignored, every feed turned into one of five plain outcomes, and "at most daily"."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from pixdesk.services import updates
from pixdesk.services.updates import (
    FeedMalformed,
    FeedUnreachable,
    Outcome,
    check_for_update,
    due,
    latest_release,
    own_version,
    release_version,
    stamp,
)
from pixdesk.testing.release_feed import github_release

FEED = "https://feed.example/releases/latest"


def _serving(document) -> updates.Fetch:
    raw = document if isinstance(document, bytes) else json.dumps(document).encode()
    return lambda url: raw


def _check(document, current: str = "1.4.0"):
    return check_for_update(FEED, current, fetch=_serving(document))


@pytest.mark.parametrize(
    ("tag", "numbers"),
    [("v1.4.0", (1, 4)), ("1.4", (1, 4)), ("V2", (2,)), ("1.10.0", (1, 10)), ("0.1.0", (0, 1)), ("v0", (0,))],
)
def test_release_tags_are_read_as_numbers(tag, numbers):
    assert release_version(tag) == numbers


@pytest.mark.parametrize("tag", ["v1.5.0-rc.1", "1.5b1", "2.0.0.dev3", "1.5.0-beta", "v1.5alpha"])
def test_pre_release_tags_are_not_releases(tag):
    assert release_version(tag) is None


@pytest.mark.parametrize("tag", ["latest", "", "release-one", "..1"])
def test_a_tag_that_is_no_version_is_malformed(tag):
    with pytest.raises(FeedMalformed):
        release_version(tag)


def test_versions_compare_as_numbers_not_strings():
    assert release_version("1.10") > release_version("1.9")
    assert _check(github_release("v1.10.0"), current="1.9.3").outcome is Outcome.NEWER
    assert _check(github_release("v1.9.3"), current="1.10.0").outcome is Outcome.OLDER


def test_own_development_version_comes_before_its_release():
    assert own_version("1.4.0.dev2") == ((1, 4), False)
    assert own_version("1.4.0") == ((1, 4), True)
    assert _check(github_release("v1.4.0"), current="1.4.0.dev2").outcome is Outcome.NEWER


def test_newer_carries_the_release_and_says_so():
    notes = "## What's new\n\n- Faster answers"
    result = _check(github_release("v1.5.0", notes, page="https://example.org/pixdesk/1.5"))
    assert result.outcome is Outcome.NEWER
    assert result.message == "pixdesk 1.5 is available (you have 1.4.0)."
    assert result.release is not None
    assert (result.release.version, result.release.notes, result.release.page) == (
        "1.5",
        notes,
        "https://example.org/pixdesk/1.5",
    )


def test_same_version_says_latest():
    result = _check(github_release("1.4"), current="1.4.0")  # 1.4 and 1.4.0 are one version
    assert result.outcome is Outcome.SAME
    assert result.message == "You have the latest version of pixdesk (1.4.0)."


def test_older_release_says_this_copy_is_newer():
    result = _check(github_release("v1.3.2"))
    assert result.outcome is Outcome.OLDER
    assert "newer than the latest release (1.3.2)" in result.message


def test_drafts_and_pre_releases_are_ignored_in_a_list():
    feed = [
        github_release("v9.0.0", draft=True),
        github_release("v8.0.0-rc1"),
        github_release("v7.0.0", prerelease=True),
        github_release("v1.6.0"),
        github_release("v1.5.0"),
    ]
    result = _check(feed)
    assert result.outcome is Outcome.NEWER and result.release is not None and result.release.version == "1.6"


def test_a_feed_of_only_pre_releases_offers_nothing():
    result = _check(github_release("v2.0.0", prerelease=True))
    assert result.outcome is Outcome.SAME and result.release is None


@pytest.mark.parametrize(
    "document",
    [
        b"<html>rate limited</html>",
        b"",
        {"message": "Not Found"},  # GitHub's answer for a repository without releases
        github_release("nightly"),
        {**github_release("v2.0"), "html_url": "javascript:alert(1)"},
        [1, 2, 3],
        b"[" * 100_000,  # deeply nested: json's RecursionError
    ],
    ids=["html", "empty", "not-found-json", "bad-tag", "bad-page", "not-objects", "nested"],
)
def test_malformed_feeds_say_so_in_words(document):
    result = _check(document)
    assert result.outcome is Outcome.MALFORMED
    assert result.message.startswith("pixdesk could not read") and result.release is None
    assert result.reached_feed  # it answered: checked for today


def test_an_oversized_feed_is_malformed():
    assert _check(b" " * (updates.MAX_FEED_BYTES + 1)).outcome is Outcome.MALFORMED


def test_unreachable_says_check_the_connection():
    def down(url: str) -> bytes:
        raise FeedUnreachable("ConnectionRefusedError")

    result = check_for_update(FEED, "1.4.0", fetch=down)
    assert result.outcome is Outcome.UNREACHABLE and not result.reached_feed
    assert "could not reach" in result.message and result.detail == "ConnectionRefusedError"


def test_only_web_addresses_are_fetched():
    def never(url: str) -> bytes:
        raise AssertionError("fetched")

    assert check_for_update("file:///etc/passwd", "1.4.0", fetch=never).outcome is Outcome.UNREACHABLE


def test_the_feed_address_can_be_a_company_mirror(monkeypatch):
    from pixdesk import catalog

    monkeypatch.delenv(updates.FEED_URL_VARIABLE, raising=False)
    assert updates.feed_url() == catalog.RELEASE_FEED_URL
    monkeypatch.setenv(updates.FEED_URL_VARIABLE, "https://mirror.example/pixdesk/latest")
    assert updates.feed_url() == "https://mirror.example/pixdesk/latest"


def test_latest_release_picks_the_highest_version_not_the_first():
    found = latest_release([github_release("v1.9.0"), github_release("v1.10.0"), github_release("v1.2.0")])
    assert found is not None and found[0].version == "1.10"


NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        ("", True),  # never checked
        (stamp(NOW - timedelta(hours=23, minutes=59)), False),
        (stamp(NOW - timedelta(hours=1)), False),
        (stamp(NOW - timedelta(days=1)), True),
        (stamp(NOW - timedelta(days=30)), True),
        (stamp(NOW + timedelta(days=2)), True),  # the clock was put back: do not wait for years
        ("yesterday", True),
        ("2026-12-01T11:00:00", False),  # without a zone: taken as UTC
    ],
)
def test_at_most_daily(last, expected):
    assert due(last, NOW) is expected


def test_stamp_is_utc_iso():
    assert stamp(NOW) == "2026-12-01T12:00:00+00:00"
