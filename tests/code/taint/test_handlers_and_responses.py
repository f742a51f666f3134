"""Exception handlers see the states inside a `try` body; HTTP response bodies are untrusted."""

from __future__ import annotations

import pytest
import tree_sitter as ts

import redline
from redline.code.document import Document
from redline.code.taint import SinkKind, Taint


def _sinks(doc: Document) -> list[ts.Node]:
    calls = ("call", "call_expression")
    found: list[ts.Node] = []
    stack = [doc.root]
    while stack:
        node = stack.pop()
        if node.type in calls:
            fn = node.child_by_field_name("function")
            args = node.child_by_field_name("arguments")
            if (
                fn is not None
                and args is not None
                and args.type in ("argument_list", "arguments")
                and doc.node_text(fn).rsplit(".", 1)[-1] == "sink"
                and args.named_child_count
            ):
                found.append(args.named_children[0])
        stack.extend(node.children)
    return sorted(found, key=lambda n: n.start_byte)


def taints(code: str, kind: SinkKind = "command", language: str = "python") -> list[Taint | None]:
    doc = Document(code, language)
    analysis = doc.taint
    assert analysis is not None
    return [analysis.taint_of(node, kind) for node in _sinks(doc)]


def flags(code: str, kind: SinkKind = "command", language: str = "python") -> list[bool]:
    return [t is not None for t in taints(code, kind, language)]


def _traced(code: str, language: str = "python") -> list[tuple[int, str]]:
    """(line, source) of every finding whose trace starts at an HTTP response."""
    out = []
    for f in redline.scan_code(code, language):
        if f.trace and f.trace[0].note.startswith("HTTP response of "):
            out.append((f.line, f.trace[0].note))
    return out


# ---- exception handlers ---------------------------------------------------------------------


def test_handler_sees_a_value_from_the_middle_of_the_body() -> None:
    code = """
def run():
    try:
        value = input()
        value = int(value)
    except ValueError:
        sink("echo " + value)
    sink("echo %d" % value)
"""
    # int() may raise before the name is rebound; after the statement it is a number.
    assert flags(code) == [True, True]
    code_clean = """
def run():
    try:
        value = input()
        value = int(value)
    except ValueError:
        value = 0
    sink(value)
"""
    assert flags(code_clean) == [False]


def test_handler_sees_the_state_before_a_nested_raise() -> None:
    code = """
import os

def run(flag):
    cmd = "ls"
    try:
        if flag:
            cmd = os.environ["CMD"]
            check(cmd)
            cmd = "ls"
        for _ in range(3):
            step()
    except RuntimeError:
        sink(cmd)
"""
    assert flags(code) == [True]


def test_handler_of_a_constant_body_stays_clean() -> None:
    code = """
def run():
    try:
        cmd = "ls -l"
        out = compute(cmd)
        cmd = "ls"
    except OSError:
        sink(cmd)
    finally:
        sink(cmd)
"""
    assert flags(code) == [False, False]


def test_finally_sees_handlers_and_the_body() -> None:
    code = """
def run():
    cmd = "ls"
    try:
        cmd = input()
        cmd = shlex_free(cmd)
        cmd = "ls"
    finally:
        sink(cmd)
"""
    assert flags(code) == [True]
    code_handler = """
def run():
    cmd = "ls"
    try:
        work()
    except KeyError:
        cmd = input()
        log(cmd)
        cmd = "ls"
    finally:
        sink(cmd)
"""
    assert flags(code_handler) == [True]


def test_code_after_finally_sees_only_normal_exits() -> None:
    code = """
def run():
    try:
        value = input()
        value = int(value)
    finally:
        sink(value)
    sink(value)
"""
    # An exception from int() leaves the statement: what follows runs only after it succeeded.
    assert flags(code) == [True, False]


def test_sanitised_in_the_body_before_the_source_is_clean() -> None:
    code = """
import shlex

def run():
    try:
        arg = shlex.quote(input())
        size = int(arg)
    except ValueError:
        sink("echo " + arg)
"""
    assert flags(code) == [False]


def test_dead_and_unreachable_code_do_not_reach_handlers() -> None:
    code = """
DEBUG = False

def run():
    mode = "fast"
    try:
        if DEBUG:
            mode = "slow"
        work(mode)
        return
        mode = "other"
    except OSError:
        sink(mode)
"""
    doc = Document(code, "python")
    analysis = doc.taint
    assert analysis is not None
    (node,) = _sinks(doc)
    constant = analysis.constant_of(node)
    assert constant is not None
    assert constant.value == "fast"


def test_nested_try_and_loops_stay_bounded() -> None:
    code = """
def run(items):
    cmd = "ls"
    while True:
        try:
            for item in items:
                try:
                    cmd = input()
                    cmd = int(cmd)
                except ValueError:
                    continue
                finally:
                    cmd = "ls"
        except Exception:
            sink(cmd)
            break
"""
    assert flags(code) == [True]


def test_javascript_catch_sees_the_middle_of_the_body() -> None:
    code = """
function run() {
  let cmd = 'ls';
  try {
    cmd = process.argv[2];
    cmd = JSON.parse(cmd).name;
    cmd = 'ls';
  } catch (e) {
    sink(cmd);
    cmd = 'ls';
  } finally {
    sink(cmd);
  }
  sink(cmd);
}
"""
    assert flags(code, language="javascript") == [True, True, False]


