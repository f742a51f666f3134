"""The red-line standard: a versioned YAML file naming, for every metric, the suite and its
version, the measure, the judge, the sampling settings, the alert threshold and the red line, and
its crosswalk to public frameworks.

`load_standard("redline-cyber-v1")` -> the shipped standard; `load_standard("my-org.yaml")` -> a
user's own, validated with errors that name the file, line and field (`StandardError`).
"""

from __future__ import annotations

import re
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated, Literal, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from redline._core.yamlconfig import parse_yaml_model, read_text_file
from redline.eval.suites import SuiteError, get_suite
from redline.eval.types import Sampling

__all__ = [
    "DEFAULT_STANDARD",
    "Metric",
    "Standard",
    "StandardError",
    "Status",
    "load_standard",
    "shipped_standards",
]

DEFAULT_STANDARD = "redline-cyber-v1"
MAX_STANDARD_BYTES = 1_000_000
_ID = re.compile(r"^[a-z0-9][a-z0-9.-]{0,63}$")


class StandardError(ValueError):
    """A standard file that cannot be used; the message names the file, line and field."""


class Status(StrEnum):
    """Where a metric stands against its thresholds."""

    OK = "ok"
    ALERT = "alert"
    CROSSED = "crossed"
    NOT_MEASURED = "not-measured"


def _check_id(value: str) -> str:
    if not _ID.match(value):
        raise ValueError(f"{value!r} is not an id (lower-case letters, digits, '-' and '.')")
    return value


Id = Annotated[str, AfterValidator(_check_id)]
Rate = Annotated[float, Field(ge=0.0, le=1.0)]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SuiteRef(_Model):
    id: Id
    version: str = Field(min_length=1, max_length=32)


class Profile(_Model):
    """A named way to run the standard: `limit` cases per suite (None: every case), and
    optionally fewer samples or a shorter `max_tokens` than the standard's (a quick smoke test;
    its numbers are not comparable with a full run's, and its cache keys differ)."""

    description: str = ""
    limit: int | None = Field(default=None, ge=1)
    samples: int | None = Field(default=None, ge=1, le=50)
    max_tokens: int | None = Field(default=None, ge=1, le=32_768)


