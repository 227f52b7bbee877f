"""Several pixdesk processes at once — the window, a `pixdesk batch` and five `pixdesk ask` —
against a local server that really throttles: they pace to the one quota together (through the
pacing ledger beside the history), so the server says 429 not once."""

from __future__ import annotations

import os
import subprocess
import sys

from helpers import image_folder
from pixdesk.domain import Connection
from pixdesk.services.quota import QuotaLimits, QuotaScheduler

# Bedrock's quota scaled down: 4 requests per 3-second window (tokens are not the bound here).
LIMITS = QuotaLimits(requests_per_window=4, tokens_per_window=200_000, tokens_per_day=10**9, window_s=3.0)
BATCH_QUOTA = ["--quota", "4,200000", "--quota-window", "3"]


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "pixdesk", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )


def test_the_window_a_batch_and_five_asks_at_once_meet_no_429(quota_server, tmp_path):
    server = quota_server(LIMITS.requests_per_window, LIMITS.tokens_per_window, LIMITS.window_s)
    # The window is open, paced to the quota entered in its Settings: `pixdesk ask` (which has no
    # --quota) paces to the quota a running pixdesk was told.
    window = QuotaScheduler(LIMITS)
    window.pacer(Connection())
    folder = image_folder(tmp_path / "shots", 3, (320, 240))

    processes = [_start("ask", "-q", f"Question {n}?", "--max-tokens", "200") for n in range(5)]
    processes.append(_start("batch", str(folder), "--prompt", "Which colour?", "--max-tokens", "200", *BATCH_QUOTA))
    errors = [process.communicate(timeout=90)[1] for process in processes]

    for process, err in zip(processes, errors, strict=False):
        assert process.returncode == 0, err
    assert server.quota.throttled == 0  # not a single 429 across the six processes
    assert server.quota.admitted == 5 + 3
