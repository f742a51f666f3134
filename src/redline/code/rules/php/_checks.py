"""PHP rules that need code to match: request data followed through local variables.

PHP has no full data-flow model here. These checks follow request data one scope deep: the
superglobals ($_GET, $_POST, ...), framework request accessors, and local variables assigned from
them (in the same function, before the sink). Sanitisers for the kind of sink stop the flow.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import tree_sitter as ts

from redline._core import Confidence, Finding
from redline.code.document import Document
from redline.code.rules._registry import Rule
from redline.code.rules._upload import upload_scan

_SUPERGLOBALS = frozenset({"$_GET", "$_POST", "$_REQUEST", "$_COOKIE", "$_FILES"})
_SERVER_KEYS = re.compile(r"""^['"](HTTP_\w+|QUERY_STRING|REQUEST_URI|PHP_SELF|PATH_INFO)['"]$""")
_REQUEST_OBJECTS = re.compile(r"(?i)^\$?(request|req|input)$|^request\(\)$")
_REQUEST_METHODS = frozenset(
    {"input", "get", "query", "post", "cookie", "all", "header", "getcontent", "json", "file"}
)
_SCOPES = frozenset(
    {
        "function_definition",
        "method_declaration",
        "anonymous_function",
        "anonymous_function_creation_expression",
        "arrow_function",
        "program",
    }
)
# Calls whose result says nothing about the characters of their arguments.
_OPAQUE = re.compile(
    r"(?i)^(intval|floatval|boolval|abs|count|sizeof|strlen|mb_strlen|is_\w+|ctype_\w+|isset|"
    r"empty|in_array|array_key_exists|array_search|preg_match|strcmp|strcasecmp|hash_equals|"
    r"md5|sha1|hash|hash_hmac|crc32|password_hash|password_verify|number_format|round|ceil|"
    r"floor|max|min|date|strtotime|checkdate|filter_var|settype|gettype|uniqid|time)$"
)
_SANITISERS: dict[str, re.Pattern[str]] = {
    "xss": re.compile(
        r"(?i)^(htmlspecialchars|htmlentities|strip_tags|urlencode|rawurlencode|json_encode|"
        r"esc_\w+|e|h|wp_kses\w*|sanitize_\w+)$|escape|purif|htmlspecial"
    ),
    "path": re.compile(r"(?i)^(basename|sanitize_file_name|preg_replace)$"),
    "sql": re.compile(
        r"(?i)^(\w*real_escape_string|addslashes|esc_sql|quote|escape\w*|pg_escape_\w+|"
        r"sqlite_escape_string|db2_escape_string|intval)$"
    ),
    "redirect": re.compile(r"(?i)^(urlencode|rawurlencode|wp_validate_redirect)$"),
    "ssrf": re.compile(r"(?i)^(urlencode|rawurlencode)$"),
    "any": re.compile(r"^$"),
}
_COMPARISONS = frozenset({"==", "===", "!=", "!==", "<>", "<", ">", "<=", ">=", "<=>", "&&", "||"})
_URLISH = re.compile(r"(?i)url|uri|link|href|http|feed|endpoint|host|site|domain|remote|api")


def _call_name(node: ts.Node, doc: Document) -> str | None:
    name = node.child_by_field_name("name") or node.child_by_field_name("function")
    return doc.node_text(name) if name is not None else None


def _scope(node: ts.Node) -> ts.Node:
    cur: ts.Node | None = node.parent
    while cur is not None and cur.type not in _SCOPES:
        cur = cur.parent
    return cur if cur is not None else node


def _walk(node: ts.Node) -> Iterator[ts.Node]:
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(n.named_children))


