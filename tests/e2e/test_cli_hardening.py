"""`pixdesk ask|batch|history` against hostile or careless input, as a person runs them: numbers
out of range refused up front, --debug wherever it is advised, file names and answers that
cannot drive the terminal, no credentials in --debug output, no library warnings on stderr."""

from __future__ import annotations

import io
import json
import uuid
import warnings
from pathlib import Path

import pytest
from PIL import Image

from helpers import png_bytes
from helpers import run_pixdesk as pixdesk
from pixdesk import catalog
from pixdesk.logs import log_dir
from pixdesk.testing.server import LocalBedrock

# What no output of pixdesk may contain raw: ESC, BEL, CSI as a C1 control, a right-to-left override.
RAW_CONTROLS = ("\x1b", "\x07", "\x9b", "\u202e")
HOSTILE_NAME = "shot\x1b]0;pwned\x07\x1b[2J\u202egnp.exe\x9b.png"  # retitles, clears, reorders


def _no_raw_controls(*texts: str) -> None:
    for text in texts:
        for control in RAW_CONTROLS:
            assert control not in text, f"raw {control!r} printed: {text!r}"


@pytest.fixture
def screenshot(tmp_path):
    path = tmp_path / "screenshot.png"
    path.write_bytes(png_bytes(320, 200))
    return path


def _no_batches() -> bool:
    return pixdesk("batch", "--list").stdout.strip() == "No batches yet."


# --- 1. numbers out of range: argparse's usage error, before anything runs -----------------

LIMIT = catalog.LIMITS.max_output_tokens
LOW_T, HIGH_T = catalog.LIMITS.temperature_range


@pytest.mark.parametrize(
    "arguments",
    [
        ["batch", "{image}", "--prompt", "x", "--quota", "0,0"],
        ["batch", "{image}", "--prompt", "x", "--quota", "10,-5"],
        ["batch", "{image}", "--prompt", "x", "--quota", "10"],
        ["batch", "{image}", "--prompt", "x", "--max-tokens", "0"],
        ["batch", "{image}", "--prompt", "x", "--max-tokens", str(LIMIT + 1)],
        ["batch", "--resume", "0"],
        ["ask", "{image}", "-q", "x", "--max-tokens", "0"],
        ["ask", "{image}", "-q", "x", "--max-tokens", str(LIMIT + 1)],
        ["ask", "{image}", "-q", "x", "--max-tokens", "many"],
        ["ask", "{image}", "-q", "x", "--temperature", str(HIGH_T + 0.5)],
        ["ask", "{image}", "-q", "x", "--temperature", str(LOW_T - 0.1)],
        ["ask", "{image}", "-q", "x", "--temperature", "nan"],
    ],
)
def test_numbers_out_of_range_are_refused_up_front(bedrock, screenshot, arguments):
    result = pixdesk(*(a.replace("{image}", str(screenshot)) for a in arguments))
    option = [a for a in arguments if a.startswith("--")][-1]  # the one out of range
    assert result.returncode == 2, result.stderr
    assert "usage: pixdesk" in result.stderr and f"error: {option} " in result.stderr  # argparse's form
    assert "Traceback" not in result.stderr and not result.stdout
    assert not bedrock.requests
    assert _no_batches()


def test_the_catalogs_limits_themselves_are_accepted(bedrock, screenshot):
    result = pixdesk(
        "ask",
        str(screenshot),
        "-q",
        "x",
        "--max-tokens",
        str(LIMIT),
        "--temperature",
        str(HIGH_T),
        "--json",
        "--no-save",
    )
    assert result.returncode == 0, result.stderr
    assert bedrock.requests[0].body["inferenceConfig"] == {"maxTokens": LIMIT, "temperature": HIGH_T}


def test_a_quota_too_small_for_one_answer_is_refused_before_the_batch_starts(bedrock, screenshot):
    result = pixdesk("batch", str(screenshot), "--prompt", "x", "--max-tokens", "2000", "--quota", "10,1500")
    assert result.returncode == 2
    assert "--quota allows 1,500 tokens a minute" in result.stderr
    assert not bedrock.requests and _no_batches()


# --- 2. --debug on every command: the unexpected-failure message advises it ----------------


@pytest.mark.parametrize(
    "arguments",
    [
        ["ask", "{image}", "-q", "x", "--dry-run"],
        ["batch", "--list"],
        ["history", "list"],
        ["history", "show", "--last"],
        ["history", "export", "--last", "--format", "json", "--out", "{tmp}/out.json"],
        ["history", "import", "{tmp}/missing.json"],
    ],
)
def test_every_command_takes_debug(bedrock, screenshot, tmp_path, arguments):
    result = pixdesk(
        *(a.replace("{image}", str(screenshot)).replace("{tmp}", str(tmp_path)) for a in arguments), "--debug"
    )
    assert "unrecognized arguments" not in result.stderr and "usage:" not in result.stderr, result.stderr


# --- 3. file names and answers are shown, never obeyed, by the terminal ---------------------


def test_a_hostile_file_name_is_printed_escaped(tmp_path):
    path = tmp_path / HOSTILE_NAME
    path.write_bytes(png_bytes(320, 200))
    result = pixdesk("ask", str(path), "-q", "x", "--dry-run")
    assert result.returncode == 0, result.stderr
    _no_raw_controls(result.stdout, result.stderr)
    assert "shot\\x1b]0;pwned\\x07\\x1b[2J\\u202egnp.exe\\x9b.png: 320×200" in result.stdout  # visible, not lost

    as_json = pixdesk("ask", str(path), "-q", "x", "--dry-run", "--json")
    _no_raw_controls(as_json.stdout)
    assert json.loads(as_json.stdout)["images"][0]["name"] == HOSTILE_NAME  # scripts still get the real name


