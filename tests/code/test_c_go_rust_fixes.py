"""The C, Go and Rust fixes: each gives the exact expected text, and the fixed code no longer
triggers the rule."""

from __future__ import annotations

import pytest
from _fixcheck import assert_fix, rule_findings

from redline._core import Confidence
from redline.code.engine import scan_code

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
    assert_fix(rule, language, before, after)


def test_no_fix_where_the_value_is_not_a_literal() -> None:
    code = (
        "fn c(skip: bool) {\n    let b = Client::builder().danger_accept_invalid_certs(skip);\n}\n"
    )
    findings = rule_findings(code, "rust", "rust-tls-verification-disabled")
    assert len(findings) == 1
    assert findings[0].fix is None


def _levels(code: str, language: str, rule: str) -> tuple[list[int], list[int]]:
    """The lines `rule` reports by default and at audit level (--confidence low)."""
    default = [f.line for f in scan_code(code, language) if f.rule_name == rule]
    audit = [
        f.line
        for f in scan_code(code, language, min_confidence=Confidence.LOW)
        if f.rule_name == rule
    ]
    return default, audit


@pytest.mark.parametrize(
    ("rule", "language", "code", "audit_lines"),
    [
        # the output length is bounded by the format, but the destination's size is unknown
        ("sprintf-unbounded", "c", 'void f(char *o, int n) {\n  sprintf(o, "%d", n);\n}\n', [2]),
        # a bounded format that provably fits the local array: nothing to review
        (
            "sprintf-unbounded",
            "c",
            'void f(int n) {\n  char b[16];\n  sprintf(b, "id-%d", n);\n}\n',
            [],
        ),
        # ... and one that may not fit
        (
            "sprintf-unbounded",
            "c",
            'void f(long n) {\n  char b[8];\n  sprintf(b, "id-%ld", n);\n}\n',
            [3],
        ),
        (
            "strcpy-unbounded",
            "c",
            'void f(struct s *p) {\n  strcpy(p->name, "none");\n}\n',
            [2],
        ),
        ("strcpy-unbounded", "c", 'void f(void) {\n  char b[8];\n  strcpy(b, "none");\n}\n', []),
        (
            "strcat-unbounded",
            "c",
            "void f(char *d, const char *s) {\n"
            "  if (strlen(d) + strlen(s) < 64) {\n    strcat(d, s);\n  }\n}\n",
            [3],
        ),
        (
            "snprintf-result-unchecked",
            "c",
            'void f(char *b, size_t n, int v) {\n  int w = snprintf(b, n, "%d", v);\n'
            "  b[w] = 0;\n}\n",
            [2],
        ),
        (
            "cpp-random-engine-fixed-seed",
            "cpp",
            "int f() {\n  std::mt19937 g(42);\n  return g();\n}\n",
            [2],
        ),
        (
            "rust-program-path-trusted",
            "rust",
            "fn main() {\n    let a: Vec<String> = std::env::args().skip(1).collect();\n}\n",
            [2],
        ),
        (
            "rust-temp-file-fixed-name",
            "rust",
            "fn d() -> PathBuf {\n    let base = env::temp_dir();\n    base\n}\n",
            [2],
        ),
    ],
)
def test_audit_level_only(rule: str, language: str, code: str, audit_lines: list[int]) -> None:
    default, audit = _levels(code, language, rule)
    assert default == []
    assert audit == audit_lines


def test_strcpy_of_a_run_time_string_is_reported_by_default() -> None:
    code = "void f(const char *s) {\n  char b[8];\n  strcpy(b, s);\n}\n"
    assert _levels(code, "c", "strcpy-unbounded") == ([3], [3])
