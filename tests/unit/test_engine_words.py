"""The engine's words (pixdesk/words.py): a Said is the English str everything else expects — the
CLI prints it, logs and history keep it — and it also remembers its context, template and values,
so the window can say it again in its language; it survives pickling (image work runs in worker
processes) and KnownError.sentence() stays English."""

from __future__ import annotations

import json
import pickle

from pixdesk.bedrock.errors import _service_error, proxy_error
from pixdesk.errors import Action, Kind, KnownError
from pixdesk.words import Grouped, Said, joined, translate


def test_a_said_is_the_english_str():
    said = translate("errors", "Try again.")
    assert isinstance(said, str) and said == "Try again." and hash(said) == hash("Try again.")
    assert f"{said}!" == "Try again.!" and said.upper() == "TRY AGAIN." and json.dumps(said) == '"Try again."'
    assert (said.context, said.template, said.values) == ("errors", "Try again.", None)


def test_format_fills_the_english_and_keeps_the_template_and_the_values():
    region = Said("Europe (Frankfurt)", "catalog")
    said = translate("errors", "Amazon Bedrock is unavailable in {where} right now.").format(where=region)
    assert said == "Amazon Bedrock is unavailable in Europe (Frankfurt) right now."
    assert said.template == "Amazon Bedrock is unavailable in {where} right now." and said.context == "errors"
    assert said.values == {"where": region} and said.values["where"].context == "catalog"


def test_numbers_in_english_plain_or_grouped():
    said = translate("quota", "about {tokens} tokens, {pixels} px, {seconds} s")
    assert said.format(tokens=Grouped(12345), pixels=8000, seconds=2.5) == "about 12,345 tokens, 8000 px, 2.5 s"


def test_plurals_in_english():
    assert translate("batch", "%n file(s)", None, 1) == "1 file"
    assert translate("batch", "%n file(s)", None, 3) == "3 files" and translate("batch", "%n file(s)", None, 3).n == 3


def test_joined_sentences_leave_out_empty_parts_and_translate_each():
    said = joined(translate("errors", "It failed."), "", translate("errors", "Try again."))
    assert said == "It failed. Try again." and said.context == ""
    assert [part.template for part in said.values.values()] == ["It failed.", "Try again."]
    assert joined("a", "b", separator=" · ") == "a · b"


def test_a_said_survives_pickling_with_what_the_window_needs():
    said = translate("sources", "{name} is empty.").format(name="scan.png")
    back = pickle.loads(pickle.dumps(said))
    assert type(back) is Said and back == said
    assert (back.context, back.template, back.values) == ("sources", "{name} is empty.", {"name": "scan.png"})


def test_a_known_error_keeps_its_words_through_pickling_and_its_sentence_is_english():
    error = _service_error("ThrottlingException", "Rate exceeded", "us-east-1")
    assert error.sentence() == (
        "Bedrock is limiting how fast this account can ask questions right now. Wait a little and try again."
    )
    back = pickle.loads(pickle.dumps(error))
    assert isinstance(back.message, Said) and back.message.context == "errors"
    assert str(back) == error.message and back.sentence() == error.sentence()


def test_an_error_without_a_hint_says_only_its_message():
    error = KnownError(Kind.BAD_INPUT, translate("request", "Type a question first."), Action.FIX_INPUT)
    assert error.sentence() == "Type a question first."


def test_the_access_denied_sentence_names_the_region_as_before():
    error = _service_error("AccessDeniedException", "denied", "eu-central-1")
    assert "Pixtral Large in Europe (Frankfurt) (eu-central-1)," in error.message
    assert error.message.values["where"].values["region"].context == "catalog"  # the region's name translates too


def test_a_proxy_refusal_is_a_whole_sentence():
    class Refused(Exception):
        def __init__(self) -> None:
            super().__init__("refused")
            self.kwargs = {
                "proxy_url": "http://***:***@proxy.example:3128",
                "error": "Tunnel connection failed: 407 Proxy",
            }

    error = proxy_error(Refused())
    assert error.message == "The proxy server proxy.example did not accept the user name and password pixdesk gave it."
    assert error.message.template.startswith("The proxy server {proxy} ")