def test_a_hostile_name_inside_an_error_sentence_is_escaped(tmp_path):
    path = tmp_path / HOSTILE_NAME
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 50)  # damaged: the sentence names the file
    result = pixdesk("ask", str(path), "-q", "x", "--dry-run")
    assert result.returncode == 2
    _no_raw_controls(result.stdout, result.stderr)
    assert "\\x1b]0;pwned" in result.stderr


def test_escape_sequences_in_an_answer_are_shown_not_obeyed(bedrock, screenshot):
    # The local server's answer quotes the question, so the question carries them into the answer.
    question = "Read\x1b]0;pwned\x07 this\x1b[2J and\x9b1m\u202e that"
    result = pixdesk("ask", str(screenshot), "-q", question)
    assert result.returncode == 0, result.stderr
    _no_raw_controls(result.stdout, result.stderr)
    assert "Read\\x1b]0;pwned\\x07 this\\x1b[2J" in result.stdout
    assert result.stdout.count("\n") > 5  # the answer's lines are kept

    for command in (["history", "list"], ["history", "show", "--last"]):  # the recorded question, later
        shown = pixdesk(*command)
        assert shown.returncode == 0, shown.stderr
        _no_raw_controls(shown.stdout, shown.stderr)
        assert "Read\\x1b]0;pwned" in shown.stdout


def test_a_batch_prints_hostile_file_names_escaped(bedrock, tmp_path):
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / HOSTILE_NAME).write_bytes(png_bytes(320, 200))
    result = pixdesk("batch", str(folder), "--prompt", "Describe")
    assert result.returncode == 0, result.stderr
    _no_raw_controls(result.stdout, result.stderr)
    assert "shot\\x1b]0;pwned\\x07" in result.stderr  # the per-item line
    listing = pixdesk("batch", "--list")
    _no_raw_controls(listing.stdout)
    assert "shot\\x1b]0;pwned\\x07" in listing.stdout  # the batch's title


# --- 4. --debug never shows credentials typed into the endpoint URL -------------------------


def _with_credentials(url: str, secret: str) -> str:
    scheme, rest = url.split("://", 1)
    return f"{scheme}://pixdesk-user:{secret}@{rest}"


def test_debug_hides_credentials_in_the_endpoint_url(bedrock, screenshot, monkeypatch):
    secret = "SECRETKEY" + uuid.uuid4().hex
    monkeypatch.setenv("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", _with_credentials(bedrock.url, secret))
    result = pixdesk("ask", str(screenshot), "-q", "x", "--debug")
    assert result.returncode == 0, result.stderr
    assert bedrock.requests  # the call went through that endpoint
    assert secret not in result.stdout + result.stderr
    assert "[redacted]@127.0.0.1" in result.stderr  # the URL was shown, its credentials were not


def test_debug_details_of_a_failed_connection_hide_credentials(aws_keys, screenshot, monkeypatch):
    server = LocalBedrock().start()
    url = server.url
    server.stop()  # nothing listens there any more: botocore's error names the whole URL
    secret = "SECRETKEY" + uuid.uuid4().hex
    monkeypatch.setenv("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", _with_credentials(url, secret))
    monkeypatch.setenv("AWS_MAX_ATTEMPTS", "1")
    for command in (
        ["ask", str(screenshot), "-q", "x", "--debug"],
        ["batch", str(screenshot), "--prompt", "x", "--debug"],
    ):
        result = pixdesk(*command)
        assert result.returncode in (1, 5), result.stderr
        assert secret not in result.stdout + result.stderr
    ask = pixdesk("ask", str(screenshot), "-q", "x", "--debug")
    assert "details: EndpointConnectionError" in ask.stderr and "[redacted]@" in ask.stderr


# --- 5. a library's warning goes to the log, not to the person -----------------------------


def _truncated_tiff(path: Path) -> Path:
    """A TIFF cut just after its header: the first IFD's offset points past the end, which
    Pillow reports with `UserWarning: Corrupt EXIF data` before refusing the file."""
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "white").save(buffer, "TIFF")
    path.write_bytes(buffer.getvalue()[:8])
    return path


def test_a_library_warning_goes_to_the_log_not_the_terminal(tmp_path):
    tiff = _truncated_tiff(tmp_path / "scan.tif")
    with warnings.catch_warnings(record=True) as caught:  # the premise: Pillow does warn about it
        warnings.simplefilter("always")
        with pytest.raises(OSError):
            Image.open(tiff)
    assert any("Corrupt EXIF" in str(w.message) for w in caught)

    result = pixdesk("ask", str(tiff), "-q", "x", "--dry-run")
    assert result.returncode == 2
    assert "Warning" not in result.stderr and "site-packages" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "pixdesk: scan.tif looks like a TIFF file but is damaged. Open and re-save it, or take the screenshot again."
    ]
    logged = "".join(path.read_text(encoding="utf-8") for path in log_dir().glob("*.log"))
    assert "UserWarning: Corrupt EXIF data" in logged  # kept for support, in pixdesk's log folder

    debug = pixdesk("ask", str(tiff), "-q", "x", "--dry-run", "--debug")  # shown on request
    assert "Corrupt EXIF data" in debug.stderr and "looks like a TIFF file but is damaged" in debug.stderr
