"""The pacing ledger shared by pixdesk processes: two ledgers on one file in this process stand
in for two processes (each with its own pid). Reserving is atomic, a 429 holds every process
back, a dead process's reservations expire and its declared quota is forgotten, and the history
does not count twice what the ledger already holds."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading

import pytest

from pixdesk.domain import Connection
from pixdesk.services import quota
from pixdesk.services.quota import LocalLog, QuotaLimits, QuotaPacer, QuotaScheduler, SharedLog
from pixdesk.store.pacing_ledger import LedgerUnavailable, PacingLedger, process_alive

KEY = "default-credentials|us"
LIMITS = QuotaLimits(requests_per_window=2, tokens_per_window=10_000, tokens_per_day=10**9, window_s=60)


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0  # wall-clock seconds

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def path(tmp_path):
    return tmp_path / "pacing.sqlite3"


@pytest.fixture
def dead_pid() -> int:
    """The pid of a process that has ended."""
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()  # (reaped: its pid is free)
    assert not process_alive(finished.pid)
    return finished.pid


def _pacer(path, clock, pid: int, limits: QuotaLimits = LIMITS) -> QuotaPacer:
    return QuotaPacer(limits, log=SharedLog(PacingLedger(path, clock, pid), KEY))


def test_two_processes_pace_to_one_window(path, clock):
    first, second = _pacer(path, clock, 101), _pacer(path, clock, 102)
    assert first.try_reserve(100)[0] is not None
    clock.now += 10
    assert second.try_reserve(100)[0] is not None
    reservation, wait = first.try_reserve(100)  # the window holds two requests: one of each
    assert reservation is None and wait == pytest.approx(50)
    assert second.wait_s(100) == pytest.approx(50)
    clock.now += 50
    assert second.try_reserve(100)[0] is not None


def test_settled_tokens_count_and_released_reservations_do_not(path, clock):
    first, second = _pacer(path, clock, 101), _pacer(path, clock, 102)
    reservation = first.reserve(8_000)  # 2,000 in + 6,000 room for the answer
    assert second.wait_s(8_000) == pytest.approx(60)
    first.settle(reservation, 2_000)  # the answer used little of its room
    assert second.wait_s(8_000) == 0
    throttled = second.reserve(8_000)
    second.release(throttled)  # a 429: Bedrock did not count it
    assert first.wait_s(8_000) == 0


def test_concurrent_reserves_never_over_admit(path):
    """Twelve "processes" (own ledger, own connection) reserve at the same moment for a quota of
    five: exactly five get a slot — check and insert are one transaction."""
    limits = QuotaLimits(requests_per_window=5, tokens_per_window=10**6, tokens_per_day=10**9, window_s=600)
    pacers = [QuotaPacer(limits, log=SharedLog(PacingLedger(path, pid=1000 + n), KEY)) for n in range(12)]
    start = threading.Barrier(len(pacers))
    granted: list[bool] = []

    def contend(pacer: QuotaPacer) -> None:
        start.wait()
        for _ in range(3):  # (those refused try again: still no room)
            granted.append(pacer.try_reserve(10)[0] is not None)

    threads = [threading.Thread(target=contend, args=(pacer,)) for pacer in pacers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert granted.count(True) == 5 and len(granted) == 36
    _now, sent, _hold = PacingLedger(path).snapshot(KEY)
    assert len(sent) == 5


def test_a_dead_processes_reservations_expire_and_its_quota_is_forgotten(path, clock, dead_pid):
    crashed = PacingLedger(path, clock, dead_pid)  # it reserved, declared its quota, then died (kill -9)
    crashed.declare(KEY, (2, 10_000, 10**9, 60.0))
    crashed_pacer = QuotaPacer(LIMITS, log=SharedLog(crashed, KEY))
    crashed_pacer.reserve(100)
    crashed_pacer.reserve(100)
    alive = PacingLedger(path, clock, os.getpid())
    assert alive.declared(KEY) is None  # only a running process's declaration counts
    pacer = QuotaPacer(LIMITS, log=SharedLog(alive, KEY))
    assert pacer.wait_s(100) == pytest.approx(60)  # Bedrock did count them: they fill this window
    clock.now += 60
    assert pacer.wait_s(100) == 0  # and only this window


def test_a_429_met_by_one_process_holds_back_the_others(path, clock):
    first, second = _pacer(path, clock, 101), _pacer(path, clock, 102)
    delay = first.back_off(attempt=1)
    assert first.throttled == 1 and second.throttled == 0
    assert second.wait_s(100) == pytest.approx(delay)
    assert second.try_reserve(100)[0] is None
    clock.now += delay
    assert second.try_reserve(100)[0] is not None


def test_the_history_counts_only_what_the_ledger_never_saw(path, clock):
    """The history records every answer; the ledger every request since its first row. A
    request in both must count once."""
    limits = QuotaLimits(requests_per_window=3, tokens_per_window=10**6, tokens_per_day=10**9, window_s=60)
    earlier = _pacer(path, clock, 101, limits)
    clock.now -= 10
    earlier.reserve(100)  # 10 s ago, through the ledger (and recorded in the history)
    clock.now += 10
    pacer = _pacer(path, clock, 102, limits)
    pacer.seed([(clock.now - 20, 100), (clock.now - 10, 100)], wall_now=clock.now)  # 20 s ago: before the ledger
    assert pacer.wait_s(100) == 0  # two counted of three, not three
    pacer.reserve(100)
    assert pacer.wait_s(100) == pytest.approx(40)  # the one from 20 s ago leaves first


def test_a_clock_that_went_back_does_not_freeze_the_window(path, clock):
    first, second = _pacer(path, clock, 101), _pacer(path, clock, 102)
    first.reserve(100)
    first.reserve(100)
    clock.now -= 3_600  # the system clock was set back an hour
    assert second.try_reserve(100)[0] is None
    assert second.wait_s(100) == pytest.approx(60)  # counted from now: a minute, not an hour


def test_ask_paces_to_the_quota_a_running_window_declared(path, clock, dead_pid):
    raised = QuotaLimits(requests_per_window=50, tokens_per_window=400_000, tokens_per_day=10**9, window_s=60)
    window = QuotaScheduler(lambda: raised, ledger=PacingLedger(path, clock, os.getpid()))
    ask = QuotaScheduler(ledger=PacingLedger(path, clock, os.getpid() + 1))  # told no quota
    assert ask.pacer(Connection()).limits == QuotaLimits()  # nobody declared one: Bedrock's defaults
    window.pacer(Connection())
    assert ask.pacer(Connection()).limits == raised
    assert ask.pacer(Connection("eu-west-1")).limits == QuotaLimits()  # another geography, another quota
    gone = QuotaScheduler(QuotaLimits(3, 1_000, 10**9, 60), ledger=PacingLedger(path, clock, dead_pid))
    gone.pacer(Connection())  # declared later, but by a process that has ended
    assert QuotaScheduler(ledger=PacingLedger(path, clock, os.getpid() + 2)).pacer(Connection()).limits == raised


def test_a_failing_ledger_leaves_the_process_pacing_alone(path, clock, monkeypatch, caplog):
    ledger = PacingLedger(path, clock, 101)
    pacer = QuotaPacer(LIMITS, log=SharedLog(ledger, KEY))
    pacer.reserve(100)

    def broken(*args, **kwargs):
        raise LedgerUnavailable("disk I/O error")

    monkeypatch.setattr(ledger, "reserve", broken)
    monkeypatch.setattr(ledger, "snapshot", broken)
    assert pacer.try_reserve(100)[0] is not None  # alone now: its own log is empty
    assert pacer.try_reserve(100)[0] is not None
    assert pacer.try_reserve(100)[0] is None  # and still paced
    assert "this process paces alone" in caplog.text


def test_an_unusable_ledger_file_means_pacing_alone(tmp_path, monkeypatch, caplog):
    (tmp_path / "not-a-folder").write_text("")
    monkeypatch.setattr(quota, "ledger_path", lambda: tmp_path / "not-a-folder" / "pacing.sqlite3")
    pacer = QuotaScheduler(LIMITS).pacer(Connection())
    assert isinstance(pacer.log, LocalLog) and pacer.wait_s(100) == 0
    assert "cannot be opened" in caplog.text


def test_a_wait_cancelled_while_the_ledger_decides_gives_the_slot_back(path, clock, monkeypatch):
    """Reserving runs in a worker thread; if the waiting task is cancelled meanwhile (Esc), the
    slot the thread then takes goes back at once."""
    ledger = PacingLedger(path, clock, 101)
    pacer = QuotaPacer(LIMITS, log=SharedLog(ledger, KEY))
    entered, go_on = threading.Event(), threading.Event()
    real_reserve = ledger.reserve

    def slow_reserve(*args):
        entered.set()
        go_on.wait(10)
        return real_reserve(*args)

    monkeypatch.setattr(ledger, "reserve", slow_reserve)

    async def scenario():
        task = asyncio.ensure_future(pacer.acquire(100))
        await asyncio.to_thread(entered.wait, 10)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        go_on.set()

    asyncio.run(scenario())  # (waits for the worker thread before returning)
    assert ledger.snapshot(KEY)[1] == []
