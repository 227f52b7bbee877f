"""`pixdesk ask|…` in the terminal. Same services as the window; no Qt."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import traceback
from typing import Any, TextIO

from pixdesk import __version__, catalog
from pixdesk.bedrock.client import configured_region
from pixdesk.bedrock.stream import BedrockEngine
from pixdesk.domain import Answer, AskRequest, Connection, StreamEvent, TextDelta, STOP_REASON_WORDS
from pixdesk.errors import Kind, KnownError
from pixdesk.imaging.intake import attachment_from_file
from pixdesk.services.asking import ask, new_answer

COMMANDS = ("ask",)
EXIT_OK, EXIT_INTERRUPTED, EXIT_BUG = 0, 130, Kind.SERVICE_ERROR.exit_code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pixdesk", description="Ask Pixtral Large on Amazon Bedrock "
                                     "about screenshots and scanned documents. With no command, opens the window.")
    parser.add_argument("--version", action="version", version=f"pixdesk {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ask_cmd = commands.add_parser("ask", help="ask a question about images; the answer streams to stdout",
                                  description="Exit codes: 0 ok, 2 bad input, 3 credentials or access, "
                                  "4 still throttled after retries, 5 other service or network error.")
    ask_cmd.add_argument("images", nargs="*", metavar="IMAGE", help="PNG, JPEG, GIF or WebP files")
    ask_cmd.add_argument("-q", "--question", required=True, help="what to ask about the images")
    ask_cmd.add_argument("--region", choices=catalog.region_names(), metavar="REGION",
                         help="source region (default: your AWS configuration's, if it offers Pixtral "
                         f"Large, else {catalog.DEFAULT_REGION}); one of " + ", ".join(catalog.region_names()))
    ask_cmd.add_argument("--tier", choices=catalog.tier_keys(), default=catalog.DEFAULT_TIER)
    ask_cmd.add_argument("--profile", help="named AWS profile (default: the standard credential chain)")
    ask_cmd.add_argument("--system", default="", help="system prompt")
    ask_cmd.add_argument("--max-tokens", type=int, default=4096,
                         help=f"longest answer, 1–{catalog.LIMITS.max_output_tokens} tokens (default 4096)")
    ask_cmd.add_argument("--temperature", type=float, help="0–1")
    ask_cmd.add_argument("--json", action="store_true", help="print one JSON object when the answer is complete")
    ask_cmd.add_argument("--debug", action="store_true", help="show technical details of errors")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _ask(args)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: say so plainly, details only on request
        print(f"pixdesk: something unexpected went wrong ({type(exc).__name__}). "
              "Run again with --debug for details.", file=sys.stderr)
        if args.debug:
            traceback.print_exc()
        return EXIT_BUG


def _ask(args: argparse.Namespace) -> int:
    region = args.region or configured_region(args.profile) or catalog.DEFAULT_REGION
    connection = Connection(region=region, profile=args.profile)
    try:
        attachments = tuple(attachment_from_file(path) for path in args.images)
    except KnownError as error:
        return _fail(error, args.debug)
    request = AskRequest(question=args.question, attachments=attachments, system=args.system,
                         max_tokens=args.max_tokens, temperature=args.temperature, tier=args.tier)
    answer = new_answer(request, connection)
    printer = None if args.json else _StreamPrinter(sys.stdout)
    try:
        asyncio.run(ask(BedrockEngine(), request, connection, answer, printer))
    except KeyboardInterrupt:
        answer.cancelled = True
    if args.json:
        json.dump(answer_json(answer), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        printer.finish(answer)
    if answer.cancelled:
        print("pixdesk: stopped; the answer above is incomplete.", file=sys.stderr)
        return EXIT_INTERRUPTED
    if answer.error is not None:
        if answer.text and not args.json:
            print("pixdesk: the answer above is incomplete.", file=sys.stderr)
        return _fail(answer.error, args.debug)
    return EXIT_OK


class _StreamPrinter:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.ends_with_newline = True

    def __call__(self, event: StreamEvent) -> None:
        if isinstance(event, TextDelta):
            self.out.write(event.text)
            self.out.flush()
            self.ends_with_newline = event.text.endswith("\n")

    def finish(self, answer: Answer) -> None:
        if not self.ends_with_newline:
            self.out.write("\n")
        note = STOP_REASON_WORDS.get(answer.stop_reason or "", "")
        if note:
            print(f"pixdesk: {note}", file=sys.stderr)
        self.out.flush()


def _fail(error: KnownError, debug: bool) -> int:
    print(f"pixdesk: {error.sentence()}", file=sys.stderr)
    if debug and error.detail:
        print(f"  details: {error.detail}", file=sys.stderr)
    return error.kind.exit_code


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
