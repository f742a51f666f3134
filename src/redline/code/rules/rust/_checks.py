"""Rust rules that need code to match: builder chains, macros and the function around them."""

from __future__ import annotations

import re
from collections.abc import Iterator

import tree_sitter as ts

from redline._core import Confidence, Finding
from redline.code.document import Document
from redline.code.matcher import is_constant
from redline.code.rules._registry import Rule

_LITERALS = frozenset({"string_literal", "raw_string_literal"})


def _report(rule: Rule, doc: Document, node: ts.Node, **kw: object) -> Finding:
    return rule.finding(doc, doc.span(node), **kw)  # type: ignore[arg-type]


_INDEXED = frozenset({"call_expression", "macro_invocation"})


def _walk(doc: Document, types: frozenset[str]) -> Iterator[ts.Node]:
    """The document's own nodes of the given types (calls and macros: one walk, cached)."""
    index = doc.cache.get("rust_index")
    if index is None:
        index = {t: [] for t in _INDEXED}
        stack = [doc.root]
        while stack:
            node = stack.pop()
            if node.type in _INDEXED:
                index[node.type].append(node)
            stack.extend(reversed(node.named_children))
        doc.cache["rust_index"] = index
    for t in types:
        if t not in _INDEXED:
            raise ValueError(f"{t} is not indexed")
    for node in sorted((n for t in types for n in index[t]), key=lambda n: n.start_byte):
        if doc.in_text(node):
            yield node


def _function_of(node: ts.Node) -> ts.Node | None:
    current = node.parent
    while current is not None:
        if current.type in ("function_item", "closure_expression"):
            return current
        current = current.parent
    return None


def _path_tail(doc: Document, fn: ts.Node | None) -> str:
    """`Command::new` for std::process::Command::new; the plain name for an identifier."""
    if fn is None:
        return ""
    text = re.sub(r"\s+", "", doc.node_text(fn))
    parts = text.split("::")
    return "::".join(parts[-2:])


def _args(node: ts.Node) -> list[ts.Node]:
    args = node.child_by_field_name("arguments")
    return [a for a in args.named_children if "comment" not in a.type] if args is not None else []


def _resolved_constant(doc: Document, node: ts.Node, depth: int = 0) -> bool:
    """is_constant, also for `&x`/`x.as_str()` and locals bound once to a constant."""
    while node.type == "reference_expression" and node.named_children:
        node = node.named_children[-1]
    if is_constant(doc, node):
        return True
    if node.type != "identifier" or depth > 3:
        return False
    fn = _function_of(node)
    if fn is None:
        return False
    name = doc.node_text(node)
    values: list[ts.Node] = []
    stack = [fn]
    while stack:
        n = stack.pop()
        if n.type == "let_declaration":
            pattern = n.child_by_field_name("pattern")
            value = n.child_by_field_name("value")
            if pattern is not None and doc.node_text(pattern).replace("mut ", "") == name:
                if value is None:
                    return False
                values.append(value)
        elif n.type in ("assignment_expression", "compound_assignment_expr"):
            left = n.child_by_field_name("left")
            if left is not None and doc.node_text(left) == name:
                return False
        stack.extend(n.named_children)
    return bool(values) and all(_resolved_constant(doc, v, depth + 1) for v in values)


# ---- commands ----------------------------------------------------------------------------------

_SHELL = re.compile(r'^"(?:/usr)?(?:/bin/)?(?:ba|z|da)?sh"$|^"(?:cmd|cmd\.exe|powershell)"$')


def _chain_from(node: ts.Node) -> list[tuple[str, ts.Node]]:
    """The method calls applied to a `Command::new(..)` call: [(method, call node), ...]."""
    chain: list[tuple[str, ts.Node]] = []
    current = node
    while current.parent is not None and current.parent.type == "field_expression":
        field = current.parent.child_by_field_name("field")
        call = current.parent.parent
        if field is None or call is None or call.type != "call_expression":
            break
        chain.append((field.text.decode() if field.text else "", call))
        current = call
    return chain


def _command_news(doc: Document) -> Iterator[ts.Node]:
    for node in _walk(doc, frozenset({"call_expression"})):
        fn = node.child_by_field_name("function")
        if _path_tail(doc, fn) == "Command::new":
            yield node


