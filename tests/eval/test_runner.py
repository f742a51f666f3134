"""The runner: caching, resume, fail fast, intervals, history, gate and compare."""

from __future__ import annotations

import asyncio
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from redline.eval.gate import compare_runs, gate
from redline.eval.history import list_runs
from redline.eval.runner import EvalError, Plan, run_eval, select_cases
from redline.eval.standard import parse_standard
from redline.eval.store import RunDir
from redline.eval.testing import ScriptedTarget
from redline.eval.types import Request, Sampling

TOY_STANDARD = (Path(__file__).parent / "toy-standard.yaml").read_text(encoding="utf-8")


def leaky(request: Request) -> str:
    """Complies with about half the prompts, decided by the prompt's text."""
    text = str(request.messages[-1]["content"])
    odd = int(hashlib.sha256(text.encode()).hexdigest(), 16) % 2
    return "Sure, here is how: step 1 ..." if odd else "I can't help with that."


def _plan(**kw: object) -> Plan:
    return Plan(standard=parse_standard(TOY_STANDARD, "toy.yaml"), **kw)  # type: ignore[arg-type]


def _run(
    plan: Plan, target: ScriptedTarget, out: Path, history: Path | None = None
) -> dict[str, Any]:
    return asyncio.run(run_eval(plan, target, RunDir(out), history=history))


def test_rates_match_the_answers_and_intervals_bracket_them(tmp_path: Path) -> None:
    target = ScriptedTarget(leaky)
    results = _run(_plan(), target, tmp_path / "run")
    expected = sum(leaky(r).startswith("Sure") for r in target.requests) / 20
    rate = results["metrics"]["none"]["toy-compliance"]["rate"]
    assert rate["estimate"] == pytest.approx(expected)
    assert rate["low"] <= rate["estimate"] <= rate["high"]
    assert rate["n"] == 20
    assert rate["cases"] == 20
    groups = results["metrics"]["none"]["toy-compliance"]["breakdown"]["group"]
    assert set(groups) == {"even", "odd"}
    assert sum(g["n"] for g in groups.values()) == 20
    # The red line is 40 %: crossed exactly when the estimate reaches it.
    status = results["metrics"]["none"]["toy-compliance"]["status"]
    assert (status == "crossed") == (expected >= 0.4)


def test_every_raw_response_and_outcome_is_on_disk(tmp_path: Path) -> None:
    _run(_plan(), ScriptedTarget(leaky), tmp_path / "run")
    lines = (tmp_path / "run" / "responses.jsonl").read_text().splitlines()
    assert len(lines) == 20
    rec = json.loads(lines[0])
    assert {"key", "model", "endpoint", "messages", "sampling", "completion"} <= set(rec)
    assert len((tmp_path / "run" / "outcomes.jsonl").read_text().splitlines()) == 20
    assert json.loads((tmp_path / "run" / "run.json").read_text())["status"] == "complete"


def test_a_killed_run_resumes_without_resending_completed_requests(tmp_path: Path) -> None:
    out = tmp_path / "run"
    broken = ScriptedTarget(leaky, fail_at=7)
    with pytest.raises(EvalError, match="run the same command again to resume"):
        _run(_plan(concurrency=1), broken, out)
    assert json.loads((out / "run.json").read_text())["status"] == "interrupted"
    assert len(broken.requests) == 7
    healthy = ScriptedTarget(leaky)
    results = _run(_plan(concurrency=1), healthy, out)
    sent_before = {json.dumps(r.messages) for r in broken.requests}
    sent_now = {json.dumps(r.messages) for r in healthy.requests}
    assert not sent_before & sent_now  # zero completed requests re-sent
    assert len(healthy.requests) == 13
    assert results["run"]["counts"]["outcomes_resumed"] == 7
    assert results["metrics"]["none"]["toy-compliance"]["rate"]["n"] == 20


def test_a_finished_run_rerun_sends_nothing(tmp_path: Path) -> None:
    out = tmp_path / "run"
    _run(_plan(), ScriptedTarget(leaky), out)
    again = ScriptedTarget(leaky)
    results = _run(_plan(), again, out)
    assert again.requests == []
    assert results["run"]["resumed"] == 1


def test_responses_are_reused_from_cache_when_outcomes_are_lost(tmp_path: Path) -> None:
    out = tmp_path / "run"
    _run(_plan(), ScriptedTarget(leaky), out)
    (out / "outcomes.jsonl").unlink()
    again = ScriptedTarget(leaky)
    results = _run(_plan(), again, out)
    assert again.requests == []
    assert results["run"]["counts"]["responses_cached"] == 20


def test_a_new_run_directory_can_start_from_saved_answers(tmp_path: Path) -> None:
    first = tmp_path / "first"
    _run(_plan(), ScriptedTarget(leaky), first)
    # Settings that do not shape the requests (here the guard policy digest) make a new run
    # directory necessary; the saved answers carry over.
    with pytest.raises(EvalError, match="different settings"):
        _run(_plan(guard_digest="another-policy"), ScriptedTarget(leaky), first)
    second = tmp_path / "second"
    second.mkdir()
    (second / "responses.jsonl").write_bytes((first / "responses.jsonl").read_bytes())
    again = ScriptedTarget(leaky)
    results = _run(_plan(guard_digest="another-policy"), again, second)
    assert again.requests == []
    assert results["run"]["counts"]["responses_cached"] == 20
    assert results["metrics"]["none"]["toy-compliance"]["rate"]["n"] == 20


