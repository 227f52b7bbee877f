"""Batch runs against a local server that really throttles: paced to the quota with no 429,
failures recorded in words, pause, stop and resume without asking a finished item twice,
results out as CSV, JSON Lines and Markdown."""

from __future__ import annotations

import asyncio
import csv
import io
import json

import pytest
from PIL import Image

from helpers import image_folder
from pixdesk.domain import Connection
from pixdesk.services.batch import BatchRunner, export_results, plan_items, results_text
from pixdesk.services.quota import QuotaLimits, QuotaScheduler

LIMITS = QuotaLimits(requests_per_window=4, tokens_per_window=200_000, window_s=1.0)


@pytest.fixture
def server(quota_server):
    return quota_server(LIMITS.requests_per_window, LIMITS.tokens_per_window, LIMITS.window_s)


@pytest.fixture
def folder(tmp_path):
    images = image_folder(tmp_path / "shots", 4)
    pages = [Image.new("RGB", (600, 800), "white") for _ in range(3)]
    pages[0].save(images / "scan.pdf", save_all=True, append_images=pages[1:])
    return images


async def _in_thread(function, *args):
    return await asyncio.to_thread(function, *args)


def _runner(history, engine, job_id, **kwargs) -> BatchRunner:
    return BatchRunner(history, engine, QuotaScheduler(LIMITS), lambda: Connection(), job_id, _in_thread, **kwargs)


def _job(history, folder, prompts=("Transcribe", "Any errors?"), pages="all") -> int:
    items = plan_items([folder], list(prompts), pages)
    return history.run_now(history.store.create_batch, "test", "us-east-1", "standard", 300, "", items)


def test_a_batch_is_paced_to_the_quota_and_answers_every_item(server, history, engine, folder):
    job_id = _job(history, folder)  # 4 images + 3 PDF pages, × 2 prompts
    progress = []
    job = asyncio.run(_runner(history, engine, job_id, on_progress=progress.append).run())
    assert job.counts == {"done": 14} and job.finished_at
    assert server.quota.throttled == 0 and server.quota.admitted == 14  # paced: not a single 429
    items = history.run_now(history.store.batch_items, job_id)
    assert [(i.path.rsplit("/", 1)[-1], i.page) for i in items[:2]] == [("scan.pdf", 0), ("scan.pdf", 0)]
    assert all(i.status == "done" and i.prompt in i.answer and i.audit["request_id"] for i in items)
    assert progress[-1].finished == 14 and progress[-1].line().startswith("14 of 14 done")
    assert any(p.waiting_s > 0 for p in progress)  # it waited for the quota, and said so


def test_a_damaged_file_fails_in_words_and_the_rest_goes_on(server, history, engine, folder):
    (folder / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 50)
    job_id = _job(history, folder, prompts=("Describe",))
    job = asyncio.run(_runner(history, engine, job_id).run())
    assert job.counts == {"done": 7, "failed": 1}
    [broken] = [i for i in history.run_now(history.store.batch_items, job_id) if i.path.endswith("broken.png")]
    assert broken.status == "failed" and "broken.png" in broken.audit["error_message"]
    assert server.quota.admitted == 7  # nothing was sent for it


def test_pause_then_resume_asks_each_item_once(server, history, engine, folder):
    job_id = _job(history, folder)
    runner = _runner(history, engine, job_id, concurrency=1)
    runner._on_item = lambda item: runner.pause() if runner.progress().finished >= 5 else None
    first = asyncio.run(runner.run())
    assert first.counts.get("done") == 5 and first.left == 9 and not first.finished_at
    second = asyncio.run(_runner(history, engine, job_id).run())  # a new runner: as after a restart
    assert second.counts == {"done": 14}
    asked = [record.parsed.texts[-1] for record in server.requests if record.outcome == "ok"]
    assert len(asked) == 14  # no item asked twice


def test_stop_abandons_answers_in_flight_and_they_are_asked_again(server, history, engine, folder):
    server.behaviour.tokens_per_second = 40  # answers take a while
    job_id = _job(history, folder, prompts=("Describe",))

    async def stop_soon():
        runner = _runner(history, engine, job_id)
        task = asyncio.ensure_future(runner.run())
        while runner.progress().running < 2:
            await asyncio.sleep(0.01)
        runner.stop()
        try:
            await task
        except asyncio.CancelledError:
            pass

    asyncio.run(stop_soon())
    stopped = history.run_now(history.store.batch_job, job_id)
    assert stopped.counts.get("running", 0) == 0 and stopped.left >= 2  # back to pending, not lost
    server.behaviour.tokens_per_second = None
    job = asyncio.run(_runner(history, engine, job_id).run())
    assert job.counts == {"done": 7}


def test_items_cut_off_by_a_crash_are_asked_again(server, history, engine, folder):
    job_id = _job(history, folder, prompts=("Describe",))
    claimed = history.run_now(history.store.claim_batch_item, job_id)  # running when the app died
    job = asyncio.run(_runner(history, engine, job_id).run())
    assert job.counts == {"done": 7}
    again = next(i for i in history.run_now(history.store.batch_items, job_id) if i.id == claimed.id)
    assert again.attempts == 2 and again.status == "done"


def test_a_429_met_anyway_backs_off_and_the_item_is_answered(server, history, engine, folder):
    from pixdesk.bedrock.client import ClientFactory, ClientSettings
    from pixdesk.bedrock.stream import BedrockEngine, RetryPolicy

    server.quota.use(requests=4)  # another app on the account used the whole window
    no_botocore_retries = BedrockEngine(ClientFactory(ClientSettings(max_attempts=1)), RetryPolicy(base_delay_s=0.01))
    job_id = _job(history, folder, prompts=("Describe",), pages="1")
    runner = _runner(history, no_botocore_retries, job_id)
    job = asyncio.run(runner.run())
    assert job.counts == {"done": 5}
    assert server.quota.throttled >= 1 and runner.scheduler.pacer(Connection()).throttled >= 1


def test_results_as_csv_jsonl_and_markdown(server, history, engine, folder, tmp_path):
    job_id = _job(history, folder, prompts=("Describe",), pages="1-2")
    job = asyncio.run(_runner(history, engine, job_id).run())
    items = history.run_now(history.store.batch_items, job_id)
    rows = list(csv.DictReader(io.StringIO(results_text(job, items, "csv"))))
    assert len(rows) == 6 and rows[0]["page"] == "1" and rows[1]["page"] == "2"
    assert all(r["status"] == "done" and r["request_id"] and int(r["input_tokens"]) > 0 for r in rows)
    lines = [json.loads(line) for line in results_text(job, items, "jsonl").splitlines()]
    assert [line["item"] for line in lines] == list(range(1, 7))
    assert lines[0]["profile_id"] == "us.mistral.pixtral-large-2502-v1:0" and lines[0]["estimated_cost_usd"] > 0
    markdown = export_results(job, items, tmp_path / "results.md").read_text(encoding="utf-8")
    assert markdown.count("**Prompt:** Describe") == 6 and "scan.pdf, page 2" in markdown


def test_a_wrong_page_list_or_nothing_to_do_is_refused_in_words(folder, tmp_path):
    from pixdesk.errors import KnownError

    with pytest.raises(KnownError, match="no page 9"):
        plan_items([folder], ["x"], "9")
    with pytest.raises(KnownError, match="no file or folder"):
        plan_items([tmp_path / "nothing-here"], ["x"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(KnownError, match="no images or documents"):
        plan_items([tmp_path / "empty"], ["x"])
    with pytest.raises(KnownError, match="at least one prompt"):
        plan_items([folder], [])
