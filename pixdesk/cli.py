"""`pixdesk ask|…` in the terminal. Same services as the window; no Qt."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any, TextIO

from pixdesk import __version__, catalog
from pixdesk.bedrock.client import configured_region
from pixdesk.bedrock.stream import BedrockEngine
from pixdesk.domain import Answer, AskRequest, Connection, StreamEvent, TextDelta, STOP_REASON_WORDS
from pixdesk.errors import Kind, KnownError, bad_input
from pixdesk.bedrock.request import build_converse_args
from pixdesk.cli_support import MAX_TOKENS, TEMPERATURE, Checked, Parser, add_debug_option, report, report_bug, say
from pixdesk.imaging.encode import Resolution
from pixdesk.imaging.intake import parse_box
from pixdesk.imaging.prepare import Prepared
from pixdesk.imaging.tokens import text_tokens
from pixdesk.logs import setup_cli_logging
from pixdesk.services.batch_cli import add_batch_parser, batch_command
from pixdesk.services.history_cli import history_command
from pixdesk.services.images import prepare_files
from pixdesk.services.recording import AnswerRecorder
from pixdesk.store.history import HistoryStore
from pixdesk.services.asking import new_answer, paced_ask
from pixdesk.services.quota import QuotaPacer, QuotaScheduler, minutes, utc_day_start
from pixdesk.terminal import answer_text, json_text, printable

COMMANDS = ("ask", "batch", "history")
EXIT_OK, EXIT_INTERRUPTED, EXIT_BUG = 0, 130, Kind.SERVICE_ERROR.exit_code


def _parser() -> argparse.ArgumentParser:
    parser = Parser(prog="pixdesk", description="Ask Pixtral Large on Amazon Bedrock "
                    "about screenshots and scanned documents. With no command, opens the window; "
                    "`pixdesk --self-test` checks this installation without AWS.")
    parser.add_argument("--version", action="version", version=f"pixdesk {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ask_cmd = commands.add_parser("ask", help="ask a question about images; the answer streams to stdout",
                                  description="Exit codes: 0 ok, 2 bad input, 3 credentials or access, "
                                  "4 still throttled after retries, 5 other service or network error.")
    ask_cmd.add_argument("images", nargs="*", metavar="IMAGE",
                         help="screenshots, photos or scans: PNG, JPEG, GIF, WebP, BMP, TIFF, HEIC or PDF")
    ask_cmd.add_argument("-q", "--question", required=True, help="what to ask about the images")
    ask_cmd.add_argument("--region", choices=catalog.region_names(), metavar="REGION",
                         help="source region (default: your AWS configuration's, if it offers Pixtral "
                         f"Large, else {catalog.DEFAULT_REGION}); one of " + ", ".join(catalog.region_names()))
    ask_cmd.add_argument("--tier", choices=catalog.tier_keys(), default=catalog.DEFAULT_TIER)
    ask_cmd.add_argument("--profile", help="named AWS profile (default: the standard credential chain)")
    ask_cmd.add_argument("--system", default="", help="system prompt")
    ask_cmd.add_argument("--max-tokens", action=Checked, check=MAX_TOKENS, default=4096,
                         help=f"longest answer, 1–{catalog.LIMITS.max_output_tokens} tokens (default 4096)")
    ask_cmd.add_argument("--temperature", action=Checked, check=TEMPERATURE,
                         help="{:g}–{:g}".format(*catalog.LIMITS.temperature_range))
    ask_cmd.add_argument("--pages", metavar="LIST", help="pages of PDFs and TIFFs to send, e.g. 1-3,5 or all "
                         "(default: the first page)")
    ask_cmd.add_argument("--crop", metavar="X,Y,W,H", help="send only this area, in the source's pixels "
                         "(cut at full resolution, then fitted)")
    ask_cmd.add_argument("--redact", action="append", default=[], metavar="X,Y,W,H",
                         help="black out this area (in the source's pixels) before anything is sent; repeat for "
                         "more areas. Applies to every image and page sent; the files are not changed")
    ask_cmd.add_argument("--tiles", action="store_true",
                         help="read the fine print: send each page as overlapping tiles (at most 8, one "
                         "request), each seen at up to full resolution; --dry-run shows the cost first")
    ask_cmd.add_argument("--resolution", choices=[r.value for r in Resolution], default=Resolution.MODEL.value,
                         help="model: fit inside 1024×1024, what Pixtral sees (default); "
                         "original: as large as Bedrock accepts")
    ask_cmd.add_argument("--dry-run", action="store_true",
                         help="prepare the images and print what would be sent and its token estimate; send nothing")
    ask_cmd.add_argument("--json", action="store_true", help="print one JSON object when the answer is complete")
    ask_cmd.add_argument("--no-save", action="store_true", help="do not record this question and answer in the history")
    add_debug_option(ask_cmd)

    add_batch_parser(commands)

    history = commands.add_parser("history", help="conversations recorded by pixdesk")
    history_commands = history.add_subparsers(dest="history_command", required=True, metavar="ACTION")
    listing = history_commands.add_parser("list", help="conversations, newest first")
    listing.add_argument("--json", action="store_true")
    add_debug_option(listing)
    show = history_commands.add_parser("show", help="one conversation, with its audit fields")
    _which_conversation(show)
    show.add_argument("--json", action="store_true")
    add_debug_option(show)
    export = history_commands.add_parser(
        "export", help="write one conversation to a file",
        description="md: a Markdown file plus an images/ folder, in the folder --out; html: one "
        "self-contained file (images inline, no scripts); json: everything, for `pixdesk history import`.")
    _which_conversation(export)
    export.add_argument("--format", required=True, choices=("md", "html", "json"))
    export.add_argument("--out", required=True, metavar="PATH",
                        help="md: a folder; html and json: a file (or a folder to write <title>.html|json in)")
    add_debug_option(export)
    importing = history_commands.add_parser("import", help="add a conversation from a JSON export, as a new one")
    importing.add_argument("file", metavar="FILE", help="a file written by `pixdesk history export --format json`")
    add_debug_option(importing)
    return parser


def _which_conversation(command: argparse.ArgumentParser) -> None:
    which = command.add_mutually_exclusive_group(required=True)
    which.add_argument("id", nargs="?", type=int, help="conversation number (from history list)")
    which.add_argument("--last", action="store_true", help="the most recent conversation")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    setup_cli_logging(args.debug)  # library warnings go to the log, not to the person (unless --debug)
    try:
        if args.command == "history":
            return history_command(args)
        if args.command == "batch":
            return batch_command(args)
        return _ask(args)
    except KeyboardInterrupt:
        say("stopped.")
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: say so plainly, details only on request
        report_bug(exc, args.debug)
        return EXIT_BUG


def _ask(args: argparse.Namespace) -> int:
    region = args.region or configured_region(args.profile) or catalog.DEFAULT_REGION
    connection = Connection(region=region, profile=args.profile)
    try:
        if args.tiles and args.crop:
            raise bad_input("--tiles reads whole pages; it cannot be combined with --crop.")
        crop = parse_box(args.crop) if args.crop else None
        redactions = [parse_box(spec) for spec in args.redact]
        prepared = prepare_files(args.images, args.pages, crop, Resolution(args.resolution), redactions, args.tiles)
    except KnownError as error:
        return report(error, args.debug)
    request = AskRequest(question=args.question, attachments=tuple(p.attachment for p in prepared),
                         system=args.system, max_tokens=args.max_tokens, temperature=args.temperature,
                         tier=args.tier)
    for note in dict.fromkeys(note for p in prepared for note in p.notes):
        say(note)
    if redactions and prepared:
        say(f"{len(redactions)} area{'s' if len(redactions) > 1 else ''} blacked out in what is sent "
            "(your files are unchanged).")
    if args.dry_run:
        return _dry_run(prepared, request, connection, args.json, args.debug)
    try:
        build_converse_args(request, connection.region)  # bad input is refused before anything is saved or sent
    except KnownError as error:
        return report(error, args.debug)
    answer = new_answer(request, connection)
    printer = None if args.json else _StreamPrinter(sys.stdout)
    pacer = _pacer(connection)  # (before recording starts: opening the store marks streaming answers cut off)
    recorder = None if args.no_save else _start_recording(request, answer)
    listeners = [listener for listener in (printer, recorder) if listener is not None]
    try:
        asyncio.run(paced_ask(BedrockEngine(), pacer, request, connection, answer,
                              lambda event: [listener(event) for listener in listeners], _say_waiting()))
    except KeyboardInterrupt:
        answer.cancelled = True
    finally:
        if recorder is not None:
            recorder.finish()
    if args.json:
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


def _dry_run(prepared: list[Prepared], request: AskRequest, connection: Connection, as_json: bool,
             debug: bool) -> int:
    """What would be sent, and what it would cost, without sending it."""
    try:
        build_converse_args(request, connection.region)  # the same checks as a real send
    except KnownError as error:
        return report(error, debug)
    image_tokens = sum(p.tokens for p in prepared)
    input_tokens = image_tokens + text_tokens(request.question) + text_tokens(request.system)
    images = [{
        "name": p.attachment.name, "source_size": list(p.source_size), "crop": list(p.box) if p.box else None,
        "format": p.attachment.format, "size": [p.attachment.width, p.attachment.height],
        "bytes": p.attachment.size_bytes, "tokens": p.tokens} for p in prepared]
    summary = {"images": images, "image_tokens": image_tokens, "input_tokens_estimate": input_tokens,
               "input_cost_usd_estimate": round(catalog.estimate_cost_usd(input_tokens, 0), 6),
               "region": connection.region, "profile_id": catalog.region(connection.region).profile_id,
               "tier": request.tier}
    if as_json:
        print(json_text(summary))
        return EXIT_OK
    for image in images:
        w, h = image["source_size"]
        crop = " crop {}×{} at {},{}".format(*image["crop"][2:], *image["crop"][:2]) if image["crop"] else ""
        print(f"{printable(image['name'])}: {w}×{h}{crop} → {image['format'].upper()} "
              f"{image['size'][0]}×{image['size'][1]}, {image['bytes'] / 1024:,.0f} KB, ~{image['tokens']:,} tokens")
    print(f"About {input_tokens:,} input tokens (≈ ${summary['input_cost_usd_estimate']:.4f}, estimate) "
          f"to {summary['profile_id']} from {connection.region}. Nothing was sent (--dry-run).")
    return EXIT_OK


def _pacer(connection: Connection) -> QuotaPacer:
    """Paced like the window: today's requests in the history count against the default quota,
    so `pixdesk ask` right after a batch waits instead of meeting a 429."""
    scheduler = QuotaScheduler()
    try:
        with HistoryStore() as store:
            scheduler.remember(store.sent_since(utc_day_start().isoformat()))
    except (OSError, ValueError):  # no readable history: nothing to remember
        pass
    return scheduler.pacer(connection)


def _say_waiting():
    told = [False]

    def waiting(seconds: float) -> None:
        if seconds > 0 and not told[0]:
            told[0] = True
            say(f"waiting {minutes(seconds)} for room in your Bedrock quota…")
    return waiting


def _start_recording(request: AskRequest, answer: Answer) -> AnswerRecorder:
    """Commit the question (and the exact image bytes) before it is sent; then record the answer."""
    store = HistoryStore()
    conversation = store.start_conversation(request.question)
    store.add_question(conversation, request.question, request.attachments)
    return AnswerRecorder(store, conversation, answer)


def answer_json(answer: Answer) -> dict[str, Any]:
    usage = answer.usage
    result: dict[str, Any] = {
        "answer": answer.text,
        "complete": answer.complete,
        "stop_reason": answer.stop_reason,
        "usage": None if usage is None else {
            "input_tokens": usage.input_tokens, "output_tokens": usage.output_tokens,
            "total_tokens": usage.total_tokens},
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
        result["error"] = {"kind": answer.error.kind.code, "message": answer.error.message,
                           "action": answer.error.action_hint}
    return result
