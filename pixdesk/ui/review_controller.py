"""Connects the review pane to the review service, the chat, and the window's composer and banner:
opening a document, drawing its pages off the GUI thread, keeping marks, and asking about a
region or the fine print with the question typed in the composer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from pixdesk.domain import AskedRegion, Mark, MarkKind
from pixdesk.errors import KnownError
from pixdesk.services.chat import Exchange, Status
from pixdesk.services.page_render import RenderedPage, render_page
from pixdesk.services.review import MARK_COLOURS, ReviewDocument, preview
from pixdesk.services.workspace import Workspace
from pixdesk.ui.attachments import PreviewDialog
from pixdesk.ui.banner import Banner
from pixdesk.ui.composer import Composer
from pixdesk.ui.folders import remembering_dialog
from pixdesk.ui.review_panel import ReviewPanel

FINE_PRINT_QUESTION = "Transcribe all the text on this page, including the fine print."
DOCUMENT_FILTER = "Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp *.gif *.heic *.heif)"


def _box(rect: QRect) -> tuple[int, int, int, int]:
    return rect.x(), rect.y(), rect.width(), rect.height()


class ReviewController(QObject):
    shown = Signal(bool)  # the pane should be visible (a document is open) or not

    def __init__(
        self,
        panel: ReviewPanel,
        workspace: Workspace,
        composer: Composer,
        banner: Banner,
        spawn: Callable,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.panel, self.workspace, self.composer, self.banner = panel, workspace, composer, banner
        self.review, self.session = workspace.review, workspace.chat
        self._executor = workspace.executor
        self._in_worker = workspace.run_blocking
        self._spawn = spawn
        self._window = parent
        self.rendered: RenderedPage | None = None
        self._render_generation = 0
        self._conversation = self.session.conversation_id  # the conversation the pane follows
        panel.page_requested.connect(lambda page: self._spawn(self.show_page(page)))
        panel.mark_drawn.connect(lambda kind, page, rect: self._spawn(self._add_mark(kind, page, rect)))
        panel.mark_edited.connect(lambda mark, changes: self._spawn(self._edit_mark(mark, changes)))
        panel.mark_deleted.connect(self._confirm_delete)
        panel.ask_region_requested.connect(
            lambda page, rect, context: self._spawn(self._ask_region(page, rect, context))
        )
        panel.fine_print_requested.connect(self._confirm_fine_print)
        panel.preview_requested.connect(lambda page, rect: self._spawn(self._preview(page, rect)))
        panel.close_requested.connect(self.close_document)
        panel.report_requested.connect(self.export_report)

    @property
    def document(self) -> ReviewDocument | None:
        return self.review.document

    # --- opening and paging ----------------------------------------------------------------------

    def choose_document(self) -> None:
        dialog = remembering_dialog(self._window, "Review a document")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([DOCUMENT_FILTER, "All files (*)"])
        dialog.fileSelected.connect(lambda path: self._spawn(self.open(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialog = dialog
        dialog.open()

    def open_later(self, path: str) -> None:
        """Open `path` for review once the event loop runs (start-up: `pixdesk --review FILE`)."""
        self._spawn(self.open(path))

    async def open(self, path: str) -> bool:
        try:
            document = await self.review.open(path)
        except KnownError as error:
            self.banner.say(error.sentence())
            return False
        except OSError as error:
            self.banner.say(f"pixdesk could not open {path}: {error.strerror or error}.")
            return False
        await self._show_document(document)
        return True

    async def _show_document(self, document: ReviewDocument, page: int = 0) -> None:
        self.panel.show_document(document.name, document.page_count)
        self.shown.emit(True)
        await self.show_page(page)

    async def show_page(self, page: int) -> None:
        document = self.document
        if document is None or not 0 <= page < document.page_count:
            return
        self._render_generation += 1
        generation = self._render_generation
        self.panel.set_page(page)
        try:
            rendered = await self._in_worker(render_page, document.path, page)
        except KnownError as error:
            self.banner.say(error.sentence())
            return
        if generation != self._render_generation or self.document is not document:
            self._executor.submit(rendered.release)  # another page (or document) was asked for meanwhile
            return
        self._show_rendered(rendered, document.marks_on(page))
        self.panel.show_marks(document.marks)

    def _show_rendered(self, rendered: RenderedPage | None, marks: list[Mark]) -> None:
        previous, self.rendered = self.rendered, rendered
        if rendered is None:
            self.panel.view.clear_page()
        else:
            self.panel.view.show_page(rendered, marks)
        if previous is not None and previous is not rendered:
            # Unmapping the old page's pixels holds a thread ~10 ms: a worker's, now that nothing
            # paints from them any more.
            self._executor.submit(previous.release)

    def close_document(self) -> None:
        self.review.document = None
        self._show_rendered(None, [])
        self.shown.emit(False)

    async def conversation_changed(self, force: bool = False) -> None:
        """The chat opened another conversation or started a new one (`force`: the pane was just
        built for this conversation's document)."""
        if self.session.conversation_id == self._conversation and not force:
            return
        self._conversation = self.session.conversation_id
        document = await self.review.conversation_changed()
        if document is None:
            self.close_document()
        else:
            await self._show_document(document, self.panel.page if self.panel.page < document.page_count else 0)

    def exchange_changed(self, exchange: Exchange) -> None:
        """An answer started: if its question was about a region, the region is now a mark."""
        self._conversation = self.session.conversation_id
        if exchange.region is not None and exchange.status is Status.STREAMING and self.document is not None:
            self._spawn(self._reload_marks())

    async def _reload_marks(self) -> None:
        await self.review.reload_marks()
        if self.document is not None:
            self.panel.show_marks(self.document.marks)

    async def show_region(self, region: AskedRegion) -> None:
        """Show the page and area a question was about (opening its document again if need be)."""
        if self.document is None or self.document.sha256 != region.document_sha256:
            stored = []
            if self.workspace.keeps_history and self.session.conversation_id is not None:
                stored = await self.workspace.conversation_documents(self.session.conversation_id)
            match = next((d for d in stored if d.sha256 == region.document_sha256), None)
            if match is None or not await self.open(match.path) or self.document.sha256 != region.document_sha256:
                where = f" It was at {match.path}." if match else ""
                self.banner.say(
                    f"{region.document_name} cannot be shown: it has been moved, changed or deleted."
                    f"{where} Open it again with File ▸ Review a document…"
                )
                return
        if self.panel.page != region.page or self.rendered is None:
            await self.show_page(region.page)
        self.panel.view.highlight(region.box)

    # --- marks --------------------------------------------------------------------------------

    async def _add_mark(self, kind: MarkKind, page: int, rect: QRect) -> None:
        if self.document is None:
            return
        colour = MARK_COLOURS[0] if kind in (MarkKind.ANNOTATION, MarkKind.PIN) else ""
        try:
            mark = await self.review.add_mark(Mark(kind, page, _box(rect), colour=colour))
        except KnownError as error:
            self.banner.say(error.sentence())
            return
        self.panel.show_marks(self.document.marks)
        if kind in (MarkKind.ANNOTATION, MarkKind.PIN):
            self.panel.select(mark)
            self.panel.note.setFocus()  # type the note straight away
        elif kind is MarkKind.REDACTION:
            self.banner.say(
                "Redacted: this area is blacked out in everything sent from this page, including "
                "images sent earlier when they go along again."
            )

    async def _edit_mark(self, mark: Mark, changes: dict) -> None:
        new = None
        try:
            new = await self.review.edit_mark(mark, **changes)
        except ValueError:  # deleted meanwhile
            pass
        if self.document is not None:
            self.panel.show_marks(self.document.marks)
            self.panel.select(next((m for m in self.document.marks if m is new), None))

    def _confirm_delete(self, mark: Mark) -> None:
        if mark.kind is not MarkKind.REDACTION:
            self._spawn(self._delete(mark))
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Remove the redaction?",
            "What it covers will be sent again in questions about this page.",
            QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.addButton("Remove", QMessageBox.ButtonRole.DestructiveRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: (
                self._spawn(self._delete(mark))
                if box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole
                else None
            )
        )
        self.confirm_box = box
        box.open()

    async def _delete(self, mark: Mark) -> None:
        try:
            await self.review.remove_mark(mark)
        except ValueError:  # already gone
            pass
        if self.document is not None:
            self.panel.show_marks(self.document.marks)

    # --- asking -------------------------------------------------------------------------------

    def _question(self, fallback: str = "") -> str | None:
        question = self.composer.text.strip() or fallback
        if not question:
            self.banner.say(
                "Type your question about the region in the box below, then press “Ask about this region” again."
            )
            self.composer.edit.setFocus()
            return None
        if self.session.busy:
            self.banner.say("Wait for the answer being written (or stop it with Esc) first.")
            return None
        return question

    async def _ask_region(self, page: int, rect: QRect, with_context: bool) -> None:
        question = self._question()
        if question is None or self.document is None:
            return
        try:
            await self.review.ask_about_region(question, page, _box(rect), with_context)
        except KnownError as error:
            self.banner.say(error.sentence())
            return
        self.composer.set_text("")
        self.panel.set_region(None)

    def _confirm_fine_print(self, page: int) -> None:
        if self.document is None:
            return
        estimate = self.review.fine_print_estimate(page)
        question = self.composer.text.strip() or FINE_PRINT_QUESTION
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Read the fine print?",
            f"Page {page + 1} goes to Pixtral Large as {estimate.tiles} overlapping tiles, each at up "
            f"to full resolution: about {estimate.tokens:,} input tokens "
            f"(≈ ${estimate.cost_usd:.4f}, estimate), with the question:\n\n“{question}”",
            QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.addButton("Send", QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._spawn(self._ask_fine_print(page, question)))
        self.confirm_box = box
        box.open()

    async def _ask_fine_print(self, page: int, question: str) -> None:
        if self._question(question) is None or self.document is None:
            return
        tiles = self.review.fine_print_estimate(page).tiles
        text = (
            question
            if tiles == 1
            else (
                f"{question}\n\n(Page {page + 1} is sent as {tiles} overlapping tiles, left to right, top to bottom.)"
            )
        )
        try:
            await self.review.ask_fine_print(text, page)
        except KnownError as error:
            self.banner.say(error.sentence())
            return
        self.composer.set_text("")

    async def _preview(self, page: int, rect: QRect) -> None:
        if self.document is None:
            return
        try:
            prepared = await self._in_worker(preview, self.document, page, None if rect.isNull() else _box(rect))
        except KnownError as error:
            self.banner.say(error.sentence())
            return
        dialog = PreviewDialog(prepared, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview_dialog = dialog
        dialog.open()

    # --- the report -------------------------------------------------------------------------------

    def export_report(self) -> None:
        document = self.document
        if document is None or not self.workspace.keeps_history or document.document_id is None:
            self.banner.say(
                "Open a document for review and mark it or ask about it first; then its review report can be exported."
            )
            return
        dialog = remembering_dialog(self._window, "Export review report")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(["PDF document (*.pdf)", "Web page, images included (*.html)"])
        title = f"Review of {Path(document.name).stem or document.name}"  # not "Review of contract.pdf.pdf"
        dialog.selectFile(self.workspace.safe_filename(title, document.document_id) + ".pdf")
        target = (document.conversation_id, document.document_id)
        dialog.fileSelected.connect(lambda path: self._spawn(self._export(*target, path, dialog.selectedNameFilter())))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.open()

    async def _export(self, conversation_id: int, document_id: int, path: str, name_filter: str) -> None:
        from pixdesk.ui.report_export import markdown_html, write_report  # (only when a report is made)

        suffix = ".pdf" if "pdf" in name_filter.lower() else ".html"
        target = Path(path) if Path(path).suffix.lower() == suffix else Path(path).with_suffix(suffix)
        self.banner.say("Preparing the review report…", seconds=None)
        try:
            answers = await self.workspace.answer_texts(conversation_id)
            rendered = {text: markdown_html(text) for text in answers}  # Qt's Markdown: on this thread
            content = await self.workspace.review_report(conversation_id, document_id, rendered.__getitem__)
            written = await write_report(content, target, self._in_worker)
        except KnownError as error:
            self.banner.say(error.sentence())
            return
        except OSError as error:
            self.banner.say(f"The report could not be written to {target}: {error.strerror or error}.")
            return
        self.banner.say(f"Review report saved to {written}.")
