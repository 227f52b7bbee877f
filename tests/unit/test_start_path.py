"""What the window's start does not pay for, and the image workers' share of the cores."""

from __future__ import annotations

import os
import subprocess
import sys

from pixdesk import cli, entry
from pixdesk.services.images import ImageWorkers, image_worker_count


def test_the_entry_knows_every_cli_command_without_importing_the_cli():
    assert entry.CLI_COMMANDS == cli.COMMANDS
    code = "import sys, pixdesk.entry; print('pixdesk.cli' in sys.modules, 'boto3' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.split() == ["False", "False"]


def test_one_core_is_left_for_the_window():
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 2
    assert image_worker_count() == max(1, cores - 1)


def test_image_workers_start_only_when_asked_and_run_below_the_window():
    workers = ImageWorkers()
    try:
        assert workers._pool is None  # building the window spawns nothing
        pid = workers.submit(os.getpid).result(timeout=60)
        assert pid != os.getpid()
        if sys.platform.startswith("linux"):
            assert os.getpriority(os.PRIO_PROCESS, pid) > os.getpriority(os.PRIO_PROCESS, 0)
    finally:
        workers.stop()


def test_the_windows_modules_leave_slow_libraries_until_they_are_needed():
    """boto3/botocore (the first question), keyring (read off the GUI thread), pypdfium2 (the
    first PDF) and pi-heif (the first HEIC) each cost the window's start tens of milliseconds."""
    slow = ("boto3", "botocore", "keyring", "pypdfium2", "pi_heif", "urllib.request")
    code = (
        "import sys, pixdesk.app, pixdesk.ui.main_window, pixdesk.services.workspace, pixdesk.secrets\n"
        f"print(' '.join(m for m in {slow!r} if m in sys.modules) or 'none')"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "none"


def test_heic_and_pdf_open_in_a_fresh_process_where_nothing_was_loaded_before(tmp_path):
    """Lazy loading must not lose a format: a process that never imported pi-heif or pypdfium2
    (unlike this test session, whose conftest registers pi-heif) still reads both."""
    import pillow_heif
    from PIL import Image

    from imaging_samples import pdf_pages

    heic = tmp_path / "photo.heic"
    pillow_heif.from_pillow(Image.new("RGB", (48, 32), (200, 30, 30))).save(heic)
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(pdf_pages([(200, 100)]))
    code = (
        "import sys\nfrom pixdesk.imaging.sources import open_source\n"
        "for path in sys.argv[1:]:\n"
        "    with open_source(path) as source:\n"
        "        print(source.kind, *source.decode(0).image.size)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(heic), str(pdf)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split("\n")
    assert lines[0] == "heic 48 32"
    assert lines[1].startswith("pdf ")
