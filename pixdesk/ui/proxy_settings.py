"""Settings, Network section: how pixdesk reaches Amazon Bedrock — this computer's proxy settings, a proxy
typed here (with a user name and a password kept in the keychain), or none — and, under it, which
proxy and certificates are in use now (for the IT team)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from pixdesk.services.network import ProxyChoice, ProxyMode, check_proxy_address
from pixdesk.settings import Settings
from pixdesk.ui.declared_words import setting_explanation, setting_title
from pixdesk.ui.i18n import translate
from pixdesk.ui.readable import status_colour

# Names for SettingsDialog.focus_field().
PROXY_FIELD = "network/proxy"
PROXY_ADDRESS_FIELD = "network/proxy_url"
PROXY_USER_FIELD = "network/proxy_user"
PROXY_PASSWORD_FIELD = "proxy_password"
_INDENT = 24  # the proxy's own fields sit under "Use this proxy", which they belong to

Explain = Callable[[str, QWidget], QLabel]  # the dialog's muted sentence under a field


class ProxySettings(QWidget):
    choice_changed = Signal()  # the mode, or a finished address: what is "in use" may differ now

    def __init__(
        self, settings: Settings, password: str | None, explain: Explain, keychain: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._explain = explain
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        mode = Settings.declared(PROXY_FIELD)
        heading = QLabel(setting_title(mode), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setToolTip(mode.aws_term)
        layout.addWidget(heading)
        layout.addWidget(explain(setting_explanation(mode), self))
        self.modes = QButtonGroup(self)
        self._buttons: dict[ProxyMode, QRadioButton] = {}
        for value, title, sentence in (
            (
                ProxyMode.SYSTEM,
                translate("proxy_settings", "Use this computer's settings"),
                translate("proxy_settings", "What your IT team set up for every program; right for most people."),
            ),
            (ProxyMode.MANUAL, translate("proxy_settings", "Use this proxy"), ""),
            (
                ProxyMode.NONE,
                translate("proxy_settings", "No proxy"),
                translate("proxy_settings", "Connect directly, even where this computer is set to use a proxy."),
            ),
        ):
            button = QRadioButton(title, self)
            button.setAccessibleName(title)
            button.setToolTip(mode.aws_term)
            if sentence:
                button.setAccessibleDescription(sentence)
            self.modes.addButton(button)
            self._buttons[value] = button
            layout.addWidget(button)
            if sentence:
                layout.addWidget(self._indented(explain(sentence, self)))
            if value is ProxyMode.MANUAL:
                layout.addWidget(self._manual_fields(settings, password, keychain))
        layout.addSpacing(10)
        self.in_use = QLabel(self)
        self.in_use.setWordWrap(True)
        self.in_use.setTextFormat(Qt.TextFormat.PlainText)
        self.in_use.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # IT may copy it
        self.in_use.hide()
        layout.addWidget(self.in_use)
        self._buttons[ProxyMode(settings.get(PROXY_FIELD))].setChecked(True)
        self.modes.buttonToggled.connect(self._mode_toggled)
        self.address.editingFinished.connect(self.choice_changed)
        self.address.textChanged.connect(lambda _text: self._show_problem(live=True))
        self._enable()
        if settings.locked(PROXY_FIELD):  # the organisation chose: shown, not changeable
            for widget in (*self._buttons.values(), self.address, self.user, self.password):
                widget.setEnabled(False)

    # --- what the dialog uses ----------------------------------------------------------------------

    def mode(self) -> ProxyMode:
        return next(value for value, button in self._buttons.items() if button.isChecked())

    def choice(self) -> ProxyChoice:
        """The proxy on screen now (for Test connection and "in use"), its password included."""
        return ProxyChoice(
            self.mode(), self.address.text().strip(), self.user.text().strip(), self.password.text() or None
        )

    def save(self, settings: Settings) -> None:
        """The mode, address and user name into the settings (the password is the window's to keep
        in the keychain: see password_text)."""
        if settings.locked(PROXY_FIELD):
            return
        settings.set(PROXY_FIELD, self.mode().value)
        settings.set(PROXY_ADDRESS_FIELD, self.address.text().strip())
        settings.set(PROXY_USER_FIELD, self.user.text().strip())

    def password_text(self) -> str:
        return self.password.text() if self.user.text().strip() else ""  # no user: no password to keep

    def problem(self) -> str:
        """Why what is on screen cannot be saved ("" when it can); also shown under the address."""
        return self._show_problem(live=False)

    def fields(self) -> dict[str, QWidget]:
        return {
            PROXY_FIELD: self._buttons[self.mode()],
            PROXY_ADDRESS_FIELD: self.address,
            PROXY_USER_FIELD: self.user,
            PROXY_PASSWORD_FIELD: self.password,
        }

    def show_in_use(self, sentence: str) -> None:
        text = translate("proxy_settings", "In use now: {what}").format(what=sentence)
        self.in_use.setText(text)
        self.in_use.setAccessibleName(text)
        self.in_use.show()

    # --- building ----------------------------------------------------------------------------------

    def _manual_fields(self, settings: Settings, password: str | None, keychain: bool) -> QWidget:
        """The proxy's address, user name and password, indented under "Use this proxy"."""
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(_INDENT, 0, 0, 0)
        layout.setSpacing(4)
        self.address = QLineEdit(settings.get(PROXY_ADDRESS_FIELD), box)
        self.address.setPlaceholderText("proxy.example.com:8080")
        self.user = QLineEdit(settings.get(PROXY_USER_FIELD), box)
        self.user.setPlaceholderText(translate("proxy_settings", "Only if the proxy asks you to sign in"))
        self.password = QLineEdit(password or "", box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        where = (
            translate("proxy_settings", "Kept in your system's keychain, never in a file or in the log.")
            if keychain
            else translate(
                "proxy_settings",
                "This computer offers no keychain: it is kept only until pixdesk quits, never in a file.",
            )
        )
        address, user = Settings.declared(PROXY_ADDRESS_FIELD), Settings.declared(PROXY_USER_FIELD)
        self.address_problem = QLabel(box)
        self.address_problem.setWordWrap(True)
        self.address_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.address_problem.hide()
        for title, editor, sentence, term in (
            (setting_title(address), self.address, setting_explanation(address), address.aws_term),
            (setting_title(user), self.user, setting_explanation(user), user.aws_term),
            (translate("proxy_settings", "Proxy password"), self.password, where, "Proxy Basic authentication."),
        ):
            label = QLabel(title, box)
            label.setBuddy(editor)
            label.setToolTip(term)
            editor.setToolTip(term)
            editor.setAccessibleName(title)
            editor.setAccessibleDescription(sentence)
            layout.addWidget(label)
            layout.addWidget(editor)
            if editor is self.address:
                layout.addWidget(self.address_problem)
            layout.addWidget(self._explain(sentence, box))
            layout.addSpacing(4)
        return box

    @staticmethod
    def _indented(label: QLabel) -> QLabel:
        label.setIndent(_INDENT)  # (a label's own indent: its text lines up with the fields above)
        return label

    # --- behaviour ---------------------------------------------------------------------------------

    def _mode_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._enable()
            self._show_problem(live=True)
            self.choice_changed.emit()

    def _enable(self) -> None:
        manual = self.mode() is ProxyMode.MANUAL
        for widget in (self.address, self.user, self.password):
            widget.setEnabled(manual)

    def _show_problem(self, live: bool) -> str:
        """The address's problem under it. While typing (`live`), an empty address is not yet one."""
        problem = ""
        if self.mode() is ProxyMode.MANUAL and (self.address.text().strip() or not live):
            try:
                check_proxy_address(self.address.text())
            except ValueError as exc:
                problem = translate("network", str(exc))  # (marked in pixdesk.bedrock.network)
        colour = status_colour(self.palette(), False).name()
        self.address_problem.setStyleSheet(f"color: {colour}")
        self.address_problem.setText(problem)
        self.address_problem.setAccessibleName(problem)
        self.address_problem.setVisible(bool(problem))
        return problem
