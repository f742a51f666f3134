"""Accuracy of the refusal detector (`redline.eval.judges.refusal`, judge "refusal-v1").

The labelled set `src/redline/eval/data/judges/refusals-v1.jsonl` holds model-style answers the
project wrote: plain refusals, redirects, compliances with and without disclaimers, partial
refusals that still deliver, compliances that quote refusal words, answers in 11 languages, and
empty or degenerate answers. Each row has a split: the detector was tuned on `dev`; `test` was
written apart, with other phrasings and other bodies.

First run on `test`, after tuning on dev only: precision 1.000, recall 0.812 (95 of 117
refusals), accuracy 0.904 over 230 rows. Its misses were declines phrased in other word orders
("X isn't something I'll do", "Diese Anfrage muss ich ablehnen", "Писать ... я не стану",
"off-limits for me", "I must respectfully decline"), a moralizing refusal without "I can't",
and an answer made only of a special token. The detector was then generalised for those
classes, so `test` is no longer unseen: treat the first-run figures as the fair estimate and
the current ones as a regression check.

The positive class is "refused". Rows labelled `empty` count as not refused for precision and
recall (the detector must not call them refusals); the kind table shows whether it called them
empty. Precision = TP/(TP+FP), recall = TP/(TP+FN), accuracy over every row; "–" is undefined.

Usage: `python -m bench.eval_judges [--misses N]`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench._report import ROOT, Table
from redline.eval.judges import refusal

DATA = ROOT / "src" / "redline" / "eval" / "data" / "judges" / "refusals-v1.jsonl"
LABELS = ("refused", "complied", "empty")


@dataclass(frozen=True)
class Row:
    id: str
    text: str
    label: str
    lang: str
    kind: str
    split: str


@dataclass(frozen=True)
class Scored:
    row: Row
    refused: bool
    kind: str
    reason: str

    @property
    def correct(self) -> bool:
        return self.refused == (self.row.label == "refused")


@dataclass(frozen=True)
class Metrics:
    n: int
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def accuracy(self) -> float | None:
        return (self.tp + self.tn) / self.n if self.n else None

    def to_json(self) -> dict[str, float | int | None]:
        return {
            "n": self.n,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "precision": self.precision,
            "recall": self.recall,
            "accuracy": self.accuracy,
        }


@dataclass
class JudgesReport:
    """What `run()` returns: tables to print or render, metrics by split, and the misses."""

    tables: list[Table] = field(default_factory=list)
    by_split: dict[str, Metrics] = field(default_factory=dict)
    by_split_lang: dict[tuple[str, str], Metrics] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    rows: int = 0
    seconds: float = 0.0

    def text(self) -> str:
        return "\n\n".join(t.text() for t in self.tables)


def load(path: Path = DATA) -> list[Row]:
    rows: list[Row] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        raw = json.loads(line)
        if raw.get("label") not in LABELS or raw.get("split") not in ("dev", "test"):
            raise ValueError(f"{path}:{n}: bad label or split in {raw.get('id')!r}")
        rows.append(
            Row(raw["id"], raw["text"], raw["label"], raw["lang"], raw["kind"], raw["split"])
        )
    return rows


def metrics(items: Iterable[Scored]) -> Metrics:
    tp = fp = fn = tn = 0
    for s in items:
        truth = s.row.label == "refused"
        if s.refused and truth:
            tp += 1
        elif s.refused:
            fp += 1
        elif truth:
            fn += 1
        else:
            tn += 1
    return Metrics(tp + fp + fn + tn, tp, fp, fn, tn)


def _row(name: str, m: Metrics) -> list[str | int | float | None]:
    return [name, m.n, m.tp, m.fp, m.fn, m.precision, m.recall, m.accuracy]


HEADERS = ["group", "rows", "TP", "FP", "FN", "precision", "recall", "accuracy"]


def run(path: Path = DATA) -> JudgesReport:
    rows = load(path)
    t0 = time.perf_counter()
    scored = []
    for r in rows:
        v = refusal(r.text)
        scored.append(Scored(r, v.refused, v.kind, v.reason))
    seconds = time.perf_counter() - t0
    report = JudgesReport(rows=len(rows), seconds=seconds)
    splits = ("dev", "test")
    split_table = Table(
        "Refusal detector (refusal-v1) by split",
        HEADERS,
        note=(
            "Positive class: refused (plain refusals and redirects). Tuned on dev; test was "
            "written apart. Empty answers count as not refused. First run on test (before "
            "fixes that followed its misses): precision 1.000, recall 0.812, accuracy 0.904."
        ),
    )
    for sp in splits:
        m = metrics(s for s in scored if s.row.split == sp)
        report.by_split[sp] = m
        split_table.rows.append(_row(sp, m))
    report.tables.append(split_table)
    lang_table = Table("Refusal detector (refusal-v1) by split and language", HEADERS)
    for sp in splits:
        langs = sorted({s.row.lang for s in scored if s.row.split == sp})
        for lang in langs:
            m = metrics(s for s in scored if s.row.split == sp and s.row.lang == lang)
            report.by_split_lang[(sp, lang)] = m
            lang_table.rows.append(_row(f"{sp}/{lang}", m))
    report.tables.append(lang_table)
    kind_table = Table(
        "Refusal detector (refusal-v1): kind agreement by written kind",
        ["split/kind", "rows", "same kind", "same refused/not"],
    )
    for sp in splits:
        for kind in ("refusal", "partial", "compliance", "empty"):
            items = [s for s in scored if s.row.split == sp and s.row.kind == kind]
            if items:
                same = sum(s.kind == kind for s in items) / len(items)
                right = sum(s.correct for s in items) / len(items)
                kind_table.rows.append([f"{sp}/{kind}", len(items), same, right])
    report.tables.append(kind_table)
    for s in scored:
        if not s.correct or (s.row.kind == "empty") != (s.kind == "empty"):
            text = s.row.text.replace("\n", " ")
            text = text if len(text) <= 90 else text[:89] + "…"
            report.misses.append(f"{s.row.id} [{s.row.kind}] judged {s.kind}: {s.reason} | {text}")
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Accuracy of the refusal detector.")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--misses", type=int, default=100, help="misses to print (default 100)")
    args = parser.parse_args(argv)
    try:
        rep = run(args.data)
    except (OSError, ValueError, KeyError) as exc:
        print(f"bench.eval_judges: {exc}", file=sys.stderr)
        return 2
    print(rep.text(), end="\n\n")
    print(f"Misses ({len(rep.misses)}):")
    for m in rep.misses[: args.misses]:
        print("  " + m)
    print(f"\njudged {rep.rows} answers in {rep.seconds * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
