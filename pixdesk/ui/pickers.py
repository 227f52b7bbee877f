"""Toolbar pickers: region (grouped US / EU, showing the inference profile it implies) and tier."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from pixdesk import catalog


class RegionPicker(QComboBox):
    region_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Region")
        model = QStandardItemModel(self)
        for geography in catalog.GEOGRAPHIES:
            header = QStandardItem(geography.title)
            header.setFlags(Qt.ItemFlag.NoItemFlags)  # a group heading, not a choice
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            model.appendRow(header)
            for region in (r for r in catalog.REGIONS if r.geography == geography):
                item = QStandardItem(f"   {region.title} — {region.name}")
                item.setData(region.name, Qt.ItemDataRole.UserRole)
                item.setToolTip(f"Sends through the inference profile {region.profile_id}")
                model.appendRow(item)
        self.setModel(model)
        self.currentIndexChanged.connect(self._changed)

    @property
    def region(self) -> str:
        return self.currentData(Qt.ItemDataRole.UserRole) or catalog.DEFAULT_REGION

    def set_region(self, name: str) -> None:
        index = self.findData(name, Qt.ItemDataRole.UserRole)
        if index >= 0:
            self.setCurrentIndex(index)

    def _changed(self) -> None:
        region = catalog.region(self.region)
        self.setToolTip(f"{region.title}: requests use the inference profile {region.profile_id}")
        self.region_changed.emit(region.name)


class TierPicker(QComboBox):
    tier_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Service tier")
        for tier in catalog.TIERS:
            self.addItem(tier.title, tier.key)
            self.setItemData(self.count() - 1, tier.description, Qt.ItemDataRole.ToolTipRole)
        self.currentIndexChanged.connect(lambda _i: self.tier_changed.emit(self.tier))

    @property
    def tier(self) -> str:
        return self.currentData() or catalog.DEFAULT_TIER

    def set_tier(self, key: str) -> None:
        index = self.findData(key)
        if index >= 0:
            self.setCurrentIndex(index)
