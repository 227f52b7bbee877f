"""Show an image of the conversation exactly as it was sent, in the same preview the tray uses;
when the preview closes, the keyboard focus goes back where it was."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from pixdesk.domain import Attachment
from pixdesk.services import images
from pixdesk.ui.dialog_focus import open_giving_focus_back

if TYPE_CHECKING:
    from pixdesk.ui.preview_dialog import PreviewDialog


def open_sent_preview(attachment: Attachment, parent: QWidget) -> PreviewDialog:
    from pixdesk.ui.preview_dialog import PreviewDialog  # (a moment after the first frame: CHIP_MODULES)

    # The bytes in the conversation are the bytes that were sent; their original size is not
    # kept, so the preview gives the sent size as the source's.
    prepared = images.Prepared(attachment, attachment.name, 0, (attachment.width, attachment.height))
    dialog = PreviewDialog(prepared, parent)
    open_giving_focus_back(dialog)
    return dialog
