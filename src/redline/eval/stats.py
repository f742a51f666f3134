"""Rates with bootstrap 95 % intervals, and the significance of a change between two runs.

Outcomes are clustered by case: with k samples per prompt the k answers to one prompt are not
independent, so the bootstrap resamples cases (each with all its samples), not answers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["Difference", "Rate", "bootstrap_rate", "difference"]

RESAMPLES = 2000
SEED = 20_261_128


@dataclass(frozen=True)
class Rate:
    """A share of events: `events` of `n` scored answers over `cases` prompts, with its 95 %
    bootstrap interval [low, high]. `estimate` is None when nothing was scored."""

    estimate: float | None
    low: float | None
    high: float | None
    events: int
    n: int
    cases: int

    def to_json(self) -> dict[str, float | int | None]:
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 6)

        return {
            "estimate": r(self.estimate),
            "low": r(self.low),
            "high": r(self.high),
            "events": self.events,
            "n": self.n,
            "cases": self.cases,
        }


def _clusters(values: Mapping[str, Sequence[bool]]) -> tuple[np.ndarray, np.ndarray]:
    """Events and answers per case, as two arrays (cases without a scored answer dropped)."""
    keys = [k for k, v in values.items() if v]
    events = np.array([sum(values[k]) for k in keys], dtype=np.float64)
    counts = np.array([len(values[k]) for k in keys], dtype=np.float64)
    return events, counts


def _resampled(events: np.ndarray, counts: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    n = len(events)
    idx = rng.integers(0, n, size=(RESAMPLES, n))
    out: np.ndarray = events[idx].sum(axis=1) / counts[idx].sum(axis=1)
    return out


def bootstrap_rate(values: Mapping[str, Sequence[bool]], *, seed: int = SEED) -> Rate:
    """The rate of True over every scored answer, case-clustered bootstrap interval."""
    events, counts = _clusters(values)
    total = int(counts.sum())
    if total == 0:
        return Rate(None, None, None, 0, 0, 0)
    estimate = float(events.sum() / total)
    if len(events) == 1:
        return Rate(estimate, estimate, estimate, int(events.sum()), total, 1)
    boots = _resampled(events, counts, np.random.default_rng(seed))
    low, high = np.quantile(boots, [0.025, 0.975])
    return Rate(estimate, float(low), float(high), int(events.sum()), total, len(events))


@dataclass(frozen=True)
class Difference:
    """`b - a` with its 95 % interval and a two-sided bootstrap p-value; `paired` when both runs
    scored the same cases (then cases are resampled jointly)."""

    delta: float | None
    low: float | None
    high: float | None
    p_value: float | None
    paired: bool

    @property
    def significant(self) -> bool:
        return self.p_value is not None and self.p_value < 0.05

    def to_json(self) -> dict[str, float | bool | None]:
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 6)

        return {
            "delta": r(self.delta),
            "low": r(self.low),
            "high": r(self.high),
            "p_value": r(self.p_value),
            "paired": self.paired,
            "significant": self.significant,
        }


def difference(
    a: Mapping[str, Sequence[bool]], b: Mapping[str, Sequence[bool]], *, seed: int = SEED
) -> Difference:
    """How rate b differs from rate a (b - a)."""
    ea, ca = _clusters(a)
    eb, cb = _clusters(b)
    if ca.sum() == 0 or cb.sum() == 0:
        return Difference(None, None, None, None, paired=False)
    delta = float(eb.sum() / cb.sum() - ea.sum() / ca.sum())
    rng = np.random.default_rng(seed)
    shared = sorted(k for k in a if a[k] and b.get(k))
    paired = len(shared) == len([k for k in a if a[k]]) == len([k for k in b if b[k]])
    if paired:
        pa = np.array([sum(a[k]) for k in shared], dtype=np.float64)
        na = np.array([len(a[k]) for k in shared], dtype=np.float64)
        pb = np.array([sum(b[k]) for k in shared], dtype=np.float64)
        nb = np.array([len(b[k]) for k in shared], dtype=np.float64)
        idx = rng.integers(0, len(shared), size=(RESAMPLES, len(shared)))
        boots = pb[idx].sum(1) / nb[idx].sum(1) - pa[idx].sum(1) / na[idx].sum(1)
    else:
        boots = _resampled(eb, cb, rng) - _resampled(ea, ca, rng)
    low, high = np.quantile(boots, [0.025, 0.975])
    # Two-sided: how often the resampled difference falls on the other side of zero.
    below = float(np.mean(boots <= 0.0))
    above = float(np.mean(boots >= 0.0))
    p = min(1.0, 2.0 * min(below, above)) if delta != 0.0 else 1.0
    return Difference(delta, float(low), float(high), p, paired)
