"""Fixes for C and C++ rules that a template cannot express."""

from __future__ import annotations

import tree_sitter as ts

from redline._core import Edit, Fix
from redline.code.document import Document

Captures = dict[str, list[ts.Node]]


def curl_verify_on(doc: Document, captures: Captures) -> Fix | None:
    """CURLOPT_SSL_VERIFYPEER -> 1L; CURLOPT_SSL_VERIFYHOST -> 2L (the libcurl defaults)."""
    option = doc.node_text(captures["opt"][0])
    value = captures["value"][0]
    replacement = "2L" if option.endswith("VERIFYHOST") else "1L"
    start, end = doc.char_offset(value.start_byte), doc.char_offset(value.end_byte)
    return Fix(
        "Turn certificate and host-name verification back on",
        (Edit(start, end, replacement),),
    )
