"""Scan many files: discover them, read them safely, scan them across processes, filter.

`scan_paths(["src"])` -> ScanResult. Small inputs are scanned in this process; larger ones by a
pool of worker processes (one per core by default), each with its own parsers; results come back
as Findings, which are plain picklable dataclasses.
"""

from __future__ import annotations

import multiprocessing
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any

from redline._core import Confidence, Finding, Severity
from redline.code import languages
from redline.code.config import DEFAULT_MAX_FILE_SIZE, Settings, rule_selected
from redline.code.engine import DEFAULT_CONFIDENCE, scan_code, scan_markdown
from redline.code.files import (
    MARKDOWN,
    ScanError,
    Skipped,
    Source,
    Target,
    decode,
    discover,
    guess_language,
    read_source,
)
from redline.code.rules import RuleLoadError

STDIN_PATH = "<stdin>"
PARALLEL_MIN_FILES = 32  # fewer files than this are scanned in-process
_MAX_BATCH = 16

ProgressCallback = Callable[[int, int], None]  # (files done, files in all)


@dataclass(frozen=True, slots=True)
class ScanOptions:
    """What to report: thresholds, rule selection, limits and a forced language."""

    severity: Severity = Severity.INFO
    confidence: Confidence = DEFAULT_CONFIDENCE
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    language: str | None = None  # for standard input and files named explicitly

    @classmethod
    def from_settings(cls, settings: Settings, language: str | None = None) -> ScanOptions:
        return cls(
            severity=settings.severity,
            confidence=settings.confidence,
            select=settings.select,
            ignore=settings.ignore,
            max_file_size=settings.max_file_size,
            language=language,
        )

    def keeps(self, finding: Finding) -> bool:
        # Only `<` is used: the enums are str subclasses, whose other comparisons are textual.
        return (
            not finding.severity < self.severity
            and not finding.confidence < self.confidence
            and rule_selected(finding.rule_code, finding.rule_name, self.select, self.ignore)
        )


@dataclass(frozen=True, slots=True)
class FileResult:
    """The outcome of one file: its findings, or why it was skipped or failed."""

    path: str  # as displayed (relative to the current directory where possible)
    language: str | None = None
    findings: tuple[Finding, ...] = ()
    skipped: Skipped | None = None
    error: ScanError | None = None
    digest: str | None = None  # sha256 of the bytes scanned (for safe fixing)
    valid_utf8: bool = True
    fs_path: str | None = None  # where to write fixes; None for standard input


