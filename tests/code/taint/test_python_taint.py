"""Python taint: which sink arguments untrusted data reaches, and which it does not."""

from __future__ import annotations

import pytest
import tree_sitter as ts

from redline.code.document import Document
from redline.code.taint import SinkKind, Taint, analyze


def _sinks(doc: Document, function: str = "sink") -> list[ts.Node]:
    found: list[ts.Node] = []
    stack = [doc.root]
    while stack:
        node = stack.pop()
        if node.type == "call":
            fn = node.child_by_field_name("function")
            args = node.child_by_field_name("arguments")
            if (
                fn is not None
                and args is not None
                and doc.node_text(fn).rsplit(".", 1)[-1] == function
                and args.named_child_count
            ):
                found.append(args.named_children[0])
        stack.extend(node.children)
    return sorted(found, key=lambda n: n.start_byte)


def taints(code: str, kind: SinkKind = "command") -> list[Taint | None]:
    doc = Document(code, "python")
    analysis = doc.taint
    assert analysis is not None
    return [analysis.taint_of(node, kind) for node in _sinks(doc)]


def flags(code: str, kind: SinkKind = "command") -> list[bool]:
    return [t is not None for t in taints(code, kind)]


def test_other_languages_have_no_model() -> None:
    assert analyze(Document("int main() { return 0; }", "c")) is None


def test_request_parameter_reaches_sink_with_its_name() -> None:
    code = """
from flask import request

def view():
    name = request.args.get("name")
    sink("grep " + name)
"""
    (taint,) = taints(code)
    assert taint is not None
    assert taint.source == "request.args.get"
    assert taint.strength == "input"
    assert taint.source_span.start_line == 5


def test_other_sources() -> None:
    code = """
import os, sys

def main():
    sink(sys.argv[1])
    sink(os.environ["HOME"])
    sink(os.getenv("X"))
    sink(input("? "))
    data = conn.recv(1024)
    sink(data)
    sink(request.form["f"])
    sink(self.request.GET.get("q"))
"""
    assert flags(code) == [True] * 7


def test_parameters_are_weaker_sources() -> None:
    code = """
def run(path, count: int, flag: bool = False, ratio: float | None = None):
    sink(path)
    sink(count)
    sink(flag)
    sink(ratio)

class Runner:
    def go(self, cmd):
        sink(self)
        sink(cmd)
"""
    result = taints(code)
    assert [t is not None for t in result] == [True, False, False, False, False, True]
    assert result[0] is not None
    assert result[0].strength == "parameter"
    assert result[0].source == "parameter 'path'"


def test_route_converters_are_clean() -> None:
    code = """
@app.route("/item/<int:item_id>/<name>")
def item(item_id, name):
    sink(item_id)
    sink(name)
"""
    assert flags(code) == [False, True]


def test_input_is_preferred_over_parameter() -> None:
    code = """
def view(prefix):
    sink(prefix + request.args["q"])
"""
    (taint,) = taints(code)
    assert taint is not None
    assert taint.strength == "input"


def test_string_building_propagates() -> None:
    code = """
def f(x):
    sink(f"ls {x}")
    sink("ls %s" % x)
    sink("ls {}".format(x))
    sink(" ".join(["ls", x]))
    sink("ls " + x.strip().lower())
    y = "ls "
    y += x
    sink(y)
"""
    assert flags(code) == [True] * 6


def test_containers_unpacking_and_loops() -> None:
    code = """
def f(x):
    a, b = x, "safe"
    sink(a)
    sink(b)
    d = {"k": x}
    sink(d["k"])
    sink(d.get("k"))
    parts = []
    for item in x.split(","):
        parts.append(item)
    sink(parts)
    sink([p for p in parts])
    if (m := x):
        sink(m)
    with open(x) as fh:
        sink(fh)
"""
    assert flags(code) == [True, False, True, True, True, True, True, True]


def test_constants_and_reassignment_are_clean() -> None:
    code = """
def f(x):
    sink("ls -l /tmp")
    y = x
    y = "fixed"
    sink(y)
    sink(len(x))
    sink(x.isdigit())
    sink(os.path.exists(x))
"""
    assert flags(code) == [False] * 5


def test_allow_list_lookups_are_clean() -> None:
    code = """
COMMANDS = {"list": "ls", "disk": "df -h"}

def f(x):
    sink(COMMANDS[x])
    sink(COMMANDS.get(x, "ls"))
    local = ["a", "b"]
    sink(local[int(x)])
    sink(COMMANDS.get("list", x))
"""
    assert flags(code) == [False, False, False, True]


def test_sanitisers_apply_only_to_their_kind() -> None:
    code = """
import shlex, html
from werkzeug.utils import secure_filename

def f(x):
    sink(shlex.quote(x))
    sink(html.escape(x))
    sink(secure_filename(x))
    sink(int(x))
"""
    assert flags(code, "command") == [False, True, False, False]
    assert flags(code, "xss") == [True, False, False, False]
    assert flags(code, "path") == [True, True, False, False]
    assert flags(code, "sql") == [True, True, True, False]


