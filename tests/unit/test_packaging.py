"""The installers' declarations agree with each other and with the app, and the keep rules keep
what pixdesk needs on each platform's layout (Linux, Windows and macOS paths as PyInstaller
names them). The built bundle itself is checked by packaging/linux/build.sh in CI."""

from __future__ import annotations

import configparser
import io
import re
import sys
from pathlib import Path

import pytest
from PIL import Image

import pixdesk
from pixdesk.bedrock.installation import SERVICES_USED
from pixdesk.imaging.formats import sniff_format

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
sys.path.insert(0, str(PACKAGING))
import bundle  # noqa: E402


def test_the_version_comes_from_pixdesk():
    assert bundle.version() == pixdesk.__version__


def test_the_bundle_keeps_the_botocore_services_the_app_checks_for():
    assert bundle.BOTOCORE_SERVICES == SERVICES_USED


@pytest.mark.parametrize(
    ("path", "kept"),
    [
        ("botocore/data/endpoints.json", True),
        ("botocore/data/_retry.json", True),
        ("botocore/data/bedrock-runtime/2023-09-30/service-2.json.gz", True),
        ("botocore/data/sso-oidc/2019-06-10/service-2.json.gz", True),
        ("botocore/data/s3/2006-03-01/service-2.json.gz", False),
        ("botocore/data/bedrock/2023-04-20/service-2.json.gz", False),  # the control plane: not used
        ("botocore/cacert.pem", True),
        ("boto3/data/s3/2006-03-01/resources-1.json", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),  # Qt's standard buttons in German (pixdesk speaks it)
        ("PySide6\\translations\\qtbase_fr.qm", True),
        ("PySide6/Qt/translations/qtbase_ja.qm", False),  # a language pixdesk does not speak
        ("PySide6/Qt/translations/designer_de.qm", False),
        ("PySide6/Qt/translations/qt_help_de.qm", False),
        ("pixdesk/ui/translations/pixdesk_de.qm", True),
        ("pixdesk/ui/icons/pixdesk.png", True),
    ],
)
def test_data_files(path, kept):
    assert bundle.keep(path) is kept


@pytest.mark.parametrize(
    ("path", "kept"),
    [
        # Linux
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqlinuxfb.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so", False),
        ("PySide6/Qt/lib/libQt6Gui.so.6", True),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", True),  # the single-instance socket
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("PySide6/Qt/lib/libicudata.so.73", True),
        # Windows
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6\\plugins\\imageformats\\qjpeg.dll", True),
        ("PySide6\\Qt6Widgets.dll", True),
        ("PySide6\\Qt6Network.dll", True),
        ("PySide6\\Qt6Qml.dll", False),
        ("PySide6\\opengl32sw.dll", False),
        # macOS
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/styles/libqmacstyle.dylib", True),
        ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", True),
        ("PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork", True),
        ("PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml", False),
        # Python bindings are never mistaken for Qt libraries
        ("PySide6/QtCore.abi3.so", True),
        ("PySide6\\QtGui.pyd", True),
    ],
)
def test_qt_files(path, kept):
    assert bundle.keep(path) is kept


def _entry(destination: str, typecode: str = "BINARY") -> tuple[str, str, str]:
    return destination, f"/src/{destination}", typecode


