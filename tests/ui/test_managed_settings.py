"""Managed settings in the window (issue #16): Qt reads IT's /etc/xdg file as pixdesk.managed
does; a locked setting is shown, greyed, with "Set by your organisation" (on screen and for a
screen reader) and is never saved; the region pickers offer only the allowed geographies, and
the toolbar's locked pickers cannot be changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from pixdesk import app, catalog
from pixdesk.managed import Policy, ini_entries, read_linux
from pixdesk.services.workspace import Workspace
from pixdesk.settings import Settings
from pixdesk.ui.main_window import MainWindow
from pixdesk.ui.settings_dialog import SettingsDialog

POLICY_FILE = """\
[bedrock]
tier=flex
tier_locked=true
allowed_geographies=eu
region=eu-west-1

[aws]
profile=corp
profile_locked=1
sso_start_url="https://example.awsapps.com/start, EU"

[quota]
requests_per_minute=50
requests_per_minute_locked=true
"""


def eu_policy() -> Policy:
    return Policy(
        {"bedrock/tier": "flex", "aws/profile": "corp", "quota/requests_per_minute": 50},
        frozenset({"bedrock/tier", "aws/profile", "quota/requests_per_minute"}),
        frozenset({"eu"}),
        "test",
    )


def region_names(picker) -> list[str]:
    model = picker.model()
    names = [model.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(model.rowCount())]
    return [name for name in names if name]


def headings(picker) -> list[str]:
    model = picker.model()
    return [
        model.index(row, 0).data()
        for row in range(model.rowCount())
        if model.index(row, 0).data(Qt.ItemDataRole.UserRole) is None
    ]


def test_qt_reads_the_policy_file_as_pixdesk_managed_does(tmp_path, qapp):
    """The same file for QSettings' system scope and for the CLI's Qt-free reader: an admin can
    write it with either tool."""
    (tmp_path / "pixdesk").mkdir()
    path = tmp_path / "pixdesk" / "pixdesk.conf"
    path.write_text(POLICY_FILE, encoding="utf-8")
    ours = ini_entries(POLICY_FILE)
    qt = QSettings(str(path), QSettings.Format.IniFormat)
    assert {key: qt.value(key) for key in qt.allKeys()} == ours
    app_source = Path(app.__file__).read_text(encoding="utf-8")  # (the names Qt's own file is named after)
    assert 'setOrganizationName("pixdesk")' in app_source and 'setApplicationName("pixdesk")' in app_source
    assert read_linux({"XDG_CONFIG_DIRS": str(tmp_path)}).values == {
        key: value for key, value in ours.items() if not key.endswith("_locked") and "allowed" not in key
    }


def test_a_locked_field_is_shown_greyed_with_the_reason_and_not_saved(qtbot):
    store = {"bedrock/tier": "priority", "aws/profile": "personal", "bedrock/region": "us-west-2"}
    settings = Settings(store, eu_policy())
    dialog = SettingsDialog(settings, ["corp", "personal"], None, keychain=False)
    qtbot.addWidget(dialog)
    tier, profile = dialog.field("bedrock/tier"), dialog.field("aws/profile")
    quota, temperature = dialog.field("quota/requests_per_minute"), dialog.field("chat/temperature")
    assert not tier.isEnabled() and not profile.isEnabled() and not quota.isEnabled()
    assert temperature.isEnabled()
    assert (tier.tier, profile.currentText(), quota.value()) == ("flex", "corp", 50)
    assert profile.accessibleDescription().startswith("Set by your organisation. The sign-in your IT team")
    assert tier.accessibleDescription().startswith("Set by your organisation. ")
    assert tier.toolTip().startswith("Set by your organisation.\n")
    notes = dialog.findChildren(QLabel, "lockNote")
    assert len(notes) == 4 and {note.text() for note in notes} >= {"Set by your organisation."}
    for field in (tier, profile, quota):  # each note right under its field
        layout = field.parentWidget().layout()
        assert layout.itemAt(layout.indexOf(field) + 1).widget().objectName() == "lockNote"
    assert not temperature.accessibleDescription().startswith("Set by")

    region = dialog.field("bedrock/region")
    assert region_names(region) == ["eu-central-1", "eu-north-1", "eu-west-1", "eu-west-3"]
    assert headings(region) == ["Europe"]
    assert region.isEnabled() and region.accessibleDescription().startswith("Your organisation allows only Europe. ")
    note = region.parentWidget().layout().itemAt(region.parentWidget().layout().indexOf(region) + 1).widget()
    assert note.text() == "Your organisation allows only Europe."
    assert region.region == "eu-central-1"  # us-west-2 is not allowed any more: the first that is
    region.set_region("eu-west-3")
    temperature.setValue(0.8)
    dialog.save()
    assert (store["bedrock/tier"], store["aws/profile"]) == ("priority", "personal")  # kept, unused while locked
    assert (store["bedrock/region"], store["chat/temperature"]) == ("eu-west-3", 0.8)
    assert "quota/requests_per_minute" not in store


def test_the_toolbar_offers_allowed_regions_and_locks_the_tier(qtbot, executor):
    store = {"bedrock/region": "us-east-1"}
    workspace = Workspace.open(Settings(store, eu_policy()), executor, history=None)
    window = MainWindow(workspace, prefs={})
    qtbot.addWidget(window)
    try:
        assert region_names(window.region) == [r.name for r in catalog.REGIONS if r.geography == catalog.EU]
        assert window.region.isEnabled() and window.region.region == "eu-central-1"
        assert window.choices.region == "eu-central-1"
        assert not window.tier.isEnabled() and window.tier.tier == "flex"
        assert window.tier.toolTip().startswith("Set by your organisation.\n")
        assert window.tier.accessibleDescription() == "Set by your organisation."
        window.choices.save()  # closing the window keeps the region, never the locked tier
        assert store == {"bedrock/region": "eu-central-1"}
    finally:
        window.session.stop()


def test_a_locked_region_cannot_be_changed_from_the_toolbar(qtbot, executor):
    policy = Policy({"bedrock/region": "eu-north-1"}, frozenset({"bedrock/region"}), frozenset(), "test")
    workspace = Workspace.open(Settings({"bedrock/region": "us-west-2"}, policy), executor, history=None)
    window = MainWindow(workspace, prefs={})
    qtbot.addWidget(window)
    try:
        assert not window.region.isEnabled() and window.region.region == "eu-north-1"
        assert window.tier.isEnabled()
        assert window.region.toolTip().startswith("Set by your organisation.\n")
    finally:
        window.session.stop()
