"""`pixdesk history list|show|export|import`: what the store holds, for people and for scripts
(--json), and conversations out to Markdown, HTML or JSON files and back in from JSON."""

from __future__ import annotations

import argparse
import asyncio
from dataclasses import asdict
from pathlib import Path

from pixdesk.cli.support import EXIT_OK, Commands, add_debug_option, open_workspace, report, say, settings_from
from pixdesk.cli.terminal import answer_text, json_text, printable
from pixdesk.errors import KnownError
from pixdesk.files import safe_filename
from pixdesk.services.history import ConversationSummary
from pixdesk.services.quota import QuotaScheduler
from pixdesk.services.workspace import EXPORT_FORMATS, Workspace

EXIT_NOT_FOUND = 2
_STATUS_WORDS = {
    "interrupted": "interrupted — pixdesk stopped before the answer ended",
    "stopped": "stopped before the end",
    "failed": "failed",
    "streaming": "still being written",
}


def add_parser(commands: Commands) -> None:
    history = commands.add_parser("history", help="conversations recorded by pixdesk")
    actions = history.add_subparsers(dest="history_command", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="conversations, newest first")
    listing.add_argument("--json", action="store_true")
    add_debug_option(listing)
    show = actions.add_parser("show", help="one conversation, with its audit fields")
    _which_conversation(show)
    show.add_argument("--json", action="store_true")
    add_debug_option(show)
    export = actions.add_parser(
        "export",
        help="write one conversation to a file",
        description="md: a Markdown file plus an images/ folder, in the folder --out; html: one "
        "self-contained file (images inline, no scripts); json: everything, for `pixdesk history import`.",
    )
    _which_conversation(export)
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    export.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help="md: a folder; html and json: a file (or a folder to write <title>.html|json in)",
    )
    add_debug_option(export)
    redactions = actions.add_parser(
        "redactions",
        help="the redactions saved for a file (applied wherever it is used)",
        description="Redactions made in a review belong to the file (by its contents, wherever it lives) and are "
        "burned into whatever is sent from it: in the window, `pixdesk ask` and `pixdesk batch` (unless "
        "--no-saved-redactions). Boxes are x,y,width,height in the page's full-resolution pixels.",
    )
    redactions.add_argument("file", metavar="FILE", help="an image or a document")
    redactions.add_argument("--json", action="store_true")
    add_debug_option(redactions)
    importing = actions.add_parser("import", help="add a conversation from a JSON export, as a new one")
    importing.add_argument("file", metavar="FILE", help="a file written by `pixdesk history export --format json`")
    add_debug_option(importing)


def _which_conversation(command: argparse.ArgumentParser) -> None:
    which = command.add_mutually_exclusive_group(required=True)
    which.add_argument("id", nargs="?", type=int, help="conversation number (from history list)")
    which.add_argument("--last", action="store_true", help="the most recent conversation")


def run(args: argparse.Namespace) -> int:
    workspace = open_workspace(settings_from({}), QuotaScheduler())
    try:
        # History retention as the organisation set it (a command has only the policy's settings):
        # what is too old never shows here. (`ask` and `batch` only add; they leave it to these.)
        workspace.delete_old_conversations_now()
        return asyncio.run(_run(workspace, args))
    finally:
        workspace.close()


async def _run(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.history_command == "list":
        return await _list(workspace, args.json)
    if args.history_command == "import":
        return await _import(workspace, Path(args.file), args.debug)
    if args.history_command == "redactions":
        return await _redactions(workspace, args.file, args.json, args.debug)
    conversation_id = await workspace.last_conversation_id() if args.last else args.id
    summary = await workspace.conversation(conversation_id) if conversation_id is not None else None
    if summary is None:
        say("there is no such conversation. See `pixdesk history list`.")
        return EXIT_NOT_FOUND
    if args.history_command == "export":
        return await _export(workspace, summary, args.format, Path(args.out), args.debug)
    return await _show(workspace, summary, args.json)


async def _list(workspace: Workspace, as_json: bool) -> int:
    conversations = (await workspace.conversations()).conversations
    if as_json:
        print(json_text([asdict(c) for c in conversations]))
    elif not conversations:
        print("No conversations yet.")
    for c in conversations if not as_json else ():
        print(f"{c.id:>5}  {c.updated_at[:16].replace('T', ' ')}  {c.message_count:>3} messages  {printable(c.title)}")
    return EXIT_OK


async def _show(workspace: Workspace, summary: ConversationSummary, as_json: bool) -> int:
    messages = await workspace.messages(summary.id)
    if as_json:
        print(json_text({"conversation": asdict(summary), "messages": [asdict(m) for m in messages]}))
        return EXIT_OK
    print(f"# {printable(summary.title)}\n")
    for message in messages:
        who = "You" if message.role == "user" else "Pixtral Large"
        images = "".join(
            f"  [image: {printable(a.source_name or a.sha256[:12])}, {a.format.upper()} {a.width}×{a.height}]\n"
            for a in message.attachments
        )
        note = _STATUS_WORDS.get(message.status)
        print(f"## {who}{f' ({note})' if note else ''}\n{images}{answer_text(message.text)}\n")
    return EXIT_OK


async def _export(workspace: Workspace, summary: ConversationSummary, file_format: str, out: Path, debug: bool) -> int:
    if file_format != "md" and out.is_dir():  # md always writes into a folder; html and json into one if given
        out = out / f"{safe_filename(summary.title, summary.id)}.{file_format}"
    try:
        path = await workspace.export_conversation(summary.id, out, file_format)
    except KnownError as error:
        return report(error, debug)
    print(printable(str(path)))
    return EXIT_OK


async def _import(workspace: Workspace, path: Path, debug: bool) -> int:
    try:
        conversation_id = await workspace.import_conversation(path)
    except KnownError as error:
        return report(error, debug)
    summary = await workspace.conversation(conversation_id)
    assert summary is not None  # (just imported)
    count = summary.message_count
    print(
        f"Imported as conversation {conversation_id}: {printable(summary.title)} ({count} message{'s' * (count != 1)})"
    )
    return EXIT_OK


async def _redactions(workspace: Workspace, path: str, as_json: bool, debug: bool) -> int:
    try:
        saved = await workspace.saved_redaction_list(path)
    except KnownError as error:
        return report(error, debug)
    except OSError as error:
        say(f"cannot read {path}: {error.strerror or error}.")
        return EXIT_NOT_FOUND
    if as_json:
        print(json_text([{"page": r.page + 1, "box": list(r.box), "created_at": r.created_at} for r in saved]))
        return EXIT_OK
    name = printable(Path(path).name)
    if not saved:
        print(f"No redactions are saved for {name}.")
        return EXIT_OK
    print(f"{len(saved)} saved redaction{'s' if len(saved) != 1 else ''} for {name} (x,y,width,height in pixels):")
    for redaction in saved:
        x, y, w, h = redaction.box
        print(f"  page {redaction.page + 1:>3}  {x},{y},{w},{h}  saved {redaction.created_at[:16].replace('T', ' ')}")
    return EXIT_OK
