"""Python rules that need code to match: sinks judged by what reaches them, and API misuse
that depends on the code around a call."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import tree_sitter as ts

from redline._core import Confidence, Finding, Fix, TraceStep
from redline.code.document import Document
from redline.code.rules._common import HTML_TAG
from redline.code.rules._upload import upload_scan
from redline.code.rules.python import _fixes
from redline.code.rules.python._flow import (
    CONSTANT_NAME,
    Flow,
    argument,
    arguments,
    assigned_only_here,
    callee,
    calls,
    constant,
    definitions,
    dotted,
    enclosing_function,
    flow,
    has_interpolation,
    index,
    is_handler,
    is_number,
    is_string,
    keyword_nodes,
    last_name,
    literal_values,
    made_by,
    parameter_names,
    scope_of,
    string_content,
    tainted,
    text,
    value_of,
)
from redline.code.taint import SinkKind

if TYPE_CHECKING:
    from redline.code.rules._registry import Rule


def _report(
    doc: Document,
    rule: Rule,
    node: ts.Node,
    verdict: Flow | None = None,
    *,
    message: str | None = None,
    confidence: Confidence | None = None,
    fix: Fix | None = None,
) -> Finding:
    conf = confidence
    trace: tuple[TraceStep, ...] = ()
    if verdict is not None:
        conf = conf or verdict.confidence(rule.spec.confidence)
        trace = verdict.trace
    return rule.finding(doc, doc.span(node), message=message, fix=fix, trace=trace, confidence=conf)


def _sanitised(doc: Document, node: ts.Node, kind: SinkKind) -> bool:
    """Untrusted data reaches `node`, but through a sanitiser or a check for `kind`."""
    return tainted(doc, node, kind) is None and tainted(doc, node, "any") is not None


def _once(findings: Iterable[Finding]) -> Iterator[Finding]:
    seen: set[tuple[int, int]] = set()
    for f in findings:
        key = (f.span.start, f.span.end)
        if key not in seen:
            seen.add(key)
            yield f


# ---------------------------------------------------------------------------------------------
# SQL
_SQL = re.compile(
    r"^\s*\(?\s*select\s|\bselect\b[\s\S]*\bfrom\b|\binsert\s+(?:or\s+\w+\s+)?into\b|\bupdate\b[\s\S]*\bset\b"
    r"|\bdelete\s+from\b|\b(?:create|drop|alter|truncate)\s+(?:temporary\s+)?(?:table|user|index|"
    r"database|view|trigger|schema|role)\b|\bpragma\b|\bshow\s+(?:tables|columns|databases|index)"
    r"|\battach\s+database\b|\bgrant\b[\s\S]*\bon\b|\bwhere\b[\s\S]*[=<>]|\bexec(?:ute)?\s+\w"
    r"|\border\s+by\b|\bvalues\s*\(",
    re.IGNORECASE,
)
_SQL_EXECUTE = {"execute", "executemany", "executescript", "mogrify", "exec_driver_sql"}
_SQL_WRAPPERS = {"text", "RawSQL", "SQL", "literal_column"}


def _sql_verdict(doc: Document, node: ts.Node) -> Flow | None:
    if is_string(node) and not has_interpolation(node):
        return None
    value = value_of(doc, node)
    if not (value.built and _SQL.search(value.literal)):
        return None
    verdict = flow(doc, node, "sql")
    if verdict.taint is None and (
        _sanitised(doc, node, "sql") or all(is_number(doc, p) for p in value.parts)
    ):
        return None
    return verdict


def sql_injection(doc: Document, rule: Rule) -> Iterator[Finding]:
    """DB-API execute() of a query assembled from run-time data."""
    for call, name in calls(doc):
        if last_name(name) not in _SQL_EXECUTE or name.startswith(("subprocess.", "os.")):
            continue
        query = argument(call, 0, "sql", "query", "operation", "statement", "sql_script")
        if query is None:
            continue
        if query.type == "call" and last_name(
            dotted(doc, query.child_by_field_name("function"))
        ) in (_SQL_WRAPPERS):
            continue  # reported by raw-sql-injection at the wrapper
        verdict = _sql_verdict(doc, query)
        if verdict is not None:
            yield _report(doc, rule, call, verdict)
        elif _sql_from_unseen_constant(doc, query):
            yield _report(doc, rule, call, message=_SQL_AUDIT_MESSAGE, confidence=Confidence.LOW)


_SQL_AUDIT_MESSAGE = (
    "The SQL text is assembled with string formatting from a constant defined outside this "
    "code: confirm it can never hold outside data, or pass values as parameters."
)


def _sql_from_unseen_constant(doc: Document, query: ts.Node) -> bool:
    """SQL text built with %, + or .format() from an upper-case name that this code never
    assigns (a fragment whose constants live elsewhere): audit level only."""
    if query.type == "binary_operator":
        op = query.child_by_field_name("operator")
        if op is None or text(doc, op) not in ("%", "+"):
            return False
        pieces = [query.child_by_field_name("left"), query.child_by_field_name("right")]
    elif query.type == "call" and dotted(doc, query.child_by_field_name("function")).endswith(
        ".format"
    ):
        pieces = list(arguments(query)[0])
        fn = query.child_by_field_name("function")
        pieces.append(fn.child_by_field_name("object") if fn is not None else None)
    else:
        return False
    literal = " ".join(string_content(doc, p) for p in pieces if p is not None and is_string(p))
    if not _SQL.search(literal):
        return False
    names: list[str] = []
    for piece in pieces:
        if piece is None:
            continue
        items = (
            piece.named_children if piece.type in ("tuple", "parenthesized_expression") else [piece]
        )
        for item in items:
            name = text(doc, item)
            if item.type in ("identifier", "attribute") and CONSTANT_NAME.match(last_name(name)):
                names.append(last_name(name))
    return any(
        not re.search(r"(?m)^[ \t]*" + re.escape(n) + r"\s*(?::[^=\n]*)?=[^=]", doc.text)
        for n in names
    )


def raw_sql_injection(doc: Document, rule: Rule) -> Iterator[Finding]:
    """ORM and data-frame raw SQL: text(), .raw(), RawSQL(), .extra(), pandas.read_sql()."""
    for call, name in calls(doc):
        last = last_name(name)
        nodes: list[ts.Node] = []
        if last in ("text", "RawSQL", "literal_column") or name in ("sql.SQL", "psycopg2.sql.SQL"):
            if last == "text" and "sqlalchemy" not in doc.text and "text(" not in doc.text:
                continue
            q = argument(call, 0, "sql", "text")
            nodes = [q] if q is not None else []
        elif last in ("raw", "read_sql", "read_sql_query", "from_statement"):
            q = argument(call, 0, "raw_query", "sql")
            nodes = [q] if q is not None else []
        elif last == "extra":
            _, kw = arguments(call)
            nodes = [v for k, v in kw.items() if k in ("where", "select", "tables", "order_by")]
        for node in nodes:
            targets = (
                node.named_children if node.type in ("list", "tuple", "dictionary") else [node]
            )
            for item in targets:
                target = (
                    (item.child_by_field_name("value") or item) if item.type == "pair" else item
                )
                verdict = _sql_verdict(doc, target)
                if verdict is not None:
                    yield _report(doc, rule, target, verdict)
                    break


# ---------------------------------------------------------------------------------------------
# LDAP, XPath, NoSQL
# python-ldap and ldap3 search methods; `search` alone is too common a name to count by itself.
_LDAP_SEARCH = {"search_s", "search_st", "search_ext", "search_ext_s", "paged_search"}
_LDAP_KEYWORDS = ("base", "filterstr", "search_base", "search_filter")
_LDAP_FILTER = re.compile(r"\(\s*[&|!]?\s*\(?\s*[\w.;-]+\s*[~<>]?=")
_LDAP_DN = re.compile(r"(?i)(?:^|[\s,])(?:dc|ou|cn|uid|o)\s*=")
_LDAP_CONNECTIONS = {"Connection", "initialize", "LDAPObject", "ReconnectLDAPObject"}


def _made_by(doc: Document, call: ts.Node, factories: set[str]) -> bool:
    """The receiver of a method call is the result of one of `factories` (directly, or
    through a name assigned from one)."""
    fn = call.child_by_field_name("function")
    recv = fn.child_by_field_name("object") if fn is not None and fn.type == "attribute" else None
    if recv is None:
        return False
    made = [recv]
    if recv.type == "identifier":
        made = definitions(doc, scope_of(recv), text(doc, recv), recv.start_byte)
    return any(
        m.type == "call" and last_name(dotted(doc, m.child_by_field_name("function"))) in factories
        for m in made
    )


def ldap_injection(doc: Document, rule: Rule) -> Iterator[Finding]:
    """An LDAP search whose filter or base is assembled from untrusted data."""
    for call, name in calls(doc):
        last = last_name(name)
        if "." not in name or last not in _LDAP_SEARCH | {"search"}:
            continue
        positional, keywords = arguments(call)
        nodes = positional[:3] + [keywords[k] for k in _LDAP_KEYWORDS if k in keywords]
        if last == "search":
            # ldap3's Connection.search(search_base, search_filter, ...)
            nodes = positional[:2] + [keywords[k] for k in _LDAP_KEYWORDS if k in keywords]
            ldapish = (
                "search_filter" in keywords
                or "search_base" in keywords
                or _made_by(doc, call, _LDAP_CONNECTIONS)
                or any(
                    _LDAP_FILTER.search(value_of(doc, n).literal)
                    or _LDAP_DN.search(value_of(doc, n).literal)
                    for n in nodes
                )
            )
            if not ldapish:
                continue
        for node in nodes:
            if is_string(node) and not has_interpolation(node):
                continue
            verdict = flow(doc, node, "ldap")
            v = verdict.value
            if verdict.taint is None:
                continue
            if (v.built and "=" in v.literal) or verdict.strength == "input":
                yield _report(doc, rule, node, verdict)
                break


# ElementTree's find family takes a limited XPath; lxml's xpath(), XPath() and the evaluators
# take full XPath.
_XPATH_FIND = {"find", "findall", "findtext", "iterfind"}
_XPATH_FULL = {"xpath", "XPath", "ETXPath"}
_XPATH_EVALUATORS = {"XPathEvaluator", "XPathDocumentEvaluator", "XPathElementEvaluator"}


def _evaluator_names(doc: Document) -> set[str]:
    """Names bound to an lxml XPath evaluator (`ev = etree.XPathEvaluator(tree)`)."""
    names: set[str] = set()
    for assign in index(doc).get("assignment", ()):
        left = assign.child_by_field_name("left")
        right = assign.child_by_field_name("right")
        if (
            left is not None
            and right is not None
            and right.type == "call"
            and last_name(dotted(doc, right.child_by_field_name("function"))) in _XPATH_EVALUATORS
        ):
            names.add(dotted(doc, left))
    return names


def xpath_injection(doc: Document, rule: Rule) -> Iterator[Finding]:
    """An XPath expression assembled from untrusted data."""
    evaluators: set[str] | None = None
    mentions_xpath = "xpath" in doc.text.lower()
    mentions_evaluator = "Evaluator" in doc.text
    for call, name in calls(doc):
        last = last_name(name)
        full = last in _XPATH_FULL
        if not full and last not in _XPATH_FIND:
            if last in ("evaluate", "select") and mentions_xpath:
                full = True
            else:
                fn = call.child_by_field_name("function")
                if fn is not None and fn.type == "call":  # etree.XPathEvaluator(tree)(expr)
                    inner = last_name(dotted(doc, fn.child_by_field_name("function")))
                    full = inner in _XPATH_EVALUATORS
                elif mentions_evaluator:
                    if evaluators is None:
                        evaluators = _evaluator_names(doc)
                    full = name in evaluators
                if not full:
                    continue
        query = argument(call, 0, "path", "_path")
        if query is None or (is_string(query) and not has_interpolation(query)):
            continue
        verdict = flow(doc, query, "xpath")
        v = verdict.value
        if verdict.taint is None:
            continue
        if full:
            if not v.built and verdict.strength != "input":
                continue
        elif not (v.built and re.search(r"[\[/@]", v.literal)):
            continue
        yield _report(doc, rule, query, verdict)


_MONGO = {
    "find",
    "find_one",
    "find_one_and_update",
    "find_one_and_delete",
    "find_one_and_replace",
    "update_one",
    "update_many",
    "delete_one",
    "delete_many",
    "count_documents",
    "aggregate",
    "replace_one",
    "count",
    "distinct",
    "remove",
}
_SCALARS = frozenset({"str", "int", "float", "bool", "ObjectId", "escape", "len"})
_JSON_PARSERS = frozenset({"loads", "get_json", "json", "parse_raw", "load"})
_JSONISH = re.compile(r"json|loads|to_dict|get_json|\bbody\b|args$|form$|data$")


def _where_values(doc: Document, node: ts.Node) -> Iterator[ts.Node]:
    if node.type != "dictionary":
        return
    for pair in node.named_children:
        if pair.type != "pair":
            continue
        key = pair.child_by_field_name("key")
        value = pair.child_by_field_name("value")
        if key is None or value is None:
            continue
        if is_string(key) and string_content(doc, key) in ("$where", "$function", "$accumulator"):
            yield value
        yield from _where_values(doc, value)


_DYNAMO = {"scan", "query", "update_item", "put_item", "delete_item", "get_item"}
_DYNAMO_EXPRESSIONS = (
    "FilterExpression",
    "KeyConditionExpression",
    "ConditionExpression",
    "UpdateExpression",
    "ProjectionExpression",
)


def _dynamo_expressions(doc: Document, rule: Rule, call: ts.Node) -> Iterator[Finding]:
    """A DynamoDB expression assembled from untrusted data instead of placeholders."""
    _, keywords = arguments(call)
    for key in _DYNAMO_EXPRESSIONS:
        node = keywords.get(key)
        if node is None or not value_of(doc, node).built:
            continue
        verdict = flow(doc, node, "nosql")
        if verdict.taint is not None:
            yield _report(doc, rule, node, verdict)
            return


def nosql_injection(doc: Document, rule: Rule) -> Iterator[Finding]:
    """MongoDB queries taken whole from request JSON, $where code built from input, and
    DynamoDB expressions built from input."""
    for call, name in calls(doc):
        if last_name(name) in _DYNAMO and "." in name:
            yield from _dynamo_expressions(doc, rule, call)
            continue
        if last_name(name) not in _MONGO or "." not in name:
            continue
        query = argument(call, 0, "filter", "spec")
        if query is None or is_string(query):
            continue
        reported = False
        for code in _where_values(doc, query):
            verdict = flow(doc, code, "nosql")
            if verdict.taint is not None:
                yield _report(doc, rule, code, verdict)
                reported = True
                break
        if reported:
            continue
        candidates = [query]
        if query.type == "dictionary":
            candidates = [
                p.child_by_field_name("value") or p
                for p in query.named_children
                if p.type == "pair"
            ]
        for node in candidates:
            if node.type in ("string", "integer", "dictionary", "list"):
                continue
            if made_by(doc, node, _SCALARS):
                continue  # a scalar cannot carry a query operator
            verdict = flow(doc, node, "nosql")
            mine = verdict.taint
            if mine is None or mine.strength != "input":
                continue
            if not (_JSONISH.search(mine.source) or made_by(doc, node, _JSON_PARSERS)):
                continue
            yield _report(doc, rule, node, verdict)
            break


# ---------------------------------------------------------------------------------------------
# Templates, headers, logs, regular expressions, format strings
def template_injection(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A template compiled from untrusted text (server-side template injection)."""
    string_template = re.search(r"from\s+string\s+import\s+[^\n]*\bTemplate\b", doc.text)
    for call, name in calls(doc):
        last = last_name(name)
        if last not in ("render_template_string", "from_string", "Template", "compile_expression"):
            continue
        if name in ("string.Template",) or (name == "Template" and string_template):
            continue
        source = argument(call, 0, "source", "source_string", "text")
        if source is None or (is_string(source) and not has_interpolation(source)):
            continue
        verdict = flow(doc, source, "template")
        if verdict.taint is None:
            continue
        yield _report(doc, rule, source, verdict)


