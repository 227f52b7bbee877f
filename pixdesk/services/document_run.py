"""Whole-document questions, run: the plan's groups one after another, then the request that
combines their answers — paced to the quota with everything else, recorded as it goes, and
resumable.

Every group's question (with the exact images sent) and its partial answer are a turn of one
conversation, and the combined answer is its last turn. The conversation is found again by a key
(the files' SHA-256, the pages, the question and the plan): asking the same question of the same
files again continues that conversation, re-asking only the groups without a complete answer.

Why not a batch job: a batch item is one page, asked on its own; a group is several pages and the
last request needs every group's answer. The pacing (the shared quota ledger), the backing off
after a 429 and the crash-safe recording are the same ones a batch uses."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pixdesk.domain import Answer, AskRequest, Attachment, StreamEvent
from pixdesk.errors import Kind
from pixdesk.files import open_regular
from pixdesk.imaging.intake import parse_pages
from pixdesk.imaging.prepare import Box, prepare_fine_print, prepare_page
from pixdesk.imaging.sources import open_source
from pixdesk.imaging.tokens import image_tokens
from pixdesk.services import fine_print
from pixdesk.services.asking import new_answer, paced_ask
from pixdesk.services.document_plan import (
    DocumentPlan,
    Group,
    PlannedImage,
    combine_prompt,
    combine_shown,
    group_prompt,
    group_shown,
)
from pixdesk.services.history import turns_of
from pixdesk.services.quota import QuotaLimits
from pixdesk.services.recording import TurnRecorder
from pixdesk.services.workspace import Workspace
from pixdesk.store.history import HistoryStore

_log = logging.getLogger(__name__)

THROTTLE_RETRIES = 5  # as a batch item: a 429 met anyway is asked again this many times


@dataclass(frozen=True)
class DocumentSpec:
    """What is asked about: files, their pages (as `--pages` says), whole pages or fine-print
    tiles, and areas blacked out on every page."""

    paths: tuple[str, ...]
    pages: str | None = "all"
    tiles: bool = False
    redactions: tuple[Box, ...] = ()
    # Areas blacked out on one page of one file: (path, 0-based page, box) — a reviewed document's
    # redactions, which belong to its pages.
    page_redactions: tuple[tuple[str, int, Box], ...] = ()

    def redactions_on(self, path: str, page: int) -> tuple[Box, ...]:
        return self.redactions + tuple(box for p, n, box in self.page_redactions if p == path and n == page)


# --- planning (blocking, no page decoded) --------------------------------------------------------


def planned_images(spec: DocumentSpec) -> list[PlannedImage]:
    """Every image the question would send, from the pages' sizes alone (a PDF's page sizes come
    from its page objects; nothing is rendered)."""
    images: list[PlannedImage] = []
    for path in spec.paths:
        with open_source(path) as source:
            indices = parse_pages(spec.pages, source.page_count) if source.page_count > 1 else [0]
            for index in indices:
                size = source.page_size(index)
                if spec.tiles:
                    # The page's measured fine-print plan (decodes the page: fine print is measured
                    # on its pixels; remembered for when its group is prepared). It may take more
                    # images than one request: they go in groups like pages.
                    pieces = fine_print.planned_pieces(str(path), index, spec.redactions_on(str(path), index))
                    for part, piece in enumerate(pieces):
                        images.append(PlannedImage(source.name, index, piece.tokens, str(path), part))
                else:
                    images.append(PlannedImage(source.name, index, image_tokens(*size), str(path)))
    return images


def run_key(spec: DocumentSpec, plan: DocumentPlan, system: str, max_tokens: int) -> str:
    """What makes a run the same one: the files' bytes, what is sent of them, the question and the plan."""
    digest = hashlib.sha256()
    for path in spec.paths:
        digest.update(_file_sha256(path).encode())
    what: list[object] = [spec.pages, spec.tiles, list(spec.redactions), plan.question, system, max_tokens]
    what.append(plan.fingerprint())
    if spec.page_redactions:  # (so that a run without them keeps the key it had)
        what.append(sorted(spec.page_redactions))
    digest.update(json.dumps(what).encode())
    return digest.hexdigest()


def _file_sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open_regular(Path(path)) as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def prepare_group(spec: DocumentSpec, group: Group) -> tuple[Attachment, ...]:
    """A group's images, ready to send (blocking: a worker). Only this group's pages are decoded."""
    attachments: list[Attachment] = []
    by_page: dict[tuple[str, int], list[int]] = {}
    for image in group.images:
        by_page.setdefault((image.path, image.page), []).append(image.part)
    for (path, page), parts in by_page.items():
        with open_source(path) as source:
            index = page if source.page_count > 1 else 0
            if spec.tiles:
                # The same measured plan as planned_images counted (one decode, measured alike).
                pieces = prepare_fine_print(source, index, spec.redactions_on(path, page))
                attachments.extend(pieces[part].attachment for part in parts if part < len(pieces))
            else:
                attachments.append(prepare_page(source, index, redactions=spec.redactions_on(path, page)).attachment)
    return tuple(attachments)


