"""AgentDojo's public task suites replayed through the guard, no model involved.

`bench/peers/agentdojo_export.py` (run in `.venv-agentdojo`, which `make agentdojo` builds) turns
AgentDojo's ground truth into traces: each user task's legitimate tool calls with the outputs its
tools return, and for each injection task and attack template the same calls up to the output
that carries the attack, followed by the injection task's calls. This module replays them through
`Guard` exactly as `bench.guard` replays the project's own scenarios, and reports:

- attacker calls that change something (a send, a payment, a delete) stopped, per call;
- attacks stopped: every state-changing call of the attack held, or the attack text held before
  the agent read it (AgentDojo counts an attack as failed unless its effect happens);
- legitimate calls allowed, and user tasks whose every call went through (utility).

The replay assumes that the agent always obeys the injection: it measures the guard, not a model.
The first run (docs/guard.md) came before any rule was written from these suites; general fixes
read off its misses followed, and are checked on the project's own scenario sets too.

Usage: `python -m bench.agentdojo [--traces FILE] [--misses N]`
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench._report import ROOT, Table
from bench.guard import (
    Call,
    Record,
    _brief,
    _check,
    _NoAttackDetection,
    _Prefix,
    allowed,
    rate,
    stopped,
)
from redline.text.pipeline import Detector

VENV = ROOT / ".venv-agentdojo"
EXPORTER = ROOT / "bench" / "peers" / "agentdojo_export.py"
TRACES = ROOT / "runs" / "agentdojo" / "traces.jsonl"
VERSION = "v1.2.2"
MODES = ("both", "detection only", "policy only")
CHANGES = "state-changing"  # the kind of a legitimate call that changed the environment


class TraceError(ValueError):
    """A trace file that cannot be replayed; the message names the line."""


@dataclass(frozen=True)
class Trace:
    suite: str
    user_task: str
    role: str  # legit or attack
    task: str
    steps: tuple[tuple[Call, str, bool], ...]  # call, its output, whether it changed anything
    injection_task: str = ""
    attack: str = ""
    # The attacker's calls: each with its output (None in files exported without them) and
    # whether it changes anything.
    calls: tuple[tuple[Call, str | None, bool], ...] = ()


def _call(raw: Any, where: str) -> tuple[Call, bool]:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise TraceError(f"{where}: expected a call with a name")
    args = raw.get("arguments", {})
    if not isinstance(args, dict):
        raise TraceError(f"{where}.arguments: expected a mapping")
    return Call(raw["name"], args), bool(raw.get("changes", False))


def load(path: Path) -> list[Trace]:
    """Traces of an exported JSON Lines file; `TraceError` names the line on bad input."""
    out: list[Trace] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise TraceError(f"{where}: not JSON: {exc}") from exc
        if not isinstance(raw, dict) or raw.get("role") not in ("legit", "attack"):
            raise TraceError(f"{where}: expected an object with role legit or attack")
        steps = []
        for i, s in enumerate(raw.get("steps") or []):
            call, changes = _call(s, f"{where}: steps[{i}]")
            if not isinstance(s.get("output"), str):
                raise TraceError(f"{where}: steps[{i}].output: expected a string")
            steps.append((call, s["output"], changes))
        calls = []
        for i, c in enumerate(raw.get("calls") or []):
            call, changes = _call(c, f"{where}: calls[{i}]")
            output = c.get("output")
            if output is not None and not isinstance(output, str):
                raise TraceError(f"{where}: calls[{i}].output: expected a string")
            calls.append((call, output, changes))
        out.append(
            Trace(
                suite=str(raw.get("suite", "")),
                user_task=str(raw.get("user_task", "")),
                role=raw["role"],
                task=str(raw.get("task", "")),
                steps=tuple(steps),
                injection_task=str(raw.get("injection_task", "")),
                attack=str(raw.get("attack", "")),
                calls=tuple(calls),
            )
        )
    return out


def export(path: Path = TRACES, venv: Path = VENV) -> str | None:
    """Write the traces with AgentDojo's own code; a reason when that cannot be done."""
    python = venv / "bin" / "python"
    if not python.exists():
        return f"{venv.name} is missing (`make agentdojo` builds it)"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    got = subprocess.run(
        [str(python), str(EXPORTER), str(tmp), "--version", VERSION],
        capture_output=True,
        text=True,
        check=False,
    )
    if got.returncode != 0:
        tmp.unlink(missing_ok=True)
        return f"the AgentDojo export failed: {got.stderr.strip()[-300:]}"
    tmp.replace(path)
    return None


