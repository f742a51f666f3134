"""Fixes for C# rules that a template cannot express."""

from __future__ import annotations

import re

import tree_sitter as ts

from redline._core import Edit, Fix
from redline.code.document import Document

Captures = dict[str, list[ts.Node]]

_WEAK_TYPES = re.compile(
    r"^(System\.Security\.Cryptography\.)?(MD5|SHA1|MD5CryptoServiceProvider|"
    r"SHA1CryptoServiceProvider|SHA1Managed|MD5Cng|SHA1Cng)$"
)


def _edit(doc: Document, node: ts.Node, replacement: str) -> Edit:
    return Edit(doc.char_offset(node.start_byte), doc.char_offset(node.end_byte), replacement)


def _declared_type(value: ts.Node) -> ts.Node | None:
    """The explicit type of `MD5 md5 = <value>` (None for `var` or no declaration)."""
    declarator = value.parent
    if declarator is None or declarator.type != "variable_declarator":
        return None
    declaration = declarator.parent
    if declaration is None or declaration.type != "variable_declaration":
        return None
    type_node = declaration.child_by_field_name("type")
    if type_node is None or type_node.type == "implicit_type":
        return None
    return type_node


def weak_hash_to_sha256(doc: Document, captures: Captures) -> Fix | None:
    """MD5.Create() -> SHA256.Create(); new MD5CryptoServiceProvider() -> SHA256.Create();
    HashAlgorithm.Create("MD5") -> HashAlgorithm.Create("SHA256"); an explicit MD5/SHA1
    variable type becomes SHA256."""
    match = captures["match"][0]
    edits: list[Edit] = []
    if "alg" in captures:
        edits.append(_edit(doc, captures["alg"][0], '"SHA256"'))
    elif "cls" in captures and match.type == "invocation_expression":
        cls = captures["cls"][0]
        prefix = doc.node_text(cls).rsplit(".", 1)
        name = "SHA256" if len(prefix) == 1 else f"{prefix[0]}.SHA256"
        edits.append(_edit(doc, cls, name))
    elif match.type == "object_creation_expression":
        if match.child_by_field_name("initializer") is not None:
            return None
        edits.append(_edit(doc, match, "SHA256.Create()"))
    else:
        return None
    declared = _declared_type(match)
    if declared is not None:
        if not _WEAK_TYPES.match(doc.node_text(declared)):
            if doc.node_text(declared) not in (
                "HashAlgorithm",
                "System.Security.Cryptography.HashAlgorithm",
            ):
                return None
        else:
            edits.insert(0, _edit(doc, declared, "SHA256"))
    return Fix("Use SHA-256", tuple(edits))
