"""Benchmark rows for the history: opening a long conversation, searching, memory."""

from __future__ import annotations

import io
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from report import Row, median_seconds

from pixdesk.domain import Answer, Attachment, Usage
from pixdesk.store.history import HistoryStore

ANSWER = (
    "The invoice from **Acme Ltd** is due on 14 March 2026. It lists three items:\n\n"
    "| item | amount |\n|---|---|\n| Support plan | €1,200.00 |\n| Licences | €640.00 |\n\n"
    "1. Check the purchase order number.\n2. Confirm the VAT number.\n"
)


def _screenshot(n: int) -> Attachment:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1024, 768), (240, 240, 240))
    ImageDraw.Draw(image).text((40, 40 + n), f"Screenshot {n}: order table", fill=(20, 20, 20))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return Attachment(buffer.getvalue(), "png", 1024, 768, f"shot-{n}.png")


def build(folder: Path, exchanges: int, images: int = 0) -> int:
    with HistoryStore(folder) as store:
        conversation = store.start_conversation("Invoice review")
        shots = [_screenshot(n) for n in range(images)]
        for n in range(exchanges):
            attached = (shots[n],) if n < images else ()
            store.add_question(
                conversation, f"Question {n}: what does page {n} say about invoice {1000 + n}?", attached
            )
            answer = Answer(
                text=f"Page {n}. " + ANSWER,
                stop_reason="end_turn",
                region="eu-west-1",
                profile_id="eu.mistral.pixtral-large-2502-v1:0",
                tier_requested="standard",
                usage=Usage(3200, 180, 3380, 2400, "standard"),
            )
            store.finish_answer(store.start_answer(conversation, answer), answer)
        return conversation


_WINDOW_PROBE = """
import asyncio, json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
import qasync
from PySide6.QtWidgets import QApplication
from pixdesk.secrets import ApiKeyStore
from pixdesk.services.workspace import Workspace
from pixdesk.settings import Settings
from pixdesk.ui.main_window import MainWindow

def rss_mib():
    line = next(l for l in open("/proc/self/status") if l.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024

app = QApplication([])
loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
workspace = Workspace.open(Settings({}), ThreadPoolExecutor(2), Path(sys.argv[1]), keys=ApiKeyStore())
window = MainWindow(workspace, prefs={})
window.show()
result = {}

async def measure():
    for _ in range(10):
        await asyncio.sleep(0.02)
    result["rss_before"] = rss_mib()
    times = []
    for _ in range(5):
        window.new_chat()
        await asyncio.sleep(0.05)
        start = time.perf_counter()
        await window.open_conversation(int(sys.argv[2]))
        app.processEvents()  # laid out and painted
        times.append(time.perf_counter() - start)
    result["open_s"] = sorted(times)[len(times) // 2]
    result["rss_after"] = rss_mib()
    result["exchanges"] = len(window.session.exchanges)

with loop:
    loop.run_until_complete(measure())
workspace.close()
print(json.dumps(result))
"""


def open_and_rss_rows(workdir: Path) -> list[Row]:
    folder = workdir / "history-1000"
    conversation = build(folder, 500, images=20)  # 1,000 messages, 20 screenshots among them
    with HistoryStore(folder) as store:
        reads = []
        for _ in range(5):
            start = time.perf_counter()
            store.messages(conversation)
            reads.append(time.perf_counter() - start)
    bare_read = statistics.median(reads)
    out = subprocess.run(
        [sys.executable, "-c", _WINDOW_PROBE, str(folder), str(conversation)],
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    opened = figures["open_s"]
    return [
        Row(
            "open a 1,000-message conversation (load + draw, median)",
            f"{opened * 1000:.0f} ms",
            "≤ 250 ms",
            f"{bare_read * 1000:.0f} ms just reading it from SQLite",
            f"{opened / bare_read:.1f}×",
            opened <= 0.25,
        ),
        Row(
            "RSS with it open (20 screenshots in it)",
            f"{figures['rss_after']:.0f} MiB",
            "≤ 160 MiB",
            f"{figures['rss_before']:.0f} MiB empty window",
            f"{figures['rss_after'] / figures['rss_before']:.2f}×",
            figures["rss_after"] <= 160,
        ),
    ]


def search_row(workdir: Path, rounds: int) -> Row:
    folder = workdir / "history-10000"
    build(folder, 5_000)  # 10,000 messages
    with HistoryStore(folder) as store:
        hits = store.search("invoice 4321")
        assert hits, "the search found nothing"
        ours = median_seconds(lambda: store.search("invoice 4321"), rounds)
        naive = median_seconds(
            lambda: store._db.execute(
                "SELECT id FROM messages WHERE text LIKE '%invoice%' AND text LIKE '%4321%'"
            ).fetchall(),
            rounds,
        )
    return Row(
        "search across 10,000 messages (FTS5, median)",
        f"{ours * 1000:.1f} ms",
        "≤ 50 ms",
        f"{naive * 1000:.1f} ms LIKE scan",
        f"{ours / naive:.2f}×",
        ours <= 0.05,
    )


def rows(workdir: Path, quick: bool) -> list[Row]:
    return [*open_and_rss_rows(workdir), search_row(workdir, 5 if quick else 15)]
