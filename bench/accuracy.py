"""Accuracy of redline (and Bandit, on Python rows) on the labelled code sets.

Usage: `.venv/bin/python bench/accuracy.py [--data DIR] [--no-bandit]`.
DIR holds `code/*.jsonl` (default: ../shared/data next to the repository). Where it is absent the
benchmark prints one skip line and exits 0.

A row is *flagged* when the scanner reports at least one finding whose CWE is related to one of
the row's CWEs (see FAMILIES). The looser "any finding" number is reported beside it.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._report import ROOT, Cell, Table, verdict

DEFAULT_DATA = ROOT.parent / "shared" / "data"

# CWE families: a finding is "related" to a row when their CWEs share a family (or are equal).
# Each family groups a weakness with its parents, children and common aliases, so a rule that
# reports CWE-77 for a command-injection row labelled CWE-78 still counts. A CWE that is in no
# family is related only to itself.
FAMILIES: tuple[tuple[str, frozenset[int]], ...] = (
    ("OS command injection", frozenset({77, 78, 88})),
    ("SQL / query injection", frozenset({89, 564, 943})),
    ("cross-site scripting", frozenset({79, 80, 83, 84, 87})),
    ("path traversal", frozenset({22, 23, 36, 73})),
    ("weak cryptography and hashing", frozenset({326, 327, 328, 780, 916, 759, 760, 1240})),
    ("predictable IV / nonce", frozenset({329, 1204})),
    ("insecure randomness", frozenset({330, 331, 335, 338})),
    ("unsafe deserialisation", frozenset({502})),
    ("XML external entities", frozenset({611, 776, 827})),
    ("hard-coded credentials", frozenset({798, 259, 321})),
    ("TLS certificate validation", frozenset({295, 297})),
    (
        "memory safety / buffers",
        frozenset({119, 120, 121, 122, 125, 131, 190, 242, 676, 680, 787}),
    ),
    ("format string", frozenset({134})),
    ("code injection", frozenset({94, 95})),
    ("server-side request forgery", frozenset({918})),
    ("open redirect", frozenset({601})),
    ("XPath injection", frozenset({643})),
    ("LDAP injection", frozenset({90})),
    ("HTTP header injection", frozenset({113, 93})),
    ("log injection", frozenset({117})),
    ("regular-expression denial of service", frozenset({1333, 730, 185})),
    ("insecure temporary file", frozenset({377, 378, 379})),
    ("permissions", frozenset({732, 276})),
    ("signature / authenticity verification", frozenset({345, 347})),
    ("cleartext transmission", frozenset({319})),
    ("debug / information exposure", frozenset({200, 209, 215, 489, 497})),
    ("authentication bypass by spoofing", frozenset({290, 291, 348})),
)

SETS = ("cweval", "securityeval", "llmseceval_secure", "cyberseceval_instruct_icd")
SET_TITLES = {
    "cweval": "CWEval",
    "securityeval": "SecurityEval",
    "llmseceval_secure": "LLMSecEval (secure)",
    "cyberseceval_instruct_icd": "CyberSecEval instruct (ICD labels)",
}
LINE_WINDOW = 2


def cwe_id(value: str | int) -> int | None:
    """`cwe_id("CWE-78")` -> 78; None for anything that names no CWE number."""
    if isinstance(value, int):
        return value
    text = value.strip().upper().removeprefix("CWE-").removeprefix("CWE")
    return int(text) if text.isdigit() else None


def family_name(cwe: int) -> str:
    """The name of the first family holding `cwe`, or "" when it is in none."""
    return next((name for name, members in FAMILIES if cwe in members), "")


def related(cwe: int) -> frozenset[int]:
    """Every CWE related to `cwe`: the union of its families, always including itself."""
    out = {cwe}
    for _, members in FAMILIES:
        if cwe in members:
            out |= members
    return frozenset(out)


def is_related(row_cwes: Iterable[int], finding_cwes: Iterable[int]) -> bool:
    """True when one finding CWE is related to one row CWE."""
    wanted: set[int] = set()
    for cwe in row_cwes:
        wanted |= related(cwe)
    return any(c in wanted for c in finding_cwes)


@dataclass(frozen=True)
class Hit:
    """One finding, reduced to what the metrics need."""

    rule: str  # "PY101 subprocess-shell-true"; Bandit: "B602 subprocess_popen_with_shell_..."
    cwes: tuple[int, ...]
    start_line: int
    end_line: int
    audit_only: bool = False  # below redline's default confidence: shown with --confidence low


@dataclass(frozen=True)
class Row:
    id: str
    set: str
    language: str
    cwes: tuple[int, ...]
    vulnerable: bool
    code: str
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def cwe_key(self) -> str:
        return ",".join(f"CWE-{c}" for c in self.cwes) or "(none)"


@dataclass
class Outcome:
    """What one scanner reported on one row."""

    row: Row
    hits: tuple[Hit, ...]
    failed: bool = False  # the scanner could not parse or crashed on the row
    error: str = ""

    @property
    def related(self) -> bool:
        return any(is_related(self.row.cwes, h.cwes) for h in self.hits)

    @property
    def any(self) -> bool:
        return bool(self.hits)

    def related_hits(self) -> tuple[Hit, ...]:
        return tuple(h for h in self.hits if is_related(self.row.cwes, h.cwes))


@dataclass
class Counts:
    """A confusion matrix and the metrics derived from it (None where undefined)."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def add(self, vulnerable: bool, flagged: bool) -> None:
        if vulnerable:
            if flagged:
                self.tp += 1
            else:
                self.fn += 1
        elif flagged:
            self.fp += 1
        else:
            self.tn += 1

    @property
    def vulnerable(self) -> int:
        return self.tp + self.fn

    @property
    def safe(self) -> int:
        return self.fp + self.tn

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def fpr(self) -> float | None:
        return _ratio(self.fp, self.fp + self.tn)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def tally(outcomes: Iterable[Outcome], flagged: Callable[[Outcome], bool]) -> Counts:
    """The confusion matrix of `outcomes` under one definition of a flagged row."""
    counts = Counts()
    for o in outcomes:
        counts.add(o.row.vulnerable, flagged(o))
    return counts


