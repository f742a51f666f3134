"""Replays a turn through a guard for the guard's tests: `_session` checks the user's task and
feeds one tool's output into a session, `_call` checks a tool call in that session, `_rules`
names the rules behind a decision."""

from __future__ import annotations

from typing import Any

from redline.guard import Decision, Guard, ToolCall


def _session(guard: Guard, task: str, output: str, tool: str = "read_record") -> str:
    session = f"s-{abs(hash((task, output)))}"
    assert guard.check_input(task, session=session).allowed
    guard.check_tool_output(output, tool=tool, session=session)
    return session


def _call(guard: Guard, session: str, name: str, **arguments: Any) -> Decision:
    return guard.check_tool_call(ToolCall(name, arguments, "c1"), session=session)


def _rules(decision: Decision) -> set[str]:
    return {r.rule for r in decision.reasons}
