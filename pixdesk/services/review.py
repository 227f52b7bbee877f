"""Reviewing a scanned document: its pages, the reviewer's marks, and what is sent when a question
is asked about it — always with the document's redactions burned in, including into images sent
earlier that go along again (retry, or context for a later question).

No Qt. The window shows the pages and draws the marks; this decides what they mean. Blocking
work (hashing the file, decoding and encoding pages) runs through `run_blocking`."""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pixdesk import catalog
from pixdesk.domain import AskedRegion, Attachment, Box, Mark, MarkKind, Placement
from pixdesk.errors import KnownError, bad_input
from pixdesk.services import fine_print
from pixdesk.services.chat import ChatSession
from pixdesk.services.fine_print import FinePrintEstimate as FinePrintEstimate  # re-exported for the window
from pixdesk.services.history import HistoryWriter
from pixdesk.words import translate

# imaging (Pillow) is imported by the blocking functions, which run off the loop (run_blocking):
# the window builds a Review at start, and its first frame decodes no page.
if TYPE_CHECKING:
    from pixdesk.imaging.fine_print import Piece
    from pixdesk.imaging.prepare import Prepared

RunBlocking = Callable[..., Awaitable[Any]]  # run_blocking(function, *args) → its result, off the loop
MARK_COLOURS = ("#d13438", "#0b57d0", "#107c10", "#ca5010", "#8764b8")  # annotation colours on offer
_READ_CHUNK = 1 << 20


@dataclass
class ReviewDocument:
    """A document open for review, and the marks on its pages (stored once its conversation is)."""

    path: str
    name: str
    sha256: str
    page_sizes: tuple[tuple[int, int], ...]  # full-resolution pixels, per page
    marks: list[Mark] = field(default_factory=list)
    document_id: int | None = None  # in the conversation it is recorded in
    conversation_id: int | None = None

    @property
    def page_count(self) -> int:
        return len(self.page_sizes)

    def redactions(self, page: int) -> list[Box]:
        return [mark.box for mark in self.marks if mark.kind is MarkKind.REDACTION and mark.page == page]

    def marks_on(self, page: int) -> list[Mark]:
        return [mark for mark in self.marks if mark.page == page]

    def whole_page(self, page: int) -> Box:
        width, height = self.page_sizes[page]
        return 0, 0, width, height


# --- blocking work (worker threads) -----------------------------------------------------------


def open_document(path: str | Path) -> ReviewDocument:
    """Read a document's identity (SHA-256 of its bytes) and its pages' sizes, without drawing them."""
    from pixdesk.imaging.sources import open_source

    path = Path(path)
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(_READ_CHUNK), b""):
            digest.update(chunk)
    with open_source(path) as source:
        sizes = tuple(source.page_size(index) for index in range(source.page_count))
    return ReviewDocument(str(path), path.name, digest.hexdigest(), sizes)


def _placed(prepared: Prepared, document: ReviewDocument, page: int, redactions: list[Box]) -> Attachment:
    box = prepared.box or document.whole_page(page)
    return dataclasses.replace(prepared.attachment, placement=Placement(document.sha256, page, box, tuple(redactions)))


def prepare_region(document: ReviewDocument, page: int, box: Box, with_context: bool) -> tuple[Attachment, ...]:
    """The region cut from the full-resolution page (and the whole page small, with the region
    outlined, for context), redactions burned in."""
    from pixdesk.imaging.prepare import prepare_context, prepare_crop
    from pixdesk.imaging.sources import open_source

    redactions = document.redactions(page)
    with open_source(document.path) as source:
        prepared = [prepare_crop(source, page, box, redactions=redactions)]
        if with_context:
            prepared.append(prepare_context(source, page, box, redactions))
    return tuple(_placed(p, document, page, redactions) for p in prepared)


def prepare_whole_page(document: ReviewDocument, page: int) -> tuple[Attachment, ...]:
    """The whole page, fitted as the model reads it, redactions burned in (a question typed in
    the composer while the document is open)."""
    from pixdesk.imaging.prepare import prepare_page
    from pixdesk.imaging.sources import open_source

    redactions = document.redactions(page)
    with open_source(document.path) as source:
        return (_placed(prepare_page(source, page, redactions=redactions), document, page, redactions),)


def preview(document: ReviewDocument, page: int, box: Box | None) -> Prepared:
    """Exactly what would be sent for the area (or the whole page), redactions burned in."""
    from pixdesk.imaging.prepare import prepare_crop, prepare_page
    from pixdesk.imaging.sources import open_source

    redactions = document.redactions(page)
    with open_source(document.path) as source:
        if box is None:
            return prepare_page(source, page, redactions=redactions)
        return prepare_crop(source, page, box, redactions=redactions)


