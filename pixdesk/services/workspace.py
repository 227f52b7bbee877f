"""One Workspace behind the window and the CLI: the engine, the history, quota pacing and the
settings, and the chat and document review built on them — wired together here, in the open,
once. No Qt.

The history store is reached only through the typed methods below (each runs on the history's
own thread): callers get plain records back and never hold the store."""

from __future__ import annotations

import datetime
import logging
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pixdesk.domain import Answer, AskRequest, Connection, ProxyChoice, StreamEvent
from pixdesk.errors import KnownError
from pixdesk.files import safe_filename
from pixdesk.secrets import ApiKeyStore
from pixdesk.services.choices import Choices
from pixdesk.services.exchange import AskOptions
from pixdesk.settings import KEEP_DAYS, Settings

# The engine, the history, the chat, quota pacing, batches: imported where first used, and built
# when first used. The window shows its first frame with a Workspace that has opened nothing yet
# (asyncio, sqlite and the engine's modules cost it a third of its start); they come a moment later.
if TYPE_CHECKING:
    from pixdesk.bedrock.stream import BedrockEngine
    from pixdesk.services.batch import BatchItem, BatchJob, BatchProgress, BatchRunner
    from pixdesk.services.chat import ChatListener, ChatSession
    from pixdesk.services.connection import CredentialStatus, TestResult
    from pixdesk.services.history import ConversationSummary, HistoryWriter, Snippet
    from pixdesk.services.images import InMemoryImage
    from pixdesk.services.network import NetworkInUse
    from pixdesk.services.quota import QuotaScheduler
    from pixdesk.services.recording import TurnRecorder
    from pixdesk.services.report import ReportContent
    from pixdesk.services.review import Review, ReviewDocument
    from pixdesk.services.saved_redactions import FileRedactions, SavedRedaction
    from pixdesk.services.sso_sign_in import SsoSignIn
    from pixdesk.store.history import HistoryStore, StoredMessage
    from pixdesk.store.review import StoredDocument

log = logging.getLogger(__name__)
T = TypeVar("T")
RunBlocking = Callable[..., Awaitable[Any]]

# Conversation export formats, by the name the window's dialog and `pixdesk history export` use.
EXPORT_FORMATS = ("html", "md", "json")


def _exporter(fmt: str) -> Callable[[HistoryStore, int, Path], Path]:
    """The store's writer for `fmt` (imported when first exporting, not at the window's start)."""
    from pixdesk.store import export

    exporters: dict[str, Callable[[HistoryStore, int, Path], Path]] = {
        "html": export.export_html,  # one web page, images included
        "md": export.export_markdown,  # a folder: the Markdown file and its images/
        "json": export.export_json,  # re-importable
    }
    return exporters[fmt]


@dataclass(frozen=True)
class ConversationList:
    """The conversations to list, newest first; with a search, only those that match, each with
    a snippet of where."""

    conversations: list[ConversationSummary]
    snippets: dict[int, Snippet] = field(default_factory=dict)  # conversation id → where it matched