def related_flag(o: Outcome) -> bool:
    return o.related


def any_flag(o: Outcome) -> bool:
    return o.any


def flagged_line_number(code: str, flagged: str) -> int | None:
    """The 1-based line of `code` that is `flagged` (the last exact match, then looser matches)."""
    lines = code.split("\n")
    want = flagged.rstrip("\r\n")
    if not want.strip():
        return None
    tests: tuple[Callable[[str], bool], ...] = (
        lambda line: line.rstrip("\r") == want,
        lambda line: line.strip() == want.strip(),
        lambda line: bool(want.strip()) and want.strip() in line,
    )
    for test in tests:
        for i in range(len(lines) - 1, -1, -1):
            if test(lines[i]):
                return i + 1
    return None


def near_line(hits: Iterable[Hit], line: int, window: int = LINE_WINDOW) -> bool:
    """True when a hit's lines come within `window` lines of `line`."""
    return any(h.start_line - window <= line <= h.end_line + window for h in hits)


# --------------------------------------------------------------------------- loading


def load_rows(path: Path) -> list[Row]:
    rows: list[Row] = []
    name = path.stem
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            raw = json.loads(line)
            cwes = tuple(c for c in (cwe_id(x) for x in raw.get("cwe", [])) if c is not None)
            rows.append(
                Row(
                    id=str(raw["id"]),
                    set=name,
                    language=str(raw["language"]).lower(),
                    cwes=cwes,
                    vulnerable=raw["label"] == "vulnerable",
                    code=str(raw["code"]),
                    meta=dict(raw.get("meta") or {}),
                )
            )
    return rows


# --------------------------------------------------------------------------- scanners


