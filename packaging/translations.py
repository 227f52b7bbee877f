"""pixdesk's translations: the .ts sources (resources/translations, edited by translators) and
the .qm files the app loads (pixdesk/ui/translations, committed: small, and a checkout runs in
any language without a build step; tests/unit/test_translations.py fails when they are stale).

    python packaging/translations.py update         # lupdate: new and changed words into the .ts files
    python packaging/translations.py build          # lrelease: the .ts files into .qm files
    python packaging/translations.py merge FILE…    # copy finished translations from other .ts files
    python packaging/translations.py check          # what is missing (exit 1 if anything is)

`update` reads every module of pixdesk/ui plus every Qt-free module whose words the window shows:
those that import pixdesk/words.py's markers (settings.py and catalog.py mark constants with
QT_TRANSLATE_NOOP; the engine marks its sentences with a lazy translate()). Pure Python: it runs
Qt's own tools that PySide6 installs (pyside6-lupdate, pyside6-lrelease)."""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "resources" / "translations"  # the .ts files
BUILT = ROOT / "pixdesk" / "ui" / "translations"  # the .qm files
LANGUAGES = ("de", "fr", "es")
# How many plural forms each language has in Qt (German, Spanish: one, other; French: one
# (0 and 1), other). Qt's numerusform count per language: see QLocale's plural rules in lrelease.
PLURAL_FORMS = {"de": 2, "fr": 2, "es": 2}
MARKERS = "from pixdesk.words import"  # a Qt-free module with words for the window imports these
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d")


def ts_path(language: str, folder: Path = SOURCES) -> Path:
    return folder / f"pixdesk_{language}.ts"


def qm_path(language: str, folder: Path = BUILT) -> Path:
    return folder / f"pixdesk_{language}.qm"


def source_files(root: Path = ROOT) -> list[Path]:
    """Every file lupdate reads, in a fixed order (the .ts files do not change from run to run)."""
    ui = sorted(p for p in (root / "pixdesk" / "ui").rglob("*.py") if "__pycache__" not in p.parts)
    return ui + qt_free_sources(root)


def qt_free_sources(root: Path = ROOT) -> list[Path]:
    """The modules outside pixdesk/ui that mark words with pixdesk/words.py (the engine, settings,
    catalogue): their translate() is the lazy one, which the window translates where it shows it."""
    ui = root / "pixdesk" / "ui"
    return sorted(
        path
        for path in (root / "pixdesk").rglob("*.py")
        if "__pycache__" not in path.parts and ui not in path.parents and MARKERS in path.read_text(encoding="utf-8")
    )


