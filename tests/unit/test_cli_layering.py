"""The CLI reaches the history store only through the Workspace: no module of pixdesk.cli imports
pixdesk.store (directly; services may). (pixdesk.imaging is still imported by `ask`: not yet.)"""

from __future__ import annotations

import ast
from pathlib import Path

import pixdesk.cli

CLI = Path(pixdesk.cli.__file__).parent


def _imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_cli_modules_do_not_import_the_store():
    modules = sorted(CLI.glob("*.py"))
    assert {m.stem for m in modules} >= {"__init__", "ask", "batch", "history", "support"}
    offenders = {
        m.name: sorted(n for n in _imported(m) if n == "pixdesk.store" or n.startswith("pixdesk.store."))
        for m in modules
    }
    assert {name: found for name, found in offenders.items() if found} == {}


def test_cli_commands_open_a_workspace():
    """Every command that touches the history gets there through support.open_workspace."""
    for command in ("ask", "batch", "history"):
        assert "pixdesk.cli.support.open_workspace" in _imported(CLI / f"{command}.py"), command
