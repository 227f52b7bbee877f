"""Benchmark rows for document review: a 300-dpi A4 scan shown at fit and at 100 %, and how the
event loop fares while the page is drawn off the GUI thread and while it is panned at 100 %.
Run by run.py; offscreen Qt."""

from __future__ import annotations

import asyncio
import os
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import fixtures
from PIL import Image
from report import Row

from ui import StallProbe


def rows(workdir: Path, quick: bool) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    from pixdesk.app import favour_the_gui_thread
    from pixdesk.services.page_render import render_page
    from pixdesk.ui.review_panel import ReviewPanel

    scan = fixtures.scan(workdir / "review-scan.png")
    app = QApplication.instance() or QApplication([])
    favour_the_gui_thread()  # as app.py does (whichever rows ran before in this process)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pixdesk-bench-render")
    panel = ReviewPanel()
    panel.resize(900, 900)
    panel.show()
    view = panel.view
    rounds = 5 if quick else 9  # a p99 needs a few hundred ticks: with fewer, it is the second-worst
    figures: dict[str, object] = {}

    def bare_decode() -> float:
        start = time.perf_counter()
        with Image.open(scan) as image:
            image.load()
        return time.perf_counter() - start

    async def painted() -> None:
        """Until the view's own paint has run (the one the app gets; forcing one more with
        repaint() would paint the page twice and measure a cost the app never has)."""
        assert view.page_item is not None
        paints = len(view.page_item.painted_levels)
        while len(view.page_item.painted_levels) == paints:
            await asyncio.sleep(0)

    async def measure() -> None:
        await asyncio.sleep(0.3)
        to_fit, to_full, stalls = [], [], []
        probe = StallProbe()
        previous = None
        for _ in range(rounds):
            await asyncio.sleep(0.05)
            probe.start()
            start = time.perf_counter()
            rendered = await loop.run_in_executor(executor, render_page, str(scan), 0)
            view.show_page(rendered, [])  # as ReviewController does: show the new page,
            if previous is not None:  # then let the old one go in a worker
                executor.submit(previous.release)
            previous = rendered
            await painted()  # the first paint, at fit
            to_fit.append(time.perf_counter() - start)
            await asyncio.sleep(0.05)
            zoom = time.perf_counter()
            view.actual_size()
            await painted()
            to_full.append(time.perf_counter() - zoom)
            await asyncio.sleep(0.05)
            view.fit()  # as a reviewer pressing Fit: the next page is shown at fit too
            await painted()
            await asyncio.sleep(0.05)
            stalls.extend(probe.gaps)
            probe.stop()
        figures["fit"], figures["full"] = statistics.median(to_fit), statistics.median(to_full)
        ordered = sorted(stalls)
        figures["render_stall"] = (ordered[-1], ordered[int(len(ordered) * 0.99)])
        probe.start()
        await asyncio.sleep(1.0)
        figures["idle"] = probe.stop()
        # Pan at 100 %: 40 px a step, every 16 ms (a fast drag), across and down the page.
        view.actual_size()
        bar_x, bar_y = view.horizontalScrollBar(), view.verticalScrollBar()
        bar_x.setValue(0)
        bar_y.setValue(0)
        probe.start()
        steps = 90 if quick else 200
        paints = []
        for step in range(steps):
            bar_y.setValue(bar_y.value() + 40)
            if step % 3 == 0:
                bar_x.setValue((bar_x.value() + 60) % max(1, bar_x.maximum()))
            started = time.perf_counter()
            view.viewport().repaint()
            paints.append((time.perf_counter() - started) * 1000)
            await asyncio.sleep(0.016)
        figures["pan"] = probe.stop()
        figures["pan_paint"] = statistics.median(paints)

    try:
        with loop:
            loop.run_until_complete(measure())
    finally:
        executor.shutdown(wait=True)
        panel.close()
    decode = statistics.median(bare_decode() for _ in range(rounds))
    idle_max, idle_p99 = figures["idle"]
    render_max, render_p99 = figures["render_stall"]
    pan_max, pan_p99 = figures["pan"]
    return [
        Row(
            "300-dpi A4 scan (2480×3508) → shown at fit (median)",
            f"{figures['fit'] * 1000:.0f} ms",
            "≤ 500 ms",
            f"{decode * 1000:.0f} ms bare Pillow decode",
            f"{figures['fit'] / decode:.2f}×",
            figures["fit"] <= 0.5,
        ),
        Row(
            "… then at 100 % (zoomed and painted, median)",
            f"{figures['full'] * 1000:.1f} ms",
            "≤ 16 ms (one frame)",
            f"{decode * 1000:.0f} ms bare Pillow decode",
            f"{figures['full'] / decode:.3f}×",
            figures["full"] <= 0.016,
        ),
        Row(
            "event-loop stall while the page is drawn (off the GUI thread)",
            f"max {render_max:.1f} ms, p99 {render_p99:.1f} ms",
            "max ≤ 16 ms, p99 ≤ 8 ms",
            f"idle: max {idle_max:.1f}, p99 {idle_p99:.1f} ms",
            f"{render_max / idle_max:.2f}×",
            render_max <= 16 and render_p99 <= 8,
        ),
        Row(
            "event-loop stall while panning at 100 %",
            f"max {pan_max:.1f} ms, p99 {pan_p99:.1f} ms (paint {figures['pan_paint']:.1f} ms)",
            "max ≤ 16 ms, p99 ≤ 8 ms",
            f"idle: max {idle_max:.1f}, p99 {idle_p99:.1f} ms",
            f"{pan_max / idle_max:.2f}×",
            pan_max <= 16 and pan_p99 <= 8,
        ),
    ]