@dataclass
class RequestFlow:
    """Request data and the local variables that hold it, in one document."""

    doc: Document

    def is_request_source(self, node: ts.Node) -> bool:
        """A superglobal read, a framework request accessor or filter_input()."""
        doc = self.doc
        if node.type == "variable_name":
            text = doc.node_text(node)
            if text in _SUPERGLOBALS:
                parent = node.parent
                # `isset($_GET['x'])` and `$_GET['x'] ?? ''` are handled by the caller's walk.
                return not (
                    parent is not None
                    and parent.type == "subscript_expression"
                    and parent.named_children[0] != node
                )
            if text == "$_SERVER":
                parent = node.parent
                if parent is not None and parent.type == "subscript_expression":
                    keys = parent.named_children[1:]
                    return bool(keys) and bool(_SERVER_KEYS.match(doc.node_text(keys[0])))
            return False
        if node.type in ("member_call_expression", "nullsafe_member_call_expression"):
            obj = node.child_by_field_name("object")
            name = _call_name(node, doc)
            if obj is not None and name is not None and name.lower() in _REQUEST_METHODS:
                return bool(_REQUEST_OBJECTS.match(doc.node_text(obj)))
        if node.type == "scoped_call_expression":
            scope = node.child_by_field_name("scope")
            name = _call_name(node, doc)
            return (
                scope is not None
                and doc.node_text(scope).lstrip("\\") in ("Input", "Request")
                and (name or "").lower() in _REQUEST_METHODS
            )
        if node.type == "function_call_expression":
            name = (_call_name(node, doc) or "").lower()
            return name in ("filter_input", "filter_input_array", "getallheaders")
        return False

    def reaching(self, node: ts.Node, kind: str, names: frozenset[str]) -> ts.Node | None:
        """The first request source (or tainted variable) whose value reaches `node` unchanged."""
        doc = self.doc
        sanitiser = _SANITISERS.get(kind, _SANITISERS["any"])
        stack = [node]
        while stack:
            n = stack.pop()
            if self.is_request_source(n):
                return n
            if n.type in ("variable_name", "member_access_expression") and (
                doc.node_text(n) in names
            ):
                return n
            if n.type in (
                "function_call_expression",
                "member_call_expression",
                "scoped_call_expression",
                "nullsafe_member_call_expression",
            ):
                fname = (_call_name(n, doc) or "").lstrip("\\")
                if _OPAQUE.match(fname) or sanitiser.search(fname):
                    continue
            if n.type == "cast_expression":
                continue
            if n.type == "binary_expression":
                op = n.child_by_field_name("operator")
                if op is not None and doc.node_text(op) in _COMPARISONS:
                    continue
            if n.type == "conditional_expression":
                stack.extend(
                    c
                    for c in (n.child_by_field_name("body"), n.child_by_field_name("alternative"))
                    if c is not None
                )
                continue
            if n.type in ("unary_op_expression",):
                continue
            stack.extend(reversed(n.named_children))
        return None

    def tainted_names(self, scope: ts.Node, before: int, kind: str) -> frozenset[str]:
        """Variables of `scope` assigned request data before byte offset `before`."""
        cache_key = f"php-flow:{scope.start_byte}:{before}:{kind}"
        cached = self.doc.cache.get(cache_key)
        if isinstance(cached, frozenset):
            return cached
        names: set[str] = set()
        assignments = [
            n
            for n in _walk(scope)
            if n.type
            in ("assignment_expression", "augmented_assignment_expression", "foreach_statement")
            and n.start_byte < before
            and (n is scope or _scope(n) == scope)
        ]
        for _ in range(3):
            grew = False
            frozen = frozenset(names)
            for a in assignments:
                if a.type == "foreach_statement":
                    kids = a.named_children
                    if not kids or self.reaching(kids[0], kind, frozen) is None:
                        continue
                    targets = [v for k in kids[1:2] for v in _walk(k) if v.type == "variable_name"]
                else:
                    left, right = a.child_by_field_name("left"), a.child_by_field_name("right")
                    if left is None or right is None or self.reaching(right, kind, frozen) is None:
                        continue
                    if left.type == "member_access_expression" and not any(
                        c.type.endswith("call_expression") for c in _walk(left)
                    ):
                        targets = [left]
                    else:
                        targets = [v for v in _walk(left) if v.type == "variable_name"][:1]
                for t in targets:
                    text = self.doc.node_text(t)
                    if text not in names and text not in _SUPERGLOBALS and text != "$this":
                        names.add(text)
                        grew = True
            if not grew:
                break
        result = frozenset(names)
        self.doc.cache[cache_key] = result
        return result

    def source_of(self, node: ts.Node, kind: str) -> ts.Node | None:
        """Request data reaching `node` directly or through a local variable."""
        scope = _scope(node)
        return self.reaching(node, kind, self.tainted_names(scope, node.start_byte, kind))


def _flow(doc: Document) -> RequestFlow:
    flow = doc.cache.get("php-flow")
    if not isinstance(flow, RequestFlow):
        flow = RequestFlow(doc)
        doc.cache["php-flow"] = flow
    return flow


def _args(node: ts.Node) -> list[ts.Node]:
    args = node.child_by_field_name("arguments")
    if args is None:
        args = next((c for c in node.named_children if c.type == "arguments"), None)
    if args is None:
        return []
    return [
        a.named_children[0] if a.named_children else a
        for a in args.named_children
        if a.type == "argument"
    ]


def _calls(doc: Document, types: Iterable[str]) -> Iterator[ts.Node]:
    wanted = frozenset(types)
    for n in _walk(doc.root):
        if n.type in wanted and doc.in_text(n):
            yield n


# ---- XSS ------------------------------------------------------------------------------------
_ECHO_CALLS = frozenset({"die", "exit", "printf", "vprintf", "print_r", "wp_die"})


