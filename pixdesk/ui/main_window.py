"""The pixdesk window: toolbar (region, tier, credentials), the conversation, notices, the images
to send, and the question. It composes small widgets and connects them to the services."""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from concurrent.futures import Executor
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from pixdesk.errors import Kind
from pixdesk.services.exchange import Exchange, Status
from pixdesk.services.workspace import Workspace
from pixdesk.ui.attachments import AttachmentTray, load_chip_modules
from pixdesk.ui.banner import Banner
from pixdesk.ui.batch_entry import BatchEntry
from pixdesk.ui.capture_entry import CaptureEntry
from pixdesk.ui.compare_flow import CompareFlow
from pixdesk.ui.composer import Composer
from pixdesk.ui.conversation_files import ConversationFiles
from pixdesk.ui.empty_state import EmptyState
from pixdesk.ui.folders import FolderMemory
from pixdesk.ui.help_menu import HelpMenu
from pixdesk.ui.history_controller import HistoryController
from pixdesk.ui.history_panel import HistoryPanel
from pixdesk.ui.i18n import translate
from pixdesk.ui.image_intake import may_hold_images, open_images_dialog, take_images
from pixdesk.ui.menu_actions import add_action
from pixdesk.ui.pickers import RegionPicker, TierPicker
from pixdesk.ui.retention import delete_old_conversations
from pixdesk.ui.review_dock import ReviewDock
from pixdesk.ui.sent_preview import open_sent_preview
from pixdesk.ui.settings_flow import SettingsFlow
from pixdesk.ui.settings_store import QSettingsStore
from pixdesk.ui.sign_in_status import SignInStatus
from pixdesk.ui.sso_flow import SsoFlow
from pixdesk.ui.toast import Toast
from pixdesk.ui.update_notice import UpdateNotice
from pixdesk.ui.window_fit import WindowFit
from pixdesk.ui.window_memory import WindowMemory
from pixdesk.ui.window_toolbar import build_toolbar, paint_toolbar_icons

if TYPE_CHECKING:  # (built when first used: the window's start does not pay for them)
    import asyncio

    from pixdesk.services.chat import ChatSession
    from pixdesk.services.connection import CredentialStatus
    from pixdesk.ui.batch_window import BatchWindow
    from pixdesk.ui.capture import CaptureFlow
    from pixdesk.ui.chat_view import ChatView
    from pixdesk.ui.desktop import Desktop
    from pixdesk.ui.document_question import WholeDocumentFlow
    from pixdesk.ui.review_controller import ReviewController
    from pixdesk.ui.review_panel import ReviewPanel
    from pixdesk.ui.settings_dialog import SettingsDialog
    from pixdesk.ui.welcome import WelcomePanel

_CREDENTIAL_KINDS = {Kind.NO_CREDENTIALS, Kind.EXPIRED_CREDENTIALS, Kind.INVALID_CREDENTIALS, Kind.ACCESS_DENIED}


