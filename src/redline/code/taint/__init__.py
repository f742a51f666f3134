"""Intra-procedural taint tracking: does untrusted data reach this expression?

The matcher asks `analysis.taint_of(node, kind)` for a sink argument; the answer is a `Taint`
(where the data came from) or None when the expression is clean for that kind of sink.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

import tree_sitter as ts

from redline._core import Span

if TYPE_CHECKING:
    from redline.code.document import Document

# The kinds of sink a sanitiser can neutralise.
SinkKind = Literal[
    "command",
    "code",
    "sql",
    "nosql",
    "ldap",
    "xpath",
    "xss",
    "path",
    "ssrf",
    "redirect",
    "deserialization",
    "xxe",
    "header",
    "log",
    "regex",
    "format",
    "template",
    "any",
]


@dataclass(frozen=True, slots=True)
class Taint:
    """Untrusted data reaching an expression.

    `strength` is "input" for data read from a request, argv, stdin, the environment or a socket,
    and "parameter" for a function parameter (untrusted when the caller passes user data).
    """

    source: str
    source_span: Span
    strength: Literal["input", "parameter"]


class TaintAnalysis(Protocol):
    """The data-flow facts of one document."""

    def taint_of(self, node: ts.Node, kind: SinkKind) -> Taint | None:
        """The taint reaching `node` for a sink of `kind`, or None when it is clean."""
        ...


def analyze(doc: Document) -> TaintAnalysis | None:
    """The taint analysis of a document, or None when its language has none."""
    return None