def prepare_page_fine_print(document: ReviewDocument, page: int) -> tuple[Attachment, ...]:
    from pixdesk.imaging.prepare import prepare_fine_print
    from pixdesk.imaging.sources import open_source

    redactions = document.redactions(page)
    with open_source(document.path) as source:
        # One request (the plan fine_print.page_pieces estimated for the window): at most the
        # images one request takes.
        pieces = prepare_fine_print(source, page, redactions, catalog.LIMITS.images_per_request)
        return tuple(_placed(p, document, page, redactions) for p in pieces)


def redact_all(
    attachments: tuple[Attachment, ...], redactions: dict[tuple[str, int], list[Box]]
) -> tuple[Attachment, ...]:
    """Each attachment from a reviewed page with that page's redactions burned in (if new to it)."""
    from pixdesk.imaging.redact import redact_attachment

    return tuple(
        redact_attachment(a, redactions.get((a.placement.document_sha256, a.placement.page), [])) if a.placement else a
        for a in attachments
    )


def _plan_key(document: ReviewDocument, page: int) -> tuple[str, int, tuple[Box, ...]]:
    """A fine-print plan holds for the page as it would be sent: with its redactions as they are."""
    return document.sha256, page, tuple(document.redactions(page))


def _contains(marks: list[Mark], mark: Mark) -> bool:
    return any(m is mark for m in marks)


def _position(marks: list[Mark], mark: Mark) -> int:
    """Where this very mark is (two marks may be equal: the same box drawn twice), or the stored
    mark it is an older copy of. ValueError if it is gone."""
    for index, candidate in enumerate(marks):
        if candidate is mark:
            return index
    for index, candidate in enumerate(marks):
        if mark.id is not None and candidate.id == mark.id and candidate.kind is mark.kind:  # (numbered apart)
            return index
    raise ValueError("that mark is no longer on the document")


# --- the review, on the asyncio loop -------------------------------------------------------------