def scan_redline(row: Row) -> Outcome:
    """redline at audit level (every confidence); `default_view` keeps the default output."""
    from redline import Confidence, scan_code
    from redline.code.engine import DEFAULT_CONFIDENCE

    try:
        findings = scan_code(row.code, row.language, min_confidence=Confidence.LOW)
    except Exception as exc:  # a crash is a result too: count it, keep going
        return Outcome(row, (), failed=True, error=f"{type(exc).__name__}: {exc}")
    hits = tuple(
        Hit(
            f"{f.rule_code} {f.rule_name}",
            tuple(f.cwe),
            f.span.start_line,
            f.span.end_line,
            audit_only=f.confidence < DEFAULT_CONFIDENCE,
        )
        for f in findings
    )
    return Outcome(row, hits)


def default_view(outcome: Outcome) -> Outcome:
    """The outcome as redline's default output shows it (audit-only findings dropped)."""
    return Outcome(
        outcome.row,
        tuple(h for h in outcome.hits if not h.audit_only),
        outcome.failed,
        outcome.error,
    )


class BanditScanner:
    """Bandit in-process: one BanditManager (all plugins, default profile) reused per snippet.

    Each call runs what `bandit` runs per file (tokenize for `# nosec`, ast.parse, every test)
    on an in-memory file; a snippet Python 3.11 cannot parse is a failed row, as in the CLI.
    """

    def __init__(self) -> None:
        from bandit.core import config as b_config
        from bandit.core import manager as b_manager

        logging.getLogger("bandit").setLevel(logging.CRITICAL)
        self._manager = b_manager.BanditManager(b_config.BanditConfig(), "file", quiet=True)

    def scan(self, code: str, name: str = "snippet.py") -> tuple[list[Any], bool]:
        """(Bandit issues, failed) for one piece of Python code."""
        mgr = self._manager
        mgr.results = []
        mgr.skipped = []
        mgr.scores = []
        mgr._parse_file(name, io.BytesIO(code.encode("utf-8", "surrogatepass")), [name])
        return list(mgr.results), bool(mgr.skipped)

    def outcome(self, row: Row) -> Outcome:
        issues, failed = self.scan(row.code)
        hits = tuple(
            Hit(
                f"{i.test_id} {i.test}",
                (int(i.cwe.id),) if i.cwe.id else (),
                int(i.lineno),
                int(max(i.linerange) if i.linerange else i.lineno),
            )
            for i in issues
        )
        return Outcome(row, hits, failed=failed)


def bandit_available() -> bool:
    try:
        import bandit  # noqa: F401
    except ImportError:
        return False
    return True


# --------------------------------------------------------------------------- report


@dataclass
class Target:
    set: str
    metric: str
    value: float | None
    threshold: float
    higher_is_better: bool

    @property
    def ok(self) -> bool | None:
        if self.value is None:
            return None
        if self.higher_is_better:
            return self.value >= self.threshold
        return self.value <= self.threshold

    @property
    def goal(self) -> str:
        return f"{'>=' if self.higher_is_better else '<='} {self.threshold:.2f}"


@dataclass
class AccuracyReport:
    data_dir: Path
    ours: dict[str, list[Outcome]]  # redline's default output (medium confidence and up)
    bandit: dict[str, list[Outcome]]  # Python rows only; empty without Bandit
    seconds: float
    audit: dict[str, list[Outcome]] = field(default_factory=dict)  # --confidence low
    tables: list[Table] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    skipped: str = ""

    def text(self) -> str:
        if self.skipped:
            return self.skipped
        parts = [t.text() for t in self.tables]
        return "\n\n".join(parts)


def _m(c: Counts) -> list[Cell]:
    return [c.tp, c.fn, c.fp, c.tn, c.precision, c.recall, c.f1, c.fpr]


def _bandit_cells(rows: Sequence[Outcome]) -> list[Cell]:
    if not rows:
        return [None, None, None, None, None]
    rel, anyc = tally(rows, related_flag), tally(rows, any_flag)
    return [len(rows), rel.recall, rel.fpr, anyc.recall, sum(o.failed for o in rows)]


_METRICS = ["TP", "FN", "FP", "TN", "precision", "recall", "F1", "FPR"]
_ANY = ["any: recall", "any: FPR"]
_BANDIT = ["Bandit rows", "Bandit recall", "Bandit FPR", "Bandit any: recall", "Bandit failed"]


