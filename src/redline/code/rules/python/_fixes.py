"""Fixes for Python rules that a template cannot express."""

from __future__ import annotations

import shlex

import tree_sitter as ts

from redline._core import Edit, Fix
from redline.code.document import Document

Captures = dict[str, list[ts.Node]]


def _edit(doc: Document, node: ts.Node, replacement: str) -> Edit:
    return Edit(doc.char_offset(node.start_byte), doc.char_offset(node.end_byte), replacement)


def yaml_safe_load(doc: Document, captures: Captures) -> Fix | None:
    """yaml.load(x, Loader=...) -> yaml.safe_load(x); load_all -> safe_load_all."""
    call = captures["match"][0]
    fn = captures["fn"][0]
    args = call.child_by_field_name("arguments")
    data = captures["data"][0]
    if args is None or data.type == "keyword_argument":
        return None
    name = "safe_load_all" if doc.node_text(fn) == "load_all" else "safe_load"
    return Fix(
        "Use yaml.safe_load(), which builds only plain data",
        (_edit(doc, fn, name), _edit(doc, args, f"({doc.node_text(data)})")),
    )


_SHELL_META = set("|&;<>()$`\\\"'*?[]#~=%{}!\n")


def shell_to_argument_list(doc: Document, captures: Captures) -> Fix | None:
    """A literal command string with no shell syntax -> an argument list, shell=True dropped."""
    cmd = captures["cmd"][0]
    if cmd.type != "string" or any(c.type == "interpolation" for c in cmd.named_children):
        return None
    raw = doc.node_text(cmd)
    if raw[:1] not in "\"'" or raw[:3] in ('"""', "'''"):
        return None
    value = raw[1:-1]
    if not value or any(ch in _SHELL_META for ch in value):
        return None
    argv = "[" + ", ".join(repr(part) for part in shlex.split(value)) + "]"
    shell = captures["shell"][0]
    from redline.code.matcher import _deletion

    start, end = doc.char_offset(shell.start_byte), doc.char_offset(shell.end_byte)
    return Fix(
        "Pass the command as an argument list without a shell",
        (_edit(doc, cmd, argv), _deletion(doc.text, start, end)),
    )
