"""The text-detection benchmark's held-apart tables: what they count and how."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from bench.detect import APART, apart_table


@dataclass
class _Scored:
    score: float


class _Detector:
    """Scores a text by a number written in it (`score=0.9`); threshold 0.5."""

    class options:
        level = "balanced"

    def threshold(self, level: object) -> float:
        return 0.5

    def detect(self, text: str, channel: str) -> _Scored:
        assert channel == "tool"
        return _Scored(float(text.split("score=", maxsplit=1)[1].split(maxsplit=1)[0]))


def _write(tmp_path: Path, rows: list[tuple[str, float]]) -> Path:
    path = tmp_path / "apart.jsonl"
    lines = [
        json.dumps({"id": f"r{i}", "label": label, "shape": "email", "text": f"hi score={s} x"})
        for i, (label, s) in enumerate(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_apart_table_counts_recall_fpr_and_recall_at_a_fixed_fpr(tmp_path: Path) -> None:
    rows = [("injection", 0.9), ("injection", 0.6), ("injection", 0.2), ("injection", 0.1)]
    rows += [("benign", 0.7)] + [("benign", 0.05)] * 19
    table = apart_table(_Detector(), _write(tmp_path, rows))
    ours, keyword = table.rows
    assert ours[:5] == ["redline", 4, 0.5, 20, 0.05]
    # At 5 % FPR the cut is the highest benign score (0.7): only 0.9 is above it.
    assert ours[5] == 0.25
    assert keyword[0] == "keyword baseline"
    assert keyword[5] is None


def test_the_shipped_apart_set_is_balanced_and_distinct() -> None:
    rows = [json.loads(line) for line in APART.read_text(encoding="utf-8").splitlines() if line]
    assert len({r["id"] for r in rows}) == len(rows) == 300
    assert sum(r["label"] == "injection" for r in rows) == 150
    assert len({r["text"] for r in rows}) == 300
    assert {r["label"] for r in rows} == {"injection", "benign"}
