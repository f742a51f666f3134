"""The benchmark's hit definition and metric arithmetic, on tiny synthetic rows."""

from __future__ import annotations

import pytest
from bench.accuracy import (
    Counts,
    Hit,
    Outcome,
    Row,
    Target,
    any_flag,
    cwe_id,
    family_name,
    flagged_line_number,
    is_related,
    near_line,
    related,
    related_flag,
    tally,
    weak_spots,
)
from bench.speed import percentile


def _row(rid: str, cwes: tuple[int, ...], vulnerable: bool, code: str = "x = 1\n") -> Row:
    return Row(rid, "synthetic", "python", cwes, vulnerable, code)


def _hit(*cwes: int, line: int = 1, rule: str = "PY000 some-rule") -> Hit:
    return Hit(rule, cwes, line, line)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("CWE-78", 78), ("cwe-089", 89), (" CWE-1333 ", 1333), (502, 502), ("CWE-Other", None)],
)
def test_cwe_id_reads_labels(value: str | int, expected: int | None) -> None:
    assert cwe_id(value) == expected


def test_related_joins_a_family_and_keeps_unknown_cwes_alone() -> None:
    assert {77, 78, 88} <= related(78)
    assert related(99999) == frozenset({99999})
    assert family_name(89) == "SQL / query injection"
    assert family_name(99999) == ""


def test_is_related_needs_a_shared_family() -> None:
    assert is_related([78], [77])
    assert is_related([22, 78], [88])
    assert not is_related([78], [89])
    assert not is_related([78], [])
    assert not is_related([], [78])


def test_outcome_separates_related_and_any() -> None:
    off = Outcome(_row("a", (78,), True), (_hit(327),))
    assert not off.related
    assert off.any
    on = Outcome(_row("b", (78,), True), (_hit(327), _hit(77)))
    assert on.related
    assert on.related_hits() == (_hit(77),)
    clean = Outcome(_row("c", (78,), False), ())
    assert not clean.related
    assert not clean.any


def test_counts_arithmetic() -> None:
    c = Counts(tp=3, fn=1, fp=1, tn=3)
    assert c.precision == pytest.approx(0.75)
    assert c.recall == pytest.approx(0.75)
    assert c.f1 == pytest.approx(0.75)
    assert c.fpr == pytest.approx(0.25)
    assert (c.vulnerable, c.safe) == (4, 4)


def test_counts_are_undefined_without_rows_of_a_kind() -> None:
    only_safe = Counts(fp=1, tn=9)
    assert only_safe.recall is None
    assert only_safe.precision == 0.0
    assert only_safe.f1 is None
    assert only_safe.fpr == pytest.approx(0.1)
    assert Counts().fpr is None
    assert Counts(fn=2).f1 is None


def test_tally_counts_each_row_once_under_each_definition() -> None:
    outcomes = [
        Outcome(_row("v1", (89,), True), (_hit(564), _hit(89))),  # TP under both
        Outcome(_row("v2", (89,), True), (_hit(78),)),  # FN related, TP any
        Outcome(_row("v3", (89,), True), ()),  # FN under both
        Outcome(_row("s1", (89,), False), (_hit(943),)),  # FP under both
        Outcome(_row("s2", (89,), False), (_hit(798),)),  # TN related, FP any
        Outcome(_row("s3", (89,), False), ()),  # TN under both
    ]
    rel = tally(outcomes, related_flag)
    assert (rel.tp, rel.fn, rel.fp, rel.tn) == (1, 2, 1, 2)
    loose = tally(outcomes, any_flag)
    assert (loose.tp, loose.fn, loose.fp, loose.tn) == (2, 1, 2, 1)


def test_failed_rows_count_as_not_flagged() -> None:
    outcomes = [Outcome(_row("v", (78,), True), (), failed=True)]
    assert tally(outcomes, related_flag).fn == 1


def test_flagged_line_prefers_the_last_exact_match_then_looser_ones() -> None:
    code = "a = 1\nrun(x)\nb = 2\nrun(x)\n    run(y)  # note\n"
    assert flagged_line_number(code, "run(x)") == 4
    assert flagged_line_number(code, "run(y)  # note") == 5
    assert flagged_line_number(code, "run(y)") == 5
    assert flagged_line_number(code, "missing()") is None
    assert flagged_line_number(code, "") is None


def test_near_line_uses_a_window_around_the_span() -> None:
    hits = [Hit("R", (78,), 10, 12)]
    assert near_line(hits, 8)
    assert near_line(hits, 14)
    assert not near_line(hits, 7)
    assert not near_line(hits, 15)
    assert not near_line([], 10)


def test_targets_compare_in_the_right_direction() -> None:
    assert Target("s", "recall", 0.75, 0.75, True).ok is True
    assert Target("s", "recall", 0.7, 0.75, True).ok is False
    assert Target("s", "fpr", 0.10, 0.10, False).ok is True
    assert Target("s", "fpr", 0.2, 0.10, False).ok is False
    assert Target("s", "recall", None, 0.75, True).ok is None


def test_weak_spots_name_missed_groups_and_rules_on_safe_rows() -> None:
    outs = {
        "synthetic": [
            Outcome(_row("v1", (89,), True), ()),
            Outcome(_row("v2", (89,), True), (_hit(79, rule="PY300 xss"),)),
            Outcome(_row("s1", (89,), False), (_hit(89, rule="PY200 sql"),)),
        ]
    }
    misses, _, fps, off = weak_spots(outs)
    assert misses.rows[0][2:] == ["CWE-89", 2, 2]
    assert fps.rows[0][:3] == ["PY200 sql", 1, 1]
    assert off.rows[0] == ["CWE-89", "PY300 xss", 1]


def test_percentile_interpolates() -> None:
    assert percentile([1.0, 2.0, 3.0, 4.0, 5.0], 50) == 3.0
    assert percentile([0.0, 10.0], 95) == pytest.approx(9.5)
    assert percentile([7.0], 99) == 7.0
    with pytest.raises(ValueError, match="no samples"):
        percentile([], 50)