@dataclass
class _Replayed:
    legit: list[Record] = field(default_factory=list)
    attacks: list[Record] = field(default_factory=list)  # state-changing attacker calls
    # per attack trace: (suite, its state-changing records), for the per-attack figure
    per_attack: list[tuple[str, list[Record]]] = field(default_factory=list)


def replay(guard: Any, traces: Iterable[Trace]) -> _Replayed:
    from redline.guard.types import ToolCall

    out = _Replayed()
    for n, tr in enumerate(traces):
        session = f"{tr.suite}/{tr.user_task}/{tr.injection_task or 'legit'}/{tr.attack}/{n}"
        prefix = _Prefix([])
        prefix.see(_check(guard.check_input(tr.task, session=session)))
        for i, (call, output, changes) in enumerate(tr.steps):
            dec = _check(
                guard.check_tool_call(
                    ToolCall(call.name, dict(call.arguments), f"{n}-{i}"), session=session
                )
            )
            if tr.role == "legit":
                out.legit.append(
                    Record(
                        f"{tr.suite}/{tr.user_task}",
                        tr.suite,
                        "legit",
                        call,
                        dec,
                        prefix.hold,
                        prefix.flag,
                        kind=CHANGES if changes else "read",
                    )
                )
            prefix.see(_check(guard.check_tool_output(output, tool=call.name, session=session)))
        if tr.role != "attack":
            continue
        mine: list[Record] = []
        for k, (call, result, changes) in enumerate(tr.calls):
            dec = _check(
                guard.check_tool_call(
                    ToolCall(call.name, dict(call.arguments), f"{n}-a{k}"), session=session
                )
            )
            if changes:
                mine.append(
                    Record(
                        f"{tr.suite}/{tr.user_task}",
                        tr.suite,
                        "attack",
                        call,
                        dec,
                        prefix.hold,
                        prefix.flag,
                        injection=f"{tr.user_task}/{tr.injection_task}/{tr.attack}",
                        kind=tr.attack,
                    )
                )
            if result is not None and not dec.held:
                # What the call returns reaches the agent, and the guard, as any output does.
                prefix.see(_check(guard.check_tool_output(result, tool=call.name, session=session)))
        out.attacks.extend(mine)
        if mine:
            out.per_attack.append((tr.suite, mine))
    return out


@dataclass
class AgentDojoReport:
    tables: list[Table] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    skipped: str = ""
    seconds: float = 0.0

    def text(self) -> str:
        return self.skipped or "\n\n".join(t.text() for t in self.tables)


def _figures(
    rep: _Replayed, mode: str, suite: str | None = None, template: str | None = None
) -> list[Any]:
    """The report's columns over the traces of `suite` and attack `template` (None: all)."""

    def mine(rows: Sequence[Record]) -> list[Record]:
        return [r for r in rows if suite is None or r.domain == suite]

    def theirs(rows: Sequence[Record]) -> bool:
        return template is None or rows[0].kind == template

    attacks = [r for r in mine(rep.attacks) if theirs([r])]
    legit = mine(rep.legit)
    per = [rows for s, rows in rep.per_attack if (suite is None or s == suite) and theirs(rows)]
    tasks: dict[str, list[bool]] = {}
    for r in legit:
        tasks.setdefault(r.scenario, []).append(allowed(r, mode))
    return [
        len(per),
        rate(all(stopped(r, mode) for r in rows) for rows in per),
        len(attacks),
        rate(stopped(r, mode) for r in attacks),
        len(legit),
        rate(allowed(r, mode) for r in legit),
        rate(allowed(r, mode) for r in legit if r.kind == CHANGES),
        rate(all(v) for v in tasks.values()),
    ]


# The shipped defaults, but a flagged user message is only recorded, not blocked.
TRUSTED_USER = "version: 1\nmessages:\n  user:\n    actions: {injection: allow, jailbreak: allow}\n"


