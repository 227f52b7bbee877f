"""Search snippets: whole words around the match, one ellipsis at a cut, every match marked —
and the store's search returns them."""

from __future__ import annotations

import pytest

from pixdesk.store.history import HistoryStore
from pixdesk.store.snippets import ELLIPSIS, make_snippet

FILLER = "the customer says the page shows an error after saving and nothing else happens at all"


def _words_of(text: str) -> set[str]:
    return set(text.replace(ELLIPSIS, " ").split())


def test_the_reported_snippet_reads_whole_words_with_one_ellipsis():
    # The message behind "……w145 … [w…": an ellipsis of its own, the match in brackets, more after.
    text = f"… {FILLER} … the [w145] widget … and {FILLER} {FILLER}"
    snippet = make_snippet(text, "w145")
    assert snippet.matches == ["w145"]
    assert ELLIPSIS * 2 not in snippet.text and ". …" not in snippet.text
    assert snippet.text.startswith(ELLIPSIS) and snippet.text.endswith(ELLIPSIS)
    assert snippet.text.count(ELLIPSIS) <= 4  # the text's own two in the middle, one at each cut
    assert _words_of(snippet.text) <= _words_of(text) | {"[w145]"}  # no word cut in half


def test_match_at_the_start_has_no_leading_ellipsis():
    snippet = make_snippet(f"Invoice 10407 is overdue; {FILLER} {FILLER}", "invoice")
    assert snippet.parts[0] == ("Invoice", True)
    assert snippet.text.endswith(ELLIPSIS) and not snippet.text.startswith(ELLIPSIS)


def test_match_at_the_end_uses_the_room_before_it():
    snippet = make_snippet(f"{FILLER} {FILLER} and finally the total", "total", width=60)
    assert snippet.parts[-1] == ("total", True)
    assert snippet.text.startswith(ELLIPSIS) and not snippet.text.endswith(ELLIPSIS)
    assert 40 <= len(snippet.text) <= 62
    assert _words_of(snippet.text) <= _words_of(FILLER) | {"and", "finally", "the", "total"}


def test_every_match_in_view_is_marked_whatever_its_case():
    snippet = make_snippet("Payment declined. PAYMENT retried; payment declined again.", "payment declined")
    assert snippet.marked() == "[Payment] [declined]. [PAYMENT] retried; [payment] [declined] again."


def test_punctuation_around_a_match_stays_outside_the_mark():
    snippet = make_snippet('He wrote: "refund?" (refund), refund.', "refund")
    assert snippet.marked() == 'He wrote: "[refund]?" ([refund]), [refund].'


def test_a_word_with_punctuation_inside_matches_as_a_phrase():
    assert make_snippet("order-10407 was paid", "order-10407").matches == ["order-10407"]
    assert make_snippet("order 10407 was paid", "order-10407").matches == ["order 10407"]


def test_a_longer_word_is_not_a_match():
    assert make_snippet("unsigned and signed", "signed").marked() == "unsigned and [signed]"


def test_a_long_match_is_never_cut_and_long_words_around_it_are_left_out():
    long_word = "x" * 200
    snippet = make_snippet(f"{long_word} hello {long_word}", "hello", width=40)
    assert snippet.text == f"{ELLIPSIS}hello{ELLIPSIS}"
    huge = "supercalifragilistic" * 10
    assert make_snippet(f"{FILLER} {huge} {FILLER}", huge, width=30).matches == [huge]


@pytest.mark.parametrize(
    ("text", "query", "match"),
    [
        ("Le café est fermé", "cafe", "café"),  # accents ignored, as FTS5's unicode61 does
        ("Die STRASSE ist gesperrt", "strasse", "STRASSE"),
        ("Счёт № 17 оплачен", "счёт", "Счёт"),
        ("請求書の合計 金額", "金額", "金額"),
        ("ΣΥΜΒΟΛΑΙΟ υπογεγραμμένο", "συμβολαιο", "ΣΥΜΒΟΛΑΙΟ"),
    ],
)
def test_unicode_words(text, query, match):
    assert make_snippet(text, query).matches == [match]


def test_white_space_is_folded_and_a_text_without_a_match_starts_at_its_start():
    snippet = make_snippet("first line\n\n   second line " + FILLER, "nothing-here", width=30)
    assert snippet.text.startswith("first line second line") and snippet.matches == []
    assert snippet.text.endswith(ELLIPSIS)


def test_an_answers_markdown_marks_are_left_out_its_words_kept():
    """The sidebar showed "…declined`. 1. Open the **order**…": the answer's Markdown, not what
    the conversation shows."""
    answer = (
        "## What I see\n\nAn error banner reads `Payment declined`.\n\n"
        "1. Retry from **Actions → Retry charge**.\n\n| Order | Status |\n|---|:--:|\n| 10407 | Declined |\n\n"
        "```text\nERROR 402: card_declined\n```\n\n> Quoted *here*, and 2 * 3 stays."
    )
    snippet = make_snippet(answer, "declined", width=400)
    assert snippet.text == (
        "What I see An error banner reads Payment declined. 1. Retry from Actions → Retry charge. "
        "Order Status 10407 Declined ERROR 402: card_declined Quoted here, and 2 * 3 stays."
    )
    assert [m.casefold() for m in snippet.matches] == ["declined"] * 3  # every one still found


def test_empty_text():
    assert make_snippet("", "word").text == ""


def test_the_store_returns_snippets_made_from_the_message(tmp_path):
    with HistoryStore(tmp_path / "history") as store:
        conversation = store.start_conversation("Widget")
        store.add_question(conversation, f"… {FILLER} … the [w145] widget … and {FILLER}")
        [(found, _message, snippet)] = store.search("w145")
        assert found == conversation and snippet.matches == ["w145"]
        assert ELLIPSIS * 2 not in snippet.text