def echo_request_data(doc: Document, rule: Rule) -> Iterable[Finding]:
    """echo/print/die/printf of request data that no HTML encoder touched."""
    flow = _flow(doc)
    for node in _walk(doc.root):
        targets: list[ts.Node] = []
        if node.type in ("echo_statement", "print_intrinsic", "exit_statement"):
            targets = list(node.named_children)
        elif node.type == "expression_statement":
            prev = node.prev_sibling
            if prev is not None and prev.type == "text_interpolation" and prev.children:
                prev = prev.children[-1]
            if prev is not None and prev.type == "php_tag" and doc.node_text(prev) == "<?=":
                targets = list(node.named_children)
        elif (
            node.type == "function_call_expression"
            and (_call_name(node, doc) or "").lower() in _ECHO_CALLS
        ):
            targets = _args(node)
        if not targets or not doc.in_text(node):
            continue
        for target in targets:
            if flow.source_of(target, "xss") is not None:
                yield rule.finding(doc, doc.span(node))
                break


# ---- sinks with a fixed argument ------------------------------------------------------------
@dataclass(frozen=True)
class _Sink:
    names: frozenset[str]
    args: tuple[int, ...] | None  # None: every argument
    kind: str
    types: tuple[str, ...] = ("function_call_expression",)
    object_regex: str | None = None  # member calls: the receiver must match
    require: str | None = None  # the call's text must match this (re.search, case-insensitive)
    argument_regex: str | None = None  # the reached argument's text must match
    argument_not_regex: str | None = None


def _sink_findings(doc: Document, rule: Rule, sinks: tuple[_Sink, ...]) -> Iterator[Finding]:
    flow = _flow(doc)
    types = {t for s in sinks for t in s.types}
    for call in _calls(doc, types):
        if call.type == "object_creation_expression":
            first = next(
                (c for c in call.named_children if c.type in ("name", "qualified_name")), None
            )
            name = doc.node_text(first).lstrip("\\").split("\\")[-1] if first else ""
        else:
            name = (_call_name(call, doc) or "").lstrip("\\")
        for sink in sinks:
            if call.type not in sink.types or name.lower() not in sink.names:
                continue
            if sink.object_regex is not None:
                obj = call.child_by_field_name("object") or call.child_by_field_name("scope")
                if obj is None or not re.search(sink.object_regex, doc.node_text(obj)):
                    continue
            if sink.require is not None and not re.search(sink.require, doc.node_text(call), re.I):
                continue
            args = _args(call)
            picked = [a for i, a in enumerate(args) if sink.args is None or i in sink.args]
            hit = False
            for arg in picked:
                text = doc.node_text(arg)
                if sink.argument_regex is not None and not re.search(sink.argument_regex, text):
                    continue
                if sink.argument_not_regex is not None and re.search(sink.argument_not_regex, text):
                    continue
                if flow.source_of(arg, sink.kind) is not None:
                    hit = True
                    break
            if hit:
                yield rule.finding(doc, doc.span(call))
                break


_FILE_FUNCTIONS = frozenset(
    {
        "file_get_contents",
        "file_put_contents",
        "fopen",
        "readfile",
        "file",
        "unlink",
        "opendir",
        "scandir",
        "rmdir",
        "mkdir",
        "parse_ini_file",
        "highlight_file",
        "show_source",
        "simplexml_load_file",
        "gzopen",
        "touch",
        "filesize",
    }
)
_URL_READERS = frozenset(
    {
        "file_get_contents",
        "fopen",
        "readfile",
        "file",
        "get_headers",
        "simplexml_load_file",
        "getimagesize",
    }
)

_PATH_SINKS = (
    _Sink(_FILE_FUNCTIONS, (0,), "path", argument_not_regex=_URLISH.pattern),
    _Sink(frozenset({"copy", "rename", "symlink", "link"}), (0, 1), "path"),
    _Sink(frozenset({"move_uploaded_file"}), (1,), "path"),
    _Sink(
        frozenset({"splfileobject", "splfileinfo"}),
        (0,),
        "path",
        types=("object_creation_expression",),
    ),
    _Sink(
        frozenset({"download", "file"}),
        (0,),
        "path",
        types=("member_call_expression", "scoped_call_expression"),
        object_regex=r"(?i)response|storage",
    ),
)


def path_request_data(doc: Document, rule: Rule) -> Iterable[Finding]:
    """File-system calls whose path comes from request data."""
    return _sink_findings(doc, rule, _PATH_SINKS)


_SSRF_SINKS = (
    _Sink(frozenset({"curl_init", "fsockopen", "get_headers", "pfsockopen"}), (0,), "ssrf"),
    _Sink(frozenset({"curl_setopt"}), (2,), "ssrf", require=r"CURLOPT_URL"),
    _Sink(_URL_READERS, (0,), "ssrf", argument_regex=_URLISH.pattern),
    _Sink(
        frozenset({"get", "post", "put", "patch", "delete", "head", "request"}),
        None,
        "ssrf",
        types=("member_call_expression", "scoped_call_expression"),
        object_regex=r"(?i)client|guzzle|^http$|^\\?Http$",
    ),
)


