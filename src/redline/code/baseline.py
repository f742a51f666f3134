"""Baselines: record today's findings so that only new ones are reported.

A baseline file is JSON:

```json
{
  "version": 1,
  "tool": "redline",
  "findings": [
    {"fingerprint": "3f9a0c1d2e4b5a6f", "rule": "PY101", "path": "app.py", "line": 12}
  ]
}
```

Only `fingerprint` (`Finding.fingerprint`: the rule, the path and the code line, not the line
number) decides whether a finding is known; the other fields help people read the file. Paths are
as reported, relative to the directory redline runs in, so run it from the same place each time.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from redline._core import Finding
from redline.code.fixes import atomic_write

BASELINE_VERSION = 1


class BaselineError(ValueError):
    """A baseline file that cannot be read or is not a redline baseline."""


class _Entry(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    fingerprint: str = Field(pattern=r"^[0-9a-f]{16}$")
    rule: str | None = None
    path: str | None = None
    line: int | None = None


class _Baseline(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    version: int
    tool: str | None = None
    findings: tuple[_Entry, ...]


def load_baseline(path: Path) -> frozenset[str]:
    """The fingerprints recorded in a baseline file; BaselineError says what is wrong."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise BaselineError(f"baseline {path}: no such file") from exc
    except OSError as exc:
        raise BaselineError(f"baseline {path}: cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise BaselineError(f"baseline {path}: not UTF-8 text") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BaselineError(f"baseline {path}: not valid JSON: {exc}") from exc
    try:
        parsed = _Baseline.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top)"
        raise BaselineError(
            f"baseline {path}: not a redline baseline ({where}: {first['msg']}); "
            "write one with `redline scan --write-baseline FILE`"
        ) from exc
    if parsed.version != BASELINE_VERSION:
        raise BaselineError(
            f"baseline {path}: version {parsed.version} is not supported "
            f"(this redline reads version {BASELINE_VERSION})"
        )
    return frozenset(entry.fingerprint for entry in parsed.findings)


def baseline_json(findings: Iterable[Finding]) -> str:
    """The text of a baseline file recording `findings` (sorted, one entry per fingerprint)."""
    entries: dict[str, dict[str, object]] = {}
    for finding in findings:
        entries.setdefault(
            finding.fingerprint,
            {
                "fingerprint": finding.fingerprint,
                "rule": finding.rule_code,
                "path": finding.path,
                "line": finding.line,
            },
        )
    ordered = sorted(
        entries.values(), key=lambda e: (str(e["path"]), e["line"], e["rule"], e["fingerprint"])
    )
    document = {"version": BASELINE_VERSION, "tool": "redline", "findings": ordered}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def write_baseline(path: Path, findings: Iterable[Finding]) -> int:
    """Write a baseline file atomically; returns how many fingerprints it records."""
    items = list(findings)
    text = baseline_json(items)
    atomic_write(path, text.encode("utf-8"), keep_mode=path.exists())
    return len({f.fingerprint for f in items})


def without_baseline(
    findings: Iterable[Finding], fingerprints: frozenset[str]
) -> tuple[list[Finding], int]:
    """The findings a baseline does not know, and how many it hid."""
    kept: list[Finding] = []
    hidden = 0
    for finding in findings:
        if finding.fingerprint in fingerprints:
            hidden += 1
        else:
            kept.append(finding)
    return kept, hidden
