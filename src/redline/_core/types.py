"""Typed results shared by every redline capability.

Everything here is frozen: detectors build these values, consumers read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class _Ordered(StrEnum):
    """A string enum whose members compare by declaration order."""

    @property
    def rank(self) -> int:
        return list(type(self)).index(self)

    def _cmp(self, other: object) -> int | None:
        if not isinstance(other, type(self)):
            return None
        return self.rank - other.rank

    # str defines its own orderings, so all four are spelled out (total_ordering would not).
    def __lt__(self, other: object) -> bool:
        c = self._cmp(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other: object) -> bool:
        c = self._cmp(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other: object) -> bool:
        c = self._cmp(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other: object) -> bool:
        c = self._cmp(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self) -> int:
        return hash(self.value)

    def __str__(self) -> str:
        return self.value

    @classmethod
    def parse(cls, value: str) -> Any:
        """`Severity.parse("HIGH")` -> Severity.HIGH; a clear ValueError otherwise."""
        try:
            return cls(value.strip().lower())
        except ValueError:
            names = ", ".join(m.value for m in cls)
            raise ValueError(
                f"unknown {cls.__name__.lower()} {value!r} (expected one of: {names})"
            ) from None


class Severity(_Ordered):
    """How much harm a finding can do if it is real."""

    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class Confidence(_Ordered):
    """How sure the detector is that the finding is real."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


@dataclass(frozen=True, slots=True)
class Span:
    """A region of a text: character offsets [start, end) and 1-based line/column.

    `Span(start=0, end=4, start_line=1, start_column=1, end_line=1, end_column=5)`
    """

    start: int
    end: int
    start_line: int
    start_column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the characters [start, end) of the scanned text with `replacement`."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A mechanical fix: edits that apply together, with a one-line description."""

    description: str
    edits: tuple[Edit, ...]


@dataclass(frozen=True, slots=True)
class TraceStep:
    """One step of a data flow, from a source towards a sink."""

    kind: str  # "source", "step" or "sink"
    span: Span
    note: str


@dataclass(frozen=True, slots=True)
class Finding:
    """One weakness found in code.

    `path` is None for code scanned from memory; `span` is relative to the scanned text.
    """

    rule_code: str
    rule_name: str
    message: str
    severity: Severity
    confidence: Confidence
    cwe: tuple[int, ...]
    language: str
    span: Span
    snippet: str
    path: str | None = None
    fix: Fix | None = None
    trace: tuple[TraceStep, ...] = ()
    tags: tuple[str, ...] = field(default=())

    @property
    def line(self) -> int:
        return self.span.start_line

    @property
    def fingerprint(self) -> str:
        """A location-independent identity used by baselines: rule, path and the code line."""
        import hashlib

        key = f"{self.rule_code}\0{self.path or ''}\0{self.snippet.strip()}"
        return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (enums as strings)."""
        from dataclasses import asdict

        data = asdict(self)
        data["severity"] = self.severity.value
        data["confidence"] = self.confidence.value
        data["cwe"] = list(self.cwe)
        data["fingerprint"] = self.fingerprint
        return data