class MainWindow(QMainWindow):
    region_box: QWidget  # the labelled pickers in the toolbar (window_toolbar builds them)
    tier_box: QWidget

    def __init__(
        self,
        workspace: Workspace,
        image_pool: Executor | None = None,
        renew_image_pool: Callable[[], Executor] | None = None,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        prefs: MutableMapping[str, Any] | None = None,
    ) -> None:
        """`workspace`: the chat, the history, the settings, and the executor for light blocking
        work; `image_pool`: where images are prepared (the app passes worker processes; by
        default the workspace's executor); `prefs`: where the window remembers its place and
        the last folder used (QSettings by default: UI preferences, not pixdesk settings)."""
        super().__init__()
        self.prefs: MutableMapping[str, Any] = QSettingsStore() if prefs is None else prefs
        self.folders = FolderMemory(self.prefs)
        self.setWindowTitle("pixdesk")
        self.setAcceptDrops(True)
        self.workspace, self.choices, self.settings = workspace, workspace.choices, workspace.settings
        executor = workspace.executor
        self._open_url = open_url
        self._tasks: set[asyncio.Task] = set()
        self._sending = False

        # The toolbar's region and tier are the session's choice, within what the organisation allows.
        self.region = RegionPicker(self, self.settings.allowed_regions())
        self.region.set_locked(self.settings.locked("bedrock/region"))
        self.region.set_region(self.choices.region)
        self.region.region_changed.connect(self._region_chosen)
        self._region_chosen(self.region.region)
        self.tier = TierPicker(self)
        self.tier.set_locked(self.settings.locked("bedrock/tier"))
        self.tier.set_tier(self.choices.tier)
        self.tier.tier_changed.connect(self._tier_chosen)
        self._tier_chosen(self.tier.tier)
        self.sign_in = SignInStatus(self, self._spawn)  # the toolbar's sign-in button, the first-run panel
        self.credentials_button = self.sign_in.button

        self.stack = QStackedWidget(self)  # the conversation, or the empty state when there is none
        self._chat_view: ChatView | None = None  # built just after the first frame (start()), or when first needed
        self.empty_state = EmptyState(self)  # an empty conversation: what to do first, as buttons
        self.empty_state.open_requested.connect(self.open_files)
        self.empty_state.paste_requested.connect(self.paste_from_clipboard)
        self.empty_state.review_requested.connect(lambda: self.review.choose_document())
        self.empty_state.starter_chosen.connect(self._starter_chosen)
        self.stack.addWidget(self.empty_state)
        self.stack.currentChanged.connect(lambda _index: self._show_empty_state_if_empty())
        self.banner = Banner(self)
        # A page of the document under review, sent from the tray, is redacted like one sent from the pane.
        self.tray = AttachmentTray(
            image_pool or executor,
            executor,
            self.choices.image_resolution,
            workspace.reviewed_document,
            self,
            renew_image_pool,
            saved_redactions=workspace.saved_redactions_for,  # a file redacted in any review stays redacted
        )
        self.tray.problem.connect(lambda text: self.banner.say(text))
        # Two images in the tray: Compare shows what changed between them (made before the
        # composer, so Tab goes chips → Compare → question).
        self.compare = CompareFlow(self, image_pool or executor)
        self._image_pool = image_pool or executor  # (the sent images' pictures in the conversation too)
        self.captures = CaptureEntry(self, self._spawn)  # the capture overlay's flow, built on the first capture
        self.composer = Composer(self)
        self.composer.send_clicked.connect(self.send)
        self.composer.stop_clicked.connect(self.stop_answer)
        self.composer.attach_clicked.connect(self.open_files)
        self.composer.edit.images_pasted.connect(self.take_mime)

        conversation = QWidget(self)
        layout = QVBoxLayout(conversation)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.tray)
        layout.addWidget(self.compare.bar)
        layout.addWidget(self.composer)
        self.sidebar = HistoryPanel(self)
        self.sidebar.open_requested.connect(
            lambda conversation_id: self._spawn(self.open_conversation(conversation_id))
        )
        self.sidebar.new_requested.connect(self.new_chat)
        self.history_list = HistoryController(self.sidebar, workspace, self._spawn, self)
        self.batches = BatchEntry(self, self._spawn)  # File ▸ Batch… and the batch window
        self.reviews = ReviewDock(self, self._spawn)  # the review pane, built when first needed
        splitter = QSplitter(self)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(conversation)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self.toast = Toast(conversation)  # "Copied.": floats over the conversation, takes no room
        self.files = ConversationFiles(workspace, self._spawn, self)
        self.fit = WindowFit(self, WindowMemory(self.prefs))
        self.settings_flow = SettingsFlow(self, self._spawn)
        self._build_actions()
        self._desktop: Desktop | None = None  # built just after the window is shown (start()), or when first used
        self.fit.place()
        self.stack.setCurrentWidget(self.empty_state)  # a new window's conversation is empty
        self.composer.edit.setFocus()
        # The chat (and the engine, the history, asyncio) is built just after the first frame
        # (start()), or by whatever needs it first; it tells this window from then on.
        workspace.listen_to_chat(self)

    # --- menus, toolbar, shortcuts ------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | str | None, slot, menu):
            return add_action(self, menu, text, shortcut, slot)

        files = self.menuBar().addMenu(translate("main_window", "&File"))
        self.open_action = action(
            translate("main_window", "&Open images…"), QKeySequence.StandardKey.Open, self.open_files, files
        )
        self.capture_action, self.capture_window_action, self.capture_screen_action = self.captures.add_actions(files)
        self.new_action = action(
            translate("main_window", "&New chat"), QKeySequence.StandardKey.New, self.new_chat, files
        )
        self.review_action, self.report_action, self.whole_document_action = self.reviews.add_actions(files)
        self.batch_action = self.batches.add_action(files)
        files.addSeparator()
        self.export_action = action(
            translate("main_window", "&Export conversation…"), "Ctrl+E", self.files.export_conversation, files
        )
        self.import_action = action(
            translate("main_window", "&Import conversation…"), None, self.files.import_conversation, files
        )
        for item in (self.export_action, self.import_action):
            item.setEnabled(self.workspace.keeps_history)
        files.addSeparator()
        action(
            translate("main_window", "&Quit"), QKeySequence.StandardKey.Quit, lambda: self.desktop.quit(), files
        )  # for real, tray or not
        edit = self.menuBar().addMenu(translate("main_window", "&Edit"))
        self.paste_action = action(
            translate("main_window", "&Paste image"),
            QKeySequence.StandardKey.Paste,
            lambda: self.take_mime(QGuiApplication.clipboard().mimeData()),
            edit,
        )
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.stop_action = action(translate("main_window", "&Stop answer"), "Esc", self.stop_answer, edit)
        edit.addAction(self.compare.action)  # "Compare the two images"
        edit.addSeparator()
        self.settings_action = action(translate("main_window", "&Settings…"), "Ctrl+,", self.open_settings, edit)
        self.help = HelpMenu(self, self._open_url)  # About, Keyboard shortcuts, Report a problem, log folder
        self.sso = SsoFlow(self, self._spawn, self._open_url)  # sign in with the company's AWS access
        self.updates = UpdateNotice(self, self._spawn, self._open_url)  # Help ▸ Check for updates…, the daily look

        view = self._add_menu_before_help(translate("main_window", "&View"))
        self.sidebar_action = action(
            translate("main_window", "Show &conversations"), "Ctrl+Shift+H", self.fit.sidebar_chosen, view
        )
        self.sidebar_action.setCheckable(True)
        self.sidebar_action.setChecked(True)
        self.sidebar_action.setToolTip(
            translate("main_window", "Show or hide the list of conversations (Ctrl+Shift+H)")
        )
        self.sidebar_action.setVisible(self.workspace.keeps_history)  # no history kept: no list to show
        self.toolbar = build_toolbar(self)

    def _add_menu_before_help(self, title: str):
        """Help stays the last menu, whoever adds theirs."""
        menu_bar = self.menuBar()
        help_menu = self.help.menu.menuAction()  # (found by the object, not its words: they are translated)
        menu = QMenu(title, menu_bar)
        menu_bar.insertMenu(help_menu, menu)
        return menu

    # --- fit and remember (WindowFit decides) --------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.fit.shown()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit.resized(event.size().width())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switch: icons follow the text colour
            paint_toolbar_icons(self)
        super().changeEvent(event)

    @property
    def chat(self) -> ChatView:
        """The conversation as shown (the first frame shows the empty state: this is built just
        after it, in start(), or by whatever needs it first)."""
        if self._chat_view is None:
            self._chat_view = self._build_chat_view()
        return self._chat_view

    def _build_chat_view(self) -> ChatView:
        from pixdesk.ui.chat_actions import ChatActions
        from pixdesk.ui.chat_view import ChatView
        from pixdesk.ui.sent_thumbnails import in_workers

        # Built last, it comes last in the Tab chain: after the toolbar, so just before the empty
        # state's buttons, where it was when built with the window (test_empty_state keeps it so).
        view = ChatView(self.stack)
        view.thumbnails.make = in_workers(self._image_pool)
        self.chat_actions = ChatActions(self)  # (kept: a connection does not keep a plain object alive)
        view.action.connect(self.chat_actions.run)
        view.alternatives = self.chat_actions.alternatives()
        view.external_link.connect(self.confirm_link)
        view.preview_requested.connect(lambda attachment: open_sent_preview(attachment, self))
        self.stack.insertWidget(0, view)
        return view

    @property
    def session(self) -> ChatSession:
        """The conversation on screen (the workspace's chat)."""
        return self.workspace.chat

    def stop_answer(self) -> None:
        self.session.stop()

    @property
    def review(self) -> ReviewController:
        """The review pane's controller, built the first time it is needed (a quicker start-up)."""
        return self.reviews.controller

    @property
    def review_panel(self) -> ReviewPanel:
        return self.reviews.controller.panel

    @property
    def whole_document(self) -> WholeDocumentFlow | None:
        """Questions about every page of the document under review (once a review was opened)."""
        return self.reviews.whole_document

    @property
    def welcome(self) -> WelcomePanel:
        """The first-run panel (the ways to connect), built the first time pixdesk is not signed in."""
        return self.sign_in.welcome

    @property
    def credentials(self) -> CredentialStatus | None:
        return self.sign_in.status

    @property
    def desktop(self) -> Desktop:
        """The tray icon, closing to it, the global shortcut and the clipboard watch: pixdesk
        beyond its window, none of it in the first frame. start() builds it once the window is
        shown; whoever needs it first (closing, Settings, Quit) builds it then."""
        if self._desktop is None:
            from pixdesk.ui.desktop import Desktop

            self._desktop = Desktop(self)
        return self._desktop

    @property
    def capture(self) -> CaptureFlow:
        """Screen captures land in the tray as a pasted image does (built on the first capture)."""
        return self.captures.flow

    def _region_chosen(self, region: str) -> None:
        self.choices.region = region  # (the inference profile it implies is in the picker's tooltip)

    def _tier_chosen(self, tier: str) -> None:
        self.choices.tier = tier

    # --- sending -------------------------------------------------------------------------------

    def send(self) -> None:
        self._spawn(self._send())

    async def _send(self) -> None:
        if self._sending or (self.session.busy and not self.session.finishing):
            return  # Enter pressed twice (one send), or an answer is still being written (Stop)
        question = self.composer.text.strip()
        if not question:
            self.banner.say(translate("main_window", "Type a question first."))
            return
        self._sending = True
        try:
            if self.session.busy:  # the answer on screen is complete: the next question waits
                await self.session.wait()  # for its end (a moment), not thrown away unasked
                question = self.composer.text.strip() or question  # (as it reads now)
            if self.tray.busy:
                self.banner.say(translate("main_window", "Preparing the images…"), seconds=None)
                await self.tray.idle()
                self.banner.hide()
            review = self.reviews.built
            if review is not None and self.composer.document is not None:
                # The document under review goes with the question, as the composer's chip says.
                if not await review.ask_with_document(question, self.tray.attachments()):
                    return  # (said why in the banner; the question stays in the box)
            else:
                self.session.ask(question, self.tray.attachments())
        finally:
            self._sending = False
        self.composer.set_text("")
        self.tray.clear()

    def new_chat(self) -> None:
        self.session.new_chat()
        self.banner.hide()  # a notice about the previous conversation ("closed while…") does not carry over
        self.tray.clear()
        self.composer.set_text("")
        self.composer.edit.setFocus()
        self._spawn(self.history_list.refresh(""))

    def start(self, interrupted: int | None = None) -> None:
        """After show(): check credentials, fill the history list, and if the last run ended
        mid-answer, open that conversation so the person sees what was kept."""
        QTimer.singleShot(0, self, lambda: self.chat)  # the conversation's view, a moment after the first frame
        QTimer.singleShot(0, self, lambda: self.desktop)  # the tray icon and the global shortcut, a moment after show
        QTimer.singleShot(0, self, load_chip_modules)  # what an attached image needs, before the first one comes
        self.check_credentials()
        self.updates.start()  # once a day, if asked for; it waits for an answer being written
        if self.workspace.keeps_history:
            self._spawn(self.history_list.refresh(""))
            self.history_list.follow_other_processes()  # `pixdesk ask`, a batch: their writes show up here
            self._spawn(self.workspace.remember_todays_requests())
            self._spawn(delete_old_conversations(self))  # history retention (Settings ▸ Privacy), quietly
            self._spawn(self.batches.offer_unfinished())
        if interrupted is not None:
            self._spawn(self.open_conversation(interrupted))
            self.banner.say(
                translate(
                    "main_window",
                    "pixdesk was closed while an answer was being written. The question and the "
                    "answer so far are kept below, marked interrupted; Retry asks again.",
                ),
                seconds=None,
            )

    async def open_batch(self, job_id: int | None = None) -> BatchWindow | None:
        """The batch window (one, kept while pixdesk runs), showing `job_id` or the latest batch."""
        return await self.batches.open(job_id)

    # --- history -------------------------------------------------------------------------------

    async def open_conversation(self, conversation_id: int) -> None:
        if self.session.busy:
            self.banner.say(translate("main_window", "Stop the answer being written first (Esc)."))
            return
        await self.session.open_conversation(conversation_id)
        self.stack.setCurrentWidget(self.chat)
        self.composer.edit.setFocus()

    # --- ChatListener ---------------------------------------------------------------------------

    def exchange_added(self, exchange: Exchange) -> None:
        self.stack.setCurrentWidget(self.chat)
        self.chat.add_exchange(exchange)
        self.composer.set_busy(True)

    def text_arrived(self, exchange: Exchange, text: str) -> None:
        self.chat.text_arrived(exchange)

    def exchange_changed(self, exchange: Exchange) -> None:
        self.reviews.exchange_changed(exchange)
        if exchange.status is Status.STREAMING:
            if not exchange.answer.text:
                self.chat.restart(exchange)
        elif exchange.status is Status.WAITING:
            # The countdown, its attempt and what to do instead go in the answer itself, where
            # the person is looking; the banner stays free for other notices.
            self.chat.waiting(exchange)
        elif exchange.status in (Status.DONE, Status.FAILED, Status.STOPPED):
            self.chat.finish(exchange)
            self.composer.set_busy(False)
            self._spawn(self.history_list.refresh())
            error = exchange.answer.error
            if error is not None and error.kind in _CREDENTIAL_KINDS:
                self.check_credentials()

    def exchanges_reset(self) -> None:
        self.chat.show_exchanges(self.session.exchanges)
        if self.stack.currentWidget() in (self.chat, self.empty_state):
            self.stack.setCurrentWidget(self.chat)
            self._show_empty_state_if_empty()
        self.composer.set_busy(self.session.busy)
        self._spawn(self.reviews.follow_conversation())  # its reviewed document comes back with it

    def notice(self, text: str) -> None:
        self.banner.say(text, seconds=15)

    # --- the empty conversation ---------------------------------------------------------------

    def _show_empty_state_if_empty(self) -> None:
        """Whoever shows the conversation, an empty one shows the drop zone and starters instead."""
        if self._chat_view is not None and self.stack.currentWidget() is self._chat_view and not self.session.exchanges:
            self.stack.setCurrentWidget(self.empty_state)

    def _starter_chosen(self, question: str) -> None:
        self.composer.set_text(question)  # filled in, not sent: the person adds the image first
        self.composer.edit.setFocus()

    def paste_from_clipboard(self) -> None:
        if not self.take_mime(QGuiApplication.clipboard().mimeData()):
            self.banner.say(
                translate("main_window", "The clipboard holds no image. Copy a screenshot first, then Paste.")
            )

    # --- images in -------------------------------------------------------------------------------

    def start_capture(self, mode: str = "region") -> asyncio.Task:
        """Capture a "region", a "window" or the whole "screen" into the tray (the toolbar, the
        File menu, Ctrl+Shift+S, the tray icon and the global shortcut all come here)."""
        return self.captures.start(mode)

    def open_files(self) -> None:
        open_images_dialog(self, self.folders, self.tray)

    def attach_paths(self, paths: list[str]) -> None:
        self.tray.add_paths(paths)

    def take_mime(self, mime: QMimeData | None) -> bool:
        """Images from a drop or a paste: files, folders, web addresses, or raw image data."""
        return take_images(mime, self.tray)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if may_hold_images(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if self.take_mime(event.mimeData()):
            event.acceptProposedAction()

    # --- links in answers ------------------------------------------------------------------------

    def confirm_link(self, url: QUrl) -> None:
        """Model output is untrusted: a link opens in the browser only after the person agrees."""
        if url.scheme() not in ("http", "https", "mailto"):
            if url.scheme():
                refused = translate("main_window", "pixdesk does not open {scheme} links from answers.")
            else:
                refused = translate("main_window", "pixdesk does not open relative links from answers.")
            self.banner.say(refused.format(scheme=url.scheme()))
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("main_window", "Open link?"),
            translate("main_window", "The answer links to:\n\n{address}\n\nOpen it in your web browser?").format(
                address=url.toString()
            ),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._open_url(url))
        self.link_box = box
        box.open()

    # --- credentials and settings -----------------------------------------------------------------

    def check_credentials(self) -> asyncio.Task:
        return self.sign_in.check()

    def open_settings(self, field: str | None = None) -> None:
        """Settings, with the keyboard focus in `field` (a setting key or "api_key")."""
        self._spawn(self.settings_flow.open(field))

    @property
    def settings_dialog(self) -> SettingsDialog | None:
        return self.settings_flow.dialog

    # --- housekeeping ----------------------------------------------------------------------------

    def is_busy(self) -> bool:
        """Is the person waiting on something (an answer, images being prepared)?"""
        return self.session.busy or self.tray.busy

    def _spawn(self, coroutine) -> asyncio.Task:
        import asyncio  # (here: the first frame is shown before the event loop, and asyncio, are loaded)

        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)  # keep a reference: the loop holds tasks only weakly
        task.add_done_callback(self._tasks.discard)
        return task

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.desktop.intercept_close(event):  # kept running in the tray (or asked whether to)
            return
        self.session.stop()
        self.choices.save()  # the region and tier chosen in the toolbar, for next time
        self.fit.remember()
        super().closeEvent(event)
