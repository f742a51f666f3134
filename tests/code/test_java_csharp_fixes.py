"""The Java and C# fixes: each gives the exact expected text, and the fixed code no longer
triggers the rule."""

from __future__ import annotations

import pytest

from redline._core import Confidence
from redline.code.engine import scan_code
from redline.code.fixes import apply_edits

CASES = [
    (
        "java-weak-hash-algorithm",
        "java",
        "class A {\n    void f() throws Exception {\n"
        '        MessageDigest md = MessageDigest.getInstance("MD5");\n    }\n}\n',
        "class A {\n    void f() throws Exception {\n"
        '        MessageDigest md = MessageDigest.getInstance("SHA-256");\n    }\n}\n',
    ),
    (
        "java-weak-hash-algorithm",
        "java",
        "class A {\n    String f(byte[] b) {\n        return DigestUtils.sha1Hex(b);\n    }\n}\n",
        "class A {\n    String f(byte[] b) {\n        return DigestUtils.sha256Hex(b);\n    }\n}\n",
    ),
    (
        "java-weak-hash-algorithm",
        "java",
        "class A {\n    HashFunction h = Hashing.md5();\n}\n",
        "class A {\n    HashFunction h = Hashing.sha256();\n}\n",
    ),
    (
        "java-weak-hash-algorithm",
        "java",
        "class A {\n    void f() throws Exception {\n"
        '        Signature s = Signature.getInstance("SHA1withRSA");\n    }\n}\n',
        "class A {\n    void f() throws Exception {\n"
        '        Signature s = Signature.getInstance("SHA256withRSA");\n    }\n}\n',
    ),
    (
        "java-insecure-random",
        "java",
        "class A {\n    String token() {\n"
        "        return Long.toHexString(new Random().nextLong());\n    }\n}\n",
        "class A {\n    String token() {\n"
        "        return Long.toHexString(new java.security.SecureRandom().nextLong());\n"
        "    }\n}\n",
    ),
    (
        "java-insecure-random",
        "java",
        "import java.security.SecureRandom;\n\nclass A {\n    String token() {\n"
        "        return Long.toHexString(new Random().nextLong());\n    }\n}\n",
        "import java.security.SecureRandom;\n\nclass A {\n    String token() {\n"
        "        return Long.toHexString(new SecureRandom().nextLong());\n    }\n}\n",
    ),
    (
        "java-weak-tls-protocol",
        "java",
        "class A {\n    void f() throws Exception {\n"
        '        SSLContext ctx = SSLContext.getInstance("SSL");\n    }\n}\n',
        "class A {\n    void f() throws Exception {\n"
        '        SSLContext ctx = SSLContext.getInstance("TLSv1.3");\n    }\n}\n',
    ),
    (
        "servlet-cookie-missing-flags",
        "java",
        "class A {\n    void f(Cookie c) {\n        c.setSecure(false);\n    }\n}\n",
        "class A {\n    void f(Cookie c) {\n        c.setSecure(true);\n    }\n}\n",
    ),
    (
        "csharp-weak-hash",
        "csharp",
        "class A {\n    byte[] F(byte[] d) {\n"
        "        using (var md5 = MD5.Create()) { return md5.ComputeHash(d); }\n    }\n}\n",
        "class A {\n    byte[] F(byte[] d) {\n"
        "        using (var md5 = SHA256.Create()) { return md5.ComputeHash(d); }\n    }\n}\n",
    ),
    (
        "csharp-weak-hash",
        "csharp",
        "class A {\n    void F() {\n"
        "        SHA1 sha = new SHA1CryptoServiceProvider();\n    }\n}\n",
        "class A {\n    void F() {\n        SHA256 sha = SHA256.Create();\n    }\n}\n",
    ),
    (
        "csharp-weak-hash",
        "csharp",
        "class A {\n    void F() {\n"
        "        var h = System.Security.Cryptography.SHA1.Create();\n    }\n}\n",
        "class A {\n    void F() {\n"
        "        var h = System.Security.Cryptography.SHA256.Create();\n    }\n}\n",
    ),
    (
        "csharp-weak-hash",
        "csharp",
        'class A {\n    void F() {\n        var h = HashAlgorithm.Create("MD5");\n    }\n}\n',
        'class A {\n    void F() {\n        var h = HashAlgorithm.Create("SHA256");\n    }\n}\n',
    ),
    (
        "csharp-weak-tls-protocol",
        "csharp",
        "class A {\n    void F() {\n"
        "        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls;\n    }\n}\n",
        "class A {\n    void F() {\n"
        "        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12;\n    }\n}\n",
    ),
    (
        "csharp-cookie-insecure",
        "csharp",
        "class A {\n    void F(CookieOptions options) {\n"
        "        options.Secure = false;\n    }\n}\n",
        "class A {\n    void F(CookieOptions options) {\n"
        "        options.Secure = true;\n    }\n}\n",
    ),
]


@pytest.mark.parametrize(("rule", "language", "before", "after"), CASES)
def test_fix(rule: str, language: str, before: str, after: str) -> None:
    findings = [f for f in scan_code(before, language) if f.rule_name == rule]
    assert len(findings) == 1
    fix = findings[0].fix
    assert fix is not None
    fixed = apply_edits(before, fix.edits)
    assert fixed == after
    assert [f for f in scan_code(fixed, language) if f.rule_name == rule] == []


def test_seeded_random_has_no_fix() -> None:
    code = "class A {\n    Random r = new Random(42);\n}\n"
    findings = [
        f
        for f in scan_code(code, "java", min_confidence=Confidence.LOW)
        if f.rule_name == "java-insecure-random"
    ]
    assert len(findings) == 1
    assert findings[0].fix is None


def test_weak_hash_fix_skips_unrelated_declared_types() -> None:
    code = "class A {\n    void F() {\n        Foo h = new MD5CryptoServiceProvider();\n    }\n}\n"
    findings = [f for f in scan_code(code, "csharp") if f.rule_name == "csharp-weak-hash"]
    assert len(findings) == 1
    assert findings[0].fix is None
