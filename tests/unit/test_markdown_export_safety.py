"""The Markdown export opened in a Markdown viewer runs nothing and fetches nothing: raw HTML in a
question or an answer shows as text, an image embed from the web becomes a link, and only the
images pixdesk itself wrote beside the file stay embedded. Checked by rendering the file with a
CommonMark reader (markdown-it, as VS Code and many viewers use, with raw HTML allowed)."""

from __future__ import annotations

import re

import markdown_it
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import png_attachment
from pixdesk.domain import Answer
from pixdesk.services.recording import AnswerRecorder
from pixdesk.store.export import export_markdown
from pixdesk.store.history import HistoryStore

QUESTION = "What is <script>alert('q')</script> in this?"
ANSWER = """## Found

An image: <img src=x onerror=alert(1)> and a frame <iframe src="http://evil.example/frame"></iframe>.

![tracking pixel](http://evil.example/pixel.png) and ![](https://evil.example/b.gif "title")
and a reference one: ![ref image][r] <!-- hidden -->

[r]: http://evil.example/ref.png

Already escaped: \\<b> and a backslash first: \\\\<i>x</i>

```html
<b>bold in code stays as written</b>
```

- a list ```
  <script>in a list</script>
"""


def _reader():
    return markdown_it.MarkdownIt("commonmark", {"html": True}).enable("table")


def _tokens(text: str):
    for token in _reader().parse(text):
        yield token
        yield from token.children or ()


@pytest.fixture
def exported(tmp_path):
    with HistoryStore(tmp_path / "data") as store:
        conversation = store.start_conversation("Hostile <b>title</b> ![t](http://evil.example/t.png)")
        store.add_question(conversation, QUESTION, (png_attachment(64, 48),))
        answer = Answer(region="eu-west-1", profile_id="eu.p", tier_requested="default", text=ANSWER)
        answer.request_id = "<img src=x onerror=alert(2)>"
        AnswerRecorder(store, conversation, answer).finish()
        path = export_markdown(store, conversation, tmp_path / "md")
    return path.read_text(encoding="utf-8")


def test_raw_html_in_questions_and_answers_shows_as_text(exported):
    kinds = {token.type for token in _tokens(exported)}
    assert not kinds & {"html_block", "html_inline"}
    page = _reader().render(exported)
    assert not re.search(r"<(script|iframe|img src=x|i>|!--)", page)
    for shown in (
        "&lt;script&gt;alert('q')&lt;/script&gt;",
        "&lt;img src=x onerror=alert(1)&gt;",
        "&lt;iframe",
        "&lt;b&gt;",
        "&lt;!-- hidden --&gt;",
    ):
        assert shown in page, shown


def test_web_images_become_links_and_only_our_own_images_are_embedded(exported, tmp_path):
    images = [token.attrGet("src") for token in _tokens(exported) if token.type == "image"]
    assert len(images) == 1 and re.fullmatch(r"images/[0-9a-f]{12}\.png", images[0])
    assert (tmp_path / "md" / images[0]).is_file()
    links = {token.attrGet("href") for token in _tokens(exported) if token.type == "link_open"}
    assert {"http://evil.example/pixel.png", "https://evil.example/b.gif", "http://evil.example/ref.png"} <= links


def test_code_blocks_keep_their_text_as_written(exported):
    blocks = [token for token in _tokens(exported) if token.type == "fence"]
    assert any(block.content == "<b>bold in code stays as written</b>\n" and block.info == "html" for block in blocks)
    assert "\\<script>alert('q')\\</script>" in exported  # in the file itself: a backslash, nothing else


FRAGMENTS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<b>",
    "</p>",
    "<!-- c -->",
    "<?php ?>",
    "<![CDATA[x]]>",
    "<http://evil.example>",
    "<a@b.c>",
    "![t](http://evil.example/t.png)",
    "![r]",
    "![",
    "[r]: http://evil.example/r.png",
    "](http://evil.example/x.png)",
    "```",
    "````",
    "~~~",
    "```html",
    "``` `x`",
    " ```",
    "   ```",
    "    ```",
    "- ",
    "* ",
    "1. ",
    "> ",
    "`",
    "``",
    "\\",
    "\\\\",
    "<",
    "!",
    "[",
    "]",
    "|",
    "| a | b |\n| - | - |\n",
    "---",
    "=",
    "#",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\r",
    "\r\n",
    "x",
    "word ",
]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join))
def test_no_arrangement_of_markdown_gets_html_or_an_image_through(text):
    from pixdesk.store.export import inert_markdown

    inert = inert_markdown(text)
    for token in _tokens(inert):
        assert token.type not in ("html_block", "html_inline", "image"), (text, inert)
    after = [token for token in _tokens(f"{inert}\n\nAfter <b>\n") if token.type == "html_inline"]
    assert [token.content for token in after] == ["<b>"], (text, inert)  # it never leaves a code block open
