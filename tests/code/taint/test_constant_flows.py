"""Constant values at a program point (`TaintAnalysis.constant_of`) and the Python rules that
read an algorithm name or a flag from a variable.

The rule cases come in pairs, one Flask handler twice: the real one selects the weak value, its
decoy selects the safe one through a branch whose condition folds to a constant. The rule must
report the real handler at default confidence and stay silent on the decoy.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

import pytest
import tree_sitter as ts

from redline.code.document import Document
from redline.code.engine import scan_document
from redline.code.taint import Constant


def _walk(node: ts.Node) -> Iterator[ts.Node]:
    yield node
    for child in node.children:
        yield from _walk(child)


def _constant_at(code: str, language: str, marker: str) -> Constant | None:
    """The constant of the argument of the call `probe(...)` whose argument text is `marker`."""
    doc = Document(textwrap.dedent(code), language)
    assert doc.taint is not None
    for node in _walk(doc.root):
        if node.is_named and doc.node_text(node) == marker:
            parent = node.parent
            if parent is not None and parent.type in ("argument_list", "arguments"):
                call = parent.parent
                fn = call.child_by_field_name("function") if call is not None else None
                if fn is not None and doc.node_text(fn) == "probe":
                    return doc.taint.constant_of(node)
    raise AssertionError(f"no probe({marker})")


# ---- the API ---------------------------------------------------------------------------------
PY_CONSTANTS = [
    ('n = 106\nalg = "sha256" if (7 * 42) - n > 200 else "md5"\nprobe(alg)', Constant("md5")),
    ('n = 6\nalg = "sha256" if (7 * 42) - n > 200 else "md5"\nprobe(alg)', Constant("sha256")),
    (
        'n = 106\nif (7 * 18) + n > 200:\n    alg = "sha1"\nelse:\n    alg = "sha512"\nprobe(alg)',
        Constant("sha1"),
    ),
    ('algs = ["sha384", "md5"]\nalg = algs[0]\nprobe(alg)', Constant("sha384")),
    ('table = {"a": "sha1", "b": "blake2b"}\nprobe(table["b"])', Constant("blake2b")),
    (
        "import configparser\ncfg = configparser.ConfigParser()\n"
        'cfg.set("crypto", "digest", "sha224")\nprobe(cfg.get("crypto", "digest"))',
        Constant("sha224"),
    ),
    ("flag = 3 > 2\nprobe(flag)", Constant(True)),
    ("pair = (1, 'x')\nprobe(pair)", Constant((1, "x"))),
    ("value = None\nprobe(value)", Constant(None)),
    ("def f(alg):\n    probe(alg)", None),
    ('import os\nalg = os.environ.get("ALG", "md5")\nprobe(alg)', None),
    ('n = int(input())\nalg = "sha256" if n > 200 else "md5"\nprobe(alg)', None),
]


@pytest.mark.parametrize(("code", "expected"), PY_CONSTANTS)
def test_python_constant_of(code: str, expected: Constant | None) -> None:
    assert _constant_at(code, "python", "alg" if "probe(alg)" in code else _arg(code)) == expected


def _arg(code: str) -> str:
    return code.rsplit("probe(", 1)[1].rsplit(")", 1)[0]


JS_CONSTANTS = [
    (
        'const n = 106;\nlet alg = (7 * 42) - n > 200 ? "sha256" : "md5";\nprobe(alg);',
        Constant("md5"),
    ),
    (
        'let alg = "md5";\nif (7 * 18 + 6 > 200) { alg = "sha1"; } else { alg = "sha256"; }\n'
        "probe(alg);",
        Constant("sha256"),
    ),
    ('const algs = ["sha256", "md5"];\nprobe(algs[1]);', Constant("md5")),
    ("function f(req) { probe(req.query.alg); }", None),
]


@pytest.mark.parametrize(("code", "expected"), JS_CONSTANTS)
def test_javascript_constant_of(code: str, expected: Constant | None) -> None:
    assert _constant_at(code, "javascript", _arg(code).rstrip(";")) == expected


# ---- rules on real/decoy pairs -----------------------------------------------------------------
_HEADER = """\
import configparser
import hashlib
import random

import flask
from flask import request

