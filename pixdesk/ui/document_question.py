"""Asking about the whole of the document under review, in the window.

"Ask about the whole document…" turns the composer's chip into "contract.pdf — whole document";
Enter then plans the question off the GUI thread and shows the plan in a panel above the question
box — pages, requests, size, cost and time at the quota — before anything is sent. Ask runs it
(services.document_run): the progress is said in that panel, where the answer appears, with Stop;
each group's answer shows in the document's conversation as it lands and the combined answer
streams into it like any answer. A run that stopped or failed continues where it ended ("Try
again", or the same question asked again): the groups already answered are not asked again."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pixdesk.domain import Answer, Attachment, MarkKind, StreamEvent, TextDelta
from pixdesk.errors import KnownError, bad_input
from pixdesk.services.document_plan import DocumentPlan, plan_document
from pixdesk.services.document_run import (
    DocumentOutcome,
    DocumentProgress,
    DocumentQuestion,
    DocumentSpec,
    planned_images,
)
from pixdesk.services.exchange import AskOptions, Exchange, Status
from pixdesk.services.quota import QuotaLimits, minutes
from pixdesk.services.review import ReviewDocument
from pixdesk.ui.i18n import error_sentence, money, number, translate, translated

if TYPE_CHECKING:
    from pixdesk.ui.main_window import MainWindow
    from pixdesk.ui.review_controller import ReviewController


# --- in words ----------------------------------------------------------------------------------


def plan_words(plan: DocumentPlan) -> str:
    """The plan in one line:
    "12 pages in 3 requests · about 41,000 tokens · up to $0.09 · about 1 min at your quota"."""
    page_count, requests = plan.pages, plan.requests  # (lupdate sees a count only as a plain name)
    pages = translate("document_question", "%n page(s)", None, page_count)
    if plan.time_s > 0:
        pace = translate("document_question", "about {time} at your quota").format(
            time=translated(minutes(plan.time_s))
        )
    else:
        pace = translate("document_question", "no wait at your quota")
    return " · ".join(
        (
            translate("document_question", "{pages} in %n request(s)", None, requests).format(pages=pages),
            translate("document_question", "about {tokens} tokens").format(
                tokens=_about(plan.input_tokens + plan.output_tokens)
            ),
            translate("document_question", "up to {cost}").format(cost=money(plan.cost_usd, 2)),
            pace,
        )
    )


def plan_details(plan: DocumentPlan) -> str:
    """The figures behind plan_words, for the tooltip."""
    groups = len(plan.groups)
    return translate(
        "document_question",
        "The pages go in %n group(s) of at most 8, each asked on its own; then one more request combines "
        "their answers, with page numbers.\nSize of the questions: about {input} tokens; of the answers: "
        "at most {output} tokens. The cost is an estimate, at its most.",
        None,
        groups,
    ).format(input=number(plan.input_tokens), output=number(plan.output_tokens))


def resumed_words(resumed: int, groups: int) -> str:
    return translate(
        "document_question", "{resumed} of %n group(s) answered already — they will not be asked again.", None, groups
    ).format(resumed=resumed)


def progress_words(step: DocumentProgress) -> str:
    """Where the run is:
    "Reading pages 9–12 (group 2 of 3)…", "Waiting for your quota — 12 s", "Combining the answers…"."""
    if step.waiting_s > 0:
        return translate(
            "document_question", "Waiting for your quota — {time} (group {number} of {count} next)"
        ).format(time=translated(minutes(step.waiting_s)), number=step.number, count=step.count)
    if step.combining:
        return translate("document_question", "Combining the answers…")
    return translate("document_question", "Reading {pages} (group {number} of {count})…").format(
        pages=translated(step.label), number=step.number, count=step.count
    )


def _capitalised(words: str) -> str:
    """A sentence's first letter: "Pages 9–12 could not be read." (the rest as it is: file names)"""
    return words[:1].upper() + words[1:]


def _about(tokens: int) -> str:
    if tokens < 1_000:
        return number(tokens)
    return number(round(tokens, -3 if tokens < 100_000 else -4))


# --- the panel -----------------------------------------------------------------------------------


