"""Random bytes and code-like text never crash the scanners, and spans stay inside the text."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redline import Finding, scan_code, scan_markdown
from redline.code import languages
from redline.code.files import Target
from redline.code.scanner import ScanOptions, _scan_target, scan_stdin

_FAST = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)

_TOKENS = st.sampled_from(
    [
        "import os",
        "import yaml",
        "yaml.load(",
        "subprocess.run(",
        "shell=True",
        "exec(",
        "eval(",
        "system(",
        "def f(x):",
        "function f(a) {",
        "func main() {",
        "int main(void) {",
        "public class A {",
        "<?php",
        "$_GET['x']",
        "request.args['q']",
        "input()",
        "\n",
        "\n    ",
        "\t",
        "(",
        ")",
        "{",
        "}",
        "[",
        "]",
        '"',
        "'",
        "`",
        "```",
        "```python\n",
        "#",
        "//",
        "/*",
        "*/",
        ";",
        ",",
        "=",
        " ",
        "é",
        "\u2028",
        "\r\n",
        "\x00",
        "😀",
        "redline: ignore",
    ]
)
CODE_LIKE = st.lists(_TOKENS, max_size=60).map("".join)
RANDOM_TEXT = st.binary(max_size=400).map(lambda b: b.decode("utf-8", "replace"))
TEXTS = st.one_of(CODE_LIKE, RANDOM_TEXT, st.text(max_size=200))


def _check_spans(text: str, findings: list[Finding]) -> None:
    for f in findings:
        span = f.span
        assert 0 <= span.start <= span.end <= len(text)
        assert 1 <= span.start_line <= span.end_line <= text.count("\n") + 1
        assert span.start_column >= 1
        if f.fix is not None:
            for edit in f.fix.edits:
                assert 0 <= edit.start <= edit.end


@_FAST
@given(text=TEXTS, language=st.sampled_from(languages.names()))
def test_scan_code_every_language(text: str, language: str) -> None:
    _check_spans(text, scan_code(text, language))


@_FAST
@given(text=TEXTS)
def test_scan_code_guessing(text: str) -> None:
    _check_spans(text, scan_code(text))


@_FAST
@given(
    before=TEXTS,
    code=TEXTS,
    after=TEXTS,
    tag=st.sampled_from(["", "python", "js", "go", "c", "java", "bash", "{.py}", "unknown"]),
)
def test_scan_markdown(before: str, code: str, after: str, tag: str) -> None:
    text = f"{before}\n```{tag}\n{code}\n```\n{after}"
    _check_spans(text, scan_markdown(text))


@_FAST
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".py", ".js", ".c", ".md", ".txt"]))
def test_file_scanner_random_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / f"f{suffix}"
        path.write_bytes(data)
        from redline.code.files import language_of_path

        result = _scan_target(Target(path, path.name, language_of_path(path), True), ScanOptions())
        assert result.error is None
        text = data.decode("utf-8", "replace")
        _check_spans(text, list(result.findings))
    stdin = scan_stdin(data)
    assert stdin.errors == []
