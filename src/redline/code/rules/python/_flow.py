"""Local value analysis for the Python checks.

`value_of(doc, node, kind)` says what an expression is made of: whether it is fixed in the source,
whether it is a string assembled from run-time parts, which constant text went into it, and
where untrusted data in it comes from. It follows assignments inside the enclosing function
(then the enclosing scopes), knows the common input sources of Python programs and the
sanitisers of each sink kind, and honours allow-list checks on a variable before its use.

When the document has a data-flow analysis (`doc.taint`), checks ask it where data comes from
and use this module only for the shape of the value; without one, this module answers both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

import tree_sitter as ts

from redline._core import Confidence, Span, TraceStep
from redline.code.document import Document

CONSTANT_NAME = re.compile(r"^_?[A-Z][A-Z0-9_]*$")
_WS = re.compile(r"\s+")
_MAX_DEPTH = 10

# --- sources ------------------------------------------------------------------------------------
_REQUEST_PARTS = (
    "args|form|values|files|json|data|cookies|headers|get_json|get_data|GET|POST|FILES|COOKIES|"
    "META|body|query_params|path_params|query_string|stream|view_args|environ|params|form_data|"
    "query|arguments|body_arguments|query_arguments|get_argument|get_arguments|get_body_argument|"
    "get_query_argument|text|content|raw_post_data|match_info"
)
_INPUT_TEXT = re.compile(
    r"^(?:self\.)?(?:request|req|flask\.request|bottle\.request)\.(?:" + _REQUEST_PARTS + r")\b"
    r"|^(?:raw_)?input$|^sys\.(?:argv|stdin)\b|^fileinput\.input$|(?:^|\.)parse_args$"
    r"|(?:^|\.)(?:recv|recvfrom|recv_into|readline|getline)$"
    r"|^(?:urllib\.request\.)?urlopen$|^requests\.(?:get|post|put|patch|request)$"
)
_WEAK_SOURCE_TEXT = re.compile(r"^os\.(?:environ|getenv)\b|^os\.environ\.get$")

# --- sanitisers ---------------------------------------------------------------------------------
_ALWAYS_CLEAN = {
    "int",
    "float",
    "bool",
    "len",
    "abs",
    "round",
    "ord",
    "hash",
    "id",
    "isinstance",
    "issubclass",
    "callable",
    "UUID",
    "uuid4",
    "uuid1",
    "ObjectId",
    "Decimal",
    "time",
    "now",
    "utcnow",
    "today",
    "isoformat",
    "strftime",
    "timestamp",
    "getpid",
    "count",
    "isdigit",
    "isalnum",
    "isalpha",
    "isnumeric",
    "isdecimal",
    "isidentifier",
    "startswith",
    "endswith",
    "exists",
    "isfile",
    "isdir",
    "find",
    "index",
    "rfind",
    "hexdigest",
    "digest",
    "token_hex",
    "token_urlsafe",
    "token_bytes",
    "randbelow",
    "urandom",
    "getsize",
    "fileno",
    "mkstemp",
    "mkdtemp",
    "gettempdir",
}
_SANITISERS: dict[str, set[str]] = {
    "command": {"quote", "shlex.quote", "pipes.quote", "shlex.join"},
    "sql": {"quote_name", "quote_ident", "escape_string", "literal"},
    "xss": {
        "escape",
        "html.escape",
        "markupsafe.escape",
        "cgi.escape",
        "clean",
        "bleach.clean",
        "conditional_escape",
        "escape_html",
        "quote",
        "quote_plus",
        "urlencode",
        "render_template",
        "jsonify",
        "dumps",
        "url_for",
        "sanitize",
        "sanitize_html",
    },
    "path": {"basename", "secure_filename", "safe_join", "get_valid_filename"},
    "ldap": {"escape_filter_chars", "escape_rdn", "escape_dn_chars", "escape_filter"},
    "regex": {"escape", "re.escape"},
    "header": {"quote", "quote_plus", "urlencode"},
    "log": {"repr", "dumps", "quote"},
    "ssrf": {"quote", "quote_plus", "urlencode"},
    "redirect": {"url_for", "reverse", "reverse_lazy", "resolve_url"},
    "nosql": {"str", "ObjectId", "escape"},
    "format": set(),
    "template": set(),
    "code": {"literal_eval"},
    "xpath": set(),
    "xxe": set(),
    "deserialization": set(),
    "any": set(),
}
# Calls that assemble a new string or path from their arguments.
_BUILDERS = {"join", "format", "format_map", "joinpath", "Path", "PurePath", "urljoin"}

# Function-level checks that make a value safe for a kind when they appear before the sink.
_GUARDS: dict[str, re.Pattern[str]] = {
    "path": re.compile(
        r"(?:realpath|abspath|normpath|\.resolve\(\))[\s\S]*"
        r"(?:startswith|is_relative_to|commonpath|relative_to)"
        r"|['\"]\.\.['\"]\s+(?:not\s+)?in\b|is_relative_to|commonpath"
    ),
    "redirect": re.compile(
        r"netloc|url_has_allowed_host_and_scheme|is_safe_url|urlparse|urlsplit|\.hostname\b"
        r"|startswith\(\s*['\"]/|ALLOWED|allowed_(?:hosts|domains|urls)|allowlist|whitelist"
    ),
    "ssrf": re.compile(
        r"netloc|\.hostname\b|urlparse|urlsplit|ALLOWED|allowed_(?:hosts|domains|urls)"
        r"|allowlist|whitelist|ip_address\("
    ),
}


@dataclass(frozen=True, slots=True)
class Source:
    """Where untrusted data comes from."""

    note: str
    node: ts.Node
    strength: str  # "input" or "parameter"


@dataclass(frozen=True, slots=True)
class Value:
    """What an expression is made of."""

    dynamic: bool = False  # not fixed in the source
    built: bool = False  # a string or path assembled from at least one dynamic part
    stringy: bool = False  # a string (literal or assembled)
    source: Source | None = None
    literal: str = ""  # the constant text that went into it
    parts: tuple[ts.Node, ...] = field(default=())  # the dynamic parts of an assembled string
    clean: bool = False  # every run-time part went through a sanitiser or a check


CONST = Value()
UNKNOWN = Value(dynamic=True)
CLEAN = Value(dynamic=True, clean=True)


def _better(a: Source | None, b: Source | None) -> Source | None:
    if a is None:
        return b
    if b is None:
        return a
    return b if a.strength != "input" and b.strength == "input" else a


def merge(values: list[Value]) -> Value:
    if not values:
        return CONST
    source: Source | None = None
    for v in values:
        source = _better(source, v.source)
    dynamic = [v for v in values if v.dynamic]
    return Value(
        dynamic=any(v.dynamic for v in values),
        built=any(v.built for v in values),
        stringy=any(v.stringy for v in values),
        source=source,
        literal=" ".join(v.literal for v in values if v.literal),
        parts=tuple(p for v in values for p in v.parts),
        clean=bool(dynamic) and all(v.clean for v in dynamic),
    )


# --- syntax helpers ----------------------------------------------------------------------------
def text(doc: Document, node: ts.Node) -> str:
    return doc.node_text(node)


def dotted(doc: Document, node: ts.Node | None) -> str:
    """The text of a callee without whitespace: `cursor.execute`, `conn.cursor().execute`."""
    return "" if node is None else _WS.sub("", doc.node_text(node))


def callee(doc: Document, call: ts.Node) -> str:
    return dotted(doc, call.child_by_field_name("function"))


def last_name(name: str) -> str:
    return name.rsplit(".", 1)[-1]


_INDEXED = (
    "call",
    "assignment",
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


def definitions(doc: Document, scope: ts.Node, name: str, before: int) -> list[ts.Node]:
    """The expressions last assigned to `name` in `scope` before byte `before`."""
    cache: dict[int, list[tuple[int, int, str, ts.Node, bool]]] = doc.cache.setdefault(
        "py_defs", {}
    )
    key = scope.start_byte * 7 + scope.end_byte
    table = cache.get(key)
    if table is None:
        table = []
        idx = index(doc)
        for kind in ("assignment", "augmented_assignment", "named_expression"):
            for node in idx.get(kind, ()):
                if not (scope.start_byte <= node.start_byte < scope.end_byte):
                    continue
                if scope_of(node) != scope:
                    continue
                left = node.child_by_field_name("left") or node.child_by_field_name("name")
                right = node.child_by_field_name("right") or node.child_by_field_name("value")
                if left is None or right is None:
                    continue
                for target in _targets(doc, left):
                    table.append(
                        (
                            node.end_byte,
                            node.start_byte,
                            target,
                            right,
                            kind == "augmented_assignment",
                        )
                    )
        for node in [*idx.get("for_statement", ()), *idx.get("for_in_clause", ())]:
            if scope.start_byte <= node.start_byte < scope.end_byte and scope_of(node) == scope:
                left = node.child_by_field_name("left")
                right = node.child_by_field_name("right")
                if left is not None and right is not None:
                    for target in _targets(doc, left):
                        table.append((right.end_byte, node.start_byte, target, right, False))
        for node in idx.get("as_pattern", ()):
            if scope.start_byte <= node.start_byte < scope.end_byte and scope_of(node) == scope:
                alias = node.child_by_field_name("alias")
                value = node.named_children[0] if node.named_children else None
                if alias is not None and value is not None and alias.named_children:
                    target_node = alias.named_children[0]
                    for target in _targets(doc, target_node):
                        table.append((node.end_byte, node.start_byte, target, value, False))
        table.sort(key=lambda row: row[1])
        cache[key] = table
    plain: list[ts.Node] = []
    augmented: list[ts.Node] = []
    for end, _start, target, value, aug in table:
        if target != name or end > before:
            continue
        if aug:
            augmented.append(value)
        else:
            plain = [value]
            augmented = []
    return plain + augmented


def _guarded(doc: Document, scope: ts.Node, name: str, before: int) -> bool:
    """An allow-list or shape check of `name` earlier in its scope."""
    body = doc.data[scope.start_byte : before].decode("utf-8", "replace")
    if name not in body:
        return False
    n = re.escape(name)
    return bool(
        re.search(
            r"\b(?:if|elif|assert)\s+(?:not\s+)?(?:\(?\s*)?"
            r"(?:re\.(?:full)?match\([^\n]*?,\s*" + n + r"\s*[,)]"
            r"|" + n + r"\.(?:isalnum|isdigit|isidentifier|isalpha|isdecimal|isnumeric)\(\)"
            r"|" + n + r"\s+(?:not\s+)?in\s+[\w.\[({])",
            body,
        )
    )


# --- value analysis -----------------------------------------------------------------------------
def value_of(doc: Document, node: ts.Node, kind: str, depth: int = 0) -> Value:
    """What `node` is made of, for a sink of `kind`."""
    if depth > _MAX_DEPTH:
        return UNKNOWN
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
                v = value_of(doc, expr, kind, depth + 1)
                inner.append(v)
                if v.dynamic:
                    parts.append(expr)
        m = merge(inner)
        return Value(
            m.dynamic, m.dynamic, True, m.source, literal + " " + m.literal, tuple(parts), m.clean
        )
    if t == "concatenated_string":
        m = merge([value_of(doc, c, kind, depth + 1) for c in node.named_children])
        return Value(m.dynamic, m.built, True, m.source, m.literal, m.parts, m.clean)
    if t in ("integer", "float", "true", "false", "none", "ellipsis", "comparison_operator"):
        return CONST if t != "comparison_operator" else CLEAN
    if t == "identifier":
        return _identifier(doc, node, kind, depth)
    if t == "attribute":
        return _attribute(doc, node, kind, depth)
    if t == "subscript":
        base = node.child_by_field_name("value")
        if base is None:
            return UNKNOWN
        name = dotted(doc, base)
        source = _source(doc, base, name + "[]")
        if source is not None:
            return Value(dynamic=True, source=source)
        if base.type == "dictionary" or CONSTANT_NAME.match(last_name(name)):
            return CLEAN  # a lookup in a constant table
        v = value_of(doc, base, kind, depth + 1)
        sub_parts: tuple[ts.Node, ...] = (node,) if v.dynamic else ()
        return Value(v.dynamic, False, v.stringy, v.source, "", sub_parts, v.clean)
    if t == "call":
        return _call(doc, node, kind, depth)
    if t == "binary_operator":
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        op = node.child_by_field_name("operator")
        sides = [value_of(doc, s, kind, depth + 1) for s in (left, right) if s is not None]
        m = merge(sides)
        operator = text(doc, op) if op is not None else ""
        stringy = any(s.stringy for s in sides)
        built = m.dynamic and ((operator in ("+", "%") and stringy) or operator == "/" or m.built)
        op_parts = m.parts + tuple(
            s
            for s, v in zip((left, right), sides, strict=False)
            if s is not None and v.dynamic and not v.parts
        )
        return Value(m.dynamic, built, stringy, m.source, m.literal, op_parts, m.clean)
    if t == "conditional_expression":
        kids = node.named_children
        picks = [kids[0], kids[2]] if len(kids) == 3 else kids
        return merge([value_of(doc, k, kind, depth + 1) for k in picks])
    if t in ("list_comprehension", "generator_expression", "set_comprehension"):
        body = node.child_by_field_name("body")
        return merge([value_of(doc, body, kind, depth + 1)] if body is not None else [])
    if t in ("lambda", "function_definition"):
        return CLEAN
    if t == "keyword_argument":
        value = node.child_by_field_name("value")
        return value_of(doc, value, kind, depth + 1) if value is not None else CONST
    if t == "not_operator":
        return CLEAN
    return merge([value_of(doc, c, kind, depth + 1) for c in node.named_children])


def _source(doc: Document, node: ts.Node, name: str) -> Source | None:
    if _INPUT_TEXT.search(name):
        return Source(name, node, "input")
    if _WEAK_SOURCE_TEXT.search(name):
        return Source(name, node, "parameter")
    return None


def _identifier(doc: Document, node: ts.Node, kind: str, depth: int) -> Value:
    name = text(doc, node)
    if CONSTANT_NAME.match(name):
        return CONST
    if name in ("self", "cls"):
        return UNKNOWN
    scope = scope_of(node)
    before = node.start_byte
    while True:
        if _guarded(doc, scope, name, before):
            return CLEAN
        defs = definitions(doc, scope, name, before)
        if defs:
            return merge([value_of(doc, d, kind, depth + 1) for d in defs])
        if scope.type == "function_definition":
            params = parameter_names(doc, scope)
            if name in params:
                if name in ("self", "cls"):
                    return UNKNOWN
                if name in ("request", "req"):
                    return Value(dynamic=True, source=Source(name, node, "input"))
                strength = "input" if is_handler(doc, scope) else "parameter"
                return Value(dynamic=True, source=Source(f"parameter {name}", node, strength))
        if scope.type == "lambda" or scope.parent is not None:
            outer = scope_of(scope)
            if outer == scope:
                break
            before = scope.start_byte
            scope = outer
            continue
        break
    if name in ("request",):
        return Value(dynamic=True, source=Source(name, node, "input"))
    return UNKNOWN


def _attribute(doc: Document, node: ts.Node, kind: str, depth: int) -> Value:
    name = dotted(doc, node)
    source = _source(doc, node, name)
    if source is not None:
        return Value(dynamic=True, source=source)
    attr = node.child_by_field_name("attribute")
    if attr is not None and CONSTANT_NAME.match(text(doc, attr)):
        return CONST
    if attr is not None and text(doc, attr) in ("filename", "name") and kind == "path":
        obj = node.child_by_field_name("object")
        if obj is not None:
            v = value_of(doc, obj, kind, depth + 1)
            return Value(True, False, True, v.source, "", (node,), v.clean)
    obj = node.child_by_field_name("object")
    if obj is None:
        return UNKNOWN
    v = value_of(doc, obj, kind, depth + 1)
    return Value(True, v.built, v.stringy, v.source, "", (node,), v.clean)


def _newline_replace(doc: Document, call: ts.Node, name: str) -> bool:
    if last_name(name) not in ("replace", "sub", "translate", "strip_newlines"):
        return False
    raw = text(doc, call)
    return "\\n" in raw or "\\r" in raw


def _call(doc: Document, node: ts.Node, kind: str, depth: int) -> Value:
    name = callee(doc, node)
    last = last_name(name)
    source = _source(doc, node, name)
    if source is not None:
        return Value(dynamic=True, stringy=True, source=source)
    if last in _ALWAYS_CLEAN or name in _ALWAYS_CLEAN:
        return CLEAN
    sanitisers = _SANITISERS.get(kind, set())
    if last in sanitisers or name in sanitisers:
        return CLEAN
    if kind in ("header", "log") and _newline_replace(doc, node, name):
        return CLEAN
    fn = node.child_by_field_name("function")
    receiver = (
        fn.child_by_field_name("object") if fn is not None and fn.type == "attribute" else None
    )
    positional, keywords = arguments(node)
    values = [value_of(doc, a, kind, depth + 1) for a in positional + list(keywords.values())]
    recv = value_of(doc, receiver, kind, depth + 1) if receiver is not None else None
    if recv is not None and recv.source is not None and recv.source.strength == "input":
        # a method of untrusted data (request.args.get, data.strip(), ...) stays untrusted
        values.append(recv)
    elif recv is not None and last in (
        "format",
        "format_map",
        "join",
        "replace",
        "strip",
        "lower",
        "upper",
        "encode",
        "decode",
        "lstrip",
        "rstrip",
        "split",
        "read",
        "readlines",
        "get",
        "getlist",
        "get_json",
        "loads",
        "title",
        "capitalize",
        "__add__",
    ):
        values.append(recv)
    m = merge(values)
    if last in ("loads", "load", "get_json", "parse_raw", "model_validate_json") and m.source:
        m = Value(
            m.dynamic,
            m.built,
            False,
            Source(f"{name}({m.source.note})", m.source.node, m.source.strength),
            m.literal,
            m.parts,
            m.clean,
        )
    builder = last in _BUILDERS and m.dynamic
    stringy = builder or m.stringy or last in ("str", "format", "join", "text")
    if receiver is not None and receiver.type == "string" and last in ("format", "join"):
        recv_literal = string_content(doc, receiver)
        literal = recv_literal + " " + m.literal
        return Value(m.dynamic, m.dynamic, True, m.source, literal, m.parts, m.clean)
    parts = m.parts or ((node,) if m.dynamic else ())
    return Value(True, builder or m.built, stringy, m.source, m.literal, parts, m.clean)


# --- reporting ----------------------------------------------------------------------------------
def guarded_in_function(doc: Document, node: ts.Node, kind: str) -> bool:
    guard = _GUARDS.get(kind)
    if guard is None:
        return False
    scope = enclosing_function(node) or doc.root
    body = doc.data[scope.start_byte : node.start_byte].decode("utf-8", "replace")
    return bool(guard.search(body))


@dataclass(frozen=True, slots=True)
class Flow:
    """The verdict on one sink argument: its value and the untrusted source that reaches it."""

    value: Value
    source: Source | None
    trace: tuple[TraceStep, ...]

    @property
    def strength(self) -> str | None:
        return None if self.source is None else self.source.strength

    def confidence(self, full: Confidence) -> Confidence:
        if self.source is None:
            return Confidence.LOW
        return full if self.source.strength == "input" else min(full, Confidence.MEDIUM)


def flow(doc: Document, node: ts.Node, kind: str) -> Flow:
    """The value of a sink argument and its source, from doc.taint when the document has one."""
    value = value_of(doc, node, kind)
    source = value.source
    analysis = doc.taint
    span: Span | None = None
    if analysis is not None:
        taint = None if value.clean else analysis.taint_of(node, kind)  # type: ignore[arg-type]
        if taint is None:
            source = None
        else:
            source = Source(taint.source, node, taint.strength)
            span = taint.source_span
    trace: tuple[TraceStep, ...] = ()
    if source is not None:
        trace = (
            TraceStep("source", span or doc.span(source.node), source.note),
            TraceStep("sink", doc.span(node), f"reaches this {kind} sink"),
        )
    return Flow(value, source, trace)
