"""When a conversation was last used, as the sidebar says it: the group it falls in (Today,
Yesterday, Previous 7 days, Previous 30 days, then month and year) and its date and time, all
in local time. No Qt: plain functions, tested with a fixed "now"."""

from __future__ import annotations

import datetime


def local_moment(iso_utc: str) -> datetime.datetime | None:
    """The stored UTC time as local time; None if it cannot be read."""
    try:
        moment = datetime.datetime.fromisoformat(iso_utc)
    except ValueError:
        return None
    if moment.tzinfo is None:  # written by an old version without a zone: it was UTC
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.astimezone()


def group_of(moment: datetime.datetime | None, today: datetime.date) -> str:
    """The sidebar group of a conversation last used at `moment` (local), seen on `today`."""
    if moment is None:
        return "Older"
    days = (today - moment.date()).days
    if days <= 0:  # (a clock set back shows tomorrow's as today's)
        return "Today"
    if days == 1:
        return "Yesterday"
    if days <= 7:
        return "Previous 7 days"
    if days <= 30:
        return "Previous 30 days"
    return f"{moment:%B %Y}"


def date_and_time(moment: datetime.datetime | None, fallback: str = "") -> str:
    """The date always, not only a time: "14 Mar 2025, 09:05"."""
    if moment is None:
        return fallback
    return f"{moment.day} {moment:%b %Y, %H:%M}"
