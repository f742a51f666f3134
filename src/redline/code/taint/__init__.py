"""Intra-procedural taint tracking: does untrusted data reach this expression?

The matcher asks `analysis.taint_of(node, kind)` for a sink argument; the answer is a `Taint`
(where the data came from) or None when the expression is clean for that kind of sink.
`analysis.constant_of(node)` gives the value an expression is known to hold there (an algorithm
name or a flag held in a variable), as a `Constant`, or None when it is not fixed.

Python, JavaScript and TypeScript have a model; `analyze` returns None for other languages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import tree_sitter as ts

from redline.code.taint._types import Constant, ConstValue, SinkKind, Taint

if TYPE_CHECKING:
    from redline.code.document import Document

__all__ = ["ConstValue", "Constant", "SinkKind", "Taint", "TaintAnalysis", "analyze"]


class TaintAnalysis(Protocol):
    """The data-flow facts of one document."""

    def taint_of(self, node: ts.Node, kind: SinkKind) -> Taint | None:
        """The taint reaching `node` for a sink of `kind`, or None when it is clean."""
        ...

    def constant_of(self, node: ts.Node) -> Constant | None:
        """The constant value `node` holds at its program point, or None when it is not fixed.

        Literals, names bound to constants, bounded arithmetic and string folding, conditional
        expressions and constant container elements (`algs[0]`, `cfg["alg"]`, config-parser
        values) fold; a branch whose condition folds is the only one taken, so
        `alg = "sha256" if 7 * 42 - n > 200 else "md5"` with `n = 106` is `Constant("md5")`.
        A string is a `str`, a number an `int` or `float`, a tuple or Python list a `tuple`;
        `Constant(None)` is a known None/null/undefined. The walk is the one `taint_of` uses,
        so asking costs a statement's folding once the scope has been analysed.
        """
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