class Review:
    """The document under review in a chat session. Marks are kept in the history from the first
    one on (a conversation is started for the document if there is none yet).

    Its redactions reach what the chat sends only once `redact_before_sending` is the chat's
    `before_send` — the Workspace connects the two (services.workspace)."""

    def __init__(self, chat: ChatSession, run_blocking: RunBlocking, history: HistoryWriter | None = None) -> None:
        self.chat = chat
        self.history = history
        self._run = run_blocking
        self.document: ReviewDocument | None = None
        self._fine_print_plans: dict[tuple[str, int, tuple[Box, ...]], list[Piece]] = {}

    def document_for(self, ref: object) -> ReviewDocument | None:
        """The document under review, if `ref` (a path, as the chat's tray holds it) is its file."""
        document = self.document
        if document is None or not isinstance(ref, str):
            return None
        try:
            return document if Path(ref).resolve() == Path(document.path).resolve() else None
        except OSError:
            return None

    # --- opening --------------------------------------------------------------------------------

    async def open(self, path: str | Path) -> ReviewDocument:
        """Open a document for review (raises KnownError for what cannot be read). If this
        conversation reviewed it before, its marks come back."""
        document = await self._run(open_document, str(path))
        self.document = document
        await self._load_marks(document)
        return document

    async def open_in_its_conversation(self, path: str | Path) -> ReviewDocument:
        """Open a document for review in its own conversation: the one under way if it is already
        about this file, else the latest one about the same file (by SHA-256, wherever the file
        now lives), else a new one titled by the document's name. The chat moves there; the
        conversation it was in stays as it was. Without a history the review stays in this chat."""
        document = await self._run(open_document, str(path))
        if self.history is None:
            self.document = document
            return document
        store = self.history.store
        conversation = self.chat.conversation_id
        if conversation is None or not any(
            d.sha256 == document.sha256 for d in await self.history.call(store.documents, conversation)
        ):
            conversation = await self.history.call(store.latest_conversation_about, document.sha256)
        if conversation is None:
            conversation = await self.history.call(store.start_conversation, document.name)
        document.conversation_id = conversation
        document.document_id = await self.history.call(
            store.add_document, conversation, document.path, document.name, document.sha256, document.page_count
        )
        document.marks = await self.history.call(store.marks, document.document_id)
        # The document is in place before the chat moves, so that whoever follows the chat's
        # conversation sees it already belongs there.
        self.document = document
        if self.chat.conversation_id != conversation:
            await self.chat.open_conversation(conversation)
        return document

    async def conversation_changed(self) -> ReviewDocument | None:
        """After the chat moved to another conversation. A new chat keeps the open document and
        its redactions and annotations (a reviewer who starts over must not lose a redaction);
        another conversation brings back the document it reviewed, with its marks, if the file
        is still where it was and unchanged. Returns the document now open, if any."""
        document = self.document
        conversation = self.chat.conversation_id
        if conversation is None:
            if document is not None:
                document.document_id = document.conversation_id = None
                document.marks = [
                    dataclasses.replace(m, id=None, document_id=None)
                    for m in document.marks
                    if m.kind is not MarkKind.REGION
                ]
            return document
        self.document = None
        if self.history is None:
            return None
        stored = await self.history.call(self.history.store.documents, conversation)
        if document is not None and any(d.sha256 == document.sha256 for d in stored):
            return await self.open(document.path)
        for candidate in reversed(stored):
            try:
                reopened = await self.open(candidate.path)
            except (KnownError, OSError):  # moved, deleted or unreadable: the review stays in the history
                continue
            if reopened.sha256 == candidate.sha256:
                return reopened
            self.document = None  # the file has changed since: not the document that was reviewed
        return None

    async def _load_marks(self, document: ReviewDocument) -> None:
        conversation = self.chat.conversation_id
        if self.history is None:
            return
        store = self.history.store
        stored = await self.history.call(store.documents, conversation) if conversation is not None else []
        match = next((d for d in stored if d.sha256 == document.sha256), None)
        if match is not None:
            document.document_id, document.conversation_id = match.id, conversation
            document.marks = await self.history.call(store.marks, match.id)  # (its saved redactions included)
            return
        # Not reviewed in this conversation: its redactions come back all the same — they belong
        # to the file (by SHA-256), whichever conversation made them.
        saved = await self.history.call(store.saved_redaction_marks, document.sha256)
        unsaved = [m for m in document.marks if m.id is None or m.kind is not MarkKind.REDACTION]
        document.marks = [*saved, *unsaved]

    async def reload_marks(self) -> None:
        """Read the open document's marks again (a region was recorded with its question)."""
        if self.document is not None:
            await self._load_marks(self.document)

    async def _recorded(self, document: ReviewDocument) -> int | None:
        """The document's id in the history, recording the conversation and the document (and
        any marks made before) if they are not yet. None without a history."""
        if self.history is None:
            return None
        store = self.history.store
        if self.chat.conversation_id is None:
            self.chat.conversation_id = await self.history.call(store.start_conversation, document.name)
        if document.document_id is None or document.conversation_id != self.chat.conversation_id:
            document.conversation_id = self.chat.conversation_id
            document.document_id = await self.history.call(
                store.add_document,
                document.conversation_id,
                document.path,
                document.name,
                document.sha256,
                document.page_count,
            )
            unsaved = [mark for mark in document.marks if mark.id is None]
            for mark in unsaved:
                await self._store_mark(document, mark)
        return document.document_id

    # --- marks -----------------------------------------------------------------------------------

    def _document(self) -> ReviewDocument:
        if self.document is None:
            raise RuntimeError("no document is open for review")
        return self.document

    async def add_mark(self, mark: Mark) -> Mark:
        document = self._document()
        width, height = document.page_sizes[mark.page]
        x, y, w, h = mark.box
        if not (0 <= x < width and 0 <= y < height) or w < 0 or h < 0:
            raise bad_input(translate("review", "A mark must start on the page."))
        mark = dataclasses.replace(mark, box=(x, y, min(w, width - x), min(h, height - y)))
        recorded = await self._recorded(document)  # (stores the marks made before, if it had to record)
        document.marks.append(mark)
        if recorded is None:  # no history: kept in memory only
            return mark
        return await self._store_mark(document, mark)

    async def _store_mark(self, document: ReviewDocument, mark: Mark) -> Mark:
        mark_id = await self.history.call(self.history.store.add_mark, document.document_id, mark)
        stored = dataclasses.replace(mark, id=mark_id, document_id=document.document_id)
        if _contains(document.marks, mark):  # (unless removed meanwhile)
            document.marks[_position(document.marks, mark)] = stored
        return stored

    async def update_mark(self, old: Mark, new: Mark) -> Mark:
        document = self._document()
        document.marks[_position(document.marks, old)] = new
        if new.id is not None and self.history is not None:
            await self.history.call(self.history.store.update_mark, new)
        return new

    async def edit_mark(self, mark: Mark, **changes: object) -> Mark:
        """Change a mark's note or colour. Applied to the mark as it is now, so two quick edits
        (a note, then a colour) both stay."""
        document = self._document()
        current = document.marks[_position(document.marks, mark)]
        return await self.update_mark(current, dataclasses.replace(current, **changes))

    async def remove_mark(self, mark: Mark) -> None:
        document = self._document()
        del document.marks[_position(document.marks, mark)]
        if mark.id is not None and self.history is not None:
            await self.history.call(self.history.store.delete_mark, mark)  # (a redaction: the file's)

    # --- asking ------------------------------------------------------------------------------

    async def ask_about_region(
        self, question: str, page: int, box: Box, with_context: bool = True, also: tuple[Attachment, ...] = ()
    ) -> asyncio.Task:
        """`also`: other images that go with the question (the composer's tray)."""
        document = self._document()
        attachments = await self._run(prepare_region, document, page, box, with_context)
        await self._recorded(document)
        region = AskedRegion(document.sha256, document.name, page, attachments[0].placement.box)
        return self.chat.ask(question, attachments + tuple(also), region)

    async def ask_about_page(self, question: str, page: int, also: tuple[Attachment, ...] = ()) -> asyncio.Task:
        """Ask with the whole page (redactions burned in), kept with the question as the area
        asked about, so the answer can show the page again and the report lists it."""
        document = self._document()
        attachments = await self._run(prepare_whole_page, document, page)
        await self._recorded(document)
        region = AskedRegion(document.sha256, document.name, page, document.whole_page(page))
        # The same page attached from the tray as well (the file dropped into the chat) goes once.
        others = tuple(
            a
            for a in also
            if a.placement is None or (a.placement.document_sha256, a.placement.page) != (document.sha256, page)
        )
        return self.chat.ask(question, attachments + others, region)

    def fine_print_estimate(self, page: int, question: str = "") -> FinePrintEstimate:
        """What reading the page's fine print sends, with what goes along (the conversation's
        earlier images and messages): the measured plan if estimate_fine_print made it for the
        page as it is now, else the most it can be."""
        document = self._document()
        pieces = self._fine_print_plans.get(_plan_key(document, page))
        if pieces is None:
            pieces = fine_print.upper_bound(*document.page_sizes[page])
        options = self.chat.options()
        return fine_print.estimate(
            pieces, document.page_sizes[page], self.chat._history(), question, options.system, options.max_tokens
        )

    async def estimate_fine_print(self, page: int, question: str = "") -> FinePrintEstimate:
        """Measure the page's small print (in a worker) and plan the cheapest legible way to send
        it; the estimate then includes everything that goes along."""
        document = self._document()
        key = _plan_key(document, page)
        if key not in self._fine_print_plans:
            self._fine_print_plans[key] = await self._run(
                fine_print.page_pieces, document.path, page, document.redactions(page)
            )
        return self.fine_print_estimate(page, question)

    async def ask_fine_print(self, question: str, page: int) -> asyncio.Task:
        document = self._document()
        attachments = await self._run(prepare_page_fine_print, document, page)
        await self._recorded(document)
        region = AskedRegion(document.sha256, document.name, page, document.whole_page(page), fine_print=True)
        return self.chat.ask(question, attachments, region)

    async def redact_before_sending(self, attachments: tuple[Attachment, ...]) -> tuple[Attachment, ...]:
        """ChatSession's before_send: every image from a file's page (a reviewed document's, or a
        file dropped into the chat) gets the redactions saved for that file as they are now — in
        any conversation — and those of the open document not saved yet."""
        pages = {(a.placement.document_sha256, a.placement.page) for a in attachments if a.placement}
        if not pages:
            return attachments
        marks = await self._file_redactions({sha256 for sha256, _page in pages})
        redactions = {
            key: list(dict.fromkeys(m.box for m in marks.get(key[0], []) if m.page == key[1])) for key in pages
        }
        return await self._run(redact_all, attachments, redactions)

    async def _file_redactions(self, digests: set[str]) -> dict[str, list[Mark]]:
        marks: dict[str, list[Mark]] = {}
        if self.history is not None:
            store = self.history.store

            def stored() -> dict[str, list[Mark]]:
                return {sha256: store.saved_redaction_marks(sha256) for sha256 in digests}

            marks.update(await self.history.call(stored))
        if self.document is not None:  # the open document's own, stored or not yet
            own = [m for m in self.document.marks if m.kind is MarkKind.REDACTION]
            marks[self.document.sha256] = [*marks.get(self.document.sha256, []), *own]
        return marks
