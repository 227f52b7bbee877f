"""Hostile inputs refused at once, in plain words, by `ask`, `batch` and the image pipeline: names
that are not files (a named pipe, a device: nothing waits on a pipe or reads a device forever),
and more pages than one request carries (refused before any page is prepared)."""

from __future__ import annotations

import os
import sys

import pytest

from helpers import image_folder
from helpers import run_pixdesk as pixdesk
from imaging_samples import slow_pdf
from pixdesk.errors import KnownError
from pixdesk.files import open_regular, read_regular
from pixdesk.imaging.sources import open_source
from pixdesk.services.images import expand_paths

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="named pipes and /dev are POSIX")


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "screenshot.png"  # named like an image: nothing but the file type gives it away
    os.mkfifo(path)
    return path


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(fifo):
    # With no writer, a blocking open() would wait forever; the refusal must come first.
    with pytest.raises(KnownError) as caught:
        open_source(fifo)
    assert caught.value.message == "screenshot.png is not a file but a pipe, so pixdesk does not read it."


def test_a_device_is_refused_rather_than_read_until_memory_runs_out():
    with pytest.raises(KnownError) as caught:
        open_source("/dev/zero")
    assert "is not a file but a device" in caught.value.message
    with pytest.raises(KnownError):
        read_regular("/dev/zero", limit=1024)


def test_reading_is_bounded_by_what_is_read_not_what_the_file_claims(tmp_path):
    path = tmp_path / "big.json"
    path.write_bytes(b"x" * 2048)
    assert read_regular(path, limit=2048) == b"x" * 2048
    with pytest.raises(KnownError) as caught:
        read_regular(path, limit=2047)
    assert "larger than pixdesk reads" in caught.value.message
    with open_regular(path) as handle:  # an ordinary file reads as usual (blocking mode restored)
        assert handle.read(4) == b"xxxx"


def test_a_folder_with_a_pipe_in_it_skips_the_pipe(tmp_path):
    folder = image_folder(tmp_path / "shots", 2)
    os.mkfifo(folder / "pipe.png")
    files, skipped = expand_paths([folder])
    assert [f.name for f in files] == ["shot0.png", "shot1.png"] and skipped == 1


def test_ask_refuses_a_pipe_at_once(bedrock, fifo):
    result = pixdesk("ask", str(fifo), "-q", "What is this?", timeout=60)
    assert result.returncode == 2, result.stderr
    assert "screenshot.png is not a file but a pipe" in result.stderr
    assert "Traceback" not in result.stderr
    assert not bedrock.requests


def test_batch_reports_a_pipe_as_a_failed_item_and_runs_the_rest(bedrock, tmp_path, fifo):
    real = image_folder(tmp_path / "shots", 1) / "shot0.png"
    result = pixdesk("batch", str(real), str(fifo), "--prompt", "Describe", "--concurrency", "1", timeout=90)
    assert "Traceback" not in result.stderr
    assert len(bedrock.requests) == 1  # the real image was asked about
    assert result.returncode == 1 and "1 answered, 1 failed" in result.stderr


def test_too_many_pages_are_refused_before_any_page_is_prepared(bedrock, tmp_path, monkeypatch):
    """A 300-page TIFF with --pages all: the count comes from the page list alone. Proven by
    counting decodes, not by timing: not one page may be decoded before the refusal."""
    from PIL import Image

    from pixdesk.imaging import sources
    from pixdesk.services.images import prepare_files

    tiff = tmp_path / "scan.tif"
    frames = [Image.new("L", (64, 48), shade) for shade in range(300)]
    frames[0].save(tiff, save_all=True, append_images=frames[1:])
    decodes = []
    original = sources.RasterSource.decode
    monkeypatch.setattr(
        sources.RasterSource, "decode", lambda self, *a, **k: decodes.append(a) or original(self, *a, **k)
    )
    for tiles in (False, True):
        with pytest.raises(KnownError) as caught:
            prepare_files([tiff], "all", tiles=tiles)
        assert "at most 8 images" in caught.value.message and "300" in caught.value.message
    assert decodes == []
    assert len(prepare_files([tiff], "1-8")) == 8 and len(decodes) == 8
    # From the CLI, so many pages are a whole-document question: planned (from the page list,
    # nothing decoded) and shown, and not sent without --yes when nobody is at a terminal.
    result = pixdesk("ask", str(tiff), "--pages", "all", "-q", "Summarise")
    assert result.returncode == 2 and "300 pages" in result.stderr and "nothing was sent" in result.stderr
    assert not bedrock.requests


@pytest.mark.parametrize("command", [["ask", "-q", "What is on it?"], ["batch", "--prompt", "Describe"]])
def test_ctrl_c_while_a_slow_page_is_prepared_stops_pixdesk_at_once(bedrock, tmp_path, command):
    import signal
    import subprocess

    pdf = slow_pdf(tmp_path / "heavy.pdf")
    args = [command[0], str(pdf), *command[1:], "--debug"]
    with subprocess.Popen(
        [sys.executable, "-m", "pixdesk", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    ) as process:
        try:
            seen = []
            for line in process.stderr:  # wait for the preparation to start: its log line
                seen.append(line)
                if "preparing heavy.pdf" in line:
                    break
            process.send_signal(signal.SIGINT)
            # The page alone takes about a minute to draw; pixdesk must not wait for it. (A hang
            # guard, not a speed test: the bound is a third of the drawing time.)
            returncode = process.wait(timeout=20)
            rest = process.stderr.read()
        finally:
            process.kill()
    assert returncode == 130, "".join(seen) + rest
    assert "stopped" in rest and "Traceback" not in rest
    assert not bedrock.requests


def test_history_import_refuses_a_pipe_and_a_device(bedrock, fifo):
    for path in (str(fifo), "/dev/zero"):
        result = pixdesk("history", "import", path, timeout=60)
        assert result.returncode == 2, result.stderr
        assert "it is not a file" in result.stderr and "Traceback" not in result.stderr