def ssrf_request_data(doc: Document, rule: Rule) -> Iterable[Finding]:
    """Outgoing requests whose URL comes from request data."""
    return _sink_findings(doc, rule, _SSRF_SINKS)


_REDIRECT_SINKS = (
    # Only a value at the start of the URL (after an optional scheme) chooses where the
    # browser goes; request data after a fixed path or "?" stays on this site.
    _Sink(
        frozenset({"header"}),
        (0,),
        "redirect",
        argument_regex=r"(?i)^\s*['\"]\s*location\s*:\s*((https?:)?//)?(['\"]\s*\.|\{?\$)",
    ),
    _Sink(frozenset({"wp_redirect", "redirect"}), (0,), "redirect"),
    _Sink(
        frozenset({"redirect", "to", "away"}),
        (0,),
        "redirect",
        types=("member_call_expression", "scoped_call_expression"),
        object_regex=r"(?i)^\$this$|redirect",
    ),
    _Sink(frozenset({"redirectresponse"}), (0,), "redirect", types=("object_creation_expression",)),
)


# Framework helpers that build a URL of this site (CodeIgniter, WordPress, Laravel).
_OWN_SITE_URL = re.compile(
    r"^\s*['\"]?\s*(location\s*:\s*)?['\"]?\s*\.?\s*\\?(base_url|site_url|admin_url|home_url|"
    r"current_url|url|route|action|asset)\s*\(",
    re.IGNORECASE,
)