# --- running --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentProgress:
    """Where a run is: asking group `number` of `count` (or combining: number == count + 1)."""

    number: int
    count: int
    label: str  # "pages 17–24", or "combining the answers"
    kept: bool = False  # answered in an earlier run: not asked again
    waiting_s: float = 0.0  # for room in the quota
    question: str = ""  # combining: the text about to be asked, exactly
    shown: str = ""  # combining: what a window shows in its place, as it is answered

    @property
    def combining(self) -> bool:
        return self.number > self.count

    def line(self) -> str:
        """One line for people: "group 3 of 12, pages 17–24"."""
        if self.combining:
            text = "combining the answers of every group"
        else:
            text = f"group {self.number} of {self.count}, {self.label}"
            if self.kept:
                text += " (answered in an earlier run)"
        if self.waiting_s > 0:
            text += f" — waiting {round(self.waiting_s)} s for room in your quota"
        return text


@dataclass
class DocumentOutcome:
    answer: Answer  # the combined answer; or the failed group's, when a group failed
    conversation_id: int | None
    resumed_groups: int  # groups kept from an earlier run
    asked: int  # requests sent by this run (retries included)


class DocumentQuestion:
    """One whole-document question over a Workspace: run() asks what the plan says (only what is
    left of an earlier run of the same question) and returns the combined answer."""

    def __init__(
        self,
        workspace: Workspace,
        spec: DocumentSpec,
        plan: DocumentPlan,
        *,
        system: str = "",
        max_tokens: int = 4096,
        temperature: float | None = None,
        tier: str = "standard",
        key: str | None = None,
        conversation_id: int | None = None,
    ) -> None:
        """`conversation_id`: record the run in this conversation (a reviewed document's own),
        among its other questions; None: in a new one titled by the question."""
        self.workspace, self.spec, self.plan = workspace, spec, plan
        self.system, self.max_tokens, self.temperature, self.tier = system, max_tokens, temperature, tier
        self._key = key
        self._into = conversation_id
        self.conversation_id: int | None = None
        self._record_id: int | None = None
        self._partials: list[str | None] = [None] * len(plan.groups)
        self._replacing: dict[int, list[int]] = {}
        self.asked = 0

    @property
    def count(self) -> int:
        return len(self.plan.groups)

    async def resume_state(self) -> int:
        """Find an earlier, unfinished run of this very question; how many of its groups are answered
        already (they are not asked again). Call before run() to tell the person; run() calls it too."""
        history = self.workspace.history
        if history is None or self._record_id is not None:
            return sum(p is not None for p in self._partials)
        if self._key is None:
            self._key = await self.workspace.run_blocking(run_key, self.spec, self.plan, self.system, self.max_tokens)
        record = await history.call(history.store.unfinished_document_question, self._key)
        if record is None or record.groups != self.count:
            return 0
        if self._into is not None and record.conversation_id != self._into:
            return 0  # cut off in another conversation: this one starts afresh
        self._record_id, self.conversation_id = record.id, record.conversation_id
        messages = await history.call(history.store.messages, record.conversation_id)
        for question, answer in turns_of(messages):
            # The run's turns are known by their text: the conversation may hold other questions,
            # and earlier, finished runs of this one (which end with a complete combined answer).
            position = self._position_of(question.text)
            if position is None:
                continue
            if position == self.count and answer is not None and answer.status == "complete":
                self._partials = [None] * self.count
                self._replacing.clear()
                continue
            if position < self.count and answer is not None and answer.status == "complete" and answer.text:
                self._partials[position] = answer.text
            else:  # an attempt that did not end well (or an earlier combining one): asked again, in its place
                self._replacing.setdefault(min(position, self.count), []).extend(
                    [question.id] + ([answer.id] if answer is not None else [])
                )
        return sum(p is not None for p in self._partials)

    def _position_of(self, text: str) -> int | None:
        """Which request of the plan asked `text` (the groups 0…, the combining one `count`); None: another question."""
        plan = self.plan
        for position, group in enumerate(plan.groups):
            if text == group_prompt(plan.question, plan.document, group.label, group.number, self.count):
                return position
        empty = combine_prompt(plan.question, plan.document, [(g.label, "") for g in plan.groups])
        return self.count if text.startswith(empty.split("--- Part 1:", 1)[0]) else None

    async def run(
        self,
        on_progress: Callable[[DocumentProgress], None] | None = None,
        on_event: Callable[[StreamEvent], None] | None = None,
    ) -> DocumentOutcome:
        """Ask every group not answered yet, in order, then the combining request (its events go to
        `on_event`). Stops at the first group that fails (its answer, with the error, is returned):
        running the same question again continues from there."""
        resumed = await self.resume_state()
        await self._start_conversation()

        def progress(report: DocumentProgress) -> None:
            if on_progress is not None:
                on_progress(report)

        for position, group in enumerate(self.plan.groups):
            if self._partials[position] is not None:
                progress(DocumentProgress(group.number, self.count, group.label, kept=True))
                continue
            progress(DocumentProgress(group.number, self.count, group.label))
            attachments = await self.workspace.run_blocking(prepare_group, self.spec, group)
            plan = self.plan
            prompt = group_prompt(plan.question, plan.document, group.label, group.number, self.count)
            request = self._request(prompt, attachments, group.answer_tokens)
            shown = group_shown(plan.question, plan.document, group.label, group.number, self.count)

            def waiting(seconds: float, group: Group = group) -> None:
                progress(DocumentProgress(group.number, self.count, group.label, waiting_s=seconds))

            answer = await self._ask(request, position, shown, None, waiting)
            if answer.error is not None or not answer.text or answer.cancelled:
                return DocumentOutcome(answer, self.conversation_id, resumed, self.asked)
            self._partials[position] = answer.text
        labelled = [(g.label, text or "") for g, text in zip(self.plan.groups, self._partials, strict=True)]
        request = self._request(combine_prompt(self.plan.question, self.plan.document, labelled), (), self.max_tokens)
        shown = combine_shown(self.plan.question, self.count)
        label = "combining the answers"
        combining = DocumentProgress(self.count + 1, self.count, label, question=request.question, shown=shown)
        progress(combining)
        answer = await self._ask(request, self.count, shown, on_event, None)
        if answer.error is None and answer.text and not answer.cancelled and self._record_id is not None:
            history = self.workspace.history
            assert history is not None
            await history.call(history.store.finish_document_question, self._record_id)
        return DocumentOutcome(answer, self.conversation_id, resumed, self.asked)

    def _request(self, prompt: str, attachments: Sequence[Attachment], max_tokens: int) -> AskRequest:
        return AskRequest(
            prompt,
            tuple(attachments),
            system=self.system,
            max_tokens=max_tokens,
            temperature=self.temperature,
            tier=self.tier,
        )

    async def _start_conversation(self) -> None:
        history = self.workspace.history
        if history is None or self._record_id is not None:
            return
        title = f"{self.plan.document}: {self.plan.question}"
        key = self._key
        assert key is not None
        count = self.count

        into = self._into

        def start(store: HistoryStore) -> tuple[int, int]:
            conversation_id = into if into is not None else store.start_conversation(title)
            return conversation_id, store.start_document_question(conversation_id, key, count)

        self.conversation_id, self._record_id = await history.call(start, history.store)

    async def _ask(
        self,
        request: AskRequest,
        position: int,
        shown: str,
        on_event: Callable[[StreamEvent], None] | None,
        on_wait: Callable[[float], None] | None,
    ) -> Answer:
        """One request, recorded (its question committed before it leaves, with `shown`: what the
        window shows in its place), paced, asked again after a 429 as a batch item is."""
        workspace = self.workspace
        connection = workspace.choices.connection()
        pacer = await workspace.run_blocking(workspace.scheduler.pacer, connection)  # (the ledger: off the loop)
        answer = new_answer(request, connection)
        for attempt in range(1, THROTTLE_RETRIES + 2):
            answer = new_answer(request, connection)
            recorder = await self._record(request, answer, position, shown)
            listeners = [listener for listener in (recorder, on_event) if listener is not None]

            def event(item: StreamEvent, listeners: list[Callable[[StreamEvent], None]] = listeners) -> None:
                for listener in listeners:
                    listener(item)

            self.asked += 1
            try:
                await paced_ask(workspace.engine, pacer, request, connection, answer, event, on_wait, attempt)
            finally:
                if recorder is not None:
                    await recorder.finished()  # (never blocking the loop: in the window it is the GUI's)
            throttled = answer.error is not None and answer.error.kind in (Kind.THROTTLED, Kind.MODEL_NOT_READY)
            if not throttled or answer.text or attempt > THROTTLE_RETRIES:
                break
        return answer

    async def _record(self, request: AskRequest, answer: Answer, position: int, shown: str) -> TurnRecorder | None:
        history = self.workspace.history
        if history is None or self.conversation_id is None:
            return None
        conversation_id = self.conversation_id
        replacing = self._replacing.pop(position, [])

        def start(store: HistoryStore) -> tuple[int, int]:
            question_id = store.add_question(conversation_id, request.question, request.attachments, replacing, shown)
            return question_id, store.start_answer(conversation_id, answer)

        question_id, answer_id = await history.call(start, history.store)
        # If this attempt does not end well, the next one (a retry, or a later run) takes its place.
        self._replacing[position] = [question_id, answer_id]
        return TurnRecorder(history, answer_id, answer)


def quota_limits(workspace: Workspace) -> QuotaLimits:
    """The quota the run will be paced to (for the plan's time)."""
    return workspace.scheduler.pacer(workspace.choices.connection()).limits
