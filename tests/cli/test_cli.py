"""The `redline` command, run in-process with typer's CliRunner (and once as a real process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redline import __version__
from redline.cli import app
from redline.cli.app import _ProgressBar

YAML_LOAD = "import yaml\n\nconfig = yaml.load(open('settings.yml').read())\n"
SHELL = "import subprocess\n\nsubprocess.run(input(), shell=True)\n"
CLEAN = "import yaml\n\nconfig = yaml.safe_load(open('settings.yml').read())\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project directory that is also the current directory."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    return tmp_path


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"redline {__version__}"


def test_help_lists_the_options(runner: CliRunner) -> None:
    result = runner.invoke(app, ["scan", "--help"])
    assert result.exit_code == 0
    for option in (
        "--lang",
        "--format",
        "--severity",
        "--confidence",
        "--select",
        "--ignore",
        "--jobs",
        "--fix",
        "--diff",
        "--baseline",
        "--write-baseline",
        "--config",
    ):
        assert option in result.output


def test_clean_file_exits_0(runner: CliRunner, project: Path) -> None:
    (project / "ok.py").write_text(CLEAN, encoding="utf-8")
    result = runner.invoke(app, ["scan", "ok.py"])
    assert result.exit_code == 0, result.output
    assert "No findings in 1 file" in result.output


def test_findings_exit_1_with_location_and_caret(runner: CliRunner, project: Path) -> None:
    (project / "app.py").write_text(YAML_LOAD, encoding="utf-8")
    result = runner.invoke(app, ["scan", "."])
    assert result.exit_code == 1, result.output
    assert "app.py:3:10: PY401 yaml-unsafe-load [high]" in result.output
    assert "config = yaml.load(open('settings.yml').read())" in result.output
    assert "         ^^^^^^^^^" in result.output
    assert "\x1b[" not in result.output  # no colour when not a terminal
    assert "Found 1 finding (1 high) in 1 of 1 file; 1 fixable with --fix." in result.output


def test_missing_path_exits_2(runner: CliRunner, project: Path) -> None:
    result = runner.invoke(app, ["scan", "nowhere.py"])
    assert result.exit_code == 2
    assert "nowhere.py: no such file or directory" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--select", "NOPE"], "unknown rule 'NOPE'"),
        (["--ignore", "PY401,bogus-name"], "unknown rule 'bogus-name'"),
        (["--lang", "cobol"], "unknown language 'cobol'"),
        (["--severity", "extreme"], "extreme"),
        (["--format", "xml"], "xml"),
        (["--jobs", "0"], "--jobs"),
    ],
)
def test_bad_arguments_exit_2(
    runner: CliRunner, project: Path, args: list[str], message: str
) -> None:
    (project / "app.py").write_text(CLEAN, encoding="utf-8")
    result = runner.invoke(app, ["scan", *args, "app.py"])
    assert result.exit_code == 2
    assert message in result.output


def test_severity_and_select_filters(runner: CliRunner, project: Path) -> None:
    (project / "app.py").write_text(YAML_LOAD + SHELL, encoding="utf-8")
    assert runner.invoke(app, ["scan", "--severity", "critical", "app.py"]).exit_code == 0
    result = runner.invoke(app, ["scan", "--select", "PY4", "-f", "json", "app.py"])
    assert [f["rule_code"] for f in json.loads(result.output)["findings"]] == ["PY401"]
    result = runner.invoke(app, ["scan", "--ignore", "yaml-unsafe-load", "-f", "json", "app.py"])
    assert [f["rule_code"] for f in json.loads(result.output)["findings"]] == ["PY101"]


def test_json_output_shape(runner: CliRunner, project: Path) -> None:
    (project / "app.py").write_text(YAML_LOAD, encoding="utf-8")
    (project / "blob.py").write_bytes(b"\x00\x01binary")
    result = runner.invoke(app, ["scan", "--format", "json", "."])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert set(data) == {"version", "findings", "errors", "skipped", "stats"}
    assert data["findings"][0]["path"] == "app.py"
    assert data["findings"][0]["fix"]["edits"]
    assert data["skipped"][0]["path"] == "blob.py"
    assert data["stats"]["files_scanned"] == 1


def test_sarif_output_file(runner: CliRunner, project: Path) -> None:
    (project / "app.py").write_text(YAML_LOAD, encoding="utf-8")
    result = runner.invoke(app, ["scan", "-f", "sarif", "-o", "out.sarif", "app.py"])
    assert result.exit_code == 1
    sarif = json.loads((project / "out.sarif").read_text(encoding="utf-8"))
    assert sarif["runs"][0]["results"][0]["ruleId"] == "PY401"


def test_stdin_python_and_markdown(runner: CliRunner, project: Path) -> None:
    result = runner.invoke(app, ["scan", "-", "--lang", "python"], input=YAML_LOAD)
    assert result.exit_code == 1
    assert "<stdin>:3:10: PY401" in result.output
    markdown = f"Try this:\n\n```python\n{YAML_LOAD}```\n\nand this:\n\n```py\n{SHELL}```\n"
    result = runner.invoke(app, ["scan", "-f", "json", "-"], input=markdown)
    codes = [f["rule_code"] for f in json.loads(result.stdout)["findings"]]
    assert codes == ["PY401", "PY101"]


def test_stdin_empty_and_unknown(runner: CliRunner, project: Path) -> None:
    assert runner.invoke(app, ["scan", "-"], input="").exit_code == 0
    result = runner.invoke(app, ["scan", "-"], input="just some words\n")
    assert result.exit_code == 0
    assert "could not tell the language" in result.output


def test_stdin_cannot_be_fixed_or_mixed(runner: CliRunner, project: Path) -> None:
    (project / "a.py").write_text(CLEAN, encoding="utf-8")
    assert runner.invoke(app, ["scan", "--fix", "-"], input=YAML_LOAD).exit_code == 2
    assert runner.invoke(app, ["scan", "-", "a.py"], input=YAML_LOAD).exit_code == 2
    result = runner.invoke(app, ["scan", "--diff", "-l", "py", "-"], input=YAML_LOAD)
    assert result.exit_code == 1
    assert "+config = yaml.safe_load(open('settings.yml').read())" in result.stdout


def test_fix_writes_and_diff_does_not(runner: CliRunner, project: Path) -> None:
    target = project / "app.py"
    target.write_text(YAML_LOAD, encoding="utf-8")
    result = runner.invoke(app, ["scan", "--diff", "app.py"])
    assert result.exit_code == 1
    assert "--- a/app.py" in result.stdout
    assert "+config = yaml.safe_load(open('settings.yml').read())" in result.stdout
    assert target.read_text(encoding="utf-8") == YAML_LOAD
    result = runner.invoke(app, ["scan", "--fix", "app.py"])
    assert result.exit_code == 0, result.output
    assert "fixed 1" in result.output
    assert target.read_text(encoding="utf-8") == CLEAN


def test_fix_keeps_unfixable_findings(runner: CliRunner, project: Path) -> None:
    target = project / "app.py"
    target.write_text(YAML_LOAD + SHELL, encoding="utf-8")
    result = runner.invoke(app, ["scan", "--fix", "app.py"])
    assert result.exit_code == 1
    assert "PY101" in result.output
    assert "PY401" not in result.output
    assert "yaml.safe_load" in target.read_text(encoding="utf-8")


def test_fix_leaves_invalid_utf8_alone(runner: CliRunner, project: Path) -> None:
    target = project / "app.py"
    data = YAML_LOAD.encode() + b"# caf\xe9\n"
    target.write_bytes(data)
    result = runner.invoke(app, ["scan", "--fix", "app.py"])
    assert result.exit_code == 1
    assert "not valid UTF-8" in result.output
    assert target.read_bytes() == data


def test_baseline_round_trip(runner: CliRunner, project: Path) -> None:
    (project / "app.py").write_text(YAML_LOAD, encoding="utf-8")
    result = runner.invoke(app, ["scan", "--write-baseline", "base.json", "."])
    assert result.exit_code == 0
    assert "wrote 1 fingerprints" in result.output
    result = runner.invoke(app, ["scan", "--baseline", "base.json", "."])
    assert result.exit_code == 0, result.output
    assert "1 hidden by the baseline" in result.output
    (project / "app.py").write_text("import os\n" + YAML_LOAD + SHELL, encoding="utf-8")
    result = runner.invoke(app, ["scan", "--baseline", "base.json", "-f", "json", "."])
    assert result.exit_code == 1
    assert [f["rule_code"] for f in json.loads(result.stdout)["findings"]] == ["PY101"]


def test_invalid_baseline_exits_2(runner: CliRunner, project: Path) -> None:
    (project / "app.py").write_text(YAML_LOAD, encoding="utf-8")
    (project / "base.json").write_text("{not json", encoding="utf-8")
    result = runner.invoke(app, ["scan", "--baseline", "base.json", "."])
    assert result.exit_code == 2
    assert "baseline base.json: not valid JSON" in result.output


def test_config_is_read_and_cli_overrides_it(runner: CliRunner, project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.redline]\nignore = ["PY401"]\nformat = "json"\n', encoding="utf-8"
    )
    (project / "app.py").write_text(YAML_LOAD, encoding="utf-8")
    result = runner.invoke(app, ["scan", "."])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["findings"] == []
    result = runner.invoke(app, ["scan", "--ignore", "PY101", "--format", "text", "."])
    assert result.exit_code == 1
    assert "PY401" in result.output


def test_bad_config_exits_2_naming_key_and_file(runner: CliRunner, project: Path) -> None:
    (project / "pyproject.toml").write_text("[tool.redline]\nselekt = []\n", encoding="utf-8")
    (project / "app.py").write_text(CLEAN, encoding="utf-8")
    result = runner.invoke(app, ["scan", "."])
    assert result.exit_code == 2
    assert "pyproject.toml" in result.output
    assert "unknown key 'selekt'" in result.output


def test_explicit_config_file(runner: CliRunner, project: Path) -> None:
    (project / "other.toml").write_text('[tool.redline]\nseverity = "critical"\n', "utf-8")
    (project / "app.py").write_text(YAML_LOAD, encoding="utf-8")
    assert runner.invoke(app, ["scan", "--config", "other.toml", "."]).exit_code == 0
    assert runner.invoke(app, ["scan", "--config", "missing.toml", "."]).exit_code == 2


def test_empty_directory_exits_0(runner: CliRunner, project: Path) -> None:
    (project / "empty").mkdir()
    result = runner.invoke(app, ["scan", "empty"])
    assert result.exit_code == 0
    assert "No findings in 0 files" in result.output


def test_rules_command(runner: CliRunner) -> None:
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    assert "PY101" in result.output
    assert "subprocess-shell-true" in result.output
    data = json.loads(runner.invoke(app, ["rules", "--format", "json"]).output)
    py401 = next(r for r in data if r["code"] == "PY401")
    assert py401 == py401 | {"name": "yaml-unsafe-load", "cwe": [502], "fixable": True}


def test_progress_bar_starts_only_for_many_files() -> None:
    bar = _ProgressBar(enabled=True)
    bar.discovered(10)
    assert bar.progress is None
    bar.discovered(60)
    assert bar.progress is not None
    bar.advance(30, 60)
    bar.stop()


def test_real_process_exit_codes(tmp_path: Path) -> None:
    (tmp_path / "bad.py").write_text(YAML_LOAD, encoding="utf-8")
    (tmp_path / "good.py").write_text(CLEAN, encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "1"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "redline.cli", "scan", *args],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )

    assert run("good.py").returncode == 0
    found = run("bad.py")
    assert found.returncode == 1
    assert "bad.py:3:10: PY401" in found.stdout
    missing = run("missing.py")
    assert missing.returncode == 2
    assert "missing.py" in missing.stderr
