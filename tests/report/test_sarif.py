"""SARIF output: valid against the official SARIF 2.1.0 schema, with the fields CI services read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from redline.code.files import ScanError, Skipped
from redline.code.rules import get_rule
from redline.code.scanner import ScanResult, scan_paths, scan_text
from redline.report import render_sarif, to_sarif
from redline.report.sarif import artifact_location

SCHEMA_PATH = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
YAML_LOAD = "import yaml\n\nconfig = yaml.load(open('settings.yml').read())\n"
SHELL = "import subprocess\n\nsubprocess.run(input(), shell=True)\n"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema)


def _scan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ScanResult:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pkg" / "sub dir").mkdir(parents=True)
    (tmp_path / "pkg" / "sub dir" / "app.py").write_text(YAML_LOAD + SHELL, encoding="utf-8")
    (tmp_path / "pkg" / "blob.py").write_bytes(b"\0\0")
    result = scan_paths(["pkg", "missing.py"])
    assert result.findings
    return result


def _errors(validator: jsonschema.Draft4Validator, log: Any) -> list[str]:
    return [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(log)]


def test_output_is_valid_sarif(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, validator: jsonschema.Draft4Validator
) -> None:
    log = json.loads(render_sarif(_scan(tmp_path, monkeypatch)))
    assert _errors(validator, log) == []
    assert log["version"] == "2.1.0"


def test_empty_result_is_valid_sarif(validator: jsonschema.Draft4Validator) -> None:
    assert _errors(validator, to_sarif(ScanResult())) == []


def test_the_schema_rejects_a_broken_log(validator: jsonschema.Draft4Validator) -> None:
    log = to_sarif(ScanResult())
    log["runs"][0]["results"] = [{"level": "fatal", "message": {"text": "x"}}]
    assert _errors(validator, log)


def test_rules_results_locations_and_fixes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run = to_sarif(_scan(tmp_path, monkeypatch))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert ids == sorted(ids)
    py101 = rules[ids.index("PY101")]
    assert py101["name"] == "subprocess-shell-true"
    assert "external/cwe/cwe-78" in py101["properties"]["tags"]
    assert py101["properties"]["security-severity"] == "8.0"
    assert py101["shortDescription"]["text"]
    assert "Why is this bad?" in py101["help"]["markdown"]

    by_rule = {r["ruleId"]: r for r in run["results"]}
    yaml_result = by_rule["PY401"]
    assert yaml_result["level"] == "error"
    assert ids[yaml_result["ruleIndex"]] == "PY401"
    location = yaml_result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "pkg/sub%20dir/app.py", "uriBaseId": "%SRCROOT%"}
    assert location["region"]["startLine"] == 3
    assert location["region"]["startColumn"] == 10
    assert location["region"]["endColumn"] > location["region"]["startColumn"]
    assert len(yaml_result["partialFingerprints"]["redline/v1"]) == 16
    replacement = yaml_result["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"]["text"] == "safe_load"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.resolve().as_uri() + "/"
    assert run["columnKind"] == "unicodeCodePoints"

    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert {n["level"] for n in notes} == {"error", "note"}
    assert run["invocations"][0]["executionSuccessful"] is False


def test_region_matches_the_text(tmp_path: Path) -> None:
    text = "# é ü\n" + YAML_LOAD
    finding = scan_text(text, "python", path="x.py")[0]
    region = to_sarif(ScanResult(findings=[finding]))["runs"][0]["results"][0]["locations"][0]
    reg = region["physicalLocation"]["region"]
    assert text[reg["charOffset"] : reg["charOffset"] + reg["charLength"]].startswith("yaml.load")


def test_artifact_locations() -> None:
    assert artifact_location("src/a b.py") == {"uri": "src/a%20b.py", "uriBaseId": "%SRCROOT%"}
    assert artifact_location("/abs/x.py") == {"uri": "file:///abs/x.py"}
    assert artifact_location("<stdin>") == {"uri": "stdin"}


def test_selected_rules_only(tmp_path: Path) -> None:
    result = ScanResult(errors=[ScanError("x", "gone")], skipped=[Skipped("y", "binary")])
    log = to_sarif(result, rules=[get_rule("PY401")])
    assert [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]] == ["PY401"]
