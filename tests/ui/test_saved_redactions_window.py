"""A file redacted in a review, in another conversation, dropped into a new chat: its chip says
"1 saved redaction applied", and what reaches the local Bedrock server has the secret blacked out
— also when the redaction is saved after the file was added."""

from __future__ import annotations

import io

from PIL import Image

from helpers import until
from imaging_samples import save_redaction_in_a_review, scan_with_secret, secret_pixels
from pixdesk.services.chat import Status


def _send(window, run, question: str = "What is this?") -> None:
    window.composer.set_text(question)
    window.send()
    run(
        until(
            lambda: window.session.exchanges and window.session.exchanges[-1].status is Status.DONE,
            message="the answer",
        )
    )


def _sent(bedrock) -> Image.Image:
    [sent] = (Image.open(io.BytesIO(seen.data)) for seen in bedrock.requests[-1].parsed.images)
    return sent


def test_a_file_dropped_into_a_new_chat_keeps_its_saved_redactions(make_window, run, bedrock, history, tmp_path):
    scan = scan_with_secret(tmp_path / "contract.png")
    save_redaction_in_a_review(history, scan)
    window = make_window(history=history)
    window.attach_paths([str(scan)])
    run(until(lambda: window.tray.attachments(), message="the image in the tray"))
    [chip] = window.tray.chips()
    assert "1 saved redaction applied" in chip.detail.text()
    assert "1 saved redaction applied" in chip.toolTip()  # and for a screen reader
    _send(window, run)
    assert secret_pixels(_sent(bedrock)) == 0


def test_a_redaction_saved_after_the_file_was_added_still_reaches_it(make_window, run, bedrock, history, tmp_path):
    """Another window (or review) redacts the file while it waits in the tray: it is burned in at send."""
    scan = scan_with_secret(tmp_path / "contract.png")
    window = make_window(history=history)
    window.attach_paths([str(scan)])
    run(until(lambda: window.tray.attachments(), message="the image in the tray"))
    [chip] = window.tray.chips()
    assert "saved redaction" not in chip.detail.text()
    save_redaction_in_a_review(history, scan)
    _send(window, run)
    assert secret_pixels(_sent(bedrock)) == 0
