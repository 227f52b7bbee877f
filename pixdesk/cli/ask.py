"""`pixdesk ask`: one question about images, its answer streamed to stdout (or one JSON object
with --json), recorded in the history unless --no-save; --dry-run shows what would be sent."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import Callable
from typing import Any, TextIO

from pixdesk import catalog
from pixdesk.bedrock.request import build_converse_args
from pixdesk.bedrock.stream import BedrockEngine
from pixdesk.cli import ask_compare, saved_redactions
from pixdesk.cli.fine_print import small_print_warnings
from pixdesk.cli.managed import managed_settings, obey_policy, policy_quota
from pixdesk.cli.support import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    MAX_TOKENS,
    TEMPERATURE,
    Checked,
    Commands,
    add_debug_option,
    open_workspace,
    report,
    say,
    settings_from,
)
from pixdesk.cli.terminal import answer_text, json_text, printable
from pixdesk.domain import STOP_REASON_WORDS, Answer, AskRequest, StreamEvent, TextDelta
from pixdesk.errors import KnownError, bad_input
from pixdesk.services.abandonable import AbandonableExecutor
from pixdesk.services.asking import new_answer
from pixdesk.services.images import Prepared, Resolution, parse_box, prepare_files, text_tokens
from pixdesk.services.quota import QuotaScheduler, minutes
from pixdesk.services.workspace import Workspace
from pixdesk.settings import Settings


def add_parser(commands: Commands) -> None:
    command = commands.add_parser(
        "ask",
        help="ask a question about images; the answer streams to stdout",
        description="Exit codes: 0 ok, 2 bad input, 3 credentials or access, "
        "4 still throttled after retries, 5 other service or network error.",
    )
    command.add_argument(
        "images",
        nargs="*",
        metavar="IMAGE",
        help="screenshots, photos or scans: PNG, JPEG, GIF, WebP, BMP, TIFF, HEIC or PDF",
    )
    command.add_argument("-q", "--question", help="what to ask about the images (needed, except with --compare)")
    command.add_argument(
        "--region",
        choices=catalog.region_names(),
        metavar="REGION",
        help="source region (default: your AWS configuration's, if it offers Pixtral "
        f"Large, else your organisation's or {catalog.DEFAULT_REGION}); one of " + ", ".join(catalog.region_names()),
    )
    command.add_argument(
        "--tier",
        choices=catalog.tier_keys(),
        help=f"speed and price (default: your organisation's choice, else {catalog.DEFAULT_TIER})",
    )
    command.add_argument(
        "--profile", help="named AWS profile (default: your organisation's choice, else the standard credential chain)"
    )
    command.add_argument("--system", default="", help="system prompt")
    command.add_argument(
        "--max-tokens",
        action=Checked,
        check=MAX_TOKENS,
        default=4096,
        help=f"longest answer, 1–{catalog.LIMITS.max_output_tokens} tokens (default 4096)",
    )
    command.add_argument(
        "--temperature", action=Checked, check=TEMPERATURE, help="{:g}–{:g}".format(*catalog.LIMITS.temperature_range)
    )
    command.add_argument(
        "--pages", metavar="LIST", help="pages of PDFs and TIFFs to send, e.g. 1-3,5 or all (default: the first page)"
    )
    command.add_argument(
        "--crop",
        metavar="X,Y,W,H",
        help="send only this area, in the source's pixels (cut at full resolution, then fitted)",
    )
    command.add_argument(
        "--redact",
        action="append",
        default=[],
        metavar="X,Y,W,H",
        help="black out this area (in the source's pixels) before anything is sent; repeat for "
        "more areas. Applies to every image and page sent; the files are not changed",
    )
    command.add_argument(
        "--fine-print",
        "--tiles",
        dest="tiles",
        action="store_true",
        help="read the fine print: send each page once, plus close-ups of the bands that hold its "
        "smallest text, enlarged only as far as that text needs (--tiles: the same); "
        "--dry-run shows the cost first",
    )
    command.add_argument(
        "--resolution",
        choices=[r.value for r in Resolution],
        default=Resolution.MODEL.value,
        help="model: fit inside 1024×1024, what Pixtral sees (default); original: as large as Bedrock accepts",
    )
    command.add_argument(
        "--dry-run",
        action="store_true",
        help="prepare the images and print what would be sent and its token estimate; send nothing",
    )
    command.add_argument(
        "--yes",
        action="store_true",
        help="a question about more pages than one request takes goes in several requests, shown first "
        "and asked about on a terminal: send them without asking",
    )
    command.add_argument("--json", action="store_true", help="print one JSON object when the answer is complete")
    command.add_argument("--no-save", action="store_true", help="do not record this question and answer in the history")
    ask_compare.add_option(command)
    saved_redactions.add_option(command)
    add_debug_option(command)


def run(args: argparse.Namespace) -> int:
    try:
        obey_policy(args, managed_settings())  # the organisation's locks and regions, as in the window
    except KnownError as error:
        return report(error, args.debug)
    region = args.region
    try:
        if args.tiles and args.crop:
            raise bad_input("--tiles reads whole pages; it cannot be combined with --crop.")
        crop = parse_box(args.crop) if args.crop else None
        redactions = [parse_box(spec) for spec in args.redact]
        if args.compare:  # before, after and a third image of what changed (cli/ask_compare.py)
            prepared = ask_compare.prepare(args, redactions)
        else:
            if args.question is None:
                raise bad_input('Say what to ask with -q, for example: pixdesk ask shot.png -q "What is wrong here?"')
            # The redactions saved for these files in a review (by their bytes' SHA-256), burned in
            # unless --no-saved-redactions; kept on args for every way the images are prepared.
            args.saved_redactions = saved_redactions.look_up(args.images, args.no_saved_redactions)
            from pixdesk.cli.ask_document import ask_whole_document, whole_document_images  # (imports this module)

            whole = whole_document_images(args, redactions)  # more pages than one request takes: in groups
            if whole is not None:
                return ask_whole_document(args, region, *whole)
            prepared = prepare_files(
                args.images,
                args.pages,
                crop,
                Resolution(args.resolution),
                redactions,
                args.tiles,
                args.saved_redactions,
            )
    except KnownError as error:
        return report(error, args.debug)
    request = AskRequest(
        question=args.question,
        attachments=tuple(p.attachment for p in prepared),
        system=args.system,
        max_tokens=args.max_tokens,
        temperature=args.temperature,
        tier=args.tier,
    )
    for note in dict.fromkeys(note for p in prepared for note in p.notes):
        say(note)
    for sentence in small_print_warnings(prepared):
        say(sentence)
    if redactions and prepared:
        say(
            f"{len(redactions)} area{'s' if len(redactions) > 1 else ''} blacked out in what is sent "
            "(your files are unchanged)."
        )
    if args.dry_run:
        return _dry_run(prepared, request, region, args.json, args.debug)
    try:
        build_converse_args(request, region)  # bad input is refused before anything is saved or sent
    except KnownError as error:
        return report(error, args.debug)
    workspace = _workspace(_ask_settings(args, region), args.no_save)
    try:
        return _ask(workspace, request, args)
    finally:
        workspace.close()


def _ask_settings(args: argparse.Namespace, region: str) -> Settings:
    """The settings `ask`'s options choose (region, tier, profile, system prompt, limits), for a
    question about images and for a whole document alike."""
    return settings_from(
        {
            "bedrock/region": region,
            "bedrock/tier": args.tier,
            "aws/profile": args.profile,
            "chat/system_prompt": args.system,
            "chat/max_tokens": args.max_tokens,
            "chat/temperature": args.temperature,
        }
    )


def _workspace(settings: Settings, no_save: bool) -> Workspace:
    """Paced like the window: to the quota the organisation set, else the one a running pixdesk
    declared in the pacing ledger, else the default. Without a readable history, only --no-save
    can go on."""
    limits = policy_quota(settings)
    try:
        return open_workspace(settings, QuotaScheduler(limits))
    except (OSError, ValueError):
        if not no_save:
            raise
        return Workspace(BedrockEngine(), settings, AbandonableExecutor(), scheduler=QuotaScheduler(limits))


def _ask(workspace: Workspace, request: AskRequest, args: argparse.Namespace) -> int:
    answer = new_answer(request, workspace.choices.connection())
    printer = None if args.json else _StreamPrinter(sys.stdout)
    # Today's requests in the history count against the quota, so `pixdesk ask` right after a
    # batch waits instead of meeting a 429 (read before this question is recorded).
    asyncio.run(_remember_todays_requests(workspace))
    recorder = None if args.no_save else workspace.record_turn(request, answer)
    listeners = [listener for listener in (printer, recorder) if listener is not None]

    def on_event(event: StreamEvent) -> None:
        for listener in listeners:
            listener(event)

    try:
        asyncio.run(workspace.ask_once(request, answer, on_event, _say_waiting()))
    except KeyboardInterrupt:
        answer.cancelled = True
    finally:
        if recorder is not None:
            recorder.finish()
    if printer is None:
        print(json_text(answer_json(answer)))
    else:
        printer.finish(answer)
    if answer.cancelled:
        say("stopped; the answer above is incomplete.")
        return EXIT_INTERRUPTED
    if answer.error is not None:
        if answer.text and not args.json:
            say("the answer above is incomplete.")
        return report(answer.error, args.debug)
    return EXIT_OK


async def _remember_todays_requests(workspace: Workspace) -> None:
    if not workspace.keeps_history:
        return
    with contextlib.suppress(OSError, ValueError):  # no readable history: nothing to remember
        await workspace.remember_todays_requests()


class _StreamPrinter:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.ends_with_newline = True

    def __call__(self, event: StreamEvent) -> None:
        if isinstance(event, TextDelta):
            text = answer_text(event.text)  # the model's text may hold escape sequences: shown, not obeyed
            self.out.write(text)
            self.out.flush()
            if text:
                self.ends_with_newline = text.endswith("\n")

    def finish(self, answer: Answer) -> None:
        if not self.ends_with_newline:
            self.out.write("\n")
        note = STOP_REASON_WORDS.get(answer.stop_reason or "", "")
        if note:
            say(note)
        self.out.flush()


def _dry_run(prepared: list[Prepared], request: AskRequest, region: str, as_json: bool, debug: bool) -> int:
    """What would be sent, and what it would cost, without sending it."""
    try:
        build_converse_args(request, region)  # the same checks as a real send
    except KnownError as error:
        return report(error, debug)
    image_tokens = sum(p.tokens for p in prepared)
    input_tokens = image_tokens + text_tokens(request.question) + text_tokens(request.system)
    images = [
        {
            "name": p.attachment.name,
            "source_size": list(p.source_size),
            "crop": list(p.box) if p.box else None,
            "format": p.attachment.format,
            "size": [p.attachment.width, p.attachment.height],
            "bytes": p.attachment.size_bytes,
            "tokens": p.tokens,
        }
        for p in prepared
    ]
    summary = {
        "images": images,
        "image_tokens": image_tokens,
        "input_tokens_estimate": input_tokens,
        "input_cost_usd_estimate": round(catalog.estimate_cost_usd(input_tokens, 0), 6),
        "region": region,
        "profile_id": catalog.region(region).profile_id,
        "tier": request.tier,
    }
    if as_json:
        print(json_text(summary))
        return EXIT_OK
    for p in prepared:
        image, (w, h) = p.attachment, p.source_size
        crop = " crop {}×{} at {},{}".format(*p.box[2:], *p.box[:2]) if p.box else ""
        print(
            f"{printable(image.name)}: {w}×{h}{crop} → {image.format.upper()} "
            f"{image.width}×{image.height}, {image.size_bytes / 1024:,.0f} KB, ~{p.tokens:,} tokens"
        )
    print(
        f"About {input_tokens:,} input tokens (≈ ${summary['input_cost_usd_estimate']:.4f}, estimate) "
        f"to {summary['profile_id']} from {region}. Nothing was sent (--dry-run)."
    )
    return EXIT_OK


def _say_waiting() -> Callable[[float], None]:
    told = [False]

    def waiting(seconds: float) -> None:
        if seconds > 0 and not told[0]:
            told[0] = True
            say(f"waiting {minutes(seconds)} for room in your Bedrock quota…")

    return waiting


def answer_json(answer: Answer) -> dict[str, Any]:
    usage = answer.usage
    result: dict[str, Any] = {
        "answer": answer.text,
        "complete": answer.complete,
        "stop_reason": answer.stop_reason,
        "usage": None
        if usage is None
        else {
            "input_tokens": usage.input_tokens,
            "output_tokens": usage.output_tokens,
            "total_tokens": usage.total_tokens,
        },
        "estimated_cost_usd": None if usage is None else round(usage.estimated_cost_usd, 6),
        "latency_ms": usage.latency_ms if usage else None,
        "region": answer.region,
        "profile_id": answer.profile_id,
        "tier_requested": answer.tier_requested,
        "tier_served": answer.tier_served,
        "request_id": answer.request_id,
        "error": None,
    }
    if answer.error is not None:
        result["error"] = {
            "kind": answer.error.kind.code,
            "message": answer.error.message,
            "action": answer.error.action_hint,
        }
    return result