def test_handler_flow_is_reported_end_to_end() -> None:
    code = """
import logging

def read_number():
    try:
        text = input("number: ")
        number = int(text)
    except ValueError:
        logging.error("not a number: " + text)
        return None
    return number
"""
    lines = [f.line for f in redline.scan_code(code, "python")]
    assert 9 in lines


# ---- HTTP responses -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expr", "setup"),
    [
        ("requests.get(url).text", ""),
        ("requests.post(url, json={}).json()['cmd']", ""),
        ("resp.content", "resp = requests.put(url)"),
        ("b''.join(resp.iter_lines())", "resp = requests.get(url, stream=True)"),
        ("resp.raw.read()", "resp = requests.get(url, stream=True)"),
        ("urlopen(url).read()", ""),
        ("urllib.request.urlopen(url).read().decode()", ""),
        ("s.get(url).text", "s = requests.Session()"),
        ("httpx.get(url).json()", ""),
        ("client.get(url).text", "client = httpx.Client()"),
        ("pool.request('GET', url).data", "pool = urllib3.PoolManager()"),
        ("conn.getresponse().read()", "conn = http.client.HTTPSConnection('api.example.com')"),
    ],
)
def test_response_bodies_are_untrusted_input(expr: str, setup: str) -> None:
    code = f"""
import http.client
import urllib.request
from urllib.request import urlopen
import httpx
import requests
import urllib3

def run():
    url = "https://api.example.com/v1/job"
    {setup}
    sink({expr})
"""
    (taint,) = taints(code)
    assert taint is not None
    assert taint.source.startswith("HTTP response of ")
    assert taint.strength == "input"


def test_response_metadata_and_object_are_not_data() -> None:
    code = """
import requests

def run():
    resp = requests.get("https://api.example.com/v1/job")
    sink("echo %s" % resp.status_code)
    sink(resp)
    sink(resp.headers.get("etag"))
    sink(int(resp.text))
    sink(str(resp.ok))
"""
    assert flags(code) == [False, False, False, False, False]


def test_response_source_names_the_client() -> None:
    code = """
import requests

def run():
    sink(requests.get("https://api.example.com").text)
"""
    (taint,) = taints(code)
    assert taint is not None
    assert taint.source == "HTTP response of requests.get"


def test_aiohttp_bodies_are_untrusted() -> None:
    code = """
import aiohttp

async def run():
    async with aiohttp.ClientSession() as session:
        async with session.get("https://api.example.com") as resp:
            payload = await resp.json()
            sink(payload["cmd"])
            sink(resp.status)
"""
    assert flags(code) == [True, False]


def test_response_bodies_are_not_reported_at_page_log_or_url_sinks() -> None:
    code = """
import requests

def run():
    data = requests.get("https://api.example.com/items").json()
    sink(data["next"])
"""
    assert flags(code, "ssrf") == [False]
    assert flags(code, "xss") == [False]
    assert flags(code, "log") == [False]
    assert flags(code, "sql") == [True]
    assert flags(code, "deserialization") == [True]


def test_response_flows_are_reported_end_to_end() -> None:
    code = """
import pickle
import subprocess
import requests
from urllib.request import urlopen

def update(url):
    rules = eval(requests.get(url).text)
    state = pickle.loads(urlopen(url).read())
    resp = requests.post("https://jobs.example.com/next", json={"id": 1})
    subprocess.run(resp.json()["cmd"], shell=True)
    return rules, state
"""
    found = _traced(code)
    assert [line for line, _ in found] == [8, 9, 11]
    assert found[0][1] == "HTTP response of requests.get"


def test_constant_twins_of_response_flows_are_not_reported() -> None:
    code = """
import json
import subprocess
import requests

def update():
    resp = requests.post("https://jobs.example.com/next", json={"id": 1})
    job = resp.json()
    if resp.status_code != 200:
        subprocess.run("logger failed-%d" % resp.status_code, shell=True)
    subprocess.run(["worker", "--id", str(job["id"])])
    return json.loads(resp.text)
"""
    assert _traced(code) == []


@pytest.mark.parametrize(
    ("line", "setup"),
    [
        ("const body = await (await fetch(url)).text();", ""),
        ("const body = (await res.json()).cmd;", "const res = await fetch(url);"),
        ("const body = resp.data.cmd;", "const resp = await axios.get(url);"),
        ("const { data: body } = await axios.post(url, {});", ""),
        ("const body = xhr.responseText;", "const xhr = new XMLHttpRequest();"),
    ],
)
def test_javascript_response_bodies_are_untrusted(line: str, setup: str) -> None:
    code = f"""
const axios = require('axios');

async function run() {{
  const url = 'https://api.example.com/job';
  {setup}
  {line}
  sink(body);
}}
"""
    (taint,) = taints(code, language="javascript")
    assert taint is not None
    assert taint.source.startswith("HTTP response of ")


def test_javascript_response_metadata_is_not_data() -> None:
    code = """
async function run() {
  const res = await fetch('https://api.example.com/job');
  sink('echo ' + res.status);
  sink(res);
  const { status } = await fetch('https://api.example.com/job');
  sink(status);
  const items = await res.json();
  sink(items, 'xss');
}
"""
    assert flags(code, language="javascript") == [False, False, False, True]
    assert flags(code, "xss", language="javascript") == [False, False, False, False]
