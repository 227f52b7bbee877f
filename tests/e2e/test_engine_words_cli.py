"""The CLI speaks English whatever the system's language: the engine's sentences are English
(a Said is the English str), only the window translates them."""

from __future__ import annotations

from helpers import png_bytes
from helpers import run_pixdesk as pixdesk
from pixdesk.testing.server import Fault


def test_the_cli_prints_the_engine_sentences_in_english_on_a_german_system(bedrock, tmp_path, monkeypatch):
    for name in ("LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.setenv(name, "de_DE.UTF-8")
    monkeypatch.setenv("LANGUAGE", "de")
    screenshot = tmp_path / "screenshot.png"
    screenshot.write_bytes(png_bytes(800, 600))
    bedrock.inject(Fault.error("AccessDeniedException", times=None))
    result = pixdesk("ask", str(screenshot), "-q", "hi", "--region", "eu-west-1")
    assert result.returncode == 3
    said = "Your AWS account has not been granted access to Pixtral Large in Europe (Ireland) (eu-west-1)"
    assert said in result.stderr
    assert "Request model access in the Amazon Bedrock console" in result.stderr
    assert "Said(" not in result.stderr and "Ihr AWS-Konto" not in result.stderr
