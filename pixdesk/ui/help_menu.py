"""The Help menu: About pixdesk, Keyboard shortcuts (read from the window's own actions, so the
sheet is never out of date), Report a problem (details for support copied to the clipboard,
without secrets) and Open log folder. Its windows open with open(), never exec()."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QObject, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from pixdesk import __version__, catalog
from pixdesk.logs import log_dir
from pixdesk.ui.declared_words import region_title
from pixdesk.ui.i18n import translate
from pixdesk.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from pixdesk.ui.help_dialogs import AboutDialog, ShortcutsDialog  # (built when first opened)
    from pixdesk.ui.main_window import MainWindow  # (which builds this)

LICENCE_FALLBACK = "Apache-2.0"  # pyproject.toml's, for a copy run from source without metadata
# Keys the question box handles itself (no QAction to read them from); translated when shown.
COMPOSER_KEYS = (
    (QT_TRANSLATE_NOOP("help_menu", "Send the question"), "Enter"),
    (QT_TRANSLATE_NOOP("help_menu", "Start a new line in the question"), "Shift+Enter"),
)
FIXED_KEYS = ((QT_TRANSLATE_NOOP("help_menu", "Menu of the selected conversation (history list)"), "Menu, Shift+F10"),)
STOP_KEYS = (QT_TRANSLATE_NOOP("help_menu", "Stop the answer being written"), "Esc")


def _translated(rows: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    return [(translate("help_menu", what), keys) for what, keys in rows]


def licence() -> str:
    from importlib import metadata  # (here: it is slow to import, and About is rarely opened)

    try:
        info = metadata.metadata("pixdesk")
    except metadata.PackageNotFoundError:
        return LICENCE_FALLBACK
    return str(info.json.get("license_expression") or info.json.get("license") or LICENCE_FALLBACK)


def _plain(text: str) -> str:
    """A menu text as a person reads it: no mnemonic ampersands."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class HelpMenu(QObject):
    def __init__(self, window: MainWindow, open_url: Callable[[QUrl], object]) -> None:
        super().__init__(window)
        self.window, self._open_url = window, open_url
        self.menu: QMenu = window.menuBar().addMenu(translate("help_menu", "&Help"))
        self.shortcuts_action = self._add(translate("help_menu", "&Keyboard shortcuts"), self.show_shortcuts, "Ctrl+/")
        self.menu.addSeparator()
        self.report_action = self._add(translate("help_menu", "&Report a problem"), self.report_problem)
        self.log_action = self._add(translate("help_menu", "Open &log folder"), self.open_log_folder)
        self.menu.addSeparator()
        self.about_action = self._add(translate("help_menu", "&About pixdesk"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_dialog: AboutDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None

    def _add(self, text: str, slot: Callable[[], object], shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    # --- About ----------------------------------------------------------------------------------

    def about_facts(self) -> list[tuple[str, str]]:
        workspace = self.window.workspace
        region = workspace.choices.region
        folder = workspace.history_folder
        return [
            (translate("help_menu", "Version"), __version__),
            (translate("help_menu", "Model"), f"{catalog.MODEL_NAME} ({catalog.MODEL_ID})"),
            (translate("help_menu", "Model end of life"), f"{catalog.MODEL_END_OF_LIFE} (Amazon Bedrock's model card)"),
            (translate("help_menu", "Inference profile in use"), catalog.region(region).profile_id),
            (translate("help_menu", "Region"), f"{region_title(catalog.region(region))} ({region})"),
            (
                translate("help_menu", "Data folder"),
                str(folder) if folder is not None else translate("help_menu", "nothing is kept (history off)"),
            ),
            (translate("help_menu", "Log folder"), str(log_dir())),
            (translate("help_menu", "Licence"), licence()),
        ]

    def show_about(self) -> None:
        from pixdesk.ui.help_dialogs import AboutDialog

        dialog = AboutDialog(
            f"pixdesk {__version__}",
            translate("help_menu", "Ask {model} on Amazon Bedrock about screenshots and scanned documents.").format(
                model=catalog.MODEL_NAME
            ),
            self.about_facts(),
            self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog = dialog
        dialog.open()

    # --- Keyboard shortcuts ---------------------------------------------------------------------

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """Every action of the window that has a key, as its menu says it, then the keys the
        question box and the history list handle themselves."""
        rows: list[tuple[str, str]] = []
        local: list[tuple[str, str]] = []  # keys of one part of the window (the history list): after the menus'
        seen: set[tuple[str, str]] = set()
        for action in self.window.findChildren(QAction):
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
            if not keys or not action.text():
                continue
            what = _plain(action.text()).rstrip("…").strip()
            where = action.property("where")
            if where:
                what = f"{what} ({where})"
            if (what, keys) not in seen:
                seen.add((what, keys))
                (local if where else rows).append((what, keys))
        rows.extend(_translated(COMPOSER_KEYS))
        if not any(keys == "Esc" for _what, keys in rows):
            rows.extend(_translated((STOP_KEYS,)))
        return rows + local + _translated(FIXED_KEYS)

    def show_shortcuts(self) -> None:
        from pixdesk.ui.help_dialogs import ShortcutsDialog

        dialog = ShortcutsDialog(self.shortcut_rows(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog = dialog
        dialog.open()

    # --- Report a problem, Open log folder ------------------------------------------------------

    def report_problem(self) -> None:
        self.window._spawn(self._report_problem())

    async def _report_problem(self) -> None:
        from pixdesk.services.diagnostics import diagnostics  # (reads the log and the system: only when asked)

        workspace = self.window.workspace
        status = self.window.credentials
        toolkit = {"Qt": qVersion(), "PySide6": PySide6.__version__}
        text = await workspace.run_blocking(  # (reads the log: off the GUI thread)
            diagnostics,
            workspace.choices.region,
            workspace.choices.tier,
            status.label if status is not None else "not checked yet",  # (for support: in English)
            toolkit,
            [workspace.choices.api_key()],
        )
        QGuiApplication.clipboard().setText(text)
        self.copied = text
        self.window.banner.say(
            translate(
                "help_menu",
                "Details for support copied — paste them into your message. They contain no keys or passwords.",
            ),
            seconds=10,
        )

    def open_log_folder(self) -> None:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)  # (nothing may have been logged yet)
        self._open_url(QUrl.fromLocalFile(str(folder)))
