"""Every mechanical fix of the Python rules: the exact code it writes, and that the rule is gone."""

from __future__ import annotations

import pytest

from redline._core import Confidence, Finding
from redline.code.engine import scan_code


def _apply(code: str, finding: Finding) -> str:
    assert finding.fix is not None, f"{finding.rule_name} offers no fix"
    text = code
    for edit in sorted(finding.fix.edits, key=lambda e: e.start, reverse=True):
        text = text[: edit.start] + edit.replacement + text[edit.end :]
    return text


CASES = [
    (
        "subprocess-shell-true",
        'import subprocess\n\ndef ls(path):\n    subprocess.run(f"ls -l {path}", shell=True)\n',
        "import subprocess\n\ndef ls(path):\n    subprocess.run(['ls', '-l', str(path)])\n",
    ),
    (
        "subprocess-shell-true",
        "import subprocess\n\ndef rm(d):\n"
        '    subprocess.call("rm -rf " + d, shell=True, cwd="/")\n',
        "import subprocess\n\ndef rm(d):\n    subprocess.call(['rm', '-rf', str(d)], cwd=\"/\")\n",
    ),
    (
        "yaml-unsafe-load",
        "import yaml\n\ndef load(data):\n    return yaml.load(data, Loader=yaml.Loader)\n",
        "import yaml\n\ndef load(data):\n    return yaml.safe_load(data)\n",
    ),
    (
        "py-tls-verify-disabled",
        "import requests\n\ndef get(url):\n    return requests.get(url, verify=False, timeout=5)\n",
        "import requests\n\ndef get(url):\n    return requests.get(url, timeout=5)\n",
    ),
    (
        "py-weak-hash",
        "import hashlib\n\ndef token_digest(token):\n"
        "    return hashlib.md5(token.encode()).hexdigest()\n",
        "import hashlib\n\ndef token_digest(token):\n"
        "    return hashlib.sha256(token.encode()).hexdigest()\n",
    ),
    (
        "py-weak-hash",
        "import hashlib\n\ndef sign(secret):\n    return hashlib.new('sha1', secret).hexdigest()\n",
        "import hashlib\n\ndef sign(secret):\n"
        "    return hashlib.new('sha256', secret).hexdigest()\n",
    ),
    (
        "py-insecure-random",
        "import random\n\ndef make_token(chars):\n"
        "    return ''.join(random.choice(chars) for _ in range(32))\n",
        "import random\n\ndef make_token(chars):\n"
        "    return ''.join(random.SystemRandom().choice(chars) for _ in range(32))\n",
    ),
    (
        "py-insecure-random",
        "import random\nimport secrets\n\ndef make_token(chars):\n"
        "    return ''.join(random.choice(chars) for _ in range(32))\n",
        "import random\nimport secrets\n\ndef make_token(chars):\n"
        "    return ''.join(secrets.choice(chars) for _ in range(32))\n",
    ),
    (
        "py-insecure-random",
        "import random\n\ndef make_otp():\n"
        "    otp = random.randint(100000, 999999)\n    return otp\n",
        "import random\n\ndef make_otp():\n"
        "    otp = random.SystemRandom().randint(100000, 999999)\n    return otp\n",
    ),
    (
        "flask-debug-mode",
        "from flask import Flask\napp = Flask(__name__)\napp.run(host='127.0.0.1', debug=True)\n",
        "from flask import Flask\napp = Flask(__name__)\napp.run(host='127.0.0.1', debug=False)\n",
    ),
    (
        "ssl-cert-check-disabled",
        "import ssl\nctx = ssl.create_default_context()\nctx.verify_mode = ssl.CERT_NONE\n",
        "import ssl\nctx = ssl.create_default_context()\nctx.verify_mode = ssl.CERT_REQUIRED\n",
    ),
    (
        "ssl-cert-check-disabled",
        "import ssl\nctx = ssl.create_default_context()\nctx.check_hostname = False\n",
        "import ssl\nctx = ssl.create_default_context()\nctx.check_hostname = True\n",
    ),
    (
        "cookie-without-flags",
        "def login(resp, token):\n    resp.set_cookie('session', token)\n",
        "def login(resp, token):\n"
        "    resp.set_cookie('session', token, secure=True, httponly=True)\n",
    ),
    (
        "cookie-without-flags",
        "def login(resp, token):\n"
        "    resp.set_cookie('session', token, secure=False, httponly=True)\n",
        "def login(resp, token):\n"
        "    resp.set_cookie('session', token, secure=True, httponly=True)\n",
    ),
    (
        "torch-load-unsafe",
        "import torch\n\ndef restore(path):\n    return torch.load(path)\n",
        "import torch\n\ndef restore(path):\n    return torch.load(path, weights_only=True)\n",
    ),
    (
        "torch-load-unsafe",
        "import torch\n\ndef restore(path):\n    return torch.load(path, weights_only=False)\n",
        "import torch\n\ndef restore(path):\n    return torch.load(path, weights_only=True)\n",
    ),
    (
        "lxml-resolve-entities",
        "from lxml import etree\nparser = etree.XMLParser(resolve_entities=True)\n",
        "from lxml import etree\nparser = etree.XMLParser(resolve_entities=False)\n",
    ),
    (
        "jwt-verify-disabled",
        "import jwt\n\ndef claims(token, key):\n"
        "    return jwt.decode(token, key, options={'verify_signature': False})\n",
        "import jwt\n\ndef claims(token, key):\n"
        "    return jwt.decode(token, key, options={'verify_signature': True})\n",
    ),
    (
        "py-rsa-key-too-small",
        "from cryptography.hazmat.primitives.asymmetric import rsa\n"
        "key = rsa.generate_private_key(public_exponent=65537, key_size=1024)\n",
        "from cryptography.hazmat.primitives.asymmetric import rsa\n"
        "key = rsa.generate_private_key(public_exponent=65537, key_size=2048)\n",
    ),
    (
        "tar-extract-unfiltered",
        "import tarfile\n\ndef unpack(path, dest):\n"
        "    with tarfile.open(path) as tar:\n        tar.extractall(dest)\n",
        "import tarfile\n\ndef unpack(path, dest):\n"
        '    with tarfile.open(path) as tar:\n        tar.extractall(dest, filter="data")\n',
    ),
    (
        "django-debug-true",
        "DEBUG = True\nALLOWED_HOSTS = ['example.com']\n",
        "DEBUG = False\nALLOWED_HOSTS = ['example.com']\n",
    ),
]


