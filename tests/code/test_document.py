"""Parsing what LLMs emit: fragments are wrapped, spans map back to the given text."""

from __future__ import annotations

import pytest

from redline.code.document import Document


def _calls(doc: Document) -> list[str]:
    found: list[str] = []
    stack = [doc.root]
    while stack:
        node = stack.pop()
        if node.type in (
            "call",
            "call_expression",
            "method_invocation",
            "invocation_expression",
            "function_call_expression",
        ) and doc.in_text(node):
            found.append(doc.node_text(node))
        stack.extend(node.children)
    return found


@pytest.mark.parametrize(
    ("language", "code", "call"),
    [
        ("python", "    def run(self, cmd):\n        os.system(cmd)\n", "os.system(cmd)"),
        (
            "java",
            "public void run(String c) throws Exception {\n  Runtime.getRuntime().exec(c);\n}\n",
            "Runtime.getRuntime().exec(c)",
        ),
        ("php", "$x = $_GET['a'];\nsystem($x);", "system($x)"),
        ("csharp", "public void Run(string c) {\n  Process.Start(c);\n}", "Process.Start(c)"),
        ("go", 'out, _ := exec.Command("sh", "-c", c).Output()', 'exec.Command("sh", "-c", c)'),
        ("javascript", "  async handle(req) {\n    eval(req.body);\n  }\n", "eval(req.body)"),
    ],
)
def test_fragments_parse_into_calls(language: str, code: str, call: str) -> None:
    doc = Document(code, language)
    assert call in _calls(doc)


def test_wrapped_fragment_spans_point_into_the_original_text() -> None:
    code = "  async handle(req) {\n    eval(req.body);\n  }\n"
    doc = Document(code, "javascript")
    assert doc.prefix_bytes > 0
    node = next(n for n in _iter(doc) if n.type == "call_expression")
    span = doc.span(node)
    assert code[span.start : span.end] == "eval(req.body)"
    assert (span.start_line, span.start_column) == (2, 5)
    assert (span.end_line, span.end_column) == (2, 19)


def test_non_ascii_offsets_are_characters() -> None:
    code = "s = 'héllo wörld'\nos.system(s)\n"
    doc = Document(code, "python")
    node = next(n for n in _iter(doc) if n.type == "call")
    span = doc.span(node)
    assert code[span.start : span.end] == "os.system(s)"
    assert span.start_line == 2


def test_syntax_errors_still_parse_what_they_can() -> None:
    doc = Document("def broken(:\n    pass\nos.system(x)\n", "python")
    assert "os.system(x)" in _calls(doc)


def _iter(doc: Document):  # type: ignore[no-untyped-def]
    stack = [doc.root]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(node.children)


def test_truncated_snippets_get_their_brackets_closed() -> None:
    code = "void f(char *s) {\n  char buf[8];\n  if (s) {\n    strcpy(buf, s"
    doc = Document(code, "c")
    assert not doc.root.has_error
    assert "strcpy(buf, s" in _calls(doc)[0]
    span = doc.span(doc.root)
    assert span.end <= len(code)


def test_closers_ignore_brackets_in_strings_and_comments() -> None:
    from redline.code.document import _closers

    assert _closers(b"f(\"(\", '[') // {\n/* ( */ g(") == b")"
    assert _closers(b"a(b)]") == b""  # a mismatch: nothing is guessed
    assert _closers(b"x = 1;") == b""


def test_truncated_bare_php_stays_code() -> None:
    code = "$name = $_GET['n'];\nif ($name) {\n  system('ls ' . $name"
    doc = Document(code, "php")
    assert "system('ls ' . $name" in " ".join(_calls(doc))
    node = next(n for n in _iter(doc) if n.type == "function_call_expression")
    assert doc.span(node).start_line == 3


def test_snippet_starting_inside_a_block_comment() -> None:
    code = " * Runs the report.\n * @param name the user's name\n */\npublic void run(String name)"
    code += ' throws Exception {\n  Runtime.getRuntime().exec("report " + name);\n}\n'
    doc = Document(code, "java")
    assert not doc.root.has_error
    assert 'Runtime.getRuntime().exec("report " + name)' in _calls(doc)


def test_python_snippet_cut_from_inside_a_docstring() -> None:
    code = 'Run the given command.\n    """\n    import os\n    os.system(cmd)\n'
    code = "    " + code.replace("\n    import", "\nimport").replace("\n    os.", "\nos.")
    doc = Document(code, "python")
    assert "os.system(cmd)" in _calls(doc)
    node = next(n for n in _iter(doc) if n.type == "call")
    assert doc.span(node).start_line == 4
