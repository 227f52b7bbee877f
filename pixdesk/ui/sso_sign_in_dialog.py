"""Sign in with your company's AWS access (IAM Identity Center), in three steps on one dialog:
1. the sign-in page's address and its region; 2. finish signing in in the browser (or, where
there is no browser, type a code on any device), with Cancel; 3. choose the AWS account and role.
Signing in again to a sign-in already set up starts at step 2 and asks nothing.

The work is the Workspace's (services.sso_sign_in): this dialog starts each step as a task and
shows where it is. Opened with .open(), never exec() (qasync)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pixdesk.errors import KnownError
from pixdesk.services.sso_sign_in import BrowserStep, RoleChoice, SignInCancelled, SsoSignIn
from pixdesk.ui.i18n import error_sentence, translate
from pixdesk.ui.readable import muted_text, status_colour
from pixdesk.ui.window_memory import fit_dialog

Spawn = Callable[[Coroutine[Any, Any, Any]], "asyncio.Task[Any]"]


class SsoSignInDialog(QDialog):
    """`signed_in(profile)`: done — the profile now in the AWS config file (for a renewal, the
    profile being renewed)."""

    signed_in = Signal(str)

    def __init__(
        self,
        sign_in: SsoSignIn,
        spawn: Spawn,
        open_url: Callable[[QUrl], object],
        regions: list[tuple[str, str]],
        bedrock_region: str,
        parent: QWidget | None = None,
        renew_profile: str = "",
    ) -> None:
        super().__init__(parent)
        self.sign_in, self._spawn, self._open_url = sign_in, spawn, open_url  # (tests pace sign_in's polling)
        self._bedrock_region = bedrock_region
        self._renew_profile = renew_profile
        self._task: asyncio.Task[Any] | None = None
        self._step: BrowserStep | None = None
        self._use_code = False
        self.setWindowTitle(
            translate("sso_sign_in", "Sign in again")
            if sign_in.renewing
            else translate("sso_sign_in", "Sign in with your company's AWS access")
        )
        self.setAccessibleName(self.windowTitle())
        self._muted: list[QLabel] = []
        self.pages = QStackedWidget(self)
        self.start_page = self._build_start_page(regions)
        self.browser_page = self._build_browser_page()
        self.roles_page = self._build_roles_page()
        for page in (self.start_page, self.browser_page, self.roles_page):
            self.pages.addWidget(page)
        self.cancel_button = QPushButton(translate("sso_sign_in", "Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.next_button = QPushButton(self)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(row)
        self._paint()
        fit_dialog(self, QSize(560, 400), parent)
        if sign_in.renewing:
            self._begin()
        else:
            self._show(self.start_page)

    # --- the pages ----------------------------------------------------------------------------------

    def _heading(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        label.setFont(font)
        label.setWordWrap(True)
        return label

    def _text(self, text: str, parent: QWidget, muted: bool = False) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if muted:
            self._muted.append(label)
        return label

    def _build_start_page(self, regions: list[tuple[str, str]]) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(self._heading(translate("sso_sign_in", "Sign in with your company's AWS access"), page))
        layout.addWidget(
            self._text(
                translate(
                    "sso_sign_in",
                    "Your IT team gives you the address of your company's AWS sign-in page and its region. "
                    "pixdesk opens that page in your browser; you sign in there as you usually do.",
                ),
                page,
            )
        )
        layout.addSpacing(8)
        self.start_url = QLineEdit(page)
        self.start_url.setPlaceholderText("https://your-company.awsapps.com/start")
        self.start_url.setToolTip(
            translate("sso_sign_in", "The AWS access portal URL (IAM Identity Center start URL, sso_start_url).")
        )
        self.start_url.setAccessibleName(translate("sso_sign_in", "Sign-in page address"))
        self.start_url.returnPressed.connect(self._next)
        address = QLabel(translate("sso_sign_in", "Sign-in page address"), page)
        address.setBuddy(self.start_url)
        layout.addWidget(address)
        layout.addWidget(self.start_url)
        layout.addSpacing(6)
        self.region = QComboBox(page)
        for name, title in regions:
            self.region.addItem(f"{title} — {name}", name)
        self.region.setCurrentIndex(max(0, self.region.findData(self._bedrock_region)))
        self.region.setToolTip(
            translate(
                "sso_sign_in", "The IAM Identity Center region (sso_region). It may differ from where Bedrock runs."
            )
        )
        self.region.setAccessibleName(translate("sso_sign_in", "Sign-in region"))
        where = QLabel(translate("sso_sign_in", "Sign-in region"), page)
        where.setBuddy(self.region)
        layout.addWidget(where)
        layout.addWidget(self.region)
        layout.addWidget(
            self._text(translate("sso_sign_in", "The region your IT team named with the address."), page, muted=True)
        )
        self.start_error = self._text("", page)
        self.start_error.hide()
        layout.addWidget(self.start_error)
        layout.addStretch(1)
        return page

    def _build_browser_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(self._heading(translate("sso_sign_in", "Finish signing in in your browser"), page))
        self.browser_text = self._text("", page)
        layout.addWidget(self.browser_text)
        self.address = QLabel(page)  # where to type the code: on its own line, to copy or read out
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setWordWrap(True)
        layout.addWidget(self.address)
        self.code = QLabel(page)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code_font.setPointSizeF(QFont().pointSizeF() * 2)
        code_font.setBold(True)
        self.code.setFont(code_font)
        self.copy_button = QPushButton(translate("sso_sign_in", "Copy code"), page)
        self.copy_button.clicked.connect(self._copy_code)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code)
        code_row.addWidget(self.copy_button)
        code_row.addStretch(1)
        layout.addLayout(code_row)
        self.waiting = QProgressBar(page)
        self.waiting.setRange(0, 0)  # busy: how long it takes is up to the person
        self.waiting.setTextVisible(False)
        self.waiting.setMaximumHeight(8)
        self.waiting.setAccessibleName(translate("sso_sign_in", "Waiting for the sign-in"))
        layout.addWidget(self.waiting)
        self.waiting_text = self._text("", page, muted=True)
        layout.addWidget(self.waiting_text)
        self.browser_error = self._text("", page)
        self.browser_error.hide()
        layout.addWidget(self.browser_error)
        others = QHBoxLayout()
        self.open_again_button = QPushButton(translate("sso_sign_in", "Open the sign-in page again"), page)
        self.open_again_button.clicked.connect(self._open_browser)
        self.use_code_button = QPushButton(translate("sso_sign_in", "Use a code instead"), page)
        self.use_code_button.setToolTip(
            translate(
                "sso_sign_in", "For when the browser is on another device (the OAuth device authorization grant)."
            )
        )
        self.use_code_button.clicked.connect(self._switch_to_code)
        others.addWidget(self.open_again_button)
        others.addWidget(self.use_code_button)
        others.addStretch(1)
        layout.addLayout(others)
        layout.addStretch(1)
        return page

    def _build_roles_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(self._heading(translate("sso_sign_in", "Choose the AWS account and role"), page))
        layout.addWidget(
            self._text(
                translate(
                    "sso_sign_in", "You are signed in. Choose what pixdesk works as; your IT team can tell you which."
                ),
                page,
            )
        )
        self.roles = QListWidget(page)
        self.roles.setAccessibleName(translate("sso_sign_in", "AWS accounts and roles"))
        self.roles.setToolTip(
            translate(
                "sso_sign_in", "AWS account and IAM Identity Center permission set (sso_account_id, sso_role_name)."
            )
        )
        self.roles.itemDoubleClicked.connect(lambda _item: self._next())
        self.roles.currentRowChanged.connect(lambda _row: self._update_next())
        layout.addWidget(self.roles, 1)
        layout.addWidget(
            self._text(
                translate(
                    "sso_sign_in",
                    "pixdesk saves this sign-in in your AWS settings, so the AWS command line tools can use it too.",
                ),
                page,
                muted=True,
            )
        )
        self.roles_error = self._text("", page)
        self.roles_error.hide()
        layout.addWidget(self.roles_error)
        return page

    # --- moving between pages -------------------------------------------------------------------------

    def _show(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self._update_next()
        first = {id(self.start_page): self.start_url, id(self.roles_page): self.roles}.get(id(page))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_next(self) -> None:
        page = self.pages.currentWidget()
        busy = self._task is not None and not self._task.done()
        if page is self.start_page:
            self.next_button.setText(translate("sso_sign_in", "Continue in browser"))
            self.next_button.setVisible(True)
            self.next_button.setEnabled(not busy)
        elif page is self.roles_page:
            self.next_button.setText(translate("sso_sign_in", "Use this account"))
            self.next_button.setVisible(True)
            self.next_button.setEnabled(not busy and self.roles.currentItem() is not None)
        else:  # the browser page: its button appears only to try again after a failure
            self.next_button.setText(translate("sso_sign_in", "Try again"))
            self.next_button.setVisible(not self.browser_error.isHidden() and not busy)
            self.next_button.setEnabled(True)

    def _next(self) -> None:
        page = self.pages.currentWidget()
        if self.next_button.isHidden() or not self.next_button.isEnabled():
            return
        if page is self.start_page or page is self.browser_page:
            self._begin()
        elif page is self.roles_page:
            self._run(self._save())

    def _run(self, coroutine: Coroutine[Any, Any, None]) -> None:
        self._task = self._spawn(coroutine)
        self._update_next()

    def _begin(self) -> None:
        self._run(self._sign_in_in_browser())

    # --- the steps (tasks) --------------------------------------------------------------------------

    async def _sign_in_in_browser(self) -> None:
        self._say(self.start_error, "")
        self._say(self.browser_error, "")
        self.start_url.setEnabled(False)
        self.region.setEnabled(False)
        self._waiting(translate("sso_sign_in", "Contacting your sign-in page…"))
        try:
            await self._start_step()
            await self._guard(self.sign_in.finish(), self.browser_error)
            if self.sign_in.renewing:
                self.signed_in.emit(self._renew_profile)
                self.accept()
                return
            self._waiting(translate("sso_sign_in", "Finding your AWS accounts…"))
            roles = await self._guard(self.sign_in.roles(), self.browser_error)
            self._fill_roles(roles)
            self._show(self.roles_page)
        except _Shown:
            pass
        finally:
            if self._task is asyncio.current_task():  # (not a step replaced by "Use a code instead")
                self._tidy_after_step()

    def _tidy_after_step(self) -> None:
        self.start_url.setEnabled(True)
        self.region.setEnabled(True)
        self.waiting.setVisible(False)
        self.waiting_text.setVisible(False)
        self.open_again_button.setVisible(self.browser_error.isHidden())  # a failed page is not worth opening
        self._task = None
        self._update_next()

    async def _start_step(self) -> None:
        on_start_page = self.pages.currentWidget() is self.start_page
        address, region = self.start_url.text(), self.region.currentData() or ""
        step = await self._guard(
            self.sign_in.start(address, region, self._use_code),
            self.start_error if on_start_page else self.browser_error,
        )
        self._step = step
        self._show_step(step)
        self._show(self.browser_page)
        if not self._open_browser() and not step.uses_code:  # no browser here: a code works on any device
            self._use_code = True
            self._step = await self._guard(self.sign_in.start(address, region, use_code=True), self.browser_error)
            self._show_step(self._step)

    def _show_step(self, step: BrowserStep) -> None:
        if step.uses_code:
            self.browser_text.setText(
                translate(
                    "sso_sign_in",
                    "On this computer or any other device, open this address and enter the code below. "
                    "pixdesk carries on by itself once you have signed in.",
                )
            )
            self._waiting(translate("sso_sign_in", "Waiting for you to enter the code…"))
        else:
            self.browser_text.setText(
                translate(
                    "sso_sign_in",
                    "pixdesk opened your company's sign-in page in your browser. Sign in there, "
                    "then allow pixdesk; this window carries on by itself.",
                )
            )
            self._waiting(translate("sso_sign_in", "Waiting for you to sign in in the browser…"))
        self.address.setText(step.verification_uri)
        self.address.setVisible(step.uses_code)
        self.code.setText(step.user_code)
        self.code.setAccessibleName(translate("sso_sign_in", "Sign-in code {code}").format(code=step.user_code))
        self.code.setVisible(step.uses_code)
        self.open_again_button.setVisible(True)
        self.copy_button.setVisible(step.uses_code)
        self.use_code_button.setVisible(not step.uses_code)

    async def _save(self) -> None:
        item = self.roles.currentItem()
        if item is None:
            return
        choice: RoleChoice = item.data(Qt.ItemDataRole.UserRole)
        self._say(self.roles_error, "")
        try:
            saved = await self._guard(self.sign_in.save(choice, self._bedrock_region), self.roles_error)
        except _Shown:
            self._task = None
            self._update_next()
            return
        self.signed_in.emit(saved.profile)
        self.accept()

    async def _guard(self, awaitable: Awaitable[Any], where: QLabel) -> Any:
        """`awaitable`'s result; a KnownError is shown in `where` (and ends the step)."""
        try:
            return await awaitable
        except KnownError as error:
            self._say(where, error_sentence(error), problem=True)
            raise _Shown() from error
        except SignInCancelled:
            raise _Shown() from None

    def _fill_roles(self, roles: list[RoleChoice]) -> None:
        self.roles.clear()
        for choice in roles:
            item = QListWidgetItem(choice.title, self.roles)
            item.setData(Qt.ItemDataRole.UserRole, choice)
        if roles:
            self.roles.setCurrentRow(0)
        else:
            self._say(
                self.roles_error,
                translate("sso_sign_in", "Your sign-in may not use any AWS account yet. Ask your IT team."),
                True,
            )

    # --- helpers ------------------------------------------------------------------------------------

    def _waiting(self, text: str) -> None:
        self.waiting.setVisible(True)
        self.waiting_text.setVisible(True)
        self.waiting_text.setText(text)
        self.waiting.setAccessibleDescription(text)

    def _say(self, label: QLabel, text: str, problem: bool = False) -> None:
        label.setText(text)
        label.setAccessibleName(text)
        label.setVisible(bool(text))
        if problem:
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, status_colour(self.palette(), False))
            label.setPalette(palette)

    def _open_browser(self) -> bool:
        step = self._step
        return bool(step is not None and self._open_url(QUrl(step.url)))

    def _switch_to_code(self) -> None:
        self._use_code = True
        self.sign_in.cancel_waiting()
        if self._task is not None:
            self._task.cancel()
        self._begin()

    def _copy_code(self) -> None:
        QGuiApplication.clipboard().setText(self.code.text())
        self.copy_button.setText(translate("sso_sign_in", "Copied"))

    def _paint(self) -> None:
        muted = muted_text(self.palette())
        for label in self._muted:
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, muted)
            label.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:  # the system switched light/dark
            self._paint()
        super().changeEvent(event)

    def done(self, result: int) -> None:  # Cancel, Esc, the close button and the end of the sign-in
        self.sign_in.cancel_waiting()
        task = self._task
        if task is not None and not task.done() and task is not asyncio.current_task():
            task.cancel()
        super().done(result)


class _Shown(Exception):
    """A step ended with what the person needs to know already on screen."""