@pytest.mark.parametrize(("rule", "code", "fixed"), CASES, ids=[c[0] for c in CASES])
def test_fix_writes_exact_code_and_clears_the_rule(rule: str, code: str, fixed: str) -> None:
    findings = [f for f in scan_code(code, "python") if f.rule_name == rule]
    assert len(findings) == 1, findings
    result = _apply(code, findings[0])
    assert result == fixed
    assert [f for f in scan_code(result, "python") if f.rule_name == rule] == []


def test_weak_hash_outside_security_context_has_no_fix() -> None:
    code = "import hashlib\n\ndef digest(data):\n    return hashlib.md5(data).hexdigest()\n"
    findings = [f for f in scan_code(code, "python") if f.rule_name == "py-weak-hash"]
    assert len(findings) == 1
    assert findings[0].fix is None


def test_shell_command_with_shell_syntax_has_no_fix() -> None:
    code = (
        "import subprocess\n\ndef f(d):\n    subprocess.call('ls ' + d + ' | wc -l', shell=True)\n"
    )
    findings = [f for f in scan_code(code, "python") if f.rule_name == "subprocess-shell-true"]
    assert len(findings) == 1
    assert findings[0].fix is None


def _names(code: str) -> list[str]:
    return [f.rule_name for f in scan_code(code, "python")]


def test_every_branch_assignment_counts() -> None:
    code = (
        "import os\nfrom flask import request\n\ndef run(flag):\n"
        "    name = request.args['n']\n    if flag:\n        cmd = 'ls ' + name\n"
        "    else:\n        cmd = 'ls'\n    os.system(cmd)\n"
    )
    assert "os-system-command" in _names(code)


def test_parameter_reset_on_one_path_stays_untrusted() -> None:
    code = (
        "from flask import request\n\ndef page():\n    name = request.args.get('n')\n"
        "    if not name:\n        name = ''\n    return f'<p>{name}</p>'\n"
    )
    assert "py-xss-html-response" in _names(code)