def test_import_aliases_resolve_sanitisers() -> None:
    code = """
from shlex import quote as q
import os.path as osp

def f(x):
    sink(q(x))
    sink(osp.basename(x))
"""
    assert flags(code, "command") == [False, True]
    assert flags(code, "path") == [True, False]


def test_character_class_removal_is_a_sanitiser() -> None:
    code = """
import re

def f(x):
    sink(re.sub(r"[^a-zA-Z0-9_]", "", x))
    sink(re.sub(r"[;&|]", "", x))
"""
    assert flags(code) == [False, True]


def test_guard_with_early_exit() -> None:
    code = """
ALLOWED = {"ls", "df"}

def f(cmd, name):
    if cmd not in ALLOWED:
        return "no"
    sink(cmd)
    if not re.fullmatch(r"[a-z]+", name):
        abort(400)
    sink(name)
"""
    assert flags(code) == [False, False]


def test_guard_without_exit_does_not_clean() -> None:
    code = """
ALLOWED = {"ls", "df"}

def f(cmd):
    if cmd not in ALLOWED:
        print("unknown command")
    sink(cmd)
"""
    assert flags(code) == [True]


def test_guard_protects_its_branch_only() -> None:
    code = """
def f(cmd):
    if cmd in ("ls", "df"):
        sink(cmd)
    else:
        sink(cmd)
    if cmd.isalnum():
        sink(cmd)
    elif cmd == "x":
        sink(cmd)
    else:
        sink(cmd)
"""
    assert flags(code) == [False, True, False, False, True]


def test_path_guard_needs_normalisation() -> None:
    code = """
import os

BASE = "/srv/files"

def f(name):
    path = os.path.realpath(os.path.join(BASE, name))
    if not path.startswith(BASE):
        raise ValueError(name)
    sink(path)

def g(name):
    path = os.path.join(BASE, name)
    if not path.startswith(BASE):
        raise ValueError(name)
    sink(path)

def h(name):
    sink(os.path.realpath(os.path.join(BASE, name)))
"""
    assert flags(code, "path") == [False, True, True]


def test_dot_dot_check_cleans_path_only() -> None:
    code = """
def f(name):
    if ".." in name or name.startswith("/"):
        abort(400)
    sink(name)
"""
    assert flags(code, "path") == [False]
    assert flags(code, "command") == [True]


def test_character_loop_guard() -> None:
    code = """
def f(expr):
    allowed = set("0123456789+-*/() ")
    for ch in expr:
        if ch not in allowed:
            return ""
    sink(expr)

def g(expr):
    if not set(expr).issubset(set("0123456789")):
        return ""
    sink(expr)

def h(expr):
    if not all(c.isdigit() for c in expr):
        return ""
    sink(expr)
"""
    assert flags(code, "code") == [False, False, False]


def test_try_except_and_loops_with_break() -> None:
    code = """
def f(x):
    try:
        value = x
    except ValueError:
        value = "default"
    sink(value)
    while True:
        y = x
        break
    sink(y)
    for i in range(3):
        if i:
            continue
        z = x
    sink(z)
"""
    assert flags(code) == [True, True, True]


def test_local_function_summaries() -> None:
    code = """
import re, shlex

def clean(s):
    return re.sub(r"[^a-z]", "", s)

def quoted(s):
    return shlex.quote(s)

def build(s):
    return "ls " + s

def f(x):
    sink(clean(x))
    sink(quoted(x))
    sink(build(x))
"""
    assert flags(code, "command") == [False, False, True]
    assert flags(code, "xss") == [False, True, True]


def test_module_level_and_globals() -> None:
    code = """
import sys
TARGET = sys.argv[1]
SAFE = "ls"
sink(TARGET)

def f():
    sink(TARGET)
    sink(SAFE)
"""
    assert flags(code) == [True, True, False]


def test_unknown_names_are_clean() -> None:
    code = """
def f():
    sink(some_helper())
    sink(config.command)
"""
    assert flags(code) == [False, False]


def test_comprehension_and_lambda_scopes() -> None:
    code = """
def f(items):
    [sink(i) for i in ["a", "b"]]
    [sink(i) for i in items]
    run = lambda v: sink(v)
"""
    assert flags(code) == [False, True, True]


def test_conditional_expression_refines_branches() -> None:
    code = """
ALLOWED = ["a", "b"]

def f(x):
    sink(x if x in ALLOWED else "a")
    sink(x if x else "a")
"""
    assert flags(code) == [False, True]


def test_fragment_method_body() -> None:
    code = """    def handle(self):
        user = self.request.args.get("u")
        sink(user)
"""
    assert flags(code) == [True]


