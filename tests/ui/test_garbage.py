"""The window's own garbage collection: automatic collection off at once, the start-up's objects
set aside only once the window is up (that first full collection is a pause the start-up should
not pay for), and everything as before when it stops."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject

from pixdesk.ui import garbage


def test_start_up_objects_are_set_aside_after_the_window_is_up_not_before(qtbot, monkeypatch):
    monkeypatch.setattr(garbage, "FREEZE_AFTER_MS", 50)
    owner = QObject()
    collected = []
    monkeypatch.setattr(garbage.gc, "collect", lambda *generation: collected.append(generation) or 0)
    collector = garbage.MainThreadGarbageCollector(owner)
    try:
        assert not gc.isenabled()
        assert collected == [] and gc.get_freeze_count() == 0  # nothing walked while starting
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0)
        assert collected == [()]  # one full collection, then frozen
    finally:
        monkeypatch.undo()
        collector.stop()
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    gc.disable()  # (as the test suite keeps it: see conftest)


def test_the_window_command_turns_automatic_collection_off_before_loading_qt():
    """Checked in a fresh process: `pixdesk` (the window) disables the collector before it imports
    the app, so the start-up's imports are not walked again and again."""
    import subprocess
    import sys

    code = (
        "import gc, sys\n"
        "from pixdesk import entry\n"
        "import pixdesk\n"
        "class Stop(Exception): pass\n"
        "def stop_at_app(name, *a, **k):\n"
        "    if name == 'pixdesk' and a and a[2] and 'app' in a[2]:\n"
        "        print('enabled at app import:', gc.isenabled()); raise Stop\n"
        "    return real(name, *a, **k)\n"
        "import builtins; real = builtins.__import__; builtins.__import__ = stop_at_app\n"
        "try:\n    entry.main([])\nexcept Stop:\n    pass\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "enabled at app import: False" in result.stdout, result.stdout + result.stderr
