"""The macOS bundle, checked where it can be on Linux: the symbolic links trimming keeps (the
frameworks' own structure, which codesign needs), the Info.plist, and packaging/macos/build-dmg.sh
run with stand-ins for Apple's tools (hdiutil's retries, notarytool's verdict, signing only with
credentials)."""

from __future__ import annotations

import base64
import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
BUILD_DMG = PACKAGING / "macos" / "build-dmg.sh"
sys.path.insert(0, str(PACKAGING))
import bundle  # noqa: E402

# --- symbolic links ------------------------------------------------------------------------------


def _framework(folder: str, name: str, version: str = "A") -> list[tuple[str, str, str]]:
    """A .framework as PyInstaller 6.22.3's Analysis leaves it in its TOC on macOS (utils/osx.py,
    collect_files_from_framework_bundles): the library, its Info.plist, and three links whose
    targets are relative to the link's own folder."""
    top = f"{folder}{name}.framework"
    return [
        (f"{top}/Versions/{version}/{name}", f"/src/{top}/Versions/{version}/{name}", "BINARY"),
        (f"{top}/Versions/{version}/Resources/Info.plist", f"/src/{top}/Resources/Info.plist", "DATA"),
        (f"{top}/Versions/Current", version, "SYMLINK"),
        (f"{top}/{name}", f"Versions/Current/{name}", "SYMLINK"),
        (f"{top}/Resources", "Versions/Current/Resources", "SYMLINK"),
    ]


QT = "PySide6/Qt/lib/"
KEPT_TREE = [
    *_framework(QT, "QtCore"),
    *_framework(QT, "QtGui"),
    *_framework("", "Python", "3.11"),
    # build_main.py: the Python library's link in the top folder, to the framework's copy
    ("Python", "Python.framework/Versions/3.11/Python", "SYMLINK"),
    ("PySide6/QtCore.abi3.so", "/src/PySide6/QtCore.abi3.so", "EXTENSION"),
]
DANGLING = [
    # QtQml.framework was trimmed away: a link to its library is left pointing at nothing
    ("QtQml", "PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml", "SYMLINK"),
    # a framework folder of which nothing was kept
    (f"{QT}QtCore.framework/Helpers", "Versions/Current/Helpers", "SYMLINK"),
    # a link to a link that dangles
    ("QtQmlAgain", "QtQml", "SYMLINK"),
    # a loop
    ("loop-a", "loop-b", "SYMLINK"),
    ("loop-b", "loop-a", "SYMLINK"),
]


def _split(entries: list[tuple]) -> tuple[list[tuple], list[tuple]]:
    """datas and binaries, as Analysis splits them (building/build_main.py)."""
    binaries = [entry for entry in entries if entry[2] in ("BINARY", "EXTENSION")]
    return [entry for entry in entries if entry not in binaries], binaries


def _links(entries: list[tuple]) -> set[str]:
    return {entry[0] for entry in entries if entry[2] == "SYMLINK"}


def test_the_frameworks_own_links_are_kept():
    datas, binaries = _split(KEPT_TREE)
    kept_datas, kept_binaries = bundle.drop_dangling_symlinks(datas, binaries)
    assert kept_datas == datas
    assert kept_binaries == binaries
    assert f"{QT}QtCore.framework/Versions/Current" in _links(kept_datas)  # a link to a folder
    assert f"{QT}QtCore.framework/QtCore" in _links(kept_datas)  # through a link to a folder
    assert "Python.framework/Resources" in _links(kept_datas)  # a folder holding only Info.plist


def test_links_to_what_was_trimmed_away_go():
    datas, binaries = _split(KEPT_TREE + DANGLING)
    kept_datas, kept_binaries = bundle.drop_dangling_symlinks(datas, binaries)
    assert _links(kept_datas) == _links(KEPT_TREE)
    assert kept_binaries == binaries