def test_constant_table_with_a_request_entry_is_untrusted() -> None:
    code = (
        "import os\nfrom flask import request\n\ndef run():\n"
        "    commands = {'a': 'ls', 'b': 'df'}\n    commands['a'] = request.args['c']\n"
        "    os.system(commands['a'])\n"
    )
    assert "os-system-command" in _names(code)
    assert "os-system-command" not in _names(code.replace("commands['a'])", "commands['b'])"))


def test_ldap3_search_needs_no_ldap_import_in_view() -> None:
    code = (
        "from flask import request\n\ndef find(conn):\n    uid = request.args['uid']\n"
        "    conn.search('dc=example,dc=com', '(uid=' + uid + ')')\n"
    )
    assert "py-ldap-injection" in _names(code)
    assert "py-ldap-injection" not in _names(code.replace("'(uid=' + uid + ')'", "'(uid=x)'"))


def test_search_of_other_apis_is_not_ldap() -> None:
    code = (
        "from flask import request\n\ndef find(index):\n    term = request.args['q']\n"
        "    return index.search(term)\n"
    )
    assert "py-ldap-injection" not in _names(code)


def test_weak_hash_name_from_environment_default() -> None:
    code = (
        "import hashlib\nimport os\n\ndef sign(secret):\n"
        "    algo = os.environ.get('SIGN_HASH', 'sha1')\n"
        "    return hashlib.new(algo, secret).hexdigest()\n"
    )
    assert "py-weak-hash" in _names(code)
    assert "py-weak-hash" not in _names(code.replace("'sha1'", "'sha512'"))


def test_session_write_of_request_data() -> None:
    code = (
        "from flask import request, session\n\ndef save():\n"
        "    session['user'] = request.form['user']\n"
    )
    assert "py-session-untrusted-data" in _names(code)
    assert "py-session-untrusted-data" not in _names(code.replace("request.form['user']", "'x'"))


AUDIT_ONLY = [
    ("py-insecure-random", "import random\n\ndef roll():\n    return random.randint(1, 6)\n"),
    ("py-insecure-random", "import random\n\ndef setup(seed):\n    random.seed(seed)\n"),
    ("py-insecure-random", "def pick(items):\n    return items[randint(0, len(items) - 1)]\n"),
    (
        "py-weak-hash",
        "import hashlib\n\ndef etag(body):\n    return hashlib.md5(body).hexdigest()\n",
    ),
    ("py-sql-injection", "def drop(cursor):\n    cursor.execute('DROP TABLE %s' % TABLE)\n"),
    ("os-system-command", "def mv(self):\n    system('mv ' + self.src + ' /tmp/x')\n"),
    ("py-hardcoded-secret", "admin_password_prod = 'Winter2024!'\n"),
]


@pytest.mark.parametrize(("rule", "code"), AUDIT_ONLY)
def test_audit_level_notes_stay_out_of_default_output(rule: str, code: str) -> None:
    audit = [
        f for f in scan_code(code, "python", min_confidence=Confidence.LOW) if f.rule_name == rule
    ]
    assert audit
    assert all(f.confidence is Confidence.LOW and f.fix is None for f in audit)
    assert rule not in {f.rule_name for f in scan_code(code, "python")}


@pytest.mark.parametrize(
    "code",
    [
        "import random\n\ndef rng():\n    return random.SystemRandom()\n",
        "import hashlib\n\ndef etag(body):\n"
        "    return hashlib.md5(body, usedforsecurity=False).hexdigest()\n",
        "TABLE = 'log'\n\ndef drop(cursor):\n    cursor.execute('DROP TABLE %s' % TABLE)\n",
        "import numpy as np\n\ndef noise():\n    return np.random.randint(0, 5)\n",
        "password = ''\n",
    ],
)
def test_audit_level_skips_safe_forms(code: str) -> None:
    assert scan_code(code, "python", min_confidence=Confidence.LOW) == []


def test_bare_system_with_a_parameter_is_reported_by_default() -> None:
    code = "from os import system\n\ndef mv(src):\n    system('mv ' + src + ' /tmp/x')\n"
    assert "os-system-command" in _names(code)
