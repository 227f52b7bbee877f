"""What goes into the installers, declared once: identity, the file types pixdesk opens, and
which of the files PyInstaller collects are kept. Read by pixdesk.spec; checked by
tests/unit/test_packaging.py (the Inno Setup script and the Linux .desktop file list the same
file types; the keep rules keep what the app needs and drop what it does not) and
tests/unit/test_packaging_macos.py (the frameworks' symbolic links survive trimming).

The trimming was measured, not guessed: `pixdesk --self-test` in the built bundle loads every
kept Qt platform plugin, botocore's kept service descriptions and the image libraries, and
packaging/linux/build.sh fails if any kept library misses a bundled library it links against.
"""

from __future__ import annotations

import posixpath
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

APP_NAME = "pixdesk"
BUNDLE_ID = "io.github.pixdesk"  # macOS bundle identifier; also the Linux desktop-file id
PUBLISHER = "pixdesk"
DESCRIPTION = "Ask Pixtral Large on Amazon Bedrock about screenshots and scanned documents"
COPYRIGHT = "Copyright © 2026 the pixdesk authors. Apache-2.0."
MACOS_MINIMUM = "13.0"  # see info_plist()


def version() -> str:
    """The one version source, pixdesk/__init__.py, read without importing pixdesk."""
    text = (ROOT / "pixdesk" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M)[1]


# Windows keeps a file version as four 16-bit numbers (VS_FIXEDFILEINFO's dwFileVersionMS/LS:
# https://learn.microsoft.com/windows/win32/api/verrsrc/ns-verrsrc-vs_fixedfileinfo), and Inno
# Setup's VersionInfoVersion takes only such numbers, so "1.2.0rc1" would stop its compile.
# PEP 440: [v][epoch!]release[pre][post][dev][+local]; only the release part is numbers.
_RELEASE = re.compile(r"v?(?:\d+!)?(?P<release>\d+(?:\.\d+)*)", re.IGNORECASE)


def numeric_version(version_text: str | None = None) -> str:
    """The version as Windows' four numbers: PEP 440's release part, padded with zeros or cut to
    four ("1.2.0rc1" -> "1.2.0.0", "1.2" -> "1.2.0.0"). packaging/windows/build.ps1 passes it to
    Inno Setup as /DAppNumericVersion; the spec writes it into the .exe's version resource."""
    text = version() if version_text is None else version_text
    match = _RELEASE.match(text.strip())
    if match is None:
        raise ValueError(f"not a PEP 440 version: {text!r}")
    numbers = [int(part) for part in match["release"].split(".")][:4]
    numbers += [0] * (4 - len(numbers))
    if any(number > 0xFFFF for number in numbers):
        raise ValueError(f"{text!r}: Windows keeps each version number in 16 bits (0-65535)")
    return ".".join(str(number) for number in numbers)


