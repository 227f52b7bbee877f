"""`pixdesk ask --pages all` on more pages than one request takes, as a person runs it: a
subprocess against the local Bedrock server. The pages go in groups of at most 8 images, then one
request combines the partial answers; every answer is in the history; a run cut off continues."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from imaging_samples import pdf_pages
from pixdesk.store.history import HistoryStore
from pixdesk.testing.server import Fault

QUESTION = "What is the total amount due?"


def _pixdesk(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Not on a terminal: stdin is empty, as in a script or a scheduled job."""
    return subprocess.run(
        [sys.executable, "-m", "pixdesk", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        env=os.environ.copy(),
    )


def _store() -> HistoryStore:
    return HistoryStore(Path(os.environ["XDG_DATA_HOME"]) / "pixdesk")


def _images(record) -> int:
    return sum("image" in block for message in record.body["messages"] for block in message["content"])


def _text(record) -> str:
    return "".join(block.get("text", "") for message in record.body["messages"] for block in message["content"])


@pytest.fixture
def twelve_pages(tmp_path):
    path = tmp_path / "contract.pdf"
    path.write_bytes(pdf_pages([(595, 842)] * 12))
    return path


def test_a_12_page_pdf_is_asked_in_groups_then_combined(bedrock, twelve_pages):
    result = _pixdesk("ask", str(twelve_pages), "--pages", "all", "-q", QUESTION, "--yes")
    assert result.returncode == 0, result.stderr
    assert [_images(r) for r in bedrock.requests] == [8, 4, 0]  # 2 groups, then the combining request
    combine = _text(bedrock.requests[2])
    assert "Part 1: pages 1–8" in combine and "Part 2: pages 9–12" in combine
    # each partial answer, as the model wrote it, went into the combining request
    assert "Image 8: PNG" in combine and "Image 4: PNG" in combine
    assert "page numbers" in combine and QUESTION in combine
    assert "group 1 of 2, pages 1–8" in result.stderr and "group 2 of 2, pages 9–12" in result.stderr
    assert "3 requests" in result.stderr and "(estimate)" in result.stderr  # the plan, before sending
    assert "You asked: “Question about the whole of contract.pdf" in result.stdout  # the combined answer
    with _store() as store:
        [conversation] = store.conversations()
        messages = store.messages(conversation.id)
    assert [m.role for m in messages] == ["user", "assistant"] * 3
    assert all(m.status == "complete" and m.text for m in messages[1::2])  # every partial answer kept
    assert [len(m.attachments) for m in messages[0::2]] == [8, 4, 0]
    assert "pages 1–8 of contract.pdf" in messages[0].text


def test_fine_print_of_a_2_page_pdf_is_asked_not_refused(bedrock, tmp_path):
    path = tmp_path / "invoice.pdf"
    path.write_bytes(pdf_pages([(595, 842)] * 2))
    result = _pixdesk("ask", str(path), "--tiles", "--pages", "all", "-q", "Read the footer codes", "--yes")
    assert result.returncode == 0, result.stderr
    counts = [_images(r) for r in bedrock.requests]
    # Counted by each page's measured fine-print plan (no small print on these pages: the page
    # once each), not the old 6 tiles a page (12 > 8, refused): one request holds both.
    assert counts == [2]


def test_not_on_a_terminal_and_without_yes_nothing_is_sent(bedrock, twelve_pages):
    result = _pixdesk("ask", str(twelve_pages), "--pages", "all", "-q", QUESTION)
    assert result.returncode == 2
    assert "needs 3 requests" in result.stderr and "--yes" in result.stderr
    assert "Traceback" not in result.stderr
    assert bedrock.requests == []


def test_dry_run_prints_the_plan_and_sends_nothing(bedrock, twelve_pages):
    result = _pixdesk("ask", str(twelve_pages), "--pages", "all", "-q", QUESTION, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "request 1: pages 1–8 — 8 images" in result.stdout and "request 3: combine the 2 answers" in result.stdout
    assert bedrock.requests == []


def test_a_run_cut_off_after_the_first_group_continues_with_the_rest_only(bedrock, twelve_pages):
    bedrock.behaviour.tokens_per_second = 50  # the first answer takes a while: time to cut off the second
    command = [sys.executable, "-m", "pixdesk", "ask", str(twelve_pages), "--pages", "all", "-q", QUESTION, "--yes"]
    first = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=os.environ.copy(),
    )
    try:
        deadline = time.monotonic() + 60
        # Once the first request has taken its (lack of a) fault, every later one is dropped mid-answer.
        while time.monotonic() < deadline and not (bedrock.requests and bedrock.requests[0].admitted_at):
            time.sleep(0.01)
        bedrock.inject(Fault.drop(after_tokens=3, times=None))
        _out, err = first.communicate(timeout=120)
    finally:
        if first.poll() is None:
            first.kill()
            first.communicate()
    assert first.returncode == 5, err
    assert "run the same command again" in err
    assert bedrock.requests[0].outcome == "ok"
    sent_before = len(bedrock.requests)
    assert all(r.outcome == "dropped" for r in bedrock.requests[1:])

    bedrock.clear_faults()
    bedrock.behaviour.tokens_per_second = None
    result = _pixdesk("ask", str(twelve_pages), "--pages", "all", "-q", QUESTION, "--yes")
    assert result.returncode == 0, result.stderr
    again = bedrock.requests[sent_before:]
    assert [_images(r) for r in again] == [4, 0]  # group 2 and the combination only: group 1 is kept
    assert "1 of 2 groups are answered already" in result.stderr
    assert "Part 1: pages 1–8" in _text(again[-1]) and "Image 8: PNG" in _text(again[-1])
    with _store() as store:
        [conversation] = store.conversations()
        messages = store.messages(conversation.id)
    # one conversation: the failed attempt replaced by the one that answered
    assert [m.role for m in messages] == ["user", "assistant"] * 3
    assert all(m.status == "complete" for m in messages[1::2])
