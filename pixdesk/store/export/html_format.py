"""HTML: one self-contained file: images inline as data: URIs, every piece of text escaped, inline
CSS only, no script, nothing fetched from anywhere (a Content-Security-Policy says so too)."""

from __future__ import annotations

import base64
import html
from pathlib import Path

from pixdesk.files import write_file, writing
from pixdesk.store.export.common import MEDIA_TYPES, audit_line, exported_line, load_conversation, who
from pixdesk.store.history import HistoryStore

CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"

_CSS = """
body { font: 15px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem;
       color: #1d1d1f; background: #fff; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; }
h2 { font-size: 1rem; margin: 0 0 .5rem; }
.meta, .audit { color: #6e6e73; font-size: .8rem; margin: 0 0 .75rem; }
.turn { border-top: 1px solid #d2d2d7; padding: 1rem 0; }
.user h2 { color: #0b57d0; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: inherit; margin: 0; }
figure { margin: 0 0 .75rem; }
img { max-width: 100%; height: auto; border: 1px solid #d2d2d7; }
figcaption { color: #6e6e73; font-size: .8rem; }
@media (prefers-color-scheme: dark) {
  body { color: #f5f5f7; background: #1d1d1f; }
  .turn, img { border-color: #424245; }
  .user h2 { color: #8ab4f8; }
}
"""


def export_html(store: HistoryStore, conversation_id: int, out_path: Path) -> Path:
    """Write the conversation as ONE self-contained HTML file. Returns its path."""
    summary, messages = load_conversation(store, conversation_id)
    e = _escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(summary.title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f'<header><h1>{e(summary.title)}</h1><p class="meta">{e(exported_line(summary, messages))}</p></header>',
    ]
    for message in messages:
        parts.append(f'<section class="turn {"user" if message.role == "user" else "assistant"}">')
        parts.append(f"<h2>{e(who(message))}</h2>")
        if message.role == "assistant":
            parts.append(f'<p class="audit">{e(audit_line(message))}</p>')
        for attachment in message.attachments:
            data = base64.b64encode(store.attachment_bytes(attachment.sha256)).decode("ascii")
            media_type = MEDIA_TYPES.get(attachment.format, "application/octet-stream")
            caption = (
                f"{attachment.source_name or attachment.sha256[:12]} · {attachment.format.upper()} "
                f"{attachment.width}×{attachment.height}"
            )
            parts.append(
                f'<figure><img src="data:{media_type};base64,{data}" width="{int(attachment.width)}" '
                f'height="{int(attachment.height)}" alt="{e(attachment.source_name)}">'
                f"<figcaption>{e(caption)}</figcaption></figure>"
            )
        parts.append(f'<div class="text">{e(message.text)}</div>')
        parts.append("</section>")
    parts += ["</body>", "</html>", ""]
    out_path = Path(out_path)
    with writing(out_path):
        write_file(out_path, "\n".join(parts).encode("utf-8"))
    return out_path


def _escape(text: str) -> str:
    return html.escape(text, quote=True)
