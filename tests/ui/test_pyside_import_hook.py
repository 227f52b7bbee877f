"""shiboken asks of every module imported after Qt whether it uses PySide6; pixdesk answers the
same question more quickly (pixdesk.ui.pyside_import_hook). The answer must stay the same."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
import types

import pytest

from pixdesk.ui import pyside_import_hook
from pixdesk.ui.pyside_import_hook import source_mentions_pyside


def as_shiboken_asks(module: types.ModuleType) -> bool:
    """shiboken's own question (shibokensupport.feature._mod_uses_pyside): its source, read by
    inspect, mentions PySide6; no source found means no."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_every_loaded_module_gets_the_answer_shiboken_would_give():
    modules = [module for module in list(sys.modules.values()) if isinstance(module, types.ModuleType)]
    assert len(modules) > 200
    differ = [
        module.__name__
        for module in modules
        if source_mentions_pyside(module, as_shiboken_asks) != as_shiboken_asks(module)
    ]
    assert differ == []
    answers = {source_mentions_pyside(module, as_shiboken_asks) for module in modules}
    assert answers == {True, False}  # (both kinds were asked)


def test_a_source_that_cannot_be_read_is_left_to_shibokens_own_check(tmp_path):
    module = types.ModuleType("gone")
    module.__file__ = str(tmp_path / "gone.py")  # imported, then its file was removed
    asked = []
    assert source_mentions_pyside(module, lambda m: asked.append(m) or True) is True
    assert asked == [module]


def test_compiled_modules_have_no_source_to_search():
    from PySide6 import QtCore

    assert source_mentions_pyside(QtCore, lambda m: pytest.fail("inspect was asked")) is False


def test_without_shibokens_check_nothing_is_replaced(monkeypatch):
    later_pyside = types.ModuleType("shibokensupport.feature")  # a PySide6 that checks otherwise
    monkeypatch.setitem(sys.modules, pyside_import_hook.FEATURE_MODULE, later_pyside)
    assert pyside_import_hook.install() is False
    assert not hasattr(later_pyside, pyside_import_hook.CHECK)


# In a fresh process, as the window starts: the check is in place once pixdesk.app is imported,
# and the window's modules are recorded as shiboken's own check records them.
_STARTED = """
import json, sys
import pixdesk.app, pixdesk.ui.main_window
feature = sys.modules["shibokensupport.feature"]
check = feature._mod_uses_pyside
print(json.dumps({
    "ours": getattr(check, "pixdesk_quick_check", False),
    "composer": feature.pyside_feature_dict.get("pixdesk.ui.composer"),
    "domain": feature.pyside_feature_dict.get("pixdesk.domain"),
}))
"""


def test_the_window_start_uses_the_quick_check_and_records_the_same_answers():
    done = subprocess.run([sys.executable, "-c", _STARTED], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"ours": True, "composer": 0, "domain": -1}  # 0: uses PySide6; -1: ignored
