"""A corpus of small Flask handlers in pairs that differ only in data flow.

Each pair is one handler twice: in the real one the request value reaches the sink, in the decoy
it cannot (a constant condition takes the other branch, the container element read is not the
one that holds it, the helper returns its other argument, ...). The taint analysis must report
the real handler and stay silent on the decoy; where a Python rule covers the sink, the rule must
do the same.

A handler is a source (defines `param`), a flow (defines `bar` from `param`) and a sink (uses
`bar`); flows and sources are spread over the sinks so every sink sees several flow shapes.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from functools import cache

import pytest
import tree_sitter as ts

from redline._core import Confidence
from redline.code.document import Document
from redline.code.engine import scan_document
from redline.code.rules import all_rules
from redline.code.taint import SinkKind

_HEADER = """\
import base64
import collections
import configparser
import os
import pickle
import sqlite3
import subprocess
import urllib.parse

import flask
import ldap3
import requests
from flask import redirect, request
from lxml import etree

app = flask.Flask(__name__)
BASE_DIR = "/srv/files"
THRESHOLD = 200
"""

# ---- sources: each defines `param` ---------------------------------------------------------
SOURCES: list[str] = [
    'param = flask.request.args.get("q", "")',
    'param = request.form.get("q")\nif not param:\n    param = ""',
    'param = request.headers.get("X-Query", "")',
    'param = flask.request.cookies.get("q", "")',
    'values = request.args.getlist("q")\nparam = values[0] if values else ""',
    'param = urllib.parse.unquote(request.query_string.decode("utf-8"))',
    'param = ""\nfor name in request.headers.keys():\n'
    '    if name.lower() in ("host", "accept", "user-agent"):\n        continue\n'
    "    param = name\n    break",
    "param = request.get_data(as_text=True)",
    'param = request.args.to_dict().get("q", "")',
    'headers = request.headers.getlist("X-Query")\nparam = headers[0] if headers else ""',
]


@dataclass(frozen=True)
class Flow:
    """`bar` from `param`: the real body lets it through, the decoy does not."""

    name: str
    real: str
    decoy: str
    prelude_real: str = ""
    prelude_decoy: str = ""


FLOWS: list[Flow] = [
    Flow(
        "fold-if",
        'num = 106\nif (7 * 18) + num > 200:\n    bar = param\nelse:\n    bar = "constant"',
        'num = 86\nif (7 * 42) - num > 200:\n    bar = "constant"\nelse:\n    bar = param',
    ),
    Flow(
        "fold-ternary",
        'num = 196\nbar = param if (500 / 42) + num > 200 else "constant"',
        'num = 196\nbar = "constant" if (500 / 42) + num > 200 else param',
    ),
    Flow(
        "fold-elif",
        'limit = 3 * 7\nif limit < 10:\n    bar = "small"\nelif limit % 2 == 1:\n'
        '    bar = param\nelse:\n    bar = "even"',
        'limit = 4 * 7\nif limit < 10:\n    bar = "small"\nelif limit % 2 == 1:\n'
        '    bar = param\nelse:\n    bar = "even"',
    ),
    Flow(
        "list-pop",
        'values = ["safe", param, "moresafe"]\nvalues.pop(0)\nbar = values[0]',
        'values = ["safe", param, "moresafe"]\nvalues.pop(0)\nbar = values[1]',
    ),
    Flow(
        "list-append-remove",
        'items = []\nitems.append("safe")\nitems.append(param)\nitems.append("moresafe")\n'
        'items.remove("safe")\nbar = items[0]',
        'items = []\nitems.append("safe")\nitems.append(param)\nitems.append("moresafe")\n'
        'items.remove("safe")\nbar = items[1]',
    ),
    Flow(
        "list-insert",
        'items = ["a", "b", "c"]\nitems.insert(1, param)\nbar = items[-3]',
        'items = ["a", "b", "c"]\nitems.insert(1, param)\nbar = items[-2]',
    ),
    Flow(
        "dict-keys",
        'store = {}\nstore["keyA"] = "a_value"\nstore["keyB"] = param\nstore["keyC"] = "c_value"\n'
        'bar = store["keyB"]',
        'store = {}\nstore["keyA"] = "a_value"\nstore["keyB"] = param\nstore["keyC"] = "c_value"\n'
        'bar = store["keyA"]',
    ),
    Flow(
        "dict-get",
        'store = {"first": "safe", "second": param}\nbar = store.get("second", "")',
        'store = {"first": "safe", "second": param}\nbar = store.get("first", "")',
    ),
    Flow(
        "dict-overwrite",
        'store = {"k": "safe"}\nstore["k"] = param\nbar = store["k"]',
        'store = {"k": param}\nstore["k"] = "safe"\nbar = store["k"]',
    ),
    Flow(
        "match-char",
        'possible = "ABC"\nguess = possible[0]\nmatch guess:\n    case "A":\n        bar = param\n'
        '    case "B":\n        bar = "bob"\n    case "C" | "D":\n        bar = param\n'
        '    case _:\n        bar = "bob"',
        'possible = "ABC"\nguess = possible[1]\nmatch guess:\n    case "A":\n        bar = param\n'
        '    case "B":\n        bar = "bob"\n    case "C" | "D":\n        bar = param\n'
        '    case _:\n        bar = "bob"',
    ),
    Flow(
        "if-char-switch",
        'switch_target = "ABCD"[2]\nif switch_target == "A":\n    bar = param\n'
        'elif switch_target == "B":\n    bar = "bob"\n'
        'elif switch_target == "C" or switch_target == "D":\n    bar = param\n'
        'else:\n    bar = "bob"',
        'switch_target = "ABCD"[1]\nif switch_target == "A":\n    bar = param\n'
        'elif switch_target == "B":\n    bar = "bob"\n'
        'elif switch_target == "C" or switch_target == "D":\n    bar = param\n'
        'else:\n    bar = "bob"',
    ),
    Flow(
        "helper-fold",
        "bar = do_something(param)",
        "bar = do_something(param)",
        prelude_real="def do_something(value):\n    num = 106\n"
        '    result = value if (7 * 18) + num > 200 else "constant"\n    return result',
        prelude_decoy="def do_something(value):\n    num = 106\n"
        '    result = value if (7 * 18) - num > 200 else "constant"\n    return result',
    ),
    Flow(
        "helper-argument",
        'bar = choose("safe", param)',
        'bar = choose(param, "safe")',
        prelude_real="def choose(first, second):\n    return second",
        prelude_decoy="def choose(first, second):\n    return second",
    ),
    Flow(
        "class-method",
        "thing = Thing()\nbar = thing.do_something(param)",
        "thing = Thing()\nbar = thing.do_something(param)",
        prelude_real="class Thing:\n    def do_something(self, value):\n"
        '        values = ["safe", value]\n        return values[1]',
        prelude_decoy="class Thing:\n    def do_something(self, value):\n"
        '        values = ["safe", value]\n        return values[0]',
    ),
    Flow(
        "config-parser",
        'conf = configparser.ConfigParser()\nconf.add_section("section")\n'
        'conf.set("section", "keyA", "a_value")\nconf.set("section", "keyB", param)\n'
        'bar = conf.get("section", "keyB")',
        'conf = configparser.ConfigParser()\nconf.add_section("section")\n'
        'conf.set("section", "keyA", "a_value")\nconf.set("section", "keyB", param)\n'
        'bar = conf.get("section", "keyA")',
    ),
    Flow(
        "deque",
        'queue = collections.deque()\nqueue.append(param)\nqueue.appendleft("safe")\n'
        "bar = queue[1]",
        'queue = collections.deque()\nqueue.append(param)\nqueue.appendleft("safe")\n'
        "bar = queue.popleft()",
    ),
    Flow(
        "base64-round-trip",
        'encoded = base64.b64encode(param.encode("utf-8"))\n'
        'bar = base64.b64decode(encoded).decode("utf-8")',
        'encoded = base64.b64encode(param.encode("utf-8"))\n'
        'bar = base64.b64decode(b"c2FmZQ==").decode("utf-8")',
    ),
    Flow(
        "string-ops-unknown-helper",
        'a = param\nb = a + " SafeStuff"\nc = b[: len(b) - 5] + "Chars"\nd = c.split(" ")[0]\n'
        "bar = textutils.normalise(d)",
        'a = param\nb = a + " SafeStuff"\nc = b[: len(b) - 5] + "Chars"\nd = c.split(" ")[0]\n'
        'fixed = "barbarians_at_the_gate"\nbar = textutils.normalise(fixed)',
    ),
    Flow(
        "while-constant",
        'bar = "constant"\nwhile 2 * 3 < 10:\n    bar = param\n    break',
        'bar = "constant"\nwhile 2 * 3 > 10:\n    bar = param\n    break',
    ),
    Flow(
        "list-extend-slice",
        'items = ["a"]\nitems.extend([param, "b"])\nbar = items[1:2][0]',
        'items = ["a"]\nitems.extend([param, "b"])\nbar = items[2:][0]',
    ),
    Flow(
        "module-constant",
        'num = 86\nif 7 * 42 - num < THRESHOLD:\n    bar = "constant"\nelse:\n    bar = param',
        'num = 86\nif 7 * 42 - num > THRESHOLD:\n    bar = "constant"\nelse:\n    bar = param',
    ),
    Flow(
        "short-circuit",
        'flag = 10 > 3\nbar = flag and param or "constant"',
        'flag = 10 < 3\nbar = flag and param or "constant"',
    ),
    Flow(
        "dict-pop",
        'store = {"a": param, "b": "safe"}\nbar = store.pop("a")',
        'store = {"a": param, "b": "safe"}\nbar = store.pop("b")',
    ),
    Flow(
        "tuple-unpack",
        'first, second = "safe", param\nbar = second',
        'first, second = "safe", param\nbar = first',
    ),
    Flow(
        "loop-accumulate",
        'bar = ""\nfor word in ["x", param]:\n    bar += word',
        'bar = ""\nfor word in ["x", "y"]:\n    bar += word',
    ),
    Flow(
        "mode-string",
        'bar = param\nmode = "lenient"\nif mode == "strict":\n    bar = "constant"',
        'bar = param\nmode = "strict"\nif mode == "strict":\n    bar = "constant"',
    ),
    Flow(
        "len-of-list",
        'values = [param, "x"]\nif len(values) > 2:\n    bar = values[1]\nelse:\n'
        "    bar = values[0]",
        'values = [param, "x", "y"]\nif len(values) > 2:\n    bar = values[1]\nelse:\n'
        "    bar = values[0]",
    ),
    Flow(
        "nested-helpers",
        "bar = outer_step(param)",
        "bar = outer_step(param)",
        prelude_real="def inner_step(value):\n    return [value, 'x'][0]\n\n"
        "def outer_step(value):\n    return inner_step(value)",
        prelude_decoy="def inner_step(value):\n    return [value, 'x'][1]\n\n"
        "def outer_step(value):\n    return inner_step(value)",
    ),
]


@dataclass(frozen=True)
class Sink:
    """A sink using `bar`; `arg` is the text of the expression the analysis is asked about,
    on the line marked `# sink`."""

    name: str
    kind: SinkKind
    rule: str | None
    code: str
    arg: str


SINKS: list[Sink] = [
    Sink("os-system", "command", "os-system-command",
         'os.system("echo " + bar)  # sink\nreturn "done"', '"echo " + bar'),
    Sink("sql", "sql", "py-sql-injection",
         "sql = f\"SELECT * FROM users WHERE name = '{bar}'\"\n"
         'conn = sqlite3.connect("app.db")\ncur = conn.cursor()\n'
         'cur.execute(sql)  # sink\nreturn "ok"', "sql"),
    Sink("path", "path", "py-path-traversal",
         "file_name = os.path.join(BASE_DIR, bar)\n"
         "with open(file_name) as handle:  # sink\n    return handle.read()", "file_name"),
    Sink("xss", "xss", "py-xss-html-response",
         'return f"<p>Hello {bar}</p>"  # sink', 'f"<p>Hello {bar}</p>"'),
    Sink("redirect", "redirect", "py-open-redirect", "return redirect(bar)  # sink", "bar"),
    Sink("xpath", "xpath", "py-xpath-injection",
         'root = etree.parse("users.xml")\n'
         "query = f\"//user[@name='{bar}']\"\n"
         "nodes = root.xpath(query)  # sink\nreturn str(len(nodes))", "query"),
    Sink("ldap", "ldap", "py-ldap-injection",
         'server = ldap3.Server("ldap://localhost")\n'
         "conn = ldap3.Connection(server, auto_bind=True)\n"
         'search_filter = "(uid=" + bar + ")"\n'
         'conn.search("dc=example,dc=com", search_filter)  # sink\nreturn "ok"',
         "search_filter"),
    Sink("eval", "code", "py-eval-dynamic-code",
         "result = eval(bar)  # sink\nreturn str(result)", "bar"),
    Sink("pickle", "deserialization", "pickle-deserialization",
         "obj = pickle.loads(base64.b64decode(bar))  # sink\nreturn str(obj)",
         "base64.b64decode(bar)"),
    Sink("header", "header", "py-header-injection",
         'response = flask.make_response("ok")\n'
         'response.headers["X-Info"] = bar  # sink\nreturn response', "bar"),
    Sink("session", "any", None,
         'flask.session["userid"] = bar  # sink\nreturn "stored"', "bar"),
    Sink("shell-true", "command", "subprocess-shell-true",
         'subprocess.run("grep " + bar + " app.log", shell=True)  # sink\nreturn "ok"',
         '"grep " + bar + " app.log"'),
    Sink("ssrf", "ssrf", "py-ssrf-request",
         "reply = requests.get(bar, timeout=5)  # sink\nreturn reply.text", "bar"),
    Sink("popen", "command", "os-system-command",
         'listing = os.popen("ls " + bar).read()  # sink\nreturn listing', '"ls " + bar'),
]  # fmt: skip


@dataclass(frozen=True)
class Case:
    id: str
    real: str
    decoy: str
    sink: Sink


def _handler(source: str, body: str, prelude: str, sink: Sink) -> str:
    inner = "\n".join([source, body, sink.code])
    parts = [_HEADER]
    if prelude:
        parts.append(prelude + "\n")
    parts.append(
        '@app.route("/case", methods=["GET", "POST"])\ndef handler():\n'
        + textwrap.indent(inner, "    ")
        + "\n"
    )
    return "\n\n".join(parts)


def _flow_cases() -> list[Case]:
    cases: list[Case] = []
    n = 0
    for i, flow in enumerate(FLOWS):
        for j in range(2):
            sink = SINKS[(2 * i + j) % len(SINKS)]
            source = SOURCES[n % len(SOURCES)]
            n += 1
            real = _handler(source, flow.real, flow.prelude_real, sink)
            decoy = _handler(source, flow.decoy, flow.prelude_decoy, sink)
            cases.append(Case(f"{flow.name}-{sink.name}", real, decoy, sink))
    return cases


def _by_name(name: str) -> Sink:
    return next(s for s in SINKS if s.name == name)


# Decoys made clean by a sanitiser of the sink's kind.
_SANITISED: list[tuple[str, str, str, str]] = [
    ("shlex-quote", "os-system", "bar = param", "bar = shlex.quote(param)"),
    ("html-escape", "xss", "bar = param", "bar = html.escape(param)"),
    ("int-cast", "sql", "bar = param", "bar = int(param)"),
    ("basename", "path", "bar = param", "bar = os.path.basename(param)"),
    ("ldap-escape", "ldap", "bar = param", "bar = escape_filter_chars(param)"),
    ("allow-list", "shell-true", "bar = param",
     'bar = param if param in ("status", "log") else "status"'),
    ("guard-exit", "eval", "bar = param",
     'bar = param\nif not bar.isdigit():\n    flask.abort(400)'),
    ("header-newlines", "header", "bar = param",
     'bar = param.replace("\\r", "").replace("\\n", "")'),
]  # fmt: skip
_SANITISER_IMPORTS = "import html\nimport shlex\nfrom ldap3.utils.conv import escape_filter_chars"


def _sanitised_cases() -> list[Case]:
    cases = []
    for k, (name, sink_name, real, decoy) in enumerate(_SANITISED):
        sink = _by_name(sink_name)
        source = SOURCES[k % len(SOURCES)]
        cases.append(
            Case(
                f"sanitised-{name}",
                _handler(source, real, _SANITISER_IMPORTS, sink),
                _handler(source, decoy, _SANITISER_IMPORTS, sink),
                sink,
            )
        )
    return cases


CASES: list[Case] = _flow_cases() + _sanitised_cases()


def _sink_node(doc: Document, sink: Sink) -> ts.Node:
    lines = doc.text.split("\n")
    row = next(i for i, line in enumerate(lines) if line.rstrip().endswith("# sink"))
    stack = [doc.root]
    found: list[ts.Node] = []
    while stack:
        node = stack.pop()
        if node.start_point[0] > row or node.end_point[0] < row:
            continue
        if node.start_point[0] == row and doc.node_text(node) == sink.arg:
            found.append(node)
        stack.extend(node.children)
    assert found, f"no `{sink.arg}` on the sink line"
    return max(found, key=lambda n: n.end_byte - n.start_byte)


def _engine_flags(code: str, sink: Sink) -> bool:
    doc = Document(code, "python")
    analysis = doc.taint
    assert analysis is not None
    taint = analysis.taint_of(_sink_node(doc, sink), sink.kind)
    return taint is not None and taint.strength == "input"


@cache
def _rule_codes() -> dict[str, str]:
    return {
        rule.spec.name: rule.spec.code for rule in all_rules() if "python" in rule.spec.languages
    }


def _rule_flags(code: str, sink: Sink) -> bool:
    rule_code = _rule_codes()[sink.rule or ""]
    doc = Document(code, "python")
    row = next(i for i, line in enumerate(code.split("\n")) if line.rstrip().endswith("# sink"))
    findings = scan_document(doc, min_confidence=Confidence.MEDIUM)
    return any(f.rule_code == rule_code and f.span.start_line == row + 1 for f in findings)


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 60
    assert {c.sink.name for c in CASES} == {s.name for s in SINKS}


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_analysis_separates_real_from_decoy(case: Case) -> None:
    assert _engine_flags(case.real, case.sink), "real flow missed"
    assert not _engine_flags(case.decoy, case.sink), "decoy flagged"


_RULED = [c for c in CASES if c.sink.rule is not None and c.sink.rule in _rule_codes()]

# Real flows a rule misses although the analysis finds them (none today). A case listed here is
# an expected failure until the rule catches it; promote it when it passes.
RULE_GAPS: frozenset[str] = frozenset()


@pytest.mark.parametrize("case", _RULED, ids=[c.id for c in _RULED])
def test_rule_is_silent_on_decoy(case: Case) -> None:
    assert not _rule_flags(case.decoy, case.sink), "decoy flagged by the rule"


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(reason="known rule gap", strict=True))
        if c.id in RULE_GAPS
        else c
        for c in _RULED
    ],
    ids=[c.id for c in _RULED],
)
def test_rule_reports_real_flow(case: Case) -> None:
    assert _rule_flags(case.real, case.sink), "real flow missed by the rule"
