"""Batch runs: one set of prompts over many images and pages, unattended, paced to the quota,
resumable after a crash. No Qt: the window and `pixdesk batch` both drive a BatchRunner.

A job is planned into items — one per (page of a file × prompt) — and kept in the history store
(pixdesk.store.batch) before anything is sent. Workers claim an item, prepare its page, wait for
room in the quota (services.quota), ask, and commit the answer with its audit fields. A 429 that
happens anyway puts the item back, pauses the pacer with a jittered backoff, and the run goes
on; any other failure is recorded on the item in plain words, and the run goes on too."""

from __future__ import annotations

import asyncio
import csv
import dataclasses
import io
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pixdesk import catalog
from pixdesk.bedrock.stream import BedrockEngine
from pixdesk.domain import Answer, AskRequest, Box, Connection, Resolution, image_tokens, text_tokens
from pixdesk.errors import Kind, KnownError, bad_input
from pixdesk.files import write_file, writing
from pixdesk.services.asking import new_answer, paced_ask
from pixdesk.services.history import HistoryWriter
from pixdesk.services.images import expand_paths
from pixdesk.services.quota import TEMPLATE_TOKENS_PER_MESSAGE, QuotaLimits, QuotaScheduler, minutes
from pixdesk.services.saved_redactions import FileRedactions, usable_on_page

# The batch records the window shows are re-exported here: the UI never imports the store.
from pixdesk.store.batch import BatchItem, BatchJob, ItemStatus
from pixdesk.words import joined, translate

# imaging (Pillow) is imported by the functions that open files (planning, preparing an item, off
# the loop): the window imports this module at start, and its first frame opens none.

_log = logging.getLogger(__name__)

# Built-in prompts, by the name `pixdesk batch --template NAME` takes.
TEMPLATES: dict[str, tuple[str, str]] = {  # name → (title, prompt)
    "transcribe": (
        "Transcribe all text",
        "Transcribe all the text in this image exactly as written, keeping its "
        "reading order. Mark anything you cannot read as [illegible].",
    ),
    "tables": (
        "Extract tables as CSV",
        "Extract every table in this image as CSV, one fenced ```csv block per "
        "table, with a header row. If there is no table, say so in one sentence.",
    ),
    "ui-problems": (
        "Describe UI problems in this screenshot",
        "Describe the user-interface problems in this "
        "screenshot: what looks broken, disabled, confusing or wrong, where it is, and what the user "
        "would likely try next.",
    ),
    "summary": ("Summarise the page", "Summarise this page in five bullet points or fewer."),
}
THROTTLE_RETRIES = 5  # a 429 met anyway puts the item back this many times before it fails
DEFAULT_CONCURRENCY = 2  # requests in flight at once: enough to keep up with the quota, no more


# --- planning (blocking: worker threads) -------------------------------------------------------


def plan_items(
    paths: Sequence[str | Path], prompts: Sequence[str], pages: str | None = "all"
) -> list[tuple[str, int, str]]:
    """(path, page, prompt) for every selected page of every file (folders: the images in them)
    × every prompt. A file that cannot be opened still gets its items: they fail with the reason
    when the batch runs, in the results, rather than stopping the whole batch here."""
    if not prompts:
        raise bad_input(
            translate("batch", "A batch needs at least one prompt."),
            translate("batch", "Give --prompt TEXT or --template NAME."),
        )
    missing = [str(path) for path in paths if not Path(path).exists()]
    if missing:
        raise bad_input(translate("batch", "There is no file or folder {path}.").format(path=missing[0]))
    files, _skipped = expand_paths(paths)
    if not files:
        raise bad_input(translate("batch", "There are no images or documents to run the batch on."))
    from pixdesk.imaging.intake import parse_pages
    from pixdesk.imaging.sources import open_source

    items = []
    for path in files:
        try:
            with open_source(path) as source:
                indices = parse_pages(pages, source.page_count) if source.page_count > 1 else [0]
        except KnownError as error:
            if error.kind is Kind.BAD_INPUT and "page" in error.message:
                raise  # a wrong page list is the person's to fix now
            indices = [0]
        items.extend((str(path), index, prompt) for index in indices for prompt in prompts)
    return items


@dataclass(frozen=True)
class PreparedItem:
    attachment: Any  # the page, ready to send
    redactions_applied: int  # saved redactions burned into it (one that starts off the page hides nothing)


def prepare_item(path: str, page: int, saved: Sequence[Box] = ()) -> PreparedItem:
    """The page, ready to send, with the file's `saved` redactions for it burned in (KnownError
    in plain words if it cannot be). A saved box that starts off the page hides nothing: left out."""
    from pixdesk.imaging.prepare import prepare_page
    from pixdesk.imaging.sources import open_source

    with open_source(path) as source:
        _log.debug("preparing %s page %d", source.name, page + 1)
        usable, _off = usable_on_page(saved, source.page_size(page))
        return PreparedItem(prepare_page(source, page, Resolution.MODEL, usable).attachment, len(usable))


