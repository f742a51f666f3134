"""A runtime firewall for LLM apps and tool-using agents.

`Guard()` checks messages, tool outputs, tool calls and responses against a policy (the shipped
secure defaults, or `load_policy("policy.yaml")`) and returns a typed `Decision`: allow, redact,
ask or block, with the rules that fired and why.
"""

from redline.guard.guard import Guard
from redline.guard.policy import Policy, PolicyError, default_policy, load_policy, parse_policy
from redline.guard.types import Action, Decision, Reason, Signal, Stage, ToolCall

__all__ = [
    "Action",
    "Decision",
    "Guard",
    "Policy",
    "PolicyError",
    "Reason",
    "Signal",
    "Stage",
    "ToolCall",
    "default_policy",
    "load_policy",
    "parse_policy",
]
