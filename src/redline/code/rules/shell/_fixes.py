"""Fixes for shell rules that a template cannot express."""

from __future__ import annotations

import tree_sitter as ts

from redline._core import Edit, Fix
from redline.code.document import Document

Captures = dict[str, list[ts.Node]]


def remove_insecure_flag(doc: Document, captures: Captures) -> Fix | None:
    """Drop curl -k/--insecure (or the k of a -skL group) and wget --no-check-certificate."""
    flag = captures["flag"][0]
    text = doc.node_text(flag)
    start, end = doc.char_offset(flag.start_byte), doc.char_offset(flag.end_byte)
    description = "Remove the option that turns off certificate checks"
    if text.startswith("-") and not text.startswith("--") and len(text) > 2:
        return Fix(description, (Edit(start, end, text.replace("k", "")),))
    # Remove the word and the blank before it.
    before = start
    while before > 0 and doc.text[before - 1] in " \t":
        before -= 1
    return Fix(description, (Edit(before, end, ""),))
