"""SARIF 2.1.0 output for code-scanning services (GitHub, Azure DevOps, IDE viewers).

Columns are Unicode code points (`columnKind: unicodeCodePoints`), as redline counts them;
paths under the current directory are relative to `%SRCROOT%`, with forward slashes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from redline._core import Confidence, Finding, Severity
from redline.code.rules import Rule, all_rules
from redline.code.scanner import STDIN_PATH, ScanResult

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
INFORMATION_URI = "https://pypi.org/project/redline/"

_LEVEL = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "note",
    Severity.INFO: "note",
}
# GitHub's bands: >= 9.0 critical, >= 7.0 high, >= 4.0 medium, > 0 low.
_SECURITY_SEVERITY = {
    Severity.CRITICAL: "9.5",
    Severity.HIGH: "8.0",
    Severity.MEDIUM: "5.5",
    Severity.LOW: "3.0",
    Severity.INFO: "1.0",
}
_PRECISION = {Confidence.HIGH: "high", Confidence.MEDIUM: "medium", Confidence.LOW: "low"}


def artifact_location(path: str | None) -> dict[str, str]:
    """An artifactLocation for a reported path: relative to %SRCROOT% when it is relative."""
    if path is None or path == STDIN_PATH:
        return {"uri": "stdin"}
    pure = PurePosixPath(path)
    if pure.is_absolute():
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(pure.as_posix(), safe="/"), "uriBaseId": SRCROOT}


def _help_markdown(rule: Rule) -> str:
    docs = rule.spec.docs
    refs = "\n".join(f"- {ref}" for ref in docs.references)
    return (
        f"{docs.what}\n\n**Why is this bad?** {docs.why}\n\n"
        f"**Example**\n\n```\n{docs.example}\n```\n\n**Use instead**\n\n```\n{docs.instead}\n```"
        f"\n\n**References**\n\n{refs}\n"
    )


def _rule_descriptor(rule: Rule) -> dict[str, Any]:
    spec = rule.spec
    docs = spec.docs
    tags = ["security", *(f"external/cwe/cwe-{c}" for c in spec.cwe), *spec.tags]
    return {
        "id": spec.code,
        "name": spec.name,
        "shortDescription": {"text": spec.message},
        "fullDescription": {"text": docs.what},
        "help": {
            "text": f"{docs.what} {docs.why} Use instead: {docs.instead}",
            "markdown": _help_markdown(rule),
        },
        "defaultConfiguration": {"level": _LEVEL[spec.severity]},
        "properties": {
            "tags": tags,
            "precision": _PRECISION[spec.confidence],
            "problem.severity": {"error": "error", "warning": "warning", "note": "recommendation"}[
                _LEVEL[spec.severity]
            ],
            "security-severity": _SECURITY_SEVERITY[spec.severity],
            "severity": spec.severity.value,
            "confidence": spec.confidence.value,
            "languages": list(spec.languages),
            "fixable": spec.fixable,
        },
    }


def _region(finding: Finding) -> dict[str, Any]:
    span = finding.span
    return {
        "startLine": span.start_line,
        "startColumn": span.start_column,
        "endLine": span.end_line,
        "endColumn": max(span.end_column, 1),
        "charOffset": span.start,
        "charLength": span.end - span.start,
        "snippet": {"text": finding.snippet},
    }


def _result(finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    location = artifact_location(finding.path)
    result: dict[str, Any] = {
        "ruleId": finding.rule_code,
        "level": _LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {"physicalLocation": {"artifactLocation": location, "region": _region(finding)}}
        ],
        "partialFingerprints": {"redline/v1": finding.fingerprint},
        "properties": {
            "name": finding.rule_name,
            "severity": finding.severity.value,
            "confidence": finding.confidence.value,
            "language": finding.language,
        },
    }
    if finding.rule_code in index:
        result["ruleIndex"] = index[finding.rule_code]
    if finding.trace:
        result["codeFlows"] = [
            {
                "threadFlows": [
                    {
                        "locations": [
                            {
                                "location": {
                                    "physicalLocation": {
                                        "artifactLocation": location,
                                        "region": {
                                            "startLine": step.span.start_line,
                                            "startColumn": step.span.start_column,
                                            "endLine": step.span.end_line,
                                            "endColumn": max(step.span.end_column, 1),
                                        },
                                    },
                                    "message": {"text": step.note},
                                },
                                "kinds": [step.kind],
                            }
                            for step in finding.trace
                        ]
                    }
                ]
            }
        ]
    if finding.fix is not None and finding.fix.edits:
        result["fixes"] = [
            {
                "description": {"text": finding.fix.description},
                "artifactChanges": [
                    {
                        "artifactLocation": location,
                        "replacements": [
                            {
                                "deletedRegion": {
                                    "charOffset": edit.start,
                                    "charLength": edit.end - edit.start,
                                },
                                "insertedContent": {"text": edit.replacement},
                            }
                            for edit in finding.fix.edits
                        ],
                    }
                ],
            }
        ]
    return result


def _notification(path: str, message: str, level: str) -> dict[str, Any]:
    return {
        "level": level,
        "message": {"text": f"{path}: {message}"},
        "locations": [{"physicalLocation": {"artifactLocation": artifact_location(path)}}],
    }


def to_sarif(
    result: ScanResult, *, rules: Iterable[Rule] | None = None, cwd: Path | None = None
) -> dict[str, Any]:
    """The SARIF log of a scan, as a JSON-ready dict; `rules` defaults to every rule."""
    from redline import __version__

    descriptors = sorted(rules if rules is not None else all_rules(), key=lambda r: r.code)
    index = {rule.code: i for i, rule in enumerate(descriptors)}
    root = (cwd or Path.cwd()).resolve().as_uri().rstrip("/") + "/"
    notifications = [_notification(e.path, e.message, "error") for e in result.errors] + [
        _notification(s.path, s.reason, "warning" if s.level == "warning" else "note")
        for s in result.skipped
    ]
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "redline",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": [_rule_descriptor(rule) for rule in descriptors],
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not result.errors,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "originalUriBaseIds": {SRCROOT: {"uri": root}},
                "columnKind": "unicodeCodePoints",
                "results": [_result(f, index) for f in result.findings],
            }
        ],
    }


def render_sarif(result: ScanResult, *, rules: Iterable[Rule] | None = None) -> str:
    """The SARIF log as indented JSON text."""
    return json.dumps(to_sarif(result, rules=rules), indent=2, ensure_ascii=False) + "\n"
