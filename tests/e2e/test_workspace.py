"""The Workspace without any window, against the local Bedrock server: what the window and the
CLI reach through it — the chat asked with the session's choices, the history (list, search,
rename, delete, export and import), and batches kept in the region they were started in."""

from __future__ import annotations

import asyncio
import csv
from concurrent.futures import ThreadPoolExecutor

import pytest

from helpers import image_folder, ledger_calls_on_the_main_thread
from pixdesk.domain import AskRequest
from pixdesk.services.asking import new_answer
from pixdesk.services.batch import ItemStatus
from pixdesk.services.chat import AskOptions, Status
from pixdesk.services.workspace import EXPORT_FORMATS, Workspace
from pixdesk.settings import Settings


@pytest.fixture
def executor():
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pixdesk-test-work") as pool:
        yield pool


@pytest.fixture
def workspace(engine, executor, history) -> Workspace:
    return Workspace(engine, Settings({"chat/max_tokens": 300}), executor, history=history)


async def _ask(workspace: Workspace, question: str) -> None:
    await workspace.chat.ask(question)
    assert workspace.chat.exchanges[-1].status is Status.DONE


def test_the_chat_asks_with_the_session_s_region_and_tier(workspace, bedrock):
    workspace.choices.region, workspace.choices.tier = "eu-west-3", "flex"  # as the toolbar sets them
    asyncio.run(_ask(workspace, "hello"))
    record = bedrock.requests[0]
    assert (record.model_id, record.region) == ("eu.mistral.pixtral-large-2502-v1:0", "eu-west-3")
    assert record.body["serviceTier"] == {"type": "flex"}
    assert record.body["inferenceConfig"]["maxTokens"] == 300  # from the settings


def test_conversations_are_listed_searched_renamed_exported_imported_and_deleted(workspace, bedrock, tmp_path):
    async def scenario():
        await _ask(workspace, "What is the invoice total?")
        first = workspace.chat.conversation_id
        workspace.chat.new_chat()
        await _ask(workspace, "Is the contract signed?")
        second = workspace.chat.conversation_id

        listed = await workspace.conversations()
        assert [c.id for c in listed.conversations] == [second, first] and listed.snippets == {}
        found = await workspace.conversations("signed")
        assert [c.id for c in found.conversations] == [second] and "[signed]" in found.snippets[second].marked()

        await workspace.rename_conversation(first, "Invoice 10407")
        assert "Invoice 10407" in [c.title for c in (await workspace.conversations()).conversations]
        assert len(await workspace.answer_texts(first)) == 1

        written = {
            fmt: await workspace.export_conversation(first, tmp_path / f"out-{fmt}", fmt) for fmt in EXPORT_FORMATS
        }
        assert all(path.exists() for path in written.values())
        imported = await workspace.import_conversation(written["json"])
        assert imported not in (first, second)

        await workspace.delete_conversation(second)  # the open one: the chat starts afresh
        assert workspace.chat.conversation_id is None and workspace.chat.exchanges == []
        return {c.id for c in (await workspace.conversations()).conversations}, first, imported

    remaining, first, imported = asyncio.run(scenario())
    assert remaining == {first, imported}
    assert "/" not in Workspace.safe_filename("../a/b: c?", 7) and Workspace.safe_filename("", 7) == "conversation-7"


def test_a_batch_runs_in_the_region_it_was_started_in(workspace, bedrock, tmp_path):
    folder = image_folder(tmp_path / "shots", 2)

    async def scenario():
        items = await workspace.plan_batch([str(folder)], ["Describe"])
        job_id = await workspace.create_batch("2 shots", items, AskOptions(max_tokens=200, tier="priority"))
        assert (await workspace.unfinished_batch()).id == job_id
        workspace.choices.region = "eu-west-1"  # changed in the toolbar afterwards: the batch keeps its own
        job = await workspace.batch_runner(await workspace.batch_job(job_id)).run()
        assert await workspace.unfinished_batch() is None
        return job, await workspace.export_batch_results(job, tmp_path / "results.csv")

    job, results = asyncio.run(scenario())
    assert job.region == "us-east-1" and job.tier == "priority" and job.max_tokens == 200
    assert job.counts == {ItemStatus.DONE: 2}
    assert {record.region for record in bedrock.requests} == {"us-east-1"}
    with results.open(newline="") as handle:
        assert [row["status"] for row in csv.DictReader(handle)] == ["done", "done"]


