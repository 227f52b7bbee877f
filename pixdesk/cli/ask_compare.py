"""`pixdesk ask --compare BEFORE AFTER`: the two screenshots and a third showing what changed
between them, sent with the question (-q, or the template when none is given)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from pixdesk.cli import saved_redactions
from pixdesk.cli.support import say
from pixdesk.errors import bad_input
from pixdesk.services import compare
from pixdesk.services.images import Prepared, Resolution
from pixdesk.services.saved_redactions import applied_sentence


def add_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--compare",
        nargs=2,
        metavar=("BEFORE", "AFTER"),
        help="compare two screenshots (before and after, or expected and actual): sends both and a third image "
        "with the changed pixels marked; one may be a part or a scrolled view of the other. Without -q, asks: "
        f'"{compare.TEMPLATE}"',
    )


def prepare(args: argparse.Namespace, redactions: Sequence[tuple[int, int, int, int]]) -> list[Prepared]:
    """Before, after and what changed, ready to send; sets args.question (the template when
    -q was not given, with what the third image shows after it). KnownError for bad input."""
    for given, option in ((args.images, "other images"), (args.pages, "--pages"), (args.crop, "--crop")):
        if given:
            raise bad_input(f"--compare takes two whole screenshots; it cannot be combined with {option}.")
    if args.tiles:
        raise bad_input("--compare takes two whole screenshots; it cannot be combined with --fine-print.")
    before, after = args.compare
    # The redactions saved for either file in a review are burned in before comparing, like --redact:
    # what they cover never reaches the comparison, nor the third image.
    saved = saved_redactions.look_up([before, after], args.no_saved_redactions)
    boxes = [[*redactions, *(saved[path].on(0) if path in saved else ())] for path in (before, after)]
    for found in saved.values():
        say(applied_sentence(len(found.on(0)), found.name))
    prepared, result = compare.prepare_comparison(before, after, Resolution(args.resolution), *boxes)
    say(result.sentence)
    args.question = compare.question(args.question, result)
    return prepared
