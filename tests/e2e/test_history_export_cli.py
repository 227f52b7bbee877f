"""`pixdesk history export|import` in a terminal, against a conversation `pixdesk ask` recorded."""

from __future__ import annotations

import base64
import json
import os
import re
from pathlib import Path

from helpers import png_bytes
from helpers import run_pixdesk as pixdesk


def test_export_every_format_then_import_the_json(bedrock, tmp_path):
    image = tmp_path / "invoice.png"
    image.write_bytes(png_bytes(900, 600))
    assert pixdesk("ask", str(image), "-q", "What is due?", "--region", "eu-west-1").returncode == 0
    sent = bedrock.requests[0].parsed.images[0].data
    [recorded] = json.loads(pixdesk("history", "list", "--json").stdout)

    md = pixdesk("history", "export", "--last", "--format", "md", "--out", str(tmp_path / "md"))
    assert md.returncode == 0, md.stderr
    md_path = Path(md.stdout.strip())
    assert md_path == tmp_path / "md" / "What is due.md"
    text = md_path.read_text(encoding="utf-8")
    [link] = re.findall(r"!\[invoice\.png\]\((images/[0-9a-f]{12}\.png)\)", text)
    assert (md_path.parent / link).read_bytes() == sent
    assert "## You" in text and "## Pixtral Large" in text and "region eu-west-1" in text

    html = pixdesk("history", "export", str(recorded["id"]), "--format", "html", "--out", str(tmp_path / "c.html"))
    assert html.returncode == 0, html.stderr
    assert html.stdout.strip() == str(tmp_path / "c.html")
    page = (tmp_path / "c.html").read_text(encoding="utf-8")
    assert f"data:image/png;base64,{base64.b64encode(sent).decode()}" in page
    assert "Content-Security-Policy" in page
    for forbidden in ("<script", "http:", "https:", "file:"):
        assert forbidden not in page.lower()

    exported = pixdesk("history", "export", "--last", "--format", "json", "--out", str(tmp_path))  # a folder
    assert exported.returncode == 0, exported.stderr
    json_path = Path(exported.stdout.strip())
    assert json_path == tmp_path / "What is due.json"

    environment = [value for name, value in os.environ.items() if name.startswith("AWS_") and len(value) >= 6]
    assert "AKIDPIXDESKTEST" in environment and "local-secret" in environment
    for written in (md_path, tmp_path / "c.html", json_path):
        content = written.read_text(encoding="utf-8")
        for forbidden in ("AWS_", "Bearer", "aws_secret", *environment):
            assert forbidden not in content, (written.name, forbidden)

    imported = pixdesk("history", "import", str(json_path))
    assert imported.returncode == 0, imported.stderr
    assert "Imported as conversation" in imported.stdout
    listing = json.loads(pixdesk("history", "list", "--json").stdout)
    assert len(listing) == 2 and {c["title"] for c in listing} == {"What is due?"}
    assert [c["message_count"] for c in listing] == [2, 2]
    new_id = next(c["id"] for c in listing if c["id"] != recorded["id"])
    original = json.loads(pixdesk("history", "show", str(recorded["id"]), "--json").stdout)["messages"]
    copy = json.loads(pixdesk("history", "show", str(new_id), "--json").stdout)["messages"]
    for message in original + copy:
        message.pop("id")
    assert copy == original


def test_bad_import_file_and_missing_conversation_exit_2(bedrock, tmp_path):
    notes = tmp_path / "notes.json"
    notes.write_text('{"format": "something else"}', encoding="utf-8")
    refused = pixdesk("history", "import", str(notes))
    assert refused.returncode == 2
    assert refused.stderr.strip() == "pixdesk: Cannot import notes.json: it is not a pixdesk conversation export."
    assert json.loads(pixdesk("history", "list", "--json").stdout) == []
    missing = pixdesk("history", "export", "42", "--format", "json", "--out", str(tmp_path / "x.json"))
    assert missing.returncode == 2 and "no such conversation" in missing.stderr and not missing.stdout
    assert not (tmp_path / "x.json").exists()
