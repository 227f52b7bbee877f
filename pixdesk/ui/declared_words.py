"""The words settings.py and catalog.py declare (Qt-free, marked with QT_TRANSLATE_NOOP), in the
window's language: a setting's title and sentence, a region's, geography's and tier's names."""

from __future__ import annotations

from pixdesk import catalog
from pixdesk.settings import Setting
from pixdesk.ui.i18n import locale, translate


def setting_title(setting: Setting) -> str:
    return translate("settings", setting.title)


def setting_explanation(setting: Setting) -> str:
    """The sentence under the field, its {placeholders} filled after translation (a price with
    the language's decimal mark: 0.002 · 0,002)."""
    values = {
        name: locale().toString(value, "g", 6) if isinstance(value, float) else value
        for name, value in setting.placeholders
    }
    return translate("settings", setting.description).format(**values)


def region_title(region: catalog.Region) -> str:
    """ "US East (N. Virginia)", "Europe (Frankfurt)", in the window's language."""
    return translate("catalog", region.title)


def geography_title(geography: catalog.Geography) -> str:
    return translate("catalog", geography.title)


def geography_description(geography: catalog.Geography) -> str:
    return translate("catalog", geography.description)


def tier_title(tier: catalog.Tier) -> str:
    """ "Priority": short, where room is tight."""
    return translate("catalog", tier.title)


def tier_description(tier: catalog.Tier) -> str:
    return translate("catalog", tier.description)


def tier_label(tier: catalog.Tier) -> str:
    """The name in pickers: "Priority (faster, costs more)"."""
    if not tier.hint:
        return tier_title(tier)
    return translate("declared_words", "{tier} ({hint})").format(
        tier=tier_title(tier), hint=translate("catalog", tier.hint)
    )
