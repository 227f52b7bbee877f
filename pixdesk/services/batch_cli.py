"""`pixdesk batch`: a set of prompts over files, folders and PDF pages, paced to the quota, with
a progress bar on stderr; resumable with `--resume JOB` after Ctrl+C, a crash or a kill."""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path
from typing import TextIO

from pixdesk import catalog
from pixdesk.bedrock.client import configured_region
from pixdesk.bedrock.stream import BedrockEngine
from pixdesk.cli_support import MAX_TOKENS, Checked, add_debug_option, positive_number, quota, report, say, whole_number
from pixdesk.domain import Connection
from pixdesk.errors import KnownError
from pixdesk.services.abandonable import off_loop
from pixdesk.services.batch import TEMPLATES, BatchProgress, BatchRunner, export_results, plan_items
from pixdesk.services.history import HistoryWriter
from pixdesk.services.quota import QuotaLimits, QuotaScheduler, utc_day_start
from pixdesk.store.history import HistoryStore
from pixdesk.terminal import printable

EXIT_OK, EXIT_SOME_FAILED, EXIT_BAD_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130
BAR_WIDTH = 24


def add_batch_parser(commands: argparse._SubParsersAction) -> None:
    names = ", ".join(f"{name} ({title})" for name, (title, _p) in TEMPLATES.items())
    batch = commands.add_parser(
        "batch", help="ask one or more prompts about every image and page in files and folders",
        description="Runs unattended, paced to your Bedrock quota, and keeps every answer in the history as it "
        "arrives: after Ctrl+C or a crash, --resume JOB carries on where it stopped. Exit codes: 0 all answered, "
        "1 finished with some items failed (see the results), 2 bad input, 130 stopped (resumable).")
    batch.add_argument("paths", nargs="*", metavar="PATH", help="images, PDFs, TIFFs, or folders of them")
    batch.add_argument("--prompt", action="append", default=[], metavar="TEXT", help="a prompt (repeatable)")
    batch.add_argument("--template", action="append", default=[], choices=list(TEMPLATES), metavar="NAME",
                       help=f"a built-in prompt (repeatable): {names}")
    batch.add_argument("--pages", default="all", metavar="LIST", help="pages of PDFs and TIFFs, e.g. 1-3,5 (default: all)")
    batch.add_argument("--out", metavar="FILE", help="write the results here when the batch ends: .csv, .jsonl or .md")
    batch.add_argument("--region", choices=catalog.region_names(), metavar="REGION")
    batch.add_argument("--tier", choices=catalog.tier_keys(), default=catalog.DEFAULT_TIER)
    batch.add_argument("--profile", help="named AWS profile")
    batch.add_argument("--max-tokens", action=Checked, check=MAX_TOKENS, default=2048,
                       help=f"longest answer per item, 1–{catalog.LIMITS.max_output_tokens} tokens (default 2048)")
    batch.add_argument("--system", default="", help="system prompt")
    batch.add_argument("--quota", action=Checked, check=quota, metavar="REQUESTS,TOKENS",
                       help="your account's per-minute quota, if raised (default "
                       f"{catalog.DEFAULT_QUOTA.requests_per_minute},{catalog.DEFAULT_QUOTA.tokens_per_minute})")
    batch.add_argument("--resume", action=Checked, check=whole_number(1), metavar="JOB",
                       help="carry on with an earlier batch (see --list)")
    batch.add_argument("--retry-failed", action="store_true", help="with --resume: ask the failed items again")
    batch.add_argument("--list", action="store_true", help="list batches and what is left of each")
    add_debug_option(batch)
    batch.add_argument("--concurrency", action=Checked, check=whole_number(1), default=2, help=argparse.SUPPRESS)
    batch.add_argument("--quota-window", action=Checked, check=positive_number, default=60.0,  # tests, benchmarks
                       help=argparse.SUPPRESS)


def _limits(args: argparse.Namespace) -> QuotaLimits:
    default = catalog.DEFAULT_QUOTA
    requests, tokens = args.quota or (default.requests_per_minute, default.tokens_per_minute)
    return QuotaLimits(requests, tokens, default.tokens_per_day, args.quota_window)


def _room_for_an_answer(args: argparse.Namespace, limits: QuotaLimits) -> bool:
    """Every request reserves its longest answer (plus its input) against the tokens a minute: a
    quota below --max-tokens could never send one item, so it is refused before the batch starts."""
    if limits.tokens_per_window > args.max_tokens:
        return True
    say(f"--quota allows {limits.tokens_per_window:,} tokens a minute: not enough for even one answer of "
        f"--max-tokens {args.max_tokens:,} and its question. Lower --max-tokens, or check the quota.")
    return False


