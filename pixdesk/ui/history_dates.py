"""When a conversation was last used, as the sidebar says it: the group it falls in (Today,
Yesterday, Previous 7 days, Previous 30 days, then month and year) and its date and time, all
in local time, in the window's language (month names and the order of day and month from the
locale). Plain functions, tested with a fixed "now"."""

from __future__ import annotations

import datetime

from pixdesk.ui.i18n import date_time, translate


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
        return translate("history_dates", "Older")
    days = (today - moment.date()).days
    if days <= 0:  # (a clock set back shows tomorrow's as today's)
        return translate("history_dates", "Today")
    if days == 1:
        return translate("history_dates", "Yesterday")
    if days <= 7:
        return translate("history_dates", "Previous 7 days")
    if days <= 30:
        return translate("history_dates", "Previous 30 days")
    # A Qt date pattern: the language decides the order ("März 2025", "marzo de 2025").
    month = date_time(moment, translate("history_dates", "MMMM yyyy"))
    return month[:1].upper() + month[1:]  # a heading: "Mars 2025", not "mars 2025"


def date_and_time(moment: datetime.datetime | None, fallback: str = "") -> str:
    """The date always, not only a time: "14 Mar 2025, 09:05"."""
    if moment is None:
        return fallback
    return date_time(moment, translate("history_dates", "d MMM yyyy, HH:mm"))
