"""A quicker answer to the question PySide6 asks of every module imported after it.

For its opt-in `__feature__` switches (which pixdesk does not use), shiboken's import hook asks of
each newly imported module whether it uses PySide6, by reading the module's source with
`inspect.getsource` and searching it for "PySide6". inspect finds the file, reads its encoding,
decodes it and splits it into lines: ~0.13 ms a module, ~19 ms of the window's start (151 modules
between Qt's import and the first frame, measured). The same search in the file's bytes costs a
tenth of that.

`install` puts that search in place of shiboken's private `_mod_uses_pyside`, with the same
answer: a module whose file is not Python source (compiled only, built in, frozen in the
installed app) is still asked the original way. If a later PySide6 has no such function, nothing
is replaced and nothing changes. Importing this module installs it: import it first, right after
Qt, as pixdesk.app does."""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib.machinery import EXTENSION_SUFFIXES as EXTENSIONS
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - shiboken's support modules are loaded with Qt's first one

MARK = b"PySide6"  # what shiboken searches a module's source for
EXTENSION_SUFFIXES = tuple(EXTENSIONS)  # ".cpython-311-x86_64-linux-gnu.so", ".abi3.so", ".pyd"…
FEATURE_MODULE = "shibokensupport.feature"
CHECK = "_mod_uses_pyside"


def source_mentions_pyside(module: ModuleType, ask_inspect: Callable[[ModuleType], bool]) -> bool:
    """Whether the module's source file has "PySide6" in it; modules that are not a `.py` file
        (or cannot be read) are left to `ask_inspect`, shiboken's own check, except compiled extension
    modules: they have no source, and inspect's search for one is the slow part."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(EXTENSION_SUFFIXES):
        return False  # compiled code (Qt's own modules among them): inspect finds no source either
    if not isinstance(path, str) or not path.endswith(".py"):
        return ask_inspect(module)
    try:
        with open(path, "rb") as source:
            return MARK in source.read()
    except OSError:
        return ask_inspect(module)


def install() -> bool:
    """Replace shiboken's check (once). True if it is in place now."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, CHECK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "pixdesk_quick_check", False):
        return True

    def quick_check(module: ModuleType) -> bool:
        return source_mentions_pyside(module, original)

    quick_check.pixdesk_quick_check = True  # type: ignore[attr-defined]
    setattr(feature, CHECK, quick_check)
    return True


install()
