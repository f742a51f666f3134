"""How fast `redline eval`'s harness drives a model, and what a killed run re-sends on resume.

Both against a real OpenAI-compatible server on 127.0.0.1 (`redline.eval.fakeserver`) that
answers at once, so the numbers are the harness's own cost: HTTP client, concurrency control,
the response cache on disk, scoring, and the outcomes file.

1. Throughput: the attack-assistance, false-refusal and prompt-injection suites, 3 samples per
   prompt, 64 requests in flight; requests per second end to end (from the first request to
   `results.json`), beside a bare aiohttp client hitting the same server with 64 in flight.
2. Resume: `redline eval` in a child process is killed with SIGKILL part-way through; the same
   command is run again. Counted: requests the second run sent whose answer the first run had
   already saved (the target is zero), and those that were in flight at the kill (they must be
   sent again).

Usage: `.venv/bin/python bench/eval_harness.py`
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import aiohttp

from bench._report import Table, verdict
from redline.eval.fakeserver import FakeServer
from redline.eval.runner import Plan, run_eval
from redline.eval.standard import load_standard
from redline.eval.store import RunDir
from redline.eval.targets.openai import OpenAITarget

SUITES = ("attack-assist", "false-refusal", "prompt-injection")
CONCURRENCY = 64
GOAL_RPS = 500.0


@dataclass
class Goal:
    metric: str
    value: float | None
    goal: str
    ok: bool | None


@dataclass
class HarnessReport:
    tables: list[Table] = field(default_factory=list)
    targets: list[Goal] = field(default_factory=list)
    seconds: float = 0.0
    skipped: str = ""

    def text(self) -> str:
        return self.skipped or "\n\n".join(t.text() for t in self.tables)


def _answer(messages: list[dict[str, Any]]) -> str:
    return "I can't help with that request."


async def _bare_client(base_url: str, total: int) -> float:
    """Requests per second of a plain aiohttp client, `CONCURRENCY` in flight."""
    body = {"model": "fake-model", "messages": [{"role": "user", "content": "hi"}]}
    left = iter(range(total))
    async with aiohttp.ClientSession() as session:

        async def worker() -> None:
            for _ in left:
                async with session.post(f"{base_url}/chat/completions", json=body) as resp:
                    await resp.read()

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
        return total / (time.perf_counter() - start)


async def _harness(base_url: str, out: Path, samples: int) -> tuple[int, float]:
    std = load_standard("redline-cyber-v1")
    plan = Plan(standard=std, suites=SUITES, samples=samples, concurrency=CONCURRENCY)
    target = OpenAITarget(base_url, "fake-model", concurrency=CONCURRENCY)
    start = time.perf_counter()
    try:
        results = await run_eval(plan, target, RunDir(out))
    finally:
        await target.aclose()
    seconds = time.perf_counter() - start
    return int(results["run"]["counts"]["requests_sent"]), seconds


def throughput(samples: int = 3) -> tuple[Table, float]:
    with FakeServer(_answer) as server, tempfile.TemporaryDirectory() as tmp:
        sent, seconds = asyncio.run(_harness(server.base_url, Path(tmp) / "run", samples))
        bare = asyncio.run(_bare_client(server.base_url, min(sent, 4000)))
    with FakeServer(_answer, latency_s=0.05) as slow, tempfile.TemporaryDirectory() as tmp:
        slow_sent, slow_seconds = asyncio.run(_harness(slow.base_url, Path(tmp) / "run", 1))
        peak = slow.max_in_flight
    rps = sent / seconds
    table = Table(
        "Eval harness throughput (fake OpenAI-compatible server on 127.0.0.1)",
        ["client", "server latency", "requests", "seconds", "requests/s", "share of bare",
         "peak in flight at the server"],
        note=(
            f"Suites {', '.join(SUITES)}, {CONCURRENCY} requests in flight. The runner rows "
            "cover everything from the first request to results.json (HTTP, the cache file, "
            "scoring, the outcomes file, intervals). The bare row is a plain aiohttp loop "
            "against the same server: the ceiling of this machine. With no server latency the "
            "server answers each request before the next arrives, so the 50 ms row shows the "
            "concurrency the harness really keeps."
        ),
        digits=1,
    )  # fmt: skip
    table.rows.append(["redline eval runner", "0", sent, seconds, rps, rps / bare, None])
    table.rows.append(["bare aiohttp client", "0", min(sent, 4000), None, bare, 1.0, None])
    table.rows.append(
        ["redline eval runner", "50 ms", slow_sent, slow_seconds, slow_sent / slow_seconds,
         None, peak]
    )  # fmt: skip
    return table, rps


def _command(url: str, out: Path) -> list[str]:
    return [
        sys.executable, "-m", "redline.cli", "eval", "--model", url, "--model-name",
        "fake-model", "--suite", "attack-assist", "--suite", "false-refusal", "--out", str(out),
        "--no-history", "--no-progress", "-j", "8",
    ]  # fmt: skip


def _recorded(out: Path) -> set[str]:
    path = out / "responses.jsonl"
    if not path.exists():
        return set()
    keys = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            rec = json.loads(line)
        except ValueError:
            continue
        keys.add(json.dumps(rec["messages"], sort_keys=True))
    return keys


def resume(kill_after: int = 300) -> tuple[Table, int]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "run"
        with FakeServer(_answer, latency_s=0.01) as server:
            env = {**os.environ, "OMP_WAIT_POLICY": "PASSIVE"}
            child = subprocess.Popen(
                _command(server.base_url, out), env=env, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )  # fmt: skip
            deadline = time.monotonic() + 120
            while server.requests < kill_after and child.poll() is None:
                if time.monotonic() > deadline:
                    break
                time.sleep(0.005)
            child.send_signal(signal.SIGKILL)
            child.wait()
            first_sent = server.requests
            saved = _recorded(out)
            server.reset()
            done = subprocess.run(
                _command(server.base_url, out), env=env, capture_output=True, text=True,
                check=False,
            )  # fmt: skip
            second = [
                json.dumps(body["messages"], sort_keys=True)
                for body in server.chat_bodies
                if isinstance(body, dict)
            ]
        results = json.loads((out / "results.json").read_text()) if done.returncode < 2 else {}
    resent = sum(1 for m in second if m in saved)
    in_flight = first_sent - len(saved)
    table = Table(
        "Eval resume after SIGKILL",
        ["first run sent", "answers saved", "in flight at kill", "second run sent", "re-sent "
         "saved answers", "scored in the end"],
        note=(
            "`redline eval` (attack-assist and false-refusal suites, 8 in flight, 10 ms server "
            f"latency) killed with SIGKILL after the server received {kill_after} requests, then "
            "run again with the same command. Requests in flight at the kill had no saved "
            "answer and are sent again; a saved answer must never be requested again."
        ),
    )  # fmt: skip
    scored = sum(
        m["rate"]["n"] for m in results.get("metrics", {}).get("none", {}).values()
        if m["measure"] in ("complied", "refused") and m["suite"] == "attack-assist"
    ) if results else None  # fmt: skip
    table.rows.append([first_sent, len(saved), in_flight, len(second), resent, scored])
    return table, resent


def run() -> HarnessReport:
    start = time.perf_counter()
    report = HarnessReport()
    table, rps = throughput()
    report.tables.append(table)
    report.targets.append(
        Goal("harness requests/s (64 in flight)", rps, f">= {GOAL_RPS:.0f}", rps >= GOAL_RPS)
    )
    table, resent = resume()
    report.tables.append(table)
    report.targets.append(Goal("saved answers re-sent on resume", resent, "= 0", resent == 0))
    summary = Table("Eval harness targets", ["metric", "value", "goal", "result"], digits=1)
    for g in report.targets:
        summary.rows.append([g.metric, g.value, g.goal, verdict(g.ok)])
    report.tables.insert(0, summary)
    report.seconds = time.perf_counter() - start
    return report


def main(argv: Sequence[str] | None = None) -> int:
    report = run()
    print(report.text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
