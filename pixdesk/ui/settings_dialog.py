"""Settings, built from the declared settings table, in five sections (Account, Answers, Capture,
Privacy, Quota), plus the Bedrock API key (OS keychain) and a "Test connection" button. Every field has its
label as accessible name, a sentence under it in plain words and the exact AWS term in its tooltip.
Opened with .open(), never exec() (qasync)."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pixdesk import catalog
from pixdesk.managed import SET_BY_ORGANISATION, allowed_places
from pixdesk.settings import KEEP_DAYS, SETTINGS, Setting, Settings
from pixdesk.ui.declared_words import setting_explanation, setting_title
from pixdesk.ui.i18n import translate, translated
from pixdesk.ui.pickers import RegionPicker, TierPicker
from pixdesk.ui.proxy_settings import PROXY_ADDRESS_FIELD, ProxySettings
from pixdesk.ui.readable import muted_text, status_colour
from pixdesk.ui.retention import keep_days_box
from pixdesk.ui.window_memory import fit_dialog

# Names for focus_field() that are not settings.
API_KEY_FIELD = "api_key"
PROFILE_FIELD = "aws/profile"
TEST_FIELD = "test"
SHORTCUT_FIELD = "capture/global_shortcut"
KEEP_IN_TRAY_FIELD = "desktop/keep_in_tray"

# Which section each setting is shown in, top to bottom. A setting declared later and not listed
# here still appears, at the end of Answers: a new setting is never left out of the dialog.
_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Account", (PROFILE_FIELD, "aws/sso_start_url")),
    (
        "Answers",
        (
            "bedrock/region",
            "bedrock/tier",
            "chat/max_tokens",
            "chat/system_prompt",
            "chat/temperature",
            "images/resolution",
            "ui/language",
        ),
    ),
    ("Capture", (SHORTCUT_FIELD, "capture/offer_clipboard", KEEP_IN_TRAY_FIELD)),
    ("Network", ()),  # the proxy: its own widget (pixdesk.ui.proxy_settings)
    ("Privacy", (KEEP_DAYS, "updates/check")),  # how long conversations stay; the one other place pixdesk may contact
    ("Quota", ("quota/requests_per_minute", "quota/tokens_per_minute", "quota/tokens_per_day")),
)
_FALLBACK_SECTION = "Answers"


def _section_title(section: str) -> str:
    """A section's tab, in the window's language (the English name stays the section's key)."""
    return {
        "Account": translate("settings_dialog", "Account"),
        "Answers": translate("settings_dialog", "Answers"),
        "Capture": translate("settings_dialog", "Capture"),
        "Network": translate("settings_dialog", "Network"),
        "Privacy": translate("settings_dialog", "Privacy"),
        "Quota": translate("settings_dialog", "Quota"),
    }.get(section, section)


def _choice_title(choice: str) -> str:
    """How a choice of a list setting reads (image detail, language); the value itself otherwise.
    Languages are named in their own words: whoever reads them looks for their own."""
    side = catalog.LIMITS.model_side_px
    return {
        "model": translate("settings_dialog", "Model resolution ({side}×{side}, what Pixtral sees)").format(side=side),
        "original": translate("settings_dialog", "Original, up to Bedrock's limits"),
        "system": translate("settings_dialog", "Same as this computer"),
        "en": "English",
        "de": "Deutsch",
        "fr": "Français",
        "es": "Español",
    }.get(choice, choice)


def _intro(section: str) -> str:
    return {
        "Account": translate(
            "settings_dialog",
            "pixdesk signs in to Amazon Bedrock with your company's AWS sign-in, or with an API key your "
            "AWS admin gives you. Not sure which? Ask your IT team.",
        ),
        "Capture": translate(
            "settings_dialog", "Capture part of the screen and ask about it without switching to pixdesk first."
        ),
        "Network": translate(
            "settings_dialog",
            "How pixdesk reaches Amazon Bedrock from this computer. Change this only if pixdesk cannot connect at "
            "work and your IT team tells you what to choose.",
        ),
        "Quota": translate(
            "settings_dialog",
            "Your AWS account's limits for Pixtral Large. pixdesk paces its questions so it never goes over "
            "them. The numbers here are Bedrock's defaults; change them only if your AWS admin raised a limit.",
        ),
    }.get(section, "")


def sections() -> list[tuple[str, list[Setting]]]:
    """The dialog's sections with their settings, in order (every setting shown in the dialog
    exactly once)."""
    shown = [s for s in SETTINGS if s.in_dialog]
    listed = {key for _title, keys in _SECTIONS for key in keys}
    result = []
    for title, keys in _SECTIONS:
        chosen = [Settings.declared(key) for key in keys if Settings.declared(key).in_dialog]
        if title == _FALLBACK_SECTION:
            chosen += [s for s in shown if s.key not in listed]
        result.append((title, chosen))
    return result


class SettingsDialog(QDialog):
    test_requested = Signal()  # the window runs the test and calls show_test_result
    sso_requested = Signal()  # the window opens the sign-in with the company's AWS access
    api_key: QLineEdit
    test_button: QPushButton
    test_result: QLabel
    shortcut_status: QLabel  # under the capture shortcut: does it work here, or why not
    network: ProxySettings  # the proxy (its password: network.password_text(), for the keychain)

    def __init__(
        self,
        settings: Settings,
        profiles: list[str],
        api_key: str | None,
        keychain: bool,
        parent: QWidget | None = None,
        keeps_history: bool = True,
        shortcut_check: Callable[[str], str] | None = None,
        tray_note: str = "",
        proxy_password: str | None = None,
    ) -> None:
        """`shortcut_check(text)`: what to say under the capture shortcut (does it work here, and
        why not); `tray_note`: why "Keep pixdesk in the tray" is unavailable ("" if it is);
        `proxy_password`: the proxy's, from the keychain."""
        super().__init__(parent)
        self._shortcut_check = shortcut_check
        self._tray_note = tray_note
        self.setWindowTitle(translate("settings_dialog", "pixdesk settings"))
        self._settings = settings
        self._editors: dict[str, QWidget] = {}
        self._fields: dict[str, QWidget] = {}  # focus_field() names → the widget that takes focus
        self._pages: dict[str, QWidget] = {}  # the same names → the page (tab) holding it
        self._explanations: list[QLabel] = []
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("settings_dialog", "Settings sections"))
        for title, members in sections():
            page, layout = self._page(title)
            for setting in members:
                editor = self._editor(setting, profiles, page)
                self._editors[setting.key] = editor
                label, explanation = setting_title(setting), setting_explanation(setting)
                self._add_field(page, layout, setting.key, label, editor, explanation, setting.aws_term)
            if title == "Account":
                self._account_extras(page, layout, api_key, keychain)
            elif title == "Capture":
                self._capture_extras(layout)
            elif title == "Network":
                self._network(page, layout, proxy_password, keychain)
            elif title == "Privacy":
                self._privacy(layout, keeps_history, keychain)
            layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._show_locks()
        self._paint_explanations()
        fit_dialog(self, QSize(640, 600), parent)
        self.focus_field(PROFILE_FIELD)  # opens on a named field, the first of the first section

    # --- what the window uses -----------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the form says now (also used by Test connection before saving)."""
        return {key: _read(editor) for key, editor in self._editors.items()}

    def save(self) -> None:
        for key, value in self.values().items():
            if not self._settings.locked(key):  # (shown, never the person's to change)
                self._settings.set(key, value)
        self.network.save(self._settings)

    def accept(self) -> None:
        if self.network.problem():  # a proxy address that is not one: said under it, not saved
            self.focus_field(PROXY_ADDRESS_FIELD)
            return
        super().accept()

    def show_test_result(self, text: str, ok: bool) -> None:
        colour = status_colour(self.palette(), ok).name()
        self.test_result.setText(f'<span style="color:{colour}">{html.escape(text)}</span>')
        self.test_result.setAccessibleName(text)  # a screen reader reads the result, not a fixed name
        self.test_button.setEnabled(True)

    def focus_field(self, name: str) -> None:
        """Show the section holding field `name` (a setting key, API_KEY_FIELD or TEST_FIELD) and
        put the keyboard focus in it."""
        field = self._fields.get(name) or self._fields[PROFILE_FIELD]
        page = self._pages.get(name) or self._pages[PROFILE_FIELD]
        self.tabs.setCurrentIndex(self.tabs.indexOf(page))
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    # --- building -----------------------------------------------------------------------------------

    def _page(self, title: str) -> tuple[QWidget, QVBoxLayout]:
        """A tab whose content scrolls when the dialog is short (a 1366×768 laptop at 150 %)."""
        scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field, not to the frame
        page = QWidget(scroll)
        layout = QVBoxLayout(page)
        layout.setSpacing(4)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, _section_title(title))
        intro = _intro(title)
        if intro:
            layout.addWidget(self._explanation(intro, page))
            layout.addSpacing(8)
        return scroll, layout

    def _add_field(
        self, page: QWidget, layout: QVBoxLayout, name: str, title: str, editor: QWidget, explanation: str, term: str
    ) -> None:
        """Label above, the editor, then its sentence in muted text; the label names the editor (a
        checkbox is its own label)."""
        label = QLabel(title, editor.parentWidget())
        label.setBuddy(editor)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        if isinstance(editor, QCheckBox):
            label.hide()
            editor.setFont(font)
        editor.setAccessibleName(title)
        if explanation:
            editor.setAccessibleDescription(explanation)
        if term and not isinstance(editor, (RegionPicker, TierPicker)):  # the pickers keep their own
            editor.setToolTip(term)
            label.setToolTip(term)
        layout.addWidget(label)
        layout.addWidget(editor)
        if explanation:
            layout.addWidget(self._explanation(explanation, editor.parentWidget()))
        layout.addSpacing(10)
        self._fields[name] = editor
        self._pages[name] = page

    def _show_locks(self) -> None:
        """A setting the organisation locked (pixdesk.managed): its value shown but not editable,
        and why, under it, in its tooltip and in what a screen reader says of it."""
        for key, editor in self._editors.items():
            note = self._policy_note(key)
            if not note:
                continue
            described = editor.accessibleDescription()
            if self._settings.locked(key) and isinstance(editor, (RegionPicker, TierPicker)):
                editor.set_locked(True)  # (its tooltip says why)
            elif self._settings.locked(key):
                editor.setEnabled(False)
                editor.setToolTip(f"{translated(SET_BY_ORGANISATION)}.\n{editor.toolTip()}".strip())
            editor.setAccessibleDescription(f"{note} {described}".strip())
            label = QLabel(note, editor.parentWidget())
            label.setObjectName("lockNote")
            holder = editor.parentWidget()
            layout = holder.layout() if holder is not None else None
            if isinstance(layout, QVBoxLayout):
                layout.insertWidget(layout.indexOf(editor) + 1, label)

    def _policy_note(self, key: str) -> str:
        """What the organisation decided about `key`, as the sentence under it ("" if nothing)."""
        if self._settings.locked(key):
            return f"{translated(SET_BY_ORGANISATION)}."
        allowed = self._settings.allowed_regions()
        if key == "bedrock/region" and len(allowed) < len(catalog.REGIONS):
            return translate("settings_dialog", "Your organisation allows only {places}.").format(
                places=translated(allowed_places(allowed))
            )
        return ""

    def _explanation(self, text: str, parent: QWidget | None) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self._explanations.append(label)
        return label

    def _account_extras(self, page: QWidget, layout: QVBoxLayout, api_key: str | None, keychain: bool) -> None:
        """The API key and Test connection, after the sign-in (built here so that Tab meets them in
        this order)."""
        inner = self._editors[PROFILE_FIELD].parentWidget()
        sso = translate("settings_dialog", "Sign in with your company's AWS access…")
        self.sso_button = QPushButton(sso, inner)
        self.sso_button.setAccessibleName(sso.rstrip("…"))
        self.sso_button.setToolTip(translate("settings_dialog", "AWS IAM Identity Center (AWS SSO) sign-in."))
        self.sso_button.clicked.connect(self.sso_requested)
        if self._settings.locked(PROFILE_FIELD):  # IT chose the sign-in: signing in anew would replace it
            locked = translate("settings_dialog", "Set by your organisation")
            self.sso_button.setEnabled(False)
            self.sso_button.setToolTip(locked)
            self.sso_button.setAccessibleDescription(locked)
        layout.addWidget(self.sso_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(
            self._explanation(
                translate(
                    "settings_dialog",
                    "Opens your company's sign-in page in your browser, then adds that sign-in to the list above.",
                ),
                inner,
            )
        )
        layout.addSpacing(10)
        self.api_key = QLineEdit(api_key or "", inner)
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText(translate("settings_dialog", "Only if you were given an API key"))
        where = (
            translate("settings_dialog", "Kept in your system's keychain.")
            if keychain
            else translate(
                "settings_dialog",
                "This computer offers no keychain: the key is kept only until pixdesk quits, never in a file.",
            )
        )
        self._add_field(
            page,
            layout,
            API_KEY_FIELD,
            translate("settings_dialog", "API key"),
            self.api_key,
            translate(
                "settings_dialog",
                "An Amazon Bedrock API key; when there is one, pixdesk uses it instead of the company sign-in. {where}",
            ).format(where=where),
            "Amazon Bedrock API key (a bearer token, like AWS_BEARER_TOKEN_BEDROCK).",
        )
        self.test_button = QPushButton(translate("settings_dialog", "Test connection"), inner)
        self.test_button.setAccessibleName(translate("settings_dialog", "Test connection"))
        self.test_button.setAccessibleDescription(
            translate("settings_dialog", "Asks Pixtral Large one word with the choices on screen now.")
        )
        self.test_button.clicked.connect(self.test_requested)
        self.test_result = QLabel(inner)
        self.test_result.setWordWrap(True)
        self.test_result.setAccessibleName(translate("settings_dialog", "Connection not tested yet"))
        row = QHBoxLayout()
        row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.test_result, 1)
        layout.addLayout(row)
        layout.addWidget(
            self._explanation(
                translate("settings_dialog", "Tries the choices on screen now, before you save them."), inner
            )
        )
        self._fields[TEST_FIELD] = self.test_button
        self._pages[TEST_FIELD] = page

    def _network(self, page: QWidget, layout: QVBoxLayout, proxy_password: str | None, keychain: bool) -> None:
        self.network = ProxySettings(self._settings, proxy_password, self._explanation, keychain, layout.parentWidget())
        layout.addWidget(self.network)
        for name, field in self.network.fields().items():
            self._fields[name] = field
            self._pages[name] = page

    def _capture_extras(self, layout: QVBoxLayout) -> None:
        """Under the shortcut, whether it works here (live, as it is typed); the tray checkbox off,
        with the reason, where the desktop has no tray."""
        shortcut = self._editors.get(SHORTCUT_FIELD)
        if isinstance(shortcut, QKeySequenceEdit):
            self.shortcut_status = QLabel(shortcut.parentWidget())
            self.shortcut_status.setWordWrap(True)
            self.shortcut_status.setTextFormat(Qt.TextFormat.PlainText)
            index = layout.indexOf(shortcut)
            layout.insertWidget(index + 1, self.shortcut_status)
            shortcut.keySequenceChanged.connect(lambda _sequence: self._show_shortcut_status())
            self._show_shortcut_status()
        keep = self._editors.get(KEEP_IN_TRAY_FIELD)
        if keep is not None and self._tray_note:
            keep.setEnabled(False)
            note = self._explanation(self._tray_note, keep.parentWidget())
            note.setObjectName("trayNote")
            layout.insertWidget(layout.indexOf(keep) + 2, note)  # after the option's own sentence

    def _show_shortcut_status(self) -> None:
        editor = self._editors[SHORTCUT_FIELD]
        text = self._shortcut_check(_read(editor)) if self._shortcut_check is not None else ""
        self.shortcut_status.setText(text)
        self.shortcut_status.setVisible(bool(text))
        self.shortcut_status.setAccessibleName(text)

    def _privacy(self, layout: QVBoxLayout, keeps_history: bool, keychain: bool) -> None:
        inner = layout.parentWidget()
        kept = (
            translate(
                "settings_dialog",
                "Your conversations, with their images and reviewed documents, are kept on this computer only, "
                "so that you can find them again in the history. Delete a conversation to remove it.",
            )
            if keeps_history
            else translate(
                "settings_dialog", "Conversations are not kept: nothing is saved on this computer after pixdesk closes."
            )
        )
        for heading, text in (
            (translate("settings_dialog", "What stays on this computer"), kept),
            (
                translate("settings_dialog", "What is sent"),
                translate(
                    "settings_dialog",
                    "Your questions and the images you attach go to Amazon Bedrock in your AWS account, processed "
                    "where you chose under Answers, and nowhere else.",
                ),
            ),
            (
                translate("settings_dialog", "Your API key"),
                translate("settings_dialog", "Kept in your system's keychain, never in a file or in the log.")
                if keychain
                else translate(
                    "settings_dialog",
                    "Kept only until pixdesk quits (this computer offers no keychain), never in a file or in the log.",
                ),
            ),
        ):
            label = QLabel(heading, inner)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            layout.addWidget(label)
            layout.addWidget(self._explanation(text, inner))
            layout.addSpacing(10)

    def _editor(self, setting: Setting, profiles: list[str], parent: QWidget) -> QWidget:
        inner = parent.widget() if isinstance(parent, QScrollArea) else parent
        value = self._settings.get(setting.key)
        editor: QWidget
        if setting.key == "bedrock/region":
            region = RegionPicker(inner, self._settings.allowed_regions())  # only where the organisation allows
            region.set_region(value)
            editor = region
        elif setting.key == "bedrock/tier":
            tier = TierPicker(inner)
            tier.set_tier(value)
            editor = tier
        elif setting.key == PROFILE_FIELD:
            combo = QComboBox(inner)
            combo.setEditable(True)
            combo.addItems(["", *profiles])
            combo.setCurrentText(value)
            line = combo.lineEdit()
            if line is not None:
                line.setPlaceholderText(translate("settings_dialog", "The one this computer already uses"))
            editor = combo
        elif setting.key == KEEP_DAYS:
            editor = keep_days_box(value, inner)  # Forever, 1 year, 90 days…: not a bare number
        elif setting.key == SHORTCUT_FIELD:
            keys = QKeySequenceEdit(QKeySequence(value, QKeySequence.SequenceFormat.PortableText), inner)
            keys.setMaximumSequenceLength(1)  # one chord: Ctrl+Alt+S, not a sequence of them
            keys.setClearButtonEnabled(True)  # cleared: no shortcut outside the window
            editor = keys
        elif setting.type is bool:
            editor = QCheckBox(setting_title(setting), inner)
            editor.setChecked(bool(value))
        elif setting.key == "chat/system_prompt":
            prompt = QPlainTextEdit(value, inner)
            prompt.setTabChangesFocus(True)  # Tab moves on to the next field: no keyboard trap
            prompt.setMaximumHeight(90)
            editor = prompt
        elif setting.choices:
            choices = QComboBox(inner)
            for choice in setting.choices:
                choices.addItem(_choice_title(choice), choice)
            choices.setCurrentIndex(max(0, choices.findData(value)))
            editor = choices
        elif setting.type is float:
            number = QDoubleSpinBox(inner)
            number.setRange(setting.minimum or 0.0, setting.maximum or 1.0)
            number.setSingleStep(0.1)
            number.setValue(value)
            editor = number
        elif setting.type is int:
            whole = QSpinBox(inner)
            whole.setRange(int(setting.minimum or 0), int(setting.maximum or 1_000_000))
            whole.setGroupSeparatorShown(True)
            whole.setValue(value)
            editor = whole
        else:
            editor = QLineEdit(str(value), inner)
        return editor

    # --- looks --------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:  # the system switched light/dark
            self._paint_explanations()
        super().changeEvent(event)

    def _paint_explanations(self) -> None:
        muted = muted_text(self.palette())
        for label in self._explanations:
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, muted)
            label.setPalette(palette)


def _read(editor: QWidget) -> Any:
    if isinstance(editor, RegionPicker):
        return editor.region
    if isinstance(editor, TierPicker):
        return editor.tier
    if isinstance(editor, QComboBox):
        return editor.currentData() if editor.currentData() is not None else editor.currentText().strip()
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QKeySequenceEdit):
        return editor.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, (QSpinBox, QDoubleSpinBox)):
        return editor.value()
    if isinstance(editor, QLineEdit):
        return editor.text()
    raise TypeError(f"no reader for {type(editor).__name__}")
