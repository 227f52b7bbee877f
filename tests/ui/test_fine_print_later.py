"""The small-print check does not hold up an attached image (#14): the chip is ready — thumbnail,
size, tokens, sendable — as soon as the page is prepared, and the check runs afterwards in a
second job on the image workers; its warning then appears on the chip. A page without small print
never shows it. The check here is the service's own, held back by an Event until the test lets
it finish (no timing involved)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from fine_print_samples import page_with_small_print, save
from helpers import until
from pixdesk.services import small_print as small_print_service
from pixdesk.services.images import Resolution
from pixdesk.ui.attachments import AttachmentTray

UNREADABLE = "Small print will be unreadable at this size"  # the chip's words, in English


class HeldCheck:
    """The service's measuring function, which waits for `release` once it has started."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.calls: list[tuple[str, int]] = []

    def __call__(self, ref, page, redactions):
        self.calls.append((str(ref), page))
        self.started.set()
        if not self.release.wait(timeout=120):
            raise AssertionError("the test never released the check")
        return small_print_service.measure_ref(ref, page, redactions)


class Host(QWidget):
    def __init__(self, pool, check) -> None:
        super().__init__()
        self.tray = AttachmentTray(pool, pool, lambda: Resolution.MODEL, parent=self, measure_small_print=check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tray)
        layout.addWidget(QPlainTextEdit(self))


@pytest.fixture
def check():
    held = HeldCheck()
    yield held
    held.release.set()  # never leave a worker waiting


@pytest.fixture
def host(qtbot, check):
    pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="pixdesk-test-fine-later")
    widget = Host(pool, check)
    qtbot.addWidget(widget)
    widget.resize(900, 300)
    widget.show()
    yield widget
    check.release.set()
    pool.shutdown(wait=True, cancel_futures=True)


def test_the_chip_is_ready_before_the_check_ends_then_the_warning_appears(host, run, check, tmp_path):
    invoice = save(page_with_small_print(), tmp_path / "invoice.png")  # 22-px footer: ~6 px at fit
    tray = host.tray
    tray.add_paths([str(invoice)])
    run(until(lambda: tray.items and not tray.busy and check.started.is_set(), timeout=60, message="the chip"))
    [chip] = tray.chips()
    # Ready and sendable while the check is still under way: nothing waits for it.
    assert tray.measuring and not check.release.is_set()
    assert chip.detail.text().startswith("about ") and chip.thumb.has_image()
    assert len(tray.attachments()) == 1
    assert tray.items[0].prepared.small_print is None  # (the page was prepared without measuring)
    assert chip.small_print_state == "" and not chip.small_print.isVisible()
    assert check.calls == [(str(invoice), 0)]

    check.release.set()
    run(until(lambda: chip.small_print_state == "warning", timeout=60, message="the warning"))
    assert chip.small_print.isVisible() and chip.small_print.text() == UNREADABLE
    assert chip.small_print_button.isVisible() and chip.small_print_button.text() == "Read it"
    assert UNREADABLE in chip.accessibleDescription()
    assert not tray.measuring


def test_a_page_without_small_print_never_shows_the_warning(host, run, check, tmp_path):
    letter = save(
        page_with_small_print(size=(1240, 1754), body_px=40, small_px=40, small_at=1300), tmp_path / "letter.png"
    )
    tray = host.tray
    tray.add_paths([str(letter)])
    run(until(lambda: tray.items and not tray.busy and check.started.is_set(), timeout=60, message="the chip"))
    [chip] = tray.chips()
    check.release.set()
    run(until(lambda: not tray.measuring, timeout=60, message="the check"))
    assert check.calls == [(str(letter), 0)]  # it was measured …
    assert chip.small_print_state == ""  # … and found nothing to say
    assert not chip.small_print.isVisible() and not chip.small_print_button.isVisible()


def test_a_check_that_ends_after_the_image_was_removed_changes_nothing(host, run, check, tmp_path):
    invoice = save(page_with_small_print(), tmp_path / "invoice.png")
    tray = host.tray
    tray.add_paths([str(invoice)])
    run(until(lambda: tray.items and not tray.busy and check.started.is_set(), timeout=60, message="the chip"))
    [chip] = tray.chips()
    chip.remove.click()
    check.release.set()
    run(until(lambda: not tray.measuring, timeout=60, message="the check"))
    assert tray.items == [] and tray.chips() == [] and chip.small_print_state == ""


def test_removing_an_image_drops_its_check_still_waiting_for_a_worker(qtbot, run, check, tmp_path):
    """One worker: the first image's check holds it, the second image's check waits behind it.
    Removing the second image cancels that check: it never runs, and is not `measuring`."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pixdesk-test-fine-later-one")
    host = Host(pool, check)
    qtbot.addWidget(host)
    host.show()
    first = save(page_with_small_print(), tmp_path / "first.png")
    second = save(page_with_small_print(), tmp_path / "second.png")
    tray = host.tray
    try:
        tray.add_paths([str(first), str(second)])
        run(until(lambda: len(tray.items) == 2 and not tray.busy, timeout=60, message="both chips"))
        run(until(lambda: check.started.is_set() and len(tray._measuring) == 2, timeout=60, message="both checks"))
        tray.chips()[1].remove.click()
        assert len(tray._measuring) == 1  # only the first image's check is still under way
        check.release.set()
        run(until(lambda: not tray.measuring, timeout=60, message="the first check"))
        pool.submit(int).result(timeout=60)  # (the worker has run everything queued before this)
        assert check.calls == [(str(first), 0)]
        assert tray.chips()[0].small_print_state == "warning"
    finally:
        check.release.set()
        pool.shutdown(wait=True, cancel_futures=True)
