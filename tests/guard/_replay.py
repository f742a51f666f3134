"""Replays a turn through a guard for the guard's tests: `_session` checks the user's task and
feeds one tool's output into a session, `_call` checks a tool call in that session, `_rules`
names the rules behind a decision, `_ModelOnly` is a detector whose learned model alone reads
one channel's every text as an attack."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from redline.guard import Decision, Guard, ToolCall
from redline.text import Category, Hit, Status
from redline.text._spans import LineIndex
from redline.text.pipeline import Detector


def _session(guard: Guard, task: str, output: str, tool: str = "read_record") -> str:
    session = f"s-{abs(hash((task, output)))}"
    assert guard.check_input(task, session=session).allowed
    guard.check_tool_output(output, tool=tool, session=session)
    return session


def _call(guard: Guard, session: str, name: str, **arguments: Any) -> Decision:
    return guard.check_tool_call(ToolCall(name, arguments, "c1"), session=session)


def _rules(decision: Decision) -> set[str]:
    return {r.rule for r in decision.reasons}


class _ModelOnly(Detector):
    """Reads every text of `channel` (a user's message by default; "tool" for tool outputs)
    as an attack of `label` found by the learned model alone, the way a task list or a short
    record in a little-seen language can read to it; other channels as the real detector does."""

    def __init__(self, label: str, channel: str = "user") -> None:
        super().__init__()
        self.label = label
        self.channel = channel

    def detect(self, text: Any, **kw: Any) -> Any:
        verdict = super().detect(text, **kw)
        if kw.get("channel", "user") != self.channel:
            return verdict
        hit = Hit(
            Category(self.label),
            f"{self.label}.model",
            f"reads like {self.label} (learned model, this window)",
            LineIndex(text).span(0, len(text)),
            0.9,
        )
        return replace(verdict, label=self.label, score=0.9, status=Status.FLAGGED, hits=(hit,))
