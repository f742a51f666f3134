"""The generated rule reference."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.code.docs import main, render
from redline.code.rules import all_rules, get_rule


def test_every_rule_has_a_section_in_the_fixed_shape() -> None:
    text = render()
    for rule in all_rules():
        assert f"## {rule.code} {rule.name}\n" in text
    section = text[text.index("## PY401 yaml-unsafe-load") :]
    for heading in (
        "### What it does",
        "### Why is this bad?",
        "### Example",
        "### Use instead",
        "### References",
    ):
        assert heading in section
    for row in ("| CWE | [CWE-502]", "| severity | high |", "| confidence | high |"):
        assert row in section
    assert "| languages | python |" in section
    assert "| fixable | yes |" in section


def test_only_given_rules() -> None:
    text = render([get_rule("PY101")])
    assert "PY101" in text
    assert "PY401" not in text


def test_main_writes_and_checks(tmp_path: Path) -> None:
    target = tmp_path / "docs" / "rules.md"
    assert main([str(target)]) == 0
    assert target.read_text(encoding="utf-8") == render()
    assert main(["--check", str(target)]) == 0
    target.write_text("stale", encoding="utf-8")
    assert main(["--check", str(target)]) == 1


def test_main_without_an_output_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as info:
        main([])
    assert info.value.code == 2
