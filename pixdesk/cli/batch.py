"""`pixdesk batch`: a set of prompts over files, folders and PDF pages, paced to the quota, with
a progress bar on stderr; resumable with `--resume JOB` after Ctrl+C, a crash or a kill."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from pixdesk import catalog
from pixdesk.cli import saved_redactions
from pixdesk.cli.managed import managed_quota, managed_settings, obey_policy
from pixdesk.cli.progress import ProgressBar
from pixdesk.cli.support import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    MAX_TOKENS,
    Checked,
    Commands,
    add_debug_option,
    open_workspace,
    positive_number,
    quota,
    report,
    say,
    settings_from,
    whole_number,
)
from pixdesk.cli.terminal import printable
from pixdesk.errors import KnownError
from pixdesk.services.abandonable import off_loop
from pixdesk.services.batch import TEMPLATES, ItemStatus, export_results
from pixdesk.services.batch_setup import WINDOW_S, job_title, quota_limits, room_for_an_answer
from pixdesk.services.quota import QuotaLimits, QuotaScheduler
from pixdesk.services.saved_redactions import not_applied_sentence
from pixdesk.services.workspace import Workspace

EXIT_SOME_FAILED, EXIT_BAD_INPUT = 1, 2  # (besides support's EXIT_OK and EXIT_INTERRUPTED)


def add_parser(commands: Commands) -> None:
    names = ", ".join(f"{name} ({title})" for name, (title, _p) in TEMPLATES.items())
    batch = commands.add_parser(
        "batch",
        help="ask one or more prompts about every image and page in files and folders",
        description="Runs unattended, paced to your Bedrock quota, and keeps every answer in the history as it "
        "arrives: after Ctrl+C or a crash, --resume JOB carries on where it stopped. Exit codes: 0 all answered, "
        "1 finished with some items failed (see the results), 2 bad input, 130 stopped (resumable).",
    )
    batch.add_argument("paths", nargs="*", metavar="PATH", help="images, PDFs, TIFFs, or folders of them")
    batch.add_argument("--prompt", action="append", default=[], metavar="TEXT", help="a prompt (repeatable)")
    batch.add_argument(
        "--template",
        action="append",
        default=[],
        choices=list(TEMPLATES),
        metavar="NAME",
        help=f"a built-in prompt (repeatable): {names}",
    )
    batch.add_argument(
        "--pages", default="all", metavar="LIST", help="pages of PDFs and TIFFs, e.g. 1-3,5 (default: all)"
    )
    batch.add_argument("--out", metavar="FILE", help="write the results here when the batch ends: .csv, .jsonl or .md")
    batch.add_argument("--region", choices=catalog.region_names(), metavar="REGION")
    batch.add_argument(
        "--tier",
        choices=catalog.tier_keys(),
        help=f"speed and price (default: your organisation's choice, else {catalog.DEFAULT_TIER})",
    )
    batch.add_argument("--profile", help="named AWS profile")
    batch.add_argument(
        "--max-tokens",
        action=Checked,
        check=MAX_TOKENS,
        default=2048,
        help=f"longest answer per item, 1–{catalog.LIMITS.max_output_tokens} tokens (default 2048)",
    )
    batch.add_argument("--system", default="", help="system prompt")
    batch.add_argument(
        "--quota",
        action=Checked,
        check=quota,
        metavar="REQUESTS,TOKENS",
        help="your account's per-minute quota, if raised (default "
        f"{catalog.DEFAULT_QUOTA.requests_per_minute},{catalog.DEFAULT_QUOTA.tokens_per_minute})",
    )
    batch.add_argument(
        "--resume",
        action=Checked,
        check=whole_number(1),
        metavar="JOB",
        help="carry on with an earlier batch (see --list)",
    )
    batch.add_argument("--retry-failed", action="store_true", help="with --resume: ask the failed items again")
    batch.add_argument("--list", action="store_true", help="list batches and what is left of each")
    saved_redactions.add_option(batch)
    add_debug_option(batch)
    batch.add_argument("--concurrency", action=Checked, check=whole_number(1), default=2, help=argparse.SUPPRESS)
    batch.add_argument(
        "--quota-window",
        action=Checked,
        check=positive_number,
        default=WINDOW_S,  # tests, benchmarks
        help=argparse.SUPPRESS,
    )


def run(args: argparse.Namespace) -> int:
    if not args.list:
        try:
            managed = managed_settings()
            obey_policy(args, managed)  # the organisation's locks and regions, as in the window
            args.quota = managed_quota(args.quota, managed)
        except KnownError as error:
            return report(error, args.debug)
    settings = settings_from(
        {
            "bedrock/tier": args.tier,
            "aws/profile": args.profile,
            "chat/system_prompt": args.system,
            "chat/max_tokens": args.max_tokens,
        }
    )
    limits = quota_limits(args.quota, args.quota_window)
    workspace = open_workspace(settings, QuotaScheduler(limits))
    try:
        return asyncio.run(_list(workspace) if args.list else _run(args, workspace, limits))
    finally:
        workspace.close()


async def _list(workspace: Workspace) -> int:
    jobs = await workspace.batch_jobs()
    if not jobs:
        print("No batches yet.")
    for job in jobs:
        state = "finished" if job.finished_at else f"{job.left} left"
        failed = job.counts.get(ItemStatus.FAILED, 0)
        print(
            f"{job.id:>4}  {job.created_at[:16].replace('T', ' ')}  {job.counts.get(ItemStatus.DONE, 0)}/{job.total} "
            f"done{', ' + str(failed) + ' failed' if failed else ''}  ({state})  {printable(job.title)}"
        )
    return EXIT_OK


async def _run(args: argparse.Namespace, workspace: Workspace, limits: QuotaLimits) -> int:
    if args.resume is not None:
        job = await workspace.batch_job(args.resume)
        if job is None:
            say(f"there is no batch {args.resume}. See `pixdesk batch --list`.")
            return EXIT_BAD_INPUT
        if args.retry_failed:
            await workspace.retry_failed(job.id)
    else:
        prompts = [TEMPLATES[name][1] for name in args.template] + args.prompt
        try:
            items = await workspace.plan_batch(args.paths, prompts, args.pages)
        except KnownError as error:
            return report(error, args.debug)
        if not room_for_an_answer(limits, args.max_tokens):
            say(
                f"--quota allows {limits.tokens_per_window:,} tokens a minute: not enough for even one answer of "
                f"--max-tokens {args.max_tokens:,} and its question. Lower --max-tokens, or check the quota."
            )
            return EXIT_BAD_INPUT
        job_id = await workspace.create_batch(job_title(items), items, region=args.region)
        say(
            f"batch {job_id}: {len(items)} items ({len(prompts)} prompt{'s' if len(prompts) > 1 else ''}). "
            f"Resume with `pixdesk batch --resume {job_id}` if it is stopped."
        )
        created = await workspace.batch_job(job_id)
        assert created is not None  # (just written)
        job = created
    job_id = job.id
    await workspace.remember_todays_requests()
    await _say_saved_redactions(workspace, job_id, args.no_saved_redactions)
    bar = ProgressBar(sys.stderr)
    runner = workspace.batch_runner(
        job,
        on_progress=bar.show,
        on_item=bar.item_done,
        concurrency=max(1, args.concurrency),
        run_blocking=off_loop,
        apply_saved_redactions=not args.no_saved_redactions,
    )
    try:
        job = await runner.run()
    except (KeyboardInterrupt, asyncio.CancelledError):
        runner.stop()
        bar.end()
        say(f"stopped. Every finished answer is kept; resume with `pixdesk batch --resume {job_id}`.")
        return EXIT_INTERRUPTED
    bar.end()
    items_now = await workspace.batch_items(job_id)
    if args.out:
        try:
            written = export_results(job, items_now, Path(args.out))
        except KnownError as error:
            report(error, args.debug)
            return EXIT_BAD_INPUT
        say(f"results written to {written}")
    failed = job.counts.get(ItemStatus.FAILED, 0)
    again = f", {failed} failed (see the results; --resume {job_id} --retry-failed asks them again)" if failed else ""
    say(f"batch {job_id} finished: {job.counts.get(ItemStatus.DONE, 0)} answered{again}.")
    return EXIT_SOME_FAILED if failed else EXIT_OK


async def _say_saved_redactions(workspace: Workspace, job_id: int, ignore: bool) -> None:
    """Which files go out with the redactions saved for them (every item of theirs gets them), or,
    with --no-saved-redactions, which go out without."""
    paths = [item.path for item in await workspace.batch_items(job_id)]
    found = await workspace.saved_redactions_of_files(paths)
    if not ignore:
        saved_redactions.say_applied(found)
        return
    for saved in found.values():
        say(not_applied_sentence(saved.count, saved.name))
    if not found:
        say("saved redactions NOT applied (--no-saved-redactions); none are saved for these files.")
