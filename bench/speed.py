"""Speed of redline beside Bandit: inline latency per snippet and whole-tree throughput.

Usage: `.venv/bin/python bench/speed.py [--quick] [--stdlib DIR] [--tree-files N]`.

(a) Inline latency: about 200 snippets of about 50 lines (Python functions and classes from the
    standard library, plus chunks of redline's own rule examples for the other languages), all
    rules enabled, in-process, after a warm-up pass. redline times `redline.scan_code(snippet,
    language)`; Bandit times one in-memory file through a reused BanditManager.
(b) Whole-tree throughput: both tools scan the same copy of the standard library's `.py` files
    as a user would run them (a fresh process each), timed from start to exit; peak memory is
    sampled from /proc for the whole process tree.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._report import ROOT, Cell, Table, cores, verdict

SNIPPET_LINES = 50
PY_SNIPPETS = 150
OTHER_SNIPPETS = 50
BANDIT_TIMEOUT_S = 480.0  # past this the whole-tree run falls back to a subset
SUBSET_FILES = 400
QUICK_SUBSET_FILES = 150
EXCLUDED_STDLIB_DIRS = ("site-packages", "__pycache__")


def stdlib_dir() -> Path:
    return Path(sysconfig.get_paths()["stdlib"])


def stdlib_files(root: Path) -> list[Path]:
    """Every `.py` file of the standard library, sorted, without site-packages."""
    out: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in EXCLUDED_STDLIB_DIRS)
        out.extend(Path(dirpath) / f for f in filenames if f.endswith(".py"))
    return sorted(out, key=lambda p: p.relative_to(root).as_posix())


def percentile(samples: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation between closest ranks."""
    if not samples:
        raise ValueError("no samples")
    ordered = sorted(samples)
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


# --------------------------------------------------------------------------- snippets


@dataclass(frozen=True)
class Snippet:
    language: str
    code: str
    origin: str

    @property
    def lines(self) -> int:
        return self.code.count("\n") + 1


def _imports_of(tree: ast.Module, lines: list[str]) -> list[str]:
    out: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom) and node.end_lineno == node.lineno:
            out.append(lines[node.lineno - 1])
    return out[:6]


