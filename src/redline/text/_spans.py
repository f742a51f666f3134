"""Build `Span`s (offsets plus 1-based line/column) for a text, cheaply and many times."""

from __future__ import annotations

from bisect import bisect_right

from redline._core.types import Span


class LineIndex:
    """Maps character offsets of one text to `Span`s; build once per text."""

    __slots__ = ("_length", "_starts")

    def __init__(self, text: str) -> None:
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._starts = starts
        self._length = len(text)

    def _line_col(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def span(self, start: int, end: int) -> Span:
        start = max(0, min(start, self._length))
        end = max(start, min(end, self._length))
        sl, sc = self._line_col(start)
        el, ec = self._line_col(end)
        return Span(start, end, sl, sc, el, ec)
