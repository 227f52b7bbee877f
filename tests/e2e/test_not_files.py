"""Names that are not files — a named pipe, a device — are refused at once in plain words, by
`ask`, `batch` and the image pipeline; nothing waits on a pipe or reads a device forever."""

from __future__ import annotations

import os
import sys

import pytest

from helpers import image_folder, run_pixdesk as pixdesk
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
