"""The matcher's building blocks: constants, regex scouting, conditions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redline.code.document import Document
from redline.code.matcher import _regex_matches, is_constant
from redline.code.rules import rules_for

SCOUTED = [r for r in rules_for("go") if r.scout is not None]
TOKENS = [
    "AKIAIOSFODNN7ABCDEFG",
    "ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5",
    "xAKIAIOSFODNN7ABCDEFG",
    "postgres://admin:s3cr3tPa55@db.internal:5432/app",
    "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
    " ",
    "\n",
    "_",
]


def test_some_rules_are_scouted() -> None:
    assert SCOUTED


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(TOKENS) | st.text(max_size=12), max_size=12))
def test_scouted_matches_equal_finditer(parts: list[str]) -> None:
    text = "".join(parts)
    for rule in SCOUTED:
        assert rule.regex is not None
        expected = [m.span() for m in rule.regex.finditer(text)]
        assert [m.span() for m in _regex_matches(rule, text)] == expected, rule.name


@pytest.mark.parametrize(
    ("expr", "constant"),
    [
        ('"select 1"', True),
        ("MAX_SIZE", True),
        ("42", True),
        ("name", False),
        ('"a" + name', False),
        ("f(x)", False),
        ("os.PathSeparator", False),
    ],
)
def test_is_constant(expr: str, constant: bool) -> None:
    doc = Document(f"package main\nvar v = {expr}\n", "go")
    node = doc.root
    while node.named_children:
        node = node.named_children[-1]
        if doc.node_text(node) == expr:
            break
    assert doc.node_text(node) == expr
    assert is_constant(doc, node) is constant