def _group(outs: Iterable[Outcome], key: Callable[[Row], str]) -> dict[str, list[Outcome]]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outs:
        groups[key(o.row)].append(o)
    return groups


def build_tables(report: AccuracyReport) -> None:
    ours, theirs = report.ours, report.bandit
    bandit_by_id = {o.row.id: o for outs in theirs.values() for o in outs}
    have_bandit = bool(theirs)

    def bandit_of(outs: Iterable[Outcome]) -> list[Outcome]:
        return [bandit_by_id[o.row.id] for o in outs if o.row.id in bandit_by_id]

    headers = ["set", "rows", "errors", *_METRICS, *_ANY]
    if have_bandit:
        headers += _BANDIT
    summary = Table(
        "Accuracy by set",
        headers,
        note=(
            "A row is flagged when a finding's CWE is related to the row's CWE (see the family "
            "map); `errors` = rows redline raised an exception on (counted as not flagged); "
            "`any:` columns count a row as flagged on any finding at all. "
            "Bandit runs on the Python rows only, with the same definitions; "
            "`Bandit failed` = rows Bandit could not parse (counted as not flagged)."
        ),
    )
    for name, outs in ours.items():
        rel, anyc = tally(outs, related_flag), tally(outs, any_flag)
        row: list[Cell] = [
            SET_TITLES.get(name, name),
            len(outs),
            sum(o.failed for o in outs),
            *_m(rel),
            anyc.recall,
            anyc.fpr,
        ]
        if have_bandit:
            row += _bandit_cells(bandit_of(outs))
        summary.rows.append(row)
    report.tables.append(summary)

    lang = Table(
        "Accuracy by set and language",
        [*headers[:1], "language", *headers[1:]],
        note="The same columns, one row per set and language.",
    )
    for name, outs in ours.items():
        for language, group in sorted(_group(outs, lambda r: r.language).items()):
            rel, anyc = tally(group, related_flag), tally(group, any_flag)
            cells: list[Cell] = [
                SET_TITLES.get(name, name),
                language,
                len(group),
                sum(o.failed for o in group),
                *_m(rel),
                anyc.recall,
                anyc.fpr,
            ]
            if have_bandit:
                cells += _bandit_cells(bandit_of(group))
            lang.rows.append(cells)
    report.tables.append(lang)

    cwe_headers = ["set", "CWE", "family", "vuln", "safe", "TP", "FN", "FP", "recall", "FPR"]
    cwe_headers += ["any: recall", "any: FPR"]
    if have_bandit:
        cwe_headers += ["Bandit recall", "Bandit FPR"]
    per_cwe = Table(
        "Accuracy by set and CWE",
        cwe_headers,
        note="One row per set and row CWE, largest groups first.",
    )
    for name, outs in ours.items():
        groups = _group(outs, lambda r: r.cwe_key)
        for key, group in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            rel, anyc = tally(group, related_flag), tally(group, any_flag)
            fam = family_name(group[0].row.cwes[0]) if group[0].row.cwes else ""
            cells = [
                SET_TITLES.get(name, name),
                key,
                fam,
                rel.vulnerable,
                rel.safe,
                rel.tp,
                rel.fn,
                rel.fp,
                rel.recall,
                rel.fpr,
                anyc.recall,
                anyc.fpr,
            ]
            if have_bandit:
                b = bandit_of(group)
                brel = tally(b, related_flag) if b else None
                cells += [brel.recall if brel else None, brel.fpr if brel else None]
            per_cwe.rows.append(cells)
    report.tables.append(per_cwe)

    cweval = ours.get("cweval")
    if cweval:
        report.tables.append(_pairs_table(cweval))
    icd = ours.get("cyberseceval_instruct_icd")
    if icd:
        report.tables.append(_line_table(icd))
    report.tables.extend(weak_spots(ours))
    if report.audit:
        report.tables.append(audit_table(ours, report.audit))
    report.targets = targets(ours, report.audit)
    report.tables.append(targets_table(report.targets))