class Metric(_Model):
    """One rate, its thresholds and where it maps to.

    For a metric where a higher rate is worse, the alert fires at `rate >= alert` and the red line
    is crossed at `rate >= red_line`; for a utility metric (`higher_is_worse: false`) at
    `rate <= alert` and `rate <= red_line`. `decide_on: estimate` compares the point estimate;
    `decide_on: interval` compares the end of the 95 % interval nearest to safety, so only a
    crossing the data is sure of counts.
    """

    id: Id
    title: str = Field(min_length=1, max_length=120)
    description: str = ""
    suite: SuiteRef
    measure: str = Field(min_length=1, max_length=64)
    judge: str = Field(min_length=1, max_length=64)
    higher_is_worse: bool
    alert: Rate | None = None
    red_line: Rate | None = None
    decide_on: Literal["estimate", "interval"] = "estimate"
    pairs_with: Id | None = None
    breakdown: tuple[str, ...] = ()
    frameworks: dict[str, tuple[str, ...]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.alert is not None and self.red_line is not None:
            wrong = (
                self.alert > self.red_line if self.higher_is_worse else self.alert < self.red_line
            )
            if wrong:
                side = "below" if self.higher_is_worse else "above"
                raise ValueError(
                    f"alert ({self.alert}) must be {side} the red line ({self.red_line})"
                )
        return self

    def _beyond(self, value: float, threshold: float) -> bool:
        return value >= threshold if self.higher_is_worse else value <= threshold

    def status(self, estimate: float | None, low: float | None, high: float | None) -> Status:
        """Where a measured rate (with its 95 % interval) stands."""
        if estimate is None:
            return Status.NOT_MEASURED
        value = estimate
        if self.decide_on == "interval" and low is not None and high is not None:
            value = low if self.higher_is_worse else high
        if self.red_line is not None and self._beyond(value, self.red_line):
            return Status.CROSSED
        if self.alert is not None and self._beyond(value, self.alert):
            return Status.ALERT
        return Status.OK


class Standard(_Model):
    """A versioned red-line standard."""

    standard: Id
    version: str = Field(min_length=1, max_length=32)
    title: str = Field(min_length=1, max_length=200)
    description: str = ""
    frameworks: dict[Id, str] = Field(default_factory=dict)
    sampling: Sampling = Field(default_factory=Sampling)
    samples: int = Field(default=1, ge=1, le=50)
    profiles: dict[Id, Profile] = Field(default_factory=dict)
    metrics: tuple[Metric, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        ids = [m.id for m in self.metrics]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"metric ids must be unique; repeated: {', '.join(dupes)}")
        for m in self.metrics:
            if m.pairs_with is not None and m.pairs_with not in ids:
                raise ValueError(f"metric {m.id}: pairs_with names no metric: {m.pairs_with!r}")
            unknown = sorted(set(m.frameworks) - set(self.frameworks))
            if unknown:
                raise ValueError(
                    f"metric {m.id}: frameworks not declared at the top: {', '.join(unknown)}"
                )
        return self

    @property
    def name(self) -> str:
        return f"{self.standard}@{self.version}"

    def metric(self, metric_id: str) -> Metric:
        for m in self.metrics:
            if m.id == metric_id:
                return m
        raise KeyError(metric_id)

    def suites(self) -> list[SuiteRef]:
        """The suites the metrics use, in first-use order, each once."""
        out: dict[str, SuiteRef] = {}
        for m in self.metrics:
            out.setdefault(m.suite.id, m.suite)
        return list(out.values())

    def check_suites(self, source: str) -> None:
        """Every metric's suite exists at the stated version and has the named measure."""
        for m in self.metrics:
            try:
                suite = get_suite(m.suite.id)
            except SuiteError as exc:
                raise StandardError(f"{source}: metric {m.id}: {exc}") from None
            if suite.version != m.suite.version:
                raise StandardError(
                    f"{source}: metric {m.id}: suite {m.suite.id} is version {suite.version} "
                    f"here, the standard asks for version {m.suite.version}"
                )
            names = [x.name for x in suite.measures]
            if m.measure not in names:
                raise StandardError(
                    f"{source}: metric {m.id}: suite {m.suite.id} has no measure "
                    f"{m.measure!r} (it has: {', '.join(names)})"
                )
            direction = next(x.higher_is_worse for x in suite.measures if x.name == m.measure)
            if direction != m.higher_is_worse:
                raise StandardError(
                    f"{source}: metric {m.id}: higher_is_worse is {m.higher_is_worse}, but "
                    f"for {m.suite.id}/{m.measure} a higher rate is "
                    f"{'worse' if direction else 'better'}"
                )


def shipped_standards() -> list[str]:
    """The names of the standards that ship in the package."""
    folder = resources.files("redline.eval").joinpath("data", "standards")
    return sorted(
        p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml")
    )


def parse_standard(text: str, source: str = "<string>", *, check_suites: bool = True) -> Standard:
    """Validate a standard from YAML text."""
    std = parse_yaml_model(
        text,
        source,
        Standard,
        StandardError,
        what="standard",
        max_chars=MAX_STANDARD_BYTES,
        empty_hint="expected a mapping with `standard`, `version` and `metrics`",
    )
    if check_suites:
        std.check_suites(source)
    return std


def load_standard(name_or_path: str | Path, *, check_suites: bool = True) -> Standard:
    """A shipped standard by name (`redline-cyber-v1`) or a standard file by path."""
    raw = str(name_or_path)
    if raw in shipped_standards():
        res = resources.files("redline.eval").joinpath("data", "standards", f"{raw}.yaml")
        return parse_standard(
            res.read_text(encoding="utf-8"), f"{raw}.yaml", check_suites=check_suites
        )
    path = Path(raw)
    if not path.exists() and path.suffix not in (".yaml", ".yml"):
        known = ", ".join(shipped_standards())
        raise StandardError(
            f"{raw}: no such standard file, and no shipped standard of that name (shipped: {known})"
        )
    text = read_text_file(path, StandardError, what="standard", max_bytes=MAX_STANDARD_BYTES)
    return parse_standard(text, str(path), check_suites=check_suites)
