"""Show an image of the conversation exactly as it was sent, in the same preview the tray uses;
when the preview closes, the keyboard focus goes back where it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from pixdesk.domain import Attachment
from pixdesk.services.images import Prepared
from pixdesk.ui.attachments import PreviewDialog


def open_sent_preview(attachment: Attachment, parent: QWidget) -> PreviewDialog:
    # The bytes in the conversation are the bytes that were sent; their original size is not
    # kept, so the preview gives the sent size as the source's.
    prepared = Prepared(attachment, attachment.name, 0, (attachment.width, attachment.height))
    dialog = PreviewDialog(prepared, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    had_focus = QApplication.focusWidget()

    def give_focus_back() -> None:
        if had_focus is not None:
            try:
                had_focus.setFocus(Qt.FocusReason.OtherFocusReason)
            except RuntimeError:  # it went away while the preview was open
                pass

    dialog.finished.connect(give_focus_back)
    dialog.open()
    return dialog
