"""`pixdesk ask` records its turns; `pixdesk history` reads them back; a kill -9 loses nothing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from helpers import png_bytes
from helpers import run_pixdesk as pixdesk
from pixdesk.store.history import HistoryStore, default_directory


def test_ask_records_the_turn_with_its_audit_fields(bedrock, tmp_path):
    image = tmp_path / "invoice.png"
    image.write_bytes(png_bytes(900, 600))
    assert pixdesk("ask", str(image), "-q", "What is due?", "--tier", "flex", "--region", "eu-west-1").returncode == 0
    listing = json.loads(pixdesk("history", "list", "--json").stdout)
    assert [c["title"] for c in listing] == ["What is due?"]
    shown = json.loads(pixdesk("history", "show", "--last", "--json").stdout)
    question, answer = shown["messages"]
    assert question["text"] == "What is due?" and question["attachments"][0]["width"] == 900
    with HistoryStore(default_directory()) as store:
        sent = bedrock.requests[0].parsed.images[0].data
        assert store.attachment_bytes(question["attachments"][0]["sha256"]) == sent  # the exact bytes sent
    assert answer["status"] == "complete" and "PNG, 900×600" in answer["text"]
    audit = answer["audit"]
    assert (audit["region"], audit["profile_id"], audit["tier_requested"], audit["tier_served"]) == (
        "eu-west-1",
        "eu.mistral.pixtral-large-2502-v1:0",
        "flex",
        "flex",
    )
    assert audit["request_id"] and audit["output_tokens"] > 0 and audit["stop_reason"] == "end_turn"
    text = pixdesk("history", "show", str(listing[0]["id"])).stdout
    assert "## You" in text and "[image: invoice.png, PNG 900×600]" in text


def test_no_save_records_nothing(bedrock):
    assert pixdesk("ask", "-q", "private question", "--no-save").returncode == 0
    assert json.loads(pixdesk("history", "list", "--json").stdout) == []


def test_bad_input_is_not_recorded(bedrock):
    assert pixdesk("ask", "-q", "hi", "--max-tokens", "0").returncode == 2
    assert json.loads(pixdesk("history", "list", "--json").stdout) == []


def test_showing_a_missing_conversation(bedrock):
    result = pixdesk("history", "show", "42")
    assert result.returncode == 2 and "no such conversation" in result.stderr


def test_kill_9_mid_answer_loses_neither_question_nor_partial_answer(bedrock):
    bedrock.behaviour.tokens_per_second = 40
    bedrock.behaviour.answer_tokens = 2000
    process = subprocess.Popen(
        [sys.executable, "-m", "pixdesk", "ask", "-q", "Transcribe everything"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=os.environ.copy(),
    )
    try:
        first_text = process.stdout.read1(64)  # blocks until the answer has started streaming
        assert first_text.startswith(b"##")
        time.sleep(1.6)  # let it stream past a checkpoint (at most one a second), then pull the plug
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL
    shown = json.loads(pixdesk("history", "show", "--last", "--json").stdout)
    question, answer = shown["messages"]
    assert question["text"] == "Transcribe everything"
    assert answer["status"] == "interrupted" and answer["text"].startswith("## What I see")
    assert "interrupted" in pixdesk("history", "show", "--last").stdout
