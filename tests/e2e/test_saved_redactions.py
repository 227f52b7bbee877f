"""Redactions belong to the document (by the SHA-256 of its bytes), not to the conversation they
were made in: every later use of the same file — a review in another conversation, `pixdesk ask`,
`pixdesk batch` — burns them in and says so. What reaches the local Bedrock server is checked
pixel by pixel. `--no-saved-redactions` is the only way to send the file without them."""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import sqlite3
from concurrent.futures import ThreadPoolExecutor

from PIL import Image

from helpers import run_pixdesk as pixdesk
from imaging_samples import SECRET_BOX, scan_with_secret, secret_pixels
from pixdesk.domain import Mark, MarkKind
from pixdesk.services.history import HistoryWriter
from pixdesk.services.workspace import Workspace
from pixdesk.settings import Settings
from pixdesk.store import schema
from pixdesk.store.history import HistoryStore, default_directory

QUOTA = ("--quota", "60,200000", "--concurrency", "1")


def _received(record) -> list[Image.Image]:
    return [Image.open(io.BytesIO(seen.data)).convert("RGB") for seen in record.parsed.images]


def _sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _redacted_in_a_review(scan, box=SECRET_BOX) -> None:
    """A reviewer redacts the secret in conversation A, in the history the CLI uses."""
    with HistoryStore(default_directory()) as store:
        conversation = store.start_conversation("Review: contract.png")
        document = store.add_document(conversation, str(scan), scan.name, _sha256(scan), 1)
        store.add_mark(document, Mark(MarkKind.REDACTION, 0, box))


def test_pixdesk_ask_applies_the_redactions_saved_in_a_review_and_says_so(bedrock, tmp_path):
    scan = scan_with_secret(tmp_path / "contract.png")
    _redacted_in_a_review(scan)
    moved = tmp_path / "elsewhere" / "copy of contract.png"  # the same bytes, another name and place
    moved.parent.mkdir()
    moved.write_bytes(scan.read_bytes())
    result = pixdesk("ask", str(moved), "-q", "Summarise", "--json")
    assert result.returncode == 0, result.stderr
    [sent] = _received(bedrock.requests[0])
    assert secret_pixels(sent) == 0
    assert "1 saved redaction applied to copy of contract.png" in result.stderr
    dry = pixdesk("ask", str(scan), "-q", "Summarise", "--dry-run")  # what it would send says so too
    assert dry.returncode == 0 and "1 saved redaction applied to contract.png" in dry.stderr


def test_no_saved_redactions_sends_the_file_as_it_is_and_says_so(bedrock, tmp_path):
    scan = scan_with_secret(tmp_path / "contract.png")
    _redacted_in_a_review(scan)
    result = pixdesk("ask", str(scan), "-q", "Summarise", "--no-saved-redactions", "--json")
    assert result.returncode == 0, result.stderr
    assert "1 saved redaction NOT applied to contract.png" in result.stderr
    [sent] = _received(bedrock.requests[0])
    assert secret_pixels(sent) > 0


