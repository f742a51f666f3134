"""The JSON report: one stable, documented object.

```json
{
  "version": "0.1.0",            // the redline version that wrote it
  "findings": [Finding.to_dict(), ...],
  "errors":   [{"path": "x.py", "message": "cannot read: Permission denied"}],
  "skipped":  [{"path": "logo.png", "reason": "binary file ...", "level": "note"}],
  "stats":    {"files_scanned": 3, "files_skipped": 1, "errors": 0, "findings": 2,
               "fixable": 1, "by_severity": {"info": 0, ..., "critical": 0},
               "baseline_hidden": 0}
}
```

A finding is `Finding.to_dict()`: rule_code, rule_name, message, severity, confidence, cwe,
language, span {start, end, start_line, start_column, end_line, end_column} (character offsets
and 1-based lines/columns), snippet (the source line), path, fix (null or {description, edits:
[{start, end, replacement}]}), trace, tags and fingerprint. Findings are sorted by path and
position. New keys may be added; existing keys keep their meaning.
"""

from __future__ import annotations

import json
from typing import Any

from redline.code.scanner import ScanResult


def to_json_object(result: ScanResult) -> dict[str, Any]:
    """The report as a JSON-ready dict."""
    from redline import __version__

    return {
        "version": __version__,
        "findings": [f.to_dict() for f in result.findings],
        "errors": [{"path": e.path, "message": e.message} for e in result.errors],
        "skipped": [{"path": s.path, "reason": s.reason, "level": s.level} for s in result.skipped],
        "stats": result.stats(),
    }


def render_json(result: ScanResult) -> str:
    """The report as indented JSON text, ending with a newline."""
    return json.dumps(to_json_object(result), indent=2, ensure_ascii=False) + "\n"