app = flask.Flask(__name__)
"""

# Each selector defines `alg` as `{weak}` or `{safe}`; the real handler puts the weak value in
# the taken branch, the decoy swaps the two.
_HASH_SELECTORS = [
    'num = 106\nalg = "{safe}" if (7 * 42) - num > 200 else "{weak}"',
    'num = 106\nif (7 * 18) + num > 200:\n    alg = "{weak}"\nelse:\n    alg = "{safe}"',
    'algs = ["{weak}", "{safe}"]\nalg = algs[0]',
    'choices = {{"legacy": "{weak}", "modern": "{safe}"}}\nalg = choices["legacy"]',
    'conf = configparser.ConfigParser()\nconf.set("hash", "name", "{weak}")\n'
    'alg = conf.get("hash", "name")',
]


def _handler(body: str) -> str:
    return (
        _HEADER
        + '\n\n@app.route("/digest", methods=["POST"])\ndef digest():\n'
        + (textwrap.indent(body, "    ") + "\n")
    )


def _findings(code: str, rule: str) -> list[str]:
    doc = Document(code, "python")
    return [f.rule_name for f in scan_document(doc) if f.rule_name == rule]


@pytest.mark.parametrize("selector", _HASH_SELECTORS)
def test_weak_hash_pair(selector: str) -> None:
    sink = (
        'password = request.form.get("password", "")\n'
        "hashed = hashlib.new(alg, password.encode()).hexdigest()\nreturn hashed"
    )
    real = _handler(selector.format(weak="md5", safe="sha256") + "\n" + sink)
    decoy = _handler(selector.format(weak="sha256", safe="md5") + "\n" + sink)
    assert _findings(real, "py-weak-hash") == ["py-weak-hash"]
    assert _findings(decoy, "py-weak-hash") == []


def test_weak_hash_unknown_value_keeps_every_candidate() -> None:
    # the condition depends on the request: both values may reach the call
    body = (
        'num = int(request.args.get("n", "0"))\nalg = "sha256" if num > 200 else "md5"\n'
        'password = request.form.get("password", "")\n'
        "return hashlib.new(alg, password.encode()).hexdigest()"
    )
    assert _findings(_handler(body), "py-weak-hash") == ["py-weak-hash"]


def test_insecure_random_pair() -> None:
    sink = 'code = "".join(random.choice(pool) for _ in range(12))\nreturn code'
    selector = 'num = 106\npool = "{a}" if (7 * 42) - num > 200 else "{b}"'
    real = _handler(selector.format(a="HT", b="ABCDEFGHJKLMNPQRSTUVWXYZ23456789") + "\n" + sink)
    decoy = _handler(selector.format(a="ABCDEFGHJKLMNPQRSTUVWXYZ23456789", b="HT") + "\n" + sink)
    assert _findings(real, "py-insecure-random") == ["py-insecure-random"]
    assert _findings(decoy, "py-insecure-random") == []


_COOKIE_SELECTORS = [
    "num = 106\nsecure = {off} if (7 * 42) - num > 200 else {on}",
    "num = 106\nif (7 * 18) + num > 200:\n    secure = {on}\nelse:\n    secure = {off}",
    "flags = [{on}, {off}]\nsecure = flags[0]",
]


def _cookie_findings(code: str) -> list[str]:
    return _findings(code, "cookie-without-flags")


@pytest.mark.parametrize("selector", _COOKIE_SELECTORS)
def test_cookie_flags_pair(selector: str) -> None:
    sink = (
        'resp = flask.make_response("ok")\n'
        'resp.set_cookie("session", request.args.get("v", ""), secure=secure, httponly=True)\n'
        "return resp"
    )
    # the real handler selects False for `secure`, the decoy True
    real = _handler(selector.format(on="False", off="True") + "\n" + sink)
    decoy = _handler(selector.format(on="True", off="False") + "\n" + sink)
    assert _cookie_findings(real) == ["cookie-without-flags"]
    assert _cookie_findings(decoy) == []


def test_cookie_flags_literal_and_unknown() -> None:
    literal = (
        'resp = flask.make_response("ok")\nresp.set_cookie("a", "b", secure=True, httponly=True)'
    )
    missing = 'resp = flask.make_response("ok")\nresp.set_cookie("a", "b", httponly=True)'
    unknown = (
        'secure = request.args.get("s") == "1"\nresp = flask.make_response("ok")\n'
        'resp.set_cookie("a", "b", secure=secure, httponly=True)'
    )
    splat = (
        'opts = {"secure": True}\nresp = flask.make_response("ok")\nresp.set_cookie("a", **opts)'
    )
    assert _cookie_findings(_handler(literal)) == []
    assert _cookie_findings(_handler(missing)) == ["cookie-without-flags"]
    assert _cookie_findings(_handler(unknown)) == ["cookie-without-flags"]
    assert _cookie_findings(_handler(splat)) == []
