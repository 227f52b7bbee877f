"""The review report keeps only web and mail links: an answer's javascript:, data:, file: or
relative link is written as its words, with no href (the report's CSP would block it, but a
report is handed on and opened anywhere)."""

from __future__ import annotations

import random
from html.parser import HTMLParser

import pytest
from PIL import Image

from pixdesk.domain import Answer, Mark, MarkKind
from pixdesk.services.recording import AnswerRecorder
from pixdesk.services.report import build_report, write_report_html
from pixdesk.store.history import HistoryStore
from pixdesk.ui.report_export import markdown_html

SAFE = [
    "https://example.com/invoice?id=1&x=2",
    "http://example.org/",
    "mailto:billing@example.com",
    "HTTPS://EXAMPLE.COM/UPPER",
]


def _unsafe_targets() -> list[str]:
    """Link targets a viewer must not follow, spelled as an answer might: mixed case, a leading
    space, an entity, other schemes, relative and local paths."""
    scheme = "".join(c.upper() if random.random() < 0.5 else c for c in "javascript")
    return [
        f"{scheme}:alert({random.randint(1, 999)})",
        " javascript:alert(2)",
        "java&#115;cript:alert(3)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "file:///etc/passwd",
        "../../secrets.txt",
        "foo.html",
        "//evil.example/x",
        "#top",
    ]


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.hrefs += [
            value
            for name, value in attrs
            if name in ("href", "src", "action", "formaction")
            and not (tag == "img" and value and value.startswith("data:image/"))
        ]


def _hrefs(page: str) -> list[str]:
    parser = _Links()
    parser.feed(page)
    return parser.hrefs


def _answer_text(unsafe: list[str]) -> str:
    lines = [f"- [unsafe link {n}]({target})" for n, target in enumerate(unsafe)]
    lines += [f"- [safe link {n}]({target})" for n, target in enumerate(SAFE)]
    lines += [
        "",
        "<javascript:alert(9)> and https://auto.example/page",
        "",
        "| a | b |",
        "|---|---|",
        f"| [in a table]({unsafe[0]}) | [ok](https://table.example) |",
    ]
    return "\n".join(lines)


def test_only_web_and_mail_links_survive_in_an_answer(qapp):
    unsafe = _unsafe_targets()
    fragment = markdown_html(_answer_text(unsafe))
    hrefs = _hrefs(fragment)
    assert sorted(hrefs) == sorted([*SAFE, "https://auto.example/page", "https://table.example"])
    for n in range(len(unsafe)):
        assert f"unsafe link {n}" in fragment  # the words stay, as plain text
    assert "in a table" in fragment and "javascript:alert(9)" in fragment


def test_the_written_report_has_no_other_links(qapp, tmp_path):
    page = tmp_path / "contract.png"
    Image.new("RGB", (800, 600), "white").save(page)
    unsafe = _unsafe_targets()
    with HistoryStore(tmp_path / "data") as store:
        conversation = store.start_conversation("Review")
        document = store.add_document(conversation, str(page), page.name, "ab" * 32, 1)
        question = store.add_question(conversation, "Who signs? [q](javascript:alert(1))")
        store.add_mark(document, Mark(MarkKind.REGION, 0, (10, 10, 200, 100), message_id=question))
        answer = Answer(region="eu-west-1", profile_id="eu.p", tier_requested="default", text=_answer_text(unsafe))
        AnswerRecorder(store, conversation, answer).finish()
        [stored] = store.documents(conversation)
        content = build_report(store, conversation, stored, markdown_html)
    written = write_report_html(content, tmp_path / "report.html").read_text(encoding="utf-8")
    hrefs = _hrefs(written)
    assert hrefs and all(href.lower().startswith(("http://", "https://", "mailto:")) for href in hrefs), hrefs
    assert "javascript:" not in " ".join(hrefs).lower() and "unsafe link 0" in written


@pytest.mark.parametrize("target", SAFE)
def test_web_and_mail_links_stay_links(qapp, target):
    assert _hrefs(markdown_html(f"See [this]({target}).")) == [target]
