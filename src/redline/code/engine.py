"""Scan code: parse, run the language's rules, drop suppressed findings, sort."""

from __future__ import annotations

import re

from redline._core import Confidence, Finding, Severity
from redline.code import languages
from redline.code.document import Document
from redline.code.markdown import code_blocks
from redline.code.matcher import compiled, run_rules

# Findings below this confidence (a value that is not constant but that no untrusted source was
# seen to reach, a pattern that is often benign) are reported only when asked for.
DEFAULT_CONFIDENCE = Confidence.MEDIUM

_SUPPRESS = re.compile(r"redline:\s*ignore(?:\[(?P<codes>[^\]]*)\])?", re.IGNORECASE)


def _suppressions(doc: Document) -> dict[int, frozenset[str] | None]:
    """0-based line -> suppressed codes/names (None = every rule)."""
    result: dict[int, frozenset[str] | None] = {}
    if "redline" not in doc.text:
        return result
    for m in _SUPPRESS.finditer(doc.text):
        line = doc.line_of(m.start())
        codes = m.group("codes")
        value = (
            None if codes is None else frozenset(c.strip() for c in codes.split(",") if c.strip())
        )
        result[line] = value
        # A comment alone on its line covers the next line too.
        before = doc.line_text(line)[: m.start() - doc.line_start(line)]
        if not before.strip(" \t#/*-;") or before.strip().startswith(("#", "//", "/*", "--")):
            result.setdefault(line + 1, value)
    return result


def _suppressed(finding: Finding, doc: Document, table: dict[int, frozenset[str] | None]) -> bool:
    line = finding.span.start_line - doc.base_line - 1
    if line not in table:
        return False
    codes = table[line]
    return codes is None or finding.rule_code in codes or finding.rule_name in codes


def scan_document(
    doc: Document,
    *,
    min_severity: Severity = Severity.INFO,
    min_confidence: Confidence = DEFAULT_CONFIDENCE,
) -> list[Finding]:
    """The findings of every rule of the document's language."""
    table = _suppressions(doc)
    seen: set[tuple[str, int, int]] = set()
    findings: list[Finding] = []
    for finding in run_rules(doc, compiled(doc.language)):
        key = (finding.rule_code, finding.span.start, finding.span.end)
        if (
            key in seen
            or finding.severity < min_severity
            or finding.confidence < min_confidence
            or _suppressed(finding, doc, table)
        ):
            continue
        seen.add(key)
        findings.append(finding)
    findings.sort(key=lambda f: (f.span.start, f.span.end, f.rule_code))
    return findings


def scan_code(
    code: str,
    language: str | None = None,
    *,
    path: str | None = None,
    min_severity: Severity = Severity.INFO,
    min_confidence: Confidence = DEFAULT_CONFIDENCE,
) -> list[Finding]:
    """Scan one piece of code. `language` is a name or alias; None guesses it.

    `redline.scan_code("import os\\nos.system(cmd)", "python")` -> [Finding(...)]
    A snippet whose language cannot be guessed yields no findings.
    """
    lang = languages.normalize(language) if language else languages.guess(code)
    if lang is None or not code.strip():
        return []
    return scan_document(
        Document(code, lang, path=path), min_severity=min_severity, min_confidence=min_confidence
    )


def scan_markdown(
    text: str,
    *,
    path: str | None = None,
    min_severity: Severity = Severity.INFO,
    min_confidence: Confidence = DEFAULT_CONFIDENCE,
) -> list[Finding]:
    """Scan every fenced code block of a Markdown text; spans point into `text`."""
    findings: list[Finding] = []
    for block in code_blocks(text):
        if block.language is None or not block.code.strip():
            continue
        doc = Document(
            block.code, block.language, path=path, base_offset=block.offset, base_line=block.line
        )
        findings.extend(
            scan_document(doc, min_severity=min_severity, min_confidence=min_confidence)
        )
    return findings
