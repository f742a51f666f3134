"""The rule registry as a whole: unique codes, complete docs, examples for every rule."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from redline.code import languages
from redline.code.matcher import compiled
from redline.code.rules import RuleLoadError, all_rules, get_rule
from redline.code.rules._registry import load_rule_file


def test_codes_and_names_are_unique() -> None:
    rules = all_rules()
    codes = Counter(r.code for r in rules)
    names = Counter(r.name for r in rules)
    assert [c for c, n in codes.items() if n > 1] == []
    assert [c for c, n in names.items() if n > 1] == []


def test_every_rule_has_an_annotated_example() -> None:
    missing = [r.name for r in all_rules() if not r.examples]
    assert missing == []


@pytest.mark.parametrize("language", languages.names())
def test_every_language_compiles(language: str) -> None:
    rules = compiled(language)
    assert rules.language == language


def test_get_rule_by_code_and_name() -> None:
    rule = get_rule("PY401")
    assert get_rule("yaml-unsafe-load") is rule
    with pytest.raises(KeyError, match="no rule"):
        get_rule("no-such-rule")


def test_bad_rule_file_names_file_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad-rule.yaml"
    bad.write_text(
        "code: PY999\nname: bad-rule\nlanguages: [python]\ncwe: [1]\n"
        "severity: extreme\nconfidence: high\nmessage: m\nregex: x\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleLoadError, match=r"bad-rule\.yaml.*severity") as info:
        load_rule_file(bad)
    assert "docs" in str(info.value)


def test_rule_file_name_must_match_rule_name(tmp_path: Path) -> None:
    good = get_rule("PY401").path.read_text(encoding="utf-8")
    other = tmp_path / "other-name.yaml"
    other.write_text(good, encoding="utf-8")
    with pytest.raises(RuleLoadError, match="file name"):
        load_rule_file(other)
