"""`pixdesk history list|show|export|import`: what the store holds, for people and for scripts
(--json), and conversations out to Markdown, HTML or JSON files and back in from JSON."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from pixdesk.cli_support import report, say
from pixdesk.errors import KnownError
from pixdesk.store.export import export_html, export_json, export_markdown, import_json, safe_filename
from pixdesk.store.history import ConversationSummary, HistoryStore
from pixdesk.terminal import answer_text, json_text, printable

EXIT_OK, EXIT_NOT_FOUND = 0, 2
_STATUS_WORDS = {"interrupted": "interrupted — pixdesk stopped before the answer ended",
                 "stopped": "stopped before the end", "failed": "failed", "streaming": "still being written"}


def history_command(args: argparse.Namespace) -> int:
    with HistoryStore() as store:
        if args.history_command == "list":
            return _list(store, args.json)
        if args.history_command == "import":
            return _import(store, Path(args.file), args.debug)
        conversation_id = store.last_conversation_id() if args.last else args.id
        summary = store.conversation(conversation_id) if conversation_id is not None else None
        if summary is None:
            say("there is no such conversation. See `pixdesk history list`.")
            return EXIT_NOT_FOUND
        if args.history_command == "export":
            return _export(store, summary, args.format, Path(args.out), args.debug)
        return _show(store, summary, args.json)


def _list(store: HistoryStore, as_json: bool) -> int:
    conversations = store.conversations()
    if as_json:
        print(json_text([asdict(c) for c in conversations]))
    elif not conversations:
        print("No conversations yet.")
    for c in conversations if not as_json else ():
        print(f"{c.id:>5}  {c.updated_at[:16].replace('T', ' ')}  {c.message_count:>3} messages  {printable(c.title)}")
    return EXIT_OK


def _show(store: HistoryStore, summary, as_json: bool) -> int:
    messages = store.messages(summary.id)
    if as_json:
        print(json_text({"conversation": asdict(summary), "messages": [asdict(m) for m in messages]}))
        return EXIT_OK
    print(f"# {printable(summary.title)}\n")
    for message in messages:
        who = "You" if message.role == "user" else "Pixtral Large"
        images = "".join(f"  [image: {printable(a.source_name or a.sha256[:12])}, {a.format.upper()} "
                         f"{a.width}×{a.height}]\n" for a in message.attachments)
        note = _STATUS_WORDS.get(message.status)
        print(f"## {who}{f' ({note})' if note else ''}\n{images}{answer_text(message.text)}\n")
    return EXIT_OK


def _export(store: HistoryStore, summary: ConversationSummary, file_format: str, out: Path, debug: bool) -> int:
    try:
        if file_format == "md":
            path = export_markdown(store, summary.id, out)
        else:
            if out.is_dir():
                out = out / f"{safe_filename(summary.title, summary.id)}.{file_format}"
            path = (export_html if file_format == "html" else export_json)(store, summary.id, out)
    except KnownError as error:
        return report(error, debug)
    print(printable(str(path)))
    return EXIT_OK


def _import(store: HistoryStore, path: Path, debug: bool) -> int:
    try:
        conversation_id = import_json(store, path)
    except KnownError as error:
        return report(error, debug)
    summary = store.conversation(conversation_id)
    count = summary.message_count
    print(f"Imported as conversation {conversation_id}: {printable(summary.title)} "
          f"({count} message{'s' * (count != 1)})")
    return EXIT_OK