class DocumentQuestionPanel(QFrame):
    """Above the question box: the plan with Ask and Cancel; then the progress with Stop; then, if
    it ended early, what happened with Try again (or Continue) and Close. Never modal."""

    ask_clicked = Signal()
    cancel_clicked = Signal()
    stop_clicked = Signal()
    again_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("document_question", "Question about the whole document"))
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # the question and file name are not ours
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.note = QLabel(self)  # "1 of 2 groups answered already…"
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.ask_button = self._button(
            translate("document_question", "Ask"),
            translate("document_question", "Send the requests of this plan"),
            self.ask_clicked,
        )
        self.cancel_button = self._button(
            translate("document_question", "Cancel"),
            translate("document_question", "Send nothing"),
            self.cancel_clicked,
        )
        self.stop_button = self._button(
            translate("document_question", "Stop"),
            translate("document_question", "Stop after what is being written; asking again continues from there"),
            self.stop_clicked,
        )
        self.again_button = self._button(
            translate("document_question", "Try again"),
            translate("document_question", "Continue where it stopped"),
            self.again_clicked,
        )
        self.close_button = self._button(translate("document_question", "Close"), "", self.cancel_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.ask_button, self.cancel_button, self.stop_button, self.again_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.label)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.hide()

    def _button(self, text: str, tip: str, signal: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(signal)
        return button

    def _show(self, title: str, text: str, note: str, *buttons: QPushButton) -> None:
        self.title.setText(title)
        self.label.setText(text)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        for button in (self.ask_button, self.cancel_button, self.stop_button, self.again_button, self.close_button):
            button.setVisible(button in buttons)
            button.setDefault(False)
        self.show()

    def working(self, title: str, text: str) -> None:
        """Planning: nothing to press but Cancel."""
        self._show(title, text, "", self.cancel_button)
        self.label.setToolTip("")

    def show_plan(self, title: str, plan: DocumentPlan, resumed: int) -> None:
        note = (
            resumed_words(resumed, len(plan.groups))
            if resumed
            else translate("document_question", "Nothing is sent until you press Ask.")
        )
        self._show(title, plan_words(plan), note, self.ask_button, self.cancel_button)
        self.label.setToolTip(plan_details(plan))
        self.ask_button.setDefault(True)  # Enter asks, as the plan is read
        self.ask_button.setFocus()

    def show_progress(self, text: str) -> None:
        if not self.isVisible() or not self.stop_button.isVisible():
            self._show(self.title.text(), text, "", self.stop_button)
        self.label.setText(text)

    def show_ended(self, text: str, note: str, again: str) -> None:
        """Stopped or failed: `again` ("Try again", "Continue") goes on from where it ended."""
        self.again_button.setText(again)
        self._show(self.title.text(), text, note, self.again_button, self.close_button)
        self.again_button.setFocus()

    @property
    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""


# --- the flow --------------------------------------------------------------------------------------


@dataclass
class _Pending:
    """A planned question waiting for Ask (or being run)."""

    question: str
    document: ReviewDocument
    spec: DocumentSpec
    plan: DocumentPlan
    options: AskOptions
    conversation_id: int | None


def _plan(spec: DocumentSpec, question: str, document: str, options: AskOptions, limits: QuotaLimits) -> DocumentPlan:
    """Blocking (a worker): the pages' sizes, then the plan. No page is drawn."""
    return plan_document(
        planned_images(spec),
        question,
        document=document,
        system=options.system,
        max_tokens=options.max_tokens,
        limits=limits,
    )


def document_spec(document: ReviewDocument) -> DocumentSpec:
    """Every page of the document, with its redactions burned in, each on its own page."""
    redactions = tuple(
        (document.path, mark.page, mark.box) for mark in document.marks if mark.kind is MarkKind.REDACTION
    )
    return DocumentSpec((document.path,), "all", page_redactions=redactions)


class WholeDocumentFlow(QObject):
    """Connects "Ask about the whole document…" to the composer's chip, the plan panel, the run
    and the conversation on screen."""

    finished = Signal(object)  # DocumentOutcome, once a run has ended (done, stopped or failed)

    def __init__(self, window: MainWindow, review: ReviewController) -> None:
        super().__init__(window)
        self.window, self.review = window, review
        self.workspace, self.session, self.chat = window.workspace, window.session, window.chat
        self.panel = DocumentQuestionPanel(window)
        column = window.banner.parentWidget()
        layout = column.layout() if column is not None else None
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(window.banner), self.panel)  # just under the conversation
        self.panel.ask_clicked.connect(self._ask_clicked)
        self.panel.cancel_clicked.connect(self._cancel)
        self.panel.stop_clicked.connect(self.stop)
        window.composer.stop_clicked.connect(self.stop)  # the composer's Stop and Esc stop a run too
        window.stop_action.triggered.connect(self.stop)
        self.panel.again_clicked.connect(self._again)
        self.pending: _Pending | None = None
        self.task: asyncio.Task[DocumentOutcome | None] | None = None
        self.live: Exchange | None = None  # the combined answer, while it streams
        self.step: DocumentProgress | None = None  # where the run is
        self._live_drawn = False
        self._view = asyncio.Lock()  # conversation redraws, one after another, in order

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done()

    def choose(self) -> None:
        """The action: the next question (Enter) is about the whole document."""
        if self.review.document is None:
            self.window.banner.say(
                translate("document_question", "Open a document with File ▸ Review a document… first.")
            )
            return
        self.review.show_whole_document(self.ask)
        self.window.composer.edit.setFocus()

    # --- Enter: plan, then show the plan ---------------------------------------------------------

    async def ask(self, question: str, also: tuple[Attachment, ...]) -> None:
        """From the composer: plan `question` off the GUI thread and show the plan. Raises
        KnownError (said in the banner; the question stays in the box) when it cannot be asked."""
        document = self.review.document
        if document is None:
            return
        if self.running:
            raise bad_input(
                translate(
                    "document_question",
                    "A question about the whole document is being answered: wait for it, or Stop it.",
                )
            )
        if also:
            raise bad_input(
                translate("document_question", "A question about the whole document goes without other images."),
                translate("document_question", "Remove them from the images to send, or ask about one page."),
            )
        options = self.workspace.choices.ask_options()
        connection = self.workspace.choices.connection()
        limits = (await self.workspace.run_blocking(self.workspace.scheduler.pacer, connection)).limits
        title = translate("document_question", "About the whole of {name}: “{question}”").format(
            name=document.name, question=question
        )
        self.panel.working(title, translate("document_question", "Working out how to send it…"))
        spec = document_spec(document)
        try:
            plan = await self.workspace.run_blocking(_plan, spec, question, document.name, options, limits)
            conversation = document.conversation_id or self.session.conversation_id
            pending = _Pending(question, document, spec, plan, options, conversation)
            resumed = await self._question(pending).resume_state()
        except KnownError:
            self.panel.hide()
            raise
        except OSError as error:
            self.panel.hide()
            raise bad_input(
                translate("document_question", "{name} could not be read: {reason}.").format(
                    name=document.name, reason=error.strerror or error
                )
            ) from error
        self.pending = pending
        self.panel.show_plan(title, plan, resumed)

    def _question(self, pending: _Pending) -> DocumentQuestion:
        options = pending.options
        return DocumentQuestion(
            self.workspace,
            pending.spec,
            pending.plan,
            system=options.system,
            max_tokens=options.max_tokens,
            temperature=options.temperature,
            tier=options.tier,
            conversation_id=pending.conversation_id,
        )

    def _cancel(self) -> None:
        """Cancel (nothing sent) or Close: the question goes back in the box if that is empty."""
        pending, self.pending = self.pending, None
        self.panel.hide()
        composer = self.window.composer
        if pending is not None and not self.running and not composer.text.strip():
            composer.set_text(pending.question)
        composer.edit.setFocus()

    # --- Ask: run it ------------------------------------------------------------------------------

    def _ask_clicked(self) -> None:
        if self.pending is not None and not self.running:
            self._start(self.pending)

    def _again(self) -> None:
        if self.pending is not None and not self.running:
            self._start(self.pending)  # the groups answered already are kept: only the rest is asked

    def stop(self) -> None:
        if self.running:
            assert self.task is not None
            self.task.cancel()

    def _start(self, pending: _Pending) -> None:
        self.panel.show_progress(translate("document_question", "Starting…"))
        self.window.composer.set_busy(True)
        self.task = asyncio.ensure_future(self._run(pending))

    async def _run(self, pending: _Pending) -> DocumentOutcome | None:
        run = self._question(pending)
        self.live, self._live_drawn, self.step = None, False, None
        outcome: DocumentOutcome | None = None
        try:
            outcome = await run.run(lambda step: self._progress(run, step), self._event)
        except asyncio.CancelledError:
            pass  # Stop: the answers so far are kept; the next Ask continues
        except KnownError as error:
            self.window.composer.set_busy(False)
            self.panel.show_ended(error_sentence(error), "", translate("document_question", "Try again"))
            return None
        self._spawn_view(self._show_conversation(run.conversation_id, outcome))
        return outcome

    def _progress(self, run: DocumentQuestion, step: DocumentProgress) -> None:
        self.panel.show_progress(progress_words(step))
        before, self.step = self.step, step
        if step.waiting_s > 0 or step.kept or (before is not None and before.number == step.number):
            return  # (a wait for the quota, and its end, are not a new group)
        if step.combining:
            self.live = Exchange(step.question, (), Answer(), shown=step.shown or None)
            self._spawn_view(self._show_live(run.conversation_id, self.live))
        elif step.number > 1:  # the group before has its answer: show it in the conversation
            self._spawn_view(self._reload(run.conversation_id))

    def _event(self, event: StreamEvent) -> None:
        """The combined answer, streaming."""
        live = self.live
        if live is None:
            return
        live.answer.apply(event)
        if isinstance(event, TextDelta) and self._live_drawn:
            self.chat.text_arrived(live)

    # --- the conversation on screen ---------------------------------------------------------------

    def _spawn_view(self, coroutine: Coroutine[Any, Any, None]) -> None:
        async def in_order() -> None:
            async with self._view:
                await coroutine

        self.window._spawn(in_order())

    def _showing(self, conversation_id: int | None) -> bool:
        return conversation_id is not None and self.session.conversation_id in (None, conversation_id)

    async def _reload(self, conversation_id: int | None) -> None:
        """The run's conversation as recorded, if it is the one on screen (the person may have
        opened another meanwhile: it is left alone)."""
        if not self._showing(conversation_id) or self.session.busy or not self.workspace.keeps_history:
            return
        assert conversation_id is not None
        await self.session.open_conversation(conversation_id)
        self.window.composer.set_busy(self.running)  # (opening it said "not busy")

    async def _show_live(self, conversation_id: int | None, live: Exchange) -> None:
        await self._reload(conversation_id)
        if self.live is live and (self._showing(conversation_id) or not self.workspace.keeps_history):
            self.window.stack.setCurrentWidget(self.chat)
            self.chat.add_exchange(live)
            self._live_drawn = True
            self.chat.text_arrived(live)

    async def _show_conversation(self, conversation_id: int | None, outcome: DocumentOutcome | None) -> None:
        """The run ended: the conversation as recorded (every partial answer and the combined one),
        and in the panel what happened."""
        live, self.live = self.live, None
        if self.workspace.keeps_history:
            await self._reload(conversation_id)
        elif live is not None and self._live_drawn and outcome is not None:
            ended = outcome.answer.error is None and not outcome.answer.cancelled
            live.status = Status.DONE if ended else Status.STOPPED
            self.session.exchanges.append(live)  # nothing recorded: the answer stays on screen
            self.chat.finish(live)
        self.window.composer.set_busy(self.session.busy)
        if self.workspace.keeps_history:
            self.window._spawn(self.window.history_list.refresh())  # the list counts the new questions
        answer = outcome.answer if outcome is not None else None
        if answer is not None and answer.error is None and answer.text and not answer.cancelled:
            self.pending = None
            self.panel.hide()
        elif answer is None or answer.cancelled:
            self.panel.show_ended(
                translate("document_question", "Stopped. The answers so far are kept."),
                translate("document_question", "Continue asks only what is left."),
                translate("document_question", "Continue"),
            )
        else:
            error = answer.error
            no_answer = translate("document_question", "The model gave no answer.")
            said = error_sentence(error) if error is not None else no_answer
            step = self.step
            if step is None or step.combining:
                what = translate("document_question", "The answers could not be combined.")
            else:
                what = translate("document_question", "{pages} could not be read.").format(
                    pages=_capitalised(translated(step.label))
                )
            self.panel.show_ended(
                f"{what} {said}",
                translate("document_question", "The answers so far are kept."),
                translate("document_question", "Try again"),
            )
        self.finished.emit(outcome)

    async def wait(self) -> None:
        """Until the run (and its redraws) have ended (for tests and quitting)."""
        if self.task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.shield(self.task)
        async with self._view:
            pass
