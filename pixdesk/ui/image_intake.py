"""Images into the tray from outside the window: the Open dialog, a drop, a paste — files,
folders, web addresses or raw image data."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QMimeData, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from pixdesk.ui.attachments import AttachmentTray
from pixdesk.ui.folders import FolderMemory
from pixdesk.ui.i18n import translate

RAW_IMAGE_TYPES = ("image/png", "image/jpeg", "image/webp", "image/gif", "image/bmp", "image/tiff")
IMAGE_PATTERNS = "(*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.heic *.heif *.pdf)"


def image_filters() -> list[str]:
    return [
        translate("image_intake", "Images and PDFs") + " " + IMAGE_PATTERNS,
        translate("image_intake", "All files") + " (*)",
    ]


def open_images_dialog(parent: QWidget, folders: FolderMemory, tray: AttachmentTray) -> QFileDialog:
    """The Open dialog, in the folder used last; what is chosen goes to `tray`."""
    dialog = QFileDialog(parent, translate("image_intake", "Add images"), folders.start())
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setNameFilters(image_filters())
    dialog.filesSelected.connect(folders.remember)
    dialog.filesSelected.connect(lambda paths: tray.add_paths(list(paths)))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def may_hold_images(mime: QMimeData) -> bool:
    """Worth accepting a drag for (what it holds is checked when it is dropped)."""
    return mime.hasUrls() or mime.hasImage() or any(mime.hasFormat(kind) for kind in RAW_IMAGE_TYPES)


def take_images(mime: QMimeData | None, tray: AttachmentTray) -> bool:
    """Images from a drop or a paste into `tray`; False if `mime` holds none."""
    if mime is None:
        return False
    if mime.hasUrls():
        local = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        remote = [url.toString() for url in mime.urls() if url.scheme() in ("http", "https")]
        if local:
            tray.add_paths(local)
        for url in remote:  # fetched only because the person dropped it, capped and timed
            tray.add_url(url)
        if local or remote:
            return True
    for kind in RAW_IMAGE_TYPES:
        if mime.hasFormat(kind):
            tray.add_bytes(bytes(mime.data(kind).data()), translate("image_intake", "pasted image"))
            return True
    if mime.hasImage():
        image = mime.imageData()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG", 100)  # uncompressed: fast here; the pipeline re-encodes off-thread
        tray.add_bytes(bytes(buffer.data().data()), translate("image_intake", "pasted image"))
        return True
    return False
