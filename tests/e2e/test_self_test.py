"""`pixdesk --self-test`: the whole run as a subprocess, and each check's failure path."""

from __future__ import annotations

import asyncio
import io
import os
from pathlib import Path

import pytest

from helpers import png_attachment, run_pixdesk
from pixdesk.services import self_test
from pixdesk.services.self_test import CheckFailed, Passed, Report
from pixdesk.testing.certs import write_self_signed
from pixdesk.testing.server import Fault, LocalBedrock

CHECKS = (
    "Qt offscreen plugin",
    "Qt platform",
    "Qt image formats",
    "botocore data",
    "CA certificates",
    "network",
    "image workers",
    "history store",
    "keychain",
    "local Bedrock server",
    "round trip",
    "chat rendering",
)


def test_self_test_passes_with_one_line_per_check(tmp_path, monkeypatch):
    # The person's own AWS settings must neither break the self-test nor be used by it.
    monkeypatch.setenv("AWS_PROFILE", "no-such-profile")
    monkeypatch.setenv("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", "https://127.0.0.1:9")
    monkeypatch.setenv("AWS_BEARER_TOKEN_BEDROCK", "ABSKpersonalkeythatmustnotbeused")
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")  # a company proxy, unreachable from here
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)  # (botocore would verify with it alone)
    result = run_pixdesk("--self-test", timeout=120)
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert lines[0].startswith("pixdesk ") and "self-test" in lines[0]
    check_lines = lines[1:-1]
    assert [line.split(":", 1)[0].split(None, 1)[1] for line in check_lines] == list(CHECKS)
    assert all(line.startswith("ok ") for line in check_lines)
    assert lines[-1] == f"self-test passed: {len(CHECKS)} checks"
    network = next(line for line in lines if line.startswith("ok    network: "))
    assert network.endswith(
        "Proxy: 127.0.0.1:9 (from the proxy variables) · Certificates: this computer's trusted certificates "
        "(the system trust store)"
    )
    assert "ABSKpersonal" not in result.stdout + result.stderr
    assert result.stderr == ""


def test_self_test_leaves_no_history_or_settings_behind(tmp_path):
    result = run_pixdesk("--self-test", timeout=120)
    assert result.returncode == 0, result.stdout
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        folder = Path(os.environ[name])
        assert not (folder / "pixdesk").exists(), f"the self-test wrote into {folder}"


# --- the report ---------------------------------------------------------------------------------


def test_a_failing_check_prints_fail_and_the_run_exits_1():
    out = io.StringIO()
    report = Report(out)
    report.run("first", lambda: Passed("fine"))

    def broken() -> Passed:
        raise CheckFailed("the thing is missing")

    assert report.run("second", broken) is None
    assert report.finish() == 1
    assert out.getvalue().splitlines() == [
        "ok    first: fine",
        "FAIL  second: the thing is missing",
        "self-test FAILED: 1 of 2 checks",
    ]


def test_an_unexpected_exception_is_a_fail_line_not_a_traceback():
    out = io.StringIO()
    report = Report(out)
    report.run("division", lambda: Passed(str(1 / 0)))
    assert out.getvalue() == "FAIL  division: ZeroDivisionError: division by zero\n"
    assert report.finish() == 1


def test_a_check_that_hangs_fails_after_its_timeout():
    out = io.StringIO()
    report = Report(out)
    release = asyncio.Event()

    async def hangs() -> Passed:
        await release.wait()
        return Passed("never")

    asyncio.run(report.run_async("slow", hangs, timeout_s=0.05))
    assert out.getvalue() == "FAIL  slow: no result after 0 s\n"
    assert report.timed_out


def test_no_checks_is_not_a_pass():
    assert Report(io.StringIO()).finish() == 1


# --- each check's failure path -------------------------------------------------------------------


def test_missing_botocore_data_is_named():
    with pytest.raises(CheckFailed, match="descriptions of no-such-service are missing"):
        self_test.check_botocore_data(("bedrock-runtime", "no-such-service"))


def test_botocore_data_names_the_endpoints_it_resolved():
    detail = self_test.check_botocore_data().detail
    assert "https://bedrock-runtime.us-east-1.amazonaws.com" in detail
    assert "https://bedrock-runtime.eu-west-1.amazonaws.com" in detail


def test_a_missing_or_empty_ca_bundle_fails(tmp_path):
    with pytest.raises(CheckFailed, match="is missing"):
        self_test.check_certificates(str(tmp_path / "nope.pem"))
    cert, _key = write_self_signed(tmp_path / "cert")  # a bundle holding one certificate
    with pytest.raises(CheckFailed, match="only 1 CA certificates"):
        self_test.check_certificates(str(cert))


def test_the_image_workers_prepare_every_sample_kind():
    passed = self_test.check_image_workers(self_test.sample_images())
    formats = [attachment.format for attachment in passed.value]
    assert formats == ["png", "jpeg", "png", "png"]  # screenshot, photo, scanned page, HEIC sample
    assert "scan.pdf" in passed.detail and "photo.heic 96×64" in passed.detail


def test_a_damaged_sample_fails_the_image_check():
    broken = self_test.InMemoryImage(b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "broken.png")
    with pytest.raises(Exception) as raised:
        self_test.check_image_workers([broken])
    assert "broken.png" in str(raised.value)


def test_the_history_check_reads_back_what_it_saved(tmp_path):
    detail = self_test.check_history(tmp_path / "history", png_attachment()).detail
    assert "FTS5" in detail
    assert (tmp_path / "history" / "history.sqlite3").exists()


@pytest.fixture
def local_server(monkeypatch):
    """The self-test's own server start, which points this process at it; undone afterwards."""
    for name in ("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", "AWS_CA_BUNDLE"):
        monkeypatch.setenv(name, "")  # so that monkeypatch removes what start_local_server sets
    server = self_test.start_local_server().value
    yield server
    server.stop()


def _round_trip(server: LocalBedrock):
    return asyncio.run(self_test.round_trip(server, png_attachment(320, 200)))


def test_the_round_trip_uses_the_api_key_over_https(local_server):
    server = local_server
    passed = _round_trip(server)
    _request, answer = passed.value
    assert answer.complete and answer.text
    assert server.requests[-1].auth == "bearer" and server.url.startswith("https://")
    assert "byte for byte" in passed.detail


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        (Fault.error("AccessDeniedException", times=None), "access"),
        (Fault.drop(after_tokens=2), "connection"),
    ],
)
def test_a_failed_round_trip_says_why(local_server, fault, words):
    local_server.inject(fault)
    with pytest.raises(CheckFailed) as raised:
        _round_trip(local_server)
    assert words in str(raised.value).lower()


def test_the_self_test_forgets_the_persons_aws_settings(tmp_path):
    environ = {
        "AWS_PROFILE": "work",
        "AWS_ACCESS_KEY_ID": "AKIDPERSONAL",
        "HOME": "/home/x",
        "HTTPS_PROXY": "http://proxy.example:3128",
        "NO_PROXY": ".corp.example",
    }
    self_test.isolate_aws(tmp_path, environ)
    assert environ["HOME"] == "/home/x" and environ["HTTPS_PROXY"] == "http://proxy.example:3128"
    assert environ["NO_PROXY"] == ".corp.example,127.0.0.1,localhost"
    assert environ["no_proxy"] == "127.0.0.1,localhost"
    assert "AWS_PROFILE" not in environ and "AWS_ACCESS_KEY_ID" not in environ
    assert Path(environ["AWS_CONFIG_FILE"]).read_text() == ""
    assert environ["AWS_EC2_METADATA_DISABLED"] == "true"
