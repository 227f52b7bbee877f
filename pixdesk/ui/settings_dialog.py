"""Settings, built from the declared settings table, plus the Bedrock API key (OS keychain) and a
"Test connection" button. Opened with .open(), never exec() (qasync)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pixdesk.settings import SETTINGS, Setting, Settings
from pixdesk.ui.pickers import RegionPicker, TierPicker

_RESOLUTION_TITLES = {
    "model": "Model resolution (1024×1024, what Pixtral sees)",
    "original": "Original, up to Bedrock's limits",
}


class SettingsDialog(QDialog):
    test_requested = Signal()  # the window runs the test and calls show_test_result

    def __init__(
        self,
        settings: Settings,
        profiles: list[str],
        api_key: str | None,
        keychain: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("pixdesk settings")
        self._settings = settings
        self._editors: dict[str, QWidget] = {}
        form = QFormLayout()
        for setting in (s for s in SETTINGS if s.in_dialog):
            editor = self._editor(setting, profiles)
            editor.setAccessibleName(setting.title)
            editor.setToolTip(setting.description)
            self._editors[setting.key] = editor
            form.addRow(setting.title, editor)
        self.api_key = QLineEdit(api_key or "", self)
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText("Optional: a Bedrock API key instead of an AWS profile")
        self.api_key.setAccessibleName("Bedrock API key")
        where = (
            "Kept in your system's keychain."
            if keychain
            else "This computer offers no keychain: the key is kept only until pixdesk quits, never in a file."
        )
        key_note = QLabel(where, self)
        key_note.setWordWrap(True)
        form.addRow("Bedrock API key", self.api_key)
        form.addRow("", key_note)
        self.test_button = QPushButton("Test connection", self)
        self.test_button.setAccessibleName("Test connection")
        self.test_button.clicked.connect(self.test_requested)
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)
        self.test_result.setAccessibleName("Connection test result")
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        """What the form says now (also used by Test connection before saving)."""
        return {key: _read(editor) for key, editor in self._editors.items()}

    def save(self) -> None:
        for key, value in self.values().items():
            self._settings.set(key, value)

    def show_test_result(self, text: str, ok: bool) -> None:
        colour = "#107c10" if ok else "#d13438"
        self.test_result.setText(f'<span style="color:{colour}">{text}</span>')
        self.test_button.setEnabled(True)

    def _editor(self, setting: Setting, profiles: list[str]) -> QWidget:
        value = self._settings.get(setting.key)
        if setting.key == "bedrock/region":
            editor = RegionPicker(self)
            editor.set_region(value)
        elif setting.key == "bedrock/tier":
            editor = TierPicker(self)
            editor.set_tier(value)
        elif setting.key == "aws/profile":
            editor = QComboBox(self)
            editor.setEditable(True)
            editor.addItems(["", *profiles])
            editor.setCurrentText(value)
            editor.lineEdit().setPlaceholderText("Standard AWS credential chain")
        elif setting.key == "chat/system_prompt":
            editor = QPlainTextEdit(value, self)
            editor.setMaximumHeight(80)
        elif setting.choices:
            editor = QComboBox(self)
            for choice in setting.choices:
                editor.addItem(_RESOLUTION_TITLES.get(choice, choice), choice)
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif setting.type is float:
            editor = QDoubleSpinBox(self)
            editor.setRange(setting.minimum or 0.0, setting.maximum or 1.0)
            editor.setSingleStep(0.1)
            editor.setValue(value)
        elif setting.type is int:
            editor = QSpinBox(self)
            editor.setRange(int(setting.minimum or 0), int(setting.maximum or 1_000_000))
            editor.setGroupSeparatorShown(True)
            editor.setValue(value)
        else:
            editor = QLineEdit(str(value), self)
        return editor


def _read(editor: QWidget) -> Any:
    if isinstance(editor, RegionPicker):
        return editor.region
    if isinstance(editor, TierPicker):
        return editor.tier
    if isinstance(editor, QComboBox):
        return editor.currentData() if editor.currentData() is not None else editor.currentText().strip()
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, (QSpinBox, QDoubleSpinBox)):
        return editor.value()
    return editor.text()
