"""Fixes for JavaScript/TypeScript rules that a template cannot express."""

from __future__ import annotations

import re

import tree_sitter as ts

from redline._core import Edit, Fix
from redline.code.document import Document

Captures = dict[str, list[ts.Node]]

_STRING_TYPES = frozenset({"string", "template_string"})


def _edit(doc: Document, node: ts.Node, replacement: str) -> Edit:
    return Edit(doc.char_offset(node.start_byte), doc.char_offset(node.end_byte), replacement)


def _string_parts(doc: Document, node: ts.Node) -> list[str]:
    """The literal text of every string and template fragment under a node."""
    parts: list[str] = []
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type == "string_fragment":
            parts.append(doc.node_text(n))
        elif n.type in ("string", "template_string") and not n.named_children:
            parts.append(doc.node_text(n)[1:-1])
        stack.extend(n.named_children)
    return parts


def inner_html_to_text_content(doc: Document, captures: Captures) -> Fix | None:
    """`el.innerHTML = value` -> `el.textContent = value` when the value carries no markup."""
    match = captures["match"][0]
    prop = captures["prop"][0]
    html = captures["html"][0]
    if match.type != "assignment_expression" or doc.node_text(prop) != "innerHTML":
        return None
    if any(ch in part for part in _string_parts(doc, html) for ch in "<&"):
        return None
    return Fix(
        "Assign to textContent, which does not parse HTML", (_edit(doc, prop, "textContent"),)
    )


_WEAK_HASH = re.compile(r"^(['\"`])(md5|md4|sha1|sha-1|ripemd|ripemd160|rmd160)\1$", re.IGNORECASE)


def weak_hash_to_sha256(doc: Document, captures: Captures) -> Fix | None:
    """createHash('md5') / createHash('sha1') -> createHash('sha256')."""
    alg = captures["alg"][0]
    text = doc.node_text(alg)
    m = _WEAK_HASH.match(text)
    if m is None:
        return None
    quote = m.group(1)
    return Fix("Use SHA-256", (_edit(doc, alg, f"{quote}sha256{quote}"),))


_NUMBER = re.compile(r"^(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|[0-9][0-9_]*)$")


def new_buffer_to_safe_api(doc: Document, captures: Captures) -> Fix | None:
    """new Buffer(n) -> Buffer.alloc(n); new Buffer(text or array) -> Buffer.from(...)."""
    match = captures["match"][0]
    args = match.child_by_field_name("arguments")
    if args is None or not args.named_children:
        return None
    first = args.named_children[0]
    count = len(args.named_children)
    if count == 1 and (first.type == "number" and _NUMBER.match(doc.node_text(first))):
        method = "alloc"
    elif first.type in _STRING_TYPES or (first.type == "array" and count == 1):
        method = "from"
    else:
        return None
    return Fix(
        f"Use Buffer.{method}()",
        (_edit(doc, match, f"Buffer.{method}{doc.node_text(args)}"),),
    )
