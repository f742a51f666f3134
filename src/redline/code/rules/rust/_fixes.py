"""Fixes for Rust rules that a template cannot express."""

from __future__ import annotations

import tree_sitter as ts

from redline._core import Edit, Fix
from redline.code.document import Document

Captures = dict[str, list[ts.Node]]


def verification_on(doc: Document, captures: Captures) -> Fix | None:
    """danger_accept_invalid_certs(true) -> (false); other forms have no mechanical fix."""
    value = captures.get("value", [None])[0]
    if value is None or value.type != "boolean_literal":
        return None
    start, end = doc.char_offset(value.start_byte), doc.char_offset(value.end_byte)
    return Fix("Verify the server's certificate", (Edit(start, end, "false"),))
