"""Toolbar pickers in the person's words: where the data is processed (grouped United States /
Europe, each region by its name) and the speed and price of the answers (Standard, Priority,
Flex). The exact AWS terms — region code, inference profile, model id — are in the tooltips."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from pixdesk import catalog

REGION_LABEL = "Data processed in"
TIER_LABEL = "Speed and price"


def region_tooltip(region: catalog.Region) -> str:
    return (
        f"{region.geography.description}\n"
        f"Region: {region.name} · inference profile {region.profile_id}\n"
        f"Model: {catalog.MODEL_ID}"
    )


def tier_tooltip(tier: catalog.Tier) -> str:
    price = catalog.STANDARD_PRICE
    standard = (
        f"${price.input_per_1k:.4f} per 1K tokens of question, ${price.output_per_1k:.4f} per 1K tokens of answer"
    )
    if tier.key == catalog.DEFAULT_TIER:
        cost = f"Price: {standard} (estimate)."
    else:
        cost = f"Standard's price, for comparison: {standard} (estimate)."
    return f"{tier.description}\n{cost}"


class RegionPicker(QComboBox):
    region_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(REGION_LABEL)  # the label, not the value: a screen reader adds the value
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        model = QStandardItemModel(self)
        for geography in catalog.GEOGRAPHIES:
            header = QStandardItem(geography.title)
            header.setFlags(Qt.ItemFlag.NoItemFlags)  # a group heading, not a choice
            header.setToolTip(geography.description)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            model.appendRow(header)
            for region in (r for r in catalog.REGIONS if r.geography == geography):
                item = QStandardItem(region.title)
                item.setData(region.name, Qt.ItemDataRole.UserRole)
                item.setToolTip(region_tooltip(region))
                model.appendRow(item)
        self.setModel(model)
        self.currentIndexChanged.connect(self._changed)
        self._changed()  # the first region is current without a change signal: its tooltip now

    @property
    def region(self) -> str:
        return self.currentData(Qt.ItemDataRole.UserRole) or catalog.DEFAULT_REGION

    def set_region(self, name: str) -> None:
        index = self.findData(name, Qt.ItemDataRole.UserRole)
        if index >= 0:
            self.setCurrentIndex(index)

    def _changed(self) -> None:
        region = catalog.region(self.region)
        self.setToolTip(region_tooltip(region))
        self.region_changed.emit(region.name)


class TierPicker(QComboBox):
    tier_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(TIER_LABEL)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for tier in catalog.TIERS:
            self.addItem(tier.label, tier.key)
            self.setItemData(self.count() - 1, tier_tooltip(tier), Qt.ItemDataRole.ToolTipRole)
        self.currentIndexChanged.connect(self._changed)
        self._changed()

    @property
    def tier(self) -> str:
        return self.currentData() or catalog.DEFAULT_TIER

    def set_tier(self, key: str) -> None:
        index = self.findData(key)
        if index >= 0:
            self.setCurrentIndex(index)

    def _changed(self) -> None:
        self.setToolTip(tier_tooltip(catalog.tier(self.tier)))
        self.tier_changed.emit(self.tier)


def labelled(label: str, picker: QComboBox, parent: QWidget | None = None) -> QWidget:
    """A picker with its visible label before it (the label's mnemonic focuses the picker)."""
    box = QWidget(parent)
    text = QLabel(label, box)
    text.setBuddy(picker)
    layout = QHBoxLayout(box)
    layout.setContentsMargins(4, 0, 4, 0)
    layout.setSpacing(6)
    layout.addWidget(text)
    layout.addWidget(picker)
    return box
