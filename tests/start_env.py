"""The environment of a pixdesk start of its own, for the tests and the benchmarks that start one."""

from __future__ import annotations

import os
from pathlib import Path


def isolated_start(home: Path, compiled: bool = False) -> dict[str, str]:
    """A home of its own under `home` (history, settings, logs, the single-instance socket),
    offscreen, no EC2 metadata lookups. `compiled`: from compiled bytecode kept under `home`, as
    an installed pixdesk runs (pip and PyInstaller compile it): what a timed start wants, after
    one warm-up start has filled that cache."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home),
        XDG_DATA_HOME=str(home),
        XDG_STATE_HOME=str(home),
        XDG_CACHE_HOME=str(home),
        AWS_EC2_METADATA_DISABLED="true",
    )
    if compiled:
        env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env
