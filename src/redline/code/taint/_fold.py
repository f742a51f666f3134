"""Constant folding for branch feasibility: the arithmetic, comparisons and string operations a
condition such as `(7 * 42) - num > 200` needs, bounded so huge literals cannot blow up.

Values are Python scalars (int, float, str, bool, None) and tuples of them; anything else, and
any operation that would fail or grow too large, gives UNKNOWN.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from typing import Any, Final

from redline.code.taint._engine import UNKNOWN

# Strings and tuples longer than this, and integers wider than this many bits, are not folded.
MAX_LEN: Final = 10_000
MAX_BITS: Final = 4_096

_ARITH: Final[dict[str, Callable[[Any, Any], object]]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "//": operator.floordiv,
    "%": operator.mod,
    "&": operator.and_,
    "|": operator.or_,
    "^": operator.xor,
}
_COMPARE: Final[dict[str, Callable[[Any, Any], object]]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
}


def _small(v: object) -> object:
    """`v`, or UNKNOWN when it is too big to keep."""
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, int):
        return v if v.bit_length() <= MAX_BITS else UNKNOWN
    if isinstance(v, float):
        return v if math.isfinite(v) else UNKNOWN
    if isinstance(v, (str, tuple)):
        return v if len(v) <= MAX_LEN else UNKNOWN
    return UNKNOWN


def _scalar(v: object) -> bool:
    return v is None or isinstance(v, (bool, int, float, str, tuple))


def binary(op: str, a: object, b: object) -> object:
    """`a op b` for known operands, else UNKNOWN."""
    if a is UNKNOWN or b is UNKNOWN or not (_scalar(a) and _scalar(b)):
        return UNKNOWN
    try:
        if op == "**":
            if not (isinstance(a, (int, float)) and isinstance(b, (int, float))):
                return UNKNOWN
            if abs(b) > 64 or (isinstance(a, int) and a.bit_length() * abs(b) > MAX_BITS):
                return UNKNOWN
            return _small(a**b)
        if op in ("<<", ">>"):
            if not (isinstance(a, int) and isinstance(b, int)) or not 0 <= b <= 64:
                return UNKNOWN
            return _small(a << b if op == "<<" else a >> b)
        if op == "*" and isinstance(b, int) and isinstance(a, (str, tuple)):
            a, b = b, a
        if (
            op == "*"
            and isinstance(a, int)
            and isinstance(b, (str, tuple))
            and (a * len(b) > MAX_LEN)
        ):
            return UNKNOWN
        if op == "%" and isinstance(a, str):
            return UNKNOWN  # printf-style formatting: not needed for conditions
        fn = _ARITH.get(op)
        if fn is None:
            return UNKNOWN
        return _small(fn(a, b))
    except (ArithmeticError, TypeError, ValueError):
        return UNKNOWN


def compare(op: str, a: object, b: object) -> object:
    """`a op b` for a comparison operator (`in`, `is`, ... included), else UNKNOWN."""
    if a is UNKNOWN or b is UNKNOWN or not (_scalar(a) and _scalar(b)):
        return UNKNOWN
    try:
        if op in ("is", "is not"):
            if a is None or b is None or isinstance(a, bool) or isinstance(b, bool):
                result = a is b
                return result if op == "is" else not result
            return UNKNOWN
        if op in ("in", "not in"):
            if isinstance(b, str) and not isinstance(a, str):
                return UNKNOWN
            if not isinstance(b, (str, tuple)):
                return UNKNOWN
            found = a in b
            return found if op == "in" else not found
        fn = _COMPARE.get(op)
        if fn is None:
            return UNKNOWN
        return bool(fn(a, b))
    except (TypeError, ValueError):
        return UNKNOWN


def unary(op: str, a: object) -> object:
    if a is UNKNOWN or not _scalar(a):
        return UNKNOWN
    if op == "not":
        return not a
    if isinstance(a, str) or a is None or isinstance(a, tuple):
        return UNKNOWN
    assert isinstance(a, (int, float))
    if op == "-":
        return -a
    if op == "+":
        return +a
    if op == "~" and isinstance(a, int):
        return ~a
    return UNKNOWN


def truth(v: object) -> bool | None:
    """Whether a known value is truthy; None when it is not known."""
    if v is UNKNOWN or not _scalar(v):
        return None
    return bool(v)


def index(container: object, idx: object) -> object:
    """`container[idx]` for a known string or tuple and an int index or (start, stop, step)."""
    if not isinstance(container, (str, tuple)):
        return UNKNOWN
    if isinstance(idx, int) and not isinstance(idx, bool):
        if -len(container) <= idx < len(container):
            return container[idx]
        return UNKNOWN
    if isinstance(idx, slice):
        return container[idx]
    return UNKNOWN


# Methods of a known string that fold to a known value.
STR_METHODS: Final[dict[str, Callable[[str], object]]] = {
    "lower": str.lower,
    "upper": str.upper,
    "strip": str.strip,
    "lstrip": str.lstrip,
    "rstrip": str.rstrip,
    "title": str.title,
    "capitalize": str.capitalize,
    "casefold": str.casefold,
    "isdigit": str.isdigit,
    "isalpha": str.isalpha,
    "isalnum": str.isalnum,
    "toLowerCase": str.lower,
    "toUpperCase": str.upper,
    "trim": str.strip,
}