def windows_version_info(executable: str, version_text: str | None = None) -> str:
    """The version resource of pixdesk's `executable` ("pixdesk" or "pixdesk-cli"), in the text form
    PyInstaller's EXE(version=...) reads (PyInstaller/utils/win32/versioninfo.py evaluates it).
    Task Manager and "Open with" show FileDescription (when no FriendlyAppName is registered:
    https://learn.microsoft.com/windows/win32/shell/app-registration), so it is the program's short
    name, not a sentence; OriginalFilename and InternalName name this very file, so the console
    twin has its own."""
    text = version() if version_text is None else version_text
    numbers = tuple(int(part) for part in numeric_version(text).split("."))
    strings = {
        "CompanyName": PUBLISHER,
        "FileDescription": executable,
        "FileVersion": text,
        "InternalName": executable,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{executable}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": text,
        "Comments": DESCRIPTION,
    }
    table = ",\n          ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings.items())
    # 040904B0 and [1033, 1200]: U.S. English, Unicode: the pair Windows looks up first.
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[StringFileInfo([StringTable('040904B0', [
          {table}])]),
        VarFileInfo([VarStruct('Translation', [1033, 1200])])]
)"""


@dataclass(frozen=True)
class FileType:
    title: str
    extensions: tuple[str, ...]
    mime_types: tuple[str, ...]
    utis: tuple[str, ...]  # macOS Uniform Type Identifiers


# What "Open with pixdesk" offers: every format pixdesk/imaging reads (SVG is not one).
FILE_TYPES = (
    FileType("PNG image", ("png",), ("image/png",), ("public.png",)),
    FileType("JPEG image", ("jpg", "jpeg"), ("image/jpeg",), ("public.jpeg",)),
    FileType("GIF image", ("gif",), ("image/gif",), ("com.compuserve.gif",)),
    FileType("WebP image", ("webp",), ("image/webp",), ("org.webmproject.webp",)),
    FileType("BMP image", ("bmp",), ("image/bmp",), ("com.microsoft.bmp",)),
    FileType("TIFF image", ("tif", "tiff"), ("image/tiff",), ("public.tiff",)),
    FileType("HEIC photo", ("heic", "heif"), ("image/heic", "image/heif"), ("public.heic", "public.heif")),
    FileType("PDF document", ("pdf",), ("application/pdf",), ("com.adobe.pdf",)),
)


def extensions() -> list[str]:
    return [ext for file_type in FILE_TYPES for ext in file_type.extensions]


def mime_types() -> list[str]:
    return [mime for file_type in FILE_TYPES for mime in file_type.mime_types]


def info_plist() -> dict:
    """macOS Info.plist entries beyond what PyInstaller writes itself."""
    return {
        "CFBundleDisplayName": APP_NAME,
        # Apple wants three period-separated integers in both: "1.2.0rc1" is shown as 1.2.0.
        "CFBundleShortVersionString": ".".join(numeric_version().split(".")[:3]),
        "CFBundleVersion": ".".join(numeric_version().split(".")[:3]),
        "NSHumanReadableCopyright": COPYRIGHT,
        "LSApplicationCategoryType": "public.app-category.productivity",
        # The PySide6-Essentials wheel pip installs for Python 3.11 is macosx_13_0_universal2 (6.11.3),
        # and its Qt frameworks say so themselves (LC_BUILD_VERSION minos 13.0 on both slices): an
        # older macOS would refuse to load them, so Finder refuses to open the app there instead.
        "LSMinimumSystemVersion": MACOS_MINIMUM,
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # follow Dark Mode
        # "Open with pixdesk" for these types, never taking over as their default app.
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": file_type.title,
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": list(file_type.utis),
                "CFBundleTypeExtensions": list(file_type.extensions),
            }
            for file_type in FILE_TYPES
        ],
    }


# --- what the bundle keeps ------------------------------------------------------------------

# botocore's data folder is 27 MB for ~450 services; pixdesk needs these (see
# pixdesk/bedrock/installation.py) and the top-level files (endpoints, partitions, retries).
BOTOCORE_SERVICES = ("bedrock-runtime", "sts", "sso", "sso-oidc", "signin")

# Qt plugins by folder: None keeps the whole folder; a set keeps the plugins whose names match.
QT_PLUGINS: dict[str, set[str] | None] = {
    "platforms": {"offscreen", "xcb", "wayland", "windows", "cocoa"},  # offscreen: --self-test
    "platformthemes": {"xdgdesktopportal"},  # not gtk3: it would need GTK on the system
    "platforminputcontexts": None,  # typing accents and CJK (compose, ibus)
    "imageformats": {"jpeg", "gif"},  # thumbnails and pasted pictures; PNG and BMP are built in
    "styles": None,  # the native look on Windows and macOS
    "xcbglintegrations": None,
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"bradient"},  # adwaita would need QtSvg
}
# Qt libraries nothing kept links against (the plugins above were checked with readelf).
# (Network stays: QtNetwork's local socket keeps pixdesk to one window — pixdesk/ui/single_instance.py.)
QT_LIBRARIES_DROPPED = (
    "Svg",
    "OpenGL",
    "Pdf",
    "Qml",
    "Quick",
    "EglFSDeviceIntegration",
    "EglFsKmsSupport",
    "WlShellIntegration",
    "VirtualKeyboard",
)
# Python modules the app never imports, which PyInstaller's hooks would still pull in.
EXCLUDED_MODULES = (
    "tkinter",
    "PySide6.QtDBus",
    "PySide6.QtOpenGL",
    "PySide6.QtSvg",
    "PySide6.QtQml",
    "PIL.ImageQt",
    "PIL.ImageTk",
    "PIL._avif",
    "PIL.AvifImagePlugin",  # AVIF is not a format pixdesk reads
    "PIL._imagingft",  # Pillow's FreeType text drawing (with HarfBuzz: 2.5 MB); pixdesk draws no text with Pillow
    "boto3.dynamodb",
    "boto3.ec2",  # boto3's hook adds them; only boto3's resources use them (s3transfer stays: boto3.compat imports it)
)

QT_TRANSLATIONS_KEPT = re.compile(r"qtbase_(de|fr|es)\.qm")  # pixdesk/ui/i18n.py LANGUAGES, English aside
_PLUGIN = re.compile(r"(?:^|/)plugins/(?P<folder>[^/]+)/(?:lib)?q?(?P<name>[^/]+?)(?:\.so|\.dll|\.dylib)$")
_QT_LIBRARY = re.compile(r"(?:^|/)(?:lib)?Qt6?(?P<module>[A-Za-z]+)(?:\.so[.0-9]*|\.dll|\.dylib|\.framework/.*)$")


def keep(destination: str) -> bool:
    """Whether a file PyInstaller collected (its path inside the bundle) belongs in pixdesk."""
    path = destination.replace("\\", "/")
    if path.startswith("botocore/data/"):
        parts = path.split("/")
        return len(parts) == 3 or parts[2] in BOTOCORE_SERVICES
    if path.rsplit("/", 1)[-1].lower() == "opengl32sw.dll":
        return False  # Windows: Qt's 20 MB software OpenGL, for OpenGL apps on machines without a driver
    if path.startswith("boto3/data/"):
        return False  # boto3's resource models: pixdesk uses clients only
    if "PySide6/" in path and ("/translations/" in path or path.endswith(".qm")):
        # Qt's own words (standard buttons: Save, Cancel, Open…) in the languages pixdesk speaks;
        # the other ~600 catalogues (Designer, Assistant, other languages) are dead weight.
        return bool(QT_TRANSLATIONS_KEPT.fullmatch(path.rsplit("/", 1)[-1]))
    plugin = _PLUGIN.search(path)
    if plugin and "PySide6/" in path:
        wanted = QT_PLUGINS.get(plugin["folder"], set())
        return wanted is None or any(plugin["name"].startswith(name) for name in wanted)
    library = _QT_LIBRARY.search(path)
    if library and "PySide6/" in path:
        return library["module"] not in QT_LIBRARIES_DROPPED
    return True


# --- symbolic links: keep the ones that still lead somewhere -----------------------------------

# PyInstaller's SYMLINK entries are (link, target, "SYMLINK") with the target relative to the
# link's own folder, as os.symlink(target, link) takes it when COLLECT and BUNDLE make the link
# (PyInstaller 6.22.3: building/api.py COLLECT.assemble, building/osx.py BUNDLE.assemble). On
# macOS, utils/osx.py collect_files_from_framework_bundles adds three to each .framework:
#   QtCore.framework/Versions/Current -> A
#   QtCore.framework/QtCore           -> Versions/Current/QtCore
#   QtCore.framework/Resources        -> Versions/Current/Resources
# codesign refuses a framework without them, so trimming must keep them and drop only the links
# whose target it removed.
_MAX_LINK_HOPS = 40  # Linux's MAXSYMLINKS: more links in one path than any real tree has


def _posix(destination: str) -> str:
    return destination.replace("\\", "/")


def _link_targets(entries: list[tuple]) -> dict[str, str]:
    """Each link's target as a path from the bundle's top folder. normpath folds "..", as
    PyInstaller does when it records the link (building/datastruct.py _try_preserving_symbolic_link)."""
    return {
        _posix(link): posixpath.normpath(posixpath.join(posixpath.dirname(_posix(link)), _posix(target)))
        for link, target, typecode in entries
        if typecode == "SYMLINK"
    }


def _follow_links(path: str, links: dict[str, str]) -> str | None:
    """Where `path` leads once every link along it is followed (a link may stand for a folder,
    as Versions/Current does); None for a loop."""
    for _ in range(_MAX_LINK_HOPS):
        parts = path.split("/")
        for count in range(1, len(parts) + 1):
            head = "/".join(parts[:count])
            if head in links:
                path = posixpath.normpath(posixpath.join(links[head], *parts[count:]))
                break
        else:
            return path
    return None


def _parents(path: str) -> list[str]:
    """ "a/b/c" -> ["a/b", "a"]."""
    parts = path.split("/")
    return ["/".join(parts[:count]) for count in range(len(parts) - 1, 0, -1)]


def drop_dangling_symlinks(datas: list[tuple], binaries: list[tuple]) -> tuple[list[tuple], list[tuple]]:
    """(datas, binaries) without the symbolic links that would point at nothing: a link stays when
    its target, links followed, is a kept file or a folder that holds one."""
    entries = [*binaries, *datas]
    files = {_posix(entry[0]) for entry in entries if entry[2] != "SYMLINK"}
    folders = {folder for file in files for folder in _parents(file)}
    links = _link_targets(entries)

    def leads_somewhere(entry: tuple) -> bool:
        if entry[2] != "SYMLINK":
            return True
        target = _follow_links(links[_posix(entry[0])], links)
        return target in files or target in folders

    return [entry for entry in datas if leads_somewhere(entry)], [entry for entry in binaries if leads_somewhere(entry)]


# --- Linux: the libraries the kept files really need --------------------------------------------

# Libraries every Linux desktop that can show a Qt window already has. Bundling the build
# machine's copies invites mismatches (fontconfig's configuration format, the GPU driver's GL,
# the X server's protocol libraries), as the AppImage project's exclude list explains.
LINUX_SYSTEM_LIBRARIES = re.compile(
    r"lib(X11|X11-xcb|xcb(-[a-z-]+)?|Xau|Xdmcp|Xext|Xrender|xkbcommon(-x11)?|fontconfig|freetype|harfbuzz|expat|"
    r"dbus-1|glib-2\.0|gobject-2\.0|gio-2\.0|gmodule-2\.0|gthread-2\.0|GL|EGL|GLX|OpenGL|GLdispatch|drm|gbm|"
    r"wayland-(client|cursor|egl)|z|uuid|"
    # The C++ runtime: Qt's wheels use the system's too, and a bundled older copy breaks GPU
    # drivers built against a newer one ("GLIBCXX_3.4.30 not found").
    r"stdc\+\+|gcc_s)\.so(\.[0-9]+)*"
)


def _is_root(destination: str, typecode: str) -> bool:
    """Loaded by Python, Qt or the bootloader themselves (not only as another library's dependency)."""
    if typecode == "EXTENSION" or "/plugins/" in destination:
        return True
    if destination.startswith("libpython"):
        return True
    top_level = "/" not in destination
    return not top_level and "/Qt/lib/" not in destination  # e.g. pypdfium2_raw/libpdfium.so (ctypes)


def linux_libraries(binaries: list[tuple], datas: list[tuple], imports_of) -> tuple[list[tuple], list[tuple]]:
    """Keep the libraries reachable from what Python, Qt and ctypes load, leaving the ones every
    desktop has to the system. PyInstaller resolves the dependencies of every plugin before the
    keep rules drop some (the GTK theme would bring GTK's whole stack); this drops them again.

    `imports_of(source_path)` lists the sonames a library links against directly (elf_needed)."""
    by_name: dict[str, tuple] = {}
    for entry in binaries:
        by_name.setdefault(entry[0].rsplit("/", 1)[-1], entry)
    wanted = [entry for entry in binaries if _is_root(entry[0].replace("\\", "/"), entry[2])]
    kept: set[str] = set()
    while wanted:
        entry = wanted.pop()
        if entry[0] in kept:
            continue
        kept.add(entry[0])
        for soname in imports_of(entry[1]):
            dependency = by_name.get(soname)
            if dependency is not None and not LINUX_SYSTEM_LIBRARIES.fullmatch(soname):
                wanted.append(dependency)
    kept_binaries = [entry for entry in binaries if entry[0] in kept]
    # Top-level symlinks into PySide6/Qt/lib stand for the libraries they point at: they go with them.
    kept_datas, kept_binaries = drop_dangling_symlinks(datas, kept_binaries)
    return kept_binaries, kept_datas


def elf_needed(path: str) -> list[str]:
    """The sonames an ELF file links against directly (its DT_NEEDED entries), as objdump reads
    them (binutils: PyInstaller needs it on Linux anyway). Not ldd: that lists the system's
    dependencies of its own libraries too."""
    dump = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=True).stdout
    return re.findall(r"^\s+NEEDED\s+(\S+)$", dump, re.M)


