"""Colours that stay readable on the palette they are drawn on, light or dark (WCAG 2: text 4.5:1
against what it is drawn on, focus rings and icons 3:1): the contrast maths, a muted grey for
explanations, and a status colour (green, red) nudged until it passes. The one place for them."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

TEXT_CONTRAST = 4.5  # WCAG AA for normal text
GRAPHIC_CONTRAST = 3.0  # focus rings, icons, the outline of marks


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(foreground: QColor, background: QColor) -> float:
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """`a` moved `share_of_b` (0–1) of the way towards `b`."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * share_of_b,
        a.greenF() + (b.greenF() - a.greenF()) * share_of_b,
        a.blueF() + (b.blueF() - a.blueF()) * share_of_b,
    )


def readable(colour: QColor | str, backgrounds: QColor | list[QColor], minimum: float = TEXT_CONTRAST) -> QColor:
    """`colour`, or the nearest darker (on light backgrounds) or lighter (on dark ones) shade of
    it that reaches `minimum` against every background."""
    wanted = QColor(colour)
    grounds = [backgrounds] if isinstance(backgrounds, QColor) else list(backgrounds)
    if all(contrast(wanted, ground) >= minimum for ground in grounds):
        return wanted
    dark_grounds = sum(luminance(ground) for ground in grounds) / len(grounds) < 0.18
    target = QColor("#ffffff") if dark_grounds else QColor("#000000")
    for step in range(1, 21):  # towards white or black, 5 % at a time
        candidate = mix(wanted, target, step / 20)
        if all(contrast(candidate, ground) >= minimum for ground in grounds):
            return candidate
    return target


def muted_text(palette: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """A quieter text colour for explanations under fields: the text colour blended a third of
    the way into the background, then checked against it (never below 4.5:1)."""
    text_role = QPalette.ColorRole.WindowText if role is QPalette.ColorRole.Window else QPalette.ColorRole.Text
    background = palette.color(role)
    return readable(mix(palette.color(text_role), background, 0.35), background)


def status_colour(palette: QPalette, ok: bool) -> QColor:
    """Green for success, red for failure, readable on the window's background in light and dark."""
    return readable(QColor("#107c10" if ok else "#d13438"), palette.color(QPalette.ColorRole.Window))