# --- progress --------------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchProgress:
    total: int
    done: int
    failed: int
    running: int
    waiting_s: float  # for room in the quota (0: not waiting)
    eta_s: float | None  # None: not known yet

    @property
    def finished(self) -> int:
        return self.done + self.failed

    def line(self) -> str:
        """One line for people: "30 of 60 done · 1 failed · ETA 3 min"."""
        parts = [translate("batch", "{done} of {total} done").format(done=self.done, total=self.total)]
        if self.failed:
            parts.append(translate("batch", "{failed} failed").format(failed=self.failed))
        if self.waiting_s > 0:
            parts.append(translate("batch", "waiting for quota {time}").format(time=minutes(self.waiting_s)))
        if self.eta_s is not None and self.finished < self.total:
            parts.append(translate("batch", "about {time} left").format(time=minutes(self.eta_s)))
        return joined(*parts, separator=" · ")


def eta_s(left: int, request_tokens: float, limits: QuotaLimits, observed_s_per_item: float | None) -> float:
    """How long the items left will take: at most the quota's pace (requests and tokens a
    window), or the pace observed so far when that is slower (long answers, slow network)."""
    window = limits.window_s
    by_requests = left / limits.requests_per_window * window
    by_tokens = left * request_tokens / limits.tokens_per_window * window
    estimate = max(by_requests, by_tokens)
    if observed_s_per_item is not None:
        estimate = max(estimate, left * observed_s_per_item)
    return estimate


# --- running ---------------------------------------------------------------------------------


RunBlocking = Callable[..., Awaitable[Any]]


