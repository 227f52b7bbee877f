"""The window in German, French and Spanish is complete: lupdate run on the sources as they are now
finds no message without a finished translation, no translation that drops or adds a {placeholder}
or %n, no plural message without its forms; every translate() call is one lupdate can see; and
the .qm files the app loads are the ones built from the .ts files in the repository."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("pixdesk_translations", ROOT / "packaging" / "translations.py")
assert _spec is not None and _spec.loader is not None
translations = importlib.util.module_from_spec(_spec)
sys.modules["pixdesk_translations"] = translations  # (dataclasses look their module up by name)
_spec.loader.exec_module(translations)

LANGUAGES = translations.LANGUAGES


@pytest.fixture(scope="module")
def updated(tmp_path_factory) -> Path:
    """The repository's .ts files after lupdate over today's sources (in a copy: the tree is untouched)."""
    folder = tmp_path_factory.mktemp("ts")
    for language in LANGUAGES:
        shutil.copy(translations.ts_path(language), translations.ts_path(language, folder))
    translations.update(folder)
    return folder


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_visible_string_is_translated_with_its_placeholders(updated, language):
    found = translations.problems(translations.ts_path(language, updated), language)
    assert not found, "\n".join(
        [*found[:40], f"({len(found)} in all) run: python packaging/translations.py update, translate, build"]
    )


def _literal_calls(tree: ast.AST) -> list[tuple[ast.Call, str, str]]:
    calls = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and len(node.args) >= 2):
            continue
        if node.func.id not in ("translate", "QT_TRANSLATE_NOOP"):
            continue
        context, text = node.args[0], node.args[1]
        if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
            calls.append((node, context.value, text.value))
    return calls


def test_lupdate_sees_every_translate_call(updated):
    """lupdate's Python reader skips a translate() inside an f-string or with a call among its
    arguments (translate(c, t, None, len(x))): such words would stay English with no warning."""
    seen = {message.key for message in translations.read_ts(translations.ts_path("de", updated))}
    missed = [
        f"{path.relative_to(ROOT)}:{call.lineno} [{context}] {text[:60]!r}"
        for path in translations.source_files()
        for call, context, text in _literal_calls(ast.parse(path.read_text(encoding="utf-8")))
        if (context, text) not in seen
    ]
    assert not missed, "lupdate does not see these (take the call out of the f-string, or the call out of "
    "its arguments):\n" + "\n".join(missed)


def test_placeholders_are_named():
    """`{name}` placeholders, filled after translation: never "{}" or "%s" (a translator must
    know what goes there, and may move it)."""
    wrong = [
        f"{path.relative_to(ROOT)}:{call.lineno}: {text!r}"
        for path in translations.source_files()
        for call, _context, text in _literal_calls(ast.parse(path.read_text(encoding="utf-8")))
        if "{}" in text or "%s" in text or "%d" in text
    ]
    assert not wrong, "\n".join(wrong)


def _module_level_translations(tree: ast.Module) -> list[int]:
    """Lines where translate() runs at import time: before the app installs the language."""
    lines = []

    def visit(node: ast.AST, in_function: bool) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            in_function = True
        if (
            not in_function
            and isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "translate"
        ):
            lines.append(node.lineno)
        for child in ast.iter_child_nodes(node):
            visit(child, in_function)

    visit(tree, False)
    return lines


def _translate_comes_from(tree: ast.Module) -> set[str]:
    return {
        node.module or ""
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and any(alias.name == "translate" for alias in node.names)
    }


def test_nothing_is_translated_at_import_time():
    """In the window (pixdesk/ui) translate() asks Qt at once: at import time the language is not
    installed yet. A Qt-free module's translate() (pixdesk/words.py) is lazy — it gives an English
    Said the window translates where it shows it — so its module-level constants are fine there."""
    early = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in translations.source_files()
        if _translate_comes_from(tree := ast.parse(path.read_text(encoding="utf-8"))) != {"pixdesk.words"}
        for line in _module_level_translations(tree)
    ]
    assert not early, "use QT_TRANSLATE_NOOP for constants and translate where they are shown:\n" + "\n".join(early)


def test_the_window_translates_at_once_and_the_engine_lazily():
    """A window module that took the engine's lazy translate() would show English (nothing
    translates its Said again); a Qt-free module can only take the lazy one (the layer rule)."""
    wrong = []
    for path in translations.source_files():
        sources = _translate_comes_from(ast.parse(path.read_text(encoding="utf-8")))
        expected = "pixdesk.ui.i18n" if "ui" in path.relative_to(ROOT / "pixdesk").parts[:1] else "pixdesk.words"
        wrong += [f"{path.relative_to(ROOT)}: translate from {module}" for module in sources if module != expected]
    assert not wrong, "\n".join(wrong)


def test_every_module_with_engine_words_is_read_by_lupdate():
    readers = set(translations.source_files())
    unread = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "pixdesk").rglob("*.py"))
        if any(_literal_calls(ast.parse(path.read_text(encoding="utf-8")))) and path not in readers
    ]
    assert not unread, "packaging/translations.py does not read:\n" + "\n".join(unread)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_qm_files_are_built_from_the_committed_ts_files(tmp_path, language):
    built = tmp_path / f"pixdesk_{language}.qm"
    translations.lrelease(translations.ts_path(language), built)
    committed = translations.qm_path(language)
    assert committed.exists(), "run: python packaging/translations.py build"
    assert built.read_bytes() == committed.read_bytes(), "stale .qm: run python packaging/translations.py build"


# --- the checker itself: it does fail ----------------------------------------------------------------

_BROKEN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>demo</name>
    <message><source>Delete “{title}”?</source><translation>„{titel}“ löschen?</translation></message>
    <message><source>Ready</source><translation type="unfinished"></translation></message>
    <message numerus="yes"><source>%n page(s)</source>
        <translation><numerusform>%n Seite</numerusform></translation></message>
    <message><source>{count} left</source><translation>noch {count} {count}</translation></message>
    <message><source>Fine {name}</source><translation>Gut {name}</translation></message>
</context>
</TS>
"""


def test_the_checker_reports_dropped_placeholders_missing_plurals_and_unfinished_words(tmp_path):
    path = tmp_path / "pixdesk_de.ts"
    path.write_text(_BROKEN, encoding="utf-8")
    found = "\n".join(translations.problems(path, "de"))
    assert "'Delete “{title}”?': placeholders ['{titel}']" in found
    assert "'Ready': not translated" in found
    assert "'%n page(s)': 1 plural forms, de needs 2" in found
    assert "'{count} left': placeholders ['{count}', '{count}']" in found
    assert "Fine" not in found


def test_merge_copies_finished_translations_by_context_and_source(tmp_path):
    target = tmp_path / "pixdesk_de.ts"
    target.write_text(
        _BROKEN.replace("<translation>Gut {name}</translation>", '<translation type="unfinished"></translation>'),
        encoding="utf-8",
    )
    donor = tmp_path / "f_de.ts"
    donor.write_text(
        _BROKEN.replace('<translation type="unfinished"></translation>', "<translation>Bereit</translation>")
        .replace("„{titel}“ löschen?", "other words")
        .replace("<name>demo</name>", "<name>elsewhere</name>", 0),
        encoding="utf-8",
    )
    assert translations.merge(target, [donor]) == 2  # the two unfinished ones; finished ones stay as they are
    merged = {m.source: m for m in translations.read_ts(target)}
    assert merged["Ready"].finished and merged["Ready"].forms == ["Bereit"]
    assert merged["Fine {name}"].forms == ["Gut {name}"]
    assert merged["Delete “{title}”?"].forms == ["„{titel}“ löschen?"]
