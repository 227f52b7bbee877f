"""The review report for one document: each page that carries a mark or was asked about, drawn
with its redactions burned in and its notes, pins and asked-about areas outlined and numbered;
the list of marks; every question and answer about the document, with its audit fields (model,
inference profile, region, tier, request id, time).

Built as HTML with its images by name (no Qt): `standalone_html` inlines them as data: URIs (one
self-contained file: no scripts, nothing fetched, a Content-Security-Policy says so), and the
window prints the same HTML to PDF with Qt's own writer (pixdesk.ui.report_pdf). Redactions are
burned into the report's pages too: a report is handed on, and what was hidden stays hidden."""

from __future__ import annotations

import base64
import html
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw

from pixdesk import __version__, catalog
from pixdesk.domain import Mark, MarkKind
from pixdesk.errors import bad_input
from pixdesk.files import write_file, writing
from pixdesk.imaging.encode import encode, fit
from pixdesk.imaging.redact import redact, scaled_edges
from pixdesk.imaging.sources import open_source
from pixdesk.services.chat import FINE_PRINT_NOTE
from pixdesk.services.history import turns_of
from pixdesk.store.export import CONTENT_SECURITY_POLICY, audit_line, when
from pixdesk.store.history import HistoryStore
from pixdesk.store.review import StoredDocument
from pixdesk.words import translate

PAGE_SIDE = 1400  # pixels a page is drawn at in the report: sharp on paper, small enough to mail
REGION_RGB = (11, 87, 208)
_MEDIA = {"png": "image/png", "jpeg": "image/jpeg"}
_CSS = """
body { font: 11pt/1.45 sans-serif; color: #1d1d1f; max-width: 50rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 18pt; margin: 0 0 4pt; } h2 { font-size: 14pt; margin: 18pt 0 6pt; }
h3 { font-size: 11pt; margin: 12pt 0 4pt; }
.meta, .audit { color: #6e6e73; font-size: 9pt; }
.page { page-break-before: always; }
.text { white-space: pre-wrap; }
table { border-collapse: collapse; }
td, th { border: 1px solid #d2d2d7; padding: 3pt 6pt; vertical-align: top; text-align: left; }
"""


@dataclass(frozen=True)
class ReportContent:
    title: str
    html: str  # <img src="NAME"> refer to `images`
    images: dict[str, tuple[bytes, str, int, int]] = field(default_factory=dict)  # name → data, format, w, h

    def standalone_html(self) -> str:
        page = self.html
        for name, (data, fmt, _w, _h) in self.images.items():
            page = page.replace(f'src="{name}"', f'src="data:{_MEDIA[fmt]};base64,{base64.b64encode(data).decode()}"')
        return page


def report_title(document_name: str) -> str:
    """The report is titled by its document, as the person knows it: "Review of contract.pdf"."""
    return f"Review of {document_name}"


def report_file_stem(document_name: str) -> str:
    """The report's file name without its suffix: "Review of contract" (the suffix, .pdf or
    .html, is added once — never "Review of contract.pdf.pdf")."""
    return report_title(Path(document_name).stem or document_name)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _numbered(marks: list[Mark], kinds: tuple[MarkKind, ...]) -> dict[int, int]:
    """Mark id → its number in the report (per kind family, in page order)."""
    return {id(m): n for n, m in enumerate((m for m in marks if m.kind in kinds), 1)}


