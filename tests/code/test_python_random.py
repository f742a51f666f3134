"""py-insecure-random: a draw that ends up in a cookie, the session or a secret-named variable is a
default finding; other draws stay audit-level notes."""

from __future__ import annotations

import pytest

from redline import Confidence, scan_code

COOKIE = """import random
def remember(response):
    value = random.random()
    key = str(value)[2:]
    response.set_cookie("rememberMe", key, secure=True, httponly=True)
"""
SESSION = """import random
import flask
def login():
    n = random.randint(0, 10**8)
    flask.session["nonce_" + str(n)] = True
"""
JITTER = """import random
def backoff(attempt):
    delay = random.random()
    pause = delay * (2 ** attempt)
    return pause
"""
GAME = """import random
def roll():
    face = random.randint(1, 6)
    print("you rolled", face)
"""


def _codes(code: str, confidence: Confidence) -> list[str]:
    return [f.rule_name for f in scan_code(code, "python", min_confidence=confidence)]


@pytest.mark.parametrize("code", [COOKIE, SESSION])
def test_random_value_used_as_a_secret_is_reported(code: str) -> None:
    assert "py-insecure-random" in _codes(code, Confidence.MEDIUM)


@pytest.mark.parametrize("code", [JITTER, GAME])
def test_other_draws_are_audit_notes_only(code: str) -> None:
    assert "py-insecure-random" not in _codes(code, Confidence.MEDIUM)
    assert "py-insecure-random" in _codes(code, Confidence.LOW)
