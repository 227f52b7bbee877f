"""Conversations out of the history store and back in, one module per format:

- markdown_format: a `.md` file and its `images/` folder, safe to open in a Markdown viewer;
- html_format: one self-contained page, nothing run or fetched;
- json_format: everything, versioned, and `import_json` to read it back (checked first, whole);
- common: what they share (the conversation, the audit and date lines).

The store holds no credentials, so no export can contain any: only what was asked, what was
answered, and the audit fields.

The names below are what callers import from `pixdesk.store.export`. The file helpers
(safe_filename, writing, write_file) live in pixdesk.files and are named here too, so imports
written before the split keep working.
"""

from pixdesk.files import safe_filename, write_file, writing
from pixdesk.store.export.common import ASSISTANT_NAME, audit_line, when
from pixdesk.store.export.html_format import CONTENT_SECURITY_POLICY, export_html
from pixdesk.store.export.json_format import FORMAT, MAX_IMPORT_BYTES, VERSION, export_json, import_json
from pixdesk.store.export.markdown_format import export_markdown, inert_markdown

__all__ = [
    "ASSISTANT_NAME",
    "CONTENT_SECURITY_POLICY",
    "FORMAT",
    "MAX_IMPORT_BYTES",
    "VERSION",
    "audit_line",
    "export_html",
    "export_json",
    "export_markdown",
    "import_json",
    "inert_markdown",
    "safe_filename",
    "when",
    "write_file",
    "writing",
]
