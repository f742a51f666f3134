"""The text and JSON reports."""

from __future__ import annotations

import io
import json
from dataclasses import replace

from rich.console import Console

from redline._core import Span
from redline.code.files import ScanError, Skipped
from redline.code.scanner import FileResult, ScanResult, scan_text
from redline.report import render_json, render_text
from redline.report.text import source_excerpt, summary

YAML_LOAD = "import yaml\n\nconfig = yaml.load(open('settings.yml').read())\n"


def _result(text: str = YAML_LOAD) -> ScanResult:
    findings = scan_text(text, "python", path="app.py")
    return ScanResult(findings=findings, files=[FileResult("app.py", findings=tuple(findings))])


def _render(result: ScanResult, *, color: bool = False) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    render_text(
        result,
        Console(
            file=out, color_system="truecolor" if color else None, force_terminal=color, width=80
        ),
        Console(file=err, color_system=None, width=80),
    )
    return out.getvalue(), err.getvalue()


def test_text_report_names_location_rule_and_line() -> None:
    out, err = _render(_result())
    assert out.splitlines()[0].startswith("app.py:3:10: PY401 yaml-unsafe-load [high] yaml.load()")
    assert "  3 | config = yaml.load(open('settings.yml').read())" in out
    snippet = "yaml.load(open('settings.yml').read())"
    assert "    |          " + "^" * len(snippet) + "\n" in out
    assert "fix available: Use yaml.safe_load()" in out
    assert out.rstrip().endswith("1 fixable with --fix.")
    assert err == ""


def test_long_lines_are_not_wrapped_or_flooding() -> None:
    text = "import yaml\nx = 1; " + "y = 2; " * 200 + "config = yaml.load(data)\n"
    out, _ = _render(_result(text))
    shown = next(line for line in out.splitlines() if line.startswith("  2 |"))
    assert len(shown) < 200
    assert "yaml.load(data)" in shown
    assert shown.index("yaml.load") == out.splitlines()[2].index("^")


def test_colour_only_when_asked() -> None:
    plain, _ = _render(_result())
    coloured, _ = _render(_result(), color=True)
    assert "\x1b[" not in plain
    assert "\x1b[" in coloured


def test_notes_go_to_the_error_console() -> None:
    result = ScanResult(
        errors=[ScanError("gone.py", "no such file")], skipped=[Skipped("b", "binary")]
    )
    out, err = _render(result)
    assert "error: gone.py: no such file" in err
    assert "note: b: skipped: binary" in err
    assert "No findings in 0 files; 1 skipped; 1 error." in out


def test_source_excerpt_multiline_and_tabs() -> None:
    finding = _result().findings[0]
    tabbed = replace(
        finding,
        snippet="\tcall(\n",
        span=Span(1, 20, start_line=3, start_column=2, end_line=5, end_column=2),
    )
    line, underline = source_excerpt(tabbed)
    assert line == "    call("
    assert underline == "    ^^^^^"


def test_summary_counts() -> None:
    result = _result(YAML_LOAD + "other = yaml.load(x)\n")
    assert summary(result) == "Found 2 findings (2 high) in 1 of 1 file; 2 fixable with --fix."
    result.baseline_hidden = 3
    assert "3 hidden by the baseline" in summary(result)


def test_json_report_is_stable_and_complete() -> None:
    data = json.loads(render_json(_result()))
    assert list(data) == ["version", "findings", "errors", "skipped", "stats"]
    finding = data["findings"][0]
    assert finding["rule_code"] == "PY401"
    assert finding["span"]["start_line"] == 3
    assert finding["severity"] == "high"
    assert len(finding["fingerprint"]) == 16
    assert data["stats"]["by_severity"]["high"] == 1
    assert data["stats"]["fixable"] == 1