class Workspace:
    """`executor` runs light blocking work (credentials, planning, writing files); `history`, if
    any, is where conversations, reviews and batches are kept (without one, nothing is kept and
    the history methods must not be called: see `keeps_history`). Construct it with the parts,
    or let `Workspace.open` make the history and the engine."""

    def __init__(
        self,
        engine: BedrockEngine | None,
        settings: Settings,
        executor: Executor,
        history: HistoryWriter | None = None,
        keys: ApiKeyStore | None = None,
        scheduler: QuotaScheduler | None = None,
    ) -> None:
        """`engine`: None for a new one, made when first needed."""
        self._engine = engine
        self.settings = settings
        self.executor = executor
        self.choices = Choices(settings, keys)
        self._history = history
        self._open_history: Callable[[], HistoryWriter] | None = None  # Workspace.open's, until first needed
        self._owns_history = False
        self._scheduler = scheduler
        self._chat: ChatSession | None = None
        self._review: Review | None = None
        self._chat_listener: ChatListener | None = None

    @classmethod
    def open(
        cls,
        settings: Settings,
        executor: Executor,
        history: Path | HistoryStore | None = None,
        engine: BedrockEngine | None = None,
        keys: ApiKeyStore | None = None,
        scheduler: QuotaScheduler | None = None,
    ) -> Workspace:
        """A workspace over a history of its own — `history`: its folder, an open store, or None
        for the default folder, opened when first used — and a new engine unless one is given.
        close() closes the history."""
        workspace = cls(engine, settings, executor, None, keys, scheduler)

        def open_history() -> HistoryWriter:
            from pixdesk.services.history import HistoryWriter
            from pixdesk.store.history import HistoryStore

            return HistoryWriter(history if isinstance(history, HistoryStore) else HistoryStore(history))

        workspace._open_history = open_history
        workspace._owns_history = True
        return workspace

    def close(self) -> None:
        """Close the history if this workspace opened it (after its last write)."""
        if self._history is not None and self._owns_history:
            self._history.close()

    # --- the parts, built when first used ----------------------------------------------------------

    @property
    def engine(self) -> BedrockEngine:
        if self._engine is None:
            from pixdesk.bedrock.stream import BedrockEngine

            self._engine = BedrockEngine()
        return self._engine

    @property
    def scheduler(self) -> QuotaScheduler:
        """One pacer set for everything this process asks (chat and batch): they share a quota."""
        if self._scheduler is None:
            from pixdesk.services.quota import QuotaScheduler

            self._scheduler = QuotaScheduler(self.choices.quota_limits)
        return self._scheduler

    @property
    def chat(self) -> ChatSession:
        """The conversation on screen (with its document review: they are built together)."""
        if self._chat is None:
            self._build_chat()
        assert self._chat is not None
        return self._chat

    @property
    def review(self) -> Review:
        if self._review is None:
            self._build_chat()
        assert self._review is not None
        return self._review

    def _build_chat(self) -> None:
        from pixdesk.services.chat import ChatSession
        from pixdesk.services.review import Review

        history = self.history
        chat = ChatSession(
            self.engine, self.choices.connection, self.choices.ask_options, history=history, scheduler=self.scheduler
        )
        self._review = Review(chat, self.run_blocking, history)
        # Every image the chat sends from a reviewed page — this question's and earlier ones' —
        # gets that page's redactions as they are now, also those made after it was first sent.
        chat.before_send = self._review.redact_before_sending
        if self._chat_listener is not None:
            chat.listen(self._chat_listener)
        self._chat = chat

    def reviewed_document(self, ref: object) -> ReviewDocument | None:
        """The document under review, if `ref` (a path, as the chat's tray holds it) is its file
        (None while nothing was reviewed: the review is built with the chat, when first used)."""
        return self._review.document_for(ref) if self._review is not None else None

    def listen_to_chat(self, listener: ChatListener) -> None:
        """Who the chat tells about its exchanges (the window, a ChatListener): now, or as soon as
        the chat is built — the window is built before it is."""
        self._chat_listener = listener
        if self._chat is not None:
            self._chat.listen(listener)

    async def run_blocking(self, function: Callable[..., T], *args: Any) -> T:
        """`function(*args)` on the executor, awaited from the event loop."""
        import asyncio  # (in the coroutines: the window's first frame, with its Workspace, does without it)

        return await asyncio.get_running_loop().run_in_executor(self.executor, function, *args)

    # --- credentials ---------------------------------------------------------------------------

    async def check_credentials(self) -> CredentialStatus:
        """Which credentials requests would use, and whether they work; when they do, the engine
        starts its client now, so that the first question does not wait for it."""
        import asyncio

        from pixdesk.services.connection import CredentialState, check_credentials

        # The first keychain reads (the API key, the proxy's password), off the window's thread.
        connection = await self.run_blocking(self.choices.connection)
        status = await self.run_blocking(check_credentials, connection)
        if status.state is CredentialState.READY:
            asyncio.get_running_loop().run_in_executor(self.executor, self.engine.warm_up, connection)
        return status

    async def available_profiles(self) -> list[str]:
        from pixdesk.services.connection import available_profiles

        return await self.run_blocking(available_profiles)

    def sso_sign_in(self, session_name: str | None = None) -> SsoSignIn:
        """A sign-in with IAM Identity Center (the company's AWS access portal), step by step; with
        `session_name`, signing in again to that sso-session. Once signed in, the engine's clients
        are rebuilt, so that the next question uses the new sign-in."""
        from pixdesk.services.sso_sign_in import SsoSignIn

        return SsoSignIn(
            self.run_blocking, session_name, on_signed_in=self.engine.factory.forget, proxy=self.choices.proxy
        )

    async def test_connection(
        self, region: str, profile: str, api_key: str, tier: str, proxy: ProxyChoice | None = None
    ) -> TestResult:
        """One short question with credentials (and a proxy) not saved yet (the settings dialog's
        Test); without `proxy`, the one in Settings."""
        if proxy is None:
            proxy = await self.run_blocking(self.choices.proxy)
        connection = Connection(region=region, profile=profile or None, api_key=api_key or None, proxy=proxy)
        from pixdesk.services.connection import test_connection

        return await test_connection(self.engine, connection, tier)

    async def network_in_use(self, proxy: ProxyChoice | None = None) -> NetworkInUse:
        """Which proxy and certificates a question would use now (with `proxy`: that one instead of
        the one in Settings), in words; never a password."""
        if proxy is None:
            proxy = await self.run_blocking(self.choices.proxy)
        profile = self.settings.get("aws/profile") or None
        from pixdesk.services.network import describe_network

        return await self.run_blocking(describe_network, proxy, self.choices.region, profile)

    # --- one question outside the chat (`pixdesk ask`) ------------------------------------------

    async def ask_once(
        self,
        request: AskRequest,
        answer: Answer,
        on_event: Callable[[StreamEvent], None] | None = None,
        on_wait: Callable[[float], None] | None = None,
    ) -> Answer:
        """Stream the answer to `request` into `answer`, with this session's connection, once the
        quota has room: paced with everything else this workspace (and every pixdesk process) asks."""
        from pixdesk.services.asking import paced_ask

        connection = self.choices.connection()
        pacer = await self.run_blocking(self.scheduler.pacer, connection)  # (the ledger: off the loop)
        return await paced_ask(self.engine, pacer, request, connection, answer, on_event, on_wait)

    def record_turn(self, request: AskRequest, answer: Answer) -> TurnRecorder:
        """Blocking: commit `request` — its question and the exact image bytes — as a new
        conversation before it is sent, and start its answer. Feed the recorder the stream's
        events, then finish() it when the answer has ended (or failed, or was stopped)."""
        writer = self._writer()

        def start(store: HistoryStore) -> int:
            conversation_id = store.start_conversation(request.question)
            store.add_question(conversation_id, request.question, request.attachments)
            return store.start_answer(conversation_id, answer)

        from pixdesk.services.recording import TurnRecorder

        return TurnRecorder(writer, writer.run_now(start, writer.store), answer)

    # --- the history ----------------------------------------------------------------------------

    @property
    def keeps_history(self) -> bool:
        return self._history is not None or self._open_history is not None

    @property
    def history(self) -> HistoryWriter | None:
        """The history's writer, for runs that record as they go (whole-document questions); None:
        nothing is kept. The first use opens it."""
        if self._history is None and self._open_history is not None:
            self._history, self._open_history = self._open_history(), None
        return self._history

    @property
    def history_folder(self) -> Path | None:
        """Where conversations and their images are kept (for Help ▸ About); None if nowhere."""
        history = self.history
        return history.store.directory if history is not None else None

    def _writer(self) -> HistoryWriter:
        history = self.history
        if history is None:
            raise RuntimeError("this workspace keeps no history")
        return history

    @property
    def _store(self) -> HistoryStore:
        """The history store, whose methods run on the history's thread (_on_store)."""
        return self._writer().store

    async def _on_store(self, function: Callable[..., T], *args: Any) -> T:
        """`function(*args)` on the history's thread: a method of `self._store`, or a function
        given the store first (an exporter)."""
        return await self._writer().call(function, *args)

    async def conversations(self, search: str = "") -> ConversationList:
        conversations = await self._on_store(self._store.conversations)
        if not search:
            return ConversationList(conversations)
        snippets: dict[int, Snippet] = {}
        for conversation_id, _message, snippet in await self._on_store(self._store.search, search):
            snippets.setdefault(conversation_id, snippet)  # the best match of each conversation
        return ConversationList([c for c in conversations if c.id in snippets], snippets)

    async def history_version(self) -> int:
        """A number that changes when another process writes to the history (`pixdesk ask`, a
        batch, another window): the sidebar polls it to stay current."""
        return await self._on_store(self._store.data_version)

    async def conversation(self, conversation_id: int) -> ConversationSummary | None:
        return await self._on_store(self._store.conversation, conversation_id)

    async def last_conversation_id(self) -> int | None:
        """The most recent conversation; None when there is none."""
        return await self._on_store(self._store.last_conversation_id)

    async def messages(self, conversation_id: int) -> list[StoredMessage]:
        """A conversation's messages, oldest first, with their audit fields and attachments."""
        return await self._on_store(self._store.messages, conversation_id)

    async def rename_conversation(self, conversation_id: int, title: str) -> None:
        await self._on_store(self._store.rename, conversation_id, title)

    async def delete_conversation(self, conversation_id: int) -> None:
        """Delete a conversation and its images; the chat starts afresh if it was showing it."""
        if conversation_id == self.chat.conversation_id:
            self.chat.new_chat()
        await self._on_store(self._store.delete, conversation_id)

    async def delete_old_conversations(self, now: datetime.datetime | None = None) -> int:
        """History retention (Settings ▸ Privacy, "history/keep_days", which IT may set and lock):
        delete the conversations nothing was asked in for longer than that, with their images;
        how many. Never the one the chat shows, one being written, nor the one the last run left
        unfinished. Quiet: a line in the log, not a word on screen. 0 when kept forever."""
        return await self._on_store(self._expire, self._store, self._retention_cutoff(now), self._shown_conversation())

    def delete_old_conversations_now(self, now: datetime.datetime | None = None) -> int:
        """Blocking, for a command's start: delete_old_conversations."""
        writer = self._writer()
        return writer.run_now(self._expire, writer.store, self._retention_cutoff(now), self._shown_conversation())

    def _retention_cutoff(self, now: datetime.datetime | None) -> str | None:
        days = self.settings.get(KEEP_DAYS)
        if not days:
            return None
        return ((now or datetime.datetime.now(datetime.UTC)) - datetime.timedelta(days=days)).isoformat()

    def _shown_conversation(self) -> tuple[int, ...]:
        return () if self.chat.conversation_id is None else (self.chat.conversation_id,)

    @staticmethod
    def _expire(store: HistoryStore, cutoff: str | None, keep: tuple[int, ...]) -> int:
        """On the history's thread. A failure (another process holding the history too long) is
        logged, not raised: the next start tries again."""
        import sqlite3

        if cutoff is None:
            return 0
        try:
            deleted = store.delete_inactive(cutoff, keep)
        except (sqlite3.Error, OSError) as error:
            log.warning("history retention: could not delete old conversations: %s", error)
            return 0
        if deleted:
            log.info("history retention: deleted %d conversation(s) with no activity since %s", deleted, cutoff)
        return deleted

    async def conversation_documents(self, conversation_id: int) -> list[StoredDocument]:
        """The documents a conversation reviewed, oldest first."""
        return await self._on_store(self._store.documents, conversation_id)

    async def latest_conversation_about(self, sha256: str) -> int | None:
        """The conversation that last used the document with this SHA-256, if any."""
        return await self._on_store(self._store.latest_conversation_about, sha256)

    async def answer_texts(self, conversation_id: int) -> list[str]:
        """Every answer of a conversation, as written (for rendering before a report)."""
        from pixdesk.services.history import turns_of

        messages = await self._on_store(self._store.messages, conversation_id)
        return [answer.text for _question, answer in turns_of(messages) if answer]

    def interrupted_conversation(self) -> int | None:
        """Blocking, for start-up: the conversation whose answer the last run left unfinished."""
        writer = self._writer()
        store = writer.store
        return writer.run_now(store.interrupted_conversation_id) if store.interrupted_on_open else None

    async def sent_since(self, since: str) -> list[tuple[float, int, str]]:
        """(wall time, tokens, inference profile id) of every request recorded since `since` (ISO)."""
        return await self._on_store(self._store.sent_since, since)

    async def remember_todays_requests(self) -> None:
        """Today's requests (from the history) count against the quota: pacing starts from them."""
        from pixdesk.services.quota import utc_day_start

        self.scheduler.remember(await self.sent_since(utc_day_start().isoformat()))

    @staticmethod
    def safe_filename(title: str, conversation_id: int) -> str:
        """A file name (no suffix) for a conversation's export, safe on every system."""
        return safe_filename(title, conversation_id)

    async def export_conversation(self, conversation_id: int, target: Path, fmt: str) -> Path:
        """Write a conversation out as `fmt` (one of EXPORT_FORMATS); the path written."""
        return await self._on_store(_exporter(fmt), self._store, conversation_id, Path(target))

    async def import_conversation(self, path: Path) -> int:
        """A JSON export back in, as a new conversation; its id. KnownError for a file refused."""
        from pixdesk.store.export import import_json

        return await self._on_store(import_json, self._store, Path(path))

    async def review_report(
        self, conversation_id: int, document_id: int, answer_html: Callable[[str], str]
    ) -> ReportContent:
        """The review report of a conversation's document, its answers rendered by `answer_html`."""
        from pixdesk.services.report import build_report  # (only when a report is made: quicker start-up)

        document = next(d for d in await self.conversation_documents(conversation_id) if d.id == document_id)
        return await self._on_store(build_report, self._store, conversation_id, document, answer_html)

    # --- redactions saved for files (by the SHA-256 of their bytes) ------------------------------

    async def saved_redactions_for(self, ref: str | Path | InMemoryImage) -> FileRedactions | None:
        """The redactions saved for this file or pasted image (None: no history, or a file that
        cannot be read — preparing it says why). The bytes are hashed off the loop."""
        from pixdesk.services.images import InMemoryImage
        from pixdesk.services.saved_redactions import file_redactions, sha256_of_bytes, sha256_of_file

        if not self.keeps_history:
            return None
        try:
            if isinstance(ref, InMemoryImage):
                name, sha256 = ref.name, await self.run_blocking(sha256_of_bytes, ref.data)
            else:
                name, sha256 = Path(ref).name, await self.run_blocking(sha256_of_file, ref)
        except (OSError, KnownError):
            return None
        return await self._on_store(file_redactions, self._store, name, sha256)

    async def saved_redactions_of_files(self, paths: Sequence[str]) -> dict[str, FileRedactions]:
        """path → its saved redactions, for those of `paths` that have some."""
        found = {path: await self.saved_redactions_for(path) for path in dict.fromkeys(paths)}
        return {path: saved for path, saved in found.items() if saved is not None and saved.count}

    async def saved_redaction_list(self, path: str) -> list[SavedRedaction]:
        """Every redaction saved for the file at `path`, by page (KnownError if it cannot be read)."""
        from pixdesk.services.saved_redactions import sha256_of_file

        sha256 = await self.run_blocking(sha256_of_file, path)
        return await self._on_store(self._store.saved_redaction_list, sha256)

    # --- batches --------------------------------------------------------------------------------

    async def batch_jobs(self) -> list[BatchJob]:
        """Every batch, newest first."""
        return await self._on_store(self._store.batch_jobs)

    async def unfinished_batch(self) -> BatchJob | None:
        """The newest batch with items left to ask (to offer resuming it)."""
        return next((job for job in await self.batch_jobs() if job.left), None)

    async def batch_job(self, job_id: int) -> BatchJob | None:
        return await self._on_store(self._store.batch_job, job_id)

    async def batch_items(self, job_id: int) -> list[BatchItem]:
        return await self._on_store(self._store.batch_items, job_id)

    async def retry_failed(self, job_id: int) -> int:
        """Put a batch's failed items back to be asked again (when it is next run); how many."""
        return await self._on_store(self._store.retry_failed, job_id)

    async def plan_batch(
        self, paths: Sequence[str], prompts: Sequence[str], pages: str = "all"
    ) -> list[tuple[str, int, str]]:
        """(path, page, prompt) for every item; KnownError for what cannot make a batch."""
        from pixdesk.services.batch import plan_items

        return await self.run_blocking(plan_items, list(paths), list(prompts), pages)

    async def create_batch(
        self,
        title: str,
        items: Sequence[tuple[str, int, str]],
        options: AskOptions | None = None,
        region: str | None = None,
    ) -> int:
        """A new batch of `items`, all pending, to be asked with `options` (tier, answer length,
        system prompt) in `region` — by default this session's; its id."""
        options = options or self.choices.ask_options()
        return await self._on_store(
            self._store.create_batch,
            title,
            region or self.choices.region,
            options.tier,
            options.max_tokens,
            options.system,
            list(items),
        )

    def batch_runner(
        self,
        job: BatchJob,
        on_progress: Callable[[BatchProgress], None] | None = None,
        on_item: Callable[[BatchItem], None] | None = None,
        concurrency: int | None = None,
        run_blocking: RunBlocking | None = None,
        apply_saved_redactions: bool = True,
    ) -> BatchRunner:
        """What runs (and resumes) `job`: in the region it was started in, with the credentials in
        use now, paced with everything else this workspace asks. `run_blocking` prepares the
        pages (by default on the executor). Each file's saved redactions are burned in unless
        `apply_saved_redactions` is False (`pixdesk batch --no-saved-redactions`). `concurrency`:
        requests in flight at once (by default the batch's own, DEFAULT_CONCURRENCY)."""
        from pixdesk.services.batch import DEFAULT_CONCURRENCY, BatchRunner

        return BatchRunner(
            self._writer(),
            self.engine,
            self.scheduler,
            lambda: self.choices.connection(job.region),
            job.id,
            run_blocking or self.run_blocking,
            on_progress=on_progress,
            on_item=on_item,
            concurrency=DEFAULT_CONCURRENCY if concurrency is None else concurrency,
            saved_redactions=self.saved_redactions_for if apply_saved_redactions else None,
        )

    async def export_batch_results(self, job: BatchJob, path: Path, fmt: str | None = None) -> Path:
        """The batch's results, as they are in the history now, written to `path`."""
        from pixdesk.services.batch import export_results

        items = await self.batch_items(job.id)
        return await self.run_blocking(export_results, job, items, Path(path), fmt)
