"""Applying fixes: choosing non-overlapping ones, diffs, and writing files safely."""

from __future__ import annotations

import hashlib
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from redline._core import Edit, Finding, Fix
from redline.code.fixes import (
    FixError,
    apply_edits,
    fix_file,
    plan_fixes,
    unified_diff,
    write_fixed,
)
from redline.code.scanner import scan_text

YAML_LOAD = "import yaml\n\nconfig = yaml.load(open('settings.yml').read())\n"
FIXED = "import yaml\n\nconfig = yaml.safe_load(open('settings.yml').read())\n"


def _finding() -> Finding:
    return scan_text(YAML_LOAD, "python", path="app.py")[0]


def _with_fix(finding: Finding, *edits: Edit) -> Finding:
    return replace(finding, fix=Fix("test", edits))


def test_plan_and_apply() -> None:
    plan = plan_fixes(YAML_LOAD, [_finding()])
    assert apply_edits(YAML_LOAD, plan.edits) == FIXED
    assert len(plan.fixed) == 1


def test_overlapping_fixes_are_skipped_and_duplicates_applied_once() -> None:
    base = _finding()
    a = _with_fix(base, Edit(0, 6, "IMPORT"))
    same = _with_fix(base, Edit(0, 6, "IMPORT"))
    overlapping = _with_fix(base, Edit(3, 8, "x"))
    later = _with_fix(base, Edit(7, 11, "YAML"))
    plan = plan_fixes(YAML_LOAD, [later, overlapping, a, same])
    assert apply_edits(YAML_LOAD, plan.edits).startswith("IMPORT YAML\n")
    assert plan.conflicting == (overlapping,)
    assert len(plan.fixed) == 3


def test_a_fix_is_all_or_nothing() -> None:
    base = _finding()
    first = _with_fix(base, Edit(0, 2, "a"))
    second = _with_fix(base, Edit(10, 11, "b"), Edit(1, 3, "c"))
    plan = plan_fixes(YAML_LOAD, [first, second])
    assert plan.conflicting == (second,)
    assert apply_edits(YAML_LOAD, plan.edits) == "a" + YAML_LOAD[2:]


def test_insertions_at_one_point_conflict_and_out_of_range_edits_are_refused() -> None:
    base = _finding()
    one = _with_fix(base, Edit(0, 0, "# a\n"))
    two = _with_fix(base, Edit(0, 0, "# b\n"))
    bad = _with_fix(base, Edit(5, 10_000, ""))
    plan = plan_fixes(YAML_LOAD, [one, two, bad])
    assert set(plan.conflicting) == {two, bad}


def test_apply_edits_rejects_overlap() -> None:
    with pytest.raises(ValueError, match="overlapping"):
        apply_edits("abcdef", [Edit(0, 3, ""), Edit(2, 4, "")])


def test_unified_diff() -> None:
    diff = unified_diff("app.py", YAML_LOAD, FIXED)
    assert diff.startswith("--- a/app.py\n+++ b/app.py\n")
    assert "-config = yaml.load(" in diff
    assert unified_diff("app.py", "same", "same") == ""
    assert "\\ No newline at end of file" in unified_diff("x", "a", "b")


def test_write_fixed_keeps_mode_and_refuses_changed_files(tmp_path: Path) -> None:
    path = tmp_path / "app.py"
    path.write_text(YAML_LOAD, encoding="utf-8")
    path.chmod(0o751)
    digest = hashlib.sha256(YAML_LOAD.encode()).hexdigest()
    write_fixed(path, digest, FIXED)
    assert path.read_text(encoding="utf-8") == FIXED
    assert stat.S_IMODE(path.stat().st_mode) == 0o751
    with pytest.raises(FixError, match="changed since it was scanned"):
        write_fixed(path, digest, "x")
    assert [p.name for p in tmp_path.iterdir()] == ["app.py"]


def test_write_fixed_refuses_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "app.py"
    data = b"x = '\xff'\n"
    path.write_bytes(data)
    with pytest.raises(FixError, match="UTF-8"):
        write_fixed(path, hashlib.sha256(data).hexdigest(), "x")
    assert path.read_bytes() == data


def test_fix_file_keeps_crlf_and_reports_stale_files(tmp_path: Path) -> None:
    text = YAML_LOAD.replace("\n", "\r\n")
    path = tmp_path / "app.py"
    path.write_bytes(text.encode())
    digest = hashlib.sha256(text.encode()).hexdigest()
    findings = scan_text(text, "python", path="app.py")
    dry = fix_file("app.py", str(path), digest, True, findings, write=False)
    assert dry is not None
    assert not dry.written
    assert "+config = yaml.safe_load" in dry.diff
    assert path.read_bytes() == text.encode()
    done = fix_file("app.py", str(path), digest, True, findings, write=True)
    assert done is not None
    assert done.written
    assert path.read_bytes() == FIXED.replace("\n", "\r\n").encode()
    stale = fix_file("app.py", str(path), digest, True, findings, write=True)
    assert stale is not None
    assert stale.problem == "changed since it was scanned; not fixed"


def test_fix_file_without_fixes_or_file() -> None:
    finding = replace(_finding(), fix=None)
    assert fix_file("a.py", "a.py", "0", True, [finding], write=True) is None
    outcome = fix_file("<stdin>", None, None, True, [_finding()], write=True)
    assert outcome is not None
    assert outcome.problem == "standard input cannot be fixed in place"


def test_markdown_fixes_point_into_the_markdown() -> None:
    text = "Here you go:\n\n```python\n" + YAML_LOAD + "```\n\nDone.\n"
    findings = scan_text(text, "markdown", path="answer.md")
    assert findings[0].fix is not None
    plan = plan_fixes(text, findings)
    fixed = apply_edits(text, plan.edits)
    assert fixed == text.replace("yaml.load(", "yaml.safe_load(")
