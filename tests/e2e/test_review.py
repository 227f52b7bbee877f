"""Reviewing a document through the real engine and the local Bedrock server: what arrives is
checked pixel by pixel. Redacted areas are black and their content never arrives — also when a
redaction is made after an image was first sent and that image goes along again."""

from __future__ import annotations

import asyncio
import io
from concurrent.futures import ThreadPoolExecutor

import pytest
from PIL import Image

from imaging_samples import A4_300_DPI, SECRET_BOX, scan_with_secret, secret_pixels
from pixdesk.domain import Mark, MarkKind
from pixdesk.services.chat import Status
from pixdesk.services.review import Review
from pixdesk.services.workspace import Workspace
from pixdesk.settings import Settings

PAGE = A4_300_DPI


def _images(record) -> list[Image.Image]:
    return [Image.open(io.BytesIO(seen.data)).convert("RGB") for seen in record.parsed.images]


@pytest.fixture
def review(engine, history, bedrock) -> Review:
    """The review as the app wires it (its redactions reach what the chat sends) by the Workspace."""
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pixdesk-test-work") as executor:
        yield Workspace(engine, Settings({"chat/max_tokens": 300}), executor, history=history).review


def test_a_region_is_sent_cut_at_full_resolution_with_its_context_and_redactions(review, bedrock, tmp_path):
    scan = scan_with_secret(tmp_path / "contract.png")

    async def scenario():
        document = await review.open(scan)
        assert document.page_sizes == (PAGE,)
        await review.add_mark(Mark(MarkKind.REDACTION, 0, SECRET_BOX))
        task = await review.ask_about_region("What does this clause say?", 0, (300, 500, 800, 500))
        await task

    asyncio.run(scenario())
    crop, context = _images(bedrock.requests[0])
    assert crop.size == (800, 500)  # every pixel of the area
    assert max(context.size) == 512  # the whole page, small, for context
    assert secret_pixels(crop) == 0 and secret_pixels(context) == 0
    assert crop.crop((100, 100, 800, 400)).getextrema() == ((0, 0), (0, 0), (0, 0))
    [exchange] = review.chat.exchanges
    assert exchange.status is Status.DONE
    assert exchange.region.page == 0 and exchange.region.box == (300, 500, 800, 500)


def test_a_redaction_made_afterwards_reaches_every_re_send(review, bedrock, tmp_path):
    scan = scan_with_secret(tmp_path / "contract.png")

    async def scenario():
        await review.open(scan)
        await (await review.ask_about_region("Read this", 0, (300, 500, 800, 500), with_context=False))
        await review.add_mark(Mark(MarkKind.REDACTION, 0, SECRET_BOX))  # the reviewer notices too late…
        await review.chat.retry()  # …and asks again
        review.chat.ask("And what follows it?")  # a follow-up: the earlier image goes along as context
        await review.chat.wait()

    asyncio.run(scenario())
    first, retried, follow_up = (_images(record) for record in bedrock.requests)
    assert secret_pixels(first[0]) > 0  # sent before the redaction existed
    assert secret_pixels(retried[0]) == 0
    assert len(follow_up) == 1 and secret_pixels(follow_up[0]) == 0  # the earlier region, as context


def test_marks_are_kept_with_the_conversation_and_come_back(review, history, bedrock, tmp_path):
    scan = scan_with_secret(tmp_path / "contract.png")

    async def scenario():
        await review.open(scan)
        redaction = await review.add_mark(Mark(MarkKind.REDACTION, 0, SECRET_BOX))
        note = await review.add_mark(Mark(MarkKind.ANNOTATION, 0, (50, 50, 200, 100), "Check the date", "#d13438"))
        assert redaction.id is not None and note.id is not None  # stored from the first mark on
        conversation = review.chat.conversation_id
        await (await review.ask_about_region("Is this signed?", 0, (1000, 3000, 900, 400)))
        await review.update_mark(
            note,
            Mark(MarkKind.ANNOTATION, 0, (50, 50, 200, 100), "Date is wrong", "#107c10", note.id, note.document_id),
        )
        # Elsewhere, then back: the document and its marks return with the conversation.
        review.chat.new_chat()
        kept = await review.conversation_changed()
        assert kept is not None and [m.kind for m in kept.marks] == [MarkKind.REDACTION, MarkKind.ANNOTATION]
        assert all(m.id is None for m in kept.marks)  # carried into the new chat, not yet stored there
        await review.chat.open_conversation(conversation)
        return await review.conversation_changed()

    document = asyncio.run(scenario())
    assert [(m.kind, m.note) for m in document.marks] == [
        (MarkKind.REDACTION, ""),
        (MarkKind.ANNOTATION, "Date is wrong"),
        (MarkKind.REGION, ""),
    ]
    [exchange] = review.chat.exchanges
    assert exchange.region.box == (1000, 3000, 900, 400) and exchange.region.document_name == "contract.png"
    titles = [c.title for c in history.run_now(history.store.conversations)]
    assert "contract.png" in titles  # titled by the document (#14)


def test_the_fine_print_costs_what_was_shown_first(review, bedrock, tmp_path):
    scan = scan_with_secret(tmp_path / "contract.png")

    async def scenario():
        await review.open(scan)
        await review.add_mark(Mark(MarkKind.REDACTION, 0, SECRET_BOX))
        estimate = await review.estimate_fine_print(0)
        await (await review.ask_fine_print("List every date", 0))
        return estimate

    estimate = asyncio.run(scenario())
    tiles = _images(bedrock.requests[0])
    assert len(tiles) == estimate.tiles == 1  # bars, not letters: nothing too small, the page goes once (#14)
    from pixdesk.imaging.tokens import image_tokens

    assert sum(image_tokens(*tile.size) for tile in tiles) == estimate.image_tokens
    assert sum(secret_pixels(tile) for tile in tiles) == 0
    assert review.chat.exchanges[0].region.fine_print


def test_a_mark_off_the_page_is_refused(review, tmp_path):
    scan = scan_with_secret(tmp_path / "contract.png")

    async def scenario():
        await review.open(scan)
        await review.add_mark(Mark(MarkKind.REDACTION, 0, (5000, 10, 10, 10)))

    with pytest.raises(Exception, match="must start on the page"):
        asyncio.run(scenario())
