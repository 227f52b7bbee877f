"""Every colour pixdesk sets, against what it is drawn on, in a light (Fusion's own) and a dark
palette: text at least 4.5:1, focus rings, icons and the outlines of marks at least 3:1 (WCAG 2).
And the window follows a switch between light and dark while it runs."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QStyle, QStyleFactory, QWidget

from helpers import DARK_PALETTE, until
from pixdesk import catalog
from pixdesk.services.chat import Status
from pixdesk.services.review import MARK_COLOURS
from pixdesk.ui import readable, style
from pixdesk.ui.clipboard_offer import ClipboardOffer
from pixdesk.ui.page_view import PAPER, PENDING_COLOUR, REGION_COLOUR, label_colour
from pixdesk.ui.review_panel import swatch_frame
from pixdesk.ui.toast import Toast, card_colours

DARK = DARK_PALETTE


def light_palette() -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette()


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    return palette


PALETTES = pytest.mark.parametrize("palette", [light_palette, dark_palette], ids=["light", "dark"])


def test_the_contrast_ratio_is_wcags():
    assert readable.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert readable.contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    fixed = readable.readable("#d13438", QColor("#1e1e1e"))  # 3.9:1 as it is
    assert readable.contrast(fixed, QColor("#1e1e1e")) >= 4.5 and fixed.lightness() > QColor("#d13438").lightness()


@PALETTES
def test_the_focus_ring_stands_out(palette):
    ring = style.focus_ring_colour(palette())
    for ground in style.ring_backgrounds(palette()):
        assert readable.contrast(ring, ground) >= readable.GRAPHIC_CONTRAST, ground.name()


@PALETTES
def test_colour_swatches_show_their_edge(palette):
    base = palette().color(QPalette.ColorRole.Base)
    assert readable.contrast(swatch_frame(palette()), base) >= readable.GRAPHIC_CONTRAST


def test_marks_on_the_page_are_seen_and_their_numbers_read():
    """Marks are drawn on the page (paper), whatever the window's palette."""
    for colour in (*MARK_COLOURS, REGION_COLOUR.name(), PENDING_COLOUR.name()):
        assert readable.contrast(QColor(colour), PAPER) >= readable.GRAPHIC_CONTRAST, colour
        assert readable.contrast(label_colour(QColor(colour)), PAPER) >= readable.TEXT_CONTRAST, colour


@PALETTES
def test_the_transcripts_colours_are_readable(palette):
    chat_style = pytest.importorskip("pixdesk.ui.chat_style")
    for name, (foreground, background) in chat_style.chat_colours(palette()).items():
        assert readable.contrast(foreground, background) >= readable.TEXT_CONTRAST, name


@PALETTES
def test_a_tables_grid_is_seen(palette):
    from pixdesk.ui.chat_style import table_rule

    rule, background = table_rule(palette())
    assert background == palette().color(QPalette.ColorRole.Base)
    assert readable.contrast(rule, background) >= readable.GRAPHIC_CONTRAST


@PALETTES
def test_the_small_print_warnings_are_readable(palette):
    """The chip's "Small print will be unreadable at this size" and its "Read it" (on the chip,
    Base), and the review's notice near "Read the fine print…" (on the pane, Window)."""
    from pixdesk.ui.attachment_chip import link_colour, small_print_colour
    from pixdesk.ui.small_print_notice import notice_colour

    colours = palette()
    base, window = colours.color(QPalette.ColorRole.Base), colours.color(QPalette.ColorRole.Window)
    assert readable.contrast(small_print_colour(colours), base) >= readable.TEXT_CONTRAST
    assert readable.contrast(link_colour(colours), base) >= readable.TEXT_CONTRAST  # "Read it" / "Undo"
    assert readable.contrast(notice_colour(colours), window) >= readable.TEXT_CONTRAST


def _heading_colour(chat) -> QColor:
    """The colour of the answer's heading ("Pixtral Large") as drawn in the transcript."""
    block = chat.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.text() == catalog.MODEL_NAME:
                return fragment.charFormat().foreground().color()
            iterator += 1
        block = block.next()
    raise AssertionError("no heading in the transcript")


