"""The PHP, Ruby and shell fixes: each gives the exact expected text, and the fixed code no
longer triggers the rule."""

from __future__ import annotations

import pytest
from _fixcheck import assert_fix, rule_findings

from redline._core import Confidence
from redline.code.engine import scan_code

CASES = [
    (
        "php-tls-verification-disabled",
        "php",
        "<?php\ncurl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);\n",
        "<?php\ncurl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);\n",
    ),
    (
        "php-tls-verification-disabled",
        "php",
        "<?php\ncurl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);\n",
        "<?php\ncurl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);\n",
    ),
    (
        "php-tls-verification-disabled",
        "php",
        "<?php\ncurl_setopt_array($ch, [CURLOPT_URL => $url, CURLOPT_SSL_VERIFYPEER => 0]);\n",
        "<?php\ncurl_setopt_array($ch, [CURLOPT_URL => $url, CURLOPT_SSL_VERIFYPEER => true]);\n",
    ),
    (
        "php-tls-verification-disabled",
        "php",
        "<?php\n$ctx = stream_context_create(['ssl' => ['verify_peer' => false]]);\n",
        "<?php\n$ctx = stream_context_create(['ssl' => ['verify_peer' => true]]);\n",
    ),
    (
        "shell-curl-insecure",
        "bash",
        "curl -k https://example.com/install.sh -o install.sh\n",
        "curl https://example.com/install.sh -o install.sh\n",
    ),
    (
        "shell-curl-insecure",
        "bash",
        "curl -fsSLk https://example.com/a.tgz -o a.tgz\n",
        "curl -fsSL https://example.com/a.tgz -o a.tgz\n",
    ),
    (
        "shell-curl-insecure",
        "bash",
        "sudo curl --insecure -o /usr/local/bin/tool https://example.com/tool\n",
        "sudo curl -o /usr/local/bin/tool https://example.com/tool\n",
    ),
    (
        "shell-wget-no-check-certificate",
        "bash",
        "wget -q --no-check-certificate https://example.com/pkg.deb\n",
        "wget -q https://example.com/pkg.deb\n",
    ),
    (
        "ruby-yaml-unsafe-load",
        "ruby",
        "config = YAML.load(params[:config])\n",
        "config = YAML.safe_load(params[:config])\n",
    ),
    (
        "ruby-yaml-unsafe-load",
        "ruby",
        "data = Psych.unsafe_load(body)\n",
        "data = Psych.safe_load(body)\n",
    ),
    (
        "ruby-yaml-unsafe-load",
        "ruby",
        "settings = YAML.load_file(path)\n",
        "settings = YAML.safe_load_file(path)\n",
    ),
    (
        "ruby-tls-verify-none",
        "ruby",
        "http.verify_mode = OpenSSL::SSL::VERIFY_NONE\n",
        "http.verify_mode = OpenSSL::SSL::VERIFY_PEER\n",
    ),
    (
        "ruby-tls-verify-none",
        "ruby",
        "conn = Faraday.new(url: base, ssl: { verify: false })\n",
        "conn = Faraday.new(url: base, ssl: { verify: true })\n",
    ),
]


@pytest.mark.parametrize(
    ("rule", "language", "before", "after"),
    CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)],
)
def test_fix(rule: str, language: str, before: str, after: str) -> None:
    assert_fix(rule, language, before, after)


# ---- audit level: findings shown only with min_confidence=LOW -------------------------------

AUDIT_CASES = [
    ("php-process-execution", "<?php\n$out = shell_exec('df -h');\n"),
    ("php-weak-random", "<?php\nsrand($seed);\n"),
    ("php-weak-hash-function", "<?php\n$b = md5(uniqid());\n"),
    ("php-ip-based-authentication", "<?php\n$b = BlockList::has($_SERVER['REMOTE_ADDR']);\n"),
    ("php-open-redirect-request-data", "<?php\nheader('Location: ' . $target);\n"),
]


@pytest.mark.parametrize(("rule", "code"), AUDIT_CASES)
def test_audit_only_finding(rule: str, code: str) -> None:
    audit = rule_findings(code, "php", rule)
    assert len(audit) == 1
    assert audit[0].confidence == Confidence.LOW
    assert [f for f in scan_code(code, "php") if f.rule_name == rule] == []


def test_process_execution_leaves_built_commands_to_the_injection_rule() -> None:
    code = "<?php\nsystem('ping -c 1 ' . $host);\n"
    names = {f.rule_name for f in scan_code(code, "php", min_confidence=Confidence.LOW)}
    assert "php-command-injection-exec" in names
    assert "php-process-execution" not in names


def test_ip_compared_with_literal_keeps_medium_confidence() -> None:
    code = "<?php\nif ($_SERVER['REMOTE_ADDR'] === '10.0.0.5') { $admin = true; }\n"
    findings = [f for f in scan_code(code, "php") if f.rule_name == "php-ip-based-authentication"]
    assert [f.confidence for f in findings] == [Confidence.MEDIUM]


def test_truncated_bare_php_snippet_is_scanned_as_code() -> None:
    # No opening tag, cut off inside a call: still PHP code, not literal HTML.
    code = (
        "\n    $hash = sha1($nonce . $name);\n"
        "    return sprintf('%08s',\n      substr($hash, 0, 8),\n"
    )
    findings = scan_code(code, "php", min_confidence=Confidence.LOW)
    assert [f.rule_name for f in findings] == ["php-weak-hash-function"]
    assert findings[0].line == 2
