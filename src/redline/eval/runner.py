"""Run suites against a target: bounded concurrency, k samples per case, cache and resume, fail
fast, then metrics with bootstrap intervals against the standard, recorded in the history.

`await run_eval(plan, target, RunDir(path))` -> the results (also written to `results.json`).
With a guard policy the plan has two conditions, `none` (the model alone) and `guard` (the same
model behind redline guard); both share one response cache, so a request the guard lets through
unchanged is sent to the model once.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from redline import __version__
from redline.eval.history import record_run
from redline.eval.standard import Metric, Standard, Status
from redline.eval.stats import bootstrap_rate
from redline.eval.store import CachingTarget, RunDir, RunDirError
from redline.eval.suites import Suite, SuiteError, get_suite
from redline.eval.types import Case, Outcome, Sampling, Target, TargetError

__all__ = ["RESULTS_FORMAT", "EvalError", "Plan", "aggregate", "run_eval", "select_cases"]

RESULTS_FORMAT = "redline-eval-results/1"
NONE, GUARD = "none", "guard"
T = TypeVar("T")


class EvalError(RuntimeError):
    """A run that cannot start or had to stop; the message says why and whether it can resume."""


@dataclass(frozen=True)
class Plan:
    """What to run. `suites` empty means every suite the standard uses; `limit` caps the cases
    per suite (spread evenly over the suite, so a short run still covers its breadth)."""

    standard: Standard
    suites: tuple[str, ...] = ()
    limit: int | None = None
    samples: int = 1
    sampling: Sampling = field(default_factory=Sampling)
    concurrency: int = 8
    profile: str | None = None
    guard: str | None = None  # a policy file, "default", or None for no guarded condition
    guard_digest: str | None = None

    def suite_ids(self) -> list[str]:
        used = [ref.id for ref in self.standard.suites()]
        if not self.suites:
            return used
        unknown = sorted(set(self.suites) - set(used))
        if unknown:
            raise EvalError(
                f"the standard {self.standard.name} uses no suite named {', '.join(unknown)} "
                f"(it uses: {', '.join(used)})"
            )
        return [s for s in used if s in self.suites]

    def conditions(self) -> list[str]:
        return [NONE, GUARD] if self.guard else [NONE]


def select_cases(cases: Sequence[T], limit: int | None) -> list[T]:
    """At most `limit` cases, taken at even steps through the suite's fixed order."""
    if limit is None or limit >= len(cases):
        return list(cases)
    step = len(cases) / limit
    return [cases[int(i * step)] for i in range(limit)]


def _fingerprint(plan: Plan, target: Target, suites: Sequence[Suite]) -> dict[str, Any]:
    return {
        "model": target.model,
        "endpoint": target.endpoint,
        "standard": plan.standard.name,
        "sampling": plan.sampling.model_dump(),
        "samples": plan.samples,
        "suites": {s.id: s.version for s in suites},
        "limit": plan.limit,
        "guard": plan.guard_digest,
    }


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _new_run_id(fingerprint: dict[str, Any]) -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    raw = json.dumps(fingerprint, sort_keys=True) + stamp + str(time.perf_counter_ns())
    return f"{stamp}-{hashlib.sha256(raw.encode()).hexdigest()[:8]}"


def _open_run(run: RunDir, plan: Plan, target: Target, suites: Sequence[Suite]) -> dict[str, Any]:
    fp = _fingerprint(plan, target, suites)
    record = run.read_run()
    if record is not None:
        if record.get("fingerprint") != fp:
            old = record.get("fingerprint") or {}
            diffs = [k for k in fp if old.get(k) != fp[k]]
            raise EvalError(
                f"{run.path} holds a run with different settings ({', '.join(diffs) or 'format'}); "
                "resume it with the same command, or choose another --out"
            )
        record["status"] = "running"
        record["resumed"] = int(record.get("resumed") or 0) + 1
        return record
    return {
        "id": _new_run_id(fp),
        "started": _now(),
        "status": "running",
        "model": target.model,
        "endpoint": target.endpoint,
        "standard": plan.standard.name,
        "profile": plan.profile,
        "guard": plan.guard,
        "sampling": plan.sampling.model_dump(),
        "samples": plan.samples,
        "suites": {s.id: s.version for s in suites},
        "limit": plan.limit,
        "fingerprint": fp,
        "run_dir": str(run.path.resolve()),
        "redline_version": __version__,
        "resumed": 0,
    }