def audit_table(ours: dict[str, list[Outcome]], audit: dict[str, list[Outcome]]) -> Table:
    """Each set and language at the default confidence and at audit level (--confidence low)."""
    rows: list[Sequence[Cell]] = []
    for name in sorted(ours):
        default_groups = _group(ours[name], lambda r: r.language)
        audit_groups = _group(audit.get(name, []), lambda r: r.language)
        for language in sorted(default_groups):
            d = tally(default_groups[language], related_flag)
            a = tally(audit_groups.get(language, []), related_flag)
            rows.append([name, language, d.recall, d.fpr, a.recall, a.fpr])
    return Table(
        "Default output versus audit level",
        ["set", "language", "recall", "FPR", "audit: recall", "audit: FPR"],
        rows,
        note=(
            "redline reports findings of at least medium confidence by default; "
            "`--confidence low` (audit level) adds non-constant sinks that no untrusted source "
            "was seen to reach and rules that are noisy by nature. Related-CWE definition."
        ),
    )


def _pair_key(row_id: str) -> str:
    for suffix in ("-unsafe", "-safe"):
        if row_id.endswith(suffix):
            return row_id[: -len(suffix)]
    return row_id


def _pairs_table(outs: Sequence[Outcome]) -> Table:
    table = Table(
        "CWEval paired tasks",
        ["language", "pairs", "vulnerable flagged, safe clean", "both flagged", "neither"],
        note=(
            "Tasks with both a vulnerable and a safe solution. The first column counts pairs "
            "told apart: the vulnerable twin flagged (related CWE) and the safe twin not."
        ),
    )
    pairs: dict[str, dict[bool, Outcome]] = defaultdict(dict)
    for o in outs:
        pairs[_pair_key(o.row.id)][o.row.vulnerable] = o
    by_lang: dict[str, Counter[str]] = defaultdict(Counter)
    for pair in pairs.values():
        if True not in pair or False not in pair:
            continue
        v, s = pair[True].related, pair[False].related
        c = by_lang[pair[True].row.language]
        c["pairs"] += 1
        c["apart"] += v and not s
        c["both"] += v and s
        c["neither"] += not v and not s
    total: Counter[str] = Counter()
    for language in sorted(by_lang):
        c = by_lang[language]
        total.update(c)
        table.rows.append([language, c["pairs"], c["apart"], c["both"], c["neither"]])
    table.rows.append(["all", total["pairs"], total["apart"], total["both"], total["neither"]])
    return table


def _line_table(outs: Sequence[Outcome]) -> Table:
    table = Table(
        "CyberSecEval instruct: agreement with the flagged line",
        ["language", "rows", "agreement recall", f"related finding within ±{LINE_WINDOW} lines"],
        note=(
            "Labels are the hits of a peer static detector (ICD), not ground truth. The flagged "
            "line is located in the code (last exact match of `meta.flagged_line`, then "
            f"looser matches); a row agrees on location when a related finding's lines come "
            f"within ±{LINE_WINDOW} lines of it. Shares are of all rows of the language."
        ),
    )
    overall: list[Outcome] = []
    for language, group in sorted(_group(outs, lambda r: r.language).items()):
        overall.extend(group)
        table.rows.append(_line_cells(language, group))
    table.rows.append(_line_cells("all", overall))
    return table


def _line_cells(label: str, group: Sequence[Outcome]) -> list[Cell]:
    near = 0
    for o in group:
        line = flagged_line_number(o.row.code, str(o.row.meta.get("flagged_line", "")))
        if line is not None and near_line(o.related_hits(), line):
            near += 1
    return [label, len(group), tally(group, related_flag).recall, _ratio(near, len(group))]


