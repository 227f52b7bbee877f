"""Whole-document questions: the plan of a 100-page PDF (time and peak memory, against merely
opening the PDF), and a whole run paced to a small quota (429s met, against the same requests
sent unpaced), in the same run."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from report import Row, median_seconds

sys.path.insert(0, str(Path(__file__).parent.parent))  # tests/: imaging_samples
from imaging_samples import pdf_from_objects

QUESTION = "List every date in this document, with its page."

_PROBE = """
import json, re, sys
def mib(field):
    return int(re.search(field + r":\\s+(\\d+) kB", open("/proc/self/status").read())[1]) / 1024
what, path = sys.argv[1], sys.argv[2]
from pixdesk.imaging.sources import open_source
from pixdesk.services.document_plan import plan_document
from pixdesk.services.document_run import DocumentSpec, planned_images
before = mib("VmRSS")
if what == "open":
    with open_source(path) as source:
        source.page_count
else:
    plan_document(planned_images(DocumentSpec((path,), "all")), "q")
print(json.dumps({"before": before, "peak": mib("VmHWM")}))
"""


def text_pdf(path: Path, pages: int) -> Path:
    """A PDF of `pages` A4 pages, each with a line of text (a page object and a content stream)."""
    kids = b" ".join(b"%d 0 R" % (4 + 2 * n) for n in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for n in range(pages):
        stream = b"BT /F1 9 Tf 72 72 Td (Page %d - due 2025-0%d-1%d) Tj ET" % (n + 1, n % 9 + 1, n % 10)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % (5 + 2 * n)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    path.write_bytes(pdf_from_objects(objects))
    return path


def _peak(what: str, path: Path) -> float:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, what, str(path)], capture_output=True, text=True, check=True, env=os.environ
    )
    figures = json.loads(result.stdout)
    return float(figures["peak"] - figures["before"])


def plan_rows(workdir: Path, quick: bool) -> list[Row]:
    from pixdesk.imaging.sources import open_source
    from pixdesk.services.document_plan import plan_document
    from pixdesk.services.document_run import DocumentSpec, planned_images

    path = text_pdf(workdir / "hundred.pdf", 100)
    rounds = 3 if quick else 9

    def opening() -> None:
        with open_source(path) as source:
            assert source.page_count == 100

    def planning() -> None:
        plan_document(planned_images(DocumentSpec((str(path),), "all")), QUESTION)

    opened, planned = median_seconds(opening, rounds), median_seconds(planning, rounds)
    bare, ours = _peak("open", path), _peak("plan", path)
    return [
        Row(
            "whole-document plan, 100-page PDF (median)",
            f"{planned * 1000:.0f} ms",
            "≤ 1 s",
            f"{opened * 1000:.0f} ms opening it",
            f"{planned / max(opened, 1e-6):.1f}×",
            planned <= 1.0,
        ),
        Row(
            "whole-document plan, 100-page PDF: peak memory",
            f"+{ours:.0f} MiB",
            "≤ +150 MiB",
            f"+{bare:.0f} MiB opening it",
            f"{ours / max(bare, 0.1):.1f}×",
            ours <= 150,
        ),
    ]


def pacing_row(workdir: Path, quick: bool) -> Row:
    from pixdesk.bedrock.client import ClientFactory, ClientSettings
    from pixdesk.bedrock.stream import BedrockEngine
    from pixdesk.domain import AskRequest, Connection
    from pixdesk.services.asking import new_answer, paced_ask
    from pixdesk.services.document_plan import plan_document
    from pixdesk.services.document_run import DocumentQuestion, DocumentSpec, planned_images
    from pixdesk.services.quota import QuotaLimits, QuotaScheduler
    from pixdesk.services.workspace import Workspace
    from pixdesk.settings import Settings
    from pixdesk.testing.quota import ServerQuota
    from pixdesk.testing.server import LocalBedrock

    pages = 40 if quick else 100
    path = text_pdf(workdir / "paced.pdf", pages)
    requests, tokens, window = 4, 120_000, 1.0  # Bedrock's quota shape, scaled to a 1-second window
    limits = QuotaLimits(requests, tokens, 10**9, window)
    spec = DocumentSpec((str(path),), "all")
    plan = plan_document(planned_images(spec), QUESTION, limits=limits, max_tokens=1024)
    with LocalBedrock(quota=ServerQuota(requests, tokens, window)) as server:
        os.environ.update(server.env())
        engine = BedrockEngine(ClientFactory(ClientSettings(connect_timeout_s=2.0)))
        with ThreadPoolExecutor(2) as executor:
            workspace = Workspace(engine, Settings(), executor, scheduler=QuotaScheduler(limits, ledger=None))
            run = DocumentQuestion(workspace, spec, plan, max_tokens=1024)
            started = time.perf_counter()
            outcome = asyncio.run(run.run())
            took = time.perf_counter() - started
        assert outcome.answer.text and outcome.answer.error is None, outcome.answer.error
        paced_429 = server.quota.throttled
        time.sleep(window)  # the quota's window empties before the baseline

        async def unpaced() -> None:  # the same number of requests, sent as fast as they go
            connection = Connection()
            asks = [AskRequest(QUESTION, max_tokens=1024) for _ in range(plan.requests)]
            await asyncio.gather(*(paced_ask(engine, None, r, connection, new_answer(r, connection)) for r in asks))

        server.quota.throttled = 0
        asyncio.run(unpaced())
        unpaced_429 = server.quota.throttled
    return Row(
        f"whole-document run, {pages}-page PDF, {plan.requests} requests at a 4-a-window quota: 429s",
        f"{paced_429} × 429 ({took:.1f} s)",
        "0 × 429",
        f"{unpaced_429} × 429 sent unpaced",
        "—",
        paced_429 == 0,
    )


def rows(workdir: Path, quick: bool) -> list[Row]:
    return [*plan_rows(workdir, quick), pacing_row(workdir, quick)]
