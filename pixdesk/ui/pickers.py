"""Toolbar pickers in the person's words: where the data is processed (grouped United States /
Europe, each region by its name) and the speed and price of the answers (Standard, Priority,
Flex). The exact AWS terms — region code, inference profile, model id — are in the tooltips.
Both obey the organisation's managed settings: only allowed regions are offered, and a locked
choice is shown but cannot be changed."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from pixdesk import catalog
from pixdesk.managed import SET_BY_ORGANISATION
from pixdesk.ui.declared_words import (
    geography_description,
    geography_title,
    region_title,
    tier_description,
    tier_label,
)
from pixdesk.ui.i18n import money, translate, translated


def region_label() -> str:
    return translate("pickers", "Data processed in")


def tier_label_text() -> str:
    return translate("pickers", "Speed and price")


def region_tooltip(region: catalog.Region) -> str:
    exact = translate("pickers", "Region: {region} · inference profile {profile}\nModel: {model}").format(
        region=region.name, profile=region.profile_id, model=catalog.MODEL_ID
    )
    return f"{geography_description(region.geography)}\n{exact}"


def tier_tooltip(tier: catalog.Tier) -> str:
    price = catalog.STANDARD_PRICE
    prices = {"question": money(price.input_per_1k), "answer": money(price.output_per_1k)}
    if tier.key == catalog.DEFAULT_TIER:
        cost = translate(
            "pickers", "Price: {question} per 1K tokens of question, {answer} per 1K tokens of answer (estimate)."
        )
    else:
        cost = translate(
            "pickers",
            "Standard's price, for comparison: {question} per 1K tokens of question, {answer} per 1K tokens of "
            "answer (estimate).",
        )
    return f"{tier_description(tier)}\n{cost.format(**prices)}"


class _Picker(QComboBox):
    """A picker the organisation may lock: then it shows its value, greyed, and says why."""

    _locked = False

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        self.setEnabled(not locked)
        self.setAccessibleDescription(f"{translated(SET_BY_ORGANISATION)}." if locked else "")
        self._changed()

    def _show_tooltip(self, text: str) -> None:
        self.setToolTip(f"{translated(SET_BY_ORGANISATION)}.\n{text}" if self._locked else text)

    def _changed(self) -> None:
        raise NotImplementedError


class RegionPicker(_Picker):
    region_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, allowed: Collection[str] | None = None) -> None:
        """`allowed`: the regions to offer (the organisation's geographies); all by default."""
        super().__init__(parent)
        self.setAccessibleName(region_label())  # the label, not the value: a screen reader adds the value
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        offered = [r for r in catalog.REGIONS if allowed is None or r.name in allowed]
        self._first = offered[0].name if offered else catalog.DEFAULT_REGION  # (before one is chosen)
        model = QStandardItemModel(self)
        for geography in catalog.GEOGRAPHIES:
            if not any(r.geography == geography for r in offered):
                continue  # no heading over nothing: "Europe" is not shown when only the US is allowed
            header = QStandardItem(geography_title(geography))
            header.setFlags(Qt.ItemFlag.NoItemFlags)  # a group heading, not a choice
            header.setToolTip(geography_description(geography))
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            model.appendRow(header)
            for region in (r for r in offered if r.geography == geography):
                item = QStandardItem(region_title(region))
                item.setData(region.name, Qt.ItemDataRole.UserRole)
                item.setToolTip(region_tooltip(region))
                model.appendRow(item)
        self.setModel(model)
        self.currentIndexChanged.connect(self._changed)
        self._changed()  # the first region is current without a change signal: its tooltip now

    @property
    def region(self) -> str:
        return self.currentData(Qt.ItemDataRole.UserRole) or self._first

    def set_region(self, name: str) -> None:
        index = self.findData(name, Qt.ItemDataRole.UserRole)
        if index >= 0:
            self.setCurrentIndex(index)

    def _changed(self) -> None:
        region = catalog.region(self.region)
        self._show_tooltip(region_tooltip(region))
        self.region_changed.emit(region.name)


class TierPicker(_Picker):
    tier_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tier_label_text())
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for tier in catalog.TIERS:
            self.addItem(tier_label(tier), tier.key)
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
        self._show_tooltip(tier_tooltip(catalog.tier(self.tier)))
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