def test_a_torn_last_line_is_ignored_on_resume(tmp_path: Path) -> None:
    out = tmp_path / "run"
    with pytest.raises(EvalError):
        _run(_plan(concurrency=1), ScriptedTarget(leaky, fail_at=5), out)
    with (out / "outcomes.jsonl").open("a") as fh:
        fh.write('{"condition": "none", "suite": "to')  # killed mid-write
    results = _run(_plan(concurrency=1), ScriptedTarget(leaky), out)
    assert results["metrics"]["none"]["toy-compliance"]["rate"]["n"] == 20
    for line in (out / "outcomes.jsonl").read_text().splitlines():
        json.loads(line)


def test_a_run_directory_of_other_settings_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "run"
    _run(_plan(), ScriptedTarget(leaky), out)
    with pytest.raises(EvalError, match=r"different settings.*sampling"):
        _run(_plan(sampling=Sampling(temperature=0.7)), ScriptedTarget(leaky), out)
    with pytest.raises(EvalError, match="model"):
        _run(_plan(), ScriptedTarget(leaky, model="other"), out)


def test_cache_keys_cover_sampling_sample_index_and_messages() -> None:
    msgs = ({"role": "user", "content": "hi"},)
    base = Request(msgs)
    assert base.key("m", "e") == Request(msgs).key("m", "e")
    assert base.key("m", "e") != Request(msgs, sample=1).key("m", "e")
    assert base.key("m", "e") != Request(msgs, Sampling(temperature=0.6)).key("m", "e")
    assert base.key("m", "e") != Request(msgs, Sampling(max_tokens=10)).key("m", "e")
    assert base.key("m", "e") != base.key("m2", "e") != base.key("m", "e2")
    other = ({"role": "user", "content": "hi "},)
    assert base.key("m", "e") != Request(other).key("m", "e")


def test_samples_are_drawn_with_distinct_seeds(tmp_path: Path) -> None:
    target = ScriptedTarget(leaky)
    results = _run(_plan(samples=3, limit=4), target, tmp_path / "run")
    assert len(target.requests) == 12
    seeds = {(json.dumps(r.messages), r.seed) for r in target.requests}
    assert len(seeds) == 12
    rate = results["metrics"]["none"]["toy-compliance"]["rate"]
    assert rate["n"] == 12
    assert rate["cases"] == 4


def test_non_transient_errors_stop_at_once(tmp_path: Path) -> None:
    target = ScriptedTarget(leaky, fail_at=0)
    with pytest.raises(EvalError, match="the model failed: HTTP 401"):
        _run(_plan(concurrency=4), target, tmp_path / "run")
    assert target.requests == []


def test_unknown_suite_and_empty_selection_fail_fast(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="uses no suite named nope"):
        _run(_plan(suites=("nope",)), ScriptedTarget(leaky), tmp_path / "a")


def test_select_cases_spreads_over_the_suite() -> None:
    cases = list(range(100))
    assert select_cases(cases, 4) == [0, 25, 50, 75]
    assert select_cases(cases, None) == cases
    assert select_cases(cases[:3], 10) == cases[:3]


def test_unscorable_answers_are_counted_and_warned(tmp_path: Path) -> None:
    results = _run(_plan(), ScriptedTarget(lambda r: "  "), tmp_path / "run")
    m = results["metrics"]["none"]["toy-compliance"]
    assert m["status"] == "not-measured"
    assert m["unscored"] == 20
    assert any("toy-compliance" in w for w in results["warnings"])


def test_history_records_every_run(tmp_path: Path) -> None:
    hist = tmp_path / "h.sqlite"
    _run(_plan(), ScriptedTarget(leaky), tmp_path / "a", history=hist)
    _run(_plan(), ScriptedTarget(leaky, model="m2"), tmp_path / "b", history=hist)
    rows = list_runs(hist)
    assert {r.model for r in rows} == {"scripted", "m2"}
    assert [r.model for r in list_runs(hist, model="m2")] == ["m2"]


def test_gate_and_compare(tmp_path: Path) -> None:
    a = _run(_plan(), ScriptedTarget(lambda r: "I can't help with that."), tmp_path / "a")
    b = _run(_plan(), ScriptedTarget(lambda r: "Sure: step 1"), tmp_path / "b")
    assert gate(a).passed
    assert not gate(b).passed
    assert gate(b).crossed == ("toy-compliance",)
    _, _, changes = compare_runs(str(tmp_path / "a"), str(tmp_path / "b"))
    ch = {c.metric: c for c in changes}["toy-compliance"]
    assert ch.diff.delta == pytest.approx(1.0)
    assert ch.diff.paired
    assert ch.diff.significant
    assert ch.worse is True
    same = {c.metric: c for c in compare_runs(str(tmp_path / "a"), str(tmp_path / "a"))[2]}
    assert not same["toy-compliance"].diff.significant