def redirect_request_data(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Redirects to a URL taken from request data; at audit level (low confidence) also those
    whose target starts with any other run-time value (a parameter, a field, a call result)."""
    reported: set[tuple[int, int]] = set()
    for finding in _sink_findings(doc, rule, _REDIRECT_SINKS):
        reported.add((finding.span.start, finding.span.end))
        yield finding
    types = {t for sink in _REDIRECT_SINKS for t in sink.types}
    for call in _calls(doc, types):
        span = doc.span(call)
        if (span.start, span.end) in reported:
            continue
        for sink in _REDIRECT_SINKS:
            if not _sink_matches(doc, call, sink):
                continue
            args = _args(call)
            if not args or _fixed(doc, args[0]):
                continue
            text = doc.node_text(args[0])
            if _OWN_SITE_URL.search(text):
                continue
            if sink.argument_regex is not None and not re.search(sink.argument_regex, text):
                continue
            yield rule.finding(doc, span, confidence=Confidence.LOW)
            break


def _sink_matches(doc: Document, call: ts.Node, sink: _Sink) -> bool:
    """The call is one of the sink's functions or methods (receiver included)."""
    if call.type not in sink.types:
        return False
    if call.type == "object_creation_expression":
        first = next((c for c in call.named_children if c.type in ("name", "qualified_name")), None)
        name = doc.node_text(first).lstrip("\\").split("\\")[-1] if first else ""
    else:
        name = (_call_name(call, doc) or "").lstrip("\\")
    if name.lower() not in sink.names:
        return False
    if sink.object_regex is not None:
        obj = call.child_by_field_name("object") or call.child_by_field_name("scope")
        if obj is None or not re.search(sink.object_regex, doc.node_text(obj)):
            return False
    return True


_EXTRACT_SINKS = (_Sink(frozenset({"extract", "import_request_variables"}), (0,), "any"),)


def extract_request_data(doc: Document, rule: Rule) -> Iterable[Finding]:
    """extract() of request data, and parse_str() without a result array."""
    yield from _sink_findings(doc, rule, _EXTRACT_SINKS)
    for call in _calls(doc, ("function_call_expression",)):
        if (_call_name(call, doc) or "").lower() == "parse_str" and len(_args(call)) == 1:
            yield rule.finding(doc, doc.span(call))


_MASS_SINKS = (
    _Sink(
        frozenset(
            {
                "create",
                "update",
                "fill",
                "forcefill",
                "forcecreate",
                "firstorcreate",
                "updateorcreate",
            }
        ),
        (0, 1),
        "any",
        types=("member_call_expression", "scoped_call_expression"),
        argument_regex=r"^\s*(\$_(POST|GET|REQUEST)|\$request->(all|input|post)\(\)|"
        r"request\(\)->(all|input)\(\)|Input::all\(\)|\$request)\s*$",
    ),
)


def mass_assignment_request(doc: Document, rule: Rule) -> Iterable[Finding]:
    """A whole request (all() or $_POST) passed to a model's create/update/fill."""
    return _sink_findings(doc, rule, _MASS_SINKS)


# ---- SQL ------------------------------------------------------------------------------------
_SQL_FUNCTIONS = {
    "mysql_query": 0,
    "mysql_unbuffered_query": 0,
    "mysql_db_query": 1,
    "mysqli_query": 1,
    "mysqli_real_query": 1,
    "mysqli_multi_query": 1,
    "mysqli_prepare": 1,
    "pg_query": -1,
    "pg_send_query": 1,
    "pg_prepare": 2,
    "sqlite_query": -1,
    "sqlite_exec": -1,
    "mssql_query": 0,
    "sqlsrv_query": 1,
    "sqlsrv_prepare": 1,
    "odbc_exec": 1,
    "odbc_prepare": 1,
    "db2_exec": 1,
    "db2_prepare": 1,
    "oci_parse": 1,
    "ibase_query": -1,
}
_SQL_METHODS = frozenset(
    {
        "query",
        "exec",
        "prepare",
        "multi_query",
        "real_query",
        "rawquery",
        "whereraw",
        "orwhereraw",
        "havingraw",
        "orhavingraw",
        "orderbyraw",
        "selectraw",
        "groupbyraw",
        "fromraw",
        "raw",
        "statement",
        "unprepared",
        "executequery",
        "executestatement",
        "fetchall",
        "fetchassoc",
        "fetchone",
        "fetchcolumn",
        "fetchallassociative",
        "get_results",
        "get_row",
        "get_var",
        "get_col",
        "findbysql",
        "createcommand",
        "createquery",
        "createnativequery",
        "select",
        "insert",
        "update",
        "delete",
        "where",
        "having",
        "execute",
        "querysingle",
    }
)
_SQL_WORDS = re.compile(
    r"(?i)\b(select\s[\s\S]*\bfrom|insert\s+into|update\s[\s\S]*\bset|delete\s+from|"
    r"replace\s+into|drop\s+table|truncate|create\s+table|alter\s+(table|session)|where\s|"
    r"order\s+by|set\s+\w+\s*=|"
    r"group\s+by|values\s*\()|^\s*['\"]?\s*[\w.`]+\s*(=|<>|!=|<|>|\blike\b|\bin\b)\s*['\"(]?\s*$"
)
_SAFE_PART = re.compile(
    r"(?i)^\{?\$(\w+(->|::))*\$?\w*(table|prefix|tbl|schema|db_?name|database|db)\w*\}?$|"
    r"^\$wpdb->\w+$|->(getId|id|getKey|getTable|getTableName)\(\)$"
)
_SQL_CLEAN = re.compile(
    r"(?i)^(\w*real_escape_string|addslashes|esc_sql|quote|escape\w*|pg_escape_\w+|intval|"
    r"floatval|count|implode|sizeof|db2_escape_string|sqlite_escape_string|absint|"
    r"array_fill|str_repeat|date|time|md5|sha1|password_hash|uniqid|round|abs|(int)|max|min)$"
)


def _sql_dynamic_parts(doc: Document, node: ts.Node) -> tuple[list[ts.Node], str]:
    """The non-constant parts of a string-building expression and its constant text."""
    parts: list[ts.Node] = []
    text: list[str] = []

    def visit(n: ts.Node) -> None:
        if n.type in (
            "string",
            "string_content",
            "escape_sequence",
            "integer",
            "float",
            "boolean",
            "null",
            "heredoc_start",
            "heredoc_end",
            "nowdoc_body",
        ):
            text.append(doc.node_text(n))
            return
        if n.type in ("encapsed_string", "heredoc", "heredoc_body", "parenthesized_expression"):
            for c in n.named_children:
                visit(c)
            return
        if n.type == "binary_expression":
            op = n.child_by_field_name("operator")
            if op is not None and doc.node_text(op) == ".":
                for c in n.named_children:
                    if c != op:
                        visit(c)
                return
        if n.type == "name" and re.match(r"^[A-Z][A-Z0-9_]*$", doc.node_text(n)):
            return
        if n.type == "cast_expression":
            return
        if n.type in (
            "function_call_expression",
            "member_call_expression",
            "scoped_call_expression",
        ):
            fname = (_call_name(n, doc) or "").lstrip("\\")
            if _SQL_CLEAN.match(fname):
                return
            if fname.lower() in ("sprintf", "vsprintf") and _args(n):
                args = _args(n)
                visit(args[0])
                if "%s" in doc.node_text(args[0]):
                    for a in args[1:]:
                        visit(a)
                return
        if _SAFE_PART.match(doc.node_text(n).strip()):
            return
        parts.append(n)

    visit(node)
    return parts, " ".join(text)


def _sql_argument(doc: Document, call: ts.Node) -> ts.Node | None:
    args = _args(call)
    if not args:
        return None
    if call.type == "function_call_expression":
        name = (_call_name(call, doc) or "").lower().lstrip("\\")
        index = _SQL_FUNCTIONS.get(name)
        if index is None:
            return None
        if index == -1:
            return args[-1] if len(args) <= 2 else args[0]
        return args[index] if index < len(args) else None
    name = (_call_name(call, doc) or "").lower()
    if name not in _SQL_METHODS:
        return None
    if name in ("select", "insert", "update", "delete", "statement", "unprepared", "raw"):
        scope = call.child_by_field_name("scope")
        if call.type == "scoped_call_expression" and scope is not None:
            if doc.node_text(scope).lstrip("\\").split("\\")[-1] != "DB":
                return None
        elif name not in ("raw",):
            obj = call.child_by_field_name("object")
            if obj is None or not re.search(r"(?i)db|conn|pdo|wpdb|database", doc.node_text(obj)):
                return None
    if name in ("where", "having") and len(args) != 1:
        return None
    return args[0]


def _unsafe_sql(doc: Document, expr: ts.Node, depth: int = 0) -> tuple[bool, bool]:
    """(unsafe, from request data) for a query expression, following local variables once."""
    if expr.type == "variable_name" and depth == 0:
        name = doc.node_text(expr)
        scope = _scope(expr)
        unsafe = direct = False
        for n in _walk(scope):
            if n.start_byte >= expr.start_byte:
                continue
            if n.type not in ("assignment_expression", "augmented_assignment_expression"):
                continue
            left, right = n.child_by_field_name("left"), n.child_by_field_name("right")
            if left is None or right is None or doc.node_text(left) != name:
                continue
            if _scope(n) != scope:
                continue
            u, d = _unsafe_sql(doc, right, depth + 1)
            unsafe, direct = unsafe or u, direct or d
        return unsafe, direct
    if expr.type not in (
        "encapsed_string",
        "heredoc",
        "binary_expression",
        "function_call_expression",
    ):
        return False, False
    parts, text = _sql_dynamic_parts(doc, expr)
    if not parts or not _SQL_WORDS.search(text):
        return False, False
    flow = _flow(doc)
    direct = any(flow.source_of(p, "sql") is not None for p in parts)
    return True, direct


def sql_string_building(doc: Document, rule: Rule) -> Iterable[Finding]:
    """Queries built by concatenation or interpolation of non-constant values."""
    for call in _calls(
        doc,
        (
            "function_call_expression",
            "member_call_expression",
            "scoped_call_expression",
            "nullsafe_member_call_expression",
        ),
    ):
        arg = _sql_argument(doc, call)
        if arg is None:
            continue
        unsafe, direct = _unsafe_sql(doc, arg)
        if unsafe:
            yield rule.finding(
                doc, doc.span(call), confidence=None if direct else Confidence.MEDIUM
            )


# ---- cookies --------------------------------------------------------------------------------
_TRUE = re.compile(r"(?i)^(true|1)$")


def cookie_flags(doc: Document, rule: Rule) -> Iterable[Finding]:
    """setcookie() without both the secure and httponly flags."""
    for call in _calls(doc, ("function_call_expression",)):
        if (_call_name(call, doc) or "").lower().lstrip("\\") not in ("setcookie", "setrawcookie"):
            continue
        args = _args(call)
        if len(args) < 2:
            continue  # deleting a cookie or a fragment
        if len(args) == 3 and args[2].type == "array_creation_expression":
            options = doc.node_text(args[2])
            secure = re.search(r"(?i)['\"]secure['\"]\s*=>\s*(true|1|\$\w+)", options)
            http_only = re.search(r"(?i)['\"]httponly['\"]\s*=>\s*(true|1|\$\w+)", options)
            ok = bool(secure and http_only)
        elif len(args) == 3 and args[2].type == "variable_name":
            ok = True  # an options array built elsewhere
        else:
            secure_arg = doc.node_text(args[5]) if len(args) > 5 else "false"
            http_arg = doc.node_text(args[6]) if len(args) > 6 else "false"
            ok = not re.match(r"(?i)^(false|0|null|'')$", secure_arg) and not re.match(
                r"(?i)^(false|0|null|'')$", http_arg
            )
        value = doc.node_text(args[1]).strip()
        if not ok and value not in ("''", '""', "null", "NULL"):
            yield rule.finding(doc, doc.span(call))


# ---- client IP headers ----------------------------------------------------------------------
_FORWARDED = re.compile(
    r"""^['"](HTTP_X_FORWARDED_FOR|HTTP_CLIENT_IP|HTTP_X_REAL_IP|HTTP_X_CLUSTER_CLIENT_IP|"""
    r"""HTTP_FORWARDED|HTTP_FORWARDED_FOR|HTTP_X_FORWARDED)['"]$"""
)
_PRESENCE = frozenset({"isset", "empty", "array_key_exists", "key_exists"})


def client_ip_header(doc: Document, rule: Rule) -> Iterable[Finding]:
    """Reads of client-controlled forwarding headers used as the client address."""
    for node in _calls(doc, ("subscript_expression",)):
        kids = node.named_children
        if len(kids) < 2 or doc.node_text(kids[0]) != "$_SERVER":
            continue
        if not _FORWARDED.match(doc.node_text(kids[1])):
            continue
        parent = node.parent
        if parent is not None and parent.type in ("isset_expression", "unset_statement"):
            continue
        if parent is not None and parent.type == "argument":
            call = parent.parent.parent if parent.parent is not None else None
            if call is not None and (_call_name(call, doc) or "").lower() in _PRESENCE:
                continue
        if (
            parent is not None
            and parent.type == "assignment_expression"
            and parent.child_by_field_name("left") == node
        ):
            continue
        yield rule.finding(doc, doc.span(node))


# ---- process launches -----------------------------------------------------------------------
_SHELL_FUNCTIONS = frozenset(
    {"system", "exec", "shell_exec", "passthru", "popen", "proc_open", "pcntl_exec"}
)
_ESCAPED = re.compile(r"\bescapeshell(arg|cmd)\s*\(")


def _fixed(doc: Document, node: ts.Node) -> bool:
    """A value fixed in the source: literals without interpolation, ALL_CAPS constants."""
    for n in _walk(node):
        if n.type in (
            "variable_name",
            "function_call_expression",
            "member_call_expression",
            "scoped_call_expression",
            "member_access_expression",
            "subscript_expression",
            "dynamic_variable_name",
        ):
            return False
        if (
            n.type == "name"
            and n.parent is not None
            and n.parent.type != "variable_name"
            and not re.match(r"^[A-Z][A-Z0-9_]*$", doc.node_text(n))
        ):
            return False
    return True


def process_launch(doc: Document, rule: Rule) -> Iterable[Finding]:
    """system()/exec()/shell_exec()/... with a fixed or escaped command (audit level): the
    calls php-command-injection-exec leaves out."""
    for call in _calls(doc, ("function_call_expression",)):
        if (_call_name(call, doc) or "").lstrip("\\").lower() not in _SHELL_FUNCTIONS:
            continue
        args = _args(call)
        if not args:
            continue
        if _fixed(doc, args[0]) or _ESCAPED.search(doc.node_text(args[0])):
            yield rule.finding(doc, doc.span(call), confidence=Confidence.LOW)


# ---- weak random numbers --------------------------------------------------------------------
_WEAK_RANDOM = frozenset(
    {
        "rand",
        "mt_rand",
        "srand",
        "mt_srand",
        "lcg_value",
        "uniqid",
        "str_shuffle",
        "array_rand",
        "shuffle",
        "mt_getrandmax",
        "getrandmax",
    }
)
_WEAK_RANDOM_REPORTED = frozenset(
    {
        "rand",
        "mt_rand",
        "srand",
        "mt_srand",
        "lcg_value",
        "uniqid",
        "str_shuffle",
        "array_rand",
        "shuffle",
    }
)
_SECRET_NAME = re.compile(
    r"(?i)token|nonce|secret|salt|passw|pwd|otp|csrf|session_?id|sessid|api_?key|reset|verif|"
    r"activation|captcha|(^|_)code$|(^|_)pin$"
)
_HASHING = frozenset({"md5", "sha1", "crc32", "hash"})


def weak_random(doc: Document, rule: Rule) -> Iterable[Finding]:
    """Every rand()/mt_rand()/srand()/uniqid()/... call (audit level), except where a sibling
    rule already says more: a value hashed (php-hash-of-predictable-value) or assigned to a
    secret's name (php-insecure-random-token)."""
    for call in _calls(doc, ("function_call_expression",)):
        name = (_call_name(call, doc) or "").lstrip("\\").lower()
        if name not in _WEAK_RANDOM_REPORTED:
            continue
        covered = False
        cur = call.parent
        while cur is not None and cur.type not in _SCOPES and not covered:
            if cur.type == "function_call_expression":
                covered = (_call_name(cur, doc) or "").lstrip("\\").lower() in _HASHING
            elif cur.type == "assignment_expression":
                left = cur.child_by_field_name("left")
                covered = left is not None and bool(_SECRET_NAME.search(doc.node_text(left)))
            elif cur.type == "array_element_initializer" and cur.named_children:
                covered = bool(_SECRET_NAME.search(doc.node_text(cur.named_children[0])))
            if cur.type.endswith("_statement"):
                break
            cur = cur.parent
        if not covered:
            yield rule.finding(doc, doc.span(call), confidence=Confidence.LOW)


# ---- client IP in access decisions ----------------------------------------------------------
_CLIENT_IP = re.compile(
    r"""^@?\$_SERVER\s*\[\s*['"](REMOTE_ADDR|HTTP_X_FORWARDED_FOR|HTTP_CLIENT_IP|HTTP_X_REAL_IP|"""
    r"""HTTP_X_CLUSTER_CLIENT_IP|HTTP_FORWARDED)['"]\s*\]$"""
)
_IP_LISTS = frozenset(
    {
        "in_array",
        "array_search",
        "preg_match",
        "strpos",
        "str_starts_with",
        "strncmp",
        "fnmatch",
        "ip_in_range",
        "cidr_match",
        "checkip",
    }
)
_ACCESS_WORDS = re.compile(
    r"(?i)block|\bban|banned|allow|whitelist|blacklist|deny|denied|permit|trusted|auth|login|"
    r"access|firewall|acl\b|restrict|forbid"
)
_COMPARE = re.compile(r"^[^\n]*?([!=]==?|<>)")


def ip_access_decision(doc: Document, rule: Rule) -> Iterable[Finding]:
    """The client address compared with a literal or an allow-list (medium confidence), or handed
    to a call named for access control, a block list or a login check (low confidence)."""
    for node in _calls(doc, ("subscript_expression",)):
        if not _CLIENT_IP.match(doc.node_text(node)):
            continue
        ip = node
        if node.parent is not None and node.parent.type == "error_suppression_expression":
            ip = node.parent
        parent = ip.parent
        if parent is None:
            continue
        if parent.type == "binary_expression":
            other = [c for c in parent.named_children if c != ip]
            if (
                other
                and other[0].type in ("string", "encapsed_string")
                and _COMPARE.match(doc.node_text(parent))
            ):
                yield rule.finding(doc, doc.span(parent))
            continue
        if parent.type != "argument" or parent.parent is None or parent.parent.parent is None:
            continue
        call = parent.parent.parent
        name = (_call_name(call, doc) or "").lstrip("\\").lower()
        if call.type == "function_call_expression" and name in _IP_LISTS:
            yield rule.finding(doc, doc.span(call))
            continue
        callee = doc.node_text(call)[: max(0, doc.node_text(call).find("("))]
        if _ACCESS_WORDS.search(callee):
            yield rule.finding(doc, doc.span(call), confidence=Confidence.LOW)


# ---------------------------------------------------------------------------------------------
# Uploads stored under the client's file name (CWE-434)
_PHP_UPLOAD_SINK = re.compile(
    rb"(?i)\bmove_uploaded_file\s*\(|(?<![\w>$])(?:copy|rename)\s*\(|->(?:storeAs|move)\s*\("
)
_PHP_UPLOAD_SOURCE = re.compile(
    rb"\$_FILES\s*\[[^\]\n]+\]\s*\[\s*['\"]name['\"]\s*\]"
    rb"|->getClientOriginal(?:Name|Extension)\(\)|->getClientFilename\(\)"
)
_PHP_UPLOAD_HOLDERS = (
    (rb"\$(\w+)\s*=\s*\$_FILES\s*\[[^\]\n]+\]\s*;", rb"\$NAME\s*\[\s*['\"]name['\"]\s*\]"),
    (
        rb"foreach\s*\(\s*\$_FILES\s*\[[^\]\n]+\]\s*\[\s*['\"]name['\"]\s*\]\s*as\s*"
        rb"(?:\$\w+\s*=>\s*)?\$(\w+)",
        rb"\$NAME\b",
    ),
)
_PHP_UPLOAD_CONTEXT = re.compile(rb"(?i)\$_FILES|getClientOriginal|getClientFilename")
_PHP_UPLOAD_SAFE = re.compile(
    rb"(?i)allowed|allow_?list|white_?list|permitted|\bvalid\w*(?:ext|type|mime|file|image)"
    rb"|EXTENSIONS|\bin_array\s*\(|finfo|mime_content_type|getimagesize|exif_imagetype"
    rb"|['\"]mimes:|preg_match\s*\(\s*['\"][^'\"\n]*(?:jpe?g|png|gif|pdf)"
    rb"|\b\w*(?:safe_?type|is_?safe|(?:check|verify|validate)_?\w*(?:ext|type|mime|image))"
    rb"\w*\s*\("
    rb"|\$\w*(?:ext|type|mime)\w*\s*[!=]==?\s*['\"]"
)


def upload_original_filename(doc: Document, rule: Rule) -> Iterator[Finding]:
    """An upload is moved to a path carrying the client's file name with no type allow-list."""
    yield from upload_scan(
        doc,
        rule,
        sink=_PHP_UPLOAD_SINK,
        source=_PHP_UPLOAD_SOURCE,
        safe=_PHP_UPLOAD_SAFE,
        context=_PHP_UPLOAD_CONTEXT,
        calls=frozenset({"function_call_expression", "member_call_expression"}),
        functions=frozenset(
            {
                "function_definition",
                "method_declaration",
                "anonymous_function_creation_expression",
                "anonymous_function",
                "arrow_function",
            }
        ),
        holders=_PHP_UPLOAD_HOLDERS,
    )