def test_pixdesk_batch_applies_them_to_every_item(bedrock, tmp_path):
    scan = scan_with_secret(tmp_path / "contract.png")
    _redacted_in_a_review(scan)
    result = pixdesk("batch", str(scan), "--prompt", "One", "--prompt", "Two", *QUOTA, timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(bedrock.requests) == 2
    for record in bedrock.requests:
        [sent] = _received(record)
        assert secret_pixels(sent) == 0
    assert "1 saved redaction applied to contract.png" in result.stderr


def test_pixdesk_batch_without_them_when_told(bedrock, tmp_path):
    scan = scan_with_secret(tmp_path / "contract.png")
    _redacted_in_a_review(scan)
    result = pixdesk("batch", str(scan), "--prompt", "One", "--no-saved-redactions", *QUOTA, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "NOT applied to contract.png" in result.stderr
    [sent] = _received(bedrock.requests[0])
    assert secret_pixels(sent) > 0


def test_the_cli_lists_a_files_saved_redactions(tmp_path):
    scan = scan_with_secret(tmp_path / "contract.png")
    assert "No redactions are saved for contract.png" in pixdesk("history", "redactions", str(scan)).stdout
    _redacted_in_a_review(scan)
    listed = pixdesk("history", "redactions", str(scan))
    assert listed.returncode == 0, listed.stderr
    assert "1 saved redaction for contract.png" in listed.stdout and "page   1  400,600,900,300" in listed.stdout
    as_json = json.loads(pixdesk("history", "redactions", str(scan), "--json").stdout)
    assert [(r["page"], r["box"]) for r in as_json] == [(1, [400, 600, 900, 300])]


def test_a_review_in_another_conversation_shows_them_and_sends_them_redacted(engine, bedrock, tmp_path):
    """Reopening the file later, in a new conversation (`pixdesk --review FILE`), brings its
    redactions back; removing one there removes it for every later use."""
    scan = scan_with_secret(tmp_path / "contract.png")
    writer = HistoryWriter(HistoryStore(tmp_path / "history"))
    try:
        with ThreadPoolExecutor(max_workers=2) as executor:

            def workspace() -> Workspace:
                return Workspace(engine, Settings({"chat/max_tokens": 300}), executor, history=writer)

            async def review_in_a():
                review = workspace().review
                await review.open(scan)
                await review.add_mark(Mark(MarkKind.REDACTION, 0, SECRET_BOX))
                await review.add_mark(Mark(MarkKind.ANNOTATION, 0, (50, 50, 200, 100), "Check", "#d13438"))

            async def later_in_b():
                review = workspace().review  # a new chat: no conversation yet
                document = await review.open(scan)
                shown = [(m.kind, m.box) for m in document.marks]
                await (await review.ask_about_region("Read this", 0, (300, 500, 800, 500), with_context=False))
                return review, shown

            asyncio.run(review_in_a())
            review, shown = asyncio.run(later_in_b())
            assert shown == [(MarkKind.REDACTION, SECRET_BOX)]  # the redaction, not A's note
            [crop] = _received(bedrock.requests[0])
            assert secret_pixels(crop) == 0

            async def remove_it():
                document = await review.open(scan)
                await review.remove_mark(document.marks[0])

            asyncio.run(remove_it())
            assert writer.run_now(writer.store.saved_redactions, _sha256(scan)) == {}
    finally:
        writer.close()


def test_the_migration_keeps_every_redaction_once(tmp_path):
    """A history from before redactions were saved by file: the same redaction made in two
    conversations about the same file becomes one saved redaction; the other marks stay."""
    folder = tmp_path / "history"
    folder.mkdir()
    db = sqlite3.connect(folder / "history.sqlite3", isolation_level=None)
    mine = schema.MIGRATIONS.index(next(m for m in schema.MIGRATIONS if "CREATE TABLE saved_redactions" in m))
    schema.migrate(db, target=mine)  # the schema as it was just before
    for conversation in (1, 2):
        db.execute("INSERT INTO conversations VALUES (?, 'Review', '2024-01-01', '2024-01-01')", (conversation,))
        db.execute(
            "INSERT INTO documents VALUES (?, ?, '/scans/c.pdf', 'c.pdf', ?, 3, '2024-01-01')",
            (conversation, conversation, "ab" * 32),
        )
        db.execute(
            "INSERT INTO marks (document_id, page, kind, x, y, width, height, created_at) "
            "VALUES (?, 0, 'redaction', 10, 20, 30, 40, ?)",
            (conversation, f"2024-01-0{conversation}"),
        )
    db.execute(
        "INSERT INTO marks (document_id, page, kind, x, y, width, height, created_at) "
        "VALUES (2, 2, 'redaction', 1, 2, 3, 4, '2024-01-03'), (2, 1, 'annotation', 5, 5, 5, 5, '2024-01-03')"
    )
    db.close()
    with HistoryStore(folder) as store:
        assert store.saved_redactions("ab" * 32) == {0: [(10, 20, 30, 40)], 2: [(1, 2, 3, 4)]}
        assert store.saved_redaction_list("ab" * 32)[0].created_at == "2024-01-01"
        kinds = [(m.kind, m.page) for m in store.marks(2)]
        assert kinds == [(MarkKind.REDACTION, 0), (MarkKind.ANNOTATION, 1), (MarkKind.REDACTION, 2)]
        # conversation 1 now shows every redaction of the file, also the one made in conversation 2
        assert [(m.kind, m.page) for m in store.marks(1)] == [(MarkKind.REDACTION, 0), (MarkKind.REDACTION, 2)]


def test_a_whole_document_question_applies_them_to_every_group(bedrock, tmp_path):
    """More pages than one request takes go in groups (`--pages all`): each group's pages carry
    the saved redactions too (nine copies of the redacted scan: two groups)."""
    scan = scan_with_secret(tmp_path / "contract.png")
    _redacted_in_a_review(scan)
    copies = []
    for number in range(9):
        copy = tmp_path / f"page{number}.png"
        copy.write_bytes(scan.read_bytes())
        copies.append(str(copy))
    result = pixdesk("ask", *copies, "--pages", "all", "-q", "Summarise", "--yes", timeout=180)
    assert result.returncode == 0, result.stderr
    sent = [image for record in bedrock.requests for image in _received(record)]
    assert len(sent) == 9
    assert [secret_pixels(image) for image in sent] == [0] * 9
    assert "1 saved redaction applied to page0.png" in result.stderr