class BatchRunner:
    """Runs one job's pending items to the end (or until paused or stopped). Resumable: run()
    again — also in another process, after a crash — and it carries on where it stopped."""

    def __init__(
        self,
        history: HistoryWriter,
        engine: BedrockEngine,
        scheduler: QuotaScheduler,
        connection: Callable[[], Connection],
        job_id: int,
        run_blocking: RunBlocking,
        on_progress: Callable[[BatchProgress], None] | None = None,
        on_item: Callable[[BatchItem], None] | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        saved_redactions: Callable[[str], Awaitable[FileRedactions | None]] | None = None,
    ) -> None:
        """`saved_redactions(path)`: the file's saved redactions, burned into each item's page
        (None: `--no-saved-redactions`, the person said not to)."""
        self.history, self.store = history, history.store
        self._saved_redactions = saved_redactions
        self.engine, self.scheduler, self.connection = engine, scheduler, connection
        self.job_id = job_id
        self._run_blocking = run_blocking
        self._on_progress = on_progress
        self._on_item = on_item
        self.concurrency = concurrency
        self._paused = False
        self._workers: list[asyncio.Task] = []
        self._waiting: dict[int, float] = {}  # worker → seconds left to wait for quota
        self._counts: dict[ItemStatus, int] = {}
        self._durations: list[float] = []
        # (path, page) → saved redactions burned into that page, for the items this runner
        # prepared: so a window can say "2 saved redactions applied to contract.pdf".
        self._redactions_applied: dict[tuple[str, int], int] = {}
        self.job: BatchJob | None = None

    @property
    def running(self) -> bool:
        return any(not worker.done() for worker in self._workers)

    async def run(self) -> BatchJob:
        """Until every item is done or failed, or pause()/stop() is called. Returns the job."""
        self._paused = False
        await self.history.call(self.store.requeue_running, self.job_id)  # cut off last time: ask again
        await self._refresh()
        self._workers = [asyncio.ensure_future(self._worker(n)) for n in range(self.concurrency)]
        try:
            results = await asyncio.gather(*self._workers, return_exceptions=True)
            if not self._paused:  # (a worker cancelled by pause() is not a failure)
                for result in results:
                    if isinstance(result, BaseException):
                        raise result
        finally:
            self._workers = []
            self._waiting.clear()
            await self._refresh()
        return self.job

    def pause(self) -> None:
        """Finish what is being asked, then stop (run() returns). Items still waiting for room in
        the quota have not been sent: they go back at once rather than wait a minute to pause."""
        self._paused = True
        for number, seconds in list(self._waiting.items()):
            if seconds > 0 and number < len(self._workers):
                self._workers[number].cancel()

    def stop(self) -> None:
        """Stop now: answers being written are abandoned; their items will be asked again."""
        self._paused = True
        for worker in self._workers:
            worker.cancel()

    async def _worker(self, number: int) -> None:
        while not self._paused:
            item = await self.history.call(self.store.claim_batch_item, self.job_id)
            if item is None:
                return
            try:
                await self._ask(number, item)
            except asyncio.CancelledError:
                self.history.submit(self.store.release_batch_item, item.id)  # in order, even now
                raise

    async def _ask(self, number: int, item: BatchItem) -> None:
        self._counts[ItemStatus.PENDING] = max(0, self._counts.get(ItemStatus.PENDING, 0) - 1)
        self._counts[ItemStatus.RUNNING] = self._counts.get(ItemStatus.RUNNING, 0) + 1
        self._report()
        job = self.job
        connection = self.connection()
        loop = asyncio.get_running_loop()
        started = loop.time()
        try:
            saved = await self._saved_redactions(item.path) if self._saved_redactions is not None else None
            boxes = saved.on(item.page) if saved is not None else ()
            prepared = await self._run_blocking(prepare_item, item.path, item.page, boxes)
        except KnownError as error:
            answer = Answer(region=connection.region, error=error)
        else:
            self._redactions_applied[(item.path, item.page)] = prepared.redactions_applied
            request = AskRequest(
                item.prompt, (prepared.attachment,), system=job.system_prompt, max_tokens=job.max_tokens, tier=job.tier
            )
            pacer = await self._run_blocking(self.scheduler.pacer, connection)  # (the ledger: off the loop)
            for attempt in range(1, THROTTLE_RETRIES + 2):
                answer = new_answer(request, connection)
                await paced_ask(
                    self.engine,
                    pacer,
                    request,
                    connection,
                    answer,
                    on_wait=lambda seconds: self._wait(number, seconds),
                    attempt=attempt,
                )
                throttled = answer.error is not None and answer.error.kind in (Kind.THROTTLED, Kind.MODEL_NOT_READY)
                if not throttled or answer.text or attempt > THROTTLE_RETRIES:
                    break  # (after a 429 the pacer has backed off: the next acquire waits for it)
        await self.history.call(self.store.finish_batch_item, item.id, answer)
        self._durations.append(loop.time() - started)
        finished = dataclasses.replace(item, status=ItemStatus.of(answer), answer=answer.text)
        self._counts[ItemStatus.RUNNING] -= 1
        self._counts[finished.status] = self._counts.get(finished.status, 0) + 1
        if self._on_item is not None:
            self._on_item(finished)
        self._report()

    def redactions_applied(self) -> dict[str, int]:
        """path → how many saved redactions this runner has burned into its pages so far (files
        with some only): each page counted once, however many prompts were asked about it."""
        totals: dict[str, int] = {}
        for (path, _page), count in self._redactions_applied.items():
            if count:
                totals[path] = totals.get(path, 0) + count
        return totals

    def redactions_applied_on(self, path: str, page: int) -> int:
        """How many saved redactions this runner burned into that page (0: none, or not prepared yet)."""
        return self._redactions_applied.get((path, page), 0)

    def _wait(self, number: int, seconds: float) -> None:
        self._waiting[number] = seconds
        self._report()

    async def _refresh(self) -> None:
        self.job = await self.history.call(self.store.batch_job, self.job_id)
        if self.job is None:
            raise bad_input(translate("batch", "There is no batch {batch}.").format(batch=str(self.job_id)))
        self._counts = dict(self.job.counts)
        self._report()

    def progress(self) -> BatchProgress:
        counts, job = self._counts, self.job
        total = sum(counts.values())
        done, failed = counts.get(ItemStatus.DONE, 0), counts.get(ItemStatus.FAILED, 0)
        running = counts.get(ItemStatus.RUNNING, 0)
        left = total - done - failed
        limits = self.scheduler.known_limits(self.connection())  # (the window asks: no file read)
        per_item = (sum(self._durations) / len(self._durations) / max(1, self.concurrency)) if self._durations else None
        request_tokens = (
            image_tokens(1024, 1024)
            + text_tokens(job.system_prompt if job else "")
            + TEMPLATE_TOKENS_PER_MESSAGE
            + (job.max_tokens if job else 4096)
        )
        waiting = min(self._waiting.values()) if self._waiting and all(self._waiting.values()) else 0.0
        eta = eta_s(left, request_tokens, limits, per_item) if left else 0.0
        if waiting > 0:  # the window is full now: the rest comes after this wait
            eta = max(eta, waiting + max(0, left - 1) / limits.requests_per_window * limits.window_s)
        return BatchProgress(total, done, failed, running, waiting, eta)

    def _report(self) -> None:
        if self._on_progress is not None and self.job is not None:
            self._on_progress(self.progress())


# --- results out ---------------------------------------------------------------------------------

