"""The batch window: choose files and prompts, run, watch progress and results, pause and
resume, export; an interrupted batch is offered on the next start."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from helpers import image_folder, until


@pytest.fixture
def folder(tmp_path):
    return image_folder(tmp_path / "shots", 3, (500, 400))


def test_run_a_batch_from_the_window(make_window, run, bedrock, history, folder, tmp_path):
    window = make_window(history=history)
    batch = run(window.open_batch())
    batch.add_paths([str(folder)])
    batch.own.setText("Which colour dominates?")
    batch.own.returnPressed.emit()  # added, ticked, and remembered for next time
    assert batch.chosen_prompts()[0].startswith("Transcribe all the text")
    assert batch.chosen_prompts()[1] == "Which colour dominates?"
    batch.start_button.click()
    run(until(lambda: batch.job is not None and batch.bar.value() == 6 and not batch.running, message="the batch"))
    assert batch.status.text().startswith("6 of 6 done")
    assert [batch.table.item(row, 3).text() for row in range(6)] == ["done"] * 6
    batch.table.selectRow(1)
    assert "Which colour dominates?" in batch.answer.toPlainText()
    run(batch.export(str(tmp_path / "results.csv"), "csv"))
    with (tmp_path / "results.csv").open(newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 6
    assert "Which colour dominates?" in batch._own_prompts()


def test_pause_and_resume(make_window, run, bedrock, history, folder, settings_store):
    bedrock.behaviour.tokens_per_second = 200
    settings_store["quota/requests_per_minute"] = 100  # (the default 10 would make the last items wait a minute)
    window = make_window(history=history)
    batch = run(window.open_batch())
    batch.add_paths([str(folder)])
    for row in range(batch.prompts.count()):  # every template: 3 files × 4 prompts
        batch.prompts.item(row).setCheckState(Qt.CheckState.Checked)

    async def pause_early():
        batch.start_button.click()
        await until(lambda: batch.running and batch.bar.value() >= 2, message="a couple done")
        batch.pause_button.click()
        # The buttons follow the pause a loop turn later: wait for what the person would see.
        await until(lambda: not batch.running and batch.resume_button.isEnabled(), message="the pause")

    run(pause_early())
    paused_at = batch.job.total - batch.job.left
    assert 2 <= paused_at < 12
    bedrock.behaviour.tokens_per_second = None
    batch.resume_button.click()
    run(until(lambda: not batch.running and batch.job.left == 0, message="the rest"))
    assert batch.job.counts == {"done": 12}
    assert len([r for r in bedrock.requests if r.outcome == "ok"]) == 12  # none asked twice


def test_an_interrupted_batch_is_offered_on_the_next_start(make_window, run, bedrock, history, folder):
    store = history.store
    job = history.run_now(
        store.create_batch,
        "3 items",
        "us-east-1",
        "standard",
        100,
        "",
        [(str(folder / f"shot{n}.png"), 0, "Describe") for n in range(3)],
    )
    history.run_now(store.claim_batch_item, job)  # it was being asked when pixdesk died
    window = make_window(history=history)
    window.start()
    run(until(lambda: "A batch stopped with 0 of 3 items done" in window.banner.text, message="the offer"))
    batch = run(window.open_batch())
    assert batch.job.id == job and batch.resume_button.isEnabled()
    batch.resume_button.click()
    run(until(lambda: batch.job.left == 0 and not batch.running, message="the resumed batch"))
    assert batch.job.counts == {"done": 3}


def test_the_chat_counts_down_while_waiting_for_the_quota(make_window, run, bedrock):
    """The quota's minute is full: the question waits, says so, and Esc cancels it unsent."""
    window = make_window()
    pacer = window.workspace.scheduler.pacer(window.workspace.choices.connection())
    for _ in range(10):  # Bedrock's default: 10 requests a minute, all used just now
        pacer.reserve(100)

    async def scenario():
        window.composer.set_text("Am I paced?")
        window.send()
        await until(  # said inside the answer, where the person is looking
            lambda: "Waiting for your account's quota — sending in 1 min" in window.chat.toPlainText(),
            message="the countdown",
        )
        assert "Cancel" in window.chat.toPlainText()
        window.stop_action.trigger()  # Esc
        await until(lambda: window.session.exchanges[0].status.value == "stopped", message="the stop")

    run(scenario())
    assert bedrock.requests == []  # nothing was sent


def test_the_batch_window_fits_a_1366_by_768_laptop_at_150_percent(make_window, run, bedrock, history, monkeypatch):
    """It asked for 1000×760 whatever the screen: at 150 % a 1366×768 laptop has room for 911×512
    (less its task bar), so Pause, Stop and Export were off the screen."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    available = QRect(0, 0, 911, 485)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(available))
    window = make_window(history=history)
    batch = run(window.open_batch())
    # At most 90 % of the screen, unless its least workable size needs more; never more than the screen.
    assert batch.width() <= max(available.width() * 0.9, batch.minimumSizeHint().width()) <= available.width()
    assert batch.height() <= max(available.height() * 0.9, batch.minimumSizeHint().height()) <= available.height()