def test_linux_libraries_keep_what_is_reachable_and_leave_the_system_its_own():
    binaries = [
        _entry("PySide6/QtGui.abi3.so", "EXTENSION"),
        _entry("PySide6/Qt/lib/libQt6Gui.so.6"),
        _entry("PySide6/Qt/lib/libQt6Core.so.6"),
        _entry("PySide6/Qt/lib/libQt6Network.so.6"),  # needed only by a plugin that was dropped
        _entry("PySide6/Qt/plugins/platforms/libqxcb.so"),
        _entry("libpython3.11.so.1.0"),
        _entry("libfontconfig.so.1"),  # the system's
        _entry("libexpat.so.1"),  # fontconfig's own dependency: goes with it
        _entry("libgtk-3.so.0"),  # brought in by the GTK theme plugin, which was dropped
        _entry("libsqlite3.so.0"),
        _entry("pypdfium2_raw/libpdfium.so"),  # loaded with ctypes: a root
    ]
    needs = {
        "/src/PySide6/QtGui.abi3.so": ["libQt6Gui.so.6", "libpython3.11.so.1.0"],
        "/src/PySide6/Qt/lib/libQt6Gui.so.6": ["libQt6Core.so.6", "libfontconfig.so.1"],
        "/src/libfontconfig.so.1": ["libexpat.so.1"],
        "/src/PySide6/Qt/plugins/platforms/libqxcb.so": ["libQt6Gui.so.6"],
        "/src/libpython3.11.so.1.0": [],
        "/src/pypdfium2_raw/libpdfium.so": [],
    }
    datas = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("botocore/data/endpoints.json", "/src/endpoints.json", "DATA"),
    ]
    kept, kept_datas = bundle.linux_libraries(binaries, datas, lambda source: needs.get(source, []))
    assert sorted(entry[0] for entry in kept) == sorted(
        [
            "PySide6/QtGui.abi3.so",
            "PySide6/Qt/lib/libQt6Gui.so.6",
            "PySide6/Qt/lib/libQt6Core.so.6",
            "PySide6/Qt/plugins/platforms/libqxcb.so",
            "libpython3.11.so.1.0",
            "pypdfium2_raw/libpdfium.so",
        ]
    )
    assert [entry[0] for entry in kept_datas] == ["libQt6Gui.so.6", "botocore/data/endpoints.json"]


def test_elf_needed_reads_direct_dependencies_only():
    import PySide6

    gui = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Gui.so.6"
    needed = bundle.elf_needed(str(gui))
    assert "libQt6Core.so.6" in needed
    assert "libicudata.so.73" not in needed  # Core's dependency, not Gui's own


# --- "Open with pixdesk": one list of file types, everywhere ------------------------------------


PIL_FORMAT = {
    "PNG image": "PNG",
    "JPEG image": "JPEG",
    "GIF image": "GIF",
    "WebP image": "WEBP",
    "BMP image": "BMP",
    "TIFF image": "TIFF",
    "HEIC photo": "HEIF",
    "PDF document": "PDF",
}


@pytest.mark.parametrize("file_type", bundle.FILE_TYPES, ids=lambda file_type: file_type.title)
def test_every_declared_type_is_one_pixdesk_reads(file_type):
    """Offering "Open with pixdesk" for a type pixdesk then refuses would be a broken promise."""
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), (200, 40, 40)).save(buffer, PIL_FORMAT[file_type.title])
    kind = sniff_format(buffer.getvalue())
    assert kind in file_type.extensions  # png, jpeg, gif, webp, bmp, tiff, heic, pdf


def test_windows_installer_offers_exactly_the_declared_extensions():
    script = (PACKAGING / "windows" / "pixdesk.iss").read_text(encoding="utf-8")
    progid = re.findall(r'Subkey: "Software\\Classes\\\.(\w+)\\OpenWithProgids"', script)
    supported = re.findall(r'SupportedTypes"; ValueType: string; ValueName: "\.(\w+)"', script)
    assert progid == bundle.extensions()
    assert supported == bundle.extensions()