_HEADERISH = re.compile(r"(?i)(?:^|\.)(?:headers?|response|resp|res)$")
_RESPONSE_CALLS = {"Response", "make_response", "HttpResponse", "JSONResponse", "HTMLResponse"}


def header_injection(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Untrusted data written into an HTTP response header (CR/LF injection)."""
    idx = index(doc)
    for assign in idx.get("assignment", ()):
        left = assign.child_by_field_name("left")
        right = assign.child_by_field_name("right")
        if left is None or right is None or left.type != "subscript" or not doc.in_text(assign):
            continue
        base = left.child_by_field_name("value")
        if base is None or not _HEADERISH.search(dotted(doc, base)):
            continue
        base_name = dotted(doc, base)
        function = enclosing_function(assign)
        scope_text = text(doc, function) if function is not None else doc.text
        if re.search(r"headers\s*=\s*" + re.escape(base_name) + r"\b", scope_text):
            continue  # headers of an outgoing request
        verdict = flow(doc, right, "header")
        if verdict.taint is None:
            continue
        yield _report(doc, rule, right, verdict)
    for call, name in calls(doc):
        last = last_name(name)
        values: list[ts.Node] = []
        if last in ("add", "set", "setdefault", "add_header", "set_header", "__setitem__") and (
            re.search(r"(?i)headers?$", name.rsplit(".", 1)[0]) or last in ("set_header",)
        ):
            positional, _ = arguments(call)
            values = positional[1:2]
        elif last in _RESPONSE_CALLS:
            _, kw = arguments(call)
            headers = kw.get("headers")
            if headers is not None and headers.type == "dictionary":
                values = [
                    p.child_by_field_name("value") or p
                    for p in headers.named_children
                    if p.type == "pair"
                ]
            values += [kw[k] for k in ("content_type", "mimetype") if k in kw]
        for node in values:
            verdict = flow(doc, node, "header")
            if verdict.taint is not None:
                yield _report(doc, rule, node, verdict)
                break


_LOGGER = re.compile(
    r"(?i)(?:^|\.)(?:logging|_?logger|_?log|app\.logger|current_app\.logger|getlogger\([^)]*\))"
    r"\.(?:debug|info|warning|warn|error|critical|exception|fatal|log)$"
)


# Calls whose result shows line breaks as escapes.
_QUOTED = frozenset({"repr", "dumps", "quote", "quote_plus"})


def log_injection(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Input from a request or the user written to a log without removing line breaks."""
    for call, name in calls(doc):
        if not _LOGGER.search(name):
            continue
        positional, _ = arguments(call)
        for node in positional:
            if is_string(node) and not has_interpolation(node):
                continue
            if made_by(doc, node, _QUOTED):
                continue
            verdict = flow(doc, node, "log")
            if verdict.strength == "input":
                yield _report(doc, rule, node, verdict)
                break


_RE_FUNCS = {
    "compile",
    "search",
    "match",
    "fullmatch",
    "findall",
    "finditer",
    "sub",
    "subn",
    "split",
}


def _is_re_call(name: str) -> bool:
    head, _, last = name.rpartition(".")
    return head in ("re", "regex") and last in _RE_FUNCS


def regex_injection(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A regular expression compiled from untrusted text (ReDoS, pattern injection)."""
    for call, name in calls(doc):
        if not _is_re_call(name):
            continue
        pattern = argument(call, 0, "pattern")
        if pattern is None or (is_string(pattern) and not has_interpolation(pattern)):
            continue
        verdict = flow(doc, pattern, "regex")
        if verdict.taint is None:
            continue
        yield _report(doc, rule, pattern, verdict)


def _unescape(raw: str) -> str:
    return raw.replace("\\\\", "\\")


def nested_quantifier(pattern: str) -> bool:
    """A group repeated without bound whose body also repeats without bound: (a+)+, (\\w*x)*."""
    stack: list[bool] = []  # per open group: does its body hold an unbounded quantifier?
    i = 0
    in_class = False
    last_group_unbounded: bool | None = None
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            last_group_unbounded = None
            continue
        if in_class:
            if ch == "]":
                in_class = False
            i += 1
            continue
        if ch == "[":
            in_class = True
            last_group_unbounded = None
        elif ch == "(":
            stack.append(False)
            last_group_unbounded = None
        elif ch == ")":
            inner = stack.pop() if stack else False
            last_group_unbounded = inner
            i += 1
            continue
        elif ch in "*+" or (ch == "{" and re.match(r"\{\d*,\}", pattern[i:])):
            if last_group_unbounded:
                return True
            if stack:
                stack[-1] = True
            last_group_unbounded = None
            if last_group_unbounded is None and stack:
                stack[-1] = True
        else:
            last_group_unbounded = None
        i += 1
    return False


def regex_redos(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A constant regular expression with nested unbounded repetition."""
    for call, name in calls(doc):
        if not _is_re_call(name):
            continue
        pattern = argument(call, 0, "pattern")
        if pattern is None:
            continue
        literals = literal_values(doc, pattern) or set()
        if any(nested_quantifier(_unescape(literal)) for literal in literals):
            yield _report(doc, rule, pattern)


def format_string_injection(doc: Document, rule: Rule) -> Iterator[Finding]:
    """str.format() on a template that comes from the user: attribute access leaks data."""
    for call, name in calls(doc):
        last = last_name(name)
        if last not in ("format", "format_map"):
            continue
        fn = call.child_by_field_name("function")
        receiver = fn.child_by_field_name("object") if fn is not None else None
        if receiver is None:
            continue
        if dotted(doc, receiver) == "str":
            receiver = argument(call, 0)
        if receiver is None or is_string(receiver):
            continue
        verdict = flow(doc, receiver, "format")
        if verdict.strength != "input":
            continue
        yield _report(doc, rule, receiver, verdict)


# ---------------------------------------------------------------------------------------------
# Web: paths, SSRF, redirects, XSS
_OPEN = {"open", "io.open", "codecs.open", "aiofiles.open", "os.open"}
_PATH_CALLS = {
    "os.remove",
    "os.unlink",
    "os.rmdir",
    "os.removedirs",
    "os.listdir",
    "os.scandir",
    "os.makedirs",
    "os.mkdir",
    "os.rename",
    "os.replace",
    "os.stat",
    "os.walk",
    "os.chmod",
    "os.chown",
    "shutil.rmtree",
    "shutil.copy",
    "shutil.copyfile",
    "shutil.copy2",
    "shutil.copytree",
    "shutil.move",
    "send_file",
    "flask.send_file",
    "send_from_directory",
    "flask.send_from_directory",
    "FileResponse",
    "static_file",
    "remove",
    "unlink",
}
_PATH_METHODS = {"read_text", "read_bytes", "write_text", "write_bytes", "unlink", "rmdir", "open"}


def _path_targets(doc: Document, call: ts.Node, name: str) -> list[ts.Node]:
    last = last_name(name)
    if name in _OPEN or name in _PATH_CALLS:
        target = argument(call, 0, "file", "path", "filename", "directory", "src", "path_or_file")
        return [target] if target is not None else []
    fn = call.child_by_field_name("function")
    receiver = (
        fn.child_by_field_name("object") if fn is not None and fn.type == "attribute" else None
    )
    if receiver is None:
        return []
    if last in _PATH_METHODS and receiver.type == "call":
        inner = dotted(doc, receiver.child_by_field_name("function"))
        if last_name(inner) in ("Path", "PurePath", "PosixPath"):
            target = argument(receiver, 0)
            return [target] if target is not None else []
    if last == "save":
        source = tainted(doc, receiver, "path")
        if source is not None and source.strength == "input":
            target = argument(call, 0, "dst")
            return [target] if target is not None else []
    return []


def path_traversal(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A file path joined from untrusted input and used without a containment check."""
    for call, name in calls(doc):
        for target in _path_targets(doc, call, name):
            if is_string(target) and not has_interpolation(target):
                continue
            verdict = flow(doc, target, "path")
            if verdict.taint is None:
                continue
            if verdict.strength != "input" and not verdict.value.built:
                continue
            yield _report(doc, rule, target, verdict)


def tar_extract(doc: Document, rule: Rule) -> Iterator[Finding]:
    """tarfile extraction without a filter or a check of the member names."""
    if "tarfile" not in doc.text and "TarFile" not in doc.text:
        return
    for call, name in calls(doc):
        last = last_name(name)
        if last not in ("extractall", "extract") or "." not in name:
            continue
        receiver = name.rsplit(".", 1)[0]
        origin = receiver
        fn = call.child_by_field_name("function")
        obj = fn.child_by_field_name("object") if fn is not None else None
        if obj is not None and obj.type == "identifier":
            defs = definitions(doc, scope_of(obj), text(doc, obj), obj.start_byte)
            origin += " " + " ".join(text(doc, d) for d in defs)
        if re.search(r"(?i)zip", origin) or not re.search(r"(?i)tar", origin):
            continue
        kw = keyword_nodes(call)
        if "filter" in kw or "members" in kw:
            continue
        function = enclosing_function(call) or doc.root
        before = doc.data[function.start_byte : call.start_byte].decode("utf-8", "replace")
        if re.search(
            r"['\"]\.\.['\"]\s+in\b|isabs\(|realpath|abspath|commonpath|is_relative_to"
            r"|extraction_filter|data_filter",
            before,
        ):
            continue
        yield _report(doc, rule, call, fix=_fixes.tar_filter(doc, call))


_HTTP_CLIENTS = re.compile(
    r"^(?:requests|httpx|aiohttp|urllib3|session|sess|client|http_client|s|http)\."
    r"(?:get|post|put|delete|head|patch|options|request|stream|urlopen)$"
    r"|^(?:urllib\.request\.|urllib2\.|request\.)?urlopen$|^(?:urllib\.request\.)?Request$"
    r"|^(?:requests\.)?Session\(\)\.(?:get|post|put|delete|head|patch|request)$"
    r"|^(?:http\.client\.)?HTTPS?Connection$|^(?:self\.)?(?:session|client)\.(?:get|post|request)$"
)


def _host_fixed(doc: Document, node: ts.Node, depth: int = 0) -> bool:
    """A URL whose scheme and host are constant text ahead of any run-time part."""
    if depth > 4:
        return False
    if node.type == "identifier":
        defs = definitions(doc, scope_of(node), text(doc, node), node.start_byte)
        return len(defs) == 1 and _host_fixed(doc, defs[0], depth + 1)
    prefix = ""
    if node.type == "string":
        for child in node.named_children:
            if child.type == "interpolation":
                inner = child.named_children[0] if child.named_children else None
                if inner is not None and inner.type in ("identifier", "attribute"):
                    name = text(doc, inner)
                    if CONSTANT_NAME.match(last_name(name)):
                        return True  # {BASE_URL}/... : a configured host
                break
            if child.type == "string_content":
                prefix += text(doc, child)
    elif node.type == "binary_operator":
        left = node.child_by_field_name("left")
        if left is not None and left.type in ("identifier", "attribute"):
            return bool(CONSTANT_NAME.match(last_name(text(doc, left))))
        return left is not None and _host_fixed(doc, left, depth + 1)
    elif node.type == "call":
        name = dotted(doc, node.child_by_field_name("function"))
        fn = node.child_by_field_name("function")
        recv = (
            fn.child_by_field_name("object") if fn is not None and fn.type == "attribute" else None
        )
        if last_name(name) == "format" and recv is not None and recv.type == "string":
            prefix = string_content(doc, recv).split("{", 1)[0]
        elif last_name(name) == "urljoin":
            base = argument(node, 0)
            return base is not None and (
                (is_string(base) and not has_interpolation(base))
                or bool(CONSTANT_NAME.match(last_name(text(doc, base))))
            )
    return bool(re.match(r"^[a-zA-Z][\w+.-]*://[^/{}]+/", prefix)) or prefix.startswith("/")


def ssrf(doc: Document, rule: Rule) -> Iterator[Finding]:
    """An outgoing request to a URL whose host comes from untrusted input."""
    for call, name in calls(doc):
        if not _HTTP_CLIENTS.search(name):
            continue
        last = last_name(name)
        if last == "request" or (last == "urlopen" and name.startswith(("urllib3", "http"))):
            url = argument(call, 1, "url")
        else:
            url = argument(call, 0, "url", "host")
        if url is None or (is_string(url) and not has_interpolation(url)):
            continue
        verdict = flow(doc, url, "ssrf")
        if verdict.taint is None:
            continue
        if verdict.strength != "input" and not verdict.value.built:
            continue
        if _destination_checked(doc, call, "ssrf"):
            continue
        if _host_fixed(doc, url):
            if verdict.strength != "input":
                continue
            yield _report(
                doc,
                rule,
                url,
                verdict,
                message="Request input becomes part of the path of an outgoing request (partial "
                "SSRF): it can reach other endpoints of that host. Validate or quote the value.",
                confidence=Confidence.MEDIUM,
            )
            continue
        yield _report(doc, rule, url, verdict)


# Checks of where a URL points, which the data flow does not model: a host compared with an
# allow-list, a relative-path test, a framework's safe-URL helper.
_DESTINATION_CHECKS: dict[str, re.Pattern[str]] = {
    "redirect": re.compile(
        r"netloc|url_has_allowed_host_and_scheme|is_safe_url|urlparse|urlsplit|\.hostname\b"
        r"|startswith\(\s*['\"]/|ALLOWED|allowed_(?:hosts|domains|urls)|allowlist|whitelist"
    ),
    "ssrf": re.compile(
        r"netloc|\.hostname\b|urlparse|urlsplit|ALLOWED|allowed_(?:hosts|domains|urls)"
        r"|allowlist|whitelist|ip_address\("
    ),
}


def _destination_checked(doc: Document, node: ts.Node, kind: str) -> bool:
    """The function checks where a URL points before `node`."""
    scope = enclosing_function(node) or doc.root
    body = doc.data[scope.start_byte : node.start_byte].decode("utf-8", "replace")
    return bool(_DESTINATION_CHECKS[kind].search(body))


# URLs the application's router builds.
_ROUTER_URLS = frozenset({"url_for", "reverse", "reverse_lazy", "resolve_url"})
_REDIRECTS = {
    "redirect",
    "HttpResponseRedirect",
    "HttpResponsePermanentRedirect",
    "RedirectResponse",
    "flask.redirect",
}


def open_redirect(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A redirect to a URL taken from the request without checking where it points."""
    targets: list[tuple[ts.Node, ts.Node]] = []
    for call, name in calls(doc):
        if last_name(name) in _REDIRECTS or name in _REDIRECTS:
            url = argument(call, 0, "url", "to", "location", "redirect_to")
            if url is not None:
                targets.append((call, url))
    for assign in index(doc).get("assignment", ()):
        left = assign.child_by_field_name("left")
        right = assign.child_by_field_name("right")
        if left is not None and right is not None and left.type == "subscript":
            key = left.child_by_field_name("subscript")
            if (
                key is not None
                and is_string(key)
                and string_content(doc, key).lower() == "location"
            ):
                targets.append((assign, right))
    for anchor, url in targets:
        if is_string(url) and not has_interpolation(url):
            continue
        if made_by(doc, url, _ROUTER_URLS):
            continue
        verdict = flow(doc, url, "redirect")
        if verdict.taint is None or _host_fixed(doc, url):
            continue
        if _destination_checked(doc, anchor, "redirect"):
            continue
        yield _report(doc, rule, url, verdict)


_HTML_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*[\s>/]")
_PLAIN = re.compile(r"(?:mimetype|content_type)\s*=\s*['\"](?:text/plain|application/json)")


def xss_response(doc: Document, rule: Rule) -> Iterator[Finding]:
    """An HTML response assembled from untrusted data without escaping."""
    candidates: list[tuple[ts.Node, ts.Node]] = []
    for call, name in calls(doc):
        if (
            last_name(name) in _RESPONSE_CALLS
            or name in ("web.Response",)
            or (last_name(name) == "set_data" and re.search(r"(?i)resp", name))
        ):
            body = argument(call, 0, "response", "content", "body", "text")
            if body is not None and not _PLAIN.search(text(doc, call)):
                candidates.append((call, body))
    html_scopes: dict[int, bool] = {}
    for ret in index(doc).get("return_statement", ()):
        expr = ret.named_children[0] if ret.named_children else None
        if expr is None or expr.type == "call":
            continue
        # A returned value is a response only in a handler or next to HTML markup: look for
        # either before following the data (the costly part).
        scope = enclosing_function(ret)
        key = scope.id if scope is not None else -1
        if key not in html_scopes:
            html_scopes[key] = is_handler(doc, scope) or bool(
                _HTML_TAG.search(text(doc, scope) if scope is not None else doc.text)
            )
        if html_scopes[key]:
            candidates.append((ret, expr))
    for anchor, body in candidates:
        if not doc.in_text(body) or (is_string(body) and not has_interpolation(body)):
            continue
        function = enclosing_function(anchor)
        handler = is_handler(doc, function)
        verdict = flow(doc, body, "xss")
        v = verdict.value
        if verdict.taint is None:
            continue
        # the raw value itself: reflected only when it comes straight from the request
        if not v.built and (verdict.strength != "input" or not (handler or anchor.type == "call")):
            continue
        html = bool(_HTML_TAG.search(v.literal))
        if anchor.type == "return_statement":
            # Outside a handler only real HTML markup makes a returned string a page
            # (`<p>`, `<div>`), not `<overload>` or `<TypeList ...>` in a repr.
            if not (handler or (html and HTML_TAG.search(v.literal))):
                continue
        elif not html and verdict.strength != "input":
            continue
        yield _report(doc, rule, body, verdict)


_SESSION = re.compile(r"^(?:flask\.)?session$|(?:^|\.)request\.session$")
_REQUEST_OBJECTS = ("request", "flask.request", "self.request")
_AUTHENTICATED = re.compile(
    r"check_password|verify|authenticate|compare_digest|checkpw|login_user|password_hash"
)


def session_untrusted_data(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Request data written into the session (a trust boundary) without a check."""
    for assign in index(doc).get("assignment", ()):
        left = assign.child_by_field_name("left")
        right = assign.child_by_field_name("right")
        if left is None or right is None or left.type != "subscript" or not doc.in_text(assign):
            continue
        base = left.child_by_field_name("value")
        if base is None or not _SESSION.search(dotted(doc, base)):
            continue
        if right.type == "attribute":
            obj = right.child_by_field_name("object")
            if obj is not None and not dotted(doc, obj).startswith(_REQUEST_OBJECTS):
                continue  # a field of a record the server looked up
        verdict = flow(doc, right, "any")
        if verdict.taint is None:
            continue
        function = enclosing_function(assign) or doc.root
        before = doc.data[function.start_byte : assign.start_byte].decode("utf-8", "replace")
        if _AUTHENTICATED.search(before):
            continue  # the identity was checked: a login
        yield _report(doc, rule, assign, verdict)


# ---------------------------------------------------------------------------------------------
# Deserialisation and XML
_XML_MODULES = re.compile(
    r"^(?:xml\.etree\.(?:c?ElementTree)|ET|ElementTree|etree|cElementTree|lxml\.etree|"
    r"xml\.dom\.minidom|minidom|xml\.dom\.pulldom|pulldom|xml\.sax|sax|expatbuilder|"
    r"xml\.dom\.expatbuilder|objectify|lxml\.objectify)$"
)
_XML_PARSE = {"parse", "fromstring", "XML", "iterparse", "parseString", "XMLID", "fromstringlist"}


def xml_parse_untrusted(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Untrusted XML parsed with the standard library or lxml instead of defusedxml."""
    defused = set(re.findall(r"defusedxml[\w.]*\s+import\s+([\w, ]+)", doc.text))
    defused_names = {n.strip().split(" as ")[-1] for group in defused for n in group.split(",")}
    defused_names |= set(re.findall(r"import\s+defusedxml[\w.]*\s+as\s+(\w+)", doc.text))
    for call, name in calls(doc):
        head, _, last = name.rpartition(".")
        if last not in _XML_PARSE or not _XML_MODULES.match(head):
            continue
        if head in defused_names or head.startswith("defusedxml"):
            continue
        kw = keyword_nodes(call)
        positional, _ = arguments(call)
        parser = kw.get("parser")
        if parser is None and len(positional) > 1 and head.endswith(("etree", "objectify")):
            parser = positional[1]
        hardened = parser is not None and "resolve_entities=True" not in text(doc, parser)
        if hardened and ("etree" in head or "objectify" in head):
            continue
        data = argument(call, 0, "source", "text", "string", "file")
        if data is None or (is_string(data) and not has_interpolation(data)):
            continue
        verdict = flow(doc, data, "xxe")
        if verdict.taint is None:
            continue
        yield _report(doc, rule, data, verdict)


# ---------------------------------------------------------------------------------------------
# Cryptography
_SECURITY_WORDS = re.compile(
    r"(?i)passw|passwd|pwd|secret|token|api_?key|apikey|credential|auth|salt|nonce|otp\b|"
    r"sign|signature|hmac|verif|session|csrf|nonce|private|cipher|crypt|(?<![a-z])key(?![a-z])|"
    r"_key\b|\bkey_|reset|captcha|pin\b|pin_|_pin|challenge|api_?secret|access_?code|"
    r"activation|invite|recovery|one_?time|voucher|coupon|license"
)
_NOT_SECURITY = re.compile(
    r"(?i)checksum|etag|cache|fingerprint|file_?hash|content_?hash|digest_of_file|dedup|shard|"
    r"bucket|partition|color|colour|filename|md5sum|sha1sum|git|blob|chunk|gravatar|hash_file|"
    r"file_digest"
)


def _statement(node: ts.Node) -> ts.Node:
    current = node
    while current.parent is not None and current.parent.type not in (
        "block",
        "module",
        "class_definition",
    ):
        current = current.parent
    return current


def _context(doc: Document, node: ts.Node) -> str:
    """The statement around a node and the name of its function."""
    parts = [text(doc, _statement(node))]
    function = enclosing_function(node)
    if function is not None:
        fname = function.child_by_field_name("name")
        if fname is not None:
            parts.append(text(doc, fname))
    return "\n".join(parts)


_WEAK_HASHES = {"md5", "sha1", "sha", "md4", "md2", "ripemd160"}


def _hash_name(doc: Document, call: ts.Node, name: str) -> str | None:
    """The weak algorithm a hashing call selects, or None."""
    head, _, last = name.rpartition(".")
    low = last.lower()
    if head in ("hashlib", "") and low in ("md5", "sha1", "md4"):
        if head == "" and not re.search(
            r"from\s+hashlib\s+import[^\n]*\b" + last + r"\b", doc.text
        ):
            return None
        return low
    if head in ("hashlib",) and last == "new":
        algo = argument(call, 0, "name")
        return _weak_name(doc, algo) if algo is not None else None
    if last == "new" and re.search(r"(?:^|\.)(MD5|SHA1?|MD4|MD2)$", head):
        return head.rsplit(".", 1)[-1].lower()
    if head.endswith("hashes") and last in ("MD5", "SHA1"):
        return low
    if name in ("hmac.new", "hmac.digest", "hmac.HMAC"):
        digest = argument(call, 2, "digestmod", "digest")
        if digest is not None:
            d = text(doc, digest).lower()
            for weak in ("md5", "sha1"):
                if re.search(r"(?:^|\.)" + weak + r"$", d):
                    return weak
            return _weak_name(doc, digest)
    # getattr(hashlib, algorithm)(data)
    fn = call.child_by_field_name("function")
    if (
        fn is not None
        and fn.type == "call"
        and dotted(doc, fn.child_by_field_name("function"))
        in (
            "getattr",
            "builtins.getattr",
        )
    ):
        module, attr = argument(fn, 0), argument(fn, 1)
        if module is not None and attr is not None and text(doc, module) == "hashlib":
            return _weak_name(doc, attr)
    return None


def _weak_name(doc: Document, node: ts.Node) -> str | None:
    """The weak hash a name selects: a literal, or a variable or a config lookup whose every
    constant value (or literal default) names one."""
    values = literal_values(doc, node)
    if not values:
        return None
    for value in values:
        weak = value.lower().replace("-", "").replace("_", "")
        if weak in _WEAK_HASHES:
            return weak
    return None


_WEAK_HASH_AUDIT_MESSAGE = (
    "MD5/SHA-1 used as a checksum, cache key or fingerprint: collisions can be made on purpose, "
    "so use SHA-256 where an attacker can supply the data, or pass usedforsecurity=False."
)


def weak_hash(doc: Document, rule: Rule) -> Iterator[Finding]:
    """MD5 or SHA-1 where usedforsecurity=False does not say it is not for security."""
    for call, name in calls(doc):
        algo = _hash_name(doc, call, name)
        if algo is None:
            continue
        kw = keyword_nodes(call)
        flag = kw.get("usedforsecurity")
        if flag is not None and "False" in text(doc, flag):
            continue
        context = _context(doc, call)
        if _NOT_SECURITY.search(context) and not re.search(r"(?i)passw|secret|token|sign", context):
            # a checksum, cache key or file fingerprint: an audit note only
            yield _report(
                doc, rule, call, message=_WEAK_HASH_AUDIT_MESSAGE, confidence=Confidence.LOW
            )
            continue
        security = bool(_SECURITY_WORDS.search(context))
        fix = _fixes.weak_hash_to_sha256(doc, call, name) if security else None
        yield _report(
            doc,
            rule,
            call,
            confidence=Confidence.HIGH if security else Confidence.MEDIUM,
            fix=fix,
        )


_FAST_HASHES = re.compile(
    r"^(?:hashlib\.)?(?:md5|sha1|sha224|sha256|sha384|sha512|sha3_256|sha3_512|blake2b|blake2s)$"
)
_PASSWORDISH = re.compile(r"(?i)passw|passwd|\bpwd|_pwd|pass_?phrase|\bpw\b")


def _fast_hash_call(doc: Document, call: ts.Node, name: str) -> bool:
    if name == "hashlib.new":
        algo = argument(call, 0, "name")
        return (
            algo is not None
            and is_string(algo)
            and not string_content(doc, algo).startswith(("scrypt", "pbkdf"))
        )
    if not _FAST_HASHES.match(name):
        return False
    if not name.startswith("hashlib."):
        return bool(re.search(r"from\s+hashlib\s+import[^\n]*\b" + name + r"\b", doc.text))
    return True


def password_fast_hash(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A password hashed with a fast digest instead of a password-hashing function."""
    for call, name in calls(doc):
        payload: ts.Node | None = None
        if _fast_hash_call(doc, call, name):
            payload = argument(call, 1 if name == "hashlib.new" else 0, "data", "string")
        elif last_name(name) == "update":
            fn = call.child_by_field_name("function")
            obj = fn.child_by_field_name("object") if fn is not None else None
            if obj is None or obj.type != "identifier":
                continue
            defs = definitions(doc, scope_of(obj), text(doc, obj), obj.start_byte)
            if not any(
                d.type == "call"
                and _fast_hash_call(doc, d, dotted(doc, d.child_by_field_name("function")))
                for d in defs
            ):
                continue
            payload = argument(call, 0)
        if payload is None or not _PASSWORDISH.search(text(doc, payload)):
            continue
        if re.search(r"(?i)hash_?file|checksum", _context(doc, call)):
            continue
        yield _report(doc, rule, call)


_RSA_GENERATORS = re.compile(
    r"(?:^|\.)(?:rsa|dsa|dh)\.generate_(?:private_key|parameters)$|(?:^|\.)(?:RSA|DSA)\.generate$"
    r"|^(?:rsa\.)?newkeys$|(?:^|\.)generate_key$"
)


def small_key(doc: Document, rule: Rule) -> Iterator[Finding]:
    """RSA, DSA or DH keys shorter than 2048 bits."""
    for call, name in calls(doc):
        if not _RSA_GENERATORS.search(name):
            continue
        last = last_name(name)
        if last == "generate_key" and "RSA" not in doc.text and "TYPE_RSA" not in text(doc, call):
            continue
        if last in ("generate_private_key", "generate_parameters"):
            size = argument(call, 1, "key_size")
            kw = keyword_nodes(call)
            if "key_size" not in kw and name.split(".")[-2:-1] == ["dsa"]:
                size = argument(call, 0, "key_size")
            if last == "generate_parameters" and "key_size" not in kw:
                size = argument(call, 1, "key_size")
        elif last == "generate_key":
            size = argument(call, 1, "bits")
        else:
            size = argument(call, 0, "bits", "nbits")
        if size is None:
            continue
        number = _int_value(doc, size)
        if number is None or number >= 2048:
            continue
        yield _report(
            doc, rule, size, fix=_fixes.replace_node(doc, size, "2048", "Use 2048-bit keys")
        )


def _int_value(doc: Document, node: ts.Node) -> int | None:
    if node.type == "identifier":
        defs = definitions(doc, scope_of(node), text(doc, node), node.start_byte)
        if len(defs) == 1:
            return _int_value(doc, defs[0])
        return None
    if node.type != "integer":
        return None
    try:
        return int(text(doc, node).replace("_", ""), 0)
    except ValueError:
        return None


_RANDOM_FUNCS = {
    "random",
    "randint",
    "randrange",
    "choice",
    "choices",
    "sample",
    "shuffle",
    "getrandbits",
    "uniform",
    "randbytes",
}
_CHARSET = re.compile(
    r"ascii_(?:letters|lowercase|uppercase)|string\.(?:digits|letters|hexdigits|punctuation)"
    r"|['\"](?:abcdef|ABCDEF|0123456789|[a-zA-Z0-9]{20,})"
)
_GAME = re.compile(
    r"(?i)game|dice|roll|card|deck|player|enemy|monster|simulat|shuffle_?(?:songs|playlist)|"
    r"color|colour|sprite|jitter|backoff|delay|sleep|retry|sample_?size|train|test_|batch|"
    r"augment|noise|epoch|seed|weight|particle|maze|quiz|quote|greeting|joke|fortune"
)


def _charset_argument(doc: Document, call: ts.Node) -> bool:
    """The population of random.choice() is a name assigned an alphabet (string.ascii_letters,
    "abc..." and the like)."""
    population = argument(call, 0, "seq", "population")
    if population is None or population.type != "identifier":
        return False
    known = constant(doc, population)
    if known is not None and isinstance(known.value, str):
        # the one string it holds where the call runs
        return bool(_CHARSET.search(repr(known.value)))
    defs = definitions(doc, scope_of(population), text(doc, population), population.start_byte)
    return any(_CHARSET.search(text(doc, d)) for d in defs)


_AUDIT_RANDOM = _RANDOM_FUNCS | {"seed", "Random", "triangular", "gauss", "normalvariate"}
# Bare names that, with no import in sight, are the random module's.
_UNIQUE_RANDOM = {"random", "randint", "randrange", "getrandbits", "randbytes"}
_RANDOM_AUDIT_MESSAGE = (
    "The random module is predictable (Mersenne Twister): confirm this value is never a token, "
    "password, key, salt or security decision; use the secrets module for those."
)


def insecure_random(doc: Document, rule: Rule) -> Iterator[Finding]:
    """The random module producing tokens, passwords, keys or other secrets (medium); at audit
    level every other draw from it, seeding it, or making a `random.Random` instance (low)."""
    if "rand" not in doc.text:
        return
    imported = set()
    for m in re.finditer(r"from\s+random\s+import\s+([\w, ()]+)", doc.text):
        imported |= {n.strip(" ()") for n in m.group(1).split(",")}
    modules = {"random"} | set(re.findall(r"\bimport\s+random\s+as\s+(\w+)", doc.text))
    for call, name in calls(doc):
        head, _, last = name.rpartition(".")
        if last not in _AUDIT_RANDOM:
            continue
        if head == "" and last not in imported:
            # a fragment without its imports: names only the random module is known for
            if last in _UNIQUE_RANDOM and not re.search(
                r"\b(?:def|import)\s+[^\n]*\b" + last + r"\b", doc.text
            ):
                yield _report(
                    doc, rule, call, message=_RANDOM_AUDIT_MESSAGE, confidence=Confidence.LOW
                )
            continue
        if head not in modules and head != "":
            continue
        context = _context(doc, call)
        security = bool(_SECURITY_WORDS.search(context)) or _feeds_secret(doc, call)
        charset = last in ("choice", "choices", "sample") and (
            bool(_CHARSET.search(context)) or _charset_argument(doc, call)
        )
        game = bool(_GAME.search(context)) and not re.search(
            r"(?i)passw|token|secret|otp|salt", context
        )
        if last in _RANDOM_FUNCS and (security or charset) and not game:
            yield _report(doc, rule, call, fix=_fixes.random_to_secrets(doc, call, name))
        else:
            yield _report(doc, rule, call, message=_RANDOM_AUDIT_MESSAGE, confidence=Confidence.LOW)


_SECRET_USE = re.compile(r"(?i)set_cookie|cookie|remember|session\[")


def _feeds_secret(doc: Document, call: ts.Node) -> bool:
    """The value of `call` is stored under a name, then (within two assignments, in the same
    function) used as a secret: a security-named variable, a cookie or the session."""
    statement = _statement(call)
    if statement.type != "expression_statement" or not statement.named_children:
        return False
    first = statement.named_children[0]
    if first.type != "assignment":
        return False
    left = first.child_by_field_name("left")
    if left is None or left.type != "identifier":
        return False
    function = enclosing_function(call)
    scope = function if function is not None else doc.root
    after = doc.data[statement.end_byte : scope.end_byte].decode("utf-8", "replace")
    lines = after.split("\n")[:60]
    names = {text(doc, left)}
    for _ in range(2):
        grown = False
        for line in lines:
            if not any(re.search(rf"\b{re.escape(n)}\b", line) for n in names):
                continue
            if _SECURITY_WORDS.search(line) or _SECRET_USE.search(line):
                return not _NOT_SECURITY.search(line)
            # Follow only a copy or a string form of the value, not anything built from it.
            target = re.match(
                r"\s*([A-Za-z_]\w*)\s*=\s*(?:str|repr|hex|int|format)?\(?\s*[fbr]?['\"]?"
                r"\{?\s*(\w+)",
                line,
            )
            if target and target.group(2) in names and target.group(1) not in names:
                names.add(target.group(1))
                grown = True
        if not grown:
            break
    return False


def _cookie_flag_set(doc: Document, value: ts.Node) -> bool:
    """A set_cookie() flag argument is true: `True`, or a name or expression that folds to a
    true constant where the call runs (`secure = True if 7 * 42 - n > 200 else False`)."""
    if value.type in ("true", "false"):
        return value.type == "true"
    known = constant(doc, value)
    return known is not None and known.value is True


def cookie_without_flags(doc: Document, rule: Rule) -> Iterator[Finding]:
    """response.set_cookie() without both secure=True and httponly=True; a flag held in a
    variable counts when its value folds to True where the call runs. `**options` is trusted."""
    if "set_cookie" not in doc.text:
        return
    for call, name in calls(doc):
        if last_name(name) != "set_cookie" or "." not in name:
            continue
        args = call.child_by_field_name("arguments")
        if args is None or args.type != "argument_list":
            continue
        if any(a.type == "dictionary_splat" for a in args.named_children):
            continue
        keywords = arguments(call)[1]
        flags = [keywords.get("secure"), keywords.get("httponly")]
        if all(f is not None and _cookie_flag_set(doc, f) for f in flags):
            continue
        yield _report(doc, rule, call, fix=_fixes.cookie_flags(doc, {"match": [call]}))


_CIPHER_NEW = re.compile(r"(?:^|\.)AES\.new$|(?:^|\.)(?:DES3?|Blowfish|CAST|ARC2)\.new$")


def static_iv(doc: Document, rule: Rule) -> Iterator[Finding]:
    """An initialisation vector or nonce fixed in the source."""
    for call, name in calls(doc):
        target: ts.Node | None = None
        if _CIPHER_NEW.search(name):
            positional, kw = arguments(call)
            target = kw.get("iv") or kw.get("nonce") or kw.get("IV")
            if target is None and len(positional) > 2:
                mode = text(doc, positional[1])
                if "ECB" not in mode:
                    target = positional[2]
        elif re.search(r"(?:^|\.)modes\.(?:CBC|CFB|OFB|CTR|GCM|CFB8)$", name):
            target = argument(call, 0, "initialization_vector", "nonce")
        if target is None:
            continue
        if value_of(doc, target).dynamic:
            continue
        yield _report(doc, rule, target)


def weak_key_derivation(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Password hashing with a constant salt or too few iterations."""
    for call, name in calls(doc):
        last = last_name(name)
        if last in {"pbkdf2_hmac", "PBKDF2HMAC"}:
            salt, iterations = argument(call, 2, "salt"), argument(call, 3, "iterations")
        elif (last in ("scrypt", "Scrypt") and "hashlib" in name) or last == "Scrypt":
            salt, iterations = argument(call, 99, "salt"), None
        elif last == "PBKDF2" and "Crypto" in doc.text:
            salt, iterations = argument(call, 1, "salt"), argument(call, 3, "count")
        else:
            continue
        if salt is not None:
            v = value_of(doc, salt)
            if not v.dynamic and (v.stringy or salt.type in ("string", "concatenated_string")):
                yield _report(
                    doc,
                    rule,
                    salt,
                    message="The salt is a constant: use os.urandom(16) per password.",
                )
                continue
        if iterations is not None:
            count = _int_value(doc, iterations)
            if count is not None and count < 100_000:
                yield _report(
                    doc,
                    rule,
                    iterations,
                    message=f"{count} iterations are too few for PBKDF2: use at least 600000.",
                )


# ---------------------------------------------------------------------------------------------
# Secrets
_SECRET_NAME = re.compile(
    r"(?i)(?:^|_|\b)(?:pass(?:word|wd|phrase)?|pwd|secret(?:_?key)?|api_?key|apikey|"
    r"access_?key(?:_id)?|secret_?access_?key|auth_?token|access_?token|refresh_?token|"
    r"bearer_?token|token|private_?key|client_?secret|signing_?key|encryption_?key|"
    r"jwt_?secret|app_?secret|consumer_?secret|webhook_?secret|db_?pass(?:word)?|"
    r"credentials?)$"
)
_NOT_SECRET_NAME = re.compile(
    r"(?i)(?:_|^)(?:url|uri|endpoint|file|path|dir|name|field|type|header|len|length|env|var|"
    r"template|prefix|suffix|label|col|column|key_name|param|id_field|regex|pattern|format|"
    r"hint|policy|reset|route|view|form|input|prompt|message|msg|error|placeholder|attr|"
    r"char|chars|count|min|max|min_length|max_length|timeout|expiry|expires|ttl|algorithm|"
    r"method|scheme|kind|class|module|table|id|hash_?name)s?$|^(?:token_type|grant_type)$"
)
_PLACEHOLDER = re.compile(
    r"(?i)^(?:|\s+|x+|\*+|\.+|-+|<[^>]*>|\{[^}]*\}|\$\{[^}]*\}|\$\w+|%\(?\w*\)?s|none|null|nil|"
    r"todo|tbd|fixme|placeholder|redacted|your[\w\- ]*|enter[\w\- ]*|insert[\w\- ]*|"
    r"replace[\w\- ]*|put[\w\- ]*here|\.\.\.|xxx[\w-]*|env:.*|os\.environ.*)$"
)


# A bare `key` is a secret only when its value looks generated.
_KEY_NAME = re.compile(r"(?i)(?:^|_)key$")
_RANDOM_LOOKING = re.compile(r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)[A-Za-z0-9+/=_-]{20,}$")


def _secret_literal(doc: Document, node: ts.Node) -> str | None:
    if node.type != "string" or has_interpolation(node):
        return None
    raw = text(doc, node)
    if raw[:1].lower() in ("b", "r", "u") and raw[1:2] in "\"'":
        pass
    value = string_content(doc, node)
    if _PLACEHOLDER.match(value.strip()):
        return None
    if re.match(r"^[A-Z][A-Z0-9_]+$", value):
        return None  # the name of an environment variable
    if re.match(r"^(?:https?|file|s3|redis|postgres\w*|mysql|mongodb(?:\+srv)?)://", value):
        return value if re.search(r"://[^/\s:@]+:[^/\s@]+@", value) else None
    if re.search(r"[/\\].*\.\w{2,5}$|\.(?:html|txt|json|pem|key|crt|yaml|yml|env)$", value):
        return None
    if " " in value.strip() and len(value.split()) > 3:
        return None  # a sentence, not a secret
    return value


def _name_of(doc: Document, node: ts.Node) -> str:
    if node.type == "identifier":
        return text(doc, node)
    if node.type == "attribute":
        attr = node.child_by_field_name("attribute")
        return text(doc, attr) if attr is not None else ""
    if node.type == "subscript":
        key = node.child_by_field_name("subscript")
        if key is not None and is_string(key):
            return string_content(doc, key)
    if is_string(node):
        return string_content(doc, node)
    return ""


_SECRET_WORD_INSIDE = re.compile(
    r"(?i)(?:^|_)(?:password|passwd|passphrase|secret|api_?key|private_?key|client_?secret)_"
)
_SECRET_AUDIT_MESSAGE = (
    "A string literal is assigned to a name that speaks of a password, secret or key: confirm it "
    "is not a credential, or load it from the environment or a secrets manager."
)


def hardcoded_secret(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A password, key or token written into the source as a string literal."""
    idx = index(doc)
    pairs: list[tuple[str, ts.Node]] = []
    for assign in idx.get("assignment", ()):
        left = assign.child_by_field_name("left")
        right = assign.child_by_field_name("right")
        if left is not None and right is not None:
            pairs.append((_name_of(doc, left), right))
    for kwarg in idx.get("keyword_argument", ()):
        name = kwarg.child_by_field_name("name")
        value = kwarg.child_by_field_name("value")
        if name is not None and value is not None:
            pairs.append((text(doc, name), value))
    for pair in idx.get("pair", ()):
        key = pair.child_by_field_name("key")
        value = pair.child_by_field_name("value")
        if key is not None and value is not None and is_string(key):
            pairs.append((string_content(doc, key), value))
    for param in [*idx.get("default_parameter", ()), *idx.get("typed_default_parameter", ())]:
        name = param.child_by_field_name("name")
        value = param.child_by_field_name("value")
        if name is not None and value is not None:
            pairs.append((text(doc, name), value))
    compared: set[int] = set()
    for cmp in idx.get("comparison_operator", ()):
        kids = cmp.named_children
        if len(kids) == 2 and "==" in text(doc, cmp):
            for a, b in ((kids[0], kids[1]), (kids[1], kids[0])):
                pairs.append((_name_of(doc, a), b))
                compared.add(b.id)
    for call, cname in calls(doc):
        if re.search(r"(?i)(?:^|\.)(?:MySQLdb|pymysql|mysql\.connector|_mysql)\.connect$", cname):
            positional, _ = arguments(call)
            if len(positional) > 2:
                pairs.append(("password", positional[2]))
        elif cname in (
            "ftplib.FTP",
            "FTP",
            "ftplib.FTP_TLS",
            "FTP_TLS",
            "smtplib.SMTP",
        ) or last_name(cname) in ("login", "simple_bind_s", "bind_s"):
            positional, _ = arguments(call)
            if len(positional) > 1 and last_name(cname) in ("login", "simple_bind_s", "bind_s"):
                pairs.append(("password", positional[1]))
            elif len(positional) > 2:
                pairs.append(("password", positional[2]))
    for label, value in pairs:
        if not label or _NOT_SECRET_NAME.search(label):
            continue
        secret_name = bool(_SECRET_NAME.search(label))
        if not (secret_name or _KEY_NAME.search(label)) or not doc.in_text(value):
            if _SECRET_WORD_INSIDE.search(label) and doc.in_text(value):
                literal = _secret_literal(doc, value)
                if literal and not re.fullmatch(r"[a-z][a-z0-9_]*", literal):
                    # `admin_password_prod = "..."`: a secret word inside the name
                    yield _report(
                        doc, rule, value, message=_SECRET_AUDIT_MESSAGE, confidence=Confidence.LOW
                    )
            continue
        literal = _secret_literal(doc, value)
        if literal is None or (not secret_name and not _RANDOM_LOOKING.match(literal)):
            continue
        if value.id in compared and not _compared_secret(label, literal):
            continue
        yield _report(doc, rule, value)


_PASSWORD_NAME = re.compile(r"(?i)pass(?:word|wd|phrase)?|pwd|secret")


def _compared_secret(label: str, literal: str) -> bool:
    """Whether `name == "literal"` checks a hard-coded secret rather than a parser token.

    A password-like name compared with a word is a hard-coded password; any other name (a
    `token` of a tokenizer) needs a literal that looks generated.
    """
    if _PASSWORD_NAME.search(label):
        return len(literal) >= 4 and not re.fullmatch(r"\W+", literal)
    return bool(_RANDOM_LOOKING.match(literal))


_SECRET_VARS = re.compile(
    r"(?i)\b(?:password|passwd|pwd|secret|api_?key|token|access_?token|private_?key|"
    r"credentials?|client_?secret)\b"
)


def secret_in_log(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A password, token or key written to a log or printed."""
    for call, name in calls(doc):
        if not (_LOGGER.search(name) or name == "print"):
            continue
        positional, _ = arguments(call)
        for node in positional:
            dynamic = [
                n
                for n in _dynamic_names(doc, node)
                if _SECRET_VARS.search(n) and not re.search(r"(?i)len|hash|_id\b|valid|match", n)
            ]
            if dynamic:
                yield _report(doc, rule, node)
                break


def _dynamic_names(doc: Document, node: ts.Node) -> list[str]:
    names: list[str] = []
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type == "identifier":
            names.append(text(doc, n))
        elif n.type == "attribute":
            names.append(dotted(doc, n))
            continue
        elif n.type == "call":
            continue  # a function of the secret (len(), hash()) is not the secret
        stack.extend(n.named_children)
    return names


# ---------------------------------------------------------------------------------------------
# Configuration
def _mode_value(doc: Document, node: ts.Node) -> int | None:
    if node.type == "integer":
        return _int_value(doc, node)
    if node.type == "binary_operator" and "|" in text(doc, node):
        names = re.findall(r"S_I\w+", text(doc, node))
        if names:
            import stat

            value = 0
            for n in names:
                value |= int(getattr(stat, n, 0))
            return value
    if node.type == "attribute" and re.search(r"S_I\w+$", text(doc, node)):
        import stat

        return int(getattr(stat, text(doc, node).rsplit(".", 1)[-1], 0))
    return None


def permissive_file_mode(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Files or directories made writable by every user."""
    for call, name in calls(doc):
        last = last_name(name)
        mode: ts.Node | None = None
        if name in ("os.chmod", "os.fchmod", "os.lchmod", "os.makedirs", "os.mkdir", "os.mkfifo"):
            mode = argument(call, 1, "mode")
        elif name == "os.open":
            mode = argument(call, 2, "mode")
        elif last == "chmod" and "." in name:
            mode = argument(call, 0, "mode")
        elif name == "os.umask":
            value_node = argument(call, 0, "mask")
            if value_node is not None and _int_value(doc, value_node) == 0:
                yield _report(doc, rule, value_node)
            continue
        if mode is None:
            continue
        value = _mode_value(doc, mode)
        if value is not None and value & 0o002:
            yield _report(doc, rule, mode)


def django_debug(doc: Document, rule: Rule) -> Iterator[Finding]:
    """DEBUG = True in a Django settings module."""
    settings = (doc.path or "").endswith("settings.py") or bool(
        re.search(r"^(?:INSTALLED_APPS|MIDDLEWARE|ROOT_URLCONF|ALLOWED_HOSTS)\s*=", doc.text, re.M)
    )
    if not settings:
        return
    for assign in index(doc).get("assignment", ()):
        left = assign.child_by_field_name("left")
        right = assign.child_by_field_name("right")
        if left is None or right is None or text(doc, left) != "DEBUG" or right.type != "true":
            continue
        if enclosing_function(assign) is not None or not doc.in_text(assign):
            continue
        yield _report(
            doc, rule, right, fix=_fixes.replace_node(doc, right, "False", "Turn DEBUG off")
        )


_TRACEBACK = re.compile(r"traceback\.format_(?:exc|exception|tb|stack)\(|format_exc\(")


def _exception_names(function: ts.Node, doc: Document) -> set[str]:
    names: set[str] = set()
    for clause in index(doc).get("except_clause", ()):
        if not (function.start_byte <= clause.start_byte < function.end_byte):
            continue
        m = re.match(r"except\s+[^:]*?\bas\s+(\w+)", text(doc, clause))
        if m:
            names.add(m.group(1))
    return names


def stack_trace_exposure(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A web handler sends a traceback or an exception's text back to the client."""
    candidates: list[ts.Node] = []
    for ret in index(doc).get("return_statement", ()):
        if ret.named_children:
            candidates.append(ret.named_children[0])
    for call, name in calls(doc):
        if last_name(name) in _RESPONSE_CALLS | {"jsonify", "abort", "render_template"}:
            candidates.extend(arguments(call)[0] + list(arguments(call)[1].values()))
    seen: set[int] = set()
    for node in candidates:
        function = enclosing_function(node)
        if function is None or not is_handler(doc, function) or not doc.in_text(node):
            continue
        body = text(doc, node)
        exc = _exception_names(function, doc)
        leaked = bool(_TRACEBACK.search(body)) or any(
            re.search(r"(?:\bstr|\brepr)\(\s*" + e + r"\s*\)|\{\s*" + e + r"\s*(?:!r)?\}", body)
            or re.fullmatch(r"\(?\s*" + e + r"\s*\)?", body.strip())
            for e in exc
        )
        if leaked and node.start_byte not in seen:
            seen.add(node.start_byte)
            yield _report(doc, rule, node)


# ---------------------------------------------------------------------------------------------
# Uploads stored under the client's file name (CWE-434)
_PY_UPLOAD_SINK = re.compile(rb"\b(?:\w+\.save|(?P<w>(?:aiofiles\.)?open))\(")
_PY_UPLOAD_SOURCE = re.compile(
    rb"\.filename\b|request\.FILES(?:\[[^\]\n]*\]|\.get\([^)\n]*\))\.name\b"
)
_PY_UPLOAD_HOLDERS = (
    (rb"\b(\w+)\s*=\s*request\.FILES\b", rb"\bNAME\.name\b"),
    (rb"\bfor\s+(\w+)\s+in\s+request\.FILES\b", rb"\bNAME\.name\b"),
    (rb"\b(\w+)\.chunks\(", rb"\bNAME\.name\b"),
    (rb"\b(\w+)\s*:\s*\w*UploadedFile\b", rb"\bNAME\.name\b"),
)
_PY_UPLOAD_CONTEXT = re.compile(
    rb"(?i)upload|FileStorage|request\.files|request\.FILES|\.chunks\(\)|files\.get\(|getlist\("
)
_PY_UPLOAD_SAFE = re.compile(
    rb"(?i)allowed|allow_?list|white_?list|permitted|\bvalid\w*_(?:ext|type|mime|file|image)"
    rb"|EXTENSIONS|\.endswith\(|mimetypes\.|\bmagic\.|imghdr|\bfiletype\.|Image\.open\("
    rb"|FileExtensionValidator|\b(?:content_type|mime\w*|suffix|ext\w*)\b[^\n]*\bnot\s+in\b"
    rb"|\bif\b[^\n]*\b(?:content_type|mime\w*|suffix|ext\w*)\b[^\n]*\bin\b"
    rb"|splitext\([^\n]*\)\[1\][^\n]*\bin\b"
    rb"|\b\w*(?:safe_?type|is_?safe|(?:check|verify|validate)_?\w*(?:ext|type|mime|image))"
    rb"\w*\s*\("
    rb"|\b(?:ext|suffix|mime|content_type)\w*\s*[!=]=\s*['\"]"
)
_PY_UPLOAD_WRITES = re.compile(rb"""['"][rb]?[wax]b?\+?b?['"]""")


def unrestricted_upload(doc: Document, rule: Rule) -> Iterator[Finding]:
    """An uploaded file is saved under the client's name or extension with no type allow-list."""
    yield from upload_scan(
        doc,
        rule,
        sink=_PY_UPLOAD_SINK,
        source=_PY_UPLOAD_SOURCE,
        safe=_PY_UPLOAD_SAFE,
        context=_PY_UPLOAD_CONTEXT,
        calls=frozenset({"call"}),
        functions=frozenset({"function_definition"}),
        holders=_PY_UPLOAD_HOLDERS,
        writes=_PY_UPLOAD_WRITES,
    )


# ---------------------------------------------------------------------------------------------
# Weak ciphers and ECB mode, also where a variable, a table or a constant branch picks them
#
# A pick is what an expression can evaluate to where it runs: a folded constant string, or a
# leaf expression (an attribute, an imported name, a call, a container). Conditions that fold
# keep only the branch that runs, constant keys select one element of a table, and an
# assignment that always runs before the use hides the earlier ones.
Pick = ts.Node | str

_PICK_DEPTH = 6
_PICK_LIMIT = 24
_WEAK_CIPHER_MODULE = re.compile(r"(?:^|\.)(?:DES|DES3|ARC4|ARC2|Blowfish|CAST|XOR|RC4|RC2)$")
_WEAK_CIPHER_NAMES = frozenset({"DES", "DES3", "ARC4", "ARC2", "Blowfish", "CAST", "XOR"})
_WEAK_ALGORITHMS = frozenset({"TripleDES", "ARC4", "Blowfish", "CAST5", "IDEA", "SEED", "DES"})
_WEAK_ALGORITHMS_BARE = _WEAK_ALGORITHMS - {"DES"}
_ALGORITHMS = re.compile(r"(?:^|\.)algorithms$")
_CIPHER_PACKAGE = re.compile(r"(?:^|\.)Cipher$")
_MODES = re.compile(r"(?:^|\.)modes$")
_GETATTR = frozenset({"getattr", "builtins.getattr"})


def _truth(doc: Document, cond: ts.Node) -> bool | None:
    """Whether a condition holds where it runs, when it folds to a constant."""
    known = constant(doc, cond)
    return None if known is None else bool(known.value)


def _dead(doc: Document, node: ts.Node) -> bool:
    """Whether `node` sits in a branch that cannot run: the other side of a conditional
    expression or an `if`/`elif`/`else` whose conditions fold to constants."""
    child, parent = node, node.parent
    while parent is not None:
        t = parent.type
        if t == "conditional_expression":
            kids = parent.named_children
            if len(kids) == 3 and child.id in (kids[0].id, kids[2].id):
                truth = _truth(doc, kids[1])
                if truth is not None and truth != (child.id == kids[0].id):
                    return True
        elif t == "if_statement" and child.type == "block":
            cond = parent.child_by_field_name("condition")
            if cond is not None and _truth(doc, cond) is False:
                return True
        elif t in ("elif_clause", "else_clause") and child.type == "block":
            statement = parent.parent
            if (
                statement is not None
                and statement.type == "if_statement"
                and _branch_skipped(doc, statement, parent)
            ):
                return True
        elif t == "while_statement" and child.type == "block":
            cond = parent.child_by_field_name("condition")
            if cond is not None and _truth(doc, cond) is False:
                return True
        child, parent = parent, parent.parent
    return False


def _branch_skipped(doc: Document, statement: ts.Node, clause: ts.Node) -> bool:
    """An `elif`/`else` clause that cannot run: an earlier condition surely holds, or its own
    condition surely fails."""
    earlier = [statement.child_by_field_name("condition")]
    for other in statement.named_children:
        if other.id == clause.id:
            break
        if other.type == "elif_clause":
            earlier.append(other.child_by_field_name("condition"))
    if any(c is not None and _truth(doc, c) is True for c in earlier):
        return True
    own = clause.child_by_field_name("condition") if clause.type == "elif_clause" else None
    return own is not None and _truth(doc, own) is False


def _dominates(assignment_value: ts.Node, use: ts.Node) -> bool:
    """The assignment around `assignment_value` runs on every path to `use` (its statement is
    directly in a block that holds `use`)."""
    statement = assignment_value.parent
    if statement is not None and statement.type == "assignment":
        statement = statement.parent
    block = statement.parent if statement is not None else None
    if block is None or block.type not in ("block", "module"):
        return False
    return block.start_byte <= use.start_byte < block.end_byte and (
        statement is not None and statement.end_byte <= use.start_byte
    )


def _name_picks(doc: Document, node: ts.Node, depth: int) -> list[Pick]:
    name = text(doc, node)
    scope = scope_of(node)
    while True:
        defs = definitions(doc, scope, name, node.start_byte)
        is_param = scope.type == "function_definition" and name in parameter_names(doc, scope)
        if defs:
            live = [d for d in defs if not _dead(doc, d)]
            for i in range(len(live) - 1, -1, -1):
                if _dominates(live[i], node):
                    live = live[i:]
                    is_param = False
                    break
            out: list[Pick] = [node] if is_param or not assigned_only_here(doc, scope, name) else []
            for value in live:
                out.extend(_picks(doc, value, depth + 1))
            return out
        if is_param:
            return [node]
        outer = scope_of(scope) if scope.parent is not None else scope
        if outer == scope:
            return [node]  # an imported or global name: the leaf itself
        scope = outer


def _element_picks(doc: Document, table: ts.Node, key: ts.Node | None, depth: int) -> list[Pick]:
    """The elements of a dict or list literal that a key selects (every one when the key is
    not fixed)."""
    known = constant(doc, key) if key is not None else None
    out: list[Pick] = []
    if table.type == "dictionary":
        for pair in table.named_children:
            if pair.type != "pair":
                continue
            k, v = pair.child_by_field_name("key"), pair.child_by_field_name("value")
            if k is None or v is None:
                continue
            if known is not None:
                label = constant(doc, k)
                if label is None or label.value != known.value:
                    continue
            out.extend(_picks(doc, v, depth + 1))
        return out
    items = [c for c in table.named_children if c.type != "comment"]
    if known is not None and isinstance(known.value, int) and not isinstance(known.value, bool):
        if -len(items) <= known.value < len(items):
            return _picks(doc, items[known.value], depth + 1)
        return []
    for item in items:
        out.extend(_picks(doc, item, depth + 1))
    return out


_FOLDED = frozenset(
    {"identifier", "conditional_expression", "subscript", "call", "binary_operator"}
)


def _picks(doc: Document, node: ts.Node, depth: int = 0) -> list[Pick]:
    """What an expression can be where it runs (see `Pick`)."""
    if depth > _PICK_DEPTH:
        return [node]
    if node.type in _FOLDED:
        known = constant(doc, node)
        if known is not None and isinstance(known.value, str):
            return [known.value]
    t = node.type
    if t == "string":
        return [string_content(doc, node)] if not has_interpolation(node) else [node]
    if t == "parenthesized_expression" and node.named_children:
        return _picks(doc, node.named_children[0], depth + 1)
    if t == "conditional_expression":
        kids = node.named_children
        if len(kids) != 3:
            return [node]
        truth = _truth(doc, kids[1])
        if truth is not None:
            return _picks(doc, kids[0] if truth else kids[2], depth + 1)
        return _picks(doc, kids[0], depth + 1) + _picks(doc, kids[2], depth + 1)
    if t == "identifier":
        return _name_picks(doc, node, depth)[:_PICK_LIMIT]
    table: ts.Node | None = None
    key: ts.Node | None = None
    if t == "subscript":
        subs = node.children_by_field_name("subscript")
        table = node.child_by_field_name("value")
        key = subs[0] if len(subs) == 1 else None
    elif t == "call" and last_name(callee(doc, node)) == "get":
        fn = node.child_by_field_name("function")
        table = fn.child_by_field_name("object") if fn is not None else None
        key = argument(node, 0)
    if table is not None and key is not None:
        tables = [p for p in _picks(doc, table, depth + 1) if not isinstance(p, str)]
        if tables and all(p.type in ("dictionary", "list", "tuple") for p in tables):
            out: list[Pick] = []
            for p in tables:
                if not isinstance(p, str):
                    out.extend(_element_picks(doc, p, key, depth))
            return out[:_PICK_LIMIT]
    return [node]


def _getattr_parts(doc: Document, node: ts.Node) -> tuple[str, list[Pick]] | None:
    """`getattr(module, name)`: the module's text and what the name can be."""
    if node.type != "call" or callee(doc, node) not in _GETATTR:
        return None
    module, attr = argument(node, 0), argument(node, 1)
    if module is None or attr is None:
        return None
    return dotted(doc, module), _picks(doc, attr)


def _weak_cipher_literal(doc: Document, call: ts.Node) -> bool:
    """A call the direct forms name: DES.new(), algorithms.TripleDES(), pyDes.des()..."""
    fn = call.child_by_field_name("function")
    if fn is None:
        return False
    if fn.type == "identifier":
        return text(doc, fn) in _WEAK_ALGORITHMS_BARE
    if fn.type != "attribute":
        return False
    obj, attr = fn.child_by_field_name("object"), fn.child_by_field_name("attribute")
    if obj is None or attr is None:
        return False
    module, last = dotted(doc, obj), text(doc, attr)
    return (
        (last == "new" and bool(_WEAK_CIPHER_MODULE.search(module)))
        or (last in _WEAK_ALGORITHMS and bool(_ALGORITHMS.search(module)))
        or (obj.type == "identifier" and module == "pyDes" and last in ("des", "triple_des"))
    )


def _weak_module_picks(doc: Document, node: ts.Node) -> list[bool]:
    """For each value a cipher-module expression can be: whether it is a weak one."""
    verdicts: list[bool] = []
    for pick in _picks(doc, node):
        if isinstance(pick, str):
            verdicts.append(False)
            continue
        parts = _getattr_parts(doc, pick)
        if parts is not None and _CIPHER_PACKAGE.search(parts[0]):
            verdicts.extend(isinstance(p, str) and p in _WEAK_CIPHER_NAMES for p in parts[1])
        else:
            verdicts.append(
                pick.type in ("identifier", "attribute")
                and bool(_WEAK_CIPHER_MODULE.search(dotted(doc, pick)))
            )
    return verdicts


def _weak_constructor_picks(doc: Document, fn: ts.Node) -> list[bool]:
    """For each value a called expression can be: whether it builds a weak cipher."""
    verdicts: list[bool] = []
    for pick in _picks(doc, fn):
        if isinstance(pick, str):
            verdicts.append(False)
            continue
        parts = _getattr_parts(doc, pick)
        if parts is not None:
            if _ALGORITHMS.search(parts[0]):
                verdicts.extend(isinstance(p, str) and p in _WEAK_ALGORITHMS for p in parts[1])
            elif parts[1] == ["new"] or parts[1] == []:
                verdicts.extend(_weak_module_picks(doc, argument(pick, 0) or pick))
            else:
                verdicts.append(False)
            continue
        if pick.type == "identifier":
            verdicts.append(text(doc, pick) in _WEAK_ALGORITHMS_BARE)
        elif pick.type == "attribute":
            obj, attr = pick.child_by_field_name("object"), pick.child_by_field_name("attribute")
            last = text(doc, attr) if attr is not None else ""
            if obj is not None and last == "new":
                verdicts.extend(_weak_module_picks(doc, obj))
            else:
                module = dotted(doc, obj)
                verdicts.append(
                    (last in _WEAK_ALGORITHMS and bool(_ALGORITHMS.search(module)))
                    or (module == "pyDes" and last in ("des", "triple_des"))
                )
        else:
            verdicts.append(False)
    return verdicts


def _unpicked(doc: Document, node: ts.Node) -> bool:
    """`node` is an element of a dict or list literal bound to a name, and every use of the name
    selects another element with a constant key: the element is never used."""
    element = node
    if element.parent is not None and element.parent.type == "pair":
        if element.parent.child_by_field_name("value") != element:
            return False
        element = element.parent
    table = element.parent
    if table is None or table.type not in ("dictionary", "list", "tuple"):
        return False
    assignment = table.parent
    if assignment is None or assignment.type != "assignment":
        return False
    target = assignment.child_by_field_name("left")
    if target is None or target.type != "identifier":
        return False
    name = text(doc, target)
    scope = scope_of(assignment)
    end = scope.end_byte if scope.parent is not None else len(doc.data)
    uses = 0
    for m in re.finditer(rb"\b" + re.escape(name.encode()) + rb"\b", doc.data):
        if m.start() < assignment.end_byte or m.start() >= end:
            continue
        use = doc.root.named_descendant_for_byte_range(m.start(), m.end())
        if use is None or use.type != "identifier":
            continue  # in a string or a comment
        uses += 1
        parent = use.parent
        key: ts.Node | None = None
        if parent is not None and parent.type == "subscript":
            subs = parent.children_by_field_name("subscript")
            if parent.child_by_field_name("value") == use and len(subs) == 1:
                key = subs[0]
        elif parent is not None and parent.type == "attribute":
            call = parent.parent
            attr = parent.child_by_field_name("attribute")
            if (
                call is not None
                and call.type == "call"
                and attr is not None
                and text(doc, attr) == "get"
            ):
                key = argument(call, 0)
        if key is None:
            return False
        if node in _element_picks(doc, table, key, 0):
            return False
        if constant(doc, key) is None:
            return False
    return uses > 0


def _audit_only(doc: Document, node: ts.Node) -> bool:
    """A direct use that never runs: in a branch that cannot be taken, or an element of a table
    that no use selects."""
    return _dead(doc, node) or _unpicked(doc, node)


_CIPHER_WORDS = re.compile(r"DES|ARC[24]|RC[24]|Blowfish|CAST|IDEA|SEED|XOR|algorithms")


def _assigned(doc: Document, node: ts.Node) -> bool:
    """A name assigned in its scope or an enclosing one before `node` (a variable that may
    hold a constructor, not a plain function)."""
    name = text(doc, node)
    scope = scope_of(node)
    while True:
        if definitions(doc, scope, name, node.start_byte):
            return True
        if scope.type == "function_definition" and name in parameter_names(doc, scope):
            return False
        outer = scope_of(scope) if scope.parent is not None else scope
        if outer == scope:
            return False
        scope = outer


def _picked_confidence(rule: Rule, verdicts: list[bool]) -> Confidence | None:
    """The rule's confidence when every value is weak, medium when some other value may be
    chosen instead, None when none is weak."""
    if not any(verdicts):
        return None
    return rule.spec.confidence if all(verdicts) else min(rule.spec.confidence, Confidence.MEDIUM)


_PICKED_CIPHER_MESSAGE = (
    "A broken or 64-bit-block cipher (DES, 3DES, RC4, Blowfish, ...) is picked through a "
    "variable or a table here. Use AES-GCM or ChaCha20-Poly1305."
)
_AUDIT_CIPHER_MESSAGE = (
    "A weak cipher is named here, in code that does not run or a table entry that is never "
    "selected: remove it so that a later change cannot select it."
)


def weak_cipher(doc: Document, rule: Rule) -> Iterator[Finding]:
    """DES, 3DES, RC4, Blowfish, ...: named directly, or picked through a variable, a table,
    `getattr(algorithms, name)` or a branch whose condition folds to a constant."""
    dynamic = bool(_CIPHER_WORDS.search(doc.text))
    for call, _ in calls(doc):
        if _weak_cipher_literal(doc, call):
            if _audit_only(doc, call):
                yield _report(
                    doc, rule, call, message=_AUDIT_CIPHER_MESSAGE, confidence=Confidence.LOW
                )
            else:
                yield _report(doc, rule, call)
            continue
        fn = call.child_by_field_name("function")
        if fn is None or fn.type not in ("identifier", "attribute", "subscript", "call"):
            continue
        if fn.type == "attribute" and text(doc, fn).rsplit(".", 1)[-1].strip() != "new":
            continue
        if not dynamic or (fn.type == "identifier" and not _assigned(doc, fn)):
            continue
        conf = _picked_confidence(rule, _weak_constructor_picks(doc, fn))
        if conf is not None:
            yield _report(doc, rule, call, message=_PICKED_CIPHER_MESSAGE, confidence=conf)


def _ecb_literal(doc: Document, node: ts.Node) -> bool:
    """`X.MODE_ECB`, `modes.ECB()` or `ECB()`."""
    if node.type == "attribute":
        attr = node.child_by_field_name("attribute")
        return attr is not None and text(doc, attr) == "MODE_ECB"
    fn = node.child_by_field_name("function") if node.type == "call" else None
    if fn is None:
        return False
    if fn.type == "identifier":
        return text(doc, fn) == "ECB"
    obj, attr = fn.child_by_field_name("object"), fn.child_by_field_name("attribute")
    return (
        fn.type == "attribute"
        and obj is not None
        and obj.type == "identifier"
        and text(doc, obj) == "modes"
        and attr is not None
        and text(doc, attr) == "ECB"
    )


def _ecb_attributes(doc: Document) -> Iterator[ts.Node]:
    """Every `X.MODE_ECB` attribute (found by its text: cheaper than a walk of the tree)."""
    for m in re.finditer(rb"\bMODE_ECB\b", doc.data):
        ident = doc.root.named_descendant_for_byte_range(m.start(), m.end())
        parent = ident.parent if ident is not None else None
        if (
            ident is not None
            and parent is not None
            and parent.type == "attribute"
            and parent.child_by_field_name("attribute") == ident
            and doc.in_text(parent)
        ):
            yield parent


def _ecb_picks(doc: Document, fn: ts.Node) -> list[bool]:
    """For each value a called expression can be: whether it is ECB (`modes.ECB` as a class,
    `getattr(modes, "ECB")`)."""
    verdicts: list[bool] = []
    for pick in _picks(doc, fn):
        if isinstance(pick, str):
            verdicts.append(False)
            continue
        parts = _getattr_parts(doc, pick)
        if parts is not None:
            verdicts.extend(p == "ECB" and bool(_MODES.search(parts[0])) for p in parts[1])
        elif pick.type == "attribute":
            attr = pick.child_by_field_name("attribute")
            verdicts.append(
                attr is not None
                and text(doc, attr) == "ECB"
                and bool(_MODES.search(dotted(doc, pick.child_by_field_name("object"))))
            )
        else:
            verdicts.append(False)
    return verdicts


_PICKED_ECB_MESSAGE = (
    "ECB mode is picked through a variable, a table or getattr here: equal blocks encrypt to "
    "equal ciphertext. Use an authenticated mode such as GCM."
)
_AUDIT_ECB_MESSAGE = (
    "ECB mode is named here, in code that does not run or a table entry that is never "
    "selected: remove it so that a later change cannot select it."
)


def cipher_ecb_mode(doc: Document, rule: Rule) -> Iterator[Finding]:
    """ECB mode named directly (`AES.MODE_ECB`, `modes.ECB()`), or picked through a variable,
    a table, `getattr` or a branch whose condition folds to a constant."""
    dynamic = "ECB" in doc.text
    found: list[ts.Node] = list(_ecb_attributes(doc))
    direct = {n.id for n in found}
    for call, name in calls(doc):
        if _ecb_literal(doc, call):
            found.append(call)
            direct.add(call.id)
            continue
        if name in _GETATTR:
            parts = _getattr_parts(doc, call)
            if parts is not None and "MODE_ECB" in parts[1]:
                found.append(call)
            continue
        fn = call.child_by_field_name("function")
        if fn is None or fn.type not in ("identifier", "subscript", "call"):
            continue
        if not dynamic or (fn.type == "identifier" and not _assigned(doc, fn)):
            continue
        conf = _picked_confidence(rule, _ecb_picks(doc, fn))
        if conf is not None:
            yield _report(doc, rule, call, message=_PICKED_ECB_MESSAGE, confidence=conf)
    for node in sorted(found, key=lambda n: n.start_byte):
        if _audit_only(doc, node):
            yield _report(doc, rule, node, message=_AUDIT_ECB_MESSAGE, confidence=Confidence.LOW)
        elif node.id in direct:
            yield _report(doc, rule, node)
        else:
            message = _PICKED_ECB_MESSAGE
            yield _report(doc, rule, node, message=message)