def test_the_window_follows_a_switch_to_dark(make_window, run, bedrock, qapp):
    window = make_window()
    window.composer.set_text("What is on this page?")
    window.send()
    run(until(lambda: window.session.exchanges and window.session.exchanges[0].status is Status.DONE, message="answer"))
    light = _heading_colour(window.chat)
    before = qapp.palette()
    try:
        qapp.setPalette(dark_palette())
        run(until(lambda: _heading_colour(window.chat) != light, message="the heading in the dark palette's colour"))
        heading = _heading_colour(window.chat)
        assert readable.contrast(heading, QColor(DARK["Base"])) >= readable.TEXT_CONTRAST
    finally:
        qapp.setPalette(before)


def _offer_over(parent_palette: QPalette, qtbot) -> tuple[QWidget, ClipboardOffer]:
    """The offer, shown over a window-like widget (returned too: it owns the offer)."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setPalette(parent_palette)
    parent.resize(640, 400)
    parent.show()
    qtbot.waitExposed(parent)
    offer = ClipboardOffer(parent)
    image = QImage(64, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    offer.offer(image)
    return parent, offer


@PALETTES
def test_the_clipboard_offer_is_a_card_in_the_windows_colours(palette, qtbot):
    """Not the tooltip colours (light yellow in many dark palettes): the window's, checked."""
    colours = palette()
    _parent, offer = _offer_over(colours, qtbot)
    text, background, outline = card_colours(offer.palette())
    assert background == colours.color(QPalette.ColorRole.Base)
    assert readable.contrast(text, background) >= readable.TEXT_CONTRAST
    for ground in (background, colours.color(QPalette.ColorRole.Window)):
        assert readable.contrast(outline, ground) >= readable.GRAPHIC_CONTRAST
    # …and drawn so: the card inside its margin, the question in the checked colour.
    picture = offer.grab().toImage()
    ratio = picture.devicePixelRatio()
    inside = picture.pixelColor(int(4 * ratio), int(offer.height() // 2 * ratio))
    assert inside.rgb() == background.rgb()
    assert offer.text.palette().color(QPalette.ColorRole.WindowText).rgb() == text.rgb()


def test_the_clipboard_offer_follows_a_switch_to_dark(qtbot):
    parent, offer = _offer_over(light_palette(), qtbot)
    parent.setPalette(dark_palette())
    dark_text = card_colours(dark_palette())[0]
    assert offer.text.palette().color(QPalette.ColorRole.WindowText).rgb() == dark_text.rgb()
    assert readable.contrast(dark_text, QColor(DARK["Base"])) >= readable.TEXT_CONTRAST


@PALETTES
def test_the_copied_toast_is_a_card_in_the_windows_colours(palette, qtbot):
    """ "Copied." floats over the conversation as the clipboard offer does: the window's Base
    colour (not the tooltip's light yellow in a dark palette), its text drawn in the checked colour."""
    colours = palette()
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setPalette(colours)
    parent.resize(640, 400)
    parent.show()
    toast = Toast(parent)
    toast.say("Copied.", seconds=30)
    text, background, _outline = card_colours(toast.palette())
    assert background == colours.color(QPalette.ColorRole.Base)
    picture = toast.grab().toImage()
    ratio = picture.devicePixelRatio()
    assert picture.pixelColor(int(4 * ratio), int(toast.height() // 2 * ratio)).rgb() == background.rgb()
    drawn = {picture.pixelColor(x, y).rgb() for x in range(picture.width()) for y in range(picture.height())}
    assert text.rgb() in drawn  # the word itself, in the colour checked against the card


def test_dialog_buttons_carry_no_stock_icons():
    """Fusion's stock Close/Save/Cancel glyphs are dark: barely visible on a dark theme's buttons
    (under 3:1). On a desktop whose theme asks for them (Linux under X11 does; the offscreen test
    platform does not), pixdesk's style says no: dialog buttons are words only, as in chat apps."""
    from PySide6.QtWidgets import QProxyStyle

    icons = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons

    class IconTheme(QProxyStyle):  # a platform theme that wants icons on dialog buttons
        def styleHint(self, hint, option=None, widget=None, returnData=None):  # noqa: N802, N803
            return 1 if hint == icons else super().styleHint(hint, option, widget, returnData)

    base = IconTheme(QStyleFactory.create("Fusion"))
    assert base.styleHint(icons) == 1
    assert style.FocusRingStyle(base).styleHint(icons) == 0