def test_windows_installer_is_per_user_and_cleans_up():
    script = (PACKAGING / "windows" / "pixdesk.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    registry = [line for line in script.splitlines() if line.startswith("Root: ")]
    assert all(line.startswith("Root: HKA;") for line in registry)  # HKEY_CURRENT_USER per user
    # Every key pixdesk creates is removed on uninstall (a key, or its one value).
    top_keys = [line for line in registry if "uninsdelete" in line]
    assert {re.search(r'Subkey: "([^"]+)"', line)[1] for line in top_keys} >= {
        "Software\\Classes\\Applications\\{#AppExe}",
        "Software\\Classes\\{#ProgId}",
    }
    assert all("uninsdeletevalue" in line for line in registry if "OpenWithProgids" in line)


def test_linux_desktop_entry_lists_the_declared_types():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / "pixdesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["MimeType"].rstrip(";").split(";") == bundle.mime_types()
    assert desktop["Exec"] == "pixdesk %F"  # several files at once, as `pixdesk a.png b.pdf`
    assert desktop["Icon"] == "pixdesk"


def test_macos_document_types_cover_every_extension():
    plist = bundle.info_plist()
    assert plist["CFBundleShortVersionString"] == pixdesk.__version__
    assert plist["NSHighResolutionCapable"] is True
    extensions = [ext for doc in plist["CFBundleDocumentTypes"] for ext in doc["CFBundleTypeExtensions"]]
    assert extensions == bundle.extensions()
    assert all(
        doc["LSHandlerRank"] == "Alternate" and doc["LSItemContentTypes"] for doc in plist["CFBundleDocumentTypes"]
    )


# --- Windows version numbers and resources ------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("1.2.0", "1.2.0.0"),
        ("1.2.0rc1", "1.2.0.0"),  # Inno Setup's VersionInfoVersion takes numbers only
        ("1.2.0a3", "1.2.0.0"),
        ("1.2.0.dev4", "1.2.0.0"),
        ("1.2.0.post2", "1.2.0.0"),
        ("1.2.0rc1.post1.dev3", "1.2.0.0"),
        ("1.2", "1.2.0.0"),
        ("1", "1.0.0.0"),
        ("1.2.3.4.5", "1.2.3.4"),
        ("1.2.3+local.7", "1.2.3.0"),
        ("v1.2.3", "1.2.3.0"),
        ("2!1.2", "1.2.0.0"),
    ],
)
def test_numeric_version_is_four_numbers(version, numbers):
    assert bundle.numeric_version(version) == numbers


def test_numeric_version_defaults_to_pixdesks_own():
    assert bundle.numeric_version().startswith(re.match(r"\d+(\.\d+)*", pixdesk.__version__)[0])
    assert len(bundle.numeric_version().split(".")) == 4


@pytest.mark.parametrize("version", ["rc1", "", "1.70000"])
def test_numeric_version_refuses_what_windows_cannot_hold(version):
    with pytest.raises(ValueError):
        bundle.numeric_version(version)


def _read_version_resource(text: str) -> tuple[dict, dict[str, str]]:
    """Evaluate the resource text as PyInstaller does (utils/win32/versioninfo.py,
    load_version_info_from_text_file), with stand-ins taking the same arguments as its classes
    (the real ones import pefile and win32api, Windows-only). Returns the fixed info and strings."""

    def fixed_file_info(filevers, prodvers, mask, flags, OS, fileType, subtype, date):  # noqa: N803
        return {"filevers": filevers, "prodvers": prodvers}

    structures = {
        "VSVersionInfo": lambda ffi=None, kids=None: (ffi, kids),
        "FixedFileInfo": fixed_file_info,
        "StringFileInfo": lambda kids=None: kids,
        "StringTable": lambda name=None, kids=None: dict(kids),
        "StringStruct": lambda name=None, val=None: (name, val),
        "VarFileInfo": lambda kids=None: kids,
        "VarStruct": lambda name=None, kids=None: (name, kids),
    }
    fixed, kids = eval(text, structures)  # our own text, evaluated as PyInstaller does
    return fixed, kids[0][0]


@pytest.mark.parametrize("executable", ["pixdesk", "pixdesk-cli"])
def test_each_exe_names_itself_in_its_version_resource(executable):
    fixed, strings = _read_version_resource(bundle.windows_version_info(executable, "1.2.0rc1"))
    assert fixed == {"filevers": (1, 2, 0, 0), "prodvers": (1, 2, 0, 0)}
    assert strings["OriginalFilename"] == f"{executable}.exe"
    assert strings["InternalName"] == executable
    assert strings["FileDescription"] == executable  # what Task Manager lists: a name, not a sentence
    assert strings["ProductName"] == "pixdesk"
    assert strings["FileVersion"] == strings["ProductVersion"] == "1.2.0rc1"


def test_the_spec_gives_each_exe_its_own_version_resource():
    spec = (PACKAGING / "pixdesk.spec").read_text(encoding="utf-8")
    assert 'name="pixdesk", console=False, version=windows_version_file("pixdesk")' in spec
    assert 'name="pixdesk-cli", console=True, version=windows_version_file("pixdesk-cli")' in spec
    assert "bundle.drop_dangling_symlinks(a.datas, a.binaries)" in spec