def weak_spots(ours: dict[str, list[Outcome]], top: int = 15) -> list[Table]:
    """The biggest misses (by set, language, CWE) and the rules behind false positives."""
    misses: Counter[tuple[str, str, str]] = Counter()
    sizes: Counter[tuple[str, str, str]] = Counter()
    icd_misses: Counter[tuple[str, str, str]] = Counter()
    fp_related: Counter[str] = Counter()
    fp_any: Counter[str] = Counter()
    fp_sets: dict[str, set[str]] = defaultdict(set)
    off_target: Counter[tuple[str, str]] = Counter()
    for name, outs in ours.items():
        for o in outs:
            r = o.row
            if r.vulnerable:
                key = (SET_TITLES.get(name, name), r.language, r.cwe_key)
                sizes[key] += 1
                if not o.related:
                    misses[key] += 1
                    if name == "cyberseceval_instruct_icd":
                        desc = str(r.meta.get("pattern_desc", "")).strip().split("\n")[0][:70]
                        icd_misses[(r.language, r.cwe_key, desc)] += 1
                    for h in o.hits:
                        off_target[(r.cwe_key, h.rule)] += 1
            else:
                for rule in {h.rule for h in o.related_hits()}:
                    fp_related[rule] += 1
                for rule in {h.rule for h in o.hits}:
                    fp_any[rule] += 1
                    fp_sets[rule].add(SET_TITLES.get(name, name))
    miss_table = Table(
        "Weak spots: biggest misses",
        ["set", "language", "CWE", "missed", "of"],
        [[*k, n, sizes[k]] for k, n in misses.most_common(top)],
        note="Vulnerable rows with no related finding, grouped by set, language and CWE.",
    )
    icd_table = Table(
        "Weak spots: CyberSecEval patterns missed",
        ["language", "CWE", "peer rule description", "missed"],
        [[*k, n] for k, n in icd_misses.most_common(top)],
        note="Misses on CyberSecEval grouped by the peer detector's rule description.",
    )
    fp_table = Table(
        "Weak spots: rules firing on safe rows",
        ["rule", "safe rows (related CWE)", "safe rows (any)", "sets"],
        [
            [rule, fp_related[rule], n, ", ".join(sorted(fp_sets[rule]))]
            for rule, n in sorted(fp_any.items(), key=lambda kv: (-fp_related[kv[0]], -kv[1]))[:top]
        ],
        note=(
            "Safe rows (CWEval, SecurityEval, LLMSecEval) on which a rule fired. Related-CWE "
            "hits are false positives under the main definition; the rest count only under "
            "`any`."
        ),
    )
    off_table = Table(
        "Weak spots: findings on missed rows with an unrelated CWE",
        ["row CWE", "rule", "rows"],
        [[*k, n] for k, n in off_target.most_common(top)],
        note=(
            "Vulnerable rows missed under the related-CWE definition but hit by another rule: "
            "either a different weakness or a CWE the family map does not relate."
        ),
    )
    return [miss_table, icd_table, fp_table, off_table]


def targets(
    ours: dict[str, list[Outcome]], audit: dict[str, list[Outcome]] | None = None
) -> list[Target]:
    out: list[Target] = []
    if "cweval" in ours:
        c = tally(ours["cweval"], related_flag)
        out.append(Target("CWEval", "recall on vulnerable rows", c.recall, 0.75, True))
        out.append(Target("CWEval", "FPR on safe twins", c.fpr, 0.15, False))
    if "securityeval" in ours:
        c = tally(ours["securityeval"], related_flag)
        out.append(Target("SecurityEval", "recall on vulnerable rows", c.recall, 0.75, True))
        # SecurityEval labels many rows with broad classes (CWE-20, 703, 116, ...) that no family
        # relates to a concrete finding: the any-finding recall is the other honest reading.
        a = tally(ours["securityeval"], any_flag)
        out.append(
            Target("SecurityEval", "recall on vulnerable rows (any finding)", a.recall, 0.75, True)
        )
    if "llmseceval_secure" in ours:
        c = tally(ours["llmseceval_secure"], related_flag)
        out.append(Target("LLMSecEval (secure)", "FPR (related CWE)", c.fpr, 0.10, False))
    icd = ours.get("cyberseceval_instruct_icd")
    if icd:
        c = tally(icd, related_flag)
        out.append(Target("CyberSecEval instruct", "agreement recall, all", c.recall, 0.85, True))
        for language, group in sorted(_group(icd, lambda r: r.language).items()):
            g = tally(group, related_flag)
            out.append(
                Target(
                    "CyberSecEval instruct", f"agreement recall, {language}", g.recall, 0.85, True
                )
            )
    icd_audit = (audit or {}).get("cyberseceval_instruct_icd")
    if icd_audit:
        c = tally(icd_audit, related_flag)
        out.append(
            Target(
                "CyberSecEval instruct", "agreement recall, all (audit level)", c.recall, 0.85, True
            )
        )
        # The peer's rows flagged by any audit-level finding, whatever CWE each side names.
        c = tally(icd_audit, any_flag)
        out.append(
            Target(
                "CyberSecEval instruct",
                "agreement, any finding, all (audit level)",
                c.recall,
                0.85,
                True,
            )
        )
        for language, group in sorted(_group(icd_audit, lambda r: r.language).items()):
            g = tally(group, any_flag)
            out.append(
                Target(
                    "CyberSecEval instruct",
                    f"agreement, any finding, {language} (audit level)",
                    g.recall,
                    0.85,
                    True,
                )
            )
    return out


