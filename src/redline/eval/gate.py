"""The release gate and run-to-run comparison, read from run directories."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from redline.eval.stats import Difference, difference
from redline.eval.store import RunDir, RunDirError

__all__ = ["Change", "GateResult", "compare_runs", "gate"]


@dataclass(frozen=True)
class GateResult:
    """The gate's decision for one condition: the metrics that crossed a red line or alerted,
    and those not measured."""

    condition: str
    crossed: tuple[str, ...]
    alerts: tuple[str, ...]
    not_measured: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]

    @property
    def passed(self) -> bool:
        return not self.crossed

    @property
    def lines_measured(self) -> int:
        """How many metrics with a red line were measured: a gate on none decides nothing."""
        return sum(
            1
            for row in self.rows
            if row.get("red_line") is not None and row["status"] != "not-measured"
        )


def gate(results: dict[str, Any], condition: str | None = None) -> GateResult:
    """Decide on `condition` (default: the run's gate condition, guarded when present)."""
    conditions = results.get("conditions") or ["none"]
    chosen = condition or results.get("gate_condition") or conditions[0]
    if chosen not in results["metrics"]:
        raise RunDirError(
            f"the run has no condition {chosen!r} (it has: {', '.join(results['metrics'])})"
        )
    rows: list[dict[str, Any]] = []
    crossed, alerts, missing = [], [], []
    for metric_id, m in results["metrics"][chosen].items():
        status = m["status"]
        rows.append({"metric": metric_id, **m})
        if status == "crossed":
            crossed.append(metric_id)
        elif status == "alert":
            alerts.append(metric_id)
        elif status == "not-measured":
            missing.append(metric_id)
    return GateResult(chosen, tuple(crossed), tuple(alerts), tuple(missing), tuple(rows))


@dataclass(frozen=True)
class Change:
    """How one metric moved from run A to run B in one condition."""

    metric: str
    condition: str
    a: float | None
    b: float | None
    diff: Difference
    worse: bool | None  # None when not significant or not measured

    def to_json(self) -> dict[str, Any]:
        return {
            "metric": self.metric,
            "condition": self.condition,
            "a": self.a,
            "b": self.b,
            **self.diff.to_json(),
            "worse": self.worse,
        }


def _per_case(run: RunDir) -> dict[tuple[str, str, str], dict[str, list[bool]]]:
    """(condition, suite, measure) -> case id -> scored answers."""
    out: dict[tuple[str, str, str], dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for condition, o in run.outcomes():
        for measure, value in o.values.items():
            if value is not None:
                out[(condition, o.suite, measure)][o.case_id].append(bool(value))
    return out


def compare_runs(dir_a: str, dir_b: str) -> tuple[dict[str, Any], dict[str, Any], list[Change]]:
    """Per metric and condition: B - A with a 95 % interval and a bootstrap p-value (paired
    over the cases both runs scored)."""
    run_a, run_b = RunDir(dir_a), RunDir(dir_b)
    res_a, res_b = run_a.read_results(), run_b.read_results()
    cases_a, cases_b = _per_case(run_a), _per_case(run_b)
    changes: list[Change] = []
    for condition, metrics in res_b["metrics"].items():
        if condition not in res_a["metrics"]:
            continue
        for metric_id, mb in metrics.items():
            ma = res_a["metrics"][condition].get(metric_id)
            if ma is None:
                continue
            key = (condition, mb["suite"], mb["measure"])
            diff = difference(cases_a.get(key, {}), cases_b.get(key, {}))
            worse: bool | None = None
            if diff.significant and diff.delta is not None:
                worse = diff.delta > 0 if mb["higher_is_worse"] else diff.delta < 0
            changes.append(
                Change(
                    metric_id,
                    condition,
                    ma["rate"]["estimate"],
                    mb["rate"]["estimate"],
                    diff,
                    worse,
                )
            )
    return res_a, res_b, changes
