"""`pixdesk check-update`: is there a newer pixdesk? One look at the release page (the catalog's,
or PIXDESK_RELEASE_FEED_URL's); nothing is downloaded or installed. Exit code 0 when the page
answered (newer, same or older), 5 when it could not be read."""

from __future__ import annotations

import argparse

from pixdesk import __version__
from pixdesk.cli.support import EXIT_OK, Commands, add_debug_option, say, settings_from
from pixdesk.cli.terminal import answer_text, json_text, printable
from pixdesk.errors import Kind
from pixdesk.services.choices import Choices
from pixdesk.services.updates import Outcome, check_for_update

EXIT_NO_ANSWER = Kind.CONNECTION_FAILED.exit_code


def add_parser(commands: Commands) -> None:
    parser = commands.add_parser(
        "check-update", help="look for a newer version of pixdesk (downloads nothing, installs nothing)"
    )
    parser.add_argument("--json", action="store_true", help="the answer as JSON, with the release notes")
    add_debug_option(parser)


def run(args: argparse.Namespace) -> int:
    proxy = Choices(settings_from({})).proxy()  # as `pixdesk ask` reaches Bedrock (this computer's policy)
    result = check_for_update(proxy=proxy)
    release = result.release
    if args.json:
        print(
            json_text(
                {
                    "outcome": result.outcome.value,
                    "message": result.message,
                    "current": __version__,
                    "latest": release.version if release else None,
                    "page": release.page if release else None,
                    "notes": release.notes if release else None,
                }
            )
        )
    elif result.outcome is Outcome.NEWER and release is not None:
        print(printable(result.message))
        print(f"Download it from {printable(release.page)}")
        if release.notes.strip():
            print()
            print(answer_text(release.notes.strip()))  # untrusted text from the web: printed safely
    elif result.reached_feed and result.outcome is not Outcome.MALFORMED:
        print(printable(result.message))
    else:
        say(result.message)
        if args.debug and result.detail:
            say(f"details: {result.detail}")
    return EXIT_OK if result.outcome in (Outcome.NEWER, Outcome.SAME, Outcome.OLDER) else EXIT_NO_ANSWER
