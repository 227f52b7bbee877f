"""Text for the terminal: control and bidi characters shown escaped, never obeyed; the --debug
output redacted (credentials in URLs too), escaped and kept short; the numeric options' checks."""

from __future__ import annotations

import json
import logging
import traceback
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pixdesk import catalog
from pixdesk.cli.support import MAX_TOKENS, TEMPERATURE, quota
from pixdesk.cli.terminal import answer_text, json_text, printable
from pixdesk.logs import REDACT, TerminalFormatter, for_terminal

BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def _dangerous(char: str) -> bool:
    """What a terminal may act on: any control character (C0, DEL, C1), a bidi control, or a
    line/paragraph separator. Decided by Unicode's tables, independently of the code under test."""
    return unicodedata.category(char) in ("Cc", "Zl", "Zp") or char in BIDI_CONTROLS


DANGEROUS = "".join(c for c in map(chr, range(0x2070)) if _dangerous(c))
# Ordinary text mixed with every dangerous character, in any order.
hostile_text = st.text(alphabet=st.sampled_from(DANGEROUS) | st.characters(), max_size=60)


def test_the_dangerous_set_is_what_we_think():
    assert {"\x1b", "\x07", "\x00", "\x7f", "\x9b", "\x85", "\u202e", "\u2028"} <= set(DANGEROUS)
    assert len(DANGEROUS) == 32 + 1 + 32 + len(BIDI_CONTROLS) + 2


@settings(max_examples=300, deadline=None)
@given(hostile_text)
def test_printable_leaves_nothing_a_terminal_would_obey(text):
    shown = printable(text)
    assert not any(_dangerous(c) for c in shown)
    if not any(_dangerous(c) for c in text):
        assert shown == text  # ordinary text is left exactly as it was


@settings(max_examples=300, deadline=None)
@given(hostile_text)
def test_answers_keep_their_lines_and_tabs_and_nothing_else(text):
    shown = answer_text(text)
    assert not any(_dangerous(c) for c in shown if c not in "\n\t")
    assert shown.count("\n") == text.count("\n") and shown.count("\t") == text.count("\t")


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(hostile_text, st.lists(hostile_text | st.integers(), max_size=3), max_size=4))
def test_json_text_prints_safely_and_still_decodes_to_the_same_values(value):
    text = json_text(value)
    assert not any(_dangerous(c) for c in text if c != "\n")  # "\n" only between values
    assert json.loads(text) == value


def test_escapes_are_the_familiar_spellings():
    assert printable("a\x1b[2J\x07b\u202ec\x9bd\ne") == "a\\x1b[2J\\x07b\\u202ec\\x9bd\\ne"
    assert printable("two\nlines", keep="\n") == "two\nlines"
    assert answer_text("row 1\r\n\trow 2\x1b]0;t\x07") == "row 1\n\trow 2\\x1b]0;t\\x07"
    assert printable("Ünïcödé 文字 עברית emoji 👍🏽 ok") == "Ünïcödé 文字 עברית emoji 👍🏽 ok"


# --- the --debug output -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://user:{secret}@bedrock.example.com/model",
        "http://{secret}@127.0.0.1:8080/",
        "https://user:{secret}@vpce-0123.bedrock-runtime.us-east-1.vpce.amazonaws.com",
        'Could not connect to the endpoint URL: "http://me:{secret}@127.0.0.1:1/model/x%3A0/converse-stream"',
        "url=https://a:{secret}@h/x, headers={{}}",
    ],
)
def test_credentials_in_a_url_are_redacted(url):
    secret = "k3y-" + "Z" * 12
    redacted = REDACT(url.format(secret=secret))
    assert secret not in redacted and "[redacted]@" in redacted


def test_urls_without_credentials_are_left_alone():
    for text in [
        "https://bedrock-runtime.us-east-1.amazonaws.com/model/x",
        "see https://example.com/a?mail=someone@example.com and mailto:someone@example.com",
    ]:
        assert REDACT(text) == text


def _record(message: str) -> logging.LogRecord:
    return logging.LogRecord("botocore.endpoint", logging.DEBUG, __file__, 1, "%s", (message,), None)


def test_debug_lines_are_redacted_escaped_and_kept_short():
    formatter = TerminalFormatter("%(levelname)s %(name)s: %(message)s", max_chars=200)
    body = "A" * 100_000  # botocore's "Making request" line carries the whole request body
    line = formatter.format(_record(f"url=http://u:hunter2-secret@h/ name=a\x1b[2Jb body={body}"))
    assert "hunter2-secret" not in line and "\x1b" not in line and "a\\x1b[2Jb" in line
    assert len(line) < 300 and line.endswith("more characters)")


def test_a_traceback_for_the_terminal_keeps_its_lines():
    try:
        raise OSError("cannot open http://u:hunter2-secret@h/\x1b]0;x\x07")
    except OSError:
        text = for_terminal(traceback.format_exc())
    assert text.count("\n") >= 3 and "hunter2-secret" not in text and "\x1b" not in text


# --- the numeric options ----------------------------------------------------------------------


def test_numeric_checks_use_the_catalogs_limits():
    limit = catalog.LIMITS.max_output_tokens
    low, high = catalog.LIMITS.temperature_range
    assert MAX_TOKENS("1") == 1 and MAX_TOKENS(str(limit)) == limit
    assert TEMPERATURE(str(low)) == low and TEMPERATURE(str(high)) == high
    for bad in ("0", str(limit + 1), "-1", "1.5", "", "1e3"):
        with pytest.raises(ValueError):
            MAX_TOKENS(bad)
    for bad in (str(high + 0.01), str(low - 0.01), "nan", "inf", "-inf", "warm"):
        with pytest.raises(ValueError):
            TEMPERATURE(bad)


def test_quota_is_two_numbers_each_at_least_one():
    assert quota("10,80000") == (10, 80_000)
    for bad in ("0,0", "1,0", "0,1", "10", "10,20,30", "-1,5", "ten,5", ","):
        with pytest.raises(ValueError, match="two numbers"):
            quota(bad)
