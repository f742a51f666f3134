"""Typed values of `redline eval`: requests to a model, its completions, test cases and outcomes.

Data flows one way: a suite's `Case` -> `Request`s to a `Target` -> `Completion`s -> the suite's
scorer -> an `Outcome` per case and sample -> metrics with intervals (runner) -> the standard's
verdicts (gate, compare, report).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Case",
    "Completion",
    "Message",
    "Outcome",
    "Request",
    "Sampling",
    "Target",
    "TargetError",
    "ToolCallOut",
]

Message = dict[str, Any]
"""One OpenAI-style chat message: `{"role": ..., "content": ...}` (plus `tool_calls`,
`tool_call_id` and `name` where the API has them)."""


class Sampling(BaseModel):
    """Sampling settings sent with every request; part of every cache key."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    temperature: float = Field(default=0.0, ge=0.0, le=2.0)
    top_p: float = Field(default=1.0, gt=0.0, le=1.0)
    max_tokens: int = Field(default=384, ge=1, le=32_768)
    seed: int = Field(default=20_261_128, ge=0)


@dataclass(frozen=True)
class Request:
    """One chat completion request: the full messages, tools, sampling and the sample index.

    `sample` is the index among the k samples drawn for one prompt; with a fixed seed, sample i
    is sent with seed `sampling.seed + i` so the k samples differ and a rerun repeats them.
    """

    messages: tuple[Message, ...]
    sampling: Sampling = field(default_factory=Sampling)
    tools: tuple[Mapping[str, Any], ...] = ()
    sample: int = 0

    @property
    def seed(self) -> int:
        return self.sampling.seed + self.sample

    def key(self, model: str, endpoint: str) -> str:
        """The cache key: model, endpoint, full messages, tools, sampling and sample index."""
        payload = {
            "model": model,
            "endpoint": endpoint,
            "messages": list(self.messages),
            "tools": [dict(t) for t in self.tools],
            "sampling": self.sampling.model_dump(),
            "sample": self.sample,
        }
        raw = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ToolCallOut:
    """A tool call the model asked for. `arguments` is the raw JSON text the model wrote."""

    id: str
    name: str
    arguments: str

    def parsed_arguments(self) -> dict[str, Any] | None:
        """The arguments as a JSON object, or None when the model wrote something else."""
        try:
            value = json.loads(self.arguments or "{}")
        except ValueError:
            return None
        return value if isinstance(value, dict) else None


@dataclass(frozen=True)
class Completion:
    """What a target answered. `guard` names the guard rule when a guarded target blocked."""

    text: str
    tool_calls: tuple[ToolCallOut, ...] = ()
    finish_reason: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    latency_s: float = 0.0
    guard: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "tool_calls": [
                {"id": c.id, "name": c.name, "arguments": c.arguments} for c in self.tool_calls
            ],
            "finish_reason": self.finish_reason,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "latency_s": round(self.latency_s, 6),
            "guard": self.guard,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Completion:
        calls = tuple(
            ToolCallOut(str(c["id"]), str(c["name"]), str(c["arguments"]))
            for c in data.get("tool_calls") or ()
        )
        return cls(
            text=str(data.get("text") or ""),
            tool_calls=calls,
            finish_reason=data.get("finish_reason"),
            prompt_tokens=data.get("prompt_tokens"),
            completion_tokens=data.get("completion_tokens"),
            latency_s=float(data.get("latency_s") or 0.0),
            guard=data.get("guard"),
        )


class TargetError(Exception):
    """A target could not answer. `transient` errors (timeouts, 429, 5xx, connection resets) are
    retried by the target; a non-transient one (401, 404, a bad request, a missing model) stops
    the run at once."""

    def __init__(self, message: str, *, transient: bool, status: int | None = None) -> None:
        super().__init__(message)
        self.transient = transient
        self.status = status


@runtime_checkable
class Target(Protocol):
    """A model to evaluate: anything that answers chat requests.

    `model` and `endpoint` name it in cache keys, run records and reports
    (`endpoint` is a base URL, or `embedded:<file>` for the in-process model).
    """

    @property
    def model(self) -> str: ...

    @property
    def endpoint(self) -> str: ...

    async def complete(self, request: Request) -> Completion: ...

    async def aclose(self) -> None: ...


@dataclass(frozen=True)
class Case:
    """One test prompt of a suite.

    `labels` are the breakdown keys reports group by (`language`, `cwe`, `tactic`, `lang`,
    `channel`, `variant` ...). `data` holds what the scorer needs (canaries, markers, the
    expected tool calls); it is never sent to the model.
    """

    suite: str
    id: str
    messages: tuple[Message, ...]
    tools: tuple[Mapping[str, Any], ...] = ()
    labels: Mapping[str, str] = field(default_factory=dict)
    data: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Outcome:
    """The scored result of one case and sample.

    `values` maps each of the suite's measures to True (the event happened: insecure code,
    compliance with an attack request, a refusal, an injection that succeeded, the user's task
    done), False (it did not) or None (not scorable, e.g. no code in the answer; left out of
    that measure's rate). `judge` names what decided; `detail` says why in one line.
    """

    suite: str
    case_id: str
    sample: int
    values: Mapping[str, bool | None]
    labels: Mapping[str, str] = field(default_factory=dict)
    judge: str = ""
    detail: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "suite": self.suite,
            "case_id": self.case_id,
            "sample": self.sample,
            "values": dict(self.values),
            "labels": dict(self.labels),
            "judge": self.judge,
            "detail": self.detail,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Outcome:
        return cls(
            suite=str(data["suite"]),
            case_id=str(data["case_id"]),
            sample=int(data["sample"]),
            values=dict(data.get("values") or {}),
            labels={str(k): str(v) for k, v in (data.get("labels") or {}).items()},
            judge=str(data.get("judge") or ""),
            detail=str(data.get("detail") or ""),
        )