def tool(name: str) -> str:
    """A PySide6 tool next to this Python (the venv's bin), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def lupdate(targets: list[Path], sources: list[Path] | None = None) -> None:
    """New and changed messages into `targets` (.ts), obsolete ones dropped, translations kept."""
    files = [str(p) for p in (sources or source_files())]
    command = [tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none", "-ts", *map(str, targets)]
    subprocess.run(command, check=True, capture_output=True, text=True)


def lrelease(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    command = [tool("pyside6-lrelease"), "-removeidentical", "-nounfinished", str(source), "-qm", str(target)]
    subprocess.run(command, check=True, capture_output=True, text=True)


# --- reading and checking .ts files ----------------------------------------------------------------


@dataclass
class Message:
    context: str
    source: str
    numerus: bool
    forms: list[str]  # the translation (one item, or one per plural form); empty: none
    finished: bool

    @property
    def key(self) -> tuple[str, str]:
        return self.context, self.source


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: list[str] = []
                finished = False
            else:
                if numerus:
                    forms = [form.text or "" for form in translation.iter("numerusform")]
                else:
                    forms = [translation.text or ""]
                kind = translation.get("type")
                finished = kind not in ("unfinished", "vanished", "obsolete") and any(forms)
            messages.append(Message(name, message.findtext("source") or "", numerus, forms, finished))
    return messages


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def problems(path: Path, language: str) -> list[str]:
    """What is wrong with the translations in `path`: unfinished, a placeholder dropped or
    added, a plural form missing. Empty: complete."""
    found = []
    for message in read_ts(path):
        where = f"{path.name} [{message.context}] {message.source!r}"
        if not message.finished:
            found.append(f"{where}: not translated")
            continue
        if message.numerus and len(message.forms) != PLURAL_FORMS[language]:
            found.append(f"{where}: {len(message.forms)} plural forms, {language} needs {PLURAL_FORMS[language]}")
        for form in message.forms:
            if not form.strip():
                found.append(f"{where}: an empty form")
            expected = placeholders(message.source)
            if message.numerus and "%n" not in form:  # a singular may say "one" in words: %n optional there
                expected = [p for p in expected if p != "%n"]
                form_has = [p for p in placeholders(form) if p != "%n"]
            else:
                form_has = placeholders(form)
            if form_has != expected:
                found.append(f"{where}: placeholders {form_has} in {form!r}, the source has {expected}")
    return found


# --- merging ---------------------------------------------------------------------------------------


def merge(target: Path, donors: list[Path], replace: bool = False) -> int:
    """Copy finished translations from `donors` (.ts files of the same language) into `target`
    where the target has none (`replace`: over its own too), by (context, source); returns how
    many were copied."""
    known: dict[tuple[str, str], Message] = {}
    for donor in donors:
        for message in read_ts(donor):
            if message.finished:
                known.setdefault(message.key, message)
    tree = ET.parse(target)
    copied = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            donor_message = known.get((name, message.findtext("source") or ""))
            translation = message.find("translation")
            if donor_message is None or translation is None:
                continue
            if translation.get("type") != "unfinished" and not replace:
                continue
            _fill(translation, donor_message)
            copied += 1
    _write_ts(tree, target)
    return copied


def _fill(translation: ET.Element, message: Message) -> None:
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    if message.numerus:
        translation.text = None
        for form in message.forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = message.forms[0]


def _write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


# --- the commands ----------------------------------------------------------------------------------


def update(folder: Path = SOURCES, sources: list[Path] | None = None) -> None:
    """lupdate into the .ts files of `folder`. The Python parser of lupdate does not see that a
    `translate(…, n)` call counts: every message with %n is made a plural one here, its plural
    forms kept from before (lupdate would keep only the first)."""
    folder.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        path = ts_path(language, folder)
        before = {m.key: m for m in read_ts(path) if m.numerus and m.finished} if path.exists() else {}
        lupdate([path], sources)
        _restore_plurals(path, language, before)


def _restore_plurals(path: Path, language: str, before: dict[tuple[str, str], Message]) -> None:
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if "%n" not in source or translation is None:
                continue
            message.set("numerus", "yes")
            kept = before.get((name, source))
            if kept is not None:
                _fill(translation, kept)
            elif not list(translation):
                translation.set("type", "unfinished")
                translation.text = None
                for _ in range(PLURAL_FORMS[language]):
                    ET.SubElement(translation, "numerusform").text = ""
    _write_ts(tree, path)


def build() -> None:
    for language in LANGUAGES:
        lrelease(ts_path(language), qm_path(language))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="run lupdate over the sources into resources/translations/*.ts")
    commands.add_parser("build", help="run lrelease: resources/translations/*.ts → pixdesk/ui/translations/*.qm")
    merging = commands.add_parser("merge", help="copy finished translations from other .ts files (by language)")
    merging.add_argument("files", nargs="+", type=Path, help="e.g. /tmp/f_de.ts (the language from the name)")
    merging.add_argument("--replace", action="store_true", help="also replace translations already finished")
    commands.add_parser("check", help="list untranslated messages and placeholder mistakes")
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
        print("\n".join(f"{ts_path(language)}" for language in LANGUAGES))
    elif args.command == "build":
        build()
    elif args.command == "merge":
        for language in LANGUAGES:
            donors = [f for f in args.files if f.stem.endswith(f"_{language}")]
            if donors:
                copied = merge(ts_path(language), donors, replace=args.replace)
                print(f"{language}: {copied} translations copied")
    elif args.command == "check":
        found = [problem for language in LANGUAGES for problem in problems(ts_path(language), language)]
        print("\n".join(found) or "complete")
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