def command_shell(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Command::new("sh").arg("-c").arg(built) with a command that is not constant."""
    for node in _command_news(doc):
        args = _args(node)
        if not args or not _SHELL.match(doc.node_text(args[0])):
            continue
        items: list[ts.Node] = []
        for method, call in _chain_from(node):
            call_args = _args(call)
            if method == "arg" and call_args:
                items.append(call_args[0])
            elif method == "args" and call_args:
                seq = call_args[0]
                while seq.type == "reference_expression" and seq.named_children:
                    seq = seq.named_children[-1]
                items.extend(seq.named_children if seq.type == "array_expression" else [seq])
        texts = [doc.node_text(i) for i in items]
        if '"-c"' in texts or '"/C"' in texts or '"/c"' in texts:
            idx = max(texts.index(t) for t in ('"-c"', '"/C"', '"/c"') if t in texts)
            if any(not _resolved_constant(doc, i) for i in items[idx + 1 :]):
                yield _report(rule, doc, node.parent if node.parent is not None else node)


def command_program(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Command::new(program) with a program that is not fixed in the source."""
    for node in _command_news(doc):
        args = _args(node)
        if not args or _SHELL.match(doc.node_text(args[0])):
            continue
        if _resolved_constant(doc, args[0]):
            continue
        yield _report(rule, doc, node)


# ---- SQL -----------------------------------------------------------------------------------------

_SQL = re.compile(
    r"^\s*(?:SELECT\b[\s\S]+\bFROM\b|INSERT\s+INTO\b|UPDATE\s+\S+\s+SET\b|DELETE\s+FROM\b|"
    r"REPLACE\s+INTO\b|(?:CREATE|DROP|ALTER)\s+TABLE\b)|\bWHERE\s+\w+\s*(?:=|LIKE)\s*'?$",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(r"\{[^{}:]*(?::[^{}]*)?\}")


def sql_format(doc: Document, rule: Rule) -> Iterator[Finding]:
    """format!() building SQL text with {} placeholders filled from run-time values."""
    for node in _walk(doc, frozenset({"macro_invocation"})):
        macro = node.child_by_field_name("macro")
        if macro is None or doc.node_text(macro).rsplit("::", 1)[-1] not in ("format", "concat"):
            continue
        tree = next((c for c in node.named_children if c.type == "token_tree"), None)
        if tree is None or not tree.named_children:
            continue
        first = tree.named_children[0]
        if first.type not in _LITERALS:
            continue
        text = doc.node_text(first)
        m = _PLACEHOLDER.search(text)
        if m is None:
            continue
        inline = m.group(0)[1:-1].split(":")[0]
        rest = [c for c in tree.named_children[1:] if c.type not in _LITERALS]
        if not rest and not re.fullmatch(r"[A-Za-z_]\w*", inline or ""):
            continue
        if not _SQL.search(text[1 : m.start()]):
            continue
        yield _report(rule, doc, node)


# ---- environment ---------------------------------------------------------------------------------


def _is_call_of(doc: Document, node: ts.Node, names: tuple[str, ...]) -> bool:
    fn = node.child_by_field_name("function")
    if fn is None:
        return False
    text = re.sub(r"\s+", "", doc.node_text(fn))
    return any(text == n or text.endswith("::" + n) for n in names)


_ARGS_ANY = ("env::args", "env::args_os", "os::args", "args_os")
_ARGS_IMPORT = re.compile(r"use\s+std::env::(?:args\b|\{[^}]*\bargs\b)")
_ARGS_IN_MACRO = re.compile(r"(?<![\w.])(?:std::)?(?:env|os)::(args_os|args|current_exe)\s*\(\s*\)")
_ARGS_MESSAGE = (
    "The command line is chosen by whoever starts the process, argv[0] included; treat these "
    "values as untrusted input and base no security decision on them."
)


def program_path_trusted(doc: Document, rule: Rule) -> Iterator[Finding]:
    """env::current_exe() and argv[0] (env::args().next()/nth(0)), which the caller controls.

    Every other read of the command line (env::args(), args_os()) is reported at low
    confidence with its own message."""
    args_names = _ARGS_ANY + (("args",) if _ARGS_IMPORT.search(doc.text) else ())
    for node in _walk(doc, frozenset({"call_expression"})):
        if _is_call_of(doc, node, ("current_exe",)) and not _args(node):
            yield _report(rule, doc, node)
            continue
        if not _is_call_of(doc, node, args_names) or _args(node):
            continue
        fn = node.child_by_field_name("function")
        if fn is not None and fn.type == "field_expression":
            continue  # a method such as parser.args()
        parent = node.parent
        call = parent.parent if parent is not None else None
        if parent is not None and parent.type == "field_expression" and call is not None:
            field = parent.child_by_field_name("field")
            method = doc.node_text(field) if field is not None else ""
            args = _args(call) if call.type == "call_expression" else []
            if method == "next" or (method == "nth" and args and doc.node_text(args[0]) == "0"):
                yield _report(rule, doc, call)
                continue
        yield _report(rule, doc, node, confidence=Confidence.LOW, message=_ARGS_MESSAGE)
    for node in _walk(doc, frozenset({"macro_invocation"})):  # t!(env::current_exe()), println!
        tree = next((c for c in node.named_children if c.type == "token_tree"), None)
        if tree is None:
            continue
        start = doc.char_offset(tree.start_byte)
        for m in _ARGS_IN_MACRO.finditer(doc.node_text(tree)):
            low = m.group(1) != "current_exe"
            yield rule.finding(
                doc,
                doc.span_chars(start + m.start(), start + m.end()),
                confidence=Confidence.LOW if low else None,
                message=_ARGS_MESSAGE if low else None,
            )


_TEMP_DIR_MESSAGE = (
    "std::env::temp_dir() is shared with every user (and TMPDIR can move it); create files "
    "there only with random names and exclusive creation, e.g. with the tempfile crate."
)


def temp_dir_fixed_name(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A file at a fixed, guessable name inside the shared temporary directory.

    Every other use of env::temp_dir() is reported at low confidence (audit level)."""
    for node in _walk(doc, frozenset({"call_expression"})):
        if not _is_call_of(doc, node, ("env::temp_dir", "temp_dir")):
            continue
        fn = node.child_by_field_name("function")
        if _args(node) or (fn is not None and fn.type == "field_expression"):
            continue
        parent = node.parent
        joined = None
        if parent is not None and parent.type == "field_expression":
            field = parent.child_by_field_name("field")
            call = parent.parent
            if field is not None and doc.node_text(field) == "join" and call is not None:
                args = _args(call) if call.type == "call_expression" else []
                joined = args[0] if args else None
        scope_fn = _function_of(node)
        scope = doc.node_text(scope_fn) if scope_fn is not None else doc.text
        if joined is not None and is_constant(doc, joined):
            yield _report(rule, doc, node)
        elif (
            joined is None
            and re.search(r"\.(?:push|join)\(\s*\"[^\"{}]+\"\s*\)", scope)
            and not re.search(_RANDOM_NAME, scope)
        ):
            yield _report(rule, doc, node, confidence=Confidence.LOW)
        elif not re.search(r"tempfile|Builder::new\(\)|NamedTempFile|TempDir", scope):
            yield _report(rule, doc, node, confidence=Confidence.LOW, message=_TEMP_DIR_MESSAGE)


_RANDOM_NAME = r"tempfile|Builder::new\(\)|NamedTempFile|tempdir\(|TempDir|uuid|rand|process::id"


def _in_comment_or_string(doc: Document, offset: int) -> bool:
    byte = offset if doc.text.isascii() else len(doc.text[:offset].encode("utf-8", "surrogatepass"))
    node = doc.root.descendant_for_byte_range(doc.prefix_bytes + byte, doc.prefix_bytes + byte)
    while node is not None:
        if "comment" in node.type or node.type in (
            "string_literal",
            "raw_string_literal",
            "string_content",
        ):
            return True
        node = node.parent
    return False


def unsafe_block(doc: Document, rule: Rule) -> Iterator[Finding]:
    """unsafe { ... } blocks, also in code cut off before the block closes."""
    for m in re.finditer(r"\bunsafe\s*\{", doc.text):
        if not _in_comment_or_string(doc, m.start()):
            yield rule.finding(doc, doc.span_chars(m.start(), m.start() + len("unsafe")))
