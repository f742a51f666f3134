"""Fixes for Java rules that a template cannot express."""

from __future__ import annotations

import re

import tree_sitter as ts

from redline._core import Edit, Fix
from redline.code.document import Document

Captures = dict[str, list[ts.Node]]

_DIGEST_METHODS = {
    "md2": "sha256",
    "md5": "sha256",
    "sha": "sha256",
    "sha1": "sha256",
    "md2Hex": "sha256Hex",
    "md5Hex": "sha256Hex",
    "shaHex": "sha256Hex",
    "sha1Hex": "sha256Hex",
}


def _edit(doc: Document, node: ts.Node, replacement: str) -> Edit:
    return Edit(doc.char_offset(node.start_byte), doc.char_offset(node.end_byte), replacement)


def weak_hash_to_sha256(doc: Document, captures: Captures) -> Fix | None:
    """MessageDigest "MD5"/"SHA-1" -> "SHA-256"; DigestUtils.md5Hex -> sha256Hex;
    Hashing.md5() -> Hashing.sha256(); "MD5withRSA"/"SHA1withRSA" -> "SHA256withRSA"."""
    if "alg" in captures:
        alg = captures["alg"][0]
        text = doc.node_text(alg)
        signature = re.match(r'^"(?:MD2|MD5|SHA1?)with(\w+)"$', text, re.IGNORECASE)
        if signature:
            replacement = f'"SHA256with{signature.group(1)}"'
        elif re.match(r'^"(MD2|MD4|MD5|SHA|SHA-?1)"$', text, re.IGNORECASE):
            replacement = '"SHA-256"'
        else:
            return None
        return Fix("Use SHA-256", (_edit(doc, alg, replacement),))
    if "fn" in captures:
        fn = captures["fn"][0]
        name = doc.node_text(fn)
        target = _DIGEST_METHODS.get(name)
        if target is None:
            return None
        return Fix(f"Use {target}", (_edit(doc, fn, target),))
    return None
