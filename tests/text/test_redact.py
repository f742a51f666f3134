"""redact: label and mask styles, merging of overlaps, and round trips with the detectors."""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redline.text._spans import LineIndex
from redline.text.pii import find_pii, luhn_valid
from redline.text.redact import STYLES, redact
from redline.text.secrets import find_secrets
from redline.text.types import Category, Hit

_RNG = random.Random(99)


def hit(text: str, start: int, end: int, detector: str = "secret.test") -> Hit:
    category = Category.PII if detector.startswith("pii.") else Category.SECRET
    return Hit(category, detector, "test", LineIndex(text).span(start, end))


def visa() -> str:
    body = "4" + "".join(_RNG.choice(string.digits) for _ in range(14))
    return next(body + c for c in "0123456789" if luhn_valid(body + c))


def test_label_style() -> None:
    token = "ghp_" + "".join(_RNG.choice(string.ascii_letters) for _ in range(36))
    text = f"export GITHUB_TOKEN={token}\n"
    out = redact(text, find_secrets(text))
    assert out == "export GITHUB_TOKEN=[REDACTED:github-token]\n"
    assert token not in out


def test_mask_style_and_card_last_four() -> None:
    number = visa()
    shown = " ".join(number[i : i + 4] for i in range(0, 16, 4))
    text = f"card {shown} and mail dana@acme.io"
    out = redact(text, find_pii(text), style="mask")
    assert out == f"card **** **** **** {number[-4:]} and mail {'*' * len('dana@acme.io')}"


def test_overlapping_and_adjacent_spans_merge() -> None:
    text = "0123456789abcdef"
    hits = [hit(text, 2, 6, "secret.a"), hit(text, 4, 12, "secret.b"), hit(text, 12, 14, "pii.c")]
    assert redact(text, hits) == "01[REDACTED:b]ef"
    assert redact(text, hits, style="mask") == "01************ef"


def test_unsorted_hits_and_out_of_range_spans() -> None:
    text = "abc secret1 def secret2"
    hits = [hit(text, 16, 23), hit(text, 4, 11)]
    assert redact(text, hits) == "abc [REDACTED:test] def [REDACTED:test]"
    assert redact(text, []) == text
    assert redact("", hits) == ""


def test_mask_keeps_line_breaks() -> None:
    text = "a\nKEYLINE1\nKEYLINE2\nz"
    assert redact(text, [hit(text, 2, 19)], style="mask") == "a\n********\n********\nz"


def test_bad_style() -> None:
    with pytest.raises(ValueError, match="'shout'"):
        redact("x", [], style="shout")
    assert STYLES == ("label", "mask")


def test_round_trip_leaves_nothing_to_find() -> None:
    aws = "AKIA" + "".join(_RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))
    text = (
        f"aws_access_key_id = {aws}\nDATABASE_URL=postgres://app:Zq8tR4nD0m9w@db:5432/x\n"
        "reach me at dana@acme.io or +44 20 7946 0958\n"
    )
    hits = [*find_secrets(text), *find_pii(text)]
    assert len(hits) == 4
    out = redact(text, hits)
    assert find_secrets(out) == []
    assert find_pii(out) == []
    assert "[REDACTED:aws-access-key-id]" in out
    assert "[REDACTED:connection-string]" in out
    assert "[REDACTED:email]" in out
    assert "[REDACTED:phone]" in out


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200), st.lists(st.tuples(st.integers(-5, 220), st.integers(-5, 220))))
def test_mask_preserves_length_and_outside_text(text: str, spans: list[tuple[int, int]]) -> None:
    hits = [hit(text, min(a, b), max(a, b)) for a, b in spans]
    masked = redact(text, hits, style="mask")
    assert len(masked) == len(text)
    covered = {i for h in hits for i in range(h.span.start, h.span.end)}
    for i, ch in enumerate(text):
        if i not in covered:
            assert masked[i] == ch
    redact(text, hits, style="label")
