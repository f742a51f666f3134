"""The public API: `redline.__all__` is sorted and names exactly the public names."""

from __future__ import annotations

from pathlib import Path

import pytest

import redline


def test_all_is_sorted_and_complete() -> None:
    assert redline.__all__ == sorted(redline.__all__)
    for name in redline.__all__:
        assert getattr(redline, name) is not None  # lazy names resolve on first use
    public = {
        name
        for name in vars(redline)
        if not name.startswith("_") and not _is_submodule(getattr(redline, name))
    }
    assert set(redline.__all__) == public | {"__version__"}
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = redline.nope


def _is_submodule(value: object) -> bool:
    return type(value).__name__ == "module"


def test_scan_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "app.py").write_text("import yaml\ncfg = yaml.load(data)\n", encoding="utf-8")
    result = redline.scan_paths(["."], redline.ScanOptions(severity=redline.Severity.HIGH))
    assert isinstance(result, redline.ScanResult)
    assert [f.rule_code for f in result.findings] == ["PY401"]
    assert result.findings[0].path == "app.py"
