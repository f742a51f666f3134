"""The public value types of the taint analysis (re-exported by the package)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from redline._core import Span

# The kinds of sink a sanitiser can neutralise.
SinkKind = Literal[
    "command",
    "code",
    "sql",
    "nosql",
    "ldap",
    "xpath",
    "xss",
    "path",
    "ssrf",
    "redirect",
    "deserialization",
    "xxe",
    "header",
    "log",
    "regex",
    "format",
    "template",
    "any",
]


@dataclass(frozen=True, slots=True)
class Taint:
    """Untrusted data reaching an expression.

    `strength` is "input" for data read from a request, argv, stdin, the environment or a socket,
    and "parameter" for a function parameter (untrusted when the caller passes user data).
    """

    source: str
    source_span: Span
    strength: Literal["input", "parameter"]
