"""Settings from pyproject.toml: discovery, validation and precedence."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline._core import Confidence, Severity
from redline.code.config import (
    ConfigError,
    Settings,
    discover_settings,
    find_pyproject,
    load_settings,
    normalize_rule_keys,
    rule_selected,
)
from redline.code.engine import DEFAULT_CONFIDENCE


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path: Path) -> None:
    assert discover_settings(tmp_path) == Settings()


def test_found_upward_skipping_files_without_the_table(tmp_path: Path) -> None:
    top = _write(tmp_path / "pyproject.toml", '[tool.redline]\nseverity = "high"\n')
    _write(tmp_path / "pkg" / "pyproject.toml", "[project]\nname = 'x'\n")
    start = tmp_path / "pkg" / "src"
    start.mkdir()
    assert find_pyproject(start) == top.resolve()
    assert discover_settings(start).severity is Severity.HIGH


def test_every_key(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "pyproject.toml",
        "[tool.redline]\n"
        'select = ["PY1", "yaml-unsafe-load"]\n'
        'ignore = ["py101"]\n'
        'severity = "Medium"\n'
        'confidence = "high"\n'
        'exclude = ["tests/"]\n'
        "max-file-size = 2048\n"
        'baseline = "ci/baseline.json"\n'
        'format = "sarif"\n',
    )
    settings = load_settings(path)
    assert settings.select == ("PY1", "yaml-unsafe-load")
    assert settings.ignore == ("PY101",)
    assert settings.severity is Severity.MEDIUM
    assert settings.confidence is Confidence.HIGH
    assert settings.exclude == ("tests/",)
    assert settings.max_file_size == 2048
    assert settings.baseline == tmp_path / "ci" / "baseline.json"
    assert settings.format == "sarif"
    assert settings.source == path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("colour = true\n", "unknown key 'colour'"),
        ('severity = "extreme"\n', "severity: unknown severity 'extreme'"),
        ('format = "xml"\n', "format"),
        ("max-file-size = -1\n", "max-file-size"),
        ('select = ["NOT-A-RULE"]\n', "unknown rule 'NOT-A-RULE'"),
        ("exclude = 3\n", "exclude"),
    ],
)
def test_errors_name_the_file_and_the_key(tmp_path: Path, body: str, message: str) -> None:
    path = _write(tmp_path / "pyproject.toml", "[tool.redline]\n" + body)
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_broken_toml(tmp_path: Path) -> None:
    path = _write(tmp_path / "pyproject.toml", "[tool.redline]\nselect = [\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        discover_settings(tmp_path)
    assert path.exists()


def test_precedence_defaults_file_cli(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "pyproject.toml",
        '[tool.redline]\nseverity = "high"\nignore = ["PY401"]\nformat = "json"\n',
    )
    from_file = load_settings(path)
    merged = from_file.merged(severity=Severity.LOW, ignore=None, format=None, select=["PY101"])
    assert merged.severity is Severity.LOW  # the CLI wins
    assert merged.ignore == ("PY401",)  # the file's value stays where the CLI says nothing
    assert merged.format == "json"
    assert merged.select == ("PY101",)
    assert merged.confidence is DEFAULT_CONFIDENCE  # the default where neither says
    with pytest.raises(ConfigError, match="--select: unknown rule 'XX'"):
        from_file.merged(select=["XX"])


def test_rule_keys_and_selection() -> None:
    assert normalize_rule_keys("PY101, yaml-unsafe-load", origin="x") == (
        "PY101",
        "yaml-unsafe-load",
    )
    assert normalize_rule_keys(["js", "GO1"], origin="x") == ("JS", "GO1")
    assert rule_selected("PY101", "subprocess-shell-true", None, ())
    assert rule_selected("PY101", "subprocess-shell-true", ("PY1",), ())
    assert not rule_selected("PY101", "subprocess-shell-true", ("PY4",), ())
    assert not rule_selected("PY101", "subprocess-shell-true", None, ("subprocess-shell-true",))
