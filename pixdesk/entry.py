"""The `pixdesk` command: a subcommand runs in the terminal, anything else opens the window.

Kept tiny so that `pixdesk ask …` never pays for importing Qt."""

from __future__ import annotations

import gc
import os
import sys

from pixdesk import __version__

# The CLI's command names, here rather than from pixdesk.cli: importing the CLI's modules (boto3,
# imaging) would cost the window's start a third of a second. tests/unit check they agree.
CLI_COMMANDS = ("ask", "batch", "history", "check-update", "sign-in")


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # (only there: multiprocessing costs the window's start ~10 ms)
        import multiprocessing

        multiprocessing.freeze_support()  # image workers are processes; a frozen app must let them start
    for stream in ("stdout", "stderr"):
        if getattr(sys, stream) is None:  # the windowed Windows program has no console (pixdesk-cli.exe has)
            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process
    args = sys.argv[1:] if argv is None else argv
    if args[:1] in (["--version"], ["-V"]):
        print(f"pixdesk {__version__}")
        return 0
    if args[:1] == ["--self-test"]:
        from pixdesk import app

        return app.self_test()
    if args[:1] and (args[0] in CLI_COMMANDS or args[0] in ("-h", "--help")):
        from pixdesk import cli
        from pixdesk.services.abandonable import leave

        return leave(cli.main(args))  # after Ctrl+C, work left behind must not crash the exit
    # The window collects garbage itself, on its own thread (pixdesk.ui.garbage): from here on the
    # automatic collector would only walk the start-up's tens of thousands of new objects again
    # and again while Qt and the services load.
    gc.disable()
    from pixdesk import app  # Qt is imported only when the window is wanted

    return app.main(args)


if __name__ == "__main__":
    raise SystemExit(main())
