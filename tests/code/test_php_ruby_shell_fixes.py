"""The PHP, Ruby and shell fixes: each gives the exact expected text, and the fixed code no
longer triggers the rule."""

from __future__ import annotations

import pytest

from redline._core import Confidence
from redline.code.engine import scan_code
from redline.code.fixes import apply_edits

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
