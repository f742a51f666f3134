"""A target behind redline guard (#4): the same model with the runtime firewall in front.

Every request replays its conversation into a fresh guard session, in order: system and user
messages through `check_input`, tool results through `check_tool_output`, earlier assistant
tool calls through `check_tool_call` (so the session trace, and the flow rules over it, see
what the agent saw and did). A blocked user message never reaches the model: the answer is the
guard's refusal. Withheld tool results reach the model as a notice. The model's answer goes
through `check_response` (redacted or replaced), and each tool call it asks for through
`check_tool_call`: calls the guard blocks or holds for a human are dropped, since an
evaluation has no human to approve them.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from redline.eval.types import Completion, Message, Request, Target, ToolCallOut
from redline.guard import Action, Decision, Guard, ToolCall

__all__ = ["GuardedTarget"]

_sessions = itertools.count()


def _text(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = [p.get("text") for p in content if isinstance(p, Mapping)]
        return "\n".join(p for p in parts if isinstance(p, str))
    return str(content)


def _notice(decision: Decision) -> str:
    rule = decision.rule or "policy"
    verb = "needs a human's approval" if decision.action is Action.ASK else "was blocked"
    what = decision.stage.value.replace("_", " ")
    return f"[withheld by redline guard: this {what} {verb} ({rule})]"


def _call_of(raw: Any) -> ToolCall | None:
    if not isinstance(raw, Mapping):
        return None
    inner = raw.get("function")
    fn: Mapping[str, Any] = inner if isinstance(inner, Mapping) else raw
    name = fn.get("name")
    if not isinstance(name, str):
        return None
    args = fn.get("arguments")
    if isinstance(args, str):
        try:
            args = json.loads(args or "{}")
        except ValueError:
            args = {"_raw": args}
    if not isinstance(args, Mapping):
        args = {"_raw": args}
    call_id = raw.get("id")
    return ToolCall(
        name=name, arguments=dict(args), id=call_id if isinstance(call_id, str) else None
    )


class GuardedTarget:
    """`inner` with `guard` in front. `blocked` counts requests and calls the guard stopped."""

    def __init__(self, inner: Target, guard: Guard, *, label: str = "guard") -> None:
        self.inner = inner
        self.guard = guard
        self.label = label
        self.blocked_inputs = 0
        self.blocked_calls = 0
        self.changed_responses = 0
        self._lock = threading.Lock()  # one guard, checked from worker threads one at a time

    @property
    def model(self) -> str:
        return self.inner.model

    @property
    def endpoint(self) -> str:
        return self.inner.endpoint

    def _screen(self, request: Request, session: str) -> tuple[list[Message], Decision | None]:
        """The messages to forward, or the decision that blocked a user or system message."""
        with self._lock:
            return self._screen_locked(request, session)

    def _screen_locked(
        self, request: Request, session: str
    ) -> tuple[list[Message], Decision | None]:
        g = self.guard
        names: dict[str, str] = {}
        out: list[Message] = []
        for msg in request.messages:
            role = msg.get("role")
            text = _text(msg.get("content"))
            if role == "assistant":
                for raw in msg.get("tool_calls") or ():
                    call = _call_of(raw)
                    if call is not None:
                        if call.id:
                            names[call.id] = call.name
                        g.check_tool_call(call, session=session)
                out.append(msg)
                continue
            if role in ("tool", "function"):
                tool = names.get(str(msg.get("tool_call_id")), "") or str(msg.get("name") or "tool")
                decision = g.check_tool_output(text, tool=tool, session=session)
            else:
                channel = "system" if role in ("system", "developer") else "user"
                decision = g.check_input(text, session=session, channel=channel)
                if not decision.allowed:
                    return out, decision
            if decision.action is Action.REDACT and decision.text is not None:
                out.append({**msg, "content": decision.text})
            elif not decision.allowed:
                out.append({**msg, "content": _notice(decision)})
            else:
                out.append(msg)
        return out, None

    def _screen_answer(self, completion: Completion, session: str) -> Completion:
        with self._lock:
            return self._screen_answer_locked(completion, session)

    def _screen_answer_locked(self, completion: Completion, session: str) -> Completion:
        g = self.guard
        text = completion.text
        rule: str | None = None
        if text:
            decision = g.check_response(text, session=session)
            if decision.action is Action.REDACT and decision.text is not None:
                text, rule = decision.text, decision.rule
            elif not decision.allowed:
                text, rule = _notice(decision), decision.rule
        kept: list[ToolCallOut] = []
        for call in completion.tool_calls:
            parsed = call.parsed_arguments()
            decision = g.check_tool_call(
                ToolCall(
                    name=call.name,
                    arguments=parsed if parsed is not None else {"_raw": call.arguments},
                    id=call.id,
                ),
                session=session,
            )
            if decision.allowed:
                kept.append(call)
            else:
                self.blocked_calls += 1
                rule = rule or decision.rule
                text = (text + "\n" if text else "") + _notice(decision)
        if rule is None:
            return completion
        self.changed_responses += 1
        return replace(completion, text=text, tool_calls=tuple(kept), guard=rule)

    async def complete(self, request: Request) -> Completion:
        session = f"eval-{next(_sessions)}"
        try:
            messages, blocked = await asyncio.to_thread(self._screen, request, session)
            if blocked is not None:
                self.blocked_inputs += 1
                return Completion(text=_notice(blocked), finish_reason="guard", guard=blocked.rule)
            completion = await self.inner.complete(replace(request, messages=tuple(messages)))
            return await asyncio.to_thread(self._screen_answer, completion, session)
        finally:
            with self._lock:
                self.guard.reset(session)

    async def aclose(self) -> None:
        await self.inner.aclose()
