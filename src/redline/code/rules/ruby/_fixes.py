"""Fixes for Ruby rules that a template cannot express."""

from __future__ import annotations

import tree_sitter as ts

from redline._core import Edit, Fix
from redline.code.document import Document

Captures = dict[str, list[ts.Node]]


def _edit(doc: Document, node: ts.Node, replacement: str) -> Edit:
    return Edit(doc.char_offset(node.start_byte), doc.char_offset(node.end_byte), replacement)


def yaml_safe_load(doc: Document, captures: Captures) -> Fix | None:
    """YAML.load / Psych.load / unsafe_load -> safe_load; load_file -> safe_load_file."""
    fn = captures["fn"][0]
    name = doc.node_text(fn)
    replacement = {
        "load": "safe_load",
        "unsafe_load": "safe_load",
        "load_file": "safe_load_file",
        "unsafe_load_file": "safe_load_file",
    }.get(name)
    if replacement is None:
        return None
    return Fix("Use YAML.safe_load, which builds only plain data", (_edit(doc, fn, replacement),))


def verify_peer(doc: Document, captures: Captures) -> Fix | None:
    """OpenSSL::SSL::VERIFY_NONE -> VERIFY_PEER; verify: false -> verify: true."""
    if captures.get("name"):
        return Fix("Verify the peer certificate", (_edit(doc, captures["name"][0], "VERIFY_PEER"),))
    value = captures["match"][0]
    return Fix("Verify the peer certificate", (_edit(doc, value, "true"),))
