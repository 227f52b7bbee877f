"""A batch item's page says how many saved redactions were burned into it (#14): the window
tells the person per file. A saved box that starts off the page hides nothing there: not counted."""

from __future__ import annotations

import io

from PIL import Image

from imaging_samples import secret_pixels
from pixdesk.services.batch import prepare_item

SECRET = (230, 20, 230)


def test_prepare_item_counts_the_redactions_it_burned_in(tmp_path):
    path = tmp_path / "form.png"
    page = Image.new("RGB", (400, 300), "white")
    page.paste(SECRET, (50, 50, 150, 120))
    page.save(path)
    on_page, off_page = (40, 40, 120, 90), (500, 10, 20, 20)

    prepared = prepare_item(str(path), 0, (on_page, off_page))

    assert prepared.redactions_applied == 1
    assert secret_pixels(Image.open(io.BytesIO(prepared.attachment.data))) == 0
    assert prepare_item(str(path), 0).redactions_applied == 0
