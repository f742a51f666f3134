"""Walk every rule's annotated example: `ruleid:` lines must be flagged, `ok:` lines must not.

An annotation comment names a rule and applies to the next line that is not an annotation.
`todoruleid:` marks a known miss (it must not be flagged yet; when it is, promote it).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from redline._core import Confidence
from redline.code import languages
from redline.code.document import Document
from redline.code.engine import scan_document
from redline.code.rules import Rule, all_rules

_ANNOTATION = re.compile(r"(?:#|//|/\*|--)\s*(ruleid|ok|todoruleid|todook):\s*([\w-]+)")


def _cases() -> list[tuple[Rule, Path]]:
    return [(rule, path) for rule in all_rules() for path in rule.examples.values()]


def _expectations(text: str, name: str) -> dict[str, set[int]]:
    lines = text.split("\n")
    expected: dict[str, set[int]] = {
        "ruleid": set(),
        "ok": set(),
        "todoruleid": set(),
        "todook": set(),
    }
    for i, line in enumerate(lines):
        m = _ANNOTATION.search(line)
        if not m or m.group(2) != name:
            continue
        target = i + 1
        while target < len(lines) and _ANNOTATION.search(lines[target]):
            target += 1
        expected[m.group(1)].add(target + 1)  # 1-based
    return expected


@pytest.mark.parametrize(
    ("rule", "example"), _cases(), ids=[f"{r.name}{p.suffix}" for r, p in _cases()]
)
def test_rule_example(rule: Rule, example: Path) -> None:
    language = languages.from_path(example)
    assert language is not None, f"{example}: extension names no language"
    assert language in rule.spec.languages, f"{example}: {language} is not among the rule's"
    text = example.read_text(encoding="utf-8")
    expected = _expectations(text, rule.name)
    assert expected["ruleid"], f"{example}: no 'ruleid: {rule.name}' annotation"
    assert expected["ok"], f"{example}: no 'ok: {rule.name}' annotation"
    findings = scan_document(
        Document(text, language, path=str(example)), min_confidence=Confidence.LOW
    )
    flagged = {f.line for f in findings if f.rule_code == rule.code}
    assert expected["ruleid"] - flagged == set(), "missed lines"
    assert flagged & (expected["ok"] | expected["todoruleid"]) == set(), "false positives"
    unexpected = flagged - expected["ruleid"] - expected["todook"]
    assert unexpected == set(), "flagged lines with no annotation"
