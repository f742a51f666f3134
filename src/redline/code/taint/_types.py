"""The public value types of the taint analysis (re-exported by the package)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeAlias, TypeGuard

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


# The values constant folding computes: scalars, and tuples of them (a Python tuple or list of
# constants folds to a tuple).
ConstValue: TypeAlias = "str | int | float | bool | tuple[ConstValue, ...] | None"


@dataclass(frozen=True, slots=True)
class Constant:
    """The one value an expression is known to hold where it is evaluated.

    `Constant(None)` is a known `None` (Python) or `null`/`undefined` (JavaScript); an expression
    whose value is not fixed has no `Constant` at all.
    """

    value: ConstValue


def as_constant(value: object) -> Constant | None:
    """`Constant(value)` when `value` is a folded constant, else None (UNKNOWN or anything else)."""
    return Constant(value) if _is_const(value, 0) else None


def _is_const(value: object, depth: int) -> TypeGuard[ConstValue]:
    if value is None or isinstance(value, (str, int, float, bool)):
        return True
    if isinstance(value, tuple) and depth < 8:
        return all(_is_const(v, depth + 1) for v in value)
    return False
