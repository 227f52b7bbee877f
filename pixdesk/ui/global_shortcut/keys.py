"""A shortcut's text → what each platform's own API wants: X11 keysym + modifier mask, Win32
virtual key + MOD_ flags, macOS virtual key code + Carbon modifiers. Pure tables: nothing here
loads a native library, so the rules are tested on every platform.

Qt's names: ControlModifier is Ctrl on Windows/Linux and ⌘ on macOS; MetaModifier is the Windows
(Super) key on Windows/Linux and ⌃ on macOS. The tables follow that, so "Ctrl+Alt+S" means the
same fingers pixdesk shows in its menus on each platform."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence

from pixdesk.ui.i18n import translate

_Mod = Qt.KeyboardModifier
_MODIFIERS = (_Mod.ControlModifier, _Mod.AltModifier, _Mod.ShiftModifier, _Mod.MetaModifier)
_MODIFIER_KEYS = {Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Shift, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}
_FUNCTION_KEYS = {getattr(Qt.Key, f"Key_F{n}"): n for n in range(1, 25)}
_LONE_KEYS = {*_FUNCTION_KEYS, Qt.Key.Key_Print}  # keys no program types with: one modifier is enough


def _two_modifiers() -> str:
    return translate(
        "global_shortcut.keys",
        "Use at least two of Ctrl, Alt and Shift with a letter (for example Ctrl+Alt+S): with fewer, the "
        "shortcut would take that key away from every other program.",
    )


def _unknown_key() -> str:
    return translate(
        "global_shortcut.keys", "pixdesk cannot use that key outside its window. Choose a letter, a digit or F1–F12."
    )


@dataclass(frozen=True)
class Chord:
    """One key pressed with modifiers, as Qt names them."""

    key: Qt.Key
    modifiers: Qt.KeyboardModifier

    @property
    def text(self) -> str:
        """As this platform shows it (⌘⌥S on macOS, Ctrl+Alt+S elsewhere)."""
        return QKeySequence(QKeyCombination(self.modifiers, self.key)).toString(QKeySequence.SequenceFormat.NativeText)

    def has(self, modifier: Qt.KeyboardModifier) -> bool:
        return bool(self.modifiers & modifier)


class ShortcutProblem(ValueError):
    """The shortcut cannot be used; str(error) is the sentence for the person."""


def parse(text: str) -> Chord | None:
    """ "Ctrl+Alt+S" (Qt's portable text, as the setting stores it) → a Chord; None for an empty
    text (no shortcut); ShortcutProblem if it is not one usable key with modifiers."""
    if not text.strip():
        return None
    sequence = QKeySequence(text, QKeySequence.SequenceFormat.PortableText)
    if sequence.count() != 1:
        raise ShortcutProblem(
            translate(
                "global_shortcut.keys",
                "Choose one key with its modifiers (for example Ctrl+Alt+S), not several in a row.",
            )
        )
    combination = sequence[0]  # type: ignore[index]  # QKeySequence.operator[]: the stubs leave it out
    key, modifiers = combination.key(), combination.keyboardModifiers()
    if key in _MODIFIER_KEYS or key == Qt.Key.Key_unknown:
        raise ShortcutProblem(_two_modifiers())
    used = sum(1 for modifier in _MODIFIERS if modifiers & modifier)
    if used < (1 if key in _LONE_KEYS else 2):
        raise ShortcutProblem(_two_modifiers())
    return Chord(key, modifiers)


def _bits(chord: Chord, table: dict[Qt.KeyboardModifier, int]) -> int:
    """The chord's modifiers as one platform's bit flags (`table`: Qt modifier → that bit)."""
    flags = 0
    for modifier, bit in table.items():
        if chord.has(modifier):
            flags |= bit
    return flags


# --- X11 ---------------------------------------------------------------------------------------
# <X11/keysymdef.h> and <X11/X.h>
X11_SHIFT, X11_LOCK, X11_CONTROL, X11_MOD1, X11_MOD2, X11_MOD4 = 1, 2, 4, 8, 16, 64
_X11_MODIFIERS = {
    _Mod.ShiftModifier: X11_SHIFT,
    _Mod.ControlModifier: X11_CONTROL,
    _Mod.AltModifier: X11_MOD1,
    _Mod.MetaModifier: X11_MOD4,  # Super, where every desktop puts it
}
_X11_NAMED = {
    Qt.Key.Key_Print: 0xFF61,
    Qt.Key.Key_Space: 0x20,
    Qt.Key.Key_Insert: 0xFF63,
    Qt.Key.Key_Delete: 0xFFFF,
    Qt.Key.Key_Home: 0xFF50,
    Qt.Key.Key_End: 0xFF57,
    Qt.Key.Key_PageUp: 0xFF55,
    Qt.Key.Key_PageDown: 0xFF56,
    Qt.Key.Key_Left: 0xFF51,
    Qt.Key.Key_Up: 0xFF52,
    Qt.Key.Key_Right: 0xFF53,
    Qt.Key.Key_Down: 0xFF54,
    Qt.Key.Key_Pause: 0xFF13,
}
# NumLock (Mod2 on every usual keymap) and CapsLock must not stop the shortcut: grab each variant.
X11_IGNORED_LOCKS = (0, X11_LOCK, X11_MOD2, X11_LOCK | X11_MOD2)


def x11_grab(chord: Chord) -> tuple[int, int]:
    """(keysym, modifier mask) for XGrabKey."""
    key = chord.key.value
    if Qt.Key.Key_A.value <= key <= Qt.Key.Key_Z.value:
        keysym = key + 0x20  # XK_a…XK_z: the unshifted letter
    elif Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value:
        keysym = key  # XK_0…XK_9 are their ASCII codes
    elif chord.key in _FUNCTION_KEYS:
        keysym = 0xFFBE + _FUNCTION_KEYS[chord.key] - 1  # XK_F1
    elif chord.key in _X11_NAMED:
        keysym = _X11_NAMED[chord.key]
    else:
        raise ShortcutProblem(_unknown_key())
    return keysym, _bits(chord, _X11_MODIFIERS)


# --- Windows -----------------------------------------------------------------------------------
# winuser.h: RegisterHotKey's fsModifiers and the virtual-key codes
MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN, MOD_NOREPEAT = 0x1, 0x2, 0x4, 0x8, 0x4000
_WIN_MODIFIERS = {
    _Mod.AltModifier: MOD_ALT,
    _Mod.ControlModifier: MOD_CONTROL,
    _Mod.ShiftModifier: MOD_SHIFT,
    _Mod.MetaModifier: MOD_WIN,
}
_WIN_NAMED = {
    Qt.Key.Key_Print: 0x2C,  # VK_SNAPSHOT
    Qt.Key.Key_Space: 0x20,
    Qt.Key.Key_Insert: 0x2D,
    Qt.Key.Key_Delete: 0x2E,
    Qt.Key.Key_Home: 0x24,
    Qt.Key.Key_End: 0x23,
    Qt.Key.Key_PageUp: 0x21,
    Qt.Key.Key_PageDown: 0x22,
    Qt.Key.Key_Left: 0x25,
    Qt.Key.Key_Up: 0x26,
    Qt.Key.Key_Right: 0x27,
    Qt.Key.Key_Down: 0x28,
    Qt.Key.Key_Pause: 0x13,
}


def win32_hotkey(chord: Chord) -> tuple[int, int]:
    """(virtual key, fsModifiers) for RegisterHotKey; MOD_NOREPEAT: holding the keys captures once."""
    key = chord.key.value
    if Qt.Key.Key_A.value <= key <= Qt.Key.Key_Z.value or Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value:
        vk = key  # VK_A… and VK_0… are the upper-case ASCII codes, as Qt's
    elif chord.key in _FUNCTION_KEYS:
        vk = 0x70 + _FUNCTION_KEYS[chord.key] - 1  # VK_F1
    elif chord.key in _WIN_NAMED:
        vk = _WIN_NAMED[chord.key]
    else:
        raise ShortcutProblem(_unknown_key())
    return vk, MOD_NOREPEAT | _bits(chord, _WIN_MODIFIERS)


# --- macOS -------------------------------------------------------------------------------------
# Carbon's Events.h: modifier bits and the kVK_ codes (positions on the keyboard, named after ANSI)
MAC_CMD, MAC_SHIFT, MAC_OPTION, MAC_CONTROL = 1 << 8, 1 << 9, 1 << 11, 1 << 12
_MAC_MODIFIERS = {
    _Mod.ControlModifier: MAC_CMD,  # Qt's Ctrl is ⌘ on macOS
    _Mod.ShiftModifier: MAC_SHIFT,
    _Mod.AltModifier: MAC_OPTION,
    _Mod.MetaModifier: MAC_CONTROL,
}
_MAC_LETTERS = dict(
    zip(
        "ASDFHGZXCVBQWERYT123465=97-80]OU[IP",
        (*range(0x00, 0x0A), *range(0x0B, 0x22), 0x22, 0x23),
        strict=True,
    )
)
_MAC_LETTERS.update({"L": 0x25, "J": 0x26, "K": 0x28, "N": 0x2D, "M": 0x2E})
_MAC_FUNCTION = (0x7A, 0x78, 0x63, 0x76, 0x60, 0x61, 0x62, 0x64, 0x65, 0x6D, 0x67, 0x6F, 0x69, 0x6B, 0x71, 0x6A)
_MAC_NAMED = {
    Qt.Key.Key_Space: 0x31,
    Qt.Key.Key_Delete: 0x75,  # forward delete
    Qt.Key.Key_Home: 0x73,
    Qt.Key.Key_End: 0x77,
    Qt.Key.Key_PageUp: 0x74,
    Qt.Key.Key_PageDown: 0x79,
    Qt.Key.Key_Left: 0x7B,
    Qt.Key.Key_Right: 0x7C,
    Qt.Key.Key_Down: 0x7D,
    Qt.Key.Key_Up: 0x7E,
}


def mac_hotkey(chord: Chord) -> tuple[int, int]:
    """(virtual key code, Carbon modifiers) for RegisterEventHotKey."""
    key = chord.key.value
    character = chr(key) if 0x20 < key < 0x7F else ""
    if character.isalnum() and character in _MAC_LETTERS:
        code = _MAC_LETTERS[character]
    elif chord.key in _FUNCTION_KEYS and _FUNCTION_KEYS[chord.key] <= len(_MAC_FUNCTION):
        code = _MAC_FUNCTION[_FUNCTION_KEYS[chord.key] - 1]
    elif chord.key in _MAC_NAMED:
        code = _MAC_NAMED[chord.key]
    else:
        raise ShortcutProblem(_unknown_key())
    return code, _bits(chord, _MAC_MODIFIERS)