def test_deep_nesting_does_not_crash() -> None:
    expr = "(" * 400 + "x" + ")" * 400
    code = f"def f(x):\n    sink({expr})\n"
    assert flags(code) == [True]
    nested = "def f(x):\n" + "".join("    " * (i + 1) + "if x:\n" for i in range(80))
    nested += "    " * 81 + "sink(x)\n"
    assert len(taints(nested)) == 1


def test_a_branch_does_not_change_the_other_path() -> None:
    code = """
def f():
    param = request.form.get("q")
    if not param:
        param = ""
    sink(param)
"""
    assert flags(code) == [True]


def test_constant_conditions_take_one_branch() -> None:
    code = """
def f(x):
    num = 86
    if (7 * 42) - num > 200:
        a = "constant"
    else:
        a = x
    sink(a)
    b = x if (500 / 42) + num > 200 else "c"
    sink(b)
    while num > 1000:
        x = "never"
    sink(x)
    if num == 86:
        sink(x)
    else:
        sink(x)
"""
    assert flags(code) == [False, False, True, True, False]


def test_constants_do_not_outlive_loops_or_globals() -> None:
    code = """
COUNT = 0

def bump():
    global COUNT
    COUNT += 1

def f(x):
    i = 0
    out = "safe"
    while i < 3:
        if i == 2:
            out = x
        i += 1
    sink(out)
    res = "safe"
    if COUNT > 5:
        res = x
    sink(res)
"""
    assert flags(code) == [True, True]


def test_match_on_a_constant() -> None:
    code = """
def f(x):
    guess = "ABC"[1]
    match guess:
        case "A":
            a = x
        case "B":
            a = "bob"
        case _:
            a = x
    sink(a)
    match x:
        case "A":
            b = "fixed"
        case other:
            b = other
    sink(b)
"""
    assert flags(code) == [False, True]


def test_container_elements() -> None:
    code = """
import configparser

def f(x):
    values = ["safe", x, "moresafe"]
    values.pop(0)
    sink(values[1])
    sink(values[0])
    m = {}
    m["a"] = "safe"
    m["b"] = x
    sink(m["a"])
    sink(m.get("b"))
    del m["b"]
    sink(m)
    conf = configparser.ConfigParser()
    conf.set("s", "a", "safe")
    conf.set("s", "b", x)
    sink(conf.get("s", "a"))
    sink(conf.get("s", "b"))
    unknown = ["safe", x]
    unknown.sort()
    sink(unknown[0])
    helper_list = ["safe"]
    helper_list += [x]
    sink(helper_list[1])
"""
    assert flags(code) == [False, True, False, True, False, False, True, True, True]


def test_summaries_map_arguments_to_parameters() -> None:
    code = """
def pick(first, second):
    return second

class Box:
    def value(self, item, other="x"):
        return item

def f(x):
    sink(pick(x, "safe"))
    sink(pick("safe", x))
    sink(pick(second="safe", first=x))
    sink(Box().value("safe", x))
    sink(Box().value(x))
"""
    assert flags(code) == [False, True, False, False, True]


def test_huge_constants_are_not_folded() -> None:
    code = """
def f(x):
    big = 10 ** 10 ** 10
    s = "a" * 10 ** 9
    if big > 1:
        y = x
    else:
        y = "c"
    sink(y)
    if len(s) > 5:
        z = "c"
    else:
        z = x
    sink(z)
"""
    assert flags(code) == [True, True]


@pytest.mark.parametrize(
    ("wrapped", "kind", "clean"),
    [
        ("repr(name)", "log", True),
        ("repr(name)", "sql", False),
        ("json.dumps(name)", "header", True),
        ("url_for('profile', user=name)", "redirect", True),
        ("str(name)", "nosql", True),
        ("str(name)", "sql", False),
        ("ObjectId(name)", "nosql", True),
    ],
)
def test_kind_specific_sanitisers(wrapped: str, kind: SinkKind, clean: bool) -> None:
    code = (
        "import json\nfrom flask import request, url_for\nfrom bson import ObjectId\n"
        f"def view():\n    name = request.args.get('n')\n    v = {wrapped}\n    sink(v)\n"
    )
    (found,) = taints(code, kind)
    assert (found is None) is clean


def test_huge_scopes_are_analysed_flow_insensitively() -> None:
    from redline.code.taint._engine import COARSE_SCOPE_NODES, Analysis

    body = "".join(f"    y{i} = x + '{i}'\n" for i in range(2000))
    code = (
        "from flask import request\n"
        "def handler():\n    x = request.args.get('a')\n" + body + "    sink(y1999)\n"
    )
    doc = Document(code, "python")
    assert doc.root.descendant_count > COARSE_SCOPE_NODES
    (found,) = taints(code, "command")
    assert found is not None
    assert found.strength == "input"
    analysis = doc.taint
    assert isinstance(analysis, Analysis)
    scope = next(n for n in doc.root.children if n.type == "function_definition")
    facts = analysis.facts(scope)
    assert facts.coarse
    assert facts.record == {}  # no environment per statement: memory stays linear
