"""The global capture shortcut's decisions, on every platform: which mechanism each platform gets
(or the sentence saying it has none), which shortcuts are refused and why, and a shortcut's keys as
X11, Win32 and macOS want them. The native calls themselves run only on their platform (X11:
test_global_shortcut_x11.py)."""

from __future__ import annotations

import pytest

from pixdesk.settings import GLOBAL_CAPTURE_SHORTCUT, WINDOW_CAPTURE_SHORTCUT, Settings
from pixdesk.ui import global_shortcut
from pixdesk.ui.global_shortcut import (
    GlobalShortcut,
    Refusal,
    backend_for,
    no_desktop,
    off,
    wayland,
)
from pixdesk.ui.global_shortcut import keys as k

WAYLAND, NO_DESKTOP, OFF = wayland(), no_desktop(), off()  # in English: no translation is installed


@pytest.mark.parametrize(
    ("system", "qt_platform", "environment", "expected"),
    [
        ("Windows", "windows", {}, "windows"),
        ("Darwin", "cocoa", {}, "macos"),
        ("Linux", "xcb", {"DISPLAY": ":0"}, "x11"),
        ("Linux", "wayland", {"WAYLAND_DISPLAY": "wayland-0"}, WAYLAND),
        ("Linux", "wayland-egl", {}, WAYLAND),
        # XWayland: the grab would see keys only while an X11 window has the focus
        ("Linux", "xcb", {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, WAYLAND),
        ("Linux", "xcb", {"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, WAYLAND),
        ("Linux", "offscreen", {}, NO_DESKTOP),
        ("FreeBSD", "xcb", {"DISPLAY": ":0"}, "x11"),
    ],
)
def test_each_platform_gets_its_own_mechanism_or_a_sentence(system, qt_platform, environment, expected):
    choice = backend_for(system, qt_platform, environment)
    assert choice == expected
    assert isinstance(choice, Refusal) == (expected in (WAYLAND, NO_DESKTOP))


def test_the_refusals_are_plain_words_that_point_at_what_still_works():
    for sentence in (WAYLAND, NO_DESKTOP):
        assert WINDOW_CAPTURE_SHORTCUT in sentence  # the in-window shortcut still captures
        assert sentence.endswith(".")
        for jargon in ("XGrabKey", "hotkey", "compositor", "portal", "X11"):
            assert jargon not in sentence
    assert "Wayland" in WAYLAND  # the name the person may look up, once


def test_the_default_global_shortcut_differs_from_the_window_one_and_is_accepted():
    # Ctrl+Shift+S is "Save as" in most programs: a global grab would take it from all of them.
    assert GLOBAL_CAPTURE_SHORTCUT != WINDOW_CAPTURE_SHORTCUT
    assert Settings({}).get("capture/global_shortcut") == GLOBAL_CAPTURE_SHORTCUT
    chord = k.parse(GLOBAL_CAPTURE_SHORTCUT)
    assert chord is not None


@pytest.mark.parametrize("text", ["S", "Ctrl+S", "Alt+S", "Shift+S", "Print", "Ctrl+Alt", "Ctrl+Alt+S, Ctrl+Alt+D"])
def test_shortcuts_that_would_take_keys_from_other_programs_are_refused(text):
    with pytest.raises(k.ShortcutProblem) as refused:
        k.parse(text)
    assert str(refused.value).endswith(".")


def test_an_empty_shortcut_means_none():
    assert k.parse("") is None
    assert k.parse("  ") is None


@pytest.mark.parametrize(
    ("text", "x11", "win32", "mac"),
    [
        # X11: keysym XK_s, ControlMask|Mod1Mask. Win32: VK 'S', MOD_CONTROL|MOD_ALT|MOD_NOREPEAT.
        # macOS: kVK_ANSI_S, cmdKey|optionKey (Qt's Ctrl is ⌘ there).
        ("Ctrl+Alt+S", (0x73, 4 | 8), (0x53, 0x2 | 0x1 | 0x4000), (0x01, 0x100 | 0x800)),
        ("Ctrl+Shift+A", (0x61, 4 | 1), (0x41, 0x2 | 0x4 | 0x4000), (0x00, 0x100 | 0x200)),
        ("Meta+Alt+7", (0x37, 64 | 8), (0x37, 0x8 | 0x1 | 0x4000), (0x1A, 0x1000 | 0x800)),
        ("Ctrl+F12", (0xFFC9, 4), (0x7B, 0x2 | 0x4000), (0x6F, 0x100)),
        ("Shift+Print", (0xFF61, 1), (0x2C, 0x4 | 0x4000), None),  # macOS keyboards have no Print key
        ("Ctrl+Alt+Space", (0x20, 4 | 8), (0x20, 0x2 | 0x1 | 0x4000), (0x31, 0x100 | 0x800)),
        ("Ctrl+Alt+M", (0x6D, 4 | 8), (0x4D, 0x2 | 0x1 | 0x4000), (0x2E, 0x100 | 0x800)),
    ],
)
def test_a_shortcut_as_each_platform_wants_it(text, x11, win32, mac):
    chord = k.parse(text)
    assert chord is not None
    assert k.x11_grab(chord) == x11
    assert k.win32_hotkey(chord) == win32
    if mac is None:
        with pytest.raises(k.ShortcutProblem):
            k.mac_hotkey(chord)
    else:
        assert k.mac_hotkey(chord) == mac


def test_every_letter_and_digit_has_a_key_of_its_own_on_each_platform():
    chords = [k.parse(f"Ctrl+Alt+{c}") for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"]
    for convert in (k.x11_grab, k.win32_hotkey, k.mac_hotkey):
        assert len({convert(chord)[0] for chord in chords if chord is not None}) == 36


def test_the_x11_grab_ignores_caps_lock_and_num_lock():
    assert set(k.X11_IGNORED_LOCKS) == {0, 2, 16, 2 | 16}


def test_a_key_the_platforms_cannot_grab_is_refused_in_words():
    chord = k.parse("Ctrl+Alt+F30")
    assert chord is not None
    with pytest.raises(k.ShortcutProblem, match="letter, a digit"):
        k.win32_hotkey(chord)


class FakeRegistration:
    def __init__(self, log):
        self.log = log

    def unregister(self):
        self.log.append("unregistered")


def test_the_shortcut_registers_once_says_whether_it_works_and_lets_go(qapp, monkeypatch):
    log: list = []

    def register(chord, callback):
        log.append(("registered", chord.text))
        log.append(callback)
        return FakeRegistration(log)

    monkeypatch.setattr(global_shortcut, "_register_function", lambda backend: register)
    shortcut = GlobalShortcut(backend="x11")
    pressed: list = []
    shortcut.activated.connect(lambda: pressed.append(True))
    assert "captures from any program" in shortcut.apply("Ctrl+Alt+S")
    assert shortcut.works
    log[1]()  # the platform reports the key press
    assert pressed == [True]
    assert shortcut.apply("") == OFF  # cleared: let go, nothing registered
    assert log[2] == "unregistered"
    assert not shortcut.works
    assert "two of Ctrl, Alt and Shift" in shortcut.apply("Ctrl+S")  # refused before the platform is asked
    assert len(log) == 3


def test_a_shortcut_another_program_holds_is_said_in_settings(qapp, monkeypatch):
    def taken(chord, callback):
        raise k.ShortcutProblem(f"Another program already uses {chord.text}. Choose another shortcut.")

    monkeypatch.setattr(global_shortcut, "_register_function", lambda backend: taken)
    shortcut = GlobalShortcut(backend="windows")
    assert shortcut.apply("Ctrl+Alt+S") == "Another program already uses Ctrl+Alt+S. Choose another shortcut."
    assert not shortcut.works


def test_on_wayland_the_shortcut_is_never_registered_and_settings_says_why(qapp, monkeypatch):
    monkeypatch.setattr(global_shortcut, "_register_function", lambda backend: pytest.fail("registered on Wayland"))
    shortcut = GlobalShortcut(backend=backend_for("Linux", "wayland", {}))
    assert shortcut.apply("Ctrl+Alt+S") == WAYLAND
    assert shortcut.check("Ctrl+Alt+D") == WAYLAND
    assert shortcut.refusal == WAYLAND
