"""Does a regular expression backtrack catastrophically? Shared by the JS and C/C++ ReDoS rules.

`redos_prone(r"^(a+)+$")` -> True: nested or overlapping repetition that backtracks
exponentially or polynomially on a failing input.
"""

from __future__ import annotations

import re

# Characters are approximated by a small alphabet that covers what patterns usually distinguish.
_ALPHABET = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
    " \t\n.,-@+%/:;=&?#!'\"()[]{}<>*\\|$^~`"
) | {"\u00e9"}
_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_DIGIT = frozenset("0123456789")
_SPACE = frozenset(" \t\n")
_ESCAPES = {
    "w": _WORD,
    "W": _ALPHABET - _WORD,
    "d": _DIGIT,
    "D": _ALPHABET - _DIGIT,
    "s": _SPACE,
    "S": _ALPHABET - _SPACE,
}


class _Item:
    """One quantified atom of a pattern: its characters, its quantifier, and any group body."""

    def __init__(
        self, chars: frozenset[str], lo: int, hi: int | None, alts: list[list[_Item]] | None = None
    ) -> None:
        self.chars, self.lo, self.hi, self.alts = chars, lo, hi, alts

    @property
    def unbounded(self) -> bool:
        return self.hi is None

    def nullable(self) -> bool:
        return self.lo == 0 or (
            self.alts is not None and any(all(i.nullable() for i in seq) for seq in self.alts)
        )

    def nested_unbounded(self) -> bool:
        return self.alts is not None and any(
            i.unbounded or i.nested_unbounded() for seq in self.alts for i in seq
        )


class _RegexParser:
    def __init__(self, pattern: str) -> None:
        self.p, self.i = pattern, 0

    def parse(self) -> list[list[_Item]]:
        alts: list[list[_Item]] = [[]]
        while self.i < len(self.p):
            c = self.p[self.i]
            if c == ")":
                return alts
            if c == "|":
                self.i += 1
                alts.append([])
                continue
            atom = self._atom()
            if atom is None:
                continue
            alts[-1].append(self._quantified(atom))
        return alts

    def _atom(self) -> _Item | None:
        c = self.p[self.i]
        self.i += 1
        if c in "^$":
            return None
        if c == "\\":
            e = self.p[self.i : self.i + 1]
            self.i += 1
            if e in _ESCAPES:
                return _Item(_ESCAPES[e], 1, 1)
            if e in ("b", "B") or e.isdigit():
                return None
            return _Item(frozenset(e) if e in _ALPHABET else frozenset({"\u00e9"}), 1, 1)
        if c == ".":
            return _Item(_ALPHABET - {"\n"}, 1, 1)
        if c == "[":
            return _Item(self._class(), 1, 1)
        if c == "(":
            if self.p.startswith("?", self.i):
                if self.p.startswith(("?=", "?!", "?<=", "?<!"), self.i):
                    depth = 1
                    while self.i < len(self.p) and depth:
                        depth += {"(": 1, ")": -1}.get(self.p[self.i], 0)
                        if self.p[self.i] == "\\":
                            self.i += 1
                        self.i += 1
                    return None
                m = re.match(r"\?(:|<[A-Za-z_]\w*>|P<\w+>)", self.p[self.i :])
                self.i += len(m.group(0)) if m else 1
            alts = self.parse()
            self.i += 1  # the closing parenthesis
            chars = frozenset().union(*(i.chars for seq in alts for i in seq))
            return _Item(chars, 1, 1, alts)
        return _Item(frozenset(c) if c in _ALPHABET else frozenset({"\u00e9"}), 1, 1)

    def _class(self) -> frozenset[str]:
        negate = self.p.startswith("^", self.i)
        if negate:
            self.i += 1
        chars: set[str] = set()
        first = True
        while self.i < len(self.p) and (self.p[self.i] != "]" or first):
            first = False
            c = self.p[self.i]
            self.i += 1
            if c == "\\" and self.i < len(self.p):
                e = self.p[self.i]
                self.i += 1
                chars |= _ESCAPES.get(e, {e})
                continue
            if (
                self.p.startswith("-", self.i)
                and self.i + 1 < len(self.p)
                and self.p[self.i + 1] != "]"
            ):
                end = self.p[self.i + 1]
                self.i += 2
                chars |= {ch for ch in _ALPHABET if c <= ch <= end}
                continue
            chars.add(c)
        self.i += 1
        result = frozenset(chars) & _ALPHABET
        return _ALPHABET - result if negate else result

    def _quantified(self, atom: _Item) -> _Item:
        m = re.match(r"(\*|\+|\?|\{(\d+)(,(\d*))?\})\??", self.p[self.i :])
        if not m:
            return atom
        self.i += len(m.group(0))
        q = m.group(1)
        if q == "*":
            atom.lo, atom.hi = 0, None
        elif q == "+":
            atom.hi = None
        elif q == "?":
            atom.lo = 0
        else:
            atom.lo = int(m.group(2))
            atom.hi = None if m.group(3) and not m.group(4) else int(m.group(4) or m.group(2))
        return atom


def _first_chars(seq: list[_Item]) -> frozenset[str]:
    out: frozenset[str] = frozenset()
    for item in seq:
        out |= (
            item.chars
            if item.alts is None
            else frozenset().union(*(_first_chars(s) for s in item.alts))
        )
        if not item.nullable():
            break
    return out


def _ambiguous(seqs: list[list[_Item]]) -> bool:
    for seq in seqs:
        for idx, item in enumerate(seq):
            if item.alts is None:
                continue
            if _ambiguous(item.alts):
                return True
            if not item.unbounded:
                continue
            # (x+)+, (\w+\s?)*: an inner repetition that can end one iteration and begin the next.
            for body in item.alts:
                first = _first_chars(body)
                for j, inner in enumerate(body):
                    if (
                        inner.unbounded
                        and all(b.nullable() for b in body[j + 1 :])
                        and (inner.chars & first)
                    ):
                        return True
            # [\w.-]+\.\w+(\.\w+)*: a nested repetition swallowed by an earlier one.
            if item.nested_unbounded():
                for k in range(idx - 1, -1, -1):
                    prev = seq[k]
                    if (
                        prev.unbounded
                        and item.chars <= prev.chars
                        and all(seq[m].chars <= prev.chars for m in range(k + 1, idx))
                    ):
                        return True
    return False


def redos_prone(pattern: str) -> bool:
    """True when a pattern has nested or overlapping repetition that backtracks exponentially
    or polynomially on a failing input."""
    try:
        return _ambiguous(_RegexParser(pattern).parse())
    except (IndexError, ValueError):
        return False
