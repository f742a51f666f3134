"""The C, Go and Rust fixes: each gives the exact expected text, and the fixed code no longer
triggers the rule."""

from __future__ import annotations

import pytest

from redline._core import Confidence
from redline.code.engine import scan_code
from redline.code.fixes import apply_edits

CASES = [
    (
        "openssl-verify-none",
        "c",
        "void f(SSL_CTX *ctx) {\n    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);\n}\n",
        "void f(SSL_CTX *ctx) {\n    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);\n}\n",
    ),
    (
        "curl-ssl-verify-disabled",
        "c",
        "void f(CURL *c) {\n    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);\n}\n",
        "void f(CURL *c) {\n    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);\n}\n",
    ),
    (
        "curl-ssl-verify-disabled",
        "cpp",
        "void f(CURL *c) {\n    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0);\n}\n",
        "void f(CURL *c) {\n    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);\n}\n",
    ),
    (
        "tls-insecure-skip-verify",
        "go",
        "package main\n\nvar cfg = &tls.Config{InsecureSkipVerify: true}\n",
        "package main\n\nvar cfg = &tls.Config{InsecureSkipVerify: false}\n",
    ),
    (
        "go-tls-min-version-too-low",
        "go",
        "package main\n\nvar cfg = &tls.Config{MinVersion: tls.VersionTLS10}\n",
        "package main\n\nvar cfg = &tls.Config{MinVersion: tls.VersionTLS12}\n",
    ),
    (
        "go-bcrypt-low-cost",
        "go",
        "package main\n\nfunc h(pw string) {\n\tbcrypt.GenerateFromPassword([]byte(pw), 4)\n}\n",
        "package main\n\nfunc h(pw string) {\n"
        "\tbcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)\n}\n",
    ),
    (
        "rust-tls-verification-disabled",
        "rust",
        "fn c() {\n    let b = Client::builder().danger_accept_invalid_certs(true);\n}\n",
        "fn c() {\n    let b = Client::builder().danger_accept_invalid_certs(false);\n}\n",
    ),
]


@pytest.mark.parametrize(("rule", "language", "before", "after"), CASES)
def test_fix(rule: str, language: str, before: str, after: str) -> None:
    findings = [
        f for f in scan_code(before, language, min_confidence=Confidence.LOW) if f.rule_name == rule
    ]
    assert len(findings) == 1
    fix = findings[0].fix
    assert fix is not None
    fixed = apply_edits(before, fix.edits)
    assert fixed == after
    assert [
        f for f in scan_code(fixed, language, min_confidence=Confidence.LOW) if f.rule_name == rule
    ] == []


def test_no_fix_where_the_value_is_not_a_literal() -> None:
    code = (
        "fn c(skip: bool) {\n    let b = Client::builder().danger_accept_invalid_certs(skip);\n}\n"
    )
    findings = [
        f
        for f in scan_code(code, "rust", min_confidence=Confidence.LOW)
        if f.rule_name == "rust-tls-verification-disabled"
    ]
    assert len(findings) == 1
    assert findings[0].fix is None
