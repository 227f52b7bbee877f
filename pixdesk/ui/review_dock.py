"""The review pane's place in the window: its File menu entries, the pane itself beside the
conversation (built the first time a document is reviewed, so the window's start does not pay
for it), the whole-document questions that come with it, and which document follows which
conversation. The window holds one ReviewDock and asks it."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from pixdesk.services.exchange import Exchange
from pixdesk.ui.i18n import translate
from pixdesk.ui.menu_actions import add_action

if TYPE_CHECKING:  # (imported when a document is first reviewed: not the first frame's business)
    from pixdesk.ui.document_question import WholeDocumentFlow
    from pixdesk.ui.main_window import MainWindow
    from pixdesk.ui.review_controller import ReviewController
    from pixdesk.ui.review_fit import ReviewFit


class ReviewDock(QObject):
    def __init__(self, window: MainWindow, spawn: Callable[[Coroutine[Any, Any, Any]], object]) -> None:
        super().__init__(window)
        self.window, self._spawn = window, spawn
        self.built: ReviewController | None = None  # the pane's controller, once a document was reviewed
        self.whole_document: WholeDocumentFlow | None = None
        self._fit: ReviewFit | None = None

    def add_actions(self, menu: QMenu) -> tuple[QAction, QAction, QAction]:
        """File ▸ Review a document…, Export review report…, Ask about the whole document…"""
        window = self.window
        review = add_action(
            window,
            menu,
            translate("review_dock", "&Review a document…"),
            "Ctrl+R",
            lambda: self.controller.choose_document(),
        )
        report = add_action(
            window,
            menu,
            translate("review_dock", "Export review &report…"),
            None,
            lambda: self.controller.export_report(),
        )
        report.setEnabled(window.workspace.keeps_history)
        whole = add_action(
            window,
            menu,
            translate("review_dock", "Ask about the &whole document…"),
            "Ctrl+Shift+D",
            lambda: self.controller.panel.whole_document_requested.emit(),
        )
        whole.setEnabled(False)  # while a document is open for review
        self.whole_document_action = whole
        return review, report, whole

    @property
    def controller(self) -> ReviewController:
        """The review pane's controller, built the first time it is needed (a quicker start-up)."""
        if self.built is None:
            from pixdesk.ui.document_question import WholeDocumentFlow
            from pixdesk.ui.review_controller import ReviewController
            from pixdesk.ui.review_fit import ReviewFit
            from pixdesk.ui.review_panel import ReviewPanel

            window = self.window
            panel = ReviewPanel(window)
            panel.hide()  # until a document is opened for review
            window.splitter.insertWidget(1, panel)
            window.splitter.setStretchFactor(2, 1)
            self._fit = ReviewFit(window, window.splitter, window.sidebar, panel)
            built = ReviewController(panel, window.workspace, window.composer, window.banner, self._spawn, window)
            self.built = built
            built.shown.connect(self._show)
            built.conversation_opened.connect(lambda: self._spawn(window.history_list.refresh()))
            self.whole_document = WholeDocumentFlow(window, built)
            panel.whole_document_requested.connect(self.whole_document.choose)
            built.shown.connect(self.whole_document_action.setEnabled)
        return self.built

    def _show(self, shown: bool) -> None:
        """The review pane opens beside the conversation, taking room from it (ReviewFit: the
        window grows once if it is small, within its screen; the sidebar folds while narrow)."""
        panel = self.controller.panel
        if shown == panel.isVisible() or self._fit is None:
            return
        panel.setVisible(shown)
        if shown:
            self._fit.opened()
        else:
            self._fit.closed()

    def exchange_changed(self, exchange: Exchange) -> None:
        if self.built is not None:
            self.built.exchange_changed(exchange)

    async def follow_conversation(self) -> None:
        """Another conversation (or a new one): its reviewed document comes back with it."""
        if self.built is not None:
            await self.built.conversation_changed()  # (nothing to do if it is the same one)
            return
        workspace = self.window.workspace
        conversation = workspace.chat.conversation_id
        if (
            workspace.keeps_history
            and conversation is not None
            and await workspace.conversation_documents(conversation)
        ):
            await self.controller.conversation_changed(force=True)
