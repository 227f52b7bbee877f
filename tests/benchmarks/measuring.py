"""What measuring the small print costs, in the window and in the CLI (default mode, no
--fine-print).

The window prepares a page without the check — its chip is ready, and it can be sent — then
measures it in a second job on the image workers, and the warning appears on the chip. So two
figures per page: when the chip is READY (goal: within 1.1× of preparing before pages were
measured) and when the WARNING is shown (ready plus the check's own job). The CLI measures inline
(it must warn before it sends): its row says what that costs. Interleaved, same run; medians.

    python tests/benchmarks/measuring.py [--quick]     (also run by run.py)
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).parent))
import fixtures
from PIL import Image
from report import Row, print_table

from pixdesk.imaging import prepare
from pixdesk.imaging.encode import Resolution
from pixdesk.imaging.sources import open_source
from pixdesk.services.images import prepare_ref
from pixdesk.services.small_print import measure_ref

GOAL = 1.1  # the chip may be ready at most a tenth later than before pages were measured
THUMBNAIL = 224  # the window's (ui.attachments.THUMBNAIL_PIXELS)


def _ready(path: Path) -> None:
    """What the window's first job does: the page and its thumbnail, not measured."""
    assert prepare_ref(str(path), 0, Resolution.MODEL, THUMBNAIL, (), (), False).prepared.attachment.data


def _before(path: Path) -> None:
    """The same job before pages were measured at all."""
    with mock.patch.object(prepare, "worth_measuring", lambda _w, _h: False):
        assert prepare_ref(str(path), 0, Resolution.MODEL, THUMBNAIL).prepared.attachment.data


def _check(path: Path) -> None:
    """The window's second job: the small-print check on its own."""
    measure_ref(str(path), 0)


def _cli(path: Path) -> None:
    """The CLI's preparation: measured inline."""
    with open_source(path) as source:
        assert prepare.prepare_page(source, 0).attachment.data


def _cli_unchecked(path: Path) -> None:
    with open_source(path) as source:
        assert prepare.prepare_page(source, 0, measure=False).attachment.data


WORK: dict[str, Callable[[Path], None]] = {
    "ready": _ready,
    "before": _before,
    "check": _check,
    "cli": _cli,
    "cli unchecked": _cli_unchecked,
}


def _interleaved(path: Path, rounds: int) -> dict[str, float]:
    """Each kind of work's median in seconds, all taking turns."""
    times: dict[str, list[float]] = {name: [] for name in WORK}
    for work in WORK.values():  # warm the caches (file, imports) for all
        work(path)
    for _ in range(rounds):
        for name, work in WORK.items():
            start = time.perf_counter()
            work(path)
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def _jpeg_screenshot(path: Path) -> Path:
    png = fixtures.screenshot(path.with_suffix(".png"))
    with Image.open(png) as image:
        image.convert("RGB").save(path, "JPEG", quality=90)
    return path


def _pdf_page(path: Path) -> Path:
    """One A4 page scanned at 300 dpi, as a PDF (a JPEG inside, as scanners write them)."""
    png = fixtures.scan(path.with_suffix(".png"))
    with Image.open(png) as image:
        image.convert("RGB").save(path, "PDF", resolution=300)
    return path


PAGES: list[tuple[str, str, Callable[[Path], Path]]] = [
    ("a 4096×3072 JPEG screenshot", "shot.jpg", _jpeg_screenshot),
    ("a 4096×3072 PNG screenshot", "shot.png", fixtures.screenshot),
    ("an A4 300-dpi PNG scan", "scan.png", fixtures.scan),
    ("a 300-dpi PDF page (A4)", "scan.pdf", _pdf_page),
    ("a 24 MP JPEG photo", "photo.jpg", fixtures.photo),
]


def rows(workdir: Path, quick: bool) -> list[Row]:
    folder = workdir / "measuring"
    folder.mkdir(exist_ok=True)
    result = []
    for label, name, make in PAGES:
        t = _interleaved(make(folder / name), 5 if quick else 11)
        ready, before = t["ready"], t["before"]
        result += [
            Row(
                f"window, {label}: chip ready (median)",
                f"{ready * 1000:.0f} ms",
                f"≤ {GOAL}× preparing it before pages were measured",
                f"{before * 1000:.0f} ms before",
                f"{ready / before:.2f}×",
                ready / before <= GOAL,
            ),
            Row(
                f"window, {label}: small-print warning shown (ready + the check's own job)",
                f"{(ready + t['check']) * 1000:.0f} ms",
                "after the chip is ready; nothing waits for it",
                f"the check alone {t['check'] * 1000:.0f} ms",
                f"{(ready + t['check']) / before:.2f}×",
                None,
            ),
            Row(
                f"CLI, {label}: prepared with the check inline (median)",
                f"{t['cli'] * 1000:.0f} ms",
                "— (the CLI warns before it sends)",
                f"{t['cli unchecked'] * 1000:.0f} ms without it",
                f"{t['cli'] / t['cli unchecked']:.2f}×",
                None,
            ),
        ]
    return result


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory(prefix="pixdesk-bench-measuring-") as folder:
        print_table(rows(Path(folder), "--quick" in sys.argv))