def test_asking_once_and_a_batch_never_read_the_pacing_ledger_on_the_event_loop(
    workspace, bedrock, tmp_path, monkeypatch
):
    """The event loop is the window's thread; the ledger is SQLite, shared with every pixdesk
    process of this person, and may wait for another one's transaction there."""
    on_the_loop = ledger_calls_on_the_main_thread(monkeypatch)
    folder = image_folder(tmp_path / "shots", 2)
    progress = []

    async def scenario():
        request = AskRequest("hello", max_tokens=50)
        answer = await workspace.ask_once(request, new_answer(request, workspace.choices.connection()))
        items = await workspace.plan_batch([str(folder)], ["Describe"])
        job_id = await workspace.create_batch("2 shots", items, AskOptions(max_tokens=200))
        # (progress: what the batch window shows, asked on the loop)
        return answer, await workspace.batch_runner(await workspace.batch_job(job_id), progress.append).run()

    answer, job = asyncio.run(scenario())
    assert answer.complete and job.counts == {ItemStatus.DONE: 2} and progress
    assert len(bedrock.requests) == 3
    assert on_the_loop == []


def test_a_workspace_opens_and_closes_a_history_of_its_own(engine, executor, bedrock, tmp_path):
    workspace = Workspace.open(Settings(), executor, tmp_path / "own-history", engine=engine)
    try:
        asyncio.run(_ask(workspace, "Kept?"))
        assert workspace.keeps_history and workspace.interrupted_conversation() is None
        assert (tmp_path / "own-history" / "history.sqlite3").exists()
    finally:
        workspace.close()


def test_without_a_history_nothing_is_kept_and_asking_for_it_is_a_bug(engine, executor, bedrock):
    workspace = Workspace(engine, Settings(), executor)
    asyncio.run(_ask(workspace, "Not kept"))
    assert not workspace.keeps_history and workspace.chat.conversation_id is None
    with pytest.raises(RuntimeError, match="keeps no history"):
        asyncio.run(workspace.conversations())


class _Listener:
    """Records what the chat tells it (a ChatListener)."""

    def __init__(self) -> None:
        self.heard: list[str] = []

    def exchange_added(self, exchange) -> None:
        self.heard.append("added")

    def text_arrived(self, exchange, text) -> None:
        pass

    def exchange_changed(self, exchange) -> None:
        self.heard.append(exchange.status.value)

    def exchanges_reset(self) -> None:
        self.heard.append("reset")

    def notice(self, text) -> None:
        pass


def test_an_opened_workspace_opens_its_history_and_engine_only_when_first_used(bedrock, executor, tmp_path):
    """The window's first frame is built over a Workspace that has opened nothing: no history
    file, no engine, no chat. The first use opens each, and the listener named before the chat
    existed hears it."""
    folder = tmp_path / "history"
    workspace = Workspace.open(Settings({"chat/max_tokens": 300}), executor, history=folder)
    try:
        listener = _Listener()
        workspace.listen_to_chat(listener)
        assert workspace.keeps_history
        assert not (folder / "history.sqlite3").exists()
        assert workspace._engine is None and workspace._chat is None
        assert workspace.reviewed_document("scan.png") is None  # no review yet: nothing under review

        asyncio.run(_ask(workspace, "hello"))
        assert (folder / "history.sqlite3").exists()
        assert listener.heard[0] == "added" and listener.heard[-1] == "done"
        assert workspace.chat.listener is listener
        listed = asyncio.run(workspace.conversations())
        assert [c.id for c in listed.conversations] == [workspace.chat.conversation_id]
    finally:
        workspace.close()
