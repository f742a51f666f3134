"""Intra-procedural taint tracking: does untrusted data reach this expression?

The matcher asks `analysis.taint_of(node, kind)` for a sink argument; the answer is a `Taint`
(where the data came from) or None when the expression is clean for that kind of sink.

Python, JavaScript and TypeScript have a model; `analyze` returns None for other languages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import tree_sitter as ts

from redline.code.taint._types import SinkKind, Taint

if TYPE_CHECKING:
    from redline.code.document import Document

__all__ = ["SinkKind", "Taint", "TaintAnalysis", "analyze"]


class TaintAnalysis(Protocol):
    """The data-flow facts of one document."""

    def taint_of(self, node: ts.Node, kind: SinkKind) -> Taint | None:
        """The taint reaching `node` for a sink of `kind`, or None when it is clean."""
        ...


def analyze(doc: Document) -> TaintAnalysis | None:
    """The taint analysis of a document, or None when its language has none."""
    if doc.language == "python":
        from redline.code.taint._python import PythonAnalysis

        return PythonAnalysis(doc)
    if doc.language in ("javascript", "typescript"):
        from redline.code.taint._javascript import JavaScriptAnalysis

        return JavaScriptAnalysis(doc)
    return None