def batch_command(args: argparse.Namespace) -> int:
    with HistoryStore() as store:
        if args.list:
            return _list(store)
        history = HistoryWriter(store)
        try:
            return asyncio.run(_run(args, history))
        finally:
            history.close()


def _list(store: HistoryStore) -> int:
    jobs = store.batch_jobs()
    if not jobs:
        print("No batches yet.")
    for job in jobs:
        state = "finished" if job.finished_at else f"{job.left} left"
        print(f"{job.id:>4}  {job.created_at[:16].replace('T', ' ')}  {job.counts.get('done', 0)}/{job.total} done"
              f"{', ' + str(job.counts['failed']) + ' failed' if job.counts.get('failed') else ''}  ({state})  "
              f"{printable(job.title)}")
    return EXIT_OK


async def _run(args: argparse.Namespace, history: HistoryWriter) -> int:
    store = history.store
    limits = _limits(args)
    if args.resume is not None:
        job = await history.call(store.batch_job, args.resume)
        if job is None:
            say(f"there is no batch {args.resume}. See `pixdesk batch --list`.")
            return EXIT_BAD_INPUT
        if args.retry_failed:
            await history.call(store.retry_failed, job.id)
        region, job_id = job.region, job.id
    else:
        prompts = [TEMPLATES[name][1] for name in args.template] + args.prompt
        try:
            items = await off_loop(plan_items, args.paths, prompts, args.pages)
        except KnownError as error:
            return report(error, args.debug)
        if not _room_for_an_answer(args, limits):
            return EXIT_BAD_INPUT
        region = args.region or configured_region(args.profile) or catalog.DEFAULT_REGION
        title = f"{len(items)} items: " + ", ".join(Path(p).name for p in dict.fromkeys(p for p, _, _ in items))[:100]
        job_id = await history.call(store.create_batch, title, region, args.tier, args.max_tokens, args.system, items)
        say(f"batch {job_id}: {len(items)} items ({len(prompts)} prompt{'s' if len(prompts) > 1 else ''}). "
            f"Resume with `pixdesk batch --resume {job_id}` if it is stopped.")
    scheduler = QuotaScheduler(limits)
    scheduler.remember(await history.call(store.sent_since, utc_day_start().isoformat()))
    bar = _ProgressBar(sys.stderr)
    runner = BatchRunner(history, BedrockEngine(), scheduler, lambda: Connection(region=region, profile=args.profile),
                         job_id, off_loop, on_progress=bar.show,
                         on_item=bar.item_done, concurrency=max(1, args.concurrency))
    try:
        job = await runner.run()
    except (KeyboardInterrupt, asyncio.CancelledError):
        runner.stop()
        bar.end()
        say(f"stopped. Every finished answer is kept; resume with `pixdesk batch --resume {job_id}`.")
        return EXIT_INTERRUPTED
    bar.end()
    items = await history.call(store.batch_items, job_id)
    if args.out:
        try:
            written = export_results(job, items, Path(args.out))
        except KnownError as error:
            report(error, args.debug)
            return EXIT_BAD_INPUT
        say(f"results written to {written}")
    failed = job.counts.get("failed", 0)
    say(f"batch {job_id} finished: {job.counts.get('done', 0)} answered"
        f"{f', {failed} failed (see the results; --resume {job_id} --retry-failed asks them again)' if failed else ''}.")
    return EXIT_SOME_FAILED if failed else EXIT_OK


class _ProgressBar:
    """On a terminal, one line redrawn in place; otherwise (a log, a pipe) a line per item."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.live = out.isatty()
        self.last = ""
        self._drawn = 0.0
        self._progress: BatchProgress | None = None  # the latest, for the per-item lines

    def show(self, progress: BatchProgress) -> None:
        if not self.live or time.monotonic() - self._drawn < 0.1:
            self._progress = progress
            return
        self._drawn = time.monotonic()
        filled = round(BAR_WIDTH * progress.finished / max(1, progress.total))
        line = f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {progress.line()}"
        self.out.write(line.ljust(len(self.last)))
        self.out.flush()
        self.last = line
        self._progress = progress

    def item_done(self, item) -> None:
        if not self.live:
            progress = self._progress
            counter = f"[{progress.finished + 1}/{progress.total}] " if progress else ""
            print(f"{counter}{printable(Path(item.path).name)} page {item.page + 1}: {item.status}", file=self.out,
                  flush=True)

    def end(self) -> None:
        if self.live and self.last:
            self.out.write("\n")
            self.out.flush()
