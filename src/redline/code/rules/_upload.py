"""Uploads stored under the client's file name or extension (CWE-434), for every language.

Each language's check passes its own patterns to `upload_scan`: the storing calls (`sink`), the
client's file name (`source`), the allow-list or type checks that make a function safe (`safe`),
and the words that show the code handles uploads at all (`context`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import tree_sitter as ts

from redline._core import Finding
from redline.code.document import Document
from redline.code.rules._registry import Rule

_UPLOAD_ASSIGN = re.compile(
    rb"(?m)^[ \t]*(?:\(?[\w.<>\[\]?]+[ \t]+){0,3}((?:\$?\w+[ \t]*,[ \t]*)*\$?[A-Za-z_]\w*)"
    rb"[ \t]*(?::[ \t]*[^=\n]+)?:?=(?![=>])[ \t]*(.*)$"
)


def _tainted_name(
    scope: bytes, source: re.Pattern[bytes], holders: tuple[tuple[bytes, bytes], ...]
) -> list[re.Pattern[bytes]]:
    """Patterns for the client's file name in `scope`: its expressions and names built from it."""
    found = [source]
    for holder, template in holders:
        for m in re.finditer(holder, scope):
            found.append(re.compile(template.replace(b"NAME", re.escape(m.group(1)))))
    assigns = [(m.group(1), m.group(2)) for m in _UPLOAD_ASSIGN.finditer(scope)]
    names: set[bytes] = set()
    for _ in range(4):
        grown = False
        for targets, rhs in assigns:
            if any(p.search(rhs) for p in found):
                for name in (t.strip().lstrip(b"$") for t in targets.split(b",")):
                    if name and name not in names:
                        names.add(name)
                        found.append(re.compile(rb"(?<![\w.])\$?" + re.escape(name) + rb"\b"))
                        grown = True
        if not grown:
            break
    return found


def _top_level(doc: Document) -> bytes:
    """The top-level code of `doc`: its statements outside functions and classes."""
    cached = doc.cache.get("upload_top")
    if cached is None:
        skip = ("function", "method", "class", "func_", "interface")
        cached = b"\n".join(
            doc.data[c.start_byte : c.end_byte]
            for c in doc.root.named_children
            if not any(k in c.type for k in skip)
        )
        doc.cache["upload_top"] = cached
    return bytes(cached)


def upload_scan(
    doc: Document,
    rule: Rule,
    *,
    sink: re.Pattern[bytes],
    source: re.Pattern[bytes],
    safe: re.Pattern[bytes],
    context: re.Pattern[bytes],
    calls: frozenset[str],
    functions: frozenset[str],
    holders: tuple[tuple[bytes, bytes], ...] = (),
    writes: re.Pattern[bytes] | None = None,
) -> Iterator[Finding]:
    """Storing calls whose arguments carry the client's file name, in a function with no type
    or extension allow-list. `writes` (for a match with group `w`) must hold on the arguments."""
    data = doc.data
    if not context.search(data):
        return
    seen: set[int] = set()
    for m in sink.finditer(data):
        node = doc.root.descendant_for_byte_range(m.start(), m.end())
        if node is None or "comment" in node.type or "string" in node.type:
            continue
        call: ts.Node | None = node
        while call is not None and call.type not in calls:
            call = call.parent
        if call is None or call.id in seen or not doc.in_text(call):
            continue
        seen.add(call.id)
        args = data[m.end() : call.end_byte]
        if writes is not None and m.groupdict().get("w") and not writes.search(args):
            continue
        fn = call.parent
        while fn is not None and fn.type not in functions:
            fn = fn.parent
        scope = data[fn.start_byte : fn.end_byte] if fn is not None else _top_level(doc)
        if not context.search(scope) or safe.search(scope):
            continue
        if any(p.search(args) for p in _tainted_name(scope, source, holders)):
            yield rule.finding(doc, doc.span(call))
