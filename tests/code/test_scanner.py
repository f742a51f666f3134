"""Scanning many files: serial and parallel agree, filters apply, bad input never crashes."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline._core import Confidence, Severity
from redline.code.files import MARKDOWN, Target
from redline.code.scanner import (
    ScanOptions,
    _scan_target,
    scan_paths,
    scan_stdin,
    scan_targets,
    scan_text,
)

YAML_LOAD = "import yaml\n\nconfig = yaml.load(open('settings.yml').read())\n"
SHELL = "import subprocess\n\nsubprocess.run(input(), shell=True)\n"
CLEAN = "def add(a, b):\n    return a + b\n"


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _many(root: Path, count: int) -> None:
    for i in range(count):
        text = (YAML_LOAD if i % 3 == 0 else CLEAN) + (SHELL if i % 5 == 0 else "")
        (root / f"m{i:03d}.py").write_text(text, encoding="utf-8")


def _keys(findings: object) -> list[tuple[str | None, str, int]]:
    return [(f.path, f.rule_code, f.span.start) for f in findings]  # type: ignore[attr-defined]


def test_parallel_and_serial_agree(here: Path) -> None:
    _many(here, 40)
    progress: list[tuple[int, int]] = []
    serial = scan_paths(["."], jobs=1)
    parallel = scan_paths(["."], jobs=2, progress=lambda d, t: progress.append((d, t)))
    assert _keys(serial.findings) == _keys(parallel.findings)
    assert serial.files_scanned == parallel.files_scanned == 40
    assert len(serial.findings) == 14 + 8
    assert progress[-1] == (40, 40)
    assert [p for p, _ in progress] == sorted(p for p, _ in progress)


def test_results_are_sorted_by_path_and_position(here: Path) -> None:
    (here / "b.py").write_text(YAML_LOAD + SHELL, encoding="utf-8")
    (here / "a.py").write_text(SHELL, encoding="utf-8")
    result = scan_paths(["b.py", "."])
    assert [(f.path, f.rule_code) for f in result.findings] == [
        ("a.py", "PY101"),
        ("b.py", "PY401"),
        ("b.py", "PY101"),
    ]
    assert result.files_scanned == 2


def test_thresholds_and_selection() -> None:
    text = YAML_LOAD + SHELL
    assert len(scan_text(text, "python", path="x.py")) == 2
    assert (
        scan_text(text, "python", path="x", options=ScanOptions(severity=Severity.CRITICAL)) == []
    )
    high = scan_text(text, "python", path="x", options=ScanOptions(confidence=Confidence.HIGH))
    assert all(f.confidence is Confidence.HIGH for f in high)
    only = scan_text(text, "python", path="x", options=ScanOptions(select=("PY4",)))
    assert [f.rule_code for f in only] == ["PY401"]
    rest = scan_text(text, "python", path="x", options=ScanOptions(ignore=("yaml-unsafe-load",)))
    assert [f.rule_code for f in rest] == ["PY101"]


def test_markdown_file(here: Path) -> None:
    (here / "answer.md").write_text(
        f"Use this:\n\n```python\n{YAML_LOAD}```\n\nThen:\n\n```python\n{SHELL}```\n",
        encoding="utf-8",
    )
    result = scan_paths(["answer.md"])
    assert [(f.rule_code, f.line) for f in result.findings] == [("PY401", 6), ("PY101", 14)]


def test_explicit_file_of_unknown_language(here: Path) -> None:
    (here / "script").write_text("#!/usr/bin/env python3\n" + YAML_LOAD, encoding="utf-8")
    (here / "notes.txt").write_text("Nothing to see here, just words.\n", encoding="utf-8")
    (here / "empty.txt").write_text("", encoding="utf-8")
    result = scan_paths(["script", "notes.txt", "empty.txt"])
    assert [f.rule_code for f in result.findings] == ["PY401"]
    assert [(s.path, s.reason) for s in result.skipped] == [
        ("notes.txt", "could not tell the language; pass --lang to name it")
    ]
    forced = scan_paths(["notes.txt"], ScanOptions(language="python"))
    assert forced.skipped == []


def test_bad_input_binary_huge_invalid_utf8_empty(here: Path) -> None:
    (here / "bin.py").write_bytes(b"\x7fELF\0\0\0")
    (here / "huge.py").write_text(YAML_LOAD * 100, encoding="utf-8")
    (here / "latin.py").write_bytes(YAML_LOAD.encode() + b"# \xe9\xe8\n")
    (here / "empty.py").write_bytes(b"")
    result = scan_paths(["."], ScanOptions(max_file_size=1000))
    assert sorted((s.path, s.level) for s in result.skipped) == [
        ("bin.py", "note"),
        ("huge.py", "warning"),
    ]
    assert [f.path for f in result.findings] == ["latin.py"]
    latin = next(f for f in result.files if f.path == "latin.py")
    assert not latin.valid_utf8
    assert result.errors == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("python", "x = " + "(" * 3000 + "1" + ")" * 3000 + "\n"),
        ("python", "x = " + "[" * 5000 + "\n"),
        ("javascript", "let a = " + "{a:" * 1500 + "1" + "}" * 1500 + ";\n"),
        ("c", "int f() { " + "{" * 1500 + "}" * 1500 + " }\n"),
        (MARKDOWN, "> " * 2000 + "```python\n" + "(" * 3000 + "\n```\n"),
    ],
)
def test_deep_nesting_does_not_crash(tmp_path: Path, language: str, text: str) -> None:
    path = tmp_path / "deep.txt"
    path.write_text(text, encoding="utf-8")
    result = _scan_target(Target(path, "deep.txt", language, True), ScanOptions())
    assert result.error is None


def test_stdin() -> None:
    result = scan_stdin(YAML_LOAD.encode(), ScanOptions(language="py"))
    assert [f.path for f in result.findings] == ["<stdin>"]
    assert scan_stdin(b"", ScanOptions()).findings == []
    assert scan_stdin(b"\0\0", ScanOptions()).skipped[0].reason.startswith("binary")
    guessed = scan_stdin(("from os import path\n" + YAML_LOAD).encode())
    assert [f.rule_code for f in guessed.findings] == ["PY401"]


def test_scan_targets_keeps_order(tmp_path: Path) -> None:
    targets = []
    for i in range(3):
        path = tmp_path / f"{i}.py"
        path.write_text(YAML_LOAD, encoding="utf-8")
        targets.append(Target(path, f"{i}.py", "python", False))
    assert [r.path for r in scan_targets(list(reversed(targets)))] == ["2.py", "1.py", "0.py"]


def test_stats(here: Path) -> None:
    (here / "a.py").write_text(YAML_LOAD, encoding="utf-8")
    stats = scan_paths(["."]).stats()
    assert stats["findings"] == 1
    assert stats["fixable"] == 1
    assert stats["by_severity"]["high"] == 1