# glibc's own libraries: part of every Linux system, never bundled by PyInstaller.
GLIBC = re.compile(r"(ld-linux[-a-z0-9_]*|lib(c|m|dl|pthread|rt|util|resolv|mvec|anl|nsl|BrokenLocale))\.so(\.[0-9]+)*")


def unresolved_libraries(folder: Path) -> list[str]:
    """ "file: soname" for each library a bundled ELF file links against that is neither in the
    bundle nor one left to the system on purpose: what trimming took away by mistake."""
    files = [
        path
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF"
    ]
    present = {path.name for path in folder.rglob("*")}
    missing = []
    for path in files:
        for soname in elf_needed(str(path)):
            if soname not in present and not LINUX_SYSTEM_LIBRARIES.fullmatch(soname) and not GLIBC.fullmatch(soname):
                missing.append(f"{path.relative_to(folder)}: {soname}")
    return missing


SIZE_GOAL_MB = 110
_SIZE_GROUPS = (
    (
        "Qt (libraries, plugins, Python bindings)",
        re.compile(r"(PySide6|shiboken6)/(?!Qt/lib/libicu)|libQt6|libpyside|libshiboken"),
    ),
    ("ICU (Qt's Unicode and locale data, Linux only)", re.compile(r"libicu")),
    ("cryptography (keychain on Linux, self-test certificate)", re.compile(r"cryptography|_cffi_backend")),
    (
        "Python and its standard library",
        re.compile(r"libpython|python3\.\d+/|base_library|lib(ssl|crypto|sqlite3|ffi|bz2|lzma|zstd)\."),
    ),
    ("Pillow, PDFium, libheif (images)", re.compile(r"PIL/|pillow\.libs|pypdfium2|pi_heif")),
    ("boto3 and botocore", re.compile(r"boto")),
    ("the program: bootloader and all compiled Python code", re.compile(r"^pixdesk(-cli)?(\.exe)?$")),
)


