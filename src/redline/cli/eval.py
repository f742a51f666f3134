"""`redline eval`, `redline gate`, `redline compare`, `redline report` and `redline history`.

Exit status: `eval` 0 when the run finished and no red line is crossed, 1 when one is, 2 on an
error (a bad standard, an unreachable model, a run that had to stop: run the same command again
to resume it). `gate` 0 pass, 1 a red line crossed, 2 an error. `compare`, `report` and
`history` 0, or 2 on an error.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from redline.cli.app import _fail, app

if TYPE_CHECKING:
    from redline.eval.types import Target

EMBEDDED = "embedded"


class EvalFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


HistoryOption = Annotated[
    Path | None,
    typer.Option(
        "--history",
        metavar="PATH",
        help=(
            "SQLite run history. "
            "[default: $REDLINE_HISTORY or ~/.local/share/redline/history.sqlite]"
        ),
        show_default=False,
    ),
]


def _pct(x: float | None) -> str:
    return "   -  " if x is None else f"{100 * x:5.1f}%"


def _embedded_workers() -> int:
    """Copies of the embedded model to run side by side: one single-threaded copy per CPU (up
    to 8); a 135M model gains more from that than from more threads in one copy."""
    return max(1, min(8, os.cpu_count() or 1))


async def _open_target(  # noqa: PLR0917 - the options that shape a target
    model: str,
    model_name: str | None,
    api_key_env: str,
    concurrency: int,
    rate: float | None,
    timeout: float,
) -> Target:
    """The target `--model` names, checked: the embedded model, or an OpenAI-compatible base
    URL that answers and serves the model (picked when it serves only one)."""
    if model in ("", EMBEDDED):
        from redline.eval.targets.embedded import EmbeddedTarget

        return EmbeddedTarget(workers=_embedded_workers())
    if not model.startswith(("http://", "https://")):
        raise ValueError(
            "--model: expected `embedded` or an http(s) base URL such as "
            f"http://127.0.0.1:8000/v1, not {model!r}"
        )
    from redline.eval.targets.openai import OpenAITarget

    key = os.environ.get(api_key_env) if api_key_env else None
    name = model_name
    if not name:
        probe = OpenAITarget(model, "-", api_key=key, timeout_s=timeout)
        try:
            served = await probe.list_models()
        finally:
            await probe.aclose()
        if len(served) != 1:
            listed = f"{len(served)} models: {', '.join(served[:10])}" if served else "no model"
            raise ValueError(f"{model} serves {listed}; name one with --model-name")
        name = served[0]
    target = OpenAITarget(
        model, name, api_key=key, concurrency=concurrency, rate=rate, timeout_s=timeout
    )
    try:
        await target.check()
    except BaseException:
        await target.aclose()
        raise
    return target


def _progress(enabled: bool) -> tuple[Callable[[int, int], Callable[[int], None]] | None, Any]:
    if not enabled:
        return None, None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(
        TextColumn("eval"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )

    def start(total: int, done: int) -> Callable[[int], None]:
        bar.start()
        task = bar.add_task("eval", total=total, completed=done)
        return lambda n: bar.advance(task, n)

    return start, bar


def _summary_lines(results: dict[str, Any]) -> list[str]:
    lines = []
    run = results["run"]
    lines.append(f"{results['standard']['name']}  model {run['model']}  ({run['endpoint']})")
    conds = results["conditions"]
    head = f"{'metric':<28}" + "".join(f"{c:>22}" for c in conds) + "   alert  red line"
    lines.append(head)
    first = results["metrics"][conds[0]]
    for metric_id, m in first.items():
        cells = []
        for c in conds:
            r = results["metrics"][c][metric_id]
            rate = r["rate"]
            if rate["estimate"] is None:
                cells.append(f"{'not measured':>22}")
                continue
            ci = f"[{_pct(rate['low']).strip()}-{_pct(rate['high']).strip()}]"
            flag = {"crossed": "!!", "alert": "! "}.get(r["status"], "  ")
            cells.append(f"{_pct(rate['estimate'])} {ci:>13}{flag}")
        alert = _pct(m["alert"]) if m["alert"] is not None else "   -  "
        red = _pct(m["red_line"]) if m["red_line"] is not None else "   -  "
        lines.append(f"{metric_id:<28}" + "".join(cells) + f"  {alert}  {red}")
    return lines


@app.command("eval")
def eval_command(  # noqa: PLR0917 - one parameter per option, as typer wants
    model: Annotated[
        str,
        typer.Option(
            "--model",
            "-m",
            metavar="NAME|URL",
            help="`embedded` (the local SmolLM2-135M-Instruct) or an OpenAI-compatible base URL "
            "such as http://127.0.0.1:8000/v1.",
        ),
    ] = EMBEDDED,
    model_name: Annotated[
        str | None,
        typer.Option(
            "--model-name",
            metavar="NAME",
            help="The model to ask the endpoint for. [default: the one it serves]",
            show_default=False,
        ),
    ] = None,
    standard: Annotated[
        str,
        typer.Option(
            "--standard", "-s", metavar="NAME|FILE", help="A shipped standard or a standard file."
        ),
    ] = "redline-cyber-v1",
    suite: Annotated[
        list[str] | None,
        typer.Option(
            "--suite",
            metavar="ID",
            help="Run only this suite of the standard (repeatable).",
            show_default=False,
        ),
    ] = None,
    profile: Annotated[
        str | None,
        typer.Option(
            "--profile",
            metavar="NAME",
            help="A profile of the standard (quick, full).",
            show_default=False,
        ),
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit",
            "-n",
            min=1,
            metavar="N",
            help="At most N cases per suite, spread over the suite.",
            show_default=False,
        ),
    ] = None,
    samples: Annotated[
        int | None,
        typer.Option(
            "--samples",
            "-k",
            min=1,
            max=50,
            metavar="K",
            help="Answers per prompt. [default: the standard's]",
            show_default=False,
        ),
    ] = None,
    guard: Annotated[
        str | None,
        typer.Option(
            "--guard",
            metavar="POLICY",
            help="Also run every case behind redline guard with this policy file "
            "(`default` for the shipped policy).",
            show_default=False,
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            metavar="RUN_DIR",
            help="Run directory; an existing one is resumed. [default: runs/<time>-<model>]",
            show_default=False,
        ),
    ] = None,
    concurrency: Annotated[
        int,
        typer.Option(
            "--concurrency",
            "-j",
            min=1,
            max=512,
            help="Requests in flight at once (the embedded model runs one per CPU instead).",
        ),
    ] = 8,
    rate: Annotated[
        float | None,
        typer.Option(
            "--rate",
            min=0.01,
            metavar="RPS",
            help="At most this many requests per second.",
            show_default=False,
        ),
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", min=1.0, metavar="SECONDS", help="Per-request timeout.")
    ] = 120.0,
    api_key_env: Annotated[
        str,
        typer.Option(
            "--api-key-env",
            metavar="VAR",
            help="Environment variable holding the endpoint's API key.",
        ),
    ] = "OPENAI_API_KEY",
    cyberseceval: Annotated[
        Path | None,
        typer.Option(
            "--cyberseceval",
            metavar="DIR",
            help=(
                "Also run Meta CyberSecEval's dataset files found in DIR (PurpleLlama's "
                "CybersecurityBenchmarks/datasets) with redline's scorers."
            ),
            show_default=False,
        ),
    ] = None,
    judge_model: Annotated[
        str | None,
        typer.Option(
            "--judge-model",
            metavar="NAME|URL",
            help=(
                "LLM judge for CyberSecEval's prompt-injection questions: `same` (the model "
                "under test), `embedded`, or a base URL. [default: none; those cases are not "
                "scored]"
            ),
            show_default=False,
        ),
    ] = None,
    judge_model_name: Annotated[
        str | None,
        typer.Option(
            "--judge-model-name",
            metavar="NAME",
            show_default=False,
            help="The judge model to ask a judge endpoint for.",
        ),
    ] = None,
    history: HistoryOption = None,
    no_history: Annotated[
        bool, typer.Option("--no-history", help="Do not record the run in the history.")
    ] = False,
    output_format: Annotated[
        EvalFormat, typer.Option("--format", "-f", help="Output format.")
    ] = EvalFormat.TEXT,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Show a progress bar on stderr.")
    ] = True,
) -> None:
    """Measure a model against a red-line standard; write a run directory and its results."""
    from redline.eval.history import HistoryError, default_history_path
    from redline.eval.runner import EvalError, Plan, run_eval
    from redline.eval.standard import StandardError, load_standard
    from redline.eval.store import RunDir, RunDirError
    from redline.eval.suites import SuiteError
    from redline.eval.types import TargetError

    try:
        std = load_standard(standard)
    except StandardError as exc:
        _fail(str(exc))
    chosen = None
    if profile is not None:
        if profile not in std.profiles:
            _fail(
                f"--profile: the standard has no profile {profile!r} "
                f"(it has: {', '.join(std.profiles) or 'none'})"
            )
        chosen = std.profiles[profile]
    guard_digest = None
    guard_factory = None
    if guard is not None:
        from redline.cli.guard import _load_policy, _make_guard
        from redline.eval.targets.guarded import GuardedTarget

        policy_path = None if guard == "default" else Path(guard)
        policy = _load_policy(policy_path)
        text = policy.model_dump_json()
        guard_digest = hashlib.sha256(text.encode()).hexdigest()[:16]
        guard_obj = _make_guard(policy, None)
        guard_factory = lambda t: GuardedTarget(t, guard_obj)  # noqa: E731
    plan = Plan(
        standard=std,
        suites=tuple(suite or ()),
        limit=limit if limit is not None else (chosen.limit if chosen else None),
        samples=samples or (chosen.samples if chosen and chosen.samples else std.samples),
        sampling=(
            std.sampling.model_copy(update={"max_tokens": chosen.max_tokens})
            if chosen and chosen.max_tokens
            else std.sampling
        ),
        concurrency=_embedded_workers() if model in ("", EMBEDDED) else concurrency,
        profile=profile,
        guard=guard,
        guard_digest=guard_digest,
    )
    if out is None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        slug = "".join(ch if ch.isalnum() else "-" for ch in (model_name or model))[-40:]
        out = Path("runs") / f"{stamp}-{slug.strip('-') or 'model'}"
    hist = None if no_history else (history or default_history_path())
    start, bar = _progress(progress and output_format is EvalFormat.TEXT)

    async def go() -> dict[str, Any]:
        target = await _open_target(model, model_name, api_key_env, concurrency, rate, timeout)
        judge_target: Target | None = None
        try:
            run_plan = plan
            if cyberseceval is not None:
                from dataclasses import replace

                from redline.eval.adapters import cyberseceval_metrics
                from redline.eval.judges import LLMJudge

                ask = None
                judge_name = "llm-judge"
                if judge_model == "same":
                    judge_target = None
                    llm = LLMJudge(target)
                elif judge_model is not None:
                    judge_target = await _open_target(
                        judge_model, judge_model_name, api_key_env, concurrency, rate, timeout
                    )
                    llm = LLMJudge(judge_target)
                if judge_model is not None:
                    judge_name = llm.name

                    async def ask(question: str, answer: str) -> bool | None:
                        label = (await llm.judge(question, answer)).label
                        return {"yes": True, "no": False}.get(label)

                extra = cyberseceval_metrics(cyberseceval, judge=ask, judge_name=judge_name)
                std_x = std.model_copy(update={"metrics": (*std.metrics, *extra)})
                run_plan = replace(plan, standard=std_x)
            return await run_eval(
                run_plan,
                target,
                RunDir(out),
                guard_target=guard_factory,
                history=hist,
                progress=start,
            )
        finally:
            await target.aclose()
            if judge_target is not None:
                await judge_target.aclose()

    try:
        results = asyncio.run(go())
    except (
        EvalError,
        StandardError,
        RunDirError,
        HistoryError,
        TargetError,
        SuiteError,
        ValueError,
    ) as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail(f"interrupted; answers so far are saved in {out}: run the same command to resume")
    finally:
        if bar is not None:
            bar.stop()
    if output_format is EvalFormat.JSON:
        typer.echo(json.dumps(results, indent=2))
    else:
        for line in _summary_lines(results):
            typer.echo(line)
        for w in results["warnings"]:
            typer.echo(f"warning: {w}", err=True)
        counts = results["run"]["counts"]
        typer.echo(
            f"run directory: {out}  (requests sent {counts['requests_sent']}, "
            f"answered from cache {counts['responses_cached']})"
        )
        verdict = (
            ("red line crossed: " + ", ".join(results["crossed"]))
            if results["crossed"]
            else "no red line crossed"
        )
        typer.echo(f"{verdict} (condition: {results['gate_condition']})")
    raise typer.Exit(1 if results["crossed"] else 0)


class Condition(StrEnum):
    NONE = "none"
    GUARD = "guard"


@app.command("gate")
def gate_command(
    run_dir: Annotated[Path, typer.Argument(metavar="RUN_DIR", help="A finished run directory.")],
    condition: Annotated[
        Condition | None,
        typer.Option(
            "--condition",
            help="Decide on the model alone (none) or behind the guard. [default: guard when run]",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[EvalFormat, typer.Option("--format", "-f")] = EvalFormat.TEXT,
) -> None:
    """Exit 0 when no red line of the standard is crossed, 1 when one is, 2 on an error (or
    when no metric with a red line was measured: the gate decides nothing)."""
    from redline.eval.gate import gate
    from redline.eval.store import RunDir, RunDirError

    try:
        result = gate(RunDir(run_dir).read_results(), condition.value if condition else None)
    except RunDirError as exc:
        _fail(str(exc))
    if result.lines_measured == 0:
        _fail(
            f"{run_dir}: no metric with a red line was measured (condition {result.condition}); "
            "the gate has nothing to decide on"
        )
    if output_format is EvalFormat.JSON:
        typer.echo(
            json.dumps(
                {
                    "passed": result.passed,
                    "condition": result.condition,
                    "crossed": list(result.crossed),
                    "alerts": list(result.alerts),
                    "not_measured": list(result.not_measured),
                },
                indent=2,
            )
        )
    else:
        for row in result.rows:
            rate = row["rate"]
            typer.echo(
                f"{row['status']:<13} {row['metric']:<28} {_pct(rate['estimate'])}  "
                f"red line {_pct(row['red_line']) if row['red_line'] is not None else '  -'}"
            )
        typer.echo(
            ("PASS" if result.passed else "FAIL: red line crossed: " + ", ".join(result.crossed))
            + f" (condition: {result.condition})"
        )
    raise typer.Exit(0 if result.passed else 1)


@app.command("compare")
def compare_command(
    run_a: Annotated[Path, typer.Argument(metavar="RUN_A", help="The earlier run directory.")],
    run_b: Annotated[Path, typer.Argument(metavar="RUN_B", help="The later run directory.")],
    output_format: Annotated[EvalFormat, typer.Option("--format", "-f")] = EvalFormat.TEXT,
) -> None:
    """Per-metric change from RUN_A to RUN_B with 95 % intervals and bootstrap p-values."""
    from redline.eval.gate import compare_runs
    from redline.eval.store import RunDirError

    try:
        res_a, res_b, changes = compare_runs(str(run_a), str(run_b))
    except RunDirError as exc:
        _fail(str(exc))
    if output_format is EvalFormat.JSON:
        typer.echo(
            json.dumps(
                {
                    "a": res_a["run"]["id"],
                    "b": res_b["run"]["id"],
                    "changes": [c.to_json() for c in changes],
                },
                indent=2,
            )
        )
        return
    typer.echo(
        f"A {res_a['run']['model']} ({res_a['run']['id']})  ->  "
        f"B {res_b['run']['model']} ({res_b['run']['id']})"
    )
    typer.echo(f"{'metric':<28}{'condition':<10}{'A':>8}{'B':>8}{'B - A':>9}  95% interval      p")
    for c in changes:
        d = c.diff
        if d.delta is None:
            typer.echo(
                f"{c.metric:<28}{c.condition:<10}{_pct(c.a):>8}{_pct(c.b):>8}   not comparable"
            )
            continue
        mark = {True: "  worse", False: "  better", None: ""}[c.worse]
        typer.echo(
            f"{c.metric:<28}{c.condition:<10}{_pct(c.a):>8}{_pct(c.b):>8}"
            f"{100 * d.delta:+8.1f}  [{100 * (d.low or 0):+.1f}, {100 * (d.high or 0):+.1f}]"
            f"  {d.p_value:.3f}{mark}"
        )


@app.command("report")
def report_command(
    run_dir: Annotated[Path, typer.Argument(metavar="RUN", help="A finished run directory.")],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            metavar="FILE",
            help="HTML file to write. [default: RUN/report.html, with RUN/report.md beside it]",
            show_default=False,
        ),
    ] = None,
    history: HistoryOption = None,
) -> None:
    """Write a self-contained HTML scorecard and a Markdown summary of a run (with the model's
    earlier runs from the history, when there are any)."""
    from redline.eval.history import HistoryError, default_history_path
    from redline.eval.report import write_reports
    from redline.eval.store import RunDir, RunDirError

    try:
        html, md = write_reports(RunDir(run_dir), out, history=history or default_history_path())
    except (RunDirError, HistoryError, OSError) as exc:
        _fail(str(exc))
    typer.echo(f"wrote {html} and {md}")


@app.command("history")
def history_command(
    model: Annotated[
        str | None,
        typer.Option(
            "--model", metavar="NAME", help="Only runs of this model.", show_default=False
        ),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 20,
    history: HistoryOption = None,
    output_format: Annotated[EvalFormat, typer.Option("--format", "-f")] = EvalFormat.TEXT,
) -> None:
    """List recorded eval runs, newest first."""
    from redline.eval.history import HistoryError, default_history_path, list_runs

    try:
        rows = list_runs(history or default_history_path(), model=model, limit=limit)
    except HistoryError as exc:
        _fail(str(exc))
    if output_format is EvalFormat.JSON:
        typer.echo(json.dumps([r.__dict__ for r in rows], indent=2))
        return
    for r in rows:
        flag = "CROSSED" if r.crossed else "pass"
        typer.echo(
            f"{r.started}  {r.run_id}  {r.status:<11} {flag:<8} {r.model}  "
            f"{r.standard}  {r.profile or ''}  {r.run_dir}"
        )
