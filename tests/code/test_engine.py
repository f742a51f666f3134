"""scan_code: suppressions, thresholds, language handling."""

from __future__ import annotations

import pytest

from redline import Severity, scan_code
from redline.code.languages import UnknownLanguageError

VULN = "import yaml\ncfg = yaml.load(data)\n"


def test_finding_fields() -> None:
    (finding,) = scan_code(VULN, "python")
    assert finding.rule_code == "PY401"
    assert finding.cwe == (502,)
    assert finding.line == 2
    assert finding.snippet == "cfg = yaml.load(data)"
    assert VULN[finding.span.start : finding.span.end] == "yaml.load(data)"


@pytest.mark.parametrize(
    "comment",
    ["# redline: ignore", "# redline: ignore[PY401]", "# redline: ignore[yaml-unsafe-load]"],
)
def test_inline_suppression(comment: str) -> None:
    assert scan_code(f"import yaml\ncfg = yaml.load(data)  {comment}\n", "python") == []
    assert scan_code(f"import yaml\n{comment}\ncfg = yaml.load(data)\n", "python") == []


def test_suppression_of_another_code_keeps_the_finding() -> None:
    code = "import yaml\ncfg = yaml.load(data)  # redline: ignore[PY101]\n"
    assert [f.rule_code for f in scan_code(code, "python")] == ["PY401"]


def test_severity_threshold() -> None:
    assert scan_code(VULN, "python", min_severity=Severity.CRITICAL) == []
    assert scan_code(VULN, "python", min_severity=Severity.HIGH) != []


def test_language_aliases_and_guessing() -> None:
    assert scan_code(VULN, "py") == scan_code(VULN, "python")
    assert [f.rule_code for f in scan_code(VULN)] == ["PY401"]


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(UnknownLanguageError, match="cobol"):
        scan_code(VULN, "cobol")


@pytest.mark.parametrize("code", ["", "   \n", "\x00\x01", "((((((((" * 2000])
def test_degenerate_input_yields_no_crash(code: str) -> None:
    assert isinstance(scan_code(code, "python"), list)


def test_deep_nesting_does_not_crash() -> None:
    deep = "x = " + "[" * 5000 + "]" * 5000 + "\nimport yaml\nyaml.load(d)\n"
    assert [f.rule_code for f in scan_code(deep, "python")] == ["PY401"]
