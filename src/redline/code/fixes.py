"""Apply the mechanical fixes of findings to a text, show them as diffs, write them safely.

A fix is all-or-nothing: its edits apply together or not at all. Fixes whose edits overlap an
already chosen fix are skipped (run again to apply them to the new text). Files are written only
when their bytes were valid UTF-8 and are unchanged since they were scanned, through a temporary
file in the same directory and `os.replace`, so a reader never sees half a file.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from redline._core import Edit, Finding, Fix


class FixError(RuntimeError):
    """A file that must not be written (changed since it was scanned, not UTF-8, ...)."""


@dataclass(frozen=True, slots=True)
class FixPlan:
    """The fixes chosen for one text and the findings they resolve."""

    edits: tuple[Edit, ...]  # sorted, non-overlapping
    fixed: tuple[Finding, ...]  # findings whose fix was chosen
    conflicting: tuple[Finding, ...]  # fixable findings skipped because their edits overlap


def _valid(fix: Fix, length: int) -> bool:
    return bool(fix.edits) and all(0 <= e.start <= e.end <= length for e in fix.edits)


def _overlaps(a: Edit, b: Edit) -> bool:
    # Two insertions at one point conflict too (their order would be arbitrary).
    if a.start == a.end == b.start == b.end:
        return True
    return a.start < b.end and b.start < a.end


def plan_fixes(text: str, findings: Iterable[Finding]) -> FixPlan:
    """Choose non-overlapping fixes in order of position; identical fixes are applied once."""
    chosen: list[Edit] = []
    fixed: list[Finding] = []
    conflicting: list[Finding] = []
    applied: set[tuple[Edit, ...]] = set()
    candidates = sorted(
        (f for f in findings if f.fix is not None),
        key=lambda f: min(e.start for e in f.fix.edits) if f.fix and f.fix.edits else 0,
    )
    for finding in candidates:
        fix = finding.fix
        assert fix is not None
        if not _valid(fix, len(text)):
            conflicting.append(finding)
            continue
        key = tuple(sorted(fix.edits, key=lambda e: (e.start, e.end)))
        if key in applied:
            fixed.append(finding)
            continue
        own_overlap = any(_overlaps(a, b) for i, a in enumerate(key) for b in key[i + 1 :])
        if own_overlap or any(_overlaps(e, c) for e in key for c in chosen):
            conflicting.append(finding)
            continue
        applied.add(key)
        chosen.extend(key)
        fixed.append(finding)
    chosen.sort(key=lambda e: (e.start, e.end))
    return FixPlan(tuple(chosen), tuple(fixed), tuple(conflicting))


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """The text with non-overlapping edits applied (each edit's offsets refer to `text`)."""
    parts: list[str] = []
    position = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < position:
            raise ValueError(f"overlapping edit at {edit.start}")
        parts.append(text[position : edit.start])
        parts.append(edit.replacement)
        position = edit.end
    parts.append(text[position:])
    return "".join(parts)


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff of one file, `a/` and `b/` prefixed like git's ('' when equal)."""
    if before == after:
        return ""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=f"a/{path}",
        tofile=f"b/{path}",
    )
    out: list[str] = []
    for line in lines:
        out.append(line)
        if not line.endswith("\n"):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)


def write_fixed(path: Path, expected_digest: str, new_text: str) -> None:
    """Replace a file's contents with `new_text` if it still holds the bytes that were scanned.

    Raises FixError when the file changed since it was read or its bytes are not UTF-8.
    """
    try:
        current = path.read_bytes()
    except OSError as exc:
        raise FixError(f"{path}: cannot read it again: {exc.strerror or exc}") from exc
    if hashlib.sha256(current).hexdigest() != expected_digest:
        raise FixError(f"{path}: changed since it was scanned; not fixed")
    try:
        current.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FixError(f"{path}: not valid UTF-8; not fixed") from exc
    atomic_write(path, new_text.encode("utf-8", "surrogatepass"), keep_mode=True)


def atomic_write(path: Path, data: bytes, *, keep_mode: bool) -> None:
    """Write `data` to a temporary file beside `path`, then move it over `path` in one step.

    `keep_mode` copies the permissions of the file being replaced; otherwise the new file gets
    the usual permissions for the process's umask.
    """
    directory = path.parent if str(path.parent) else Path(".")
    fd, temp_name = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".redline")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        if keep_mode:
            shutil.copymode(path, temp_name)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp_name, 0o666 & ~umask)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


@dataclass(frozen=True, slots=True)
class FileFix:
    """What fixing one file did (or, for a dry run, would do)."""

    path: str
    diff: str
    fixed: tuple[Finding, ...]
    conflicting: tuple[Finding, ...]
    written: bool
    problem: str | None = None  # why the file was not fixed


def fix_file(
    path: str,
    fs_path: str | None,
    digest: str | None,
    valid_utf8: bool,
    findings: Sequence[Finding],
    *,
    write: bool,
) -> FileFix | None:
    """Plan, diff and (when `write`) apply the fixes of one scanned file; None if it has none."""
    if not any(f.fix is not None for f in findings):
        return None
    if fs_path is None or digest is None:
        return FileFix(path, "", (), (), False, "standard input cannot be fixed in place")
    if not valid_utf8:
        return FileFix(path, "", (), (), False, "not valid UTF-8; not fixed")
    target = Path(fs_path)
    try:
        data = target.read_bytes()
    except OSError as exc:
        return FileFix(path, "", (), (), False, f"cannot read it again: {exc.strerror or exc}")
    if hashlib.sha256(data).hexdigest() != digest:
        return FileFix(path, "", (), (), False, "changed since it was scanned; not fixed")
    try:
        before = data.decode("utf-8")
    except UnicodeDecodeError:
        return FileFix(path, "", (), (), False, "not valid UTF-8; not fixed")
    plan = plan_fixes(before, findings)
    after = apply_edits(before, plan.edits)
    diff = unified_diff(path, before, after)
    written = False
    if write and after != before:
        try:
            write_fixed(target, digest, after)
        except (FixError, OSError) as exc:
            return FileFix(path, diff, (), plan.conflicting, False, str(exc))
        written = True
    return FileFix(path, diff, plan.fixed, plan.conflicting, written)
