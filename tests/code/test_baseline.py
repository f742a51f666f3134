"""Baselines: write, read back, hide known findings; clear errors for bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redline.code.baseline import BaselineError, load_baseline, without_baseline, write_baseline
from redline.code.scanner import scan_text

YAML_LOAD = "import yaml\n\nconfig = yaml.load(open('settings.yml').read())\n"
SHELL = "import subprocess\n\nsubprocess.run(input(), shell=True)\n"


def test_round_trip(tmp_path: Path) -> None:
    old = scan_text(YAML_LOAD, "python", path="app.py")
    path = tmp_path / "baseline.json"
    assert write_baseline(path, old + old) == 1
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert data["findings"][0] | {"fingerprint": "x"} == {
        "fingerprint": "x",
        "rule": "PY401",
        "path": "app.py",
        "line": 3,
    }
    known = load_baseline(path)
    # Moving the line does not make it new; another finding is new.
    moved = scan_text("import os\n" + YAML_LOAD + SHELL, "python", path="app.py")
    kept, hidden = without_baseline(moved, known)
    assert hidden == 1
    assert [f.rule_code for f in kept] == ["PY101"]


def test_other_path_is_new(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    write_baseline(path, scan_text(YAML_LOAD, "python", path="a.py"))
    kept, hidden = without_baseline(
        scan_text(YAML_LOAD, "python", path="b.py"), load_baseline(path)
    )
    assert (len(kept), hidden) == (1, 0)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{oops", "not valid JSON"),
        ("[]", "not a redline baseline"),
        ('{"version": 1}', "not a redline baseline"),
        ('{"version": 1, "findings": [{"fingerprint": "nothex"}]}', "not a redline baseline"),
        ('{"version": 9, "findings": []}', "version 9 is not supported"),
    ],
)
def test_invalid_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "b.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError, match=message):
        load_baseline(path)


def test_missing_and_binary_files(tmp_path: Path) -> None:
    with pytest.raises(BaselineError, match="no such file"):
        load_baseline(tmp_path / "none.json")
    path = tmp_path / "b.json"
    path.write_bytes(b"\xff\xfe")
    with pytest.raises(BaselineError, match="not UTF-8"):
        load_baseline(path)