Work = tuple[str, Suite, Case, int]


async def _drive(
    *,
    work: list[Work],
    targets: dict[str, Target],
    run: RunDir,
    sampling: Sampling,
    concurrency: int,
    progress: Callable[[int], None] | None,
) -> BaseException | None:
    """Score every item; stop at the first error and return it (outcomes so far are on disk)."""
    queue = iter(work)
    failure: list[BaseException] = []

    async def worker() -> None:
        for condition, suite, case, sample in queue:
            if failure:
                return
            try:
                outcome = await suite.run(case, targets[condition], sampling, sample)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # any failure stops the run; it stays resumable
                failure.append(exc)
                return
            run.add_outcome(condition, outcome)
            if progress is not None:
                progress(1)

    await asyncio.gather(*(worker() for _ in range(max(1, concurrency))))
    return failure[0] if failure else None


def _values(
    outcomes: Sequence[Outcome], measure: str, key: str | None = None
) -> dict[str, dict[str, list[bool]]]:
    """Per breakdown value (or "" for all), per case: the scored answers of `measure`."""
    out: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for o in outcomes:
        v = o.values.get(measure)
        if v is None:
            continue
        group = "" if key is None else o.labels.get(key, "")
        if key is not None and not group:
            continue
        out[group][o.case_id].append(bool(v))
    return out


def _metric_result(metric: Metric, outcomes: Sequence[Outcome], ran: bool) -> dict[str, Any]:
    values = _values(outcomes, metric.measure).get("", {})
    rate = bootstrap_rate(values)
    scored = sum(len(v) for v in values.values())
    breakdown: dict[str, dict[str, Any]] = {}
    for key in metric.breakdown:
        groups = _values(outcomes, metric.measure, key)
        if groups:
            breakdown[key] = {g: bootstrap_rate(v).to_json() for g, v in sorted(groups.items())}
    return {
        "title": metric.title,
        "suite": metric.suite.id,
        "suite_version": metric.suite.version,
        "measure": metric.measure,
        "judge": metric.judge,
        "higher_is_worse": metric.higher_is_worse,
        "alert": metric.alert,
        "red_line": metric.red_line,
        "decide_on": metric.decide_on,
        "pairs_with": metric.pairs_with,
        "frameworks": {k: list(v) for k, v in metric.frameworks.items()},
        "ran": ran,
        "answers": len(outcomes),
        "unscored": len(outcomes) - scored,
        "rate": rate.to_json(),
        "status": metric.status(rate.estimate, rate.low, rate.high).value,
        "breakdown": breakdown,
    }


