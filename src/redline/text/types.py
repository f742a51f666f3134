"""Typed results of the text detectors.

Data flows one way: text -> normalise/decode -> detectors (patterns, secrets, PII, model) ->
`Hit`s -> one `Verdict`. Everything here is frozen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from redline._core.types import Span


class Channel(StrEnum):
    """Where a text comes from; the same sentence means different things in each.

    `user`: a person's message to the model. `tool`: a tool or MCP result the model reads.
    `document`: retrieved or attached content (web page, email, file). `output`: the model's answer.
    """

    USER = "user"
    TOOL = "tool"
    DOCUMENT = "document"
    OUTPUT = "output"

    @property
    def is_data(self) -> bool:
        """Text that is data for the model, never instructions (tool results, documents)."""
        return self in (Channel.TOOL, Channel.DOCUMENT)


class Category(StrEnum):
    """What a hit is evidence of."""

    INJECTION = "injection"
    JAILBREAK = "jailbreak"
    OBFUSCATION = "obfuscation"
    EXFILTRATION = "exfiltration"
    SECRET = "secret"
    PII = "pii"


class Status(StrEnum):
    """`flagged`: something was found. `clean`: the whole text was examined and nothing found.
    `undecided`: part of the text could not be examined (binary, over the size limit, an
    encoding nested past the depth limit), so "nothing found" would not be a fair answer."""

    FLAGGED = "flagged"
    CLEAN = "clean"
    UNDECIDED = "undecided"


class Level(StrEnum):
    """Sensitivity: `low` flags least (fewest false alarms), `strict` flags most."""

    LOW = "low"
    BALANCED = "balanced"
    STRICT = "strict"


@dataclass(frozen=True, slots=True)
class Hit:
    """One piece of evidence: what was found, where in the original text, and why.

    `detector` is a stable id such as `secret.aws-access-key-id` or `obfuscation.base64`.
    `score` is the detector's own confidence in [0, 1]. `decoded` holds the decoded or hidden
    content when the evidence was smuggled (base64 payload, Unicode tag characters, ...).
    """

    category: Category
    detector: str
    reason: str
    span: Span
    score: float = 1.0
    decoded: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category.value,
            "detector": self.detector,
            "reason": self.reason,
            "start": self.span.start,
            "end": self.span.end,
            "line": self.span.start_line,
            "column": self.span.start_column,
            "score": round(self.score, 4),
            **({"decoded": self.decoded} if self.decoded is not None else {}),
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    """The decision-ready answer for one text.

    `label` is the leading category (`injection`, `jailbreak`, `secret`, ...) or `benign`.
    `score` is the calibrated probability in [0, 1] that the text carries an injection or a
    jailbreak (secrets and PII are certain matches reported as hits, not scored).
    `threshold` is the score at or above which the chosen level flags.
    """

    label: str
    score: float
    status: Status
    channel: Channel
    level: Level
    threshold: float
    hits: tuple[Hit, ...] = field(default=())
    notes: tuple[str, ...] = field(default=())

    @property
    def flagged(self) -> bool:
        return self.status is Status.FLAGGED

    @property
    def categories(self) -> tuple[Category, ...]:
        seen: dict[Category, None] = {}
        for hit in self.hits:
            seen.setdefault(hit.category, None)
        return tuple(seen)

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "score": round(self.score, 4),
            "status": self.status.value,
            "channel": self.channel.value,
            "level": self.level.value,
            "threshold": round(self.threshold, 4),
            "spans": [hit.to_dict() for hit in self.hits],
            **({"notes": list(self.notes)} if self.notes else {}),
        }
