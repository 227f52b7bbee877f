"""`pixdesk ask` once Bedrock has retired Pixtral Large (or taken a Legacy model away): one
sentence saying so and what to do, exit code 3, no traceback — and the history still reads."""

from __future__ import annotations

import json

import pytest

from helpers import run_pixdesk as pixdesk
from pixdesk.testing.server import Fault


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        ("retired", "Amazon Bedrock no longer offers Pixtral Large to this account (it has been retired)."),
        ("legacy", "Amazon Bedrock has removed this account's access to Pixtral Large"),
    ],
)
def test_a_retired_model_is_said_in_words_and_exits_3(bedrock, fault, words):
    assert pixdesk("ask", "-q", "Before the end").returncode == 0  # a conversation from before
    bedrock.inject(Fault.parse(fault))
    result = pixdesk("ask", "-q", "After the end")
    assert result.returncode == 3
    assert words in result.stderr and "Ask your AWS admin" in result.stderr
    assert "Traceback" not in result.stderr and "ResourceNotFoundException" not in result.stderr
    listing = pixdesk("history", "list", "--json")  # the history does not need Bedrock: it still reads
    assert listing.returncode == 0
    assert "Before the end" in [c["title"] for c in json.loads(listing.stdout)]
    earlier = pixdesk("history", "show", "--last", "--json")
    assert earlier.returncode == 0


def test_debug_shows_bedrocks_own_words(bedrock):
    bedrock.inject(Fault.parse("retired"))
    result = pixdesk("ask", "-q", "hi", "--debug")
    assert result.returncode == 3 and "reached the end of its life" in result.stderr