def test_links_in_the_binaries_list_are_filtered_too():
    datas, binaries = _split(KEPT_TREE)
    kept_datas, kept_binaries = bundle.drop_dangling_symlinks(datas, [*binaries, DANGLING[0]])
    assert kept_datas == datas
    assert kept_binaries == binaries


def test_the_verdict_is_the_file_systems(tmp_path):
    """Made on disk as COLLECT makes them (os.symlink(target, link), building/api.py), the kept
    links are exactly the ones that lead to something."""
    entries = KEPT_TREE + DANGLING
    for destination, target, typecode in entries:
        path = tmp_path / destination
        path.parent.mkdir(parents=True, exist_ok=True)
        if typecode == "SYMLINK":
            os.symlink(target, path)
        else:
            path.write_bytes(b"")
    kept_datas, kept_binaries = bundle.drop_dangling_symlinks(*_split(entries))
    leading_somewhere = {link for link in _links(entries) if (tmp_path / link).exists()}
    assert _links(kept_datas + kept_binaries) == leading_somewhere


# --- Info.plist ----------------------------------------------------------------------------------


def test_the_minimum_macos_is_the_one_qt_needs():
    # PySide6-Essentials 6.11 for Python 3.11: pyside6_essentials-6.11.3-cp310-abi3-macosx_13_0_universal2.whl
    assert bundle.info_plist()["LSMinimumSystemVersion"] == "13.0"


def test_the_info_plist_is_a_valid_property_list():
    plist = plistlib.loads(plistlib.dumps(bundle.info_plist()))
    assert plist["CFBundleDisplayName"] == "pixdesk"
    assert plist["NSRequiresAquaSystemAppearance"] is False


# --- build-dmg.sh --------------------------------------------------------------------------------


def test_build_dmg_is_valid_bash():
    subprocess.run(["bash", "-n", str(BUILD_DMG)], check=True)