def _label(image: Image.Image, text: str, colour: str | tuple[int, int, int], at: tuple[int, int]) -> None:
    """A number tag, white on the mark's colour, readable on paper. (Pillow's built-in bitmap font,
    enlarged: the installers leave out FreeType, and a tag needs no typography.)"""
    scale = max(2, image.size[0] // 450)
    small = Image.new("RGB", (6 * len(text) + 5, 13), colour)
    ImageDraw.Draw(small).text((3, 1), text, fill="white")
    tag = small.resize((small.size[0] * scale, small.size[1] * scale), Image.Resampling.NEAREST)
    x = min(max(0, at[0]), image.size[0] - tag.size[0])
    y = min(max(0, at[1] - tag.size[1]), image.size[1] - tag.size[1])
    image.paste(tag, (x, y))


def draw_page(source, page: int, marks: list[Mark], notes: dict[int, int], questions: dict[int, int]) -> Image.Image:
    """The page as the report shows it: redactions burned in, notes and pins in their colours,
    asked-about areas in blue, each tagged with its number."""
    full = source.page_size(page)
    image = fit(source.page(page, max_side=PAGE_SIDE), PAGE_SIDE).convert("RGB")
    redact(image, [m.box for m in marks if m.kind is MarkKind.REDACTION], full)
    draw = ImageDraw.Draw(image)
    line = max(2, image.size[0] // 400)
    for mark in marks:
        left, top, right, bottom = scaled_edges(mark.box, full, image.size)
        if mark.kind is MarkKind.REGION and mark.message_id in questions and mark.note != FINE_PRINT_NOTE:
            draw.rectangle((left, top, max(left, right - 1), max(top, bottom - 1)), outline=REGION_RGB, width=line)
            _label(image, f"Q{questions[mark.message_id]}", REGION_RGB, (left, top))
        elif mark.kind is MarkKind.ANNOTATION:
            colour = mark.colour or "#d13438"
            draw.rectangle((left, top, max(left, right - 1), max(top, bottom - 1)), outline=colour, width=line)
            _label(image, str(notes[id(mark)]), colour, (left, top))
        elif mark.kind is MarkKind.PIN:
            colour, radius = mark.colour or "#d13438", max(6, image.size[0] // 120)
            draw.ellipse((left - radius, top - radius, left + radius, top + radius), fill=colour, outline="white")
            _label(image, str(notes[id(mark)]), colour, (left + radius + 2, top))
    return image


def escaped_text(text: str) -> str:
    """An answer as it was written (Markdown and all), as safe HTML."""
    return f'<p class="text">{_e(text)}</p>'


def build_report(
    store: HistoryStore,
    conversation_id: int,
    document: StoredDocument,
    answer_html: Callable[[str], str] = escaped_text,
) -> ReportContent:
    """Blocking: read the conversation and the document, draw the pages, write the HTML.
    `answer_html` turns an answer's Markdown into HTML (the window renders it with Qt's own
    Markdown reader, raw HTML in answers shown as text); by default it is shown as written."""
    summary = store.conversation(conversation_id)
    if summary is None:
        raise bad_input(translate("report", "There is no conversation {number}.").format(number=str(conversation_id)))
    marks = store.marks(document.id)
    regions = store.question_regions(conversation_id)
    pairs = [
        (q, a)
        for q, a in turns_of(store.messages(conversation_id))
        if q.id in regions and regions[q.id][0].id == document.id
    ]
    questions = {question.id: n for n, (question, _a) in enumerate(pairs, 1)}
    notes = _numbered(marks, (MarkKind.ANNOTATION, MarkKind.PIN))
    pages = sorted({m.page for m in marks if m.kind is not MarkKind.REGION or m.message_id in questions}) or [0]
    title = report_title(document.name)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
        f"<title>{_e(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">Document {_e(document.name)} · {document.page_count} page'
        f"{'s' if document.page_count != 1 else ''} · SHA-256 {_e(document.sha256)}<br>"
        f"Conversation “{_e(summary.title)}”, started {_e(when(summary.created_at))} · "
        f"{len(pairs)} question{'s' if len(pairs) != 1 else ''} about this document · "
        f"model {_e(catalog.MODEL_ID)} · report made by pixdesk {_e(__version__)}</p>",
    ]
    images: dict[str, tuple[bytes, str, int, int]] = {}
    try:
        source = open_source(document.path)
    except Exception as error:  # noqa: BLE001 - KnownError or OSError: say which file, plainly
        raise bad_input(
            translate("report", "The report needs the document itself, and {path} cannot be read ({reason}).").format(
                path=str(document.path), reason=getattr(error, "message", str(error))
            )
        ) from None
    sizes: dict[int, tuple[int, int]] = {}  # full-resolution size of each page shown
    with source:
        for number, page in enumerate(pages):
            sizes[page] = source.page_size(page)
            on_page = [m for m in marks if m.page == page]
            drawn = draw_page(source, page, on_page, notes, questions)
            data, fmt, encoded = encode(drawn)
            name = f"page-{page + 1}.{'png' if fmt == 'png' else 'jpg'}"
            images[name] = (data, fmt, encoded.size[0], encoded.size[1])
            width, height = encoded.size
            shown = round(min(600, 500 * width / height))  # a page and its list of marks fit on a sheet
            parts.append(('<div class="page">' if number else "<div>") + f"<h2>Page {page + 1}</h2>")
            parts.append(f'<p><img src="{name}" width="{shown}" alt="Page {page + 1} with its marks"></p>')
            parts.append(_marks_list(on_page, notes, questions))
            parts.append("</div>")
    unmarked = document.page_count - len(pages)
    if unmarked > 0:
        parts.append(
            f'<p class="meta">{unmarked} other page{"s have" if unmarked > 1 else " has"} '
            "no marks and no questions.</p>"
        )
    parts.append('<div class="page"><h2>Questions and answers</h2>')
    if not pairs:
        parts.append("<p>No questions were asked about this document.</p>")
    for question, answer in pairs:
        _document, region = regions[question.id]
        x, y, w, h = region.box
        if region.note == FINE_PRINT_NOTE:
            where = "the whole page (fine print, in tiles)"
        elif (x, y) == (0, 0) and sizes.get(region.page) == (w, h):
            where = "the whole page"
        else:
            where = f"the area {w}×{h} at {x},{y}"
        parts.append(f"<h3>Q{questions[question.id]} · page {region.page + 1}, {_e(where)}</h3>")
        parts.append(f'<p class="audit">Asked {_e(when(question.created_at))}</p>')
        parts.append(f'<p class="text">{_e(question.text)}</p>')
        if answer is None:
            parts.append("<p><i>No answer was recorded.</i></p>")
            continue
        parts.append(
            f'<p class="audit">Answer · model {_e(answer.audit.get("model_id", catalog.MODEL_ID))} · '
            f"{_e(audit_line(answer))}</p>"
        )
        parts.append(answer_html(answer.text))
    parts += ["</div>", "</body>", "</html>", ""]
    return ReportContent(title, "\n".join(parts), images)


def _marks_list(marks: list[Mark], notes: dict[int, int], questions: dict[int, int]) -> str:
    rows = []
    for mark in marks:
        x, y, w, h = mark.box
        if mark.kind is MarkKind.REDACTION:
            rows.append(("Redacted", f"{w}×{h} at {x},{y}", "blacked out; never sent"))
        elif mark.kind is MarkKind.REGION and mark.message_id in questions:
            rows.append(
                (
                    f"Q{questions[mark.message_id]}",
                    "whole page" if mark.note == FINE_PRINT_NOTE else f"{w}×{h} at {x},{y}",
                    "asked about (see Questions and answers)",
                )
            )
        elif mark.kind in (MarkKind.ANNOTATION, MarkKind.PIN):
            where = f"{x},{y}" if mark.kind is MarkKind.PIN else f"{w}×{h} at {x},{y}"
            rows.append(
                (
                    f"{notes[id(mark)]} ({'pin' if mark.kind is MarkKind.PIN else 'note'})",
                    where,
                    mark.note or "(no note)",
                )
            )
    if not rows:
        return ""
    body = "".join(f"<tr><td>{_e(a)}</td><td>{_e(b)}</td><td>{_e(c)}</td></tr>" for a, b, c in rows)
    return f"<table><tr><th>Mark</th><th>Where (page pixels)</th><th>Note</th></tr>{body}</table>"


def write_report_html(content: ReportContent, out_path: Path) -> Path:
    """One self-contained file: images inline, no scripts, nothing fetched."""
    out_path = Path(out_path)
    with writing(out_path):
        write_file(out_path, content.standalone_html().encode("utf-8"))
    return out_path