def aggregate(
    standard: Standard, outcomes: Sequence[tuple[str, Outcome]], conditions: Sequence[str]
) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Every metric per condition, and warnings about metrics that measured nothing."""
    by: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    for condition, o in outcomes:
        by[(condition, o.suite)].append(o)
    metrics: dict[str, dict[str, Any]] = {}
    warnings: list[str] = []
    for condition in conditions:
        metrics[condition] = {}
        for m in standard.metrics:
            got = by.get((condition, m.suite.id), [])
            res = _metric_result(m, got, ran=bool(got))
            metrics[condition][m.id] = res
            if got and res["rate"]["n"] == 0:
                warnings.append(
                    f"{m.id} ({condition}): none of {len(got)} answers could be scored for "
                    f"{m.measure}; the metric is not measured"
                )
    return metrics, warnings


def gate_condition(conditions: Sequence[str]) -> str:
    """The condition a release gate decides on: guarded when there is one."""
    return GUARD if GUARD in conditions else NONE


async def run_eval(
    plan: Plan,
    target: Target,
    run: RunDir,
    *,
    guard_target: Callable[[Target], Target] | None = None,
    history: Path | None = None,
    progress: Callable[[int, int], Callable[[int], None]] | None = None,
) -> dict[str, Any]:
    """Run the plan; write and return the results. Raise EvalError when it cannot finish."""
    try:
        suites = [get_suite(s) for s in plan.suite_ids()]
    except SuiteError as exc:
        raise EvalError(str(exc)) from None
    if plan.guard and guard_target is None:
        raise EvalError("the plan has a guard policy but no guarded target was given")
    chosen: dict[str, list[Case]] = {}
    for suite in suites:
        cases = select_cases(suite.cases(), plan.limit)
        if not cases:
            raise EvalError(f"suite {suite.id} has no cases to run")
        chosen[suite.id] = cases
    try:
        record = _open_run(run, plan, target, suites)
        run.write_run(record)
    except (RunDirError, OSError) as exc:
        raise EvalError(f"{run.path}: cannot use the run directory: {exc}") from None

    cache = CachingTarget(target, run)
    targets: dict[str, Target] = {NONE: cache}
    if plan.guard and guard_target is not None:
        targets[GUARD] = guard_target(cache)
    done = {(c, o.suite, o.case_id, o.sample) for c, o in run.outcomes()}
    work: list[Work] = [
        (condition, suite, case, sample)
        for condition in plan.conditions()
        for suite in suites
        for case in chosen[suite.id]
        for sample in range(plan.samples)
        if (condition, suite.id, case.id, sample) not in done
    ]
    total = len(plan.conditions()) * sum(len(c) for c in chosen.values()) * plan.samples
    tick = progress(total, total - len(work)) if progress is not None else None
    started = time.perf_counter()
    try:
        failure = await _drive(
            work=work,
            targets=targets,
            run=run,
            sampling=plan.sampling,
            concurrency=plan.concurrency,
            progress=tick,
        )
    finally:
        run.close()
    counts = {
        "requests_sent": cache.sent,
        "responses_cached": cache.cached,
        "outcomes_resumed": total - len(work),
    }
    if failure is not None:
        record.update(status="interrupted", error=str(failure), counts=counts)
        run.write_run(record)
        kind = "the model" if isinstance(failure, TargetError) else "a suite"
        scored = len(run.outcomes())
        raise EvalError(
            f"{kind} failed: {failure}. {scored} of {total} answers are scored and saved in "
            f"{run.path}; run the same command again to resume"
        ) from failure
    conditions = plan.conditions()
    kept = {(s, c.id) for s, cases in chosen.items() for c in cases}
    outcomes = [
        (c, o)
        for c, o in run.outcomes()
        if (o.suite, o.case_id) in kept and o.sample < plan.samples
    ]
    metrics, warnings = aggregate(plan.standard, outcomes, conditions)
    gate_on = gate_condition(conditions)
    crossed = sorted(m for m, r in metrics[gate_on].items() if r["status"] == Status.CROSSED.value)
    record.update(status="complete", finished=_now(), counts=counts)
    record["seconds"] = round(record.get("seconds", 0.0) + time.perf_counter() - started, 3)
    results: dict[str, Any] = {
        "format": RESULTS_FORMAT,
        "run": record,
        "standard": {"name": plan.standard.name, **plan.standard.model_dump(mode="json")},
        "conditions": conditions,
        "gate_condition": gate_on,
        "crossed": crossed,
        "metrics": metrics,
        "cases": {s: len(c) for s, c in chosen.items()},
        "warnings": warnings,
    }
    run.write_results(results)
    run.write_run(record)
    if history is not None:
        record_run(history, results)
    return results
