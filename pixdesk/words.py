"""A marker for words declared outside the window (settings.py, catalog.py) that the window shows.

`pyside6-lupdate` collects every `QT_TRANSLATE_NOOP("context", "text")` call into the translation
sources by its name; at run time the marker gives the English text back unchanged, and the
window translates it where it shows it (pixdesk/ui/i18n.py). No Qt here: these modules are
also the CLI's, which speaks English."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """`text` as it is: the call only marks it for translation under `context`."""
    return text
