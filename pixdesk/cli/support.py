"""What `pixdesk ask`, `batch` and `history` share: the exit codes every command can end with,
numeric options checked as they are parsed, --debug on every command, how a line is said to the
person (on stderr, printable), and the one Workspace a command reaches everything through."""

from __future__ import annotations

import argparse
import math
import sys
import traceback
from collections.abc import Callable
from typing import Any, NoReturn, TypeAlias

from pixdesk import catalog
from pixdesk.cli.terminal import printable
from pixdesk.errors import Kind, KnownError, bad_input
from pixdesk.logs import for_terminal
from pixdesk.managed import machine_policy
from pixdesk.services.abandonable import AbandonableExecutor
from pixdesk.services.quota import QuotaScheduler
from pixdesk.services.workspace import Workspace
from pixdesk.settings import Settings

# How any command may end; a KnownError ends it with its kind's code, and a command may add its own.
EXIT_OK, EXIT_INTERRUPTED, EXIT_BUG = 0, 130, Kind.SERVICE_ERROR.exit_code


class Parser(argparse.ArgumentParser):
    """argparse, with its error line made printable: it echoes what was typed (an unknown
    option, a bad value), which may be a file name holding escape sequences. Subcommands'
    parsers are of this class too (argparse makes them of their parent's class)."""

    def error(self, message: str) -> NoReturn:
        super().error(printable(message))


Commands: TypeAlias = "argparse._SubParsersAction[Parser]"  # where each command adds its parser (`pixdesk COMMAND`)


class Checked(argparse.Action):
    """An option whose text `check` turns into its value, or refuses with a ValueError saying
    what is allowed; the refusal is argparse's usage error (exit code 2), before anything runs.
    (Defaults are not checked: they are ours.)"""

    def __init__(self, option_strings: list[str], dest: str, check: Callable[[str], Any], **kwargs: Any) -> None:
        super().__init__(option_strings, dest, **kwargs)
        self.check = check

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        try:
            setattr(namespace, self.dest, self.check(values))
        except ValueError as refusal:
            parser.error(f"{option_string} {refusal}")


def whole_number(low: int, high: int | None = None) -> Callable[[str], int]:
    allowed = f"a whole number from {low:,} to {high:,}" if high is not None else f"a whole number, at least {low:,}"

    def check(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or value < low or (high is not None and value > high):
            raise ValueError(f"must be {allowed}, not {text}.")
        return value

    return check


def number_between(low: float, high: float) -> Callable[[str], float]:
    def check(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if not low <= value <= high:  # also refuses nan
            raise ValueError(f"must be a number from {low:g} to {high:g}, not {text}.")
        return value

    return check


def positive_number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0 < value < math.inf:
        raise ValueError(f"must be a number above 0, not {text}.")
    return value


MAX_TOKENS = whole_number(1, catalog.LIMITS.max_output_tokens)
TEMPERATURE = number_between(*catalog.LIMITS.temperature_range)


def quota(text: str) -> tuple[int, int]:
    """--quota REQUESTS,TOKENS: a minute's requests and tokens, each at least 1."""
    default = catalog.DEFAULT_QUOTA
    parts = text.split(",")
    try:
        requests, tokens = (int(part) for part in parts)
    except ValueError:
        requests = tokens = 0
    if requests < 1 or tokens < 1:
        raise ValueError(
            f"is two numbers, requests and tokens a minute, each at least 1, e.g. "
            f"{default.requests_per_minute},{default.tokens_per_minute}; not {text}."
        )
    return requests, tokens


def add_debug_option(parser: argparse.ArgumentParser) -> None:
    """Every command takes --debug: the message for an unexpected failure advises it."""
    parser.add_argument(
        "--debug", action="store_true", help="show technical details of errors, and what is sent where (secrets hidden)"
    )


def say(message: str) -> None:
    """One line for the person, on stderr. File names inside it are shown escaped."""
    print(f"pixdesk: {printable(message)}", file=sys.stderr)


def report(error: KnownError, debug: bool = False) -> int:
    """A known failure as one sentence (and its technical detail with --debug); its exit code."""
    say(error.sentence())
    if error.kind is Kind.EXPIRED_CREDENTIALS:  # (the window's sentence names its button; here, the command)
        print("  To sign in again from here: pixdesk sign-in --profile NAME", file=sys.stderr)
    if debug and error.detail:
        print(f"  details: {for_terminal(error.detail)}", file=sys.stderr)
    return error.kind.exit_code


def report_bug(exc: BaseException, debug: bool) -> None:
    """Not a KnownError: a bug. Said plainly; the traceback only with --debug, redacted."""
    say(f"something unexpected went wrong ({type(exc).__name__}). Run again with --debug for details.")
    if debug:
        text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        print(for_terminal(text), end="", file=sys.stderr)


def settings_from(values: dict[str, Any]) -> Settings:
    """The settings of one command: the declared defaults under this computer's managed settings
    (pixdesk.managed), with what the command line gave (None: not given). Kept in memory only: a
    command neither reads nor changes the window's settings. KnownError (bad input) for a value
    the organisation does not allow."""
    settings = Settings(policy=machine_policy())
    for key, value in values.items():
        if value is not None:
            try:
                settings.set(key, value)
            except ValueError as refusal:
                raise bad_input(str(refusal)) from None
    return settings


def open_workspace(settings: Settings, scheduler: QuotaScheduler) -> Workspace:
    """The command's one way into the engine, the history (in its default folder), the quota and
    the settings. Its executor's work is abandoned on Ctrl+C (see pixdesk.services.abandonable);
    close() it when the command ends."""
    return Workspace.open(settings, AbandonableExecutor(), scheduler=scheduler)