@dataclass
class ScanResult:
    """Everything a scan found, in a stable order (by path, then position)."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[ScanError] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    files: list[FileResult] = field(default_factory=list)  # every file that was scanned
    baseline_hidden: int = 0

    @property
    def files_scanned(self) -> int:
        return len(self.files)

    def stats(self) -> dict[str, Any]:
        """Counts for reports: files, findings by severity, fixable, hidden by a baseline."""
        by_severity = Counter(f.severity.value for f in self.findings)
        return {
            "files_scanned": self.files_scanned,
            "files_skipped": len(self.skipped),
            "errors": len(self.errors),
            "findings": len(self.findings),
            "fixable": sum(1 for f in self.findings if f.fix is not None),
            "by_severity": {s.value: by_severity.get(s.value, 0) for s in Severity},
            "baseline_hidden": self.baseline_hidden,
        }


def scan_text(
    text: str, language: str, *, path: str | None, options: ScanOptions | None = None
) -> list[Finding]:
    """Scan one text of a known language (a canonical name or MARKDOWN), filtered."""
    options = options or ScanOptions()
    if language == MARKDOWN:
        found = scan_markdown(
            text, path=path, min_severity=options.severity, min_confidence=options.confidence
        )
    else:
        found = scan_code(
            text,
            language,
            path=path,
            min_severity=options.severity,
            min_confidence=options.confidence,
        )
    return [f for f in found if options.keeps(f)]


def _scan_target(target: Target, options: ScanOptions) -> FileResult:
    """Read and scan one file; never raises for problems of the file itself."""
    shown = target.display
    try:
        read = read_source(target.path, options.max_file_size)
    except OSError as exc:
        return FileResult(shown, error=ScanError(shown, f"cannot read: {exc.strerror or exc}"))
    if isinstance(read, Skipped):
        return FileResult(shown, skipped=read)
    language = target.language
    if target.explicit and options.language is not None:
        language = options.language
    if language is None:
        language = guess_language(read.text)
        if language is None:
            if not read.text.strip():
                return _scanned(target, None, read, [])
            return FileResult(
                shown,
                skipped=Skipped(shown, "could not tell the language; pass --lang to name it"),
            )
    try:
        findings = scan_text(read.text, language, path=shown, options=options)
    except RecursionError:
        return FileResult(shown, error=ScanError(shown, "nested too deeply to scan"))
    except (RuleLoadError, re.error):
        raise  # a broken rule set is everyone's problem, not this file's
    except Exception as exc:  # one file must not end a scan of thousands
        message = f"internal error while scanning: {type(exc).__name__}: {exc}"
        return FileResult(shown, error=ScanError(shown, message))
    return _scanned(target, language, read, findings)


def _scanned(
    target: Target, language: str | None, read: Source, findings: list[Finding]
) -> FileResult:
    return FileResult(
        target.display,
        language=language,
        findings=tuple(findings),
        digest=read.digest,
        valid_utf8=read.valid_utf8,
        fs_path=str(target.path),
    )


def _scan_batch(targets: list[Target], options: ScanOptions) -> list[FileResult]:
    return [_scan_target(t, options) for t in targets]


def default_jobs() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _pool(workers: int) -> ProcessPoolExecutor:
    methods = multiprocessing.get_all_start_methods()
    ctx: BaseContext
    if "forkserver" in methods:
        # A fresh server process, not a fork of this (possibly threaded) one; the engine is
        # imported once there and every worker forks from it.
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["redline.code.scanner"])
    else:  # pragma: no cover - Windows
        ctx = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx)


def scan_targets(
    targets: Sequence[Target],
    options: ScanOptions | None = None,
    *,
    jobs: int | None = None,
    progress: ProgressCallback | None = None,
) -> list[FileResult]:
    """Scan files, in parallel when there are many; results in the order of `targets`."""
    options = options or ScanOptions()
    total = len(targets)
    workers = min(jobs or default_jobs(), max(1, total // 8))
    if workers <= 1 or total < PARALLEL_MIN_FILES:
        results: list[FileResult] = []
        for target in targets:
            results.append(_scan_target(target, options))
            if progress is not None:
                progress(len(results), total)
        return results
    batch = max(1, min(_MAX_BATCH, total // (workers * 4)))
    batches = [list(targets[i : i + batch]) for i in range(0, total, batch)]
    by_batch: dict[int, list[FileResult]] = {}
    done = 0
    with _pool(workers) as pool:
        futures: dict[Future[list[FileResult]], int] = {
            pool.submit(_scan_batch, b, options): i for i, b in enumerate(batches)
        }
        for future in as_completed(futures):
            by_batch[futures[future]] = future.result()
            done += len(batches[futures[future]])
            if progress is not None:
                progress(done, total)
    return [r for i in range(len(batches)) for r in by_batch[i]]


def collect(results: Iterable[FileResult], result: ScanResult | None = None) -> ScanResult:
    """Gather file results into one ScanResult (findings sorted by path and position)."""
    out = result or ScanResult()
    for r in results:
        if r.error is not None:
            out.errors.append(r.error)
        elif r.skipped is not None:
            out.skipped.append(r.skipped)
        else:
            out.files.append(r)
            out.findings.extend(r.findings)
    out.findings.sort(key=lambda f: (f.path or "", f.span.start, f.span.end, f.rule_code))
    return out


def scan_paths(
    paths: Sequence[str | Path],
    options: ScanOptions | None = None,
    *,
    exclude: Sequence[str] = (),
    jobs: int | None = None,
    progress: ProgressCallback | None = None,
    on_discovered: Callable[[int], None] | None = None,
) -> ScanResult:
    """Scan files and directories: discovery, reading, parallel scanning and filtering."""
    targets, skipped, errors = discover(paths, exclude=exclude)
    if on_discovered is not None:
        on_discovered(len(targets))
    result = ScanResult(errors=list(errors), skipped=list(skipped))
    return collect(scan_targets(targets, options, jobs=jobs, progress=progress), result)


def scan_stdin(data: bytes, options: ScanOptions | None = None) -> ScanResult:
    """Scan bytes read from standard input; the language comes from options or a guess."""
    options = options or ScanOptions()
    result = ScanResult()
    read = decode(data, STDIN_PATH)
    if isinstance(read, Skipped):
        result.skipped.append(read)
        return result
    language = options.language or guess_language(read.text)
    if language is None:
        if read.text.strip():
            result.skipped.append(
                Skipped(STDIN_PATH, "could not tell the language; pass --lang to name it")
            )
        return result
    if language != MARKDOWN:
        language = languages.normalize(language)
    findings = scan_text(read.text, language, path=STDIN_PATH, options=options)
    file_result = FileResult(
        STDIN_PATH,
        language=language,
        findings=tuple(findings),
        digest=read.digest,
        valid_utf8=read.valid_utf8,
    )
    return collect([file_result], result)
