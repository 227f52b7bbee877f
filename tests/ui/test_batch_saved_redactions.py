"""#14: a file redacted in a review keeps its redactions in a batch run from the window — and the
window says so, per file, in the words the chat's chips and `pixdesk batch` use. What reaches the
local Bedrock server is checked too: the secret is blacked out on every item of the file."""

from __future__ import annotations

import io

from PIL import Image

from helpers import image_folder, until
from imaging_samples import save_redaction_in_a_review, scan_with_secret, secret_pixels


def test_the_batch_window_says_which_files_had_saved_redactions_applied(make_window, run, bedrock, history, tmp_path):
    scan = scan_with_secret(tmp_path / "contract.png")
    [other] = image_folder(tmp_path / "shots", 1, (500, 400)).iterdir()  # nothing saved for it
    save_redaction_in_a_review(history, scan)
    window = make_window(history=history)
    batch = run(window.open_batch())
    batch.add_paths([str(scan), str(other)])
    batch.own.setText("What is on it?")
    batch.own.returnPressed.emit()  # two prompts: each page is prepared twice, counted once
    assert not batch.redactions.isVisibleTo(batch)  # nothing applied yet, nothing said
    batch.start_button.click()
    run(until(lambda: batch.job is not None and batch.bar.value() == 4 and not batch.running, message="the batch"))

    assert batch.redactions.isVisibleTo(batch)
    assert batch.redactions.text() == "1 saved redaction applied to contract.png"  # not "2": one page, one box
    rows = {
        (batch.table.item(row, 0).text(), batch.table.item(row, 2).text()): batch.table.item(row, 3)
        for row in range(batch.table.rowCount())
    }
    assert {cell.text() for cell in rows.values()} == {"done"}
    for (name, _prompt), status in rows.items():
        assert status.toolTip() == ("1 saved redaction applied" if name == "contract.png" else "")
    sent = [Image.open(io.BytesIO(image.data)) for request in bedrock.requests for image in request.parsed.images]
    assert len(sent) == 4 and all(secret_pixels(image) == 0 for image in sent)


def test_an_earlier_batch_opened_again_claims_nothing_it_did_not_do(make_window, run, bedrock, history, tmp_path):
    """Whether redactions were applied when an earlier batch ran is not kept: only this run's are said."""
    scan = scan_with_secret(tmp_path / "contract.png")
    save_redaction_in_a_review(history, scan)
    window = make_window(history=history)
    batch = run(window.open_batch())
    batch.add_paths([str(scan)])
    batch.start_button.click()
    run(until(lambda: batch.job is not None and batch.job.left == 0 and not batch.running, message="the batch"))
    assert batch.redactions.isVisibleTo(batch)
    run(batch.open_job(batch.job.id))
    assert not batch.redactions.isVisibleTo(batch) and batch.redactions.text() == ""
