"""What goes into the installers, declared once: identity, the file types pixdesk opens, and
which of the files PyInstaller collects are kept. Read by pixdesk.spec; checked by
tests/unit/test_packaging.py (the Inno Setup script and the Linux .desktop file list the same
file types; the keep rules keep what the app needs and drop what it does not).

The trimming was measured, not guessed: `pixdesk --self-test` in the built bundle loads every
kept Qt platform plugin, botocore's kept service descriptions and the image libraries, and
packaging/linux/build.sh fails if any kept library misses a bundled library it links against.
"""

from __future__ import annotations

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


def version() -> str:
    """The one version source, pixdesk/__init__.py, read without importing pixdesk."""
    text = (ROOT / "pixdesk" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M)[1]


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
        "CFBundleShortVersionString": version(),
        "CFBundleVersion": version(),
        "NSHumanReadableCopyright": COPYRIGHT,
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "12.0",  # Qt 6.8+
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
        return False  # pixdesk is not translated; Qt's own strings stay English
    plugin = _PLUGIN.search(path)
    if plugin and "PySide6/" in path:
        wanted = QT_PLUGINS.get(plugin["folder"], set())
        return wanted is None or any(plugin["name"].startswith(name) for name in wanted)
    library = _QT_LIBRARY.search(path)
    if library and "PySide6/" in path:
        return library["module"] not in QT_LIBRARIES_DROPPED
    return True


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
    # Top-level symlinks into PySide6/Qt/lib stand for the libraries they point at.
    kept_datas = [entry for entry in datas if entry[2] != "SYMLINK" or entry[1] in kept]
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
