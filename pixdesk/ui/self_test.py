"""The window's part of `pixdesk --self-test`: Qt's plugins and drawing a real answer.

The self-test runs offscreen, so the native platform plugin (xcb, windows, cocoa) is not used;
it is loaded as a library instead, which proves it is bundled and that the system libraries it
needs are there (on Linux, a missing libxcb-cursor0 is the usual reason Qt apps fail to start)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPluginLoader, QUrl
from PySide6.QtGui import QGuiApplication, QImageReader, QTextDocument

from pixdesk.domain import Answer, AskRequest, ProxyChoice
from pixdesk.services.exchange import Exchange, Status
from pixdesk.services.self_test import CheckFailed, Passed, Report
from pixdesk.ui.chat_view import ChatView

NATIVE_PLATFORM = {"win32": "windows", "darwin": "cocoa"}.get(sys.platform, "xcb")
IMAGE_FORMATS_USED = (b"png", b"jpeg")  # thumbnails and attachments drawn by Qt
_WORD = re.compile(r"\w+")


def platform_plugin(name: str) -> Path | None:
    """The file of Qt's platform plugin `name` on Qt's plugin path, if there is one."""
    for directory in QCoreApplication.libraryPaths():
        folder = Path(directory) / "platforms"
        if folder.is_dir():
            for candidate in folder.iterdir():
                if re.fullmatch(rf"(lib)?q{name}\.(so|dll|dylib)", candidate.name):
                    return candidate
    return None


def check_offscreen_plugin() -> Passed:
    """Before a QApplication exists: without this plugin, Qt would abort instead of reporting."""
    plugin = platform_plugin("offscreen")
    if plugin is None:
        raise CheckFailed(
            "Qt's offscreen platform plugin is missing (looked in "
            f"{', '.join(QCoreApplication.libraryPaths()) or 'no plugin folder'})"
        )
    return Passed(f"{plugin.parent}")


def check_platform() -> Passed:
    platform = QGuiApplication.platformName()
    if platform != "offscreen":
        raise CheckFailed(f"running on the {platform} platform, not offscreen")
    plugin = platform_plugin(NATIVE_PLATFORM)
    if plugin is None:
        raise CheckFailed(f"the {NATIVE_PLATFORM} platform plugin, which shows the window, is missing")
    loader = QPluginLoader(str(plugin))
    if not loader.load():
        raise CheckFailed(f"the {NATIVE_PLATFORM} platform plugin does not load: {loader.errorString()}")
    return Passed(f"offscreen for this test; {plugin.name} loads")


def check_image_formats() -> Passed:
    readable = {bytes(name.data()) for name in QImageReader.supportedImageFormats()}
    missing = [name.decode() for name in IMAGE_FORMATS_USED if name not in readable]
    if missing:
        raise CheckFailed(f"Qt cannot read {', '.join(missing)} images (imageformats plugins missing)")
    return Passed(", ".join(name.decode() for name in IMAGE_FORMATS_USED))


def check_rendering(request: AskRequest, answer: Answer) -> Passed:
    """Draw the round trip's question and answer in the real chat view, as the window would."""
    view = ChatView()
    try:
        view.resize(720, 560)
        exchange = Exchange(request.question, request.attachments, answer, Status.DONE)
        view.show_exchanges([exchange])
        document = view.document()
        shown = set(_WORD.findall(document.toPlainText()))
        words = _WORD.findall(answer.text)
        missing = [word for word in words if word not in shown]
        if not words or len(missing) > len(words) // 20:  # Markdown drops its marks, not words
            raise CheckFailed(f"the answer was not drawn ({len(missing)} of {len(words)} words missing)")
        if request.question not in document.toPlainText():
            raise CheckFailed("the question was not drawn")
        if "tokens" not in document.toPlainText():
            raise CheckFailed("the answer's footer (tokens, cost) was not drawn")
        thumbnail = document.resource(QTextDocument.ResourceType.ImageResource.value, QUrl("pixdesk-thumb:0"))
        if thumbnail is None or thumbnail.isNull():
            raise CheckFailed("the image's thumbnail was not drawn")
        picture = view.grab().toImage()
        colours = {picture.pixel(x, y) for x in range(0, picture.width(), 7) for y in range(0, picture.height(), 7)}
        if len(colours) < 3:
            raise CheckFailed("the chat view painted nothing (no fonts?)")
        return Passed(
            f"{len(words)} words of Markdown, the thumbnail and the footer drawn "
            f"({picture.width()}×{picture.height()}, {len(colours)} colours)"
        )
    finally:
        view.deleteLater()


def saved_proxy() -> ProxyChoice:
    """The proxy chosen in Settings (never its password: the self-test only says which is used)."""
    from pixdesk.services.choices import Choices
    from pixdesk.settings import Settings
    from pixdesk.ui.settings_store import QSettingsStore

    return Choices(Settings(QSettingsStore())).proxy()


def run_qt_checks(report: Report) -> None:
    report.run("Qt platform", check_platform)
    report.run("Qt image formats", check_image_formats)
