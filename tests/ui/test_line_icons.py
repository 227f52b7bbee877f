"""The committed icon masks are what resources/icons/make_icons.py draws from the SVGs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PIL import Image, ImageChops, ImageStat

from pixdesk.ui import icons

SOURCE = Path(__file__).resolve().parents[2] / "resources" / "icons"


def test_committed_masks_match_the_svgs(qapp, tmp_path):
    spec = importlib.util.spec_from_file_location("make_line_icons", SOURCE / "make_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.names() == sorted(icons.NAMES)
    for fresh in module.make_all(tmp_path):
        with Image.open(fresh) as new, Image.open(icons.ICON_DIR / fresh.name) as committed:
            assert new.size == committed.size, fresh.name
            difference = ImageChops.difference(new.convert("RGBA"), committed.convert("RGBA"))
            assert max(ImageStat.Stat(difference).mean) < 1.0, f"{fresh.name} is stale: run make_icons.py"
