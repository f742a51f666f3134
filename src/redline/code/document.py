"""A parsed piece of code and the position arithmetic every rule needs."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

import tree_sitter as ts

from redline._core import Span
from redline.code import languages

if TYPE_CHECKING:
    from redline.code.taint import TaintAnalysis

# Wrappers tried, in order, when a snippet does not parse on its own: LLMs emit method bodies,
# statement lists and class members without the declarations around them.
_WRAPPERS: dict[str, tuple[tuple[str, str], ...]] = {
    "python": (("if True:\n", ""), ("class RedlineFragment:\n", "")),
    "php": (("<?php\nclass RedlineFragment {\n", "\n}"),),
    "java": (
        ("class RedlineFragment {\n", "\n}"),
        ("class RedlineFragment { void redlineFragment() throws Exception {\n", "\n}}"),
    ),
    "csharp": (
        ("class RedlineFragment {\n", "\n}"),
        ("class RedlineFragment { void RedlineFragment() {\n", "\n}}"),
    ),
    "go": (("package main\n", ""), ("package main\nfunc redlineFragment() {\n", "\n}")),
    "c": (("void redline_fragment(void) {\n", "\n}"),),
    "cpp": (("void redline_fragment() {\n", "\n}"), ("class RedlineFragment {\n", "\n};")),
    "rust": (("fn redline_fragment() {\n", "\n}"), ("impl RedlineFragment {\n", "\n}")),
    "javascript": (
        ("class RedlineFragment {\n", "\n}"),
        ("async function redlineFragment() {\n", "\n}"),
    ),
    "typescript": (
        ("class RedlineFragment {\n", "\n}"),
        ("async function redlineFragment() {\n", "\n}"),
    ),
    "ruby": (("def redline_fragment\n", "\nend"),),
    "bash": (),
}

# Wrapping is tried only for snippets this small: whole files are parsed as they are.
_WRAP_LIMIT = 200_000


_BRACED = frozenset({"java", "csharp", "c", "cpp", "javascript", "typescript", "go", "rust", "php"})
_PAIRS = {ord("("): b")", ord("["): b"]", ord("{"): b"}"}
_CLOSING = frozenset(b")]}")


def _closers(body: bytes) -> bytes:
    """The brackets that close what a truncated C-family snippet left open ("" if balanced).

    Strings and comments are skipped roughly; a mismatch gives up (returns "").
    """
    stack: list[bytes] = []
    i, n = 0, len(body)
    while i < n:
        c = body[i]
        if c in (0x22, 0x27, 0x60):  # " ' `
            j = i + 1
            while j < n and body[j] != c and body[j] != 0x0A:
                j += 2 if body[j] == 0x5C else 1
            i = j + 1
            continue
        if c == 0x2F and i + 1 < n and body[i + 1] == 0x2F:  # //
            j = body.find(b"\n", i)
            i = n if j == -1 else j + 1
            continue
        if c == 0x2F and i + 1 < n and body[i + 1] == 0x2A:  # /*
            j = body.find(b"*/", i + 2)
            i = n if j == -1 else j + 2
            continue
        if c in _PAIRS:
            stack.append(_PAIRS[c])
        elif c in _CLOSING:
            if not stack or stack[-1][0] != c:
                return b""
            stack.pop()
        i += 1
    if not stack:
        return b""
    out = b""
    for closer in reversed(stack):
        out += b";\n}" if closer == b"}" else closer
    return out


def _starts_in_comment(body: bytes) -> bool:
    """True when the text closes a block comment before it opens one."""
    end = body.find(b"*/")
    if end == -1:
        return False
    start = body.find(b"/*")
    return start == -1 or end < start


def _error_bytes(tree: ts.Tree) -> int:
    """How many bytes of the tree lie under ERROR or MISSING nodes (0 for a clean parse)."""
    root = tree.root_node
    if not root.has_error:
        return 0
    total = 0
    stack = [root]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            total += max(node.end_byte - node.start_byte, 1)
            continue
        if node.has_error:
            stack.extend(node.children)
    return total


@dataclass
class Document:
    """Code of one language, parsed, with positions relative to the text the user gave.

    `base_offset`/`base_line` place a code block inside a larger text (a Markdown response).
    """

    text: str
    language: str
    path: str | None = None
    base_offset: int = 0
    base_line: int = 0
    data: bytes = field(init=False, repr=False)
    tree: ts.Tree = field(init=False, repr=False)
    prefix_bytes: int = field(init=False, default=0)
    prefix_lines: int = field(init=False, default=0)
    cache: dict[str, Any] = field(init=False, default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        parser = languages.parser(self.language)
        body = languages.parse_input(self.language, self.text)
        open_tag = b""
        if self.language == "php" and b"<?" not in body and not body.lstrip().startswith(b"<"):
            # PHP outside <?php ... ?> is literal HTML: a bare snippet is code, so open the tag.
            open_tag = b"<?php\n"
            best = (open_tag + body, parser.parse(open_tag + body), len(open_tag), 1)
        else:
            best = (body, parser.parse(body), 0, 0)
        errors = _error_bytes(best[1])
        if errors and len(body) <= _WRAP_LIMIT:
            # Snippets cut off mid-function (a completion's prefix) get their brackets closed.
            close = _closers(body) if self.language in _BRACED else b""
            candidates = self._candidates(body)
            if close:
                candidates = [("", ""), *candidates]
            if self.language in _BRACED and _starts_in_comment(body):
                # A snippet cut from the middle of a block comment: reopen the comment.
                candidates = [("/*", ""), *candidates]
            for prefix, suffix in candidates:
                head = prefix.encode()
                if open_tag and not head.startswith(b"<?"):
                    head = open_tag + head  # a bare PHP snippet stays code when wrapped
                data = head + body + close + suffix.encode()
                tree = parser.parse(data)
                errs = _error_bytes(tree)
                if errs < errors:
                    best, errors = (data, tree, len(head), head.count(b"\n")), errs
                    if not errs:
                        break
        self.data, self.tree, self.prefix_bytes, self.prefix_lines = best
        self._ascii = self.text.isascii()
        self._body_end = self.prefix_bytes + len(body)

    def _candidates(self, body: bytes) -> list[tuple[str, str]]:
        """The wrappers worth trying on a snippet that does not parse on its own."""
        if self.language != "python":
            return list(_WRAPPERS.get(self.language, ()))
        found: list[tuple[str, str]] = []
        # Cut from inside a docstring: reopen it.
        for quote in ('"""', "'''"):
            if quote.encode() in body:
                found.append((quote + "\n", ""))
        # Indentation is an error only for an indented first line: wrap it in a block.
        if body.lstrip(b"\r\n")[:1] in (b" ", b"\t"):
            found.extend(_WRAPPERS["python"])
        return found

    # ---- positions -------------------------------------------------------------------------
    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        text = self.text
        i = text.find("\n")
        while i != -1:
            starts.append(i + 1)
            i = text.find("\n", i + 1)
        return starts

    @cached_property
    def _line_starts_bytes(self) -> list[int]:
        starts = [0]
        data = self.text.encode("utf-8", "surrogatepass")
        i = data.find(b"\n")
        while i != -1:
            starts.append(i + 1)
            i = data.find(b"\n", i + 1)
        return starts

    @property
    def root(self) -> ts.Node:
        return self.tree.root_node

    def char_offset(self, byte_offset: int) -> int:
        """A byte offset of the parsed data -> a character offset into `text` (clamped)."""
        b = min(max(byte_offset - self.prefix_bytes, 0), len(self.data) - self.prefix_bytes)
        if self._ascii:
            return min(b, len(self.text))
        starts = self._line_starts_bytes
        line = bisect_right(starts, b) - 1
        body = self.data[self.prefix_bytes :]
        col = len(body[starts[line] : b].decode("utf-8", "replace"))
        return min(self._line_starts[line] + col, len(self.text))

    def span_chars(self, start: int, end: int) -> Span:
        """The Span of characters [start, end) of `text`, placed at base_offset/base_line."""
        starts = self._line_starts
        sl = bisect_right(starts, start) - 1
        el = bisect_right(starts, max(end - 1, start)) - 1 if end > start else sl
        ec = end - starts[el] + 1 if end > start else start - starts[sl] + 1
        return Span(
            start=self.base_offset + start,
            end=self.base_offset + end,
            start_line=self.base_line + sl + 1,
            start_column=start - starts[sl] + 1,
            end_line=self.base_line + el + 1,
            end_column=ec,
        )

    def span(self, node: ts.Node) -> Span:
        """The Span of a node."""
        return self.span_chars(self.char_offset(node.start_byte), self.char_offset(node.end_byte))

    def node_text(self, node: ts.Node) -> str:
        return self.data[node.start_byte : node.end_byte].decode("utf-8", "replace")

    def line_of(self, char_offset: int) -> int:
        """0-based line index of a character offset of `text`."""
        return bisect_right(self._line_starts, char_offset) - 1

    def line_start(self, line_index: int) -> int:
        """The character offset of a 0-based line of `text`."""
        return self._line_starts[line_index]

    def line_text(self, line_index: int) -> str:
        """The text of a 0-based line, without its newline."""
        starts = self._line_starts
        if line_index >= len(starts):
            return ""
        end = starts[line_index + 1] - 1 if line_index + 1 < len(starts) else len(self.text)
        return self.text[starts[line_index] : end].rstrip("\r")

    def in_text(self, node: ts.Node) -> bool:
        """False for nodes that belong only to a parsing wrapper."""
        return node.end_byte > self.prefix_bytes and node.start_byte < self._body_end

    @property
    def taint(self) -> TaintAnalysis | None:
        """The data-flow analysis of this document, or None where the language has none."""
        if "taint" not in self.cache:
            from redline.code.taint import analyze

            self.cache["taint"] = analyze(self)
        result: TaintAnalysis | None = self.cache["taint"]
        return result
