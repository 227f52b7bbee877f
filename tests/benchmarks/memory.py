"""Peak memory of the worst inputs pixdesk accepts, against what README promises.

Each figure is the peak resident memory (VmHWM) of a fresh process doing one thing, above what
that process held after its imports, beside bare Pillow / json doing the least it could with the
same file in the same run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image
from report import Row

_PROBE = """
import json, re, sys
def mib(field):
    return int(re.search(field + r":\\s+(\\d+) kB", open("/proc/self/status").read())[1]) / 1024
what, paths = sys.argv[1], sys.argv[2:]
if what == "bare-decode":
    from PIL import Image
    Image.MAX_IMAGE_PIXELS = None
    before = mib("VmRSS")
    with Image.open(paths[0]) as image:
        image.load()
elif what == "ask":
    from pixdesk.services.images import prepare_files
    before = mib("VmRSS")
    prepare_files(paths)
elif what == "bare-json":
    before = mib("VmRSS")
    json.loads(open(paths[0], "rb").read())
elif what == "import":
    from pathlib import Path
    from pixdesk.store.export import import_json
    from pixdesk.store.history import HistoryStore
    store = HistoryStore(Path(paths[1]))
    before = mib("VmRSS")
    import_json(store, Path(paths[0]))
print(json.dumps({"before": before, "peak": mib("VmHWM")}))
"""


def _peak(what: str, *paths: Path) -> float:
    """MiB above the process's footprint after its imports."""
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, what, *map(str, paths)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "OMP_NUM_THREADS": "1"},
    )
    figures = json.loads(result.stdout)
    return figures["peak"] - figures["before"]


def _largest_png(path: Path) -> Path:
    """8000×8000 RGBA noise: the most pixels pixdesk opens, in the widest mode, incompressible
    (a 256 MB file, just inside the file-size bound)."""
    if not path.exists():
        side = 8000
        Image.frombytes("RGBA", (side, side), os.urandom(side * side * 4)).save(path, compress_level=0)
    return path


def _long_text_export(path: Path, megabytes: int) -> Path:
    """A conversation export whose answer is `megabytes` MB of text (no images), with a few
    characters outside Latin-1, as real answers have: Python then holds it at 2 bytes a character."""
    line = "The quick brown fox jumps over the lazy dog; ümlauts and 漢字 too. " * 4 + "\n"
    text = line * (megabytes * 2**20 // len(line.encode()))
    stamp = "2026-01-01T00:00:00.000+00:00"
    document = {
        "format": "pixdesk-conversation",
        "version": 1,
        "conversation": {"title": "long", "created_at": stamp, "updated_at": stamp},
        "messages": [
            {"role": "user", "text": "Summarise", "status": "complete", "created_at": stamp, "attachments": []},
            {
                "role": "assistant",
                "text": text,
                "status": "complete",
                "created_at": stamp,
                "finished_at": stamp,
                "attachments": [],
            },
        ],
    }
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def largest_image_row(workdir: Path) -> tuple[Row, float]:
    png = _largest_png(workdir / "largest-rgba.png")
    ours, bare = _peak("ask", png), _peak("bare-decode", png)
    return Row(
        "peak memory: 8000×8000 RGBA PNG → ready at model size",
        f"+{ours:.0f} MiB",
        "≤ decoded page + 64 MiB (README: ~320 MB a page)",
        f"+{bare:.0f} MiB bare Pillow decode",
        f"{ours / bare:.2f}×",
        ours <= bare + 64,
    ), ours


def eight_largest_images_row(workdir: Path, one_page: float) -> Row:
    """Eight of the largest pages in one question: memory must grow with the cores (pages
    prepared at once), not with the number of images."""
    png = _largest_png(workdir / "largest-rgba.png")
    links = []
    for number in range(8):
        link = workdir / f"largest-{number}.png"
        if not link.exists():
            link.symlink_to(png)
        links.append(link)
    ours = _peak("ask", *links)
    workers = min(8, os.cpu_count() or 1)
    return Row(
        f"peak memory: 8 of them in one question ({workers} at a time)",
        f"+{ours:.0f} MiB",
        f"≤ 1.1 × {workers} × one page's peak",
        f"+{one_page:.0f} MiB for one (row above)",
        f"{ours / one_page:.2f}×",
        ours <= 1.1 * workers * one_page,
    )


def long_import_row(workdir: Path, megabytes: int) -> Row:
    export = _long_text_export(workdir / f"long-{megabytes}mb.json", megabytes)
    store = workdir / f"import-store-{megabytes}"
    ours, bare = _peak("import", export, store), _peak("bare-json", export)
    size = export.stat().st_size / 2**20
    return Row(
        f"peak memory: importing a {size:.0f} MB conversation (text)",
        f"+{ours:.0f} MiB",
        "≤ 7 × the file (README)",
        f"+{bare:.0f} MiB bare json.loads",
        f"{ours / bare:.2f}×",
        ours <= 7 * size,
    )


def rows(workdir: Path, quick: bool) -> list[Row]:
    one, one_page = largest_image_row(workdir)
    return [one, eight_largest_images_row(workdir, one_page), long_import_row(workdir, 50 if quick else 100)]


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for row in rows(Path(folder), "--quick" in sys.argv):
            print(row)
