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


# ---- audit level: findings shown only with min_confidence=LOW -------------------------------

AUDIT_CASES = [
    (
        "java-process-execution",
        "java",
        "class A {\n    Process f() throws Exception {\n"
        '        return Runtime.getRuntime().exec("pm list packages");\n    }\n}\n',
    ),
    (
        "java-unauthenticated-cipher-mode",
        "java",
        "class A {\n    void f() throws Exception {\n"
        '        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");\n    }\n}\n',
    ),
    (
        "java-xpath-built-expression",
        "java",
        "class A {\n    Object f(XPath xpath, Rule rule) throws Exception {\n"
        "        return xpath.compile(rule.getExpression());\n    }\n}\n",
    ),
    (
        "csharp-process-execution",
        "csharp",
        'class A {\n    void F() {\n        Process.Start("notepad.exe");\n    }\n}\n',
    ),
    (
        "xml-document-default-resolver",
        "csharp",
        "class A {\n    void F(string path) {\n        var doc = new XmlDocument();\n"
        "        doc.Load(path);\n    }\n}\n",
    ),
    (
        "csharp-unauthenticated-cipher-mode",
        "csharp",
        "class A {\n    void F(Aes aes) {\n        aes.Mode = CipherMode.CBC;\n    }\n}\n",
    ),
    (
        "csharp-insecure-random",
        "csharp",
        "class A {\n    int F() {\n        return Random.Range(0, 4);\n    }\n}\n",
    ),
    (
        "ado-sql-built-query",
        "csharp",
        "class A {\n    void F(Report r, SqlConnection c) {\n"
        "        var cmd = new SqlCommand(r.Sql, c);\n    }\n}\n",
    ),
    (
        "csharp-xpath-built-expression",
        "csharp",
        "class A {\n    void F(XmlDocument d) {\n"
        "        d.SelectSingleNode(Paths.Default);\n    }\n}\n",
    ),
]


@pytest.mark.parametrize(("rule", "language", "code"), AUDIT_CASES)
def test_audit_only_finding(rule: str, language: str, code: str) -> None:
    audit = [
        f for f in scan_code(code, language, min_confidence=Confidence.LOW) if f.rule_name == rule
    ]
    assert len(audit) == 1
    assert audit[0].confidence == Confidence.LOW
    assert [f for f in scan_code(code, language) if f.rule_name == rule] == []


def test_process_execution_leaves_built_commands_to_the_injection_rule() -> None:
    code = (
        "class A {\n    void F(string host) {\n"
        '        Process.Start("ping", "-n 1 " + host);\n    }\n}\n'
    )
    names = {f.rule_name for f in scan_code(code, "csharp", min_confidence=Confidence.LOW)}
    assert "process-start-built-command" in names
    assert "csharp-process-execution" not in names


def test_unauthenticated_mode_with_a_mac_is_not_reported() -> None:
    code = (
        "class A {\n    void f() throws Exception {\n"
        '        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");\n'
        '        Mac mac = Mac.getInstance("HmacSHA256");\n    }\n}\n'
    )
    findings = scan_code(code, "java", min_confidence=Confidence.LOW)
    assert [f for f in findings if f.rule_name == "java-unauthenticated-cipher-mode"] == []


def test_xml_document_with_resolver_disabled_is_not_reported() -> None:
    code = (
        "class A {\n    void F(string path) {\n"
        "        var doc = new XmlDocument { XmlResolver = null };\n        doc.Load(path);\n"
        "    }\n}\n"
    )
    findings = scan_code(code, "csharp", min_confidence=Confidence.LOW)
    assert [f for f in findings if f.rule_name == "xml-document-default-resolver"] == []


def test_api_controller_csrf_is_audit_only() -> None:
    code = (
        "public class OrdersController : ApiController {\n"
        "    [HttpPost]\n    public IHttpActionResult Create(Order o) { return Ok(); }\n}\n"
    )
    audit = [
        f
        for f in scan_code(code, "csharp", min_confidence=Confidence.LOW)
        if f.rule_name == "missing-antiforgery-token"
    ]
    assert [f.confidence for f in audit] == [Confidence.LOW]
    assert [
        f for f in scan_code(code, "csharp") if f.rule_name == "missing-antiforgery-token"
    ] == []
