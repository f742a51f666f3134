"""Shared checks of the fix tests: a rule's one finding carries a fix that gives the exact
expected text, and the fixed code no longer triggers the rule."""

from __future__ import annotations

from redline._core import Confidence, Finding
from redline.code.engine import scan_code
from redline.code.fixes import apply_edits


def rule_findings(code: str, language: str, rule: str) -> list[Finding]:
    """The findings of `rule` in `code` at audit level (min_confidence=LOW)."""
    return [
        f for f in scan_code(code, language, min_confidence=Confidence.LOW) if f.rule_name == rule
    ]


def assert_fix(rule: str, language: str, before: str, after: str) -> None:
    findings = rule_findings(before, language, rule)
    assert len(findings) == 1
    fix = findings[0].fix
    assert fix is not None
    fixed = apply_edits(before, fix.edits)
    assert fixed == after
    assert rule_findings(fixed, language, rule) == []
