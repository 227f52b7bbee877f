"""The window's words in the person's language (Qt's translation system).

Every string a person sees goes through `translate(context, text)`; `pyside6-lupdate` finds these
calls by name, so keep the literal strings inside the call. Variables go in `{named}` placeholders
filled with `.format()` after translation; counts use Qt's `%n` with the `n` argument so each
language gets its own plural forms.

`install_translations(app, choice)` loads the language once at start: pixdesk's own catalogue
(pixdesk/ui/translations/pixdesk_<lang>.qm, built from resources/translations/*.ts by
packaging/translations.py) and Qt's (qtbase_<lang>.qm: the standard buttons, Cancel, Open…), and
makes that locale the default, so numbers and dates follow it. Numbers go through `number()` and
`money()`, which read that default.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTime, QTranslator

from pixdesk.errors import KnownError
from pixdesk.words import Grouped, Said

TRANSLATIONS_DIR = Path(__file__).parent / "translations"  # shipped with the package (and the bundle)
LANGUAGES = ("en", "de", "fr", "es")  # English is the source text: no catalogue to load
SYSTEM = "system"
_ENGLISH = QLocale("en_US")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the installed language (the English source when no translation is installed).

    Counts in the English source are written "%n page(s)": where no translation replaces it
    (English, or a message not yet translated), "(s)" becomes the English plural — "1 page",
    "2 pages" — so English needs no catalogue of its own."""
    words = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and "(s)" in words:
        words = words.replace("(s)", "" if n == 1 else "s")
    return words


def translated(text: str) -> str:
    """Words from the engine in the window's language: a `Said` (pixdesk/words.py) looked up in
    its context and filled with its values, each of them translated too; any other text (a
    file name, the model's answer, English kept in history) as it is."""
    if not isinstance(text, Said):
        return text
    # (no context: parts joined by words.joined; only the parts are translated)
    words = translate(text.context, text.template, text.disambiguation, text.n) if text.context else text.template
    if text.values is None:
        return words
    return words.format(**{name: _shown(value) for name, value in text.values.items()})


def _shown(value: object) -> object:
    """A placeholder's value in the window's language: words translated, 8.192 and 3,75 its way."""
    if isinstance(value, str):
        return translated(value)
    if isinstance(value, Grouped):
        return number(value)
    return locale().toString(value, "g", 6) if isinstance(value, float) else value


def error_sentence(error: KnownError) -> str:
    """What happened and what to do (KnownError.sentence), in the window's language."""
    return translated(error.sentence())


def language_for(choice: str, ui_languages: list[str]) -> str:
    """The language to show: `choice` ("de", "fr", …) or, for "system", the first of the system's
    preferred languages ("de-CH", "fr", …) that pixdesk speaks; English otherwise."""
    if choice in LANGUAGES:
        return choice
    for preferred in ui_languages:
        code = preferred.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def install_translations(app: QCoreApplication, choice: str = SYSTEM) -> str:
    """Load the language for `choice` (a "ui/language" setting: system, en, de, fr or es) into
    `app` and make its locale the default; returns the language code used. Cheap: a few small
    files read, once, before the window is built."""
    system = QLocale.system()
    language = language_for(choice, system.uiLanguages())
    for translator in app.findChildren(QTranslator, "pixdesk-translator"):  # (a second call replaces)
        app.removeTranslator(translator)
        translator.deleteLater()
    if language != "en":
        for folder, name in ((TRANSLATIONS_DIR, "pixdesk"), (_qt_translations(), "qtbase")):
            translator = QTranslator(app)
            translator.setObjectName("pixdesk-translator")
            if translator.load(f"{name}_{language}", str(folder)):
                app.installTranslator(translator)
    same_language = system.name().split("_")[0] == language
    QLocale.setDefault(system if same_language else QLocale(language))
    return language


def _qt_translations() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def locale() -> QLocale:
    """The locale for numbers and dates: the default one, or US English where the system says
    only "C" (no language: plain English digits, as the source text is written)."""
    current = QLocale()
    return _ENGLISH if current.language() == QLocale.Language.C else current


def number(value: float, decimals: int = 0) -> str:
    """1,234 · 1.234 · 1 234 — grouped as the language groups digits."""
    if decimals == 0:
        return locale().toString(round(value))
    return locale().toString(float(value), "f", decimals)


def money(usd: float, decimals: int = 4) -> str:
    """An amount in US dollars, written the language's way: $0.0123 · 0,0123 $."""
    return locale().toCurrencyString(float(usd), "$", decimals)


def date_time(moment: datetime.datetime, pattern: str) -> str:
    """`moment` (naive or local) written with a Qt date pattern ("d MMM yyyy, HH:mm"), with the
    language's month names."""
    date = QDate(moment.year, moment.month, moment.day)
    time = QTime(moment.hour, moment.minute, moment.second)
    return locale().toString(QDateTime(date, time), pattern)