def python_snippets(root: Path, count: int, *, target: int = SNIPPET_LINES) -> list[Snippet]:
    """Top-level functions and classes of 35-65 lines, each with up to 6 of its module's imports.

    Files are visited with a fixed stride so the snippets spread over the whole library; every
    snippet parses with Python 3.11 (so Bandit can scan all of them).
    """
    files = stdlib_files(root)
    stride = max(1, len(files) // max(1, count))
    found: list[Snippet] = []
    for start in range(stride):
        for path in files[start::stride]:
            try:
                text = path.read_text(encoding="utf-8")
                tree = ast.parse(text)
            except (SyntaxError, UnicodeDecodeError, ValueError, OSError):
                continue
            lines = text.split("\n")
            for node in tree.body:
                if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                    continue
                first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                last = node.end_lineno or node.lineno
                imports = _imports_of(tree, lines)
                size = last - first + 1 + len(imports)
                if not target - 15 <= size <= target + 15:
                    continue
                code = "\n".join([*imports, "", *lines[first - 1 : last]]) + "\n"
                try:
                    ast.parse(code)
                except SyntaxError:
                    continue
                found.append(Snippet("python", code, f"{path.relative_to(root)}:{first}"))
                break  # one snippet per file
            if len(found) >= count:
                return found
    return found


def example_snippets(count: int, *, target: int = SNIPPET_LINES) -> list[Snippet]:
    """Chunks of about `target` lines of redline's rule examples, for languages other than Python.

    The examples of one language are joined (in name order) and cut into chunks; the snippets
    are spread evenly over the languages.
    """
    from redline.code import languages

    rules_root = ROOT / "src" / "redline" / "code" / "rules"
    by_language: dict[str, list[str]] = {}
    for path in sorted(rules_root.glob("*/*.example.*")):
        language = languages.from_path(path.name)
        if language is None or language == "python":
            continue
        by_language.setdefault(language, []).extend(
            path.read_text(encoding="utf-8").rstrip("\n").split("\n")
        )
    chunks: dict[str, list[Snippet]] = {}
    for language, lines in sorted(by_language.items()):
        chunks[language] = [
            Snippet(language, "\n".join(lines[i : i + target]) + "\n", f"{language} examples")
            for i in range(0, len(lines), target)
            if len(lines[i : i + target]) >= target // 2 or i == 0
        ]
    out: list[Snippet] = []
    while len(out) < count and any(chunks.values()):
        for language in sorted(chunks):
            if chunks[language] and len(out) < count:
                out.append(chunks[language].pop(0))
    return out


# --------------------------------------------------------------------------- latency


@dataclass
class Latency:
    label: str
    snippets: int
    mean_lines: float
    samples_ms: list[float]
    findings: int
    failed: int = 0

    def p(self, q: float) -> float | None:
        return percentile(self.samples_ms, q) if self.samples_ms else None


def _time_calls(
    snippets: Sequence[Snippet], call: Callable[[Snippet], int], repeats: int
) -> tuple[list[float], int]:
    for s in snippets:  # warm-up: grammars, compiled queries, plugin imports
        call(s)
    samples: list[float] = []
    findings = 0
    for _ in range(repeats):
        for s in snippets:
            t0 = time.perf_counter_ns()
            findings += call(s)
            samples.append((time.perf_counter_ns() - t0) / 1e6)
    return samples, findings // max(1, repeats)


def redline_latency(label: str, snippets: Sequence[Snippet], repeats: int) -> Latency:
    from redline import scan_code

    def call(s: Snippet) -> int:
        return len(scan_code(s.code, s.language))

    samples, findings = _time_calls(snippets, call, repeats)
    mean = statistics.fmean(s.lines for s in snippets) if snippets else 0.0
    return Latency(label, len(snippets), mean, samples, findings)


def bandit_latency(snippets: Sequence[Snippet], repeats: int) -> Latency:
    from bench.accuracy import BanditScanner

    scanner = BanditScanner()
    failed = sum(scanner.scan(s.code)[1] for s in snippets)

    def call(s: Snippet) -> int:
        return len(scanner.scan(s.code)[0])

    samples, findings = _time_calls(snippets, call, repeats)
    mean = statistics.fmean(s.lines for s in snippets) if snippets else 0.0
    return Latency("Bandit, python", len(snippets), mean, samples, findings, failed)


# --------------------------------------------------------------------------- whole tree


class PeakMemory:
    """Samples the memory of a process and its descendants from /proc until stopped.

    `rss_mb` is the peak of the summed resident set sizes (pages shared by forked workers are
    counted in each); `pss_mb` is the peak of the summed proportional set sizes (shared pages
    divided among their users), where /proc offers it.
    """

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        self.pid = pid
        self.interval = interval
        self.rss_mb = 0.0
        self.pss_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._page = os.sysconf("SC_PAGE_SIZE")

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _tree(self) -> list[int]:
        children: dict[int, list[int]] = {}
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
        out, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            out.append(pid)
            todo.extend(children.get(pid, []))
        return out

    def _sample(self) -> None:
        rss = pss = 0
        for pid in self._tree():
            try:
                rss += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * self._page
                for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                    if line.startswith("Pss:"):
                        pss += int(line.split()[1]) * 1024
                        break
            except (OSError, ValueError, IndexError):
                continue
        self.rss_mb = max(self.rss_mb, rss / 2**20)
        self.pss_mb = max(self.pss_mb, pss / 2**20)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)


@dataclass
class TreeRun:
    tool: str
    how: str
    seconds: float | None
    rss_mb: float
    pss_mb: float
    max_process_mb: float
    files_failed: int | None
    findings: int | None
    returncode: int | None
    timed_out: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def run_measured(
    argv: Sequence[str],
    *,
    timeout: float | None = None,
    stdout: Path | None = None,
    cwd: Path = ROOT,
) -> tuple[float | None, PeakMemory, float, int | None]:
    """(seconds or None on timeout, memory peaks, peak single-process RSS MiB, return code)."""
    out = stdout.open("wb") if stdout else subprocess.DEVNULL
    try:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, stdout=out, stderr=subprocess.PIPE)
        with PeakMemory(proc.pid) as mem:
            deadline = None if timeout is None else t0 + timeout
            status: int | None = None
            usage = None
            while status is None:
                pid, wait_status, ru = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    status, usage = os.waitstatus_to_exitcode(wait_status), ru
                    break
                if deadline is not None and time.perf_counter() > deadline:
                    proc.kill()
                    _, wait_status, usage = os.wait4(proc.pid, 0)
                    proc.returncode = -9
                    return None, mem, usage.ru_maxrss / 1024, None
                time.sleep(0.01)
            seconds = time.perf_counter() - t0
        proc.returncode = status
        if proc.stderr is not None:
            proc.stderr.close()
        return seconds, mem, (usage.ru_maxrss / 1024 if usage else 0.0), status
    finally:
        if stdout and not isinstance(out, int):
            out.close()


