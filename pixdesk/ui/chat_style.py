"""The transcript's look: every colour the conversation draws, taken from the palette (light or
dark) and checked against the background it is drawn on, and the monospace font for code.

`chat_colours` is the single source: ChatView and MarkdownStream draw with it, and the contrast
test reads it, so a colour cannot be added to the transcript without being checked (the one
line drawn that is not text, a table's grid, comes from `table_rule` and is checked at 3:1)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFontDatabase, QPalette

from pixdesk.ui.readable import GRAPHIC_CONTRAST, contrast, mix, readable

# A light and a dark red: the fixed #d13438 was 3.9:1 on a dark grey background.
_ERROR_ON_LIGHT = QColor("#b3261e")
_ERROR_ON_DARK = QColor("#ff8a80")
# Mono families tried after the system's: "monospace" is a fontconfig alias Qt does not always
# resolve by itself, so inline code fell back to the proportional text font on some Linux desktops.
_MONO_FALLBACKS = ("DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", "Menlo", "Consolas", "monospace")


def _over(colour: QColor, background: QColor) -> QColor:
    """`colour` as seen over `background` (palettes give PlaceholderText half transparent)."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def _tint(palette: QPalette) -> QColor:
    """A light tint of the background for the question cards and code blocks: AlternateBase if
    the style made it visibly different from Base, else Base moved a little towards Mid."""
    base = palette.color(QPalette.ColorRole.Base)
    alternate = _over(palette.color(QPalette.ColorRole.AlternateBase), base)
    if contrast(alternate, base) >= 1.06:
        return alternate
    return mix(base, _over(palette.color(QPalette.ColorRole.Mid), base), 0.3)


def chat_colours(palette: QPalette) -> dict[str, tuple[QColor, QColor]]:
    """name -> (foreground, background it is drawn on), every pair readable (>= 4.5:1)."""
    base = palette.color(QPalette.ColorRole.Base)
    text = _over(palette.color(QPalette.ColorRole.Text), base)
    tint = _tint(palette)
    dark = base.lightnessF() < 0.5
    muted = readable(_over(palette.color(QPalette.ColorRole.PlaceholderText), base), [base, tint])
    link = readable(_over(palette.color(QPalette.ColorRole.Link), base), [base, tint])
    return {
        "heading": (readable(text, base), base),  # "Pixtral Large"
        "answer": (readable(text, base), base),
        "question_heading": (readable(text, tint), tint),  # "You", in the question's card
        "question": (readable(text, tint), tint),
        "code": (readable(text, tint), tint),  # code blocks and inline code
        "muted": (muted, base),  # the footer, "Connecting…"
        "link": (link, base),
        "error": (readable(_ERROR_ON_DARK if dark else _ERROR_ON_LIGHT, base), base),
    }


def table_rule(palette: QPalette) -> tuple[QColor, QColor]:
    """(the lines of a table's grid, the background they are drawn on): the text colour blended
    into the background, checked 3:1 against it (a graphic, WCAG 1.4.11)."""
    base = palette.color(QPalette.ColorRole.Base)
    text = _over(palette.color(QPalette.ColorRole.Text), base)
    return readable(mix(base, text, 0.3), base, GRAPHIC_CONTRAST), base


@dataclass(frozen=True)
class ChatLook:
    """What drawing needs: the colours of one palette and the monospace families."""

    colours: dict[str, tuple[QColor, QColor]]
    mono_families: tuple[str, ...]
    rule: QColor  # a table's grid (table_rule)

    def fg(self, name: str) -> QColor:
        return self.colours[name][0]

    def bg(self, name: str) -> QColor:
        return self.colours[name][1]


def mono_families() -> tuple[str, ...]:
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    return tuple(dict.fromkeys((system, *_MONO_FALLBACKS)))


def chat_look(palette: QPalette) -> ChatLook:
    return ChatLook(chat_colours(palette), mono_families(), table_rule(palette)[0])
