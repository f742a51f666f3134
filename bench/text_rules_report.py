"""Per-rule hits of `redline.text.rules` on the labelled text sets, to tune precision and recall.

Usage: `.venv/bin/python bench/text_rules_report.py [DATA_DIR] [--rule ID] [--show N]`.

DATA_DIR holds `*.jsonl` rows `{"id","text","label","kind","source","meta"}` (default
`../shared/data/text` relative to the repository). Texts get a simple normalisation (NFKC,
lowercase, whitespace runs collapsed); the full normaliser does more. Printed: per rule, hits on
positive rows (injection, jailbreak) and on benign rows, with the benign hits broken down by set;
then per set the share of rows with at least one hit. `harmful_request` rows are reported apart:
plain harmful asks carry no injection technique. `--rule ID --show N` prints up to N benign rows
that rule fires on (for tuning; nothing is written anywhere).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._report import ROOT
from redline.text.rules import RULES, match_rules

POSITIVE = frozenset({"injection", "jailbreak"})


def normalise(text: str) -> str:
    """NFKC, lowercase, whitespace runs collapsed to one space."""
    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


def load(data_dir: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for path in sorted(data_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    row["set"] = path.stem
                    rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("data_dir", nargs="?", default=str(ROOT.parent / "shared" / "data" / "text"))
    ap.add_argument("--rule", help="show benign rows this rule fires on")
    ap.add_argument("--show", type=int, default=0, help="how many rows to show with --rule")
    ap.add_argument("--positives", action="store_true", help="with --rule: show positive rows")
    args = ap.parse_args(argv)

    data_dir = Path(args.data_dir)
    if not data_dir.is_dir():
        print(f"no data at {data_dir}", file=sys.stderr)
        return 2
    rows = load(data_dir)

    pos_hits: Counter[str] = Counter()
    ben_hits: Counter[str] = Counter()
    harm_hits: Counter[str] = Counter()
    ben_by_set: dict[str, Counter[str]] = defaultdict(Counter)
    set_total: Counter[tuple[str, str]] = Counter()
    set_covered: Counter[tuple[str, str]] = Counter()
    shown = 0
    elapsed = 0.0
    chars = 0
    for row in rows:
        text = normalise(str(row["text"]))
        label = str(row["label"])
        group = "positive" if label in POSITIVE else label
        t0 = time.perf_counter()
        hits = match_rules(text)
        elapsed += time.perf_counter() - t0
        chars += len(text)
        ids = {rule.id for rule, _, _ in hits}
        key = (str(row["set"]), group)
        set_total[key] += 1
        if ids:
            set_covered[key] += 1
        for rid in ids:
            if group == "positive":
                pos_hits[rid] += 1
            elif group == "benign":
                ben_hits[rid] += 1
                ben_by_set[rid][str(row["set"])] += 1
            else:
                harm_hits[rid] += 1
        want_pos = args.positives and group == "positive"
        want_ben = not args.positives and group == "benign"
        if args.rule and args.rule in ids and (want_pos or want_ben) and shown < args.show:
            shown += 1
            spans = [text[s:e] for r, s, e in hits if r.id == args.rule]
            print(f"[{row['set']}] {spans!r}\n    {text[:300]!r}\n")

    n_pos = sum(v for (_, g), v in set_total.items() if g == "positive")
    n_ben = sum(v for (_, g), v in set_total.items() if g == "benign")
    print(f"rules: {len(RULES)}; rows: {len(rows)} ({n_pos} positive, {n_ben} benign)")
    print(f"match_rules time: {elapsed * 1e3:.1f} ms for {chars / 1e6:.2f} M chars\n")
    print(f"{'rule':42} {'pos':>5} {'benign':>6} {'harm':>5}  benign by set")
    for rule in RULES:
        by_set = ", ".join(f"{k}:{v}" for k, v in ben_by_set[rule.id].most_common())
        print(
            f"{rule.id:42} {pos_hits[rule.id]:5d} {ben_hits[rule.id]:6d} "
            f"{harm_hits[rule.id]:5d}  {by_set}"
        )
    print(f"\n{'set':32} {'group':16} {'rows':>5} {'with hit':>8} {'share':>6}")
    for (name, group), total in sorted(set_total.items()):
        cov = set_covered[(name, group)]
        print(f"{name:32} {group:16} {total:5d} {cov:8d} {cov / total:6.3f}")
    pos_cov = sum(v for (_, g), v in set_covered.items() if g == "positive")
    ben_cov = sum(v for (_, g), v in set_covered.items() if g == "benign")
    print(f"\noverall positives with >= 1 hit: {pos_cov}/{n_pos} = {pos_cov / max(n_pos, 1):.3f}")
    print(f"overall benign with >= 1 hit:    {ben_cov}/{n_ben} = {ben_cov / max(n_ben, 1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
