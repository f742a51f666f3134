"""Typed values of the guard: what it is asked to check, what it saw, and what it decided.

Data flows one way: a message, tool output, tool call or response -> analysers and detectors ->
`Signal`s (facts: "this shell command pipes a download into a shell") -> the policy turns facts
into `Reason`s (rule + action) -> one `Decision` per check. Everything here is frozen.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from redline._core.types import _Ordered
from redline.text.types import Verdict


class Action(_Ordered):
    """What the guard does with a message or a call, least to most severe.

    `allow`: pass unchanged. `redact`: pass with the offending parts masked (`Decision.text`).
    `ask`: hold for a human's approval. `block`: refuse.
    """

    ALLOW = "allow"
    REDACT = "redact"
    ASK = "ask"
    BLOCK = "block"


class Stage(StrEnum):
    """Where in an agent's loop a check happens."""

    INPUT = "input"  # a user's (or system's) message to the model
    TOOL_OUTPUT = "tool_output"  # a tool or MCP result the model is about to read
    TOOL_CALL = "tool_call"  # a tool call the model wants to make
    RESPONSE = "response"  # the model's answer to the user


@dataclass(frozen=True, slots=True)
class ToolCall:
    """A call the model wants to make: the tool's name and its decoded JSON arguments."""

    name: str
    arguments: Mapping[str, Any] = field(default_factory=dict)
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Signal:
    """A fact an analyser established about a tool call; the policy decides what it is worth.

    `kind` is a stable id such as `shell.download-exec`, `path.outside-workspace`,
    `url.denied-domain` or `sql.drop`. `argument` names where it was seen (`command`,
    `files[2].path`). `evidence` is the offending fragment (short; the audit log hashes it).
    """

    kind: str
    reason: str
    argument: str | None = None
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class Reason:
    """One policy rule that fired, the action it asks for, and why."""

    rule: str  # e.g. `tools.shell.download-exec`, `messages.tool.injection`, `flow.exfiltration`
    action: Action
    message: str
    evidence: str = ""  # never a secret value; the audit log stores only its hash


@dataclass(frozen=True, slots=True)
class Decision:
    """The guard's answer to one check.

    `action` is the most severe action among `reasons` (allow when none fired). `text` is the
    text to pass on when the action is `redact`. `verdict` is the detector's verdict when a text
    was examined.
    """

    action: Action
    stage: Stage
    session: str
    reasons: tuple[Reason, ...] = ()
    text: str | None = None
    verdict: Verdict | None = None

    @property
    def allowed(self) -> bool:
        """True when the message or call may go on (possibly redacted)."""
        return self.action <= Action.REDACT

    @property
    def rule(self) -> str | None:
        """The rule behind the action: the first reason with the decision's action."""
        for reason in self.reasons:
            if reason.action is self.action:
                return reason.rule
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "action": self.action.value,
            "stage": self.stage.value,
            "session": self.session,
            "rule": self.rule,
            "reasons": [
                {"rule": r.rule, "action": r.action.value, "message": r.message}
                for r in self.reasons
            ],
            **({"text": self.text} if self.text is not None else {}),
            **({"verdict": self.verdict.to_dict()} if self.verdict is not None else {}),
        }