RESULT_FIELDS = (
    "item",
    "file",
    "page",
    "prompt",
    "status",
    "answer",
    "input_tokens",
    "output_tokens",
    "estimated_cost_usd",
    "latency_ms",
    "region",
    "profile_id",
    "tier_requested",
    "tier_served",
    "request_id",
    "stop_reason",
    "error",
    "started_at",
    "finished_at",
)


def result_rows(job: BatchJob, items: Sequence[BatchItem]) -> list[dict[str, Any]]:
    """One row per item × prompt, with its usage and audit fields."""
    rows = []
    for item in items:
        audit = item.audit or {}
        tokens_in, tokens_out = audit.get("input_tokens"), audit.get("output_tokens")
        cost = (
            catalog.estimate_cost_usd(tokens_in or 0, tokens_out or 0)
            if tokens_in is not None or tokens_out is not None
            else None
        )
        rows.append(
            {
                "item": item.position + 1,
                "file": item.path,
                "page": item.page + 1,
                "prompt": item.prompt,
                "status": item.status,
                "answer": item.answer,
                "input_tokens": tokens_in,
                "output_tokens": tokens_out,
                "estimated_cost_usd": round(cost, 6) if cost is not None else None,
                "latency_ms": audit.get("latency_ms"),
                "region": audit.get("region") or job.region,
                "profile_id": audit.get("profile_id"),
                "tier_requested": job.tier,
                "tier_served": audit.get("tier_served"),
                "request_id": audit.get("request_id"),
                "stop_reason": audit.get("stop_reason"),
                "error": audit.get("error_message"),
                "started_at": audit.get("started_at"),
                "finished_at": audit.get("finished_at"),
            }
        )
    return rows


def results_text(job: BatchJob, items: Sequence[BatchItem], fmt: str) -> str:
    """The results as CSV, JSON Lines or Markdown."""
    rows = result_rows(job, items)
    if fmt == "csv":
        buffer = io.StringIO()
        # CRLF, as RFC 4180 says. The csv module quotes a field for a line-break character only if
        # that character is in its line ending: with "\n" alone, a "\r" in an answer went out
        # unquoted, and a spreadsheet split the row there.
        writer = csv.DictWriter(buffer, fieldnames=RESULT_FIELDS, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows({name: spreadsheet_cell(value) for name, value in row.items()} for row in rows)
        return buffer.getvalue()
    if fmt == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if fmt == "md":
        lines = [
            f"# {job.title}",
            "",
            f"_Batch {job.id}: {len(rows)} results, {job.region}, tier {job.tier}, model {catalog.MODEL_ID}._",
            "",
        ]
        for row in rows:
            lines += [
                f"## {row['item']}. {Path(row['file']).name}, page {row['page']}",
                "",
                f"**Prompt:** {row['prompt']}",
                "",
            ]
            if row["status"] == ItemStatus.DONE:
                lines += [row["answer"], ""]
            else:
                lines += [f"**{row['status'].capitalize()}:** {row['error'] or 'not answered yet'}", ""]
            audit = [f"{row['input_tokens'] or 0:,} in / {row['output_tokens'] or 0:,} out tokens"]
            if row["request_id"]:
                audit.append(f"request {row['request_id']}")
            if row["profile_id"]:
                audit.append(row["profile_id"])
            lines += [f"> {' · '.join(audit)}", ""]
        return "\n".join(lines)
    raise bad_input(
        translate("batch", "“{format}” is not a results format.").format(format=fmt),
        translate("batch", "Use csv, jsonl or md."),
    )


# A spreadsheet reads a cell that starts with one of these as a formula (or, for tab and carriage
# return, strips them and then reads one): "=HYPERLINK(…)" in an answer, a prompt or a file name
# would run when the CSV is opened. OWASP's advice: start such a cell with a single quote.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: Any) -> Any:
    """One CSV cell, safe to open in a spreadsheet: text that could be read as a formula gets a
    leading ', so it is shown as text. Numbers are pixdesk's own, not text: left as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def format_for(path: Path) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    return {"csv": "csv", "jsonl": "jsonl", "json": "jsonl", "md": "md", "markdown": "md"}.get(suffix, "")


def export_results(job: BatchJob, items: Sequence[BatchItem], path: Path, fmt: str | None = None) -> Path:
    """Write the results to `path` (format from its suffix unless given): all of it or nothing."""
    path = Path(path)
    fmt = fmt or format_for(path)
    if not fmt:
        raise bad_input(
            translate("batch", "{name}: say which format by its ending — .csv, .jsonl or .md.").format(name=path.name)
        )
    with writing(path):
        write_file(path, results_text(job, items, fmt).encode("utf-8"))
    return path
