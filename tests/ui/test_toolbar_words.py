"""The toolbar speaks the person's words: where data is processed, speed and price; the AWS ids
live in tooltips; labels are accessible names; buttons take focus; icons read on dark themes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from pixdesk import catalog
from pixdesk.ui import icons, readable
from pixdesk.ui.pickers import RegionPicker, TierPicker


def test_regions_are_grouped_by_where_data_is_processed(qtbot):
    picker = RegionPicker()
    qtbot.addWidget(picker)
    texts = [picker.itemText(i) for i in range(picker.count())]
    assert texts[0] == "United States" and "Europe" in texts
    assert "US East (N. Virginia)" in texts
    assert all(text == text.strip() and "us-east-1" not in text for text in texts)
    assert picker.accessibleName() == "Data processed in"
    picker.set_region("eu-west-3")
    assert picker.currentText() == "Europe (Paris)"
    assert "eu.mistral.pixtral-large-2502-v1:0" in picker.toolTip() and "eu-west-3" in picker.toolTip()


def test_tiers_say_speed_and_price(qtbot):
    picker = TierPicker()
    qtbot.addWidget(picker)
    texts = [picker.itemText(i) for i in range(picker.count())]
    assert texts == ["Standard", "Priority (faster, costs more)", "Flex (cheaper, may wait)"]
    assert picker.accessibleName() == "Speed and price"
    price = f"${catalog.STANDARD_PRICE.input_per_1k:.4f} per 1K tokens"
    assert price in picker.toolTip()
    for i in range(picker.count()):
        assert price in picker.itemData(i, Qt.ItemDataRole.ToolTipRole)


def test_the_toolbar_has_labels_icons_and_focusable_buttons(make_window, bedrock):
    window = make_window(prefs={})
    window.resize(1300, 700)
    labels = [label.text() for label in window.toolbar.findChildren(QLabel)]
    assert "Data processed in" in labels and "Speed and price" in labels
    assert not hasattr(window, "profile_label")
    assert all(catalog.MODEL_ID not in text for text in labels)
    for action in (window.new_action, window.settings_action):
        button = window.toolbar.widgetForAction(action)
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert not action.icon().isNull()
    assert not window.composer.button.isDefault() and not window.composer.button.icon().isNull()


def test_icons_follow_a_dark_palette_with_enough_contrast(qapp):
    dark = QPalette()
    for role, colour in {"Button": "#353535", "ButtonText": "#e8e8e8", "Window": "#2b2b2b"}.items():
        dark.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for name in icons.NAMES:
        image = icons.icon(name, dark).pixmap(24, 24).toImage()
        inked = [
            image.pixelColor(x, y)
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255
        ]
        assert inked, f"{name} drew nothing"
        assert all(readable.contrast(c, dark.color(QPalette.ColorRole.Button)) >= 3 for c in inked)
    faint = QPalette(dark)
    faint.setColor(QPalette.ColorRole.ButtonText, QColor("#404040"))  # a theme that got it wrong
    assert readable.contrast(icons.ink(faint), dark.color(QPalette.ColorRole.Button)) >= 3
