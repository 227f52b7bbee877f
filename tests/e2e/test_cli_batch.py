"""`pixdesk batch` as a person runs it: a subprocess, against a local server that throttles,
including a kill -9 in the middle and a resume."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from helpers import image_folder
from helpers import run_pixdesk as pixdesk
from pixdesk.store.history import HistoryStore

QUOTA = ["--quota", "4,200000", "--quota-window", "1"]  # the server's quota below, scaled to a 1-second window


@pytest.fixture
def server(quota_server):
    return quota_server(4, 200_000, 1.0)


@pytest.fixture
def folder(tmp_path):
    return image_folder(tmp_path / "shots", 5)


def _store() -> HistoryStore:
    return HistoryStore(Path(os.environ["XDG_DATA_HOME"]) / "pixdesk")


def test_a_batch_runs_paced_and_writes_its_results(server, folder, tmp_path):
    out = tmp_path / "results.jsonl"
    result = pixdesk(
        "batch",
        str(folder),
        "--template",
        "ui-problems",
        "--prompt",
        "Which colour?",
        "--out",
        str(out),
        *QUOTA,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 10 and all(row["status"] == "done" for row in rows)
    assert rows[0]["prompt"].startswith("Describe the user-interface problems") and rows[1]["prompt"] == "Which colour?"
    assert server.quota.throttled == 0 and server.quota.admitted == 10
    assert "batch 1: 10 items (2 prompts)" in result.stderr and "[10/10]" in result.stderr
    assert "finished: 10 answered" in result.stderr
    listing = pixdesk("batch", "--list")
    assert "10/10 done" in listing.stdout and "(finished)" in listing.stdout


def test_kill_9_in_the_middle_then_resume_gives_every_result_exactly_once(server, folder, tmp_path):
    server.behaviour.tokens_per_second = 60  # each answer takes a couple of seconds
    command = [sys.executable, "-m", "pixdesk", "batch", str(folder), "--prompt", "One", "--prompt", "Two", *QUOTA]
    first = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=os.environ.copy()
    )
    try:
        deadline = time.monotonic() + 60
        done = 0
        while time.monotonic() < deadline and done < 4:
            time.sleep(0.1)
            with _store() as store:
                jobs = store.batch_jobs()
                done = jobs[0].counts.get("done", 0) if jobs else 0
        assert done >= 4, "the batch did not get going"
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
        first.stderr.close()
    with _store() as store:
        [job] = store.batch_jobs()
        killed_at = job.counts.get("done", 0)
        assert 4 <= killed_at < 10 and job.counts.get("running", 0) >= 1  # cut off mid-answer
    server.behaviour.tokens_per_second = None
    result = pixdesk("batch", "--resume", str(job.id), "--out", str(tmp_path / "results.csv"), *QUOTA, timeout=120)
    assert result.returncode == 0, result.stderr
    with _store() as store:
        items = store.batch_items(job.id)
    assert [item.status for item in items] == ["done"] * 10
    assert sorted(item.position for item in items) == list(range(10))  # each result exactly once
    assert sum(item.attempts for item in items) <= 10 + 2  # only the items cut off were asked again
    with (tmp_path / "results.csv").open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(int(row["item"]) for row in rows) == list(range(1, 11))


def test_failed_items_give_exit_1_and_can_be_asked_again(server, folder, tmp_path):
    (folder / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 50)
    result = pixdesk("batch", str(folder), "--prompt", "Describe", *QUOTA, timeout=120)
    assert result.returncode == 1
    assert "5 answered, 1 failed" in result.stderr and "broken.png page 1: failed" in result.stderr
    (folder / "broken.png").unlink()
    Image.new("RGB", (100, 100), "white").save(folder / "broken.png")  # repaired
    again = pixdesk("batch", "--resume", "1", "--retry-failed", *QUOTA, timeout=120)
    assert again.returncode == 0 and "6 answered" in again.stderr


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (["batch", "{folder}"], "at least one prompt"),
        (["batch", "{folder}/nope", "--prompt", "x"], "no file or folder"),
        (["batch", "--resume", "99"], "no batch 99"),
        (["batch", "{folder}", "--prompt", "x", "--quota", "ten"], "--quota is two numbers"),
    ],
)
def test_bad_input_is_refused_in_words(server, folder, arguments, words):
    result = pixdesk(*(a.replace("{folder}", str(folder)) for a in arguments))
    assert result.returncode == 2 and words in result.stderr
    assert not server.requests
