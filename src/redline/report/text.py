"""The text report: one block per finding with the source line underlined, then a summary.

```
app.py:12:5: PY101 subprocess-shell-true [high] A command built from ... injection.
  12 | subprocess.run(f"ls {path}", shell=True)
     | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
     = fix available: Pass the command as an argument list without a shell
```

Colour comes from rich, which turns it off when the output is not a terminal or NO_COLOR is set.
Notes about skipped files and errors go to the error console.
"""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.text import Text

from redline._core import Finding, Severity
from redline.code.scanner import ScanResult

SEVERITY_STYLE = {
    Severity.CRITICAL: "bold white on red",
    Severity.HIGH: "bold red",
    Severity.MEDIUM: "yellow",
    Severity.LOW: "cyan",
    Severity.INFO: "dim",
}
_MAX_LINE = 160  # longer source lines are shown as a window around the finding
_TAB = 4


def _window(line: str, start: int, end: int) -> tuple[str, int, int]:
    """A slice of a long line around [start, end) with ellipses; start/end moved into it."""
    if len(line) <= _MAX_LINE:
        return line, start, end
    left = max(0, min(start - 40, len(line) - _MAX_LINE))
    right = min(len(line), left + _MAX_LINE)
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(line) else ""
    shown = prefix + line[left:right] + suffix
    shift = len(prefix) - left
    return shown, max(start + shift, len(prefix)), min(end + shift, len(shown) - len(suffix))


def source_excerpt(finding: Finding) -> tuple[str, str]:
    """The finding's source line (tabs expanded, long lines cut) and its underline."""
    line = finding.snippet.rstrip("\r\n")
    span = finding.span
    start = max(0, min(span.start_column - 1, len(line)))
    end = span.end_column - 1 if span.end_line == span.start_line else len(line)
    end = max(start, min(end, len(line)))
    line, start, end = _window(line, start, end)
    shown_prefix = line[:start].expandtabs(_TAB)
    marked = line[start:end].expandtabs(_TAB)
    underline = " " * len(shown_prefix) + "^" * max(1, len(marked))
    return line.expandtabs(_TAB), underline


def _finding_text(finding: Finding) -> Text:
    span = finding.span
    text = Text()
    text.append(f"{finding.path or '<code>'}:{span.start_line}:{span.start_column}:", "bold")
    text.append(" ")
    text.append(finding.rule_code, SEVERITY_STYLE[finding.severity])
    text.append(f" {finding.rule_name} ")
    text.append(f"[{finding.severity.value}]", SEVERITY_STYLE[finding.severity])
    text.append(f" {finding.message}")
    number = str(span.start_line)
    gutter = " " * len(number)
    line, underline = source_excerpt(finding)
    text.append("\n")
    text.append(f"  {number} | ", "blue")
    text.append(line)
    text.append("\n")
    text.append(f"  {gutter} | ", "blue")
    text.append(underline, SEVERITY_STYLE[finding.severity])
    if finding.fix is not None:
        text.append("\n")
        text.append(f"  {gutter} = ", "blue")
        text.append(f"fix available: {finding.fix.description}", "green")
    return text


def summary(result: ScanResult, *, fixed: int = 0) -> str:
    """One line: how many findings, of what severity, in how many files."""
    files = result.files_scanned
    file_word = "file" if files == 1 else "files"
    parts: list[str] = []
    count = len(result.findings)
    if count:
        by = Counter(f.severity for f in result.findings)
        detail = ", ".join(f"{by[s]} {s.value}" for s in reversed(Severity) if by[s])
        word = "finding" if count == 1 else "findings"
        with_findings = len({f.path for f in result.findings})
        parts.append(f"Found {count} {word} ({detail}) in {with_findings} of {files} {file_word}")
        fixable = sum(1 for f in result.findings if f.fix is not None)
        if fixable:
            parts.append(f"{fixable} fixable with --fix")
    else:
        parts.append(f"No findings in {files} {file_word}")
    if fixed:
        parts.append(f"fixed {fixed}")
    if result.baseline_hidden:
        parts.append(f"{result.baseline_hidden} hidden by the baseline")
    if result.skipped:
        parts.append(f"{len(result.skipped)} skipped")
    if result.errors:
        error_word = "error" if len(result.errors) == 1 else "errors"
        parts.append(f"{len(result.errors)} {error_word}")
    return "; ".join(parts) + "."


def render_text(
    result: ScanResult, out: Console, err: Console | None = None, *, fixed: int = 0
) -> None:
    """Print findings and the summary to `out`, notes and errors to `err` (default: `out`)."""
    notes = err or out
    for skipped in result.skipped:
        style = "yellow" if skipped.level == "warning" else "dim"
        notes.print(
            Text(f"{skipped.level}: {skipped.path}: skipped: {skipped.reason}", style),
            soft_wrap=True,
        )
    for error in result.errors:
        notes.print(Text(f"error: {error.path}: {error.message}", "bold red"), soft_wrap=True)
    for finding in result.findings:
        out.print(_finding_text(finding), soft_wrap=True)
        out.print()
    style = "bold red" if result.findings else "bold green"
    out.print(Text(summary(result, fixed=fixed), style), soft_wrap=True)
