"""The JavaScript/TypeScript fixes: each one gives the exact expected text, and the fixed code
no longer triggers the rule."""

from __future__ import annotations

import pytest
from _fixcheck import assert_fix, rule_findings

from redline._core import Confidence
from redline.code.engine import scan_code

CASES = [
    (
        "dom-xss-inner-html",
        "javascript",
        "function show(name) {\n  el.innerHTML = name;\n}\n",
        "function show(name) {\n  el.textContent = name;\n}\n",
    ),
    (
        "dom-xss-inner-html",
        "typescript",
        "export function show(msg: string): void {\n  box.innerHTML = `Hello ${msg}`;\n}\n",
        "export function show(msg: string): void {\n  box.textContent = `Hello ${msg}`;\n}\n",
    ),
    (
        "node-weak-hash",
        "javascript",
        "const h = crypto.createHash('md5').update(data).digest('hex');\n",
        "const h = crypto.createHash('sha256').update(data).digest('hex');\n",
    ),
    (
        "node-weak-hash",
        "typescript",
        'const h: string = createHash("sha1").update(body).digest("hex");\n',
        'const h: string = createHash("sha256").update(body).digest("hex");\n',
    ),
    (
        "tls-reject-unauthorized-disabled",
        "javascript",
        "const agent = new https.Agent({ rejectUnauthorized: false });\n",
        "const agent = new https.Agent({ rejectUnauthorized: true });\n",
    ),
    (
        "js-cookie-insecure-flags",
        "javascript",
        "res.cookie('sid', id, { httpOnly: false, secure: true });\n",
        "res.cookie('sid', id, { httpOnly: true, secure: true });\n",
    ),
    (
        "pseudo-random-bytes",
        "javascript",
        "const token = crypto.pseudoRandomBytes(32).toString('hex');\n",
        "const token = crypto.randomBytes(32).toString('hex');\n",
    ),
    (
        "new-buffer-constructor",
        "javascript",
        "const buf = new Buffer(16);\n",
        "const buf = Buffer.alloc(16);\n",
    ),
    (
        "new-buffer-constructor",
        "typescript",
        "const b64: string = new Buffer('hello', 'utf8').toString('base64');\n",
        "const b64: string = Buffer.from('hello', 'utf8').toString('base64');\n",
    ),
    (
        "buffer-no-assert",
        "javascript",
        "const len = buf.readUInt16BE(offset, true);\n",
        "const len = buf.readUInt16BE(offset);\n",
    ),
    (
        "buffer-alloc-unsafe",
        "javascript",
        "const out = Buffer.allocUnsafe(size);\n",
        "const out = Buffer.alloc(size);\n",
    ),
]


@pytest.mark.parametrize(
    ("rule", "language", "before", "after"),
    CASES,
    ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)],
)
def test_fix(rule: str, language: str, before: str, after: str) -> None:
    assert_fix(rule, language, before, after)


@pytest.mark.parametrize(
    ("rule", "code"),
    [
        ("dom-xss-inner-html", "function f(row) {\n  el.innerHTML = `<b>${row.name}</b>`;\n}\n"),
        ("dom-xss-inner-html", "function f(html) {\n  el.outerHTML = html;\n}\n"),
        ("dom-xss-inner-html", "function f(item) {\n  list.innerHTML += item;\n}\n"),
        ("new-buffer-constructor", "function f(data) {\n  return new Buffer(data);\n}\n"),
    ],
)
def test_no_fix_where_semantics_would_change(rule: str, code: str) -> None:
    findings = rule_findings(code, "javascript", rule)
    assert len(findings) == 1
    assert findings[0].fix is None


@pytest.mark.parametrize(
    ("rule", "code", "audit_lines"),
    [
        ("insecure-random", "function wait(ms) {\n  return ms + Math.random() * 50;\n}\n", [2]),
        (
            "node-fs-variable-path",
            "function load(file) {\n  return fs.readFileSync(file, 'utf8');\n}\n",
            [2],
        ),
        (
            "node-fs-variable-path",
            "const CONFIG = path.join(__dirname, 'config.json');\n"
            "function load() {\n  return fs.readFileSync(CONFIG, 'utf8');\n}\n",
            [],
        ),
        (
            "node-fs-variable-path",
            "function load() {\n  const p = '/etc/app.json';\n  return fs.readFileSync(p);\n}\n",
            [],
        ),
    ],
)
def test_audit_level_only(rule: str, code: str, audit_lines: list[int]) -> None:
    default = [f.line for f in scan_code(code, "javascript") if f.rule_name == rule]
    audit = [
        f.line
        for f in scan_code(code, "javascript", min_confidence=Confidence.LOW)
        if f.rule_name == rule
    ]
    assert default == []
    assert audit == audit_lines


def test_math_random_for_a_token_is_reported_by_default() -> None:
    code = "function makeToken() {\n  return Math.random().toString(36).slice(2);\n}\n"
    assert [f.line for f in scan_code(code, "javascript") if f.rule_name == "insecure-random"] == [
        2
    ]
