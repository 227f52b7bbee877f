"""What `pixdesk ask` and `pixdesk batch` say about the redactions saved for their files: the
option that turns them off, and the look-up before anything is prepared."""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence

from pixdesk.cli.support import say
from pixdesk.services.saved_redactions import FileRedactions, applied_sentence, lookup_files, not_applied_sentence


def add_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--no-saved-redactions",
        action="store_true",
        help="send the files without the redactions saved for them in a review (they are applied by default; "
        "`pixdesk history redactions FILE` lists them)",
    )


def look_up(paths: Sequence[str], ignore: bool) -> dict[str, FileRedactions]:
    """The saved redactions to apply (path as given → its redactions). With `ignore`
    (--no-saved-redactions), none — and it says which files then go out without theirs.
    KnownError if the history cannot be read: sending blind could leak what was redacted."""
    if not ignore:
        return lookup_files(paths)
    try:
        found = lookup_files(paths)
    except Exception:  # noqa: BLE001 - the person opted out: an unreadable history must not stop them
        say("saved redactions NOT applied (--no-saved-redactions).")
        return {}
    for saved in found.values():
        say(not_applied_sentence(saved.count, saved.name))
    if not found:
        say("saved redactions NOT applied (--no-saved-redactions); none are saved for these files.")
    return {}


def say_applied(found: Mapping[str, FileRedactions]) -> None:
    """For a batch: each file's saved redactions, once, before the run (they go into every item of it)."""
    for saved in found.values():
        say(applied_sentence(saved.count, saved.name))
