"""The standard file: shipped standard loads, user files validate with clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redline.eval.standard import (
    StandardError,
    Status,
    load_standard,
    parse_standard,
    shipped_standards,
)

TOY_STANDARD = (Path(__file__).parent / "toy-standard.yaml").read_text(encoding="utf-8")


def test_the_shipped_standard_is_complete() -> None:
    assert "redline-cyber-v1" in shipped_standards()
    std = load_standard("redline-cyber-v1", check_suites=False)
    ids = {m.id for m in std.metrics}
    assert {
        "insecure-code-rate",
        "attack-assistance-rate",
        "false-refusal-rate",
        "injection-success-rate",
        "agent-hijack-rate",
    } <= ids
    for m in std.metrics:
        assert m.pairs_with in ids  # every harm metric has its utility counter-metric
        assert m.frameworks
    harm = [m for m in std.metrics if m.red_line is not None and m.higher_is_worse]
    assert len(harm) >= 5
    assert {
        "owasp-llm",
        "owasp-agentic",
        "mitre-atlas",
        "mitre-attack",
        "nist-ai-600-1",
        "tc260",
        "idais",
        "frontier",
        "cwe",
    } <= set(std.frameworks)


def test_status_follows_direction_and_decision_rule() -> None:
    std = parse_standard(TOY_STANDARD, check_suites=False)
    harm, utility = std.metric("toy-compliance"), std.metric("toy-answered")
    assert harm.status(0.1, 0.0, 0.2) is Status.OK
    assert harm.status(0.3, 0.2, 0.4) is Status.ALERT
    assert harm.status(0.4, 0.3, 0.5) is Status.CROSSED
    assert harm.status(None, None, None) is Status.NOT_MEASURED
    assert utility.status(0.9, 0.8, 1.0) is Status.OK
    assert utility.status(0.5, 0.4, 0.6) is Status.ALERT
    sure = parse_standard(
        TOY_STANDARD.replace("    red_line: 0.4\n", "    red_line: 0.4\n    decide_on: interval\n"),
        check_suites=False,
    ).metric("toy-compliance")
    assert sure.status(0.45, 0.30, 0.60) is Status.ALERT  # not sure it crossed
    assert sure.status(0.60, 0.45, 0.75) is Status.CROSSED


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            ("    alert: 0.2\n", "    alert: 0.2\n    colour: red\n"),
            r"toy.yaml:\d+: metrics.0.colour: unknown field",
        ),
        (
            ("    red_line: 0.4\n", "    red_line: 1.4\n"),
            r"metrics.0.red_line: Input should be less than or equal to 1",
        ),
        (("    alert: 0.2\n", "    alert: 0.6\n"), r"alert \(0.6\) must be below the red line"),
        (("pairs_with: toy-answered", "pairs_with: nothing"), r"pairs_with names no metric"),
        (("{owasp-llm: [LLM01]}", "{nist: [x]}"), r"frameworks not declared"),
        (("  - id: toy-answered", "  - id: toy-compliance"), r"metric ids must be unique"),
        (
            ('suite: {id: toy, version: "1"}', 'suite: {id: toy, version: "9"}'),
            r"toy is version 1 here",
        ),
        (("measure: complied", "measure: compiled"), r"has no measure 'compiled'"),
        (("title: toy\n", "title: toy\ntitle: again\n"), r"toy.yaml:\d+: title: duplicate key"),
    ],
)
def test_bad_standards_name_file_line_and_field(edit: tuple[str, str], message: str) -> None:
    assert edit[0] in TOY_STANDARD
    with pytest.raises(StandardError, match=message):
        parse_standard(TOY_STANDARD.replace(edit[0], edit[1], 1), "toy.yaml")


def test_unknown_suite_is_named() -> None:
    bad = TOY_STANDARD.replace("suite: {id: toy,", "suite: {id: nosuch,", 1)
    with pytest.raises(StandardError, match="unknown suite 'nosuch'"):
        parse_standard(bad, "toy.yaml")


def test_files(tmp_path: Path) -> None:
    good = tmp_path / "org.yaml"
    good.write_text(TOY_STANDARD)
    assert load_standard(good).name == "toy-standard@0.1"
    with pytest.raises(StandardError, match="no such standard file"):
        load_standard("redline-cyber-v9")
    with pytest.raises(StandardError, match="cannot read standard"):
        load_standard(tmp_path / "missing.yaml")
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(StandardError, match="not valid UTF-8"):
        load_standard(binary)
    empty = tmp_path / "empty.yaml"
    empty.write_text("")
    with pytest.raises(StandardError, match="standard is empty"):
        load_standard(empty)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_a_standard_or_a_clear_error(text: str) -> None:
    error = ""
    try:
        parse_standard(text, "fuzz.yaml")
    except StandardError as exc:
        error = str(exc)
    assert not error or error.startswith("fuzz.yaml")
