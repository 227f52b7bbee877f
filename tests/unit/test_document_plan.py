"""Whole-document plans: groups within 8 images, the context and the quota; the combining
prompt; a 300-page PDF planned from its page sizes alone (no page decoded)."""

from __future__ import annotations

import pytest

from imaging_samples import pdf_from_objects
from pixdesk import catalog
from pixdesk.errors import KnownError
from pixdesk.imaging.sources import PdfSource, RasterSource
from pixdesk.services.document_plan import PlannedImage, combine_prompt, pages_label, plan_document
from pixdesk.services.document_run import DocumentSpec, planned_images
from pixdesk.services.quota import QuotaLimits, request_cost

A4_TOKENS = 3 * 1024  # about what a fitted A4 page costs


def blank_pdf(pages: int, size_pt: tuple[int, int] = (595, 842)) -> bytes:
    """A PDF of `pages` empty pages: cheap to write at any length."""
    kids = b" ".join(b"%d 0 R" % (3 + n) for n in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] >>" % size_pt] * pages
    return pdf_from_objects(objects)


def pages(count: int, file: str = "doc.pdf", tokens: int = A4_TOKENS) -> list[PlannedImage]:
    return [PlannedImage(file, n, tokens) for n in range(count)]


def test_twelve_pages_are_two_groups_and_one_combination():
    plan = plan_document(pages(12), "What is due?")
    assert [len(g.images) for g in plan.groups] == [8, 4] and plan.requests == 3
    assert [g.label for g in plan.groups] == ["pages 1–8", "pages 9–12"]
    assert plan.time_s == 0  # the default quota lets 3 requests of this size through at once
    assert plan.cost_usd == pytest.approx(catalog.estimate_cost_usd(plan.input_tokens, plan.output_tokens))


def test_every_request_fits_the_context_and_the_quota():
    limits = QuotaLimits(requests_per_window=3, tokens_per_window=20_000, window_s=60)
    plan = plan_document(pages(40), "Summarise", max_tokens=4096, limits=limits)
    for group in plan.groups:
        assert len(group.images) <= catalog.LIMITS.images_per_request
        assert group.input_tokens + group.answer_tokens <= limits.tokens_per_window
    assert plan.combine_input_tokens + plan.answer_tokens <= limits.tokens_per_window
    assert len(plan.groups) > 5  # fewer pages a group than 8: the quota bounds a request
    assert plan.time_s >= 60 * (plan.requests // 3 - 1)  # 3 requests a minute
    assert "waiting for room in your quota" in plan.summary()


def test_partial_answers_shrink_so_that_all_of_them_fit_the_combination():
    plan = plan_document(pages(300), "List every date", max_tokens=4096)
    assert len(plan.groups) == 38
    budget = min(catalog.LIMITS.context_tokens, QuotaLimits().tokens_per_window)
    assert plan.combine_input_tokens + plan.answer_tokens <= budget
    assert plan.groups[0].answer_tokens < 4096


def test_a_page_s_tiles_stay_together_when_they_fit_one_request():
    images = [PlannedImage("a.pdf", page, 1000, part=part) for page in range(3) for part in range(6)]
    plan = plan_document(images, "codes?")
    assert [g.label for g in plan.groups] == ["page 1", "page 2", "page 3"]


def test_too_long_at_the_quota_is_refused_in_words():
    with pytest.raises(KnownError, match="too long to ask about as a whole"):
        plan_document(pages(3000), "q", limits=QuotaLimits(tokens_per_window=40_000))


def test_labels_and_the_combining_prompt_cite_pages():
    assert pages_label([("a.pdf", 0), ("a.pdf", 1), ("a.pdf", 2), ("a.pdf", 4)]) == "pages 1–3, 5"
    assert pages_label([("a.pdf", 0), ("b.png", 0)]) == "a.pdf page 1, b.png page 1"
    prompt = combine_prompt("What is due?", "contract.pdf", [("pages 1–8", "€10, p. 3"), ("pages 9–12", "none")])
    assert "--- Part 1: pages 1–8 ---\n€10, p. 3" in prompt and "--- Part 2: pages 9–12 ---\nnone" in prompt
    assert "page numbers" in prompt and "What is due?" in prompt


def test_the_estimate_is_what_the_pacer_will_reserve():
    from pixdesk.domain import AskRequest
    from pixdesk.services.document_plan import group_prompt

    plan = plan_document(pages(9, tokens=0), "q")  # (0-token images: the text alone is compared)
    group = plan.groups[0]
    request = AskRequest(group_prompt("q", plan.document, group.label, 1, 2), max_tokens=group.answer_tokens)
    assert group.input_tokens + group.answer_tokens == request_cost(request)


def test_a_300_page_pdf_is_planned_from_page_sizes_without_decoding_a_page(tmp_path, monkeypatch):
    path = tmp_path / "long.pdf"
    path.write_bytes(blank_pdf(300))

    def no_decoding(*_args, **_kwargs):
        raise AssertionError("a page was decoded while planning")

    monkeypatch.setattr(PdfSource, "decode", no_decoding)
    monkeypatch.setattr(RasterSource, "decode", no_decoding)
    images = planned_images(DocumentSpec((str(path),), "all"))
    plan = plan_document(images, "List every date", document="long.pdf")
    assert plan.pages == 300 and len(plan.groups) == 38 and plan.requests == 39
    assert plan.groups[-1].label == "pages 297–300"
