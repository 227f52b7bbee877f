"""`pixdesk ask --pages all` on more pages than one request takes: the question asked of the whole
document in groups of pages, then one request that combines their answers. The plan (requests,
tokens, cost, time at the quota) is shown on stderr before anything is sent, and goes ahead only
when the person says so (a terminal), or with --yes. Progress on stderr, the combined answer
streamed to stdout. Running the same command again continues a run that was cut off."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence

from pixdesk import catalog
from pixdesk.cli.ask import _ask_settings, _remember_todays_requests, _StreamPrinter, _workspace, answer_json
from pixdesk.cli.saved_redactions import say_applied
from pixdesk.cli.support import EXIT_INTERRUPTED, EXIT_OK, report, say
from pixdesk.cli.terminal import json_text, printable
from pixdesk.errors import KnownError, bad_input
from pixdesk.services.document_plan import DocumentPlan, PlannedImage, plan_document
from pixdesk.services.document_run import (
    DocumentProgress,
    DocumentQuestion,
    DocumentSpec,
    planned_images,
    quota_limits,
)

EXIT_DECLINED = 1  # the person said no at the prompt: nothing was sent


def whole_document_images(
    args: argparse.Namespace, redactions: Sequence[tuple[int, int, int, int]]
) -> tuple[DocumentSpec, list[PlannedImage]] | None:
    """The spec and its images when the question needs more images than one request takes (and
    is about whole pages: no crop); None for a question one request can hold. Decodes no page."""
    if args.crop or not args.images or not (args.pages or args.tiles):
        return None
    saved = getattr(args, "saved_redactions", {})  # path as given → the redactions saved for that file
    page_redactions = tuple(
        (str(path), page, box) for path, found in saved.items() for page, boxes in found.pages.items() for box in boxes
    )
    spec = DocumentSpec(
        tuple(str(path) for path in args.images), args.pages, args.tiles, tuple(redactions), page_redactions
    )
    images = planned_images(spec)
    if len(images) <= catalog.LIMITS.images_per_request:
        return None
    say_applied(saved)  # every group carries them: said once, before the plan
    return spec, images


def ask_whole_document(args: argparse.Namespace, region: str, spec: DocumentSpec, images: list[PlannedImage]) -> int:
    workspace = _workspace(_ask_settings(args, region), args.no_save or args.dry_run)
    try:
        document = images[0].file if len(spec.paths) == 1 else f"{len(spec.paths)} files"
        try:
            plan = plan_document(
                images,
                args.question,
                document=document,
                system=args.system,
                max_tokens=args.max_tokens,
                limits=quota_limits(workspace),
            )
        except KnownError as error:
            return report(error, args.debug)
        run = DocumentQuestion(
            workspace,
            spec,
            plan,
            system=args.system,
            max_tokens=args.max_tokens,
            temperature=args.temperature,
            tier=args.tier,
        )
        resumed = 0 if args.dry_run or args.no_save else asyncio.run(run.resume_state())
        say(plan.summary())
        if resumed:
            say(
                f"continuing an earlier run of this question: {resumed} of {len(plan.groups)} groups are answered "
                "already and are not asked again."
            )
        if args.dry_run:
            _print_plan(plan)
            return EXIT_OK
        if not args.yes:
            declined = _declined(plan)
            if declined is not None:
                return declined
        return _run(run, plan, args)
    finally:
        workspace.close()


def _print_plan(plan: DocumentPlan) -> None:
    for group in plan.groups:
        print(
            f"request {group.number}: {printable(group.label)} — {len(group.images)} image"
            f"{'s' if len(group.images) != 1 else ''}, ~{group.input_tokens:,} tokens, "
            f"answer up to {group.answer_tokens:,} tokens"
        )
    print(
        f"request {plan.requests}: combine the {len(plan.groups)} answers — ~{plan.combine_input_tokens:,} tokens, "
        f"answer up to {plan.answer_tokens:,} tokens"
    )
    print(
        f"{plan.requests} requests, about {plan.input_tokens:,} input tokens, up to ${plan.cost_usd:.4f} (estimate). "
        "Nothing was sent (--dry-run)."
    )


def _declined(plan: DocumentPlan) -> int | None:
    """None to go ahead; else the exit code. Asks on a terminal; elsewhere, --yes is needed."""
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        return report(
            bad_input(
                f"This question needs {plan.requests} requests to Bedrock; nothing was sent.",
                "Add --yes to send them, or --dry-run to see the plan.",
            )
        )
    print(f"pixdesk: send {plan.requests} requests? [y/N] ", end="", file=sys.stderr, flush=True)
    try:
        reply = sys.stdin.readline().strip().lower()
    except KeyboardInterrupt:
        reply = ""
    if reply in ("y", "yes"):
        return None
    say("nothing was sent.")
    return EXIT_DECLINED


def _run(run: DocumentQuestion, plan: DocumentPlan, args: argparse.Namespace) -> int:
    printer = None if args.json else _StreamPrinter(sys.stdout)
    asyncio.run(_remember_todays_requests(run.workspace))
    told_wait: set[int] = set()

    def progress(step: DocumentProgress) -> None:
        if step.waiting_s > 0 and step.number in told_wait:
            return  # a wait is told once a group, not every second
        if step.waiting_s > 0:
            told_wait.add(step.number)
        elif step.number in told_wait:
            return  # (the wait is over: the group's own line was said already)
        say(step.line())

    try:
        outcome = asyncio.run(run.run(progress, printer))
    except KeyboardInterrupt:
        say("stopped; run the same command again to continue where it stopped.")
        return EXIT_INTERRUPTED
    answer = outcome.answer
    if args.json:
        result = answer_json(answer)
        result["requests"] = outcome.asked
        result["groups"] = len(plan.groups)
        result["groups_kept_from_earlier_run"] = outcome.resumed_groups
        print(json_text(result))
    elif printer is not None and (answer.text or answer.error is None):
        printer.finish(answer)
    if answer.cancelled:
        say("stopped; run the same command again to continue where it stopped.")
        return EXIT_INTERRUPTED
    if answer.error is not None or not answer.text:
        if not args.no_save:
            say("the answers so far are kept: run the same command again to continue where it stopped.")
        return report(answer.error or bad_input("The model gave no answer."), args.debug)
    return EXIT_OK
