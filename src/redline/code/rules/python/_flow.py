"""The shape of a value, for the Python checks.

`value_of(doc, node)` says what an expression is made of: whether it is fixed in the source,
whether it is a string assembled from run-time parts, and which constant text went into it. It
follows the assignments of the enclosing function (then of the enclosing scopes).

Where data comes from, and whether a sanitiser or a check made it safe, is the taint analysis's
answer (`doc.taint`): `flow(doc, node, kind)` puts the two together for a sink argument.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

import tree_sitter as ts

from redline._core import Confidence, TraceStep
from redline.code.document import Document
from redline.code.taint import Constant, SinkKind, Taint

CONSTANT_NAME = re.compile(r"^_?[A-Z][A-Z0-9_]*$")
_WS = re.compile(r"\s+")
_MAX_DEPTH = 10
# A name keeps at most this many of its assignments (the last ones before the use).
_MAX_DEFS = 8

# Calls that assemble a new string or path from their arguments.
_BUILDERS = {"join", "format", "format_map", "joinpath", "Path", "PurePath", "urljoin"}
# Calls whose result is their argument as text.
_PASS_THROUGH = {"str", "text", "bytes", "unquote", "unquote_plus", "dedent"}
# Methods whose result is made of their receiver (string and container methods).
_FROM_RECEIVER = {
    "format", "format_map", "join", "replace", "strip", "lower", "upper", "encode", "decode",
    "lstrip", "rstrip", "split", "read", "readlines", "get", "getlist", "get_json", "loads",
    "title", "capitalize", "__add__", "casefold", "removeprefix", "removesuffix",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Value:
    """What an expression is made of."""

    dynamic: bool = False  # not fixed in the source
    built: bool = False  # a string or path assembled from at least one dynamic part
    stringy: bool = False  # a string (literal or assembled)
    literal: str = ""  # the constant text that went into it
    parts: tuple[ts.Node, ...] = field(default=())  # the dynamic parts of an assembled string


CONST = Value()
UNKNOWN = Value(dynamic=True)


def merge(values: list[Value]) -> Value:
    if not values:
        return CONST
    return Value(
        dynamic=any(v.dynamic for v in values),
        built=any(v.built for v in values),
        stringy=any(v.stringy for v in values),
        literal=" ".join(v.literal for v in values if v.literal),
        parts=tuple(p for v in values for p in v.parts),
    )


# --- syntax helpers ----------------------------------------------------------------------------
def text(doc: Document, node: ts.Node) -> str:
    return doc.node_text(node)


def dotted(doc: Document, node: ts.Node | None) -> str:
    """The text of a callee without whitespace: `cursor.execute`, `conn.cursor().execute`."""
    return "" if node is None else _WS.sub("", doc.node_text(node))


def callee(doc: Document, call: ts.Node) -> str:
    return dotted(doc, call.child_by_field_name("function"))


@lru_cache(maxsize=8192)
def last_name(name: str) -> str:
    """`last_name("os.path.join")` -> "join" (called for every call by every check: cached)."""
    return name.rsplit(".", 1)[-1]


_INDEXED = (
    "call",
    "assignment",
    "augmented_assignment",
    "except_clause",
    "return_statement",
    "keyword_argument",
    "pair",
    "default_parameter",
    "typed_default_parameter",
    "comparison_operator",
)


@cache
def _index_query() -> ts.Query:
    from redline.code import languages

    return ts.Query(languages.grammar("python"), " ".join(f"({t}) @{t}" for t in _INDEXED))


def index(doc: Document) -> dict[str, list[ts.Node]]:
    """The nodes of the `_INDEXED` types in the document, by type, in source order.

    Gathered with one native query and cached on the document.
    """
    cached = doc.cache.get("py_index")
    if cached is None:
        captured = ts.QueryCursor(_index_query()).captures(doc.root)
        cached = {
            name: sorted(nodes, key=lambda n: (n.start_byte, -n.end_byte))
            for name, nodes in captured.items()
        }
        doc.cache["py_index"] = cached
    result: dict[str, list[ts.Node]] = cached
    return result


def calls(doc: Document) -> list[tuple[ts.Node, str]]:
    """Every call of the document with its callee text (computed once per document)."""
    cached: list[tuple[ts.Node, str]] | None = doc.cache.get("py_calls")
    if cached is None:
        cached = [
            (node, callee(doc, node)) for node in index(doc).get("call", ()) if doc.in_text(node)
        ]
        doc.cache["py_calls"] = cached
    return cached


def arguments(call: ts.Node) -> tuple[list[ts.Node], dict[str, ts.Node]]:
    """The positional arguments and the keyword arguments (name -> value) of a call."""
    positional: list[ts.Node] = []
    keywords: dict[str, ts.Node] = {}
    args = call.child_by_field_name("arguments")
    if args is None:
        return positional, keywords
    if args.type == "generator_expression":
        return [args], keywords
    for child in args.named_children:
        if child.type == "keyword_argument":
            name = child.child_by_field_name("name")
            value = child.child_by_field_name("value")
            if name is not None and value is not None:
                keywords[name.text.decode() if name.text else ""] = value
        elif child.type not in ("comment", "list_splat", "dictionary_splat"):
            positional.append(child)
    return positional, keywords


def keyword_nodes(call: ts.Node) -> dict[str, ts.Node]:
    """Keyword name -> the whole keyword_argument node."""
    result: dict[str, ts.Node] = {}
    args = call.child_by_field_name("arguments")
    for child in args.named_children if args is not None else ():
        if child.type == "keyword_argument":
            name = child.child_by_field_name("name")
            if name is not None and name.text:
                result[name.text.decode()] = child
    return result


def argument(call: ts.Node, position: int, *names: str) -> ts.Node | None:
    positional, keywords = arguments(call)
    for name in names:
        if name in keywords:
            return keywords[name]
    return positional[position] if len(positional) > position else None


def scope_of(node: ts.Node) -> ts.Node:
    """The function (or module) whose local variables an expression sees first."""
    current = node.parent
    while current is not None:
        if current.type in ("function_definition", "lambda"):
            return current
        if current.parent is None:
            return current
        current = current.parent
    return node


def enclosing_function(node: ts.Node) -> ts.Node | None:
    current = node.parent
    while current is not None:
        if current.type == "function_definition":
            return current
        current = current.parent
    return None


def string_content(doc: Document, node: ts.Node) -> str:
    """The constant text of a string literal (interpolations left out)."""
    return "".join(
        text(doc, c) for c in node.named_children if c.type in ("string_content", "escape_sequence")
    )


def is_string(node: ts.Node) -> bool:
    return node.type in ("string", "concatenated_string")


def has_interpolation(node: ts.Node) -> bool:
    if node.type == "concatenated_string":
        return any(has_interpolation(c) for c in node.named_children)
    return node.type == "string" and any(c.type == "interpolation" for c in node.named_children)


_ROUTE = re.compile(
    r"\.(?:route|get|post|put|delete|patch|api_route|websocket|view|endpoint)\s*\("
    r"|^@(?:route|get|post|put|delete|patch|api_view|require_http_methods|login_required"
    r"|csrf_exempt|action)\b"
)


def is_handler(doc: Document, function: ts.Node | None) -> bool:
    """A web route or view: a route decorator, or a first parameter called request."""
    if function is None:
        return False
    parent = function.parent
    if parent is not None and parent.type == "decorated_definition":
        for dec in parent.named_children:
            if dec.type == "decorator" and _ROUTE.search(text(doc, dec)):
                return True
    params = parameter_names(doc, function)
    return bool(params) and params[0] in ("request", "req")


def parameter_names(doc: Document, function: ts.Node) -> list[str]:
    params = function.child_by_field_name("parameters")
    names: list[str] = []
    for p in params.named_children if params is not None else ():
        node: ts.Node | None = p
        if p.type in ("default_parameter", "typed_default_parameter"):
            node = p.child_by_field_name("name")
        elif p.type in ("typed_parameter", "list_splat_pattern", "dictionary_splat_pattern"):
            node = p.named_children[0] if p.named_children else None
        if node is not None and node.type == "identifier":
            names.append(text(doc, node))
    return names


# --- definitions --------------------------------------------------------------------------------
def _targets(doc: Document, left: ts.Node) -> Iterator[str]:
    if left.type == "identifier":
        yield text(doc, left)
    elif left.type in ("pattern_list", "tuple_pattern", "list_pattern", "tuple", "list"):
        for child in left.named_children:
            yield from _targets(doc, child)


def _def_table(doc: Document, scope: ts.Node) -> list[tuple[int, str, ts.Node, bool]]:
    """(end byte, name, value, augmented) for every assignment of a scope, in source order."""
    cache: dict[int, list[tuple[int, str, ts.Node, bool]]] = doc.cache.setdefault("py_defs", {})
    table = cache.get(scope.id)
    if table is None:
        table = []
        idx = index(doc)
        rows: list[tuple[int, int, str, ts.Node, bool]] = []
        for kind in ("assignment", "augmented_assignment"):
            for node in idx.get(kind, ()):
                if not (scope.start_byte <= node.start_byte < scope.end_byte):
                    continue
                if scope_of(node) != scope:
                    continue
                left = node.child_by_field_name("left")
                right = node.child_by_field_name("right")
                if left is None or right is None:
                    continue
                for target in _targets(doc, left):
                    rows.append(
                        (node.start_byte, node.end_byte, target, right, kind != "assignment")
                    )
        rows.sort(key=lambda row: row[0])
        table = [(end, name, value, aug) for _, end, name, value, aug in rows]
        cache[scope.id] = table
    return table


def definitions(doc: Document, scope: ts.Node, name: str, before: int) -> list[ts.Node]:
    """The expressions assigned to `name` in `scope` before byte `before`.

    Every plain assignment counts (a branch may have taken any of them), the last ones first
    when there are more than `_MAX_DEFS`; `x += y` adds `y`.
    """
    found = [
        value
        for end, target, value, _ in _def_table(doc, scope)
        if target == name and end <= before
    ]
    return found[-_MAX_DEFS:]


def assigned_only_here(doc: Document, scope: ts.Node, name: str) -> bool:
    """Whether nothing but plain assignments binds `name` in `scope` (no loop, `with ... as`,
    `except ... as`, walrus or `global`), so its assignments are all its values there."""
    cache: dict[tuple[int, str], bool] = doc.cache.setdefault("py_only_assigned", {})
    key = (scope.id, name)
    found = cache.get(key)
    if found is None:
        n = re.escape(name.encode())
        pattern = re.compile(
            rb"\bfor\s[^\n]*?\b" + n + rb"\b[^\n]*?\bin\b|\bas\s+\(?" + n + rb"\b"
            rb"|\b" + n + rb"\s*:=|\b(?:global|nonlocal)\s[^\n]*\b" + n + rb"\b"
        )
        found = not pattern.search(doc.data, scope.start_byte, scope.end_byte)
        cache[key] = found
    return found


# --- value shapes -------------------------------------------------------------------------------
def value_of(doc: Document, node: ts.Node) -> Value:
    """What `node` is made of (cached per document)."""
    cache: dict[int, Value] = doc.cache.setdefault("py_values", {})
    found = cache.get(node.id)
    if found is None:
        found = _value(doc, node, 0)
        cache[node.id] = found
    return found


def _value(doc: Document, node: ts.Node, depth: int) -> Value:
    if depth > _MAX_DEPTH:
        return UNKNOWN
    d = depth + 1
    t = node.type
    if t == "string":
        interpolations = [c for c in node.named_children if c.type == "interpolation"]
        literal = string_content(doc, node)
        if not interpolations:
            return Value(stringy=True, literal=literal)
        inner = []
        parts = []
        for i in interpolations:
            expr = i.child_by_field_name("expression") or (
                i.named_children[0] if i.named_children else None
            )
            if expr is not None:
                v = _value(doc, expr, d)
                inner.append(v)
                if v.dynamic:
                    parts.append(expr)
        m = merge(inner)
        return Value(m.dynamic, m.dynamic, True, literal + " " + m.literal, tuple(parts))
    if t == "concatenated_string":
        m = merge([_value(doc, c, d) for c in node.named_children])
        return Value(m.dynamic, m.built, True, m.literal, m.parts)
    if t in ("integer", "float", "true", "false", "none", "ellipsis"):
        return CONST
    if t in ("comparison_operator", "not_operator", "lambda", "function_definition"):
        return UNKNOWN
    if t == "identifier":
        return _identifier(doc, node, depth)
    if t == "attribute":
        attr = node.child_by_field_name("attribute")
        obj = node.child_by_field_name("object")
        if attr is not None and CONSTANT_NAME.match(text(doc, attr)):
            return CONST
        if obj is None:
            return UNKNOWN
        v = _value(doc, obj, d)
        return Value(True, v.built, v.stringy, "", (node,))
    if t == "subscript":
        base = node.child_by_field_name("value")
        if base is None:
            return UNKNOWN
        if base.type == "dictionary" or CONSTANT_NAME.match(last_name(dotted(doc, base))):
            return UNKNOWN  # a lookup in a table
        v = _value(doc, base, d)
        return Value(v.dynamic, False, v.stringy, "", (node,) if v.dynamic else ())
    if t == "call":
        return _call(doc, node, depth)
    if t == "binary_operator":
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        op = node.child_by_field_name("operator")
        sides = [_value(doc, s, d) for s in (left, right) if s is not None]
        m = merge(sides)
        operator = text(doc, op) if op is not None else ""
        stringy = any(s.stringy for s in sides)
        if operator == "*" and any(
            s is not None and is_string(s) and not has_interpolation(s) for s in (left, right)
        ):
            # a literal repeated: b"x" * AES.block_size
            return Value(stringy=True, literal=m.literal)
        built = m.dynamic and ((operator in ("+", "%") and stringy) or operator == "/" or m.built)
        op_parts = m.parts + tuple(
            s
            for s, v in zip((left, right), sides, strict=False)
            if s is not None and v.dynamic and not v.parts
        )
        return Value(m.dynamic, built, stringy, m.literal, op_parts)
    if t == "conditional_expression":
        kids = node.named_children
        picks = [kids[0], kids[2]] if len(kids) == 3 else kids
        return merge([_value(doc, k, d) for k in picks])
    if t in ("list_comprehension", "generator_expression", "set_comprehension"):
        body = node.child_by_field_name("body")
        return merge([_value(doc, body, d), UNKNOWN] if body is not None else [UNKNOWN])
    if t == "keyword_argument":
        value = node.child_by_field_name("value")
        return _value(doc, value, d) if value is not None else CONST
    return merge([_value(doc, c, d) for c in node.named_children])


def _identifier(doc: Document, node: ts.Node, depth: int) -> Value:
    name = text(doc, node)
    if CONSTANT_NAME.match(name):
        return CONST
    if name in ("self", "cls"):
        return UNKNOWN
    scope = scope_of(node)
    before = node.start_byte
    while True:
        defs = definitions(doc, scope, name, before)
        if defs:
            values = [_value(doc, v, depth + 1) for v in defs]
            if scope.type == "function_definition" and name in parameter_names(doc, scope):
                values.append(UNKNOWN)  # reassigned on some paths only
            elif not assigned_only_here(doc, scope, name):
                values.append(UNKNOWN)
            return merge(values)
        if scope.type == "function_definition" and name in parameter_names(doc, scope):
            return UNKNOWN
        outer = scope_of(scope) if scope.parent is not None else scope
        if outer == scope:
            return UNKNOWN
        before = scope.start_byte
        scope = outer


def _call(doc: Document, node: ts.Node, depth: int) -> Value:
    name = callee(doc, node)
    last = last_name(name)
    fn = node.child_by_field_name("function")
    receiver = (
        fn.child_by_field_name("object") if fn is not None and fn.type == "attribute" else None
    )
    if last not in _BUILDERS and last not in _FROM_RECEIVER and last not in _PASS_THROUGH:
        return Value(True, False, False, "", (node,))  # an opaque result
    positional, keywords = arguments(node)
    values = [_value(doc, a, depth + 1) for a in positional + list(keywords.values())]
    if receiver is not None and last in _FROM_RECEIVER:
        values.append(_value(doc, receiver, depth + 1))
    m = merge(values)
    builder = last in _BUILDERS and m.dynamic
    stringy = builder or m.stringy or last in ("str", "format", "join", "text")
    if receiver is not None and receiver.type == "string" and last in ("format", "join"):
        literal = string_content(doc, receiver) + " " + m.literal
        return Value(m.dynamic, m.dynamic, True, literal, m.parts)
    parts = m.parts or (node,)
    return Value(True, builder or m.built, stringy, m.literal, parts)


def made_by(doc: Document, node: ts.Node, functions: frozenset[str], depth: int = 0) -> bool:
    """Whether every value of an expression is the result of a call to one of `functions`
    (by last name): directly, or through names assigned only such results."""
    if depth > 4:
        return False
    if node.type == "parenthesized_expression" and node.named_children:
        return made_by(doc, node.named_children[0], functions, depth + 1)
    if node.type == "call":
        return last_name(callee(doc, node)) in functions
    if node.type == "conditional_expression":
        kids = node.named_children
        return len(kids) == 3 and all(
            made_by(doc, k, functions, depth + 1) or (is_string(k) and not has_interpolation(k))
            for k in (kids[0], kids[2])
        )
    if node.type == "identifier":
        scope = scope_of(node)
        name = text(doc, node)
        defs = definitions(doc, scope, name, node.start_byte)
        if not defs or not assigned_only_here(doc, scope, name):
            return False
        if scope.type == "function_definition" and name in parameter_names(doc, scope):
            return False
        return all(made_by(doc, d, functions, depth + 1) for d in defs)
    return False


_NUMBERS = frozenset({"int", "float", "len", "round", "abs", "bool", "ord", "hash", "count"})


def is_number(doc: Document, node: ts.Node) -> bool:
    """A number: a numeric literal or the result of int(), float(), len() and the like."""
    if node.type in ("integer", "float", "true", "false"):
        return True
    return made_by(doc, node, _NUMBERS)


def constant(doc: Document, node: ts.Node) -> Constant | None:
    """The value the taint analysis folds `node` to where it runs (a branch whose condition is
    constant is the only one taken), or None when it is not fixed; cached per node."""
    analysis = doc.taint
    if analysis is None:
        return None
    cache: dict[int, Constant | None] = doc.cache.setdefault("py_constant", {})
    if node.id not in cache:
        cache[node.id] = analysis.constant_of(node)
    return cache[node.id]


def literal_values(doc: Document, node: ts.Node, depth: int = 0) -> set[str] | None:
    """The constant strings an expression can take: a literal, a name assigned only literals, a
    conditional of them, or a config/environment lookup with a literal default
    (`os.environ.get("HASH", "md5")`). None when one of its values is not a known string.

    Where constant folding fixes the value at this point (`alg = "sha256" if 7 * 42 - n > 200
    else "md5"` with `n` known, `algs[0]`, a config value set in the code) that one value is
    the answer; otherwise every value a definition may give."""
    if depth > 4:
        return None
    if node.type == "string":
        return None if has_interpolation(node) else {string_content(doc, node)}
    if depth == 0:
        known = constant(doc, node)
        if known is not None:
            return {known.value} if isinstance(known.value, str) else None
    if node.type == "parenthesized_expression" and node.named_children:
        return literal_values(doc, node.named_children[0], depth + 1)
    if node.type == "conditional_expression":
        kids = node.named_children
        if len(kids) != 3:
            return None
        a, b = literal_values(doc, kids[0], depth + 1), literal_values(doc, kids[2], depth + 1)
        return None if a is None or b is None else a | b
    if node.type == "identifier":
        scope = scope_of(node)
        name = text(doc, node)
        while True:
            defs = definitions(doc, scope, name, node.start_byte)
            if defs:
                out: set[str] = set()
                for value in defs:
                    got = literal_values(doc, value, depth + 1)
                    if got is None:
                        return None
                    out |= got
                return out
            if scope.type == "function_definition" and name in parameter_names(doc, scope):
                return None
            outer = scope_of(scope) if scope.parent is not None else scope
            if outer == scope:
                return None
            scope = outer
    if node.type == "call":
        last = last_name(callee(doc, node))
        positional, keywords = arguments(node)
        default = keywords.get("default") or keywords.get("fallback")
        if (
            default is None
            and last in ("get", "getenv", "pop", "setdefault")
            and len(positional) == 2
        ):
            default = positional[1]
        if default is None and last == "getattr" and len(positional) == 3:
            default, last = positional[2], "get"  # getattr(settings, "HASH", "md5")
        if default is not None and last in ("get", "getenv", "pop", "setdefault"):
            return literal_values(doc, default, depth + 1)
    return None


# --- data flow ---------------------------------------------------------------------------------
def tainted(doc: Document, node: ts.Node, kind: SinkKind) -> Taint | None:
    """The untrusted data reaching `node` for a sink of `kind` (the taint analysis's answer,
    cached per node and kind)."""
    analysis = doc.taint
    if analysis is None:
        return None
    cache: dict[tuple[int, str], Taint | None] = doc.cache.setdefault("py_taint", {})
    key = (node.id, kind)
    if key not in cache:
        cache[key] = analysis.taint_of(node, kind)
    return cache[key]


@dataclass(frozen=True, slots=True)
class Flow:
    """The verdict on one sink argument: its shape and the untrusted data that reaches it."""

    value: Value
    taint: Taint | None
    trace: tuple[TraceStep, ...]

    @property
    def strength(self) -> str | None:
        return None if self.taint is None else self.taint.strength

    def confidence(self, full: Confidence) -> Confidence:
        if self.taint is None:
            return Confidence.LOW
        return full if self.taint.strength == "input" else min(full, Confidence.MEDIUM)


def flow(doc: Document, node: ts.Node, kind: SinkKind) -> Flow:
    """The shape of a sink argument and the untrusted data that reaches it; a value that
    untrusted data reaches is never a constant."""
    value = value_of(doc, node)
    taint = tainted(doc, node, kind)
    trace: tuple[TraceStep, ...] = ()
    if taint is not None:
        if not value.dynamic:
            value = Value(True, value.built, value.stringy, value.literal, value.parts or (node,))
        trace = (
            TraceStep("source", taint.source_span, taint.source),
            TraceStep("sink", doc.span(node), f"reaches this {kind} sink"),
        )
    return Flow(value, taint, trace)
