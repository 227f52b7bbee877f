"""Benchmark rows for batch runs against the local server enforcing a quota scaled down from a
minute to a few seconds: the share of the allowed request and token rates a 60-item batch
reaches (with the number of 429s), a kill -9 at item 30 followed by a resume, and the 429s when
the window, a batch and several `pixdesk ask` share one quota at the same moment.
Run by run.py."""

from __future__ import annotations

import asyncio
import math
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image
from report import Row


def _images(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        # One size for all: every request costs the same tokens, so the ideal schedule is plain.
        Image.new("RGB", (160, 135), (number * 7 % 255, 90, 160)).save(folder / f"item{number:02d}.png")
    return folder


def _admissions(server) -> list[float]:
    return sorted(record.admitted_at for record in server.requests if record.admitted_at is not None)


def _run_batch(workdir: Path, name: str, limits, answer_tokens: int | None) -> tuple[list[float], int]:
    """60 items (30 small images × 2 prompts) through a BatchRunner, against a server enforcing
    the same quota. Returns when each request was admitted, and how many were throttled."""
    from pixdesk.bedrock.stream import BedrockEngine
    from pixdesk.domain import Connection
    from pixdesk.services.batch import BatchRunner, plan_items
    from pixdesk.services.history import HistoryWriter
    from pixdesk.services.quota import QuotaScheduler
    from pixdesk.store.history import HistoryStore
    from pixdesk.store.pacing_ledger import FILE_NAME, PacingLedger
    from pixdesk.testing.quota import ServerQuota
    from pixdesk.testing.server import Behaviour, LocalBedrock

    # Paced through a pacing ledger as the app is, but a fresh one: not this user's real one.
    ledger = PacingLedger(Path(tempfile.mkdtemp(prefix="pixdesk-bench-ledger-")) / FILE_NAME)
    quota = ServerQuota(limits.requests_per_window, limits.tokens_per_window, limits.window_s)
    with LocalBedrock(quota=quota, behaviour=Behaviour(answer_tokens=answer_tokens)) as server:
        os.environ.update(server.env(), AWS_ACCESS_KEY_ID="AKIDBENCH", AWS_SECRET_ACCESS_KEY="bench")
        items = plan_items([_images(workdir / f"batch-{name}", 30)], ["Prompt 0", "Prompt 1"])
        history = HistoryWriter(HistoryStore(Path(tempfile.mkdtemp(prefix="pixdesk-bench-batch-"))))
        job = history.run_now(
            history.store.create_batch, name, "us-east-1", "standard", answer_tokens or 300, "", items
        )
        runner = BatchRunner(
            history,
            BedrockEngine(),
            QuotaScheduler(limits, ledger=ledger),
            lambda: Connection(),
            job,
            lambda function, *a: asyncio.to_thread(function, *a),
            concurrency=3,
        )
        asyncio.run(runner.run())
        history.close()
        admitted = sorted(r.admitted_at for r in server.requests if r.admitted_at is not None)
        return admitted, quota.throttled


def rate_rows(workdir: Path, quick: bool) -> list[Row]:
    from pixdesk.imaging.tokens import image_tokens, text_tokens
    from pixdesk.services.quota import TEMPLATE_TOKENS_PER_MESSAGE, QuotaLimits

    window = 2.0 if quick else 4.0
    answer = 200  # the token-bound run's answers fill their room, so what is reserved is what is used
    request_tokens = image_tokens(160, 135) + text_tokens("Prompt 0") + TEMPLATE_TOKENS_PER_MESSAGE + answer
    runs = (
        ("request", QuotaLimits(10, 10_000_000, 10**9, window), None, 10),
        ("token", QuotaLimits(1000, request_tokens * 5, 10**9, window), answer, 5),
    )
    rows = []
    for bound, limits, answer_tokens, per_window in runs:
        admitted, throttled = _run_batch(workdir, bound, limits, answer_tokens)
        done = len(admitted)
        ideal = (math.ceil(done / per_window) - 1) * window  # a window's worth at once, a window apart
        actual = admitted[-1] - admitted[0] if done > 1 else 0.0
        share = ideal / actual if actual else 0.0
        allowed = f"{per_window} requests" if bound == "request" else f"{limits.tokens_per_window:,} tokens"
        rows.append(
            Row(
                f"60-item batch, {bound}-bound ({allowed} a {window:.0f}-s window): allowed rate reached",
                f"{share * 100:.1f} % ({done} done, {throttled} × 429)",
                "≥ 95 %, no 429",
                f"{ideal:.1f} s ideal schedule",
                f"{actual / ideal:.3f}× its time" if ideal else "—",
                share >= 0.95 and throttled == 0 and done == 60,
            )
        )
    return rows


def kill_and_resume_row(workdir: Path, quick: bool) -> Row:
    from pixdesk.store.history import HistoryStore
    from pixdesk.testing.quota import ServerQuota
    from pixdesk.testing.server import Behaviour, LocalBedrock

    folder = _images(workdir / "batch-kill", 30)
    home = Path(tempfile.mkdtemp(prefix="pixdesk-bench-kill-"))
    env = dict(os.environ, XDG_DATA_HOME=str(home), XDG_CONFIG_HOME=str(home), XDG_STATE_HOME=str(home))
    window = 2.0 if quick else 4.0
    with LocalBedrock(quota=ServerQuota(10, 10_000_000, window), behaviour=Behaviour(tokens_per_second=300)) as server:
        env.update(server.env(), AWS_ACCESS_KEY_ID="AKIDBENCH", AWS_SECRET_ACCESS_KEY="bench")
        quota = ["--quota", "10,10000000", "--quota-window", str(window), "--concurrency", "3"]
        command = [sys.executable, "-m", "pixdesk", "batch", str(folder), "--prompt", "One", "--prompt", "Two", *quota]
        first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        store_dir = home / "pixdesk"
        done = 0
        deadline = time.monotonic() + 120
        while done < 30 and time.monotonic() < deadline:
            time.sleep(0.02)
            if (store_dir / "history.sqlite3").exists():
                with HistoryStore(store_dir) as store:
                    jobs = store.batch_jobs()
                    done = jobs[0].counts.get("done", 0) if jobs else 0
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
        with HistoryStore(store_dir) as store:
            job = store.batch_jobs()[0]
            killed_done = job.counts.get("done", 0)
        subprocess.run(
            [sys.executable, "-m", "pixdesk", "batch", "--resume", str(job.id), *quota],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=300,
            check=False,
        )
        with HistoryStore(store_dir) as store:
            items = store.batch_items(job.id)
        asked = len([r for r in server.requests if r.outcome == "ok"])
    exactly_once = sorted(item.position for item in items) == list(range(60))
    all_done = all(item.status == "done" for item in items)
    again = sum(item.attempts for item in items) - len(items)
    return Row(
        "kill -9 at item 30 of 60, then --resume",
        f"{sum(i.status == 'done' for i in items)}/60 done, each once; {again} asked again",
        "all 60 exactly once",
        f"killed with {killed_done} done",
        f"{asked} answers sent for 60",
        exactly_once and all_done,
    )


def _processes_at_once(workdir: Path, asks: int, items: int, window: float, together: bool) -> tuple[int, int]:
    """The window (this process), a batch of `items` and `asks` × `pixdesk ask`, all started at
    once against a server enforcing 4 requests a `window`. `together`: one data folder, so one
    pacing ledger; else each process its own (each paces only itself, as before the ledger).
    Returns the server's 429s and the answers it sent."""
    from pixdesk.domain import Connection
    from pixdesk.services.quota import QuotaLimits, QuotaScheduler
    from pixdesk.store.pacing_ledger import FILE_NAME, PacingLedger
    from pixdesk.testing.quota import ServerQuota
    from pixdesk.testing.server import LocalBedrock

    folder = _images(workdir / "batch", items)
    quota = ServerQuota(4, 200_000, window)
    with LocalBedrock(quota=quota) as server:

        def env(home: Path) -> dict[str, str]:
            return dict(
                os.environ,
                **server.env(),
                XDG_DATA_HOME=str(home),
                XDG_CONFIG_HOME=str(home),
                XDG_STATE_HOME=str(home),
                AWS_ACCESS_KEY_ID="AKIDBENCH",
                AWS_SECRET_ACCESS_KEY="bench",
            )

        home = workdir / "home"  # the window's and the batch's; the asks' too if `together`
        ask_homes = [home if together else workdir / f"ask{n}-home" for n in range(asks)]
        # The window is open, paced to the quota in its Settings; `pixdesk ask` paces to it too.
        window_pacing = QuotaScheduler(
            QuotaLimits(4, 200_000, 10**9, window), ledger=PacingLedger(home / "pixdesk" / FILE_NAME)
        )
        window_pacing.pacer(Connection())
        pixdesk = [sys.executable, "-m", "pixdesk"]
        started = [
            (
                home,
                [
                    *pixdesk,
                    "batch",
                    str(folder),
                    "--prompt",
                    "Which colour?",
                    "--max-tokens",
                    "200",
                    "--quota",
                    "4,200000",
                    "--quota-window",
                    str(window),
                ],
            )
        ]
        started += [
            (ask_home, [*pixdesk, "ask", "-q", f"Question {n}?", "--max-tokens", "200", "--no-save"])
            for n, ask_home in enumerate(ask_homes)
        ]
        processes = [
            subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env(place))
            for place, command in started
        ]
        for process in processes:
            process.wait(timeout=300)
        answered = len([r for r in server.requests if r.outcome == "ok"])
    return quota.throttled, answered


def shared_quota_row(workdir: Path, quick: bool) -> Row:
    asks, items, window = (3, 4, 2.0) if quick else (6, 8, 4.0)
    shared, shared_answered = _processes_at_once(workdir / "shared-quota", asks, items, window, together=True)
    alone, alone_answered = _processes_at_once(workdir / "own-quota", asks, items, window, together=False)
    total = asks + items
    return Row(
        f"processes sharing one quota: 429s (window, {items}-item batch and {asks} × ask at once; "
        f"4 requests a {window:.0f}-s window)",
        f"{shared} × 429, {shared_answered}/{total} answered",
        "0 × 429, all answered",
        f"{alone} × 429, {alone_answered}/{total} answered, each pacing alone",
        f"{shared}/{alone} of the 429s",
        shared == 0 and shared_answered == total,
    )


def rows(workdir: Path, quick: bool) -> list[Row]:
    return [*rate_rows(workdir, quick), kill_and_resume_row(workdir, quick), shared_quota_row(workdir, quick)]
