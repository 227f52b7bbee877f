"""`pixdesk ask|batch|history` in the terminal. The same services as the window; no Qt.

One module per command, each with `add_parser(commands)` (its argparse) and `run(args)` (what it
does, and its exit code); `support` holds what they share (checked options, --debug, how a line
is said), `terminal` makes untrusted text safe to print. pixdesk.entry calls `main`."""

from __future__ import annotations

import argparse
from typing import Protocol

from pixdesk import __version__
from pixdesk.cli import ask, batch, check_update, history, sign_in
from pixdesk.cli.support import EXIT_BUG, EXIT_INTERRUPTED, EXIT_OK, Commands, Parser, report, report_bug, say
from pixdesk.errors import KnownError
from pixdesk.logs import setup_cli_logging

__all__ = ["COMMANDS", "EXIT_BUG", "EXIT_INTERRUPTED", "EXIT_OK", "main"]


class _Command(Protocol):
    """What each command's module offers."""

    def add_parser(self, commands: Commands) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


# command → its module; listed in this order
_COMMAND_MODULES: dict[str, _Command] = {
    "ask": ask,
    "batch": batch,
    "history": history,
    "check-update": check_update,
    "sign-in": sign_in,
}
COMMANDS = tuple(_COMMAND_MODULES)


def _parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="pixdesk",
        description="Ask Pixtral Large on Amazon Bedrock "
        "about screenshots and scanned documents. With no command, opens the window; "
        "`pixdesk --self-test` checks this installation without AWS.",
    )
    parser.add_argument("--version", action="version", version=f"pixdesk {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in _COMMAND_MODULES.values():
        command.add_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    setup_cli_logging(args.debug)  # library warnings go to the log, not to the person (unless --debug)
    try:
        return _COMMAND_MODULES[args.command].run(args)
    except KeyboardInterrupt:
        say("stopped.")
        return EXIT_INTERRUPTED
    except KnownError as error:  # (one a command did not expect, e.g. a setting the organisation locked)
        return report(error, args.debug)
    except Exception as exc:  # noqa: BLE001 - a bug: say so plainly, details only on request
        report_bug(exc, args.debug)
        return EXIT_BUG