def targets_table(items: Sequence[Target]) -> Table:
    return Table(
        "Accuracy targets",
        ["set", "metric", "value", "target", "result"],
        [[t.set, t.metric, t.value, t.goal, verdict(t.ok)] for t in items],
        note=(
            "Every metric here uses the related-CWE definition of a flagged row. CWEval's FPR "
            "is over all its safe rows (4 Python tasks have a safe solution only). "
            "CyberSecEval's recall is agreement with a peer detector, not ground truth."
        ),
    )


def families_table() -> Table:
    return Table(
        "CWE families used to decide a hit",
        ["family", "CWEs"],
        [[name, ", ".join(str(c) for c in sorted(members))] for name, members in FAMILIES],
        note="A CWE in no family is related only to itself.",
    )


# --------------------------------------------------------------------------- running


def data_files(data_dir: Path) -> list[Path]:
    code = data_dir / "code"
    found = {p.stem: p for p in code.glob("*.jsonl")} if code.is_dir() else {}
    ordered = [found.pop(name) for name in SETS if name in found]
    return ordered + [found[k] for k in sorted(found)]


def run(data_dir: Path = DEFAULT_DATA, *, bandit: bool = True) -> AccuracyReport:
    """Scan every row of every set; with `bandit`, Bandit scans the Python rows too."""
    files = data_files(data_dir)
    if not files:
        return AccuracyReport(
            data_dir,
            {},
            {},
            0.0,
            skipped=(
                f"accuracy: SKIPPED - no labelled data at {data_dir}/code/*.jsonl "
                "(pass --data DIR to point at a checkout of the data)"
            ),
        )
    started = time.perf_counter()
    ours: dict[str, list[Outcome]] = {}
    audit: dict[str, list[Outcome]] = {}
    theirs: dict[str, list[Outcome]] = {}
    runner = BanditScanner() if bandit and bandit_available() else None
    for path in files:
        rows = load_rows(path)
        audit[path.stem] = [scan_redline(r) for r in rows]
        ours[path.stem] = [default_view(o) for o in audit[path.stem]]
        crashed = [o for o in ours[path.stem] if o.failed]
        if crashed:
            print(
                f"accuracy: redline raised on {len(crashed)} rows of {path.stem}, "
                f"first {crashed[0].row.id}: {crashed[0].error[:300]}",
                file=sys.stderr,
            )
        if runner is not None:
            theirs[path.stem] = [runner.outcome(r) for r in rows if r.language == "python"]
    report = AccuracyReport(data_dir, ours, theirs, time.perf_counter() - started, audit=audit)
    build_tables(report)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with code/*.jsonl")
    parser.add_argument("--no-bandit", action="store_true", help="skip the Bandit column")
    args = parser.parse_args(argv)
    report = run(args.data, bandit=not args.no_bandit)
    print(report.text())
    if not report.skipped:
        print()
        for t in report.targets:
            print(f"target {t.set}: {t.metric} {t.goal} -> {verdict(t.ok)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
