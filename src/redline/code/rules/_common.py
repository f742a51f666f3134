"""Language-independent helpers for rule checks: words of names, code text without comments,
the doc comment above a definition, and the vocabulary of the text-sink rules (HTML, logs,
headers, URL hosts)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import tree_sitter as ts

from redline.code.document import Document

HTML_TAG = re.compile(
    r"</?(?:html|head|body|div|span|p|a|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|"
    r"b|i|u|em|strong|small|br|hr|img|script|style|form|input|button|label|title|meta|link|"
    r"section|article|header|footer|nav|main|pre|code|option|select|textarea|iframe|blockquote|"
    r"figure|figcaption|caption|center|font|mark|abbr|cite|q|sub|sup|svg)(?:\s[^<>]*)?/?>"
)
HTML_WORDS = re.compile(r"(?i)\bhtml\b|\bweb ?page\b")
LOG_WORDS = frozenset({"log", "logs", "logging", "logger", "audit", "journal"})
HEADER_WORDS = frozenset({"header", "headers", "hdr", "hdrs"})
HOST_WORDS = frozenset(
    {"host", "hostname", "domain", "netloc", "origin", "site", "url", "uri", "authority"}
)
_URL_SCHEME_END = re.compile(r"(?:https?|wss?|ftp)://$")


def words(name: str) -> set[str]:
    """`generate_receive_log` and `generateReceiveLog` -> {"generate", "receive", "log"}."""
    return {p.lower() for p in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+", name)}


def code_text(doc: Document, node: ts.Node) -> str:
    """A node's text with its comments blanked: commented-out code counts for nothing."""
    data = bytearray(doc.data[node.start_byte : node.end_byte])
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type == "comment":
            for i in range(n.start_byte - node.start_byte, n.end_byte - node.start_byte):
                if data[i] not in (10, 13):
                    data[i] = 32
            continue
        stack.extend(n.children)
    return bytes(data).decode("utf-8", "replace")


def doc_comment(doc: Document, name: str, anchor: ts.Node) -> str:
    """`name` and the comments right above `anchor`: the comment directly before it and the
    `//` line comments directly above that one (one doc block), one per line."""
    parts = [name]
    prev = anchor.prev_sibling
    if prev is not None and prev.type == "comment":
        parts.append(doc.node_text(prev))
        while (
            doc.node_text(prev).startswith("//")
            and prev.prev_sibling is not None
            and prev.prev_sibling.type == "comment"
            and doc.node_text(prev.prev_sibling).startswith("//")
            and prev.prev_sibling.end_point[0] + 1 == prev.start_point[0]
        ):
            prev = prev.prev_sibling
            parts.append(doc.node_text(prev))
    return "\n".join(parts)


def url_host_piece(
    pieces: Sequence[ts.Node], literal: Callable[[ts.Node], str | None]
) -> ts.Node | None:
    """In the pieces of a joined string, the value that begins a URL's host name: the one
    between a literal ending in `https://` and a literal starting with `.`."""
    for i in range(len(pieces) - 2):
        lit = literal(pieces[i])
        nxt = literal(pieces[i + 2])
        if (
            lit is not None
            and _URL_SCHEME_END.search(lit)
            and nxt is not None
            and nxt.startswith(".")
        ):
            return pieces[i + 1]
    return None
