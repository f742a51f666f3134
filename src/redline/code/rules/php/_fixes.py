"""Fixes for PHP rules that a template cannot express."""

from __future__ import annotations

import tree_sitter as ts

from redline._core import Edit, Fix
from redline.code.document import Document

Captures = dict[str, list[ts.Node]]


def _edit(doc: Document, node: ts.Node, replacement: str) -> Edit:
    return Edit(doc.char_offset(node.start_byte), doc.char_offset(node.end_byte), replacement)


def tls_verify_on(doc: Document, captures: Captures) -> Fix | None:
    """VERIFYPEER/verify_peer false -> true, VERIFYHOST 0/1 -> 2, allow_self_signed -> false."""
    option = doc.node_text(captures["option"][0]).strip("'\"")
    value = captures["value"][0]
    if option == "CURLOPT_SSL_VERIFYHOST":
        replacement = "2"
    elif option == "allow_self_signed":
        replacement = "false"
    else:
        replacement = "true"
    return Fix("Turn certificate verification back on", (_edit(doc, value, replacement),))
