"""Whole-document questions, planned: a document of any length asked about as a whole, within
what one Pixtral request may hold.

Pixtral Large reads at most 8 images a request, a request holds at most 128K tokens, and the
account's quota (tokens a minute) bounds what a single request may reserve. So the pages go in
groups — each group one request with the question, answered from those pages only — and then one
request, text only, combines the partial answers (each labelled with its pages) into the answer,
citing page numbers. The partial answers' length is capped so that all of them fit in that last
request.

Pure: from the images' sizes (no page is decoded) to the plan and its figures — requests,
tokens, cost and time at the current quota — and the two prompts. The runner
(services.document_run) prepares each group's pages only when it is its turn."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from pixdesk import catalog
from pixdesk.domain import text_tokens
from pixdesk.errors import bad_input
from pixdesk.services.quota import TEMPLATE_TOKENS_PER_MESSAGE, QuotaLimits, minutes
from pixdesk.words import Grouped, joined, translate

# A partial answer shorter than this says too little to combine: a document that would need
# shorter ones (thousands of pages at the default quota) is refused with a plain sentence.
MIN_PARTIAL_TOKENS = 200
# Answers are counted at ~4 characters a token before sending (domain.text_tokens); a model's answer
# may tokenise denser than that. The combine request keeps this share of its room in reserve.
ESTIMATE_MARGIN = 0.9


@dataclass(frozen=True)
class PlannedImage:
    """One image that will be sent: which file and page it shows, and what the model counts for it."""

    file: str  # the file's name, for people
    page: int  # 0-based
    tokens: int
    path: str = ""  # where to read it from
    part: int = 0  # which fine-print tile of the page (0 for a whole page)


@dataclass(frozen=True)
class Group:
    """One request: consecutive images, and the question asked about them alone."""

    number: int  # 1-based
    images: tuple[PlannedImage, ...]
    input_tokens: int  # images, the group's prompt, the system prompt and the chat template
    answer_tokens: int  # the longest partial answer this request may give

    @property
    def pages(self) -> list[tuple[str, int]]:
        """(file, 0-based page) this group shows, in order, each once (a page's tiles are one page)."""
        return list(dict.fromkeys((image.file, image.page) for image in self.images))

    @property
    def label(self) -> str:
        """ "pages 17–24", or with several files "a.pdf pages 1–3, b.png"."""
        return pages_label(self.pages)


@dataclass(frozen=True)
class DocumentPlan:
    question: str
    document: str  # what the question is about, for people ("contract.pdf", "3 files")
    groups: tuple[Group, ...]
    combine_input_tokens: int  # the combining request, with every partial answer at its longest
    answer_tokens: int  # the combined answer's longest
    window_s: float  # the quota's window the time is computed for
    time_s: float  # at the quota: how long the requests take to be allowed through, at least

    @property
    def requests(self) -> int:
        return len(self.groups) + 1

    @property
    def input_tokens(self) -> int:
        return sum(g.input_tokens for g in self.groups) + self.combine_input_tokens

    @property
    def output_tokens(self) -> int:
        """Every answer at its longest: the most the plan can cost."""
        return sum(g.answer_tokens for g in self.groups) + self.answer_tokens

    @property
    def cost_usd(self) -> float:
        return catalog.estimate_cost_usd(self.input_tokens, self.output_tokens)

    @property
    def pages(self) -> int:
        return sum(len(g.pages) for g in self.groups)

    @property
    def images(self) -> int:
        return sum(len(g.images) for g in self.groups)

    def summary(self) -> str:
        """One sentence with the figures a person decides on."""
        page_count, group_count = self.pages, len(self.groups)  # (lupdate sees a count only as a plain name)
        return translate(
            "document_plan",
            "{document}: {pages} in {groups}, then one request that combines their answers — "
            "{requests} requests, about {input} tokens of question and at most {output} of answers, "
            "up to {cost} (estimate); {pace}.",
        ).format(
            document=self.document,
            pages=translate("document_plan", "%n page(s)", None, page_count),
            groups=translate("document_plan", "%n group(s)", None, group_count),
            requests=self.requests,
            input=Grouped(self.input_tokens),
            output=Grouped(self.output_tokens),
            cost=f"${self.cost_usd:.2f}",
            pace=self.pace(),
        )

    def pace(self) -> str:
        """What the quota does to it: "your quota lets it all through at once", "about 3 min at your quota"."""
        if self.time_s <= 0:
            return translate("document_plan", "your quota lets every request through at once")
        return translate("document_plan", "about {time} of waiting for room in your quota").format(
            time=minutes(self.time_s)
        )

    def fingerprint(self) -> str:
        """What makes two plans the same run: the same groups with the same answer budgets."""
        parts = [f"{g.label}:{len(g.images)}:{g.answer_tokens}" for g in self.groups]
        return "|".join([*parts, str(self.answer_tokens)])


def plan_document(
    images: Sequence[PlannedImage],
    question: str,
    *,
    document: str = "",
    system: str = "",
    max_tokens: int = 4096,
    limits: QuotaLimits | None = None,
    images_per_request: int = catalog.LIMITS.images_per_request,
    context_tokens: int = catalog.LIMITS.context_tokens,
) -> DocumentPlan:
    """Groups of at most `images_per_request` consecutive images (a page's tiles kept together
    when they fit), each request within the context and the quota, then one combining request.
    KnownError (bad input) for a document that cannot be planned."""
    if not images:
        raise bad_input(translate("document_plan", "There are no pages to ask about."))
    limits = limits or QuotaLimits()
    document = document or images[0].file
    # Everything one request may hold: the model's context, and what the quota lets one request reserve.
    room = min(context_tokens, limits.tokens_per_window, limits.tokens_per_day)
    answer_tokens = min(max_tokens, room // 4)
    fixed = text_tokens(system) + TEMPLATE_TOKENS_PER_MESSAGE
    groups_images = _pack(images, images_per_request, room - answer_tokens - fixed - _prompt_tokens(question))
    count = len(groups_images)
    labels = [pages_label(list(dict.fromkeys((i.file, i.page) for i in group))) for group in groups_images]
    combine_fixed = fixed + text_tokens(combine_prompt(question, document, [(label, "") for label in labels]))
    partial = min(max_tokens, math.floor((room - answer_tokens - combine_fixed) * ESTIMATE_MARGIN / count))
    if partial < MIN_PARTIAL_TOKENS:
        raise bad_input(
            translate(
                "document_plan",
                "{document} is too long to ask about as a whole at your quota "
                "({count} groups of pages would leave each part under {tokens} tokens of answer).",
            ).format(document=document, count=Grouped(count), tokens=MIN_PARTIAL_TOKENS),
            translate(
                "document_plan",
                "Choose fewer pages (for example --pages 1-200), or raise the quota in Settings "
                "if your account's was raised.",
            ),
        )
    groups = tuple(
        Group(
            n,
            tuple(group),
            sum(i.tokens for i in group) + fixed + text_tokens(group_prompt(question, document, label, n, count)),
            partial,
        )
        for n, (group, label) in enumerate(zip(groups_images, labels, strict=True), 1)
    )
    combine_input = combine_fixed + count * partial
    reserved = [g.input_tokens + g.answer_tokens for g in groups] + [combine_input + answer_tokens]
    return DocumentPlan(
        question,
        document,
        groups,
        combine_input,
        answer_tokens,
        limits.window_s,
        quota_time_s(reserved, limits),
    )


def _prompt_tokens(question: str) -> int:
    """A group prompt's text, at its longest (labels vary a little)."""
    return text_tokens(group_prompt(question, "x" * 60, "pages 10,000–10,008", 10_000, 10_000))


def _pack(images: Sequence[PlannedImage], per_request: int, token_room: int) -> list[list[PlannedImage]]:
    """Consecutive images into groups of at most `per_request` images and `token_room` tokens. A
    page's images (fine-print tiles) start a new group rather than be split, when they fit one."""
    pages: list[list[PlannedImage]] = []
    for image in images:
        if pages and (pages[-1][0].file, pages[-1][0].page) == (image.file, image.page):
            pages[-1].append(image)
        else:
            pages.append([image])
    groups: list[list[PlannedImage]] = [[]]
    for page in pages:
        whole_fits = len(page) <= per_request and sum(i.tokens for i in page) <= token_room
        current = groups[-1]
        if whole_fits and not _fits(current, page, per_request, token_room):
            groups.append([])
        for image in page:
            if image.tokens > token_room:
                raise bad_input(
                    translate(
                        "document_plan", "Page {page} of {document} is too large for one request at your quota."
                    ).format(page=image.page + 1, document=image.file),
                    translate(
                        "document_plan",
                        "Lower the longest answer in Settings, or raise the quota if your account's was raised.",
                    ),
                )
            if not _fits(groups[-1], [image], per_request, token_room):
                groups.append([])
            groups[-1].append(image)
    return [group for group in groups if group]


def _fits(group: list[PlannedImage], more: list[PlannedImage], per_request: int, token_room: int) -> bool:
    return len(group) + len(more) <= per_request and sum(i.tokens for i in group + more) <= token_room


def quota_time_s(reserved: Sequence[int], limits: QuotaLimits) -> float:
    """How long requests reserving `reserved` tokens take to pass at the quota, sent one after
    another from an empty window: each window lets through its requests and tokens. (The answers'
    own time comes on top; a quota already in use makes it longer.)"""
    windows = 0
    used_requests = used_tokens = 0
    for tokens in reserved:
        if used_requests + 1 > limits.requests_per_window or used_tokens + tokens > limits.tokens_per_window:
            windows += 1
            used_requests = used_tokens = 0
        used_requests += 1
        used_tokens += tokens
    return windows * limits.window_s


def pages_label(pages: Sequence[tuple[str, int]]) -> str:
    """(file, 0-based page) pairs as people write them: "pages 1–8", "page 9",
    "a.pdf pages 1–3, b.png page 1"."""
    by_file: dict[str, list[int]] = {}
    for file, page in pages:
        by_file.setdefault(file, []).append(page + 1)
    parts: list[str] = []
    for file, numbers in by_file.items():
        # (two sentences, not a plural: the numbers are ranges, "pages 1–3, 5", not a count)
        if len(numbers) == 1:
            text = translate("document_plan", "page {pages}").format(pages=_ranges(numbers))
        else:
            text = translate("document_plan", "pages {pages}").format(pages=_ranges(numbers))
        parts.append(text if len(by_file) == 1 else joined(file, text))
    return joined(*parts, separator=", ")


def _ranges(numbers: Sequence[int]) -> str:
    spans: list[list[int]] = []
    for number in sorted(set(numbers)):
        if spans and number == spans[-1][1] + 1:
            spans[-1][1] = number
        else:
            spans.append([number, number])
    return ", ".join(f"{a}" if a == b else f"{a}–{b}" for a, b in spans)


def group_prompt(question: str, document: str, label: str, number: int, count: int) -> str:
    """The question, asked of one group of pages."""
    return (
        f"{question}\n\n"
        f"(These images are {label} of {document}: part {number} of {count} of a longer document. "
        "Answer from these pages only, and give the page number of everything you use, like “p. 3”. "
        "If these pages hold nothing that answers the question, say so in one sentence.)"
    )


def combine_prompt(question: str, document: str, partials: Sequence[tuple[str, str]]) -> str:
    """The last request: the partial answers, each labelled with its pages, to be combined into
    one answer that cites page numbers."""
    parts = "\n\n".join(f"--- Part {n}: {label} ---\n{text.strip()}" for n, (label, text) in enumerate(partials, 1))
    return (
        f"Question about the whole of {document}: {question}\n\n"
        f"The document was read in {len(partials)} parts; below is what each part says, labelled with its pages. "
        "Combine them into one answer to the question. Give the page numbers (“p. 12”) for every point; "
        "where parts disagree, say so. Do not mention the parts themselves.\n\n"
        f"{parts}"
    )


# What the window shows in place of the two prompts (the history keeps the prompts, exactly as sent):
# the person's question once, each group as the pages it read, and the combining request as what it
# does — as a chat app shows a tool's steps, not the instructions written for the model.


def group_shown(question: str, document: str, label: str, number: int, count: int) -> str:
    """ "What is the total due?" + "About the whole of contract.pdf, in 2 parts. Part 1 of 2: pages 1–8."
    for the first group; "Part 2 of 2 — the same question about pages 9–12." for the others.

    The history keeps this as the question's `shown_text`: always the English text (a Said's
    value); only the window says it in its language (pixdesk/ui/i18n.py translated())."""
    if number == 1:
        if count > 1:
            about = translate(
                "document_plan", "About the whole of {document}, in {count} parts. Part 1 of {count}: {pages}."
            ).format(document=document, count=count, pages=label)
        else:
            about = translate("document_plan", "About the whole of {document}, {pages}.").format(
                document=document, pages=label
            )
        return joined(question, about, separator="\n\n")
    return translate("document_plan", "Part {number} of {count} — the same question about {pages}.").format(
        number=number, count=count, pages=label
    )


def combine_shown(question: str, count: int) -> str:
    """ "Combine the answers of the 2 parts above into one: “What is the total due?”" """
    if count > 1:
        return translate(
            "document_plan", "Combine the answers of the {count} parts above into one: “{question}”"
        ).format(count=count, question=question)
    return translate("document_plan", "Combine the answer above into one: “{question}”").format(question=question)