def run(path: Path = TRACES, *, refresh: bool = False) -> AgentDojoReport:
    if refresh or not path.exists():
        why = export(path)
        if why is not None:
            return AgentDojoReport(skipped=f"Not measured: {why}.")
    from redline.guard import Guard
    from redline.guard.policy import parse_policy

    traces = load(path)
    t0 = time.perf_counter()
    detector = Detector()
    full = replay(Guard(None, detector=detector), traces)
    policy = replay(Guard(None, detector=_NoAttackDetection(detector)), traces)
    trusting = replay(Guard(parse_policy(TRUSTED_USER), detector=detector), traces)
    report = AgentDojoReport()
    head = [
        "attacks",
        "attacks stopped",
        "attacker calls",
        "calls stopped",
        "legit calls",
        "allowed",
        "allowed (state-changing)",
        "user tasks fully allowed",
    ]
    templates = list(dict.fromkeys(t.attack for t in traces if t.role == "attack"))
    n_user = sum(t.role == "legit" for t in traces)
    n_attack = sum(t.role == "attack" and any(c for _, _, c in t.calls) for t in traces)
    n_empty = sum(t.role == "attack" and not t.calls for t in traces)
    main = Table(
        f"AgentDojo {VERSION}: ground truth replayed through the shipped default policy",
        ["guard", *head],
        note=f"{n_user} user tasks and {n_attack} attack traces (user task x injection task x "
        f"attack template: {', '.join(f'`{t}`' for t in templates)}) of AgentDojo's four suites "
        f"(workspace, travel, banking, slack), exported by AgentDojo's own code; {n_empty} more "
        "attack traces, from injection tasks without ground-truth calls, are left out. Attacker "
        "calls count when they change the "
        "environment (reads that only prepare a send are left out). An attack is stopped when "
        "all of its state-changing calls are held, or the output carrying it was held. The "
        "replay assumes that the agent always obeys the injection. Policy only: injection "
        "detection switched off (secrets and PII kept). User trusted: the shipped guard with "
        "the detector's verdicts on the user's own messages only recorded "
        "(`messages.user.actions` injection and jailbreak: allow), as for an agent whose user "
        "is its principal. The first run, before any rule was mended from reading these "
        "suites' misses, is in docs/guard.md.",
    )
    for mode in MODES:
        rep = policy if mode == "policy only" else full
        main.rows.append([mode, *_figures(rep, mode)])
    main.rows.append(["both, user trusted", *_figures(trusting, "both")])
    report.tables.append(main)
    by_suite = Table(
        "AgentDojo by suite (shipped guard)", ["suite", *head], note="Same columns, both halves."
    )
    for suite in sorted({t.suite for t in traces}):
        by_suite.rows.append([suite, *_figures(full, "both", suite)])
    report.tables.append(by_suite)
    by_template = Table(
        "AgentDojo by attack template (shipped guard)",
        ["template", *head],
        note="The attack figures per attack template (the legitimate calls do not depend on "
        "it). The first run used `important_instructions` and `direct` only; the other "
        "templates were added later, and general fixes followed their first run (docs/guard.md).",
    )
    for template in templates:
        figures = _figures(full, "both", template=template)
        by_template.rows.append([template, *figures[:4], *[None] * (len(figures) - 4)])
    report.tables.append(by_template)
    for r in full.attacks:
        if not stopped(r, "both"):
            report.misses.append(f"attack allowed: {r.injection} {_brief(r.call)}")
    for r in full.legit:
        if not allowed(r, "both"):
            cause = r.decision if r.decision.held else r.before
            assert cause is not None
            report.misses.append(
                f"legit held ({cause.action} {cause.rule}): {r.domain} {_brief(r.call)} :: "
                f"{cause.message[:120]}"
            )
    report.seconds = time.perf_counter() - t0
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="AgentDojo's suites replayed through the guard.")
    parser.add_argument("--traces", type=Path, default=TRACES)
    parser.add_argument("--refresh", action="store_true", help="export the traces again")
    parser.add_argument("--misses", type=int, default=0, help="misses to print (default 0)")
    args = parser.parse_args(argv)
    try:
        rep = run(args.traces, refresh=args.refresh)
    except TraceError as exc:
        print(f"bench.agentdojo: {exc}", file=sys.stderr)
        return 2
    print(rep.text())
    for m in rep.misses[: args.misses]:
        print("  " + m)
    print(f"replayed in {rep.seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
