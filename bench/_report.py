"""Tables that print as aligned text and render as Markdown, and facts about the machine."""

from __future__ import annotations

import os
import platform
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

Cell = str | int | float | None


def fmt(value: Cell, digits: int = 3) -> str:
    """A cell as text: None is an en dash (undefined), floats get `digits` decimals."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def verdict(ok: bool | None) -> str:
    """PASS, FAIL, or n/a when the number is undefined."""
    if ok is None:
        return "n/a"
    return "PASS" if ok else "FAIL"


@dataclass
class Table:
    """A titled table with a note saying how it was measured."""

    title: str
    headers: Sequence[str]
    rows: list[Sequence[Cell]] = field(default_factory=list)
    note: str = ""
    digits: int = 3

    def _cells(self) -> list[list[str]]:
        width = len(self.headers)
        cells = [[fmt(c, self.digits) for c in row][:width] for row in self.rows]
        return [row + [""] * (width - len(row)) for row in cells]

    def text(self) -> str:
        cells = self._cells()
        widths = [len(h) for h in self.headers]
        for row in cells:
            for i, c in enumerate(row):
                widths[i] = max(widths[i], len(c))
        lines = [self.title, "-" * len(self.title)]
        lines.append("  ".join(h.ljust(w) for h, w in zip(self.headers, widths, strict=True)))
        for row in cells:
            lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
        if not cells:
            lines.append("(no rows)")
        return "\n".join(lines)

    def markdown(self, level: int = 3) -> str:
        out = [f"{'#' * level} {self.title}", ""]
        if self.note:
            out += [self.note, ""]
        if not self.rows:
            return "\n".join([*out, "(no rows)", ""])
        out.append("| " + " | ".join(self.headers) + " |")
        out.append("|" + "|".join("---" for _ in self.headers) + "|")
        for row in self._cells():
            out.append("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |")
        out.append("")
        return "\n".join(out)


def cpu_model() -> str:
    """The CPU model name from /proc/cpuinfo, or platform's guess."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def cores() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def memory_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return None


def version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine_lines() -> list[str]:
    """Markdown bullet lines describing the machine and the package versions."""
    mem = memory_gib()
    packages = ["redline", "tree-sitter", "tree-sitter-python", "bandit"]
    return [
        f"- Machine: {cores()} cores, {cpu_model()}"
        + (f", {mem:.0f} GiB memory" if mem else "")
        + f", {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()} ({sys.implementation.name})",
        "- Packages: " + ", ".join(f"{p} {version(p)}" for p in packages),
        f"- redline rules at the time of the run: {rule_summary()}",
    ]


def rule_summary() -> str:
    """`97 (c 20, javascript 14, ...)`: how many rules each rule folder holds."""
    from collections import Counter

    from redline.code.rules import all_rules

    rules = all_rules()
    by_folder = Counter(r.path.parent.name for r in rules)
    return f"{len(rules)} (" + ", ".join(f"{k} {v}" for k, v in sorted(by_folder.items())) + ")"
