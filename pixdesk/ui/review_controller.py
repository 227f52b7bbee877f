"""Connects the review pane to the review service, the chat, and the window's composer and banner:
opening a document in its own conversation, drawing its pages off the GUI thread, keeping marks,
and asking about the page, a region or the fine print.

While a document is open it is part of the question: the composer's chip says what goes along
(the page on screen, or the selected region) and Enter sends it, redactions burned in. The
person may remove the chip; the question then goes without the document, and no chip shows it.
The chip comes back with the next page or region."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from pixdesk.domain import AskedRegion, Attachment, Mark, MarkKind
from pixdesk.errors import KnownError
from pixdesk.services.exchange import Exchange, Status
from pixdesk.services.page_render import RenderedPage, render_page
from pixdesk.services.report import report_file_stem
from pixdesk.services.review import MARK_COLOURS, ReviewDocument, preview
from pixdesk.services.small_print import page_small_print
from pixdesk.services.workspace import Workspace
from pixdesk.ui.banner import Banner
from pixdesk.ui.composer import Composer
from pixdesk.ui.folders import remembering_dialog
from pixdesk.ui.i18n import error_sentence, money, number, translate
from pixdesk.ui.preview_dialog import PreviewDialog
from pixdesk.ui.review_panel import ReviewPanel

DOCUMENT_PATTERNS = "(*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp *.gif *.heic *.heif)"


def fine_print_question() -> str:
    """The question when the box is empty: the person's own, so in their language."""
    return translate("review_controller", "Transcribe all the text on this page, including the fine print.")


def _box(rect: QRect) -> tuple[int, int, int, int]:
    return rect.x(), rect.y(), rect.width(), rect.height()


def _fine_print_plan(page: int, tiles: int, whole_page: bool, closeups: int) -> str:
    """How the fine print of `page` goes, in a sentence of its own (whole, for translators)."""
    if not whole_page:
        return translate(
            "review_controller",
            "Page {page} goes to Pixtral Large as %n overlapping tile(s), each at up to full resolution.",
            None,
            tiles,
        ).format(page=page + 1)
    if closeups:
        return translate(
            "review_controller",
            "Page {page} goes to Pixtral Large whole, plus %n close-up(s) of its small print, enlarged only as "
            "far as that text needs.",
            None,
            closeups,
        ).format(page=page + 1)
    return translate(
        "review_controller",
        "Page {page} goes to Pixtral Large as it is: all its text is large enough to read at that size.",
    ).format(page=page + 1)


def _fine_print_cost(tokens: int, context_images: int, cost_usd: float, question: str) -> str:
    """What it costs, and the question, after the plan."""
    if context_images:
        text = translate(
            "review_controller",
            "About {tokens} input tokens, including %n earlier image(s) that go along with the conversation "
            "(≈ {cost}, estimate), with the question:\n\n“{question}”",
            None,
            context_images,
        )
    else:
        text = translate(
            "review_controller",
            "About {tokens} input tokens (≈ {cost}, estimate), with the question:\n\n“{question}”",
        )
    return text.format(tokens=number(tokens), cost=money(cost_usd, 4), question=question)


