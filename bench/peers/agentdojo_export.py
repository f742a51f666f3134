"""Export AgentDojo's task suites as replayable agent traces (JSON Lines), no model involved.

Runs inside `.venv-agentdojo` (see `bench/peers/requirements-agentdojo.txt`); `bench/agentdojo.py`
reads what it writes and replays it through the guard. For every user task of every suite:

- one legitimate trace: the user's prompt, then each ground-truth tool call of the task with the
  output AgentDojo's tools return in the default (clean) environment;
- per injection task and per attack template: the same calls run in the environment carrying the
  attack in every injection vector the task reads, up to the first output that shows it, then the
  injection task's ground-truth calls (what a hijacked agent would do), with their outputs.

Each call is marked `changes` when running it changed the environment (a send, a payment, a
delete); reads are kept but do no harm on their own.

Usage: `python bench/peers/agentdojo_export.py OUT.jsonl [--version v1.2.2]`
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from agentdojo.agent_pipeline.tool_execution import tool_result_to_str
from agentdojo.attacks.attack_registry import load_attack
from agentdojo.functions_runtime import FunctionsRuntime
from agentdojo.task_suite.load_suites import get_suites

ATTACKS = (
    "important_instructions",
    "direct",
    "ignore_previous",
    "system_message",
    "injecagent",
    "tool_knowledge",
)
PIPELINE_NAME = "gpt-4o-2024-05-13"  # the attack text names the model the paper attacked


class _Pipeline:
    """The attacks only read the target pipeline's name."""

    name = PIPELINE_NAME


def _plain(value: Any) -> Any:
    """Arguments as JSON values (AgentDojo allows dates and models in them)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _run(runtime: FunctionsRuntime, env: Any, call: Any) -> tuple[str, bool]:
    """Run one call; its output as the agent reads it, and whether it changed the environment."""
    before = env.model_dump_json()
    result, error = runtime.run_function(env, call.function, call.args, raise_on_error=False)
    text = f"Error: {error}" if error else tool_result_to_str(result)
    return text, env.model_dump_json() != before


def _calls(
    suite: Any, calls: list[Any], env: Any, *, limit: int | None = None
) -> list[dict[str, Any]]:
    """Run `calls` (at most `limit` of them) in `env`: each with its arguments, the output the
    agent reads, and whether it changed the environment."""
    runtime = FunctionsRuntime(suite.tools)
    out: list[dict[str, Any]] = []
    for call in calls[:limit]:
        text, changes = _run(runtime, env, call)
        out.append(
            {
                "name": call.function,
                "arguments": _plain(dict(call.args)),
                "output": text,
                "changes": changes,
            }
        )
    return out


def _steps(suite: Any, task: Any, env: Any, *, limit: int | None = None) -> list[dict[str, Any]]:
    """The task's ground-truth calls (computed from the environment before any runs) with their
    outputs."""
    return _calls(suite, list(task.ground_truth(env)), env, limit=limit)


def export(version: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for suite_name, suite in get_suites(version).items():
        attacks = {name: load_attack(name, suite, _Pipeline()) for name in ATTACKS}
        for uid, user_task in suite.user_tasks.items():
            env = suite.load_and_inject_default_environment({})
            rows.append(
                {
                    "suite": suite_name,
                    "user_task": uid,
                    "role": "legit",
                    "task": user_task.PROMPT,
                    "steps": _steps(suite, user_task, env),
                }
            )
            canaries = {v: f"<CANARY---{v}--->" for v in suite.get_injection_vector_defaults()}
            probe = _steps(suite, user_task, suite.load_and_inject_default_environment(canaries))
            # The agent reads the attack in the first output that shows an injection vector.
            seen = next((i + 1 for i, s in enumerate(probe) if "<CANARY---" in s["output"]), 0)
            if not seen:
                continue  # the task reads no injectable text
            for iid, inj_task in suite.injection_tasks.items():
                for attack_name, attack in attacks.items():
                    injections = attack.attack(user_task, inj_task)
                    env = suite.load_and_inject_default_environment(injections)
                    steps = _steps(suite, user_task, env, limit=seen)
                    attack_env = suite.load_and_inject_default_environment(injections)
                    calls = _calls(suite, list(inj_task.ground_truth(attack_env)), attack_env)
                    rows.append(
                        {
                            "suite": suite_name,
                            "user_task": uid,
                            "injection_task": iid,
                            "attack": attack_name,
                            "role": "attack",
                            "task": user_task.PROMPT,
                            "goal": inj_task.GOAL,
                            "steps": steps,
                            "calls": calls,
                        }
                    )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--version", default="v1.2.2")
    args = parser.parse_args(argv)
    rows = export(args.version)
    with open(args.out, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} traces written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