@pytest.mark.skipif(shutil.which("shellcheck") is None, reason="shellcheck is not installed")
@pytest.mark.parametrize("script", sorted(BUILD_DMG.parents[1].glob("*/*.sh")), ids=lambda path: path.name)
def test_every_packaging_script_passes_shellcheck(script):
    result = subprocess.run(["shellcheck", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


# One stand-in for each of Apple's tools: it writes its command line to $CALLS, and behaves as
# the test asks through FAKE_* variables.
FAKE_TOOL = r"""#!/usr/bin/env bash
tool=$(basename "$0")
echo "$tool $*" >> "$CALLS"
case "$tool $1 $2" in
  "xcrun notarytool submit") printf '%s\n' "$FAKE_NOTARY_OUTPUT"; exit "${FAKE_NOTARY_EXIT:-0}" ;;
  "xcrun notarytool log") echo "the log of $3" ;;
  "security list-keychains -d") [ "$3" = user ] && [ "$#" = 3 ] && echo '    "/Users/runner/login.keychain-db"' ;;
  "uuidgen  ") echo 0000-keychain-password ;;
esac
if [ "$tool" = hdiutil ]; then
  count=$(grep -c '^hdiutil ' "$CALLS")
  [ "$count" -le "${FAKE_HDIUTIL_FAILURES:-0}" ] && { echo "hdiutil: create failed - Resource busy" >&2; exit 1; }
  touch "${!#}"
fi
if [ "$tool" = ditto ]; then mkdir -p "$2"; fi
exit 0
"""

# The build's Python: PyInstaller makes an app whose self-test passes; everything else is real.
FAKE_PYTHON = r"""#!/usr/bin/env bash
echo "python $* strict=${PYINSTALLER_STRICT_BUNDLE_CODESIGN_ERROR:-} identity=${MACOS_SIGN_IDENTITY:-}" >> "$CALLS"
case "$1" in
  -m) mkdir -p dist/pixdesk.app/Contents/MacOS
      printf '#!/bin/sh\necho "pixdesk $*" >> "$CALLS"\n' > dist/pixdesk.app/Contents/MacOS/pixdesk
      chmod +x dist/pixdesk.app/Contents/MacOS/pixdesk ;;
  packaging/bundle.py) ;;
  -c) case "$2" in *bundle.version*) echo 1.2.0rc1 ;; *) exec "$REAL_PYTHON" "$@" ;; esac ;;
esac
"""

ACCEPTED = '{"id": "2efe2717-52ef-43a5-96dc-0797e4ca1041", "status": "Accepted", "message": "Processing complete"}'
INVALID = '{"id": "2efe2717-52ef-43a5-96dc-0797e4ca1041", "status": "Invalid", "message": "Processing complete"}'
SIGNING = {
    "MACOS_CERTIFICATE_P12_BASE64": base64.b64encode(b"p12").decode(),
    "MACOS_CERTIFICATE_PASSWORD": "secret",
    "MACOS_SIGN_IDENTITY": "Developer ID Application: pixdesk (TEAM123456)",
}
NOTARIZING = {"APPLE_ID": "ci@example.com", "APPLE_TEAM_ID": "TEAM123456", "APPLE_APP_PASSWORD": "app-password"}


@pytest.fixture
def macos(tmp_path):
    """A checkout holding build-dmg.sh (it builds into the checkout it sits in), and stand-ins for
    Apple's tools and sleep ahead on PATH. Returns run(command, **env) -> (result, calls)."""
    checkout = tmp_path / "checkout"
    (checkout / "packaging" / "macos").mkdir(parents=True)
    script = checkout / "packaging" / "macos" / "build-dmg.sh"
    shutil.copy(BUILD_DMG, script)
    tools = tmp_path / "tools"
    tools.mkdir()
    for name in ("hdiutil", "xcrun", "codesign", "security", "spctl", "ditto", "uuidgen", "sleep"):
        (tools / name).write_text(FAKE_TOOL)
        (tools / name).chmod(0o755)
    (tools / "python").write_text(FAKE_PYTHON)
    (tools / "python").chmod(0o755)
    calls = tmp_path / "calls"

    def run(command: str, **env: str) -> tuple[subprocess.CompletedProcess, list[str]]:
        calls.write_text("")
        environment = {
            "PATH": f"{tools}{os.pathsep}{os.environ['PATH']}",
            "HOME": str(tmp_path),
            "CALLS": str(calls),
            "PYTHON": str(tools / "python"),
            "REAL_PYTHON": sys.executable,
            **env,
        }
        result = subprocess.run(
            ["bash", "-c", command, "build-dmg", str(script)],
            cwd=checkout,
            env=environment,
            capture_output=True,
            text=True,
        )
        return result, calls.read_text().splitlines()

    return run


def test_sourcing_the_script_builds_nothing(macos):
    result, calls = macos('source "$1"; echo sourced')
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "sourced"
    assert calls == []


def test_hdiutil_is_tried_again_when_busy(macos):
    result, calls = macos('source "$1"; create_dmg stage "pixdesk 1.0" out.dmg', FAKE_HDIUTIL_FAILURES="2")
    assert result.returncode == 0, result.stderr
    assert [call.split()[:2] for call in calls] == [
        ["hdiutil", "create"],
        ["sleep", "10"],
        ["hdiutil", "create"],
        ["sleep", "20"],  # a longer pause each time
        ["hdiutil", "create"],
    ]
    assert "attempt 2 of 5" in result.stderr


def test_hdiutil_gives_up_after_five_tries(macos):
    result, calls = macos('source "$1"; create_dmg stage "pixdesk 1.0" out.dmg', FAKE_HDIUTIL_FAILURES="99")
    assert result.returncode == 1
    assert sum(call.startswith("hdiutil create") for call in calls) == 5
    assert [call for call in calls if call.startswith("sleep")] == ["sleep 10", "sleep 20", "sleep 30", "sleep 40"]


def test_an_accepted_notarization_passes(macos):
    result, calls = macos('source "$1"; notarize out.dmg', FAKE_NOTARY_OUTPUT=ACCEPTED, **NOTARIZING)
    assert result.returncode == 0, result.stderr
    submit = next(call for call in calls if "notarytool submit" in call)
    assert "--wait --output-format json" in submit
    assert not any("notarytool log" in call for call in calls)


@pytest.mark.parametrize(
    ("output", "exit_code"),
    [(INVALID, "0"), ('{"id": "2efe2717", "status": "Rejected"}', "0"), ("Error: HTTP status code: 401", "0")],
)
def test_anything_but_accepted_fails_and_shows_apples_log(macos, output, exit_code):
    result, calls = macos(
        'source "$1"; notarize out.dmg', FAKE_NOTARY_OUTPUT=output, FAKE_NOTARY_EXIT=exit_code, **NOTARIZING
    )
    assert result.returncode == 1
    if '"id"' in output:
        submission = output.split('"id": "')[1].split('"')[0]
        assert f"xcrun notarytool log {submission}" in result.stderr
        assert f"the log of {submission}" in result.stderr
        assert any(call.startswith(f"xcrun notarytool log {submission} --apple-id") for call in calls)
    else:
        assert "status 'unknown'" in result.stderr


def test_a_failed_upload_fails(macos):
    result, _ = macos('source "$1"; notarize out.dmg', FAKE_NOTARY_OUTPUT="", FAKE_NOTARY_EXIT="69", **NOTARIZING)
    assert result.returncode == 1
    assert "notarytool submit failed" in result.stderr


def test_without_credentials_nothing_is_signed_but_the_ad_hoc_signature_is_verified(macos):
    result, calls = macos('"$1"')
    assert result.returncode == 0, result.stderr
    assert not any("--sign" in call or "notarytool" in call or "security" in call for call in calls)
    assert any(call.startswith("codesign --verify --deep --strict") for call in calls)
    pyinstaller = next(call for call in calls if call.startswith("python -m PyInstaller"))
    assert "strict=1" in pyinstaller  # PyInstaller's own bundle signing may not fail quietly
    assert any(call == "pixdesk --self-test" for call in calls)
    assert any(call.startswith("hdiutil create -volname pixdesk 1.2.0rc1") for call in calls)


def test_with_credentials_the_app_is_signed_then_the_image_notarized_then_stapled(macos):
    result, calls = macos('"$1"', FAKE_NOTARY_OUTPUT=ACCEPTED, **SIGNING, **NOTARIZING)
    assert result.returncode == 0, result.stderr

    def first(prefix: str) -> int:
        return next(index for index, call in enumerate(calls) if call.startswith(prefix))

    identity = SIGNING["MACOS_SIGN_IDENTITY"]
    assert f"identity={identity}" in calls[first("python -m PyInstaller")]
    assert "security list-keychains -d user -s " in calls[first("security list-keychains -d user -s")]
    assert calls[first("security list-keychains -d user -s")].endswith("/Users/runner/login.keychain-db")
    order = [
        first("security import"),
        first("python -m PyInstaller"),
        first("codesign --force --options runtime"),
        first("codesign --verify --deep --strict"),
        first("hdiutil create"),
        first("codesign --force --timestamp --sign"),
        first("xcrun notarytool submit"),
        first("xcrun stapler staple"),
        first("spctl --assess"),
        first("security delete-keychain"),
    ]
    assert order == sorted(order)


def test_a_rejected_notarization_stops_before_stapling(macos):
    result, calls = macos('"$1"', FAKE_NOTARY_OUTPUT=INVALID, **SIGNING, **NOTARIZING)
    assert result.returncode == 1
    assert not any("stapler" in call for call in calls)
    assert any(call.startswith("security delete-keychain") for call in calls)  # the keychain is still removed


def test_the_bundle_versions_are_three_numbers_as_apple_wants(monkeypatch):
    monkeypatch.setattr(bundle, "version", lambda: "1.2.0rc1")
    plist = bundle.info_plist()
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == "1.2.0"
