"""The pixdesk window: toolbar (region, tier, credentials), the conversation, notices, the images
to send, and the question. It composes small widgets and connects them to the services."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Executor

from PySide6.QtCore import QBuffer, QIODevice, QMimeData, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pixdesk import catalog
from pixdesk.errors import Kind
from pixdesk.logs import log_dir
from pixdesk.services.chat import Exchange, Status
from pixdesk.services.connection import CredentialState, CredentialStatus
from pixdesk.services.quota import minutes
from pixdesk.services.workspace import Workspace
from pixdesk.ui.attachments import AttachmentTray
from pixdesk.ui.banner import Banner
from pixdesk.ui.chat_view import ChatView
from pixdesk.ui.composer import Composer
from pixdesk.ui.conversation_files import ConversationFiles
from pixdesk.ui.history_controller import HistoryController
from pixdesk.ui.history_panel import HistoryPanel
from pixdesk.ui.pickers import RegionPicker, TierPicker
from pixdesk.ui.settings_dialog import SettingsDialog
from pixdesk.ui.welcome import WelcomePanel

_RAW_IMAGE_TYPES = ("image/png", "image/jpeg", "image/webp", "image/gif", "image/bmp", "image/tiff")
_CREDENTIAL_KINDS = {Kind.NO_CREDENTIALS, Kind.EXPIRED_CREDENTIALS, Kind.INVALID_CREDENTIALS, Kind.ACCESS_DENIED}


class MainWindow(QMainWindow):
    def __init__(
        self,
        workspace: Workspace,
        image_pool: Executor | None = None,
        renew_image_pool: Callable[[], Executor] | None = None,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        """`workspace`: the chat, the history, the settings, and the executor for light blocking
        work; `image_pool`: where images are prepared (the app passes worker processes; by
        default the workspace's executor)."""
        super().__init__()
        self.setWindowTitle("pixdesk")
        self.setAcceptDrops(True)
        self.workspace, self.choices, self.settings = workspace, workspace.choices, workspace.settings
        executor = workspace.executor
        self._open_url = open_url
        self._tasks: set[asyncio.Task] = set()
        self._sending = False
        self._banner_counts_down = False
        self.credentials: CredentialStatus | None = None
        self.session = workspace.chat

        self.profile_label = QLabel(self)  # the inference profile the region implies, in plain sight
        self.profile_label.setAccessibleName("Inference profile in use")
        self.profile_label.setEnabled(False)  # drawn muted: information, not a control
        self.region = RegionPicker(self)  # the toolbar's region and tier are the session's choice
        self.region.set_region(self.choices.region)
        self.region.region_changed.connect(self._region_chosen)
        self._region_chosen(self.region.region)
        self.tier = TierPicker(self)
        self.tier.set_tier(self.choices.tier)
        self.tier.tier_changed.connect(self._tier_chosen)
        self._tier_chosen(self.tier.tier)
        self.credentials_button = QToolButton(self)
        self.credentials_button.setText("Checking credentials…")
        self.credentials_button.setAccessibleName("Credentials")
        self.credentials_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.credentials_button.clicked.connect(self.open_settings)

        self.chat = ChatView(self)
        self.chat.action.connect(self._chat_action)
        self.chat.external_link.connect(self.confirm_link)
        self.welcome = WelcomePanel(self)
        self.welcome.settings_requested.connect(self.open_settings)
        self.welcome.recheck_requested.connect(self.check_credentials)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.chat)
        self.stack.addWidget(self.welcome)
        self.banner = Banner(self)
        # A page of the document under review, sent from the tray, is redacted like one sent from the pane.
        self.tray = AttachmentTray(
            image_pool or executor,
            executor,
            self.choices.image_resolution,
            workspace.review.document_for,
            self,
            renew_image_pool,
        )
        self.tray.problem.connect(lambda text: self.banner.say(text))
        self.composer = Composer(self)
        self.composer.send_clicked.connect(self.send)
        self.composer.stop_clicked.connect(self.session.stop)
        self.composer.edit.images_pasted.connect(self.take_mime)

        conversation = QWidget(self)
        layout = QVBoxLayout(conversation)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.tray)
        layout.addWidget(self.composer)
        self.sidebar = HistoryPanel(self)
        self.sidebar.open_requested.connect(
            lambda conversation_id: self._spawn(self.open_conversation(conversation_id))
        )
        self.sidebar.new_requested.connect(self.new_chat)
        self.history_list = HistoryController(self.sidebar, workspace, self._spawn, self)
        self._review = None  # the review pane's controller, built when first needed
        splitter = QSplitter(self)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(conversation)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 740])
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self.files = ConversationFiles(workspace, self._spawn, self)
        self._build_actions()
        self.resize(1180, 760)
        self.composer.edit.setFocus()
        self.session.listen(self)

    # --- menus, toolbar, shortcuts ------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | str | None, slot, menu) -> QAction:
            item = QAction(text, self)
            if shortcut is not None:
                item.setShortcut(QKeySequence(shortcut))
            item.triggered.connect(slot)
            menu.addAction(item)
            return item

        files = self.menuBar().addMenu("&File")
        self.open_action = action("&Open images…", QKeySequence.StandardKey.Open, self.open_files, files)
        self.new_action = action("&New chat", QKeySequence.StandardKey.New, self.new_chat, files)
        self.review_action = action("&Review a document…", "Ctrl+R", lambda: self.review.choose_document(), files)
        self.report_action = action("Export review &report…", None, lambda: self.review.export_report(), files)
        self.report_action.setEnabled(self.workspace.keeps_history)
        self.batch_action = action("&Batch…", "Ctrl+B", lambda: self._spawn(self.open_batch()), files)
        self.batch_action.setEnabled(self.workspace.keeps_history)
        files.addSeparator()
        self.export_action = action("&Export conversation…", "Ctrl+E", self.files.export_conversation, files)
        self.import_action = action("&Import conversation…", None, self.files.import_conversation, files)
        for item in (self.export_action, self.import_action):
            item.setEnabled(self.workspace.keeps_history)
        files.addSeparator()
        action("&Quit", QKeySequence.StandardKey.Quit, self.close, files)
        edit = self.menuBar().addMenu("&Edit")
        self.paste_action = action(
            "&Paste image",
            QKeySequence.StandardKey.Paste,
            lambda: self.take_mime(QGuiApplication.clipboard().mimeData()),
            edit,
        )
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.stop_action = action("&Stop answer", "Esc", self.session.stop, edit)
        edit.addSeparator()
        self.settings_action = action("&Settings…", "Ctrl+,", self.open_settings, edit)
        help_menu = self.menuBar().addMenu("&Help")
        action("Open &log folder", None, lambda: self._open_url(QUrl.fromLocalFile(str(log_dir()))), help_menu)

        toolbar = self.addToolBar("Connection")
        toolbar.setObjectName("connection")
        toolbar.setMovable(False)
        toolbar.addWidget(self.region)
        toolbar.addWidget(self.profile_label)
        toolbar.addWidget(self.tier)
        toolbar.addSeparator()
        toolbar.addWidget(self.credentials_button)
        toolbar.addSeparator()
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.settings_action)

    @property
    def review(self):
        """The review pane's controller, built the first time it is needed (a quicker start-up)."""
        if self._review is None:
            from pixdesk.ui.review_controller import ReviewController
            from pixdesk.ui.review_panel import ReviewPanel

            panel = ReviewPanel(self)
            panel.hide()  # until a document is opened for review
            self.splitter.insertWidget(1, panel)
            self.splitter.setStretchFactor(2, 1)
            self._review = ReviewController(panel, self.workspace, self.composer, self.banner, self._spawn, self)
            self._review.shown.connect(self._show_review)
        return self._review

    @property
    def review_panel(self):
        return self.review.panel

    def _show_review(self, shown: bool) -> None:
        """The review pane opens beside the conversation, taking room from it (and the window grows
        once, if it is small)."""
        if shown == self.review_panel.isVisible():
            return
        self.review_panel.setVisible(shown)
        if shown:
            if self.width() < 1500 and not self.isMaximized():
                self.resize(min(1600, self.screen().availableGeometry().width()), self.height())
            sizes = self.splitter.sizes()
            self.splitter.setSizes([sizes[0], (sizes[1] + sizes[2]) * 6 // 11, (sizes[1] + sizes[2]) * 5 // 11])

    def _region_chosen(self, region: str) -> None:
        self.choices.region = region
        self.profile_label.setText(f" via {catalog.region(region).profile_id} ")

    def _tier_chosen(self, tier: str) -> None:
        self.choices.tier = tier

    # --- sending -------------------------------------------------------------------------------

    def send(self) -> None:
        self._spawn(self._send())

    async def _send(self) -> None:
        question = self.composer.text.strip()
        if not question:
            self.banner.say("Type a question first.")
            return
        if self.session.busy or self._sending:
            return  # Enter pressed twice while images were still being prepared: one send
        self._sending = True
        try:
            if self.tray.busy:
                self.banner.say("Preparing the images…", seconds=None)
                await self.tray.idle()
                self.banner.hide()
            self.session.ask(question, self.tray.attachments())
        finally:
            self._sending = False
        self.composer.set_text("")
        self.tray.clear()

    def new_chat(self) -> None:
        self.session.new_chat()
        self.tray.clear()
        self.composer.set_text("")
        self.composer.edit.setFocus()
        self._spawn(self.history_list.refresh(""))

    def start(self, interrupted: int | None = None) -> None:
        """After show(): check credentials, fill the history list, and if the last run ended
        mid-answer, open that conversation so the person sees what was kept."""
        self.check_credentials()
        if self.workspace.keeps_history:
            self._spawn(self.history_list.refresh(""))
            self._spawn(self.workspace.remember_todays_requests())
            self._spawn(self._offer_unfinished_batch())
        if interrupted is not None:
            self._spawn(self.open_conversation(interrupted))
            self.banner.say(
                "pixdesk was closed while an answer was being written. The question and the "
                "answer so far are kept below, marked interrupted; Retry asks again.",
                seconds=None,
            )

    async def open_batch(self, job_id: int | None = None):
        """The batch window (one, kept while pixdesk runs), showing `job_id` or the latest batch."""
        if not self.workspace.keeps_history:
            return None
        if getattr(self, "batch_window", None) is None:
            from pixdesk.ui.batch_window import BatchWindow  # (built when first wanted)

            self.batch_window = BatchWindow(self.workspace, self._spawn, self)
        window = self.batch_window
        window.show()
        window.raise_()
        if job_id is None and window.job is None:
            jobs = await self.workspace.batch_jobs()
            job_id = jobs[0].id if jobs else None
        if job_id is not None:
            await window.open_job(job_id)
        else:
            await window.refresh_earlier()
        return window

    async def _offer_unfinished_batch(self) -> None:
        unfinished = await self.workspace.unfinished_batch()
        if unfinished is not None:
            self.banner.say(
                f"A batch stopped with {unfinished.total - unfinished.left} of {unfinished.total} items "
                "done. File ▸ Batch… (Ctrl+B) resumes it; every finished answer is kept.",
                seconds=None,
            )

    # --- history -------------------------------------------------------------------------------

    async def open_conversation(self, conversation_id: int) -> None:
        if self.session.busy:
            self.banner.say("Stop the answer being written first (Esc).")
            return
        await self.session.open_conversation(conversation_id)
        self.stack.setCurrentWidget(self.chat)
        self.composer.edit.setFocus()

    def _chat_action(self, name: str, index: int) -> None:
        if name == "retry" and index == len(self.session.exchanges) - 1:
            self.session.retry()
        elif name == "edit":
            last = self.session.take_back_last()
            if last is not None:
                self.composer.set_text(last.question)
                for attachment in last.attachments:
                    self.tray.add_bytes(attachment.data, attachment.name)
                self.composer.edit.setFocus()
        elif name == "settings":
            self.open_settings()
        elif name == "region" and self.session.exchanges[index].region is not None:
            self._spawn(self.review.show_region(self.session.exchanges[index].region))
        elif name in ("copy", "copy-code", "details"):
            self.statusBar().showMessage("Copied.", 2000)

    # --- ChatListener ---------------------------------------------------------------------------

    def exchange_added(self, exchange: Exchange) -> None:
        self.stack.setCurrentWidget(self.chat)
        self.chat.add_exchange(exchange)
        self.composer.set_busy(True)

    def text_arrived(self, exchange: Exchange, text: str) -> None:
        self.chat.text_arrived(exchange)

    def exchange_changed(self, exchange: Exchange) -> None:
        if self._review is not None:
            self._review.exchange_changed(exchange)
        if exchange.status is Status.STREAMING:
            if self._banner_counts_down:  # a wait is over: the countdown goes, other notices stay
                self.banner.hide()
                self._banner_counts_down = False
            if not exchange.answer.text:
                self.chat.restart(exchange)
        elif exchange.status is Status.WAITING and exchange.waiting_for_quota:
            limits = self.choices.quota_limits()
            self._banner_counts_down = True
            self.banner.say(
                f"Waiting for quota: {minutes(exchange.wait_left_s)} — your account may send "
                f"{limits.requests_per_window} requests and {limits.tokens_per_window:,} tokens a minute. "
                "(Esc cancels)",
                seconds=None,
            )
        elif exchange.status is Status.WAITING:
            error = exchange.answer.error
            self._banner_counts_down = True
            self.banner.say(
                f"{error.message if error else 'Bedrock is busy.'} "
                f"Trying again in {exchange.wait_left_s} s… (Esc cancels)",
                seconds=None,
            )
        elif exchange.status in (Status.DONE, Status.FAILED, Status.STOPPED):
            if self._banner_counts_down:  # the countdown is over; other notices stay
                self.banner.hide()
                self._banner_counts_down = False
            self.chat.finish(exchange)
            self.composer.set_busy(False)
            self._spawn(self.history_list.refresh())
            error = exchange.answer.error
            if error is not None and error.kind in _CREDENTIAL_KINDS:
                self.check_credentials()

    def exchanges_reset(self) -> None:
        self.chat.show_exchanges(self.session.exchanges)
        self.composer.set_busy(self.session.busy)
        self._spawn(self._review_follows_conversation())

    async def _review_follows_conversation(self) -> None:
        """Another conversation (or a new one): its reviewed document comes back with it."""
        if self._review is not None:
            await self._review.conversation_changed()  # (nothing to do if it is the same one)
            return
        conversation = self.session.conversation_id
        if (
            self.workspace.keeps_history
            and conversation is not None
            and await self.workspace.conversation_documents(conversation)
        ):
            await self.review.conversation_changed(force=True)

    def notice(self, text: str) -> None:
        self.banner.say(text, seconds=15)

    # --- images in -------------------------------------------------------------------------------

    def open_files(self) -> None:
        dialog = QFileDialog(self, "Add images")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters(
            [
                "Images and PDFs (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.heic *.heif *.pdf)",
                "All files (*)",
            ]
        )
        dialog.filesSelected.connect(lambda paths: self.tray.add_paths(list(paths)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def attach_paths(self, paths: list[str]) -> None:
        self.tray.add_paths(paths)

    def take_mime(self, mime: QMimeData | None) -> bool:
        """Images from a drop or a paste: files, folders, web addresses, or raw image data."""
        if mime is None:
            return False
        if mime.hasUrls():
            local = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
            remote = [url.toString() for url in mime.urls() if url.scheme() in ("http", "https")]
            if local:
                self.tray.add_paths(local)
            for url in remote:  # fetched only because the person dropped it, capped and timed
                self.tray.add_url(url)
            if local or remote:
                return True
        for kind in _RAW_IMAGE_TYPES:
            if mime.hasFormat(kind):
                self.tray.add_bytes(bytes(mime.data(kind)), "pasted image")
                return True
        if mime.hasImage():
            image = mime.imageData()
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG", 100)  # uncompressed: fast here; the pipeline re-encodes off-thread
            self.tray.add_bytes(bytes(buffer.data()), "pasted image")
            return True
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasImage() or any(mime.hasFormat(k) for k in _RAW_IMAGE_TYPES):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if self.take_mime(event.mimeData()):
            event.acceptProposedAction()

    # --- links in answers ------------------------------------------------------------------------

    def confirm_link(self, url: QUrl) -> None:
        """Model output is untrusted: a link opens in the browser only after the person agrees."""
        if url.scheme() not in ("http", "https", "mailto"):
            self.banner.say(f"pixdesk does not open {url.scheme() or 'relative'} links from answers.")
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Open link?",
            f"The answer links to:\n\n{url.toString()}\n\nOpen it in your web browser?",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._open_url(url))
        self.link_box = box
        box.open()

    # --- credentials and settings -----------------------------------------------------------------

    def check_credentials(self) -> asyncio.Task:
        return self._spawn(self._check_credentials())

    async def _check_credentials(self) -> None:
        status = await self.workspace.check_credentials()
        self.credentials = status
        self.credentials_button.setText(status.label)
        self.credentials_button.setToolTip(status.message or "Credentials in use — click to change")
        if status.state is CredentialState.MISSING and not self.session.exchanges:
            self.welcome.set_status("")
            self.stack.setCurrentWidget(self.welcome)
        else:
            self.stack.setCurrentWidget(self.chat)
            if status.state is not CredentialState.READY:
                self.banner.say(status.message, seconds=None)

    def open_settings(self) -> None:
        self._spawn(self._open_settings())

    async def _open_settings(self) -> None:
        profiles = await self.workspace.available_profiles()
        dialog = SettingsDialog(
            self.settings, profiles, self.choices.api_key(), self.choices.keychain_available(), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply_settings(dialog))
        dialog.test_requested.connect(lambda: self._spawn(self._test_connection(dialog)))
        self.settings_dialog = dialog
        dialog.open()

    def _apply_settings(self, dialog: SettingsDialog) -> None:
        dialog.save()
        if not self.choices.change_api_key(dialog.api_key.text()):
            self.banner.say("No keychain on this computer: the API key is kept only until pixdesk quits.")
        self.region.set_region(self.settings.get("bedrock/region"))
        self.tier.set_tier(self.settings.get("bedrock/tier"))
        self.check_credentials()

    async def _test_connection(self, dialog: SettingsDialog) -> None:
        dialog.test_button.setEnabled(False)
        dialog.test_result.setText("Asking Pixtral Large…")
        values = dialog.values()
        result = await self.workspace.test_connection(
            values["bedrock/region"], values["aws/profile"], dialog.api_key.text().strip(), values["bedrock/tier"]
        )
        dialog.show_test_result(result.message, result.ok)

    # --- housekeeping ----------------------------------------------------------------------------

    def is_busy(self) -> bool:
        """Is the person waiting on something (an answer, images being prepared)?"""
        return self.session.busy or self.tray.busy

    def _spawn(self, coroutine) -> asyncio.Task:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)  # keep a reference: the loop holds tasks only weakly
        task.add_done_callback(self._tasks.discard)
        return task

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.session.stop()
        self.choices.save()  # the region and tier chosen in the toolbar, for next time
        super().closeEvent(event)