def size_report(folder: Path) -> tuple[float, list[tuple[str, float]]]:
    """The bundle's unpacked size in MB (10⁶ bytes of file content, not disk blocks) and where it goes."""
    sizes = {
        path.relative_to(folder).as_posix(): path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    }
    groups: dict[str, float] = {title: 0.0 for title, _ in _SIZE_GROUPS}
    groups["everything else"] = 0.0
    for name, size in sizes.items():
        title = next((title for title, pattern in _SIZE_GROUPS if pattern.search(name)), "everything else")
        groups[title] += size / 1e6
    return sum(sizes.values()) / 1e6, sorted(groups.items(), key=lambda item: -item[1])


def main(argv: list[str]) -> int:
    """python packaging/bundle.py check DIST_FOLDER: the size against its goal, and (Linux) any
    library a bundled file needs that is missing. Exit 1 if one is missing."""
    if len(argv) != 2 or argv[0] != "check":
        print(main.__doc__)
        return 2
    folder = Path(argv[1])
    total, groups = size_report(folder)
    verdict = "within" if total <= SIZE_GOAL_MB else "OVER"
    print(f"bundle size: {total:.1f} MB unpacked ({verdict} the goal of {SIZE_GOAL_MB} MB)")
    for title, megabytes in groups:
        print(f"  {megabytes:6.1f} MB  {title}")
    missing = unresolved_libraries(folder) if sys.platform.startswith("linux") else []
    for line in missing:
        print(f"missing library: {line}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