class ReviewController(QObject):
    shown = Signal(bool)  # the pane should be visible (a document is open) or not
    conversation_opened = Signal()  # a document brought its own conversation (the list shows it)

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
        self._small_print_generation = 0  # the latest measurement of the page's small print
        self.small_print_page: int | None = None  # the page the notice was last decided for
        self._conversation = self.session.conversation_id  # the conversation the pane follows
        self._with_document = True  # False once the person removed the chip (until the next page or region)
        # Set by whole-document questions: Enter hands the question (and the tray's images) to it.
        self._whole_document: Callable[[str, tuple[Attachment, ...]], Awaitable[object]] | None = None
        panel.region_changed.connect(self._region_changed)
        panel.region_question_asked.connect(
            lambda question, page, rect, context: self._spawn(self._ask_region(page, rect, context, question))
        )
        composer.document_removed.connect(self._document_removed)
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
        dialog = remembering_dialog(self._window, translate("review_controller", "Review a document"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [
                translate("review_controller", "Scans and documents") + " " + DOCUMENT_PATTERNS,
                translate("review_controller", "All files") + " (*)",
            ]
        )
        dialog.fileSelected.connect(lambda path: self._spawn(self.open(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialog = dialog
        dialog.open()

    def open_later(self, path: str) -> None:
        """Open `path` for review once the event loop runs (start-up: `pixdesk --review FILE`)."""
        self._spawn(self.open(path))

    async def open(self, path: str) -> bool:
        """Open a document in its own conversation (a new one titled by its name, or the latest
        one about the same file); the chat that was current stays as it was, in the list."""
        if self.session.busy:
            self.banner.say(
                translate(
                    "review_controller",
                    "Wait for the answer being written (or stop it with Esc), then open the document.",
                )
            )
            return False
        try:
            document = await self.review.open_in_its_conversation(path)
        except KnownError as error:
            self.banner.say(error_sentence(error))
            return False
        except OSError as error:
            self.banner.say(
                translate("review_controller", "pixdesk could not open {path}: {reason}.").format(
                    path=path, reason=error.strerror or error
                )
            )
            return False
        if self.session.conversation_id != self._conversation:
            self._conversation = self.session.conversation_id
            self.conversation_opened.emit()
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
        self.panel.small_print_notice.show_for(None)  # until this page is measured
        try:
            rendered = await self._in_worker(render_page, document.path, page)
        except KnownError as error:
            self.banner.say(error_sentence(error))
            return
        if generation != self._render_generation or self.document is not document:
            self._executor.submit(rendered.release)  # another page (or document) was asked for meanwhile
            return
        self._show_rendered(rendered, document.marks_on(page))
        self.panel.show_marks(document.marks)
        self._spawn(self._measure_small_print())

    async def _measure_small_print(self) -> None:
        """Whether the page on screen has small print the normal fit makes unreadable — measured
        in a worker, as the page would be sent (redactions burned in) — said near "Read the fine
        print…". A page that changed meanwhile (another page, a redaction) is measured again."""
        document, page = self.document, self.panel.page
        if document is None:
            return
        self._small_print_generation += 1
        generation = self._small_print_generation
        try:
            small = await self._in_worker(page_small_print, document.path, page, document.redactions(page))
        except (KnownError, OSError):
            small = None  # the page itself says what is wrong with it; no notice is better than a wrong one
        if generation != self._small_print_generation or self.document is not document or self.panel.page != page:
            return
        self.panel.small_print_notice.show_for(small)
        self.panel.fine_print_button.setAccessibleDescription(self.panel.small_print_notice.text())
        self.small_print_page = page

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
        self._whole_document = None
        self._show_rendered(None, [])
        self.composer.set_document(None)
        self.shown.emit(False)

    async def conversation_changed(self, force: bool = False) -> None:
        """The chat opened another conversation or started a new one (`force`: the pane was just
        built for this conversation's document)."""
        if self.session.conversation_id == self._conversation and not force:
            return
        self._conversation = self.session.conversation_id
        document = self.document
        if not force and document is not None and document.conversation_id == self._conversation:
            return  # the document brought this conversation (open): it is on screen already
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
                if match:
                    said = translate(
                        "review_controller",
                        "{name} cannot be shown: it has been moved, changed or deleted. It was at {path}. "
                        "Open it again with File ▸ Review a document…",
                    )
                else:
                    said = translate(
                        "review_controller",
                        "{name} cannot be shown: it has been moved, changed or deleted. "
                        "Open it again with File ▸ Review a document…",
                    )
                self.banner.say(said.format(name=region.document_name, path=match.path if match else ""))
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
            self.banner.say(error_sentence(error))
            return
        self.panel.show_marks(self.document.marks)
        if kind in (MarkKind.ANNOTATION, MarkKind.PIN):
            self.panel.select(mark)
            self.panel.note.setFocus()  # type the note straight away
        elif kind is MarkKind.REDACTION:
            self._spawn(self._measure_small_print())  # the small print may now be blacked out
            self.banner.say(
                translate(
                    "review_controller",
                    "Redacted: this area is blacked out in everything sent from this page, including "
                    "images sent earlier when they go along again.",
                )
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
            translate("review_controller", "Remove the redaction?"),
            translate("review_controller", "What it covers will be sent again in questions about this page."),
            QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.addButton(translate("review_controller", "Remove"), QMessageBox.ButtonRole.DestructiveRole)
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
            if mark.kind is MarkKind.REDACTION:
                self._spawn(self._measure_small_print())  # what it hid is sent again

    # --- asking -------------------------------------------------------------------------------

    # --- what goes along with the composer's question (the chip) ----------------------------------

    def _region_changed(self, _region: QRect | None) -> None:
        """Another page or region: the document goes along again, as the chip now says."""
        self._with_document = True
        self._whole_document = None
        self._show_chip()

    def _document_removed(self) -> None:
        self._with_document = False
        self._whole_document = None
        self._show_chip()

    def show_whole_document(self, ask: Callable[[str, tuple[Attachment, ...]], Awaitable[object]]) -> None:
        """For whole-document questions: the chip reads "contract.pdf — whole document" and Enter
        hands the question and the tray's images to `ask` — until the page or region changes or
        the chip is removed."""
        if self.document is None:
            return
        self._with_document = True
        self._whole_document = ask
        self._show_chip()

    def chip_text(self) -> str | None:
        """What of the open document goes along with the next question, in words; None: nothing."""
        document = self.document
        if document is None or not self._with_document:
            return None
        if self._whole_document is not None:
            return translate("review_controller", "{name} — whole document").format(name=document.name)
        if self.panel.region is not None:
            return translate("review_controller", "{name} — selected region").format(name=document.name)
        return translate("review_controller", "{name} — page {page}").format(
            name=document.name, page=self.panel.page + 1
        )

    def _show_chip(self) -> None:
        self.composer.set_document(self.chip_text())

    async def ask_with_document(self, question: str, also: tuple[Attachment, ...] = ()) -> bool:
        """The composer's question with what the chip says (and `also`, the tray's images). False
        if it could not go (said in the banner): the question stays in the box."""
        document = self.document
        if document is None or self.chip_text() is None:
            return False
        page, region = self.panel.page, self.panel.region
        try:
            if self._whole_document is not None:
                await self._whole_document(question, also)
            elif region is not None:
                with_context = self.panel.with_context.isChecked()
                await self.review.ask_about_region(question, page, _box(region), with_context, also)
                self.panel.set_region(None)
            else:
                await self.review.ask_about_page(question, page, also)
        except KnownError as error:
            self.banner.say(error_sentence(error))
            return False
        return True

    # --- asking from the pane --------------------------------------------------------------------

    def _question(self, given: str = "") -> str | None:
        """`given` (typed beside the region, or the fine print's), else the composer's question."""
        question = given.strip() or self.composer.text.strip()
        if not question:
            if self.panel.region is not None:  # the box beside the region is where to type it
                self.panel.region_box.show_for(self.panel.region, focus=True)
            else:
                self.banner.say(translate("review_controller", "Type your question in the box below first."))
                self.composer.edit.setFocus()
            return None
        if self.session.busy:
            self.banner.say(
                translate("review_controller", "Wait for the answer being written (or stop it with Esc) first.")
            )
            return None
        return question

    async def _ask_region(self, page: int, rect: QRect, with_context: bool, typed: str | None = None) -> None:
        """`typed`: the question from the box beside the region (else the composer's)."""
        question = self._question(typed or "")
        if question is None or self.document is None:
            return
        try:
            await self.review.ask_about_region(question, page, _box(rect), with_context)
        except KnownError as error:
            self.banner.say(error_sentence(error))
            return
        if typed is None:
            self.composer.set_text("")
        self.panel.set_region(None)

    def _confirm_fine_print(self, page: int) -> None:
        if self.document is None:
            return
        self._spawn(self._confirm_fine_print_plan(page))

    async def _confirm_fine_print_plan(self, page: int) -> None:
        """Measure the page's small print (in a worker), then show the cheapest plan that keeps it
        legible and its cost — with everything that goes along — before anything is sent."""
        question = self.composer.text.strip() or fine_print_question()
        button = self.panel.fine_print_button
        button.setEnabled(False)  # working: the page is being measured
        try:
            estimate = await self.review.estimate_fine_print(page, question)
        except KnownError as error:
            self.banner.say(error_sentence(error))
            return
        finally:
            button.setEnabled(True)
        if self.document is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("review_controller", "Read the fine print?"),
            _fine_print_plan(page, estimate.tiles, estimate.whole_page, estimate.closeups)
            + " "
            + _fine_print_cost(estimate.tokens, estimate.context_images, estimate.cost_usd, question),
            QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.addButton(translate("review_controller", "Send"), QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._spawn(self._ask_fine_print(page, question)))
        self.confirm_box = box
        box.open()

    async def _ask_fine_print(self, page: int, question: str) -> None:
        if self._question(question) is None or self.document is None:
            return
        estimate = self.review.fine_print_estimate(page)
        if estimate.tiles == 1:
            text = question
        elif estimate.whole_page:
            text = (
                f"{question}\n\n(Page {page + 1} is sent whole first, then {estimate.closeups} close-ups of its "
                "small print, top to bottom.)"
            )
        else:
            text = (
                f"{question}\n\n(Page {page + 1} is sent as {estimate.tiles} overlapping tiles, left to right, "
                "top to bottom.)"
            )
        try:
            await self.review.ask_fine_print(text, page)
        except KnownError as error:
            self.banner.say(error_sentence(error))
            return
        self.composer.set_text("")

    async def _preview(self, page: int, rect: QRect) -> None:
        if self.document is None:
            return
        try:
            prepared = await self._in_worker(preview, self.document, page, None if rect.isNull() else _box(rect))
        except KnownError as error:
            self.banner.say(error_sentence(error))
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
                translate(
                    "review_controller",
                    "Open a document for review and mark it or ask about it first; then its review report can be "
                    "exported.",
                )
            )
            return
        dialog = remembering_dialog(self._window, translate("review_controller", "Export review report"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(
            [
                translate("review_controller", "PDF document") + " (*.pdf)",
                translate("review_controller", "Web page, images included") + " (*.html)",
            ]
        )
        dialog.selectFile(self.workspace.safe_filename(report_file_stem(document.name), document.document_id) + ".pdf")
        target = (document.conversation_id, document.document_id)
        dialog.fileSelected.connect(lambda path: self._spawn(self._export(*target, path, dialog.selectedNameFilter())))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.open()

    async def _export(self, conversation_id: int, document_id: int, path: str, name_filter: str) -> None:
        from pixdesk.ui.report_export import markdown_html, write_report  # (only when a report is made)

        suffix = ".pdf" if "*.pdf" in name_filter else ".html"
        target = Path(path) if Path(path).suffix.lower() == suffix else Path(path).with_suffix(suffix)
        self.banner.say(translate("review_controller", "Preparing the review report…"), seconds=None)
        try:
            answers = await self.workspace.answer_texts(conversation_id)
            rendered = {text: markdown_html(text) for text in answers}  # Qt's Markdown: on this thread
            content = await self.workspace.review_report(conversation_id, document_id, rendered.__getitem__)
            written = await write_report(content, target, self._in_worker)
        except KnownError as error:
            self.banner.say(error_sentence(error))
            return
        except OSError as error:
            self.banner.say(
                translate("review_controller", "The report could not be written to {path}: {reason}.").format(
                    path=target, reason=error.strerror or error
                )
            )
            return
        self.banner.say(translate("review_controller", "Review report saved to {path}.").format(path=written))