def count_lines(files: Sequence[Path]) -> int:
    total = 0
    for p in files:
        with p.open("rb") as fh:
            total += sum(1 for _ in fh)
    return total


def make_tree(files: Sequence[Path], root: Path, dest: Path) -> list[Path]:
    copies = []
    for f in files:
        target = dest / f.relative_to(root)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(f, target)
        copies.append(target)
    return copies


def _venv_bin(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else (shutil.which(name) or name)


def redline_cli_available() -> bool:
    try:
        proc = subprocess.run(
            [_venv_bin("redline"), "scan", "--help"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return proc.returncode == 0 and "scan" in proc.stdout.lower()


def scanner_available() -> bool:
    try:
        from redline.code import scanner
    except ImportError:
        return False
    return hasattr(scanner, "scan_paths")


_WORKER = (
    "import json, sys\n"
    "from bench.speed import tree_worker\n"
    "print(json.dumps(tree_worker(sys.argv[1], int(sys.argv[2]))))\n"
)


def tree_worker(directory: str, jobs: int) -> dict[str, Any]:
    """Scan a directory with every rule; used in a fresh process by the throughput run."""
    try:
        from redline.code.scanner import scan_paths
    except ImportError:
        return _own_pool(directory, jobs)
    result = scan_paths([directory], jobs=jobs)
    return {
        "how": "redline.code.scanner.scan_paths",
        "files": result.files_scanned,
        "failed": len(result.errors) + len(result.skipped),
        "findings": len(result.findings),
    }


def _scan_file(path: str) -> tuple[int, bool]:
    from redline import scan_code
    from redline.code import languages

    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
        return len(scan_code(text, languages.from_path(path), path=path)), False
    except Exception:
        return 0, True


def _own_pool(directory: str, jobs: int) -> dict[str, Any]:
    from concurrent.futures import ProcessPoolExecutor

    files = [str(p) for p in sorted(Path(directory).rglob("*.py"))]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(_scan_file, files, chunksize=16))
    return {
        "how": "ProcessPoolExecutor over files calling redline.scan_code",
        "files": len(files),
        "failed": sum(f for _, f in results),
        "findings": sum(n for n, _ in results),
    }


def run_redline_tree(directory: Path, jobs: int, work: Path) -> TreeRun:
    out = work / "redline.out"
    if redline_cli_available():
        report = work / "redline.json"
        argv = [
            _venv_bin("redline"),
            "scan",
            "-f",
            "json",
            "-o",
            str(report),
            "-j",
            str(jobs),
            "--max-file-size",
            str(2**30),
            str(directory),
        ]
        how = f"`redline scan -f json -o <file> -j {jobs} <tree>` ({jobs} worker processes)"
        # Run outside the repository so that no project configuration applies.
        seconds, mem, maxrss, rc = run_measured(argv, cwd=work)
        failed = findings = None
        with contextlib.suppress(OSError, ValueError, KeyError):
            stats = json.loads(report.read_text(encoding="utf-8"))["stats"]
            failed = int(stats["files_skipped"]) + int(stats["errors"])
            findings = int(stats["findings"])
        return TreeRun(
            "redline", how, seconds, mem.rss_mb, mem.pss_mb, maxrss, failed, findings, rc
        )
    argv = [sys.executable, "-c", _WORKER, str(directory), str(jobs)]
    seconds, mem, maxrss, rc = run_measured(argv, stdout=out)
    info: dict[str, Any] = {}
    with contextlib.suppress(OSError, ValueError, IndexError):
        info = json.loads(out.read_text(encoding="utf-8").strip().splitlines()[-1])
    how = f"{info.get('how', 'worker')} in a fresh Python process, {jobs} worker processes"
    return TreeRun(
        "redline",
        how,
        seconds,
        mem.rss_mb,
        mem.pss_mb,
        maxrss,
        info.get("failed"),
        info.get("findings"),
        rc,
    )


def run_bandit_tree(directory: Path, work: Path, timeout: float | None) -> TreeRun:
    report = work / "bandit.json"
    argv = [_venv_bin("bandit"), "-r", "-q", "-f", "json", "-o", str(report), str(directory)]
    seconds, mem, maxrss, rc = run_measured(argv, timeout=timeout)
    failed = findings = None
    if seconds is not None:
        try:
            data = json.loads(report.read_text(encoding="utf-8"))
            failed, findings = len(data.get("errors", [])), len(data.get("results", []))
        except (OSError, ValueError):
            pass
    how = "`bandit -r -q -f json -o <file> <tree>` (one process: Bandit has no parallel mode)"
    return TreeRun(
        "Bandit",
        how,
        seconds,
        mem.rss_mb,
        mem.pss_mb,
        maxrss,
        failed,
        findings,
        rc,
        timed_out=seconds is None,
    )


# --------------------------------------------------------------------------- report


@dataclass
class SpeedReport:
    latency: list[Latency]
    tree: list[TreeRun]
    tree_files: int
    tree_lines: int
    tree_note: str
    tables: list[Table] = field(default_factory=list)
    targets: list[tuple[str, float | None, str, bool | None]] = field(default_factory=list)

    def text(self) -> str:
        return "\n\n".join(t.text() for t in self.tables)


def build_tables(rep: SpeedReport) -> None:
    lat = Table(
        "Inline latency per snippet (ms)",
        ["scanner", "snippets", "mean lines", "samples", "p50", "p95", "p99", "max", "findings"],
        note=(
            "In-process, all rules enabled, after one warm-up pass; each sample is one call on "
            "one snippet. redline: `redline.scan_code(snippet, language)` (parse, every rule "
            "of the language, data flow, suppressions). Bandit: `BanditManager._parse_file` on "
            "an in-memory file with a manager built once (tokenize for `# nosec`, ast.parse, "
            "every test of the default profile), which is what `bandit` does per file minus "
            "disk reads and reporting. Python snippets are top-level functions and classes of "
            "the standard library (35-65 lines, with their module's imports); other languages "
            "use chunks of redline's rule examples (Bandit scans only Python)."
        ),
        digits=2,
    )
    for r in rep.latency:
        lat.rows.append(
            [
                r.label,
                r.snippets,
                round(r.mean_lines, 1),
                len(r.samples_ms),
                r.p(50),
                r.p(95),
                r.p(99),
                max(r.samples_ms) if r.samples_ms else None,
                r.findings,
            ]
        )
    ours = next((r for r in rep.latency if r.label == "redline, python"), None)
    theirs = next((r for r in rep.latency if r.label.startswith("Bandit")), None)
    if ours and theirs and ours.samples_ms and theirs.samples_ms:
        ratios: list[Cell] = []
        for q in (50, 95, 99):
            a, b = ours.p(q), theirs.p(q)
            ratios.append(b / a if a and b else None)
        lat.rows.append(["Bandit ÷ redline (python, same snippets)", None, None, None, *ratios])
    rep.tables.append(lat)
    every = next((r for r in rep.latency if r.label == "redline, all languages"), None)
    if every is not None:
        p50, p99 = every.p(50), every.p(99)
        rep.targets.append(
            ("inline p50, all languages (ms)", p50, "<= 3", None if p50 is None else p50 <= 3)
        )
        rep.targets.append(
            ("inline p99, all languages (ms)", p99, "<= 20", None if p99 is None else p99 <= 20)
        )

    tree = Table(
        "Whole-tree throughput",
        [
            "scanner",
            "how",
            "seconds",
            "lines/s",
            "peak RSS, tree (MiB)",
            "peak PSS, tree (MiB)",
            "largest process (MiB)",
            "files not scanned",
            "findings",
        ],
        note=(
            rep.tree_note
            + " Wall time runs from process start to exit (interpreter start and imports "
            "included, for both). Lines per second = physical lines of every file in the tree "
            "/ wall seconds. Memory is sampled every 50 ms from /proc over the process and all "
            "its descendants: RSS counts pages shared by forked workers once per process (an "
            "upper bound), PSS shares them out; `largest process` is the peak RSS of the "
            "biggest single process (getrusage). `files not scanned` = files the tool skipped "
            "or failed to parse. Findings are not comparable between the tools (different rule "
            "sets; Bandit also reports asserts and other low-severity patterns)."
        ),
        digits=1,
    )
    for run_ in rep.tree:
        lps = rep.tree_lines / run_.seconds if run_.seconds else None
        tree.rows.append(
            [
                run_.tool,
                run_.how,
                run_.seconds if not run_.timed_out else f"> {BANDIT_TIMEOUT_S:.0f} (stopped)",
                round(lps) if lps else None,
                run_.rss_mb,
                run_.pss_mb,
                run_.max_process_mb,
                run_.files_failed,
                run_.findings,
            ]
        )
    red = next((r for r in rep.tree if r.tool == "redline"), None)
    ban = next((r for r in rep.tree if r.tool == "Bandit"), None)
    ratio = None
    if red and ban and red.seconds and ban.seconds:
        ratio = ban.seconds / red.seconds
        tree.rows.append(["redline ÷ Bandit, lines/s", "", None, round(ratio, 2)] + [None] * 5)
    rep.tables.append(tree)
    rep.targets.append(
        ("throughput vs Bandit (x)", ratio, ">= 3", None if ratio is None else ratio >= 3)
    )
    if red:
        rep.targets.append(
            (
                # Proportional set size: pages the forked workers share with the fork server
                # are counted once, as the machine spends them; summed RSS counts them per process.
                "redline peak PSS, whole process tree (MiB)",
                red.pss_mb,
                "<= 300",
                red.pss_mb <= 300,
            )
        )
    rep.tables.append(
        Table(
            "Speed targets",
            ["metric", "value", "target", "result"],
            [[name, value, goal, verdict(ok)] for name, value, goal, ok in rep.targets],
            note=(
                "Latency comes from the inline table below, throughput and memory from the "
                "whole-tree run. Memory is the peak proportional set size of redline's whole "
                "process tree (shared pages counted once); the summed RSS, which counts pages "
                "shared by forked workers once per process, is in the whole-tree table."
            ),
            digits=2,
        )
    )


def run(
    *,
    quick: bool = False,
    stdlib: Path | None = None,
    tree_files: int | None = None,
    bandit: bool = True,
    log: Callable[[str], None] = print,
) -> SpeedReport:
    root = stdlib or stdlib_dir()
    repeats = 2 if quick else 5
    n_py = 60 if quick else PY_SNIPPETS
    n_other = 20 if quick else OTHER_SNIPPETS
    log(f"speed: building snippets from {root}")
    py = python_snippets(root, n_py)
    other = example_snippets(n_other)
    latency = [
        redline_latency("redline, python", py, repeats),
        redline_latency("redline, other languages", other, repeats),
    ]
    latency.append(
        Latency(
            "redline, all languages",
            len(py) + len(other),
            statistics.fmean(s.lines for s in [*py, *other]) if py or other else 0.0,
            latency[0].samples_ms + latency[1].samples_ms,
            latency[0].findings + latency[1].findings,
        )
    )
    for language in sorted({s.language for s in other}):
        group = [s for s in other if s.language == language]
        latency.append(redline_latency(f"redline, {language} only", group, repeats))
    if bandit:
        latency.append(bandit_latency(py, repeats))
    log("speed: inline latency done; whole-tree run next")

    files = stdlib_files(root)
    limit = tree_files or (QUICK_SUBSET_FILES if quick else None)
    jobs = cores()
    with tempfile.TemporaryDirectory(prefix="redline-bench-") as tmp:
        work = Path(tmp)

        def measure(chosen: Sequence[Path]) -> tuple[list[TreeRun], Path]:
            tree_dir = work / f"tree-{len(chosen)}"
            make_tree(chosen, root, tree_dir)
            runs = [run_redline_tree(tree_dir, jobs, work)]
            if bandit:
                runs.append(run_bandit_tree(tree_dir, work, BANDIT_TIMEOUT_S))
            return runs, tree_dir

        chosen = files[:limit] if limit else files
        runs, _ = measure(chosen)
        note = (
            f"The tree is a copy of the `.py` files of {root} (without site-packages): "
            f"{{files}} files, {{lines}} lines{{subset}}. Both tools ran on {jobs} cores as far "
            "as each can: redline with one worker process per core, Bandit in its single process."
        )
        subset = (
            f"; the first {len(chosen)} files in path order" if len(chosen) < len(files) else ""
        )
        if any(r.timed_out for r in runs):
            log(f"speed: Bandit ran past {BANDIT_TIMEOUT_S:.0f} s; measuring a subset instead")
            chosen = files[:SUBSET_FILES]
            runs, _ = measure(chosen)
            subset = (
                f"; the first {len(chosen)} files in path order, because Bandit took longer "
                f"than {BANDIT_TIMEOUT_S:.0f} s on the whole library"
            )
        lines = count_lines(chosen)
    rep = SpeedReport(
        latency,
        runs,
        len(chosen),
        lines,
        note.format(files=len(chosen), lines=lines, subset=subset),
    )
    build_tables(rep)
    return rep


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer snippets, a 150-file tree")
    parser.add_argument("--stdlib", type=Path, default=None, help="the Python library to scan")
    parser.add_argument("--tree-files", type=int, default=None, help="scan only the first N files")
    parser.add_argument("--no-bandit", action="store_true", help="measure redline only")
    args = parser.parse_args(argv)
    rep = run(
        quick=args.quick,
        stdlib=args.stdlib,
        tree_files=args.tree_files,
        bandit=not args.no_bandit,
        log=lambda m: print(m, file=sys.stderr),
    )
    print(rep.text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
