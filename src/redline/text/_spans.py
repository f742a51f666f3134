"""Spans for a text: offsets plus 1-based line/column (`LineIndex`), and overlap resolution."""

from __future__ import annotations

from bisect import bisect_right

from redline._core.types import Span


class LineIndex:
    """Maps character offsets of one text to `Span`s; build once per text."""

    __slots__ = ("_length", "_lower", "_starts", "_text")

    def __init__(self, text: str) -> None:
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._starts = starts
        self._length = len(text)
        self._text = text
        self._lower: str | None = None

    @property
    def lower(self) -> str:
        """`text.lower()`, made on first use and then shared by the detectors that read it."""
        low = self._lower
        if low is None:
            low = self._lower = self._text.lower()
        return low

    def _line_col(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def span(self, start: int, end: int) -> Span:
        start = max(0, min(start, self._length))
        end = max(start, min(end, self._length))
        sl, sc = self._line_col(start)
        el, ec = self._line_col(end)
        return Span(start, end, sl, sc, el, ec)


def resolve_overlaps(
    cands: list[tuple[int, int, str, str, float, int]],
) -> list[tuple[int, int, str, str, float]]:
    """Keep the most specific candidate where candidates overlap (priority, then longer span).

    Candidates are grouped into clusters of overlapping spans (one sweep); only inside a cluster
    do they compete, so the cost stays linear in the number of candidates.
    """
    cands.sort(key=lambda c: (c[0], c[1]))
    kept: list[tuple[int, int, str, str, float]] = []
    i, n = 0, len(cands)
    while i < n:
        end = cands[i][1]
        j = i + 1
        while j < n and cands[j][0] < end:
            end = max(end, cands[j][1])
            j += 1
        if j == i + 1:
            c = cands[i]
            if c[1] > c[0]:
                kept.append(c[:5])
        else:
            cluster = sorted(cands[i:j], key=lambda c: (c[5], c[0] - c[1], c[0]))
            starts: list[int] = []
            ends: list[int] = []
            chosen: list[tuple[int, int, str, str, float]] = []
            for s, e, rid, reason, score, _prio in cluster:
                k = bisect_right(starts, s)
                if e <= s or (k > 0 and ends[k - 1] > s) or (k < len(starts) and starts[k] < e):
                    continue
                starts.insert(k, s)
                ends.insert(k, e)
                chosen.append((s, e, rid, reason, score))
            kept.extend(sorted(chosen))
        i = j
    return kept
