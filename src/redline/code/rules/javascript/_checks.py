"""JavaScript/TypeScript rules that need code to match."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

import tree_sitter as ts

from redline._core import Confidence, Finding
from redline.code import languages
from redline.code.document import Document
from redline.code.matcher import is_constant
from redline.code.rules._common import (
    HEADER_WORDS,
    HTML_TAG,
    HTML_WORDS,
    LOG_WORDS,
    code_text,
    doc_comment,
    url_host_piece,
    words,
)
from redline.code.rules._redos import redos_prone
from redline.code.rules._registry import Rule
from redline.code.rules._upload import upload_scan

_FUNCTION_TYPES = frozenset(
    {
        "function_expression",
        "arrow_function",
        "function_declaration",
        "method_definition",
        "function",
        "generator_function",
        "generator_function_declaration",
    }
)
_SCOPE_TYPES = _FUNCTION_TYPES | {"program"}


def _walk(node: ts.Node) -> Iterator[ts.Node]:
    """Every node under `node`, depth first, in source order."""
    cursor = node.walk()
    visited = False
    while True:
        if not visited:
            yield cursor.node  # type: ignore[misc]
            if cursor.goto_first_child():
                continue
        if cursor.goto_next_sibling():
            visited = False
            continue
        if not cursor.goto_parent():
            return
        visited = True


@cache
def _query(language: str, source: str) -> ts.Query:
    return ts.Query(languages.grammar(language), source)


def _nodes(doc: Document, types: frozenset[str]) -> Iterator[ts.Node]:
    """Every node of the given types in the document's own text, in source order."""
    source = "\n".join(f"({t}) @n" for t in sorted(types))
    found = ts.QueryCursor(_query(doc.language, source)).captures(doc.root).get("n", [])
    for node in sorted(found, key=lambda n: n.start_byte):
        if doc.in_text(node):
            yield node


def _call_name(doc: Document, call: ts.Node) -> tuple[str, str]:
    """(object text, function name) of a call: ('window', 'addEventListener'), ('', 'eval')."""
    fn = call.child_by_field_name("function")
    if fn is None:
        return "", ""
    if fn.type == "member_expression":
        obj = fn.child_by_field_name("object")
        prop = fn.child_by_field_name("property")
        return (doc.node_text(obj) if obj else ""), (doc.node_text(prop) if prop else "")
    return "", doc.node_text(fn)


def _args(call: ts.Node) -> list[ts.Node]:
    args = call.child_by_field_name("arguments")
    return list(args.named_children) if args is not None else []


def _enclosing_function(node: ts.Node) -> ts.Node | None:
    parent = node.parent
    while parent is not None and parent.type not in _FUNCTION_TYPES:
        parent = parent.parent
    return parent


def _function_definition(doc: Document, node: ts.Node) -> ts.Node | None:
    """A function expression itself, or the function an identifier names in this document."""
    if node.type in _FUNCTION_TYPES:
        return node
    if node.type != "identifier":
        return None
    name = doc.node_text(node)
    for cand in _walk(doc.root):
        if cand.type == "function_declaration":
            n = cand.child_by_field_name("name")
            if n is not None and doc.node_text(n) == name:
                return cand
        elif cand.type == "variable_declarator":
            n = cand.child_by_field_name("name")
            v = cand.child_by_field_name("value")
            if (
                n is not None
                and v is not None
                and doc.node_text(n) == name
                and v.type in _FUNCTION_TYPES
            ):
                return v
    return None


# ---- message listeners ---------------------------------------------------------------------
_WINDOWISH = re.compile(r"^(window|self|top|parent|globalThis|this|document|window\.\w+)$|^$")
_ORIGIN_CHECK = re.compile(r"\.(origin|source)\b|\borigin\b")


def _handler_problem(doc: Document, handler: ts.Node) -> bool:
    """True when a message handler reads the event's data and never its origin or source."""
    fn = _function_definition(doc, handler)
    if fn is None:
        return False
    text = doc.node_text(fn)
    if _ORIGIN_CHECK.search(text):
        return False
    return ".data" in text or "data" in text.split("{", 1)[0]


def message_listener_without_origin_check(doc: Document, rule: Rule) -> Iterable[Finding]:
    if "message" not in doc.text:
        return
    for node in _nodes(doc, frozenset({"call_expression", "assignment_expression"})):
        if node.type == "call_expression":
            obj, name = _call_name(doc, node)
            args = _args(node)
            if name != "addEventListener" or len(args) < 2 or not _WINDOWISH.match(obj):
                continue
            if doc.node_text(args[0]).strip("'\"`") != "message":
                continue
            handler = args[1]
        else:
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if left is None or right is None:
                continue
            target = doc.node_text(left)
            if target not in ("onmessage", "window.onmessage", "self.onmessage"):
                continue
            if target in ("self.onmessage", "onmessage"):
                # Web workers receive messages only from their owner: no origin to check.
                continue
            handler = right
        if _handler_problem(doc, handler):
            yield rule.finding(doc, doc.span(node.child(0) or node))


# ---- local constants -------------------------------------------------------------------------
def _declared_value(doc: Document, ident: ts.Node) -> ts.Node | None:
    """The initial value of the nearest declaration of an identifier that is never reassigned."""
    name = doc.node_text(ident)
    scope = ident.parent
    while scope is not None:
        if scope.type in _SCOPE_TYPES or scope.type == "statement_block":
            found: ts.Node | None = None
            for node in _walk(scope):
                if node.type == "variable_declarator":
                    n = node.child_by_field_name("name")
                    if (
                        n is not None
                        and n.type == "identifier"
                        and doc.node_text(n) == name
                        and node.start_byte < ident.start_byte
                    ):
                        found = node.child_by_field_name("value")
                elif node.type in ("assignment_expression", "augmented_assignment_expression"):
                    left = node.child_by_field_name("left")
                    if left is not None and doc.node_text(left) == name:
                        return None
            if found is not None:
                return found
        scope = scope.parent
    return None


_BUFFER_FACTORIES = frozenset({"alloc", "from", "of"})


def _is_fixed_bytes(doc: Document, node: ts.Node, depth: int = 0) -> bool:
    """True when an expression always yields the same bytes (a literal, zeros, a constant)."""
    if depth > 4:
        return False
    t = node.type
    if t == "string":
        return True
    if t == "template_string":
        return not any(c.type == "template_substitution" for c in node.named_children)
    if t == "array":
        return all(c.type in ("number", "string") for c in node.named_children)
    if t == "parenthesized_expression" and node.named_children:
        return _is_fixed_bytes(doc, node.named_children[0], depth + 1)
    if t == "identifier":
        value = _declared_value(doc, node)
        return value is not None and _is_fixed_bytes(doc, value, depth + 1)
    if t in ("call_expression", "new_expression"):
        fn = node.child_by_field_name("function") or node.child_by_field_name("constructor")
        args = _args(node)
        if fn is None:
            return False
        text = doc.node_text(fn)
        if text in ("Buffer.alloc",):
            return (
                len(args) <= 1
                or _is_fixed_bytes(doc, args[1], depth + 1)
                or args[1].type == "number"
            )
        if text in ("Buffer.from", "Buffer.of", "Buffer", "new Buffer") or (
            t == "new_expression" and text == "Buffer"
        ):
            return bool(args) and _is_fixed_bytes(doc, args[0], depth + 1)
        if t == "new_expression" and text in ("Uint8Array", "Buffer") and args:
            return args[0].type == "number" or _is_fixed_bytes(doc, args[0], depth + 1)
        if fn.type == "member_expression":
            # Buffer.from('...').slice(0, 16), '...'.repeat(2), CONSTANT.toString()
            obj = fn.child_by_field_name("object")
            prop = fn.child_by_field_name("property")
            if (
                obj is not None
                and prop is not None
                and doc.node_text(prop)
                in ("slice", "subarray", "repeat", "padEnd", "padStart", "toString", "fill")
            ):
                if doc.node_text(prop) == "fill":
                    return bool(args) and args[0].type in ("number", "string")
                return _is_fixed_bytes(doc, obj, depth + 1)
    return False


def _calls(doc: Document, names: frozenset[str]) -> Iterator[tuple[ts.Node, list[ts.Node]]]:
    for node in _nodes(doc, frozenset({"call_expression"})):
        _, name = _call_name(doc, node)
        if name in names:
            yield node, _args(node)


def static_iv(doc: Document, rule: Rule) -> Iterable[Finding]:
    if "createCipheriv" not in doc.text:
        return
    for call, args in _calls(doc, frozenset({"createCipheriv"})):
        if len(args) >= 3 and args[2].type != "null" and _is_fixed_bytes(doc, args[2]):
            yield rule.finding(doc, doc.span(call))


def constant_salt(doc: Document, rule: Rule) -> Iterable[Finding]:
    if "pbkdf2" not in doc.text and "scrypt" not in doc.text:
        return
    names = frozenset({"pbkdf2", "pbkdf2Sync", "scrypt", "scryptSync", "pbkdf2Async"})
    for call, args in _calls(doc, names):
        if len(args) >= 2 and _is_fixed_bytes(doc, args[1]):
            yield rule.finding(doc, doc.span(call))


# ---- Math.random ----------------------------------------------------------------------------
_SECRET_NAME = re.compile(
    r"(?i)(token|secret|passw|pwd|passphrase|salt|nonce|otp|csrf|xsrf|session|sess_?id|"
    r"api_?key|apikey|private_?key|secret_?key|access_?key|auth|uuid|guid|verif|reset|"
    r"activation|invite|coupon|voucher|captcha|(^|_)pin($|_)|(^|_)code($|_)|Code$|"
    r"(^|_)key($|_)|Key$|(^|_)ids?($|_)|Ids?$|^uid|identifier|unique|salt|signature)"
)
_NOT_SECRET = re.compile(
    r"(?i)(colou?r|delay|timeout|interval|jitter|position|angle|speed|size|width|height|"
    r"opacity|duration|offset|velocity|radius|^[xyz]$|^(dx|dy|dz)$|index|idx|shuffle|sample|"
    r"animation|particle|random_?(int|number|float|between|range))"
)
_CHARSET_NAME = re.compile(
    r"(?i)(chars|charset|characters|alphabet|possible|letters|symbols|digits|alphanum)"
)


def _context_names(doc: Document, node: ts.Node) -> Iterator[str]:
    """Names the value of an expression flows into, nearest first (up to the statement)."""
    child, parent = node, node.parent
    while parent is not None:
        t = parent.type
        if t == "variable_declarator":
            n = parent.child_by_field_name("name")
            if n is not None:
                yield doc.node_text(n)
            return
        if t in ("assignment_expression", "augmented_assignment_expression"):
            left = parent.child_by_field_name("left")
            if left is not None and left is not child:
                text = doc.node_text(left)
                yield text.rsplit(".", 1)[-1].strip("[]'\"")
            return
        if t == "pair":
            key = parent.child_by_field_name("key")
            if key is not None and key is not child:
                yield doc.node_text(key).strip("'\"")
            return
        if t in ("return_statement", "arrow_function"):
            fn = _enclosing_function(parent) if t == "return_statement" else parent
            if fn is not None:
                name = fn.child_by_field_name("name")
                if name is None and fn.parent is not None:
                    if fn.parent.type == "variable_declarator":
                        name = fn.parent.child_by_field_name("name")
                    elif fn.parent.type == "pair":
                        name = fn.parent.child_by_field_name("key")
                if name is not None:
                    yield doc.node_text(name)
            return
        if t in (
            "expression_statement",
            "statement_block",
            "program",
            "if_statement",
            "for_statement",
        ):
            return
        child, parent = parent, parent.parent


_STATEMENT_TYPES = frozenset(
    {"expression_statement", "lexical_declaration", "variable_declaration", "return_statement"}
)
_RADIX_STRING = re.compile(r"\.toString\(\s*(36|16|32)\s*\)")


def _random_string_use(doc: Document, call: ts.Node) -> bool:
    """Math.random().toString(36) or chars[...Math.random()...]/chars.charAt(...)."""
    parent = call.parent
    if parent is not None and parent.type == "member_expression":
        prop = parent.child_by_field_name("property")
        grand = parent.parent
        if prop is not None and doc.node_text(prop) == "toString" and grand is not None:
            radix = _args(grand)
            if radix and doc.node_text(radix[0]) in ("36", "16", "32", "2"):
                return True
    statement = call
    while statement.parent is not None and statement.type not in _STATEMENT_TYPES:
        statement = statement.parent
    if _RADIX_STRING.search(doc.node_text(statement)):
        return True
    node: ts.Node | None = call
    for _ in range(6):
        node = node.parent if node is not None else None
        if node is None:
            return False
        if node.type == "subscript_expression":
            indexed = node.child_by_field_name("object")
            return indexed is not None and bool(_CHARSET_NAME.search(doc.node_text(indexed)))
        if node.type == "call_expression":
            receiver, name = _call_name(doc, node)
            if name in ("charAt", "charCodeAt", "substr", "substring") and _CHARSET_NAME.search(
                receiver
            ):
                return True
        if node.type in ("expression_statement", "lexical_declaration", "return_statement"):
            return False
    return False


_RANDOM_LOW = (
    "Math.random() is predictable; nothing here shows the value must be unguessable, but if it "
    "is (an ID, token, shuffle or draw that matters), use crypto.getRandomValues() or "
    "crypto.randomInt()."
)


def insecure_random(doc: Document, rule: Rule) -> Iterable[Finding]:
    """Math.random() producing secrets or identifiers; every other use at low confidence."""
    if "Math.random" not in doc.text:
        return
    for call in _nodes(doc, frozenset({"call_expression"})):
        fn = call.child_by_field_name("function")
        if fn is None or doc.node_text(fn) not in ("Math.random", "window.Math.random"):
            continue
        names = list(_context_names(doc, call))
        secret = any(_SECRET_NAME.search(n) and not _NOT_SECRET.search(n) for n in names)
        if secret or (
            _random_string_use(doc, call) and not any(_NOT_SECRET.search(n) for n in names)
        ):
            yield rule.finding(doc, doc.span(call))
        else:  # audit level: every other use, for review
            yield rule.finding(doc, doc.span(call), confidence=Confidence.LOW, message=_RANDOM_LOW)


# ---- regular expressions with catastrophic backtracking (analysis in rules/_redos.py) -------
def redos_regex(doc: Document, rule: Rule) -> Iterable[Finding]:
    for node in _nodes(doc, frozenset({"regex_pattern"})):
        if redos_prone(doc.node_text(node)):
            yield rule.finding(doc, doc.span(node.parent or node))


# ---- values from the caller that reach text sinks (HTML, logs, headers, URLs) -----------------

_ESCAPE_CALL = re.compile(
    r"\b\w*(?:[Ee]scape|[Ss]aniti[sz]e|[Ee]ncode|DOMPurify|xss|[Qq]uote)\w*\s*\(|\.textContent\b"
)
_CRLF_CHECK = re.compile(
    r"\.(?:replace|replaceAll|split|includes|indexOf|test|match|search)\s*\([^\n]*\\[rns]|"
    r"/[^/\n]*\\[rn][^/\n]*/[gimsuy]*\.test\s*\(|JSON\.stringify\s*\(|"
    r"\b\w*(?:[Ss]aniti[sz]e|[Ee]scape)\w*\s*\("
)
_CONSOLE = frozenset({"log", "info", "warn", "error", "debug", "trace"})
_LOGGER_METHODS = frozenset({"log", "info", "warn", "warning", "error", "debug", "trace", "fatal"})
_STRING_METHODS = frozenset(
    {"trim", "toLowerCase", "toUpperCase", "trimStart", "trimEnd", "toString", "normalize"}
)
_NUMBER_NAME = re.compile(
    r"^(?:i|j|k|n|idx|index|count|offset|size|len|length|width|height|depth|level|port|"
    r"num\w*|is[A-Z]\w*|has[A-Z]\w*|\w*(?:Count|Index|Idx|Size|Length|Width|Height|Offset|"
    r"Num|Number|Port|Level|Depth))$"
)
_NON_TEXT_TYPE = re.compile(r":\s*(?:number|boolean|bigint|Date)\b")


def _functions(doc: Document) -> Iterator[ts.Node]:
    for node in _walk(doc.root):
        if node.type in _FUNCTION_TYPES and doc.in_text(node):
            yield node


def _function_name(doc: Document, fn: ts.Node) -> str:
    name = fn.child_by_field_name("name")
    if name is not None:
        return doc.node_text(name)
    parent = fn.parent
    if parent is not None and parent.type == "variable_declarator":
        n = parent.child_by_field_name("name")
        return doc.node_text(n) if n is not None else ""
    if parent is not None and parent.type in ("assignment_expression", "pair"):
        n = parent.child_by_field_name("left") or parent.child_by_field_name("key")
        return doc.node_text(n) if n is not None else ""
    return ""


def _doc_comment(doc: Document, fn: ts.Node) -> str:
    """The function's name and the comments right above the statement that defines it."""
    stmt = fn
    while stmt.parent is not None and stmt.parent.type not in (
        "program",
        "statement_block",
        "class_body",
    ):
        stmt = stmt.parent
    return doc_comment(doc, _function_name(doc, fn), stmt)


def _params(doc: Document, fn: ts.Node) -> set[str]:
    """The function's plain parameters (not those typed as numbers or booleans)."""
    params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
    found: set[str] = set()
    if params is None:
        return found
    items = [params] if params.type == "identifier" else params.named_children
    for p in items:
        if p.type == "identifier":
            found.add(doc.node_text(p))
        elif p.type == "assignment_pattern":
            left = p.child_by_field_name("left")
            right = p.child_by_field_name("right")
            if (
                left is not None
                and left.type == "identifier"
                and (right is None or right.type not in ("number", "true", "false"))
            ):
                found.add(doc.node_text(left))
        elif p.type in ("required_parameter", "optional_parameter"):
            pattern = p.child_by_field_name("pattern")
            if (
                pattern is not None
                and pattern.type == "identifier"
                and not _NON_TEXT_TYPE.search(doc.node_text(p))
            ):
                found.add(doc.node_text(pattern))
    return {name for name in found if not _NUMBER_NAME.match(name)}


def _carries(doc: Document, node: ts.Node, names: set[str]) -> bool:
    """The expression is one of `names`, a string method or String() of one, or a template or
    `+` join with one."""
    if node.type == "parenthesized_expression" and node.named_children:
        return _carries(doc, node.named_children[-1], names)
    if node.type == "identifier":
        return doc.node_text(node) in names
    if node.type == "binary_expression":
        op = node.child_by_field_name("operator")
        if op is not None and doc.node_text(op) == "+":
            return any(
                _carries(doc, side, names)
                for side in (node.child_by_field_name("left"), node.child_by_field_name("right"))
                if side is not None
            )
        return False
    if node.type == "template_string":
        return any(
            _carries(doc, sub.named_children[0], names)
            for sub in node.named_children
            if sub.type == "template_substitution" and sub.named_children
        )
    if node.type == "call_expression":
        fn = node.child_by_field_name("function")
        args = _args(node)
        if fn is not None and fn.type == "member_expression":
            prop = fn.child_by_field_name("property")
            obj = fn.child_by_field_name("object")
            if prop is not None and doc.node_text(prop) in _STRING_METHODS and obj is not None:
                return _carries(doc, obj, names)
        if fn is not None and doc.node_text(fn) == "String" and args:
            return _carries(doc, args[0], names)
    return False


def _aliases(doc: Document, fn: ts.Node) -> set[str]:
    names = _params(doc, fn)
    if not names:
        return names
    body = fn.child_by_field_name("body")
    if body is None:
        return names
    for _ in range(2):
        for n in _walk(body):
            target = value = None
            if n.type == "variable_declarator":
                target, value = n.child_by_field_name("name"), n.child_by_field_name("value")
            elif n.type == "assignment_expression":
                target, value = n.child_by_field_name("left"), n.child_by_field_name("right")
            if (
                target is not None
                and value is not None
                and target.type == "identifier"
                and _carries(doc, value, names)
            ):
                names.add(doc.node_text(target))
    return names


def _pieces(doc: Document, node: ts.Node) -> tuple[list[str], list[ts.Node]] | None:
    """(literal texts, run-time values) of a template string or a `+` chain with a literal."""
    if node.type == "template_string":
        lits = [doc.node_text(c) for c in node.named_children if c.type == "string_fragment"]
        vals = [
            c.named_children[0]
            for c in node.named_children
            if c.type == "template_substitution" and c.named_children
        ]
        return lits, vals
    if node.type == "binary_expression":
        out: list[ts.Node] = []
        _plus_chain(doc, node, out)
        lits = [doc.node_text(p)[1:-1] for p in out if p.type == "string"]
        for p in out:
            if p.type == "template_string":
                sub = _pieces(doc, p)
                if sub is not None:
                    lits.extend(sub[0])
        if len(out) > 1 and lits:
            return lits, [p for p in out if p.type != "string"]
    return None


def _plus_chain(doc: Document, node: ts.Node, out: list[ts.Node]) -> None:
    if node.type == "binary_expression":
        op = node.child_by_field_name("operator")
        if op is not None and doc.node_text(op) == "+":
            for side in (node.child_by_field_name("left"), node.child_by_field_name("right")):
                if side is not None:
                    _plus_chain(doc, side, out)
            return
    if node.type == "parenthesized_expression" and node.named_children:
        _plus_chain(doc, node.named_children[-1], out)
        return
    out.append(node)


def _texts(doc: Document, fn: ts.Node) -> Iterator[tuple[ts.Node, list[str], list[ts.Node]]]:
    """Every outermost template string and `+` chain of a function's own body."""
    body = fn.child_by_field_name("body")
    if body is None:
        return
    stack = [body]
    while stack:
        n = stack.pop()
        if n.type in _FUNCTION_TYPES:
            continue
        if (
            n.type == "template_string"
            and n.parent is not None
            and n.parent.type == "call_expression"
        ):
            continue  # a tagged template (html`...`): the tag decides how values are escaped
        found = _pieces(doc, n) if n.type in ("template_string", "binary_expression") else None
        if found is not None:
            yield n, found[0], found[1]
            continue
        stack.extend(reversed(n.named_children))


def _target_name(doc: Document, node: ts.Node) -> str:
    """The name a text is stored in: `const logLine = ...`, `entry = ...`, `a.b += ...`."""
    parent = node.parent
    while parent is not None and parent.type == "parenthesized_expression":
        parent = parent.parent
    if parent is None:
        return ""
    target = None
    if parent.type == "variable_declarator":
        target = parent.child_by_field_name("name")
    elif parent.type in ("assignment_expression", "augmented_assignment_expression"):
        target = parent.child_by_field_name("left")
    return doc.node_text(target) if target is not None else ""


def html_from_input(doc: Document, rule: Rule) -> Iterable[Finding]:
    """HTML text assembled from a parameter with no escaping in the function."""
    for fn in _functions(doc):
        names = _aliases(doc, fn)
        if not names or _ESCAPE_CALL.search(code_text(doc, fn)):
            continue
        html_doc = bool(HTML_WORDS.search(_doc_comment(doc, fn)))
        for node, lits, vals in _texts(doc, fn):
            if not any(_carries(doc, v, names) for v in vals):
                continue
            if any(HTML_TAG.search(lit) for lit in lits) or (html_doc and _returned(node)):
                yield rule.finding(doc, doc.span(node))
                break


def _returned(node: ts.Node) -> bool:
    parent = node.parent
    while parent is not None and parent.type == "parenthesized_expression":
        parent = parent.parent
    return parent is not None and (parent.type in ("return_statement", "arrow_function"))


_LOCAL_SOURCE = re.compile(
    r"process\.(?:argv|env|stdin)|readline|prompt|fs\.|readFile|window|document|location|"
    r"navigator|localStorage|sessionStorage"
)
_ERROR_NAME = re.compile(r"^(?:err|error|e|ex|exc|exception)$")


def _taint_strength(doc: Document, node: ts.Node) -> str | None:
    """ "input" for data from a request or a socket, "parameter" for the function's parameters,
    None otherwise. The process's own arguments, environment and files are not counted: a
    command-line tool printing what it was given forges nothing."""
    analysis = doc.taint
    if analysis is None:
        return None
    taint = analysis.taint_of(node, "log")
    if taint is None or (taint.strength == "input" and _LOCAL_SOURCE.search(taint.source)):
        return None
    return taint.strength


def log_from_input(doc: Document, rule: Rule) -> Iterable[Finding]:
    """A log line assembled from input with no line-break removal: medium confidence for request
    data and for log-building code, low for a parameter handed to console/logger calls."""
    for fn in _functions(doc):
        code = code_text(doc, fn)
        if _CRLF_CHECK.search(code):
            continue
        names = _aliases(doc, fn)
        log_fn = bool(words(_function_name(doc, fn)) & LOG_WORDS)
        reported = False
        body = fn.child_by_field_name("body")
        for call in _walk(body) if body is not None else ():
            if call.type != "call_expression" or _enclosing_function(call) != fn:
                continue
            obj, name = _call_name(doc, call)
            if not (
                (obj == "console" and name in _CONSOLE)
                or (words(obj) & LOG_WORDS and name in _LOGGER_METHODS)
            ):
                continue
            logged = [a for a in _args(call) if not _ERROR_NAME.match(doc.node_text(a))]
            strengths = {_taint_strength(doc, a) for a in logged}
            if "input" in strengths:
                yield rule.finding(doc, doc.span(call))
                reported = True
                break
            if "parameter" in strengths and any(_carries(doc, a, names) for a in logged):
                yield rule.finding(doc, doc.span(call), confidence=Confidence.LOW)
                reported = True
                break
        if reported or not names:
            continue
        for node, _lits, vals in _texts(doc, fn):
            if not any(_carries(doc, v, names) for v in vals):
                continue
            if words(_target_name(doc, node)) & LOG_WORDS or (log_fn and _returned(node)):
                yield rule.finding(doc, doc.span(node))
                break


def _fixed_key(target: ts.Node) -> bool:
    """`headers['X']`, `headers.x`, `headers[KEYS[type]]`: a chosen header, not a copy loop
    over some other object's keys (`headers[key] = value`)."""
    if target.type == "member_expression":
        return True
    key = target.child_by_field_name("index")
    return key is not None and key.type != "identifier"


_RESPONSE_HEADER_CALLS = frozenset({"setHeader", "set", "header", "append", "writeHead"})


def header_from_input(doc: Document, rule: Rule) -> Iterable[Finding]:
    """A header object entry set from a parameter (medium) or a response header set from
    request data (low: Node rejects CR/LF in header values) with no CR/LF check."""
    for fn in _functions(doc):
        if _CRLF_CHECK.search(code_text(doc, fn)):
            continue
        names = _aliases(doc, fn)
        body = fn.child_by_field_name("body")
        for n in _walk(body) if body is not None else ():
            if _enclosing_function(n) != fn:
                continue
            if n.type == "assignment_expression":
                left = n.child_by_field_name("left")
                right = n.child_by_field_name("right")
                obj = left.child_by_field_name("object") if left is not None else None
                if (
                    left is not None
                    and right is not None
                    and obj is not None
                    and left.type in ("subscript_expression", "member_expression")
                    and _fixed_key(left)
                    and words(doc.node_text(obj).rsplit(".", 1)[-1]) & HEADER_WORDS
                    and (_carries(doc, right, names) or _taint_strength(doc, right) == "input")
                ):
                    yield rule.finding(doc, doc.span(n))
                    break
            elif n.type == "call_expression":
                receiver, name = _call_name(doc, n)
                args = _args(n)
                if (
                    name in _RESPONSE_HEADER_CALLS
                    and re.fullmatch(r"res|resp|response|reply|ctx\.res|this\.res", receiver)
                    and len(args) >= 2
                    and _taint_strength(doc, args[1]) == "input"
                ):
                    yield rule.finding(doc, doc.span(n), confidence=Confidence.LOW)
                    break


def _validated(code: str, name: str) -> bool:
    n = re.escape(name)
    return bool(
        re.search(
            rf"\.(?:test|match|exec|search)\s*\(\s*{n}\b|\b{n}\s*\.\s*(?:match|search)\s*\(|"
            rf"\b\w*(?:[Vv]alid|[Cc]heck|[Ee]scape|[Ee]ncode|[Ss]aniti[sz]e)\w*\s*\([^\n]*\b{n}\b",
            code,
        )
    )


def url_host_from_input(doc: Document, rule: Rule) -> Iterable[Finding]:
    """A URL whose host name begins with a parameter (`https://${tenant}.example.com`)."""
    for fn in _functions(doc):
        names = _aliases(doc, fn)
        if not names:
            continue
        code = code_text(doc, fn)
        for node, _lits, _vals in _texts(doc, fn):
            parts: list[ts.Node] = []
            if node.type == "template_string":
                parts = [
                    c.named_children[0] if c.type == "template_substitution" else c
                    for c in node.named_children
                    if c.type == "string_fragment"
                    or (c.type == "template_substitution" and c.named_children)
                ]
            else:
                _plus_chain(doc, node, parts)
            host = url_host_piece(parts, lambda n: _literal(doc, n))
            if host is None or not _carries(doc, host, names):
                continue
            checked = {doc.node_text(x) for x in _walk(host) if x.type == "identifier"}
            if any(_validated(code, name) for name in checked | _params(doc, fn)):
                continue
            yield rule.finding(doc, doc.span(node))


def _literal(doc: Document, node: ts.Node) -> str | None:
    if node.type == "string_fragment":
        return doc.node_text(node)
    if node.type == "string":
        return doc.node_text(node)[1:-1]
    return None


# ---- filesystem paths held in variables (audit level) --------------------------------------
_FS_OBJECT = re.compile(
    r"^(fs|fsp|fse|fsPromises|fsExtra|promises|fs\.promises|"
    r"require\(['\"](node:)?fs(/promises)?['\"]\)(\.promises)?)$"
)
_FS_METHOD = re.compile(
    r"^(readFile|createReadStream|createWriteStream|writeFile|appendFile|unlink|rm|rmdir|readdir|"
    r"open|stat|lstat|exists|access|copyFile|rename|mkdir|truncate|symlink|readlink|chmod|"
    r"outputFile|readJson|readJSON|remove|realpath)(Sync)?$"
)
_FS_CALLS = """
((call_expression
   function: (member_expression object: (_) @obj property: (property_identifier) @fn)
   arguments: (arguments . [(identifier) (subscript_expression)] @path)) @call)
"""
_FIXED_PATH = re.compile(
    r"^(path\.)?(join|resolve)\((\s*(__dirname|__filename|process\.cwd\(\)|[A-Z][A-Z0-9_]*|"
    r"'[^']*'|\"[^\"]*\")\s*,?)+\)$"
)


_BINDINGS = """
(variable_declarator name: (identifier) @name value: (_) @value)
(assignment_expression left: (identifier) @assigned)
(augmented_assignment_expression left: (identifier) @assigned)
"""


def _bindings(doc: Document) -> tuple[dict[str, list[ts.Node]], frozenset[str]]:
    """Initial values of declared names (in source order) and the names ever reassigned (cached)."""
    cached = doc.cache.get("js_bindings")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    values: dict[str, list[ts.Node]] = {}
    assigned: set[str] = set()
    for _, caps in ts.QueryCursor(_query(doc.language, _BINDINGS)).matches(doc.root):
        if "assigned" in caps:
            assigned.add(doc.node_text(caps["assigned"][0]))
        else:
            values.setdefault(doc.node_text(caps["name"][0]), []).append(caps["value"][0])
    for nodes in values.values():
        nodes.sort(key=lambda n: n.start_byte)
    result = (values, frozenset(assigned))
    doc.cache["js_bindings"] = result
    return result


def _fixed_path(doc: Document, node: ts.Node) -> bool:
    """True when a path expression is fixed in the source: a literal, __dirname, a constant."""
    if node.type == "identifier" and doc.node_text(node) in ("__dirname", "__filename"):
        return True
    if is_constant(doc, node):
        return True
    if node.type != "identifier":
        return False
    values, assigned = _bindings(doc)
    name = doc.node_text(node)
    before = [v for v in values.get(name, ()) if v.start_byte < node.start_byte]
    if name in assigned or not before:
        return False
    value = before[-1]  # the nearest declaration above the use
    text = doc.node_text(value)
    return (
        is_constant(doc, value)
        or text in ("__dirname", "__filename")
        or bool(_FIXED_PATH.match(re.sub(r"\s+", " ", text)))
    )


def fs_variable_path(doc: Document, rule: Rule) -> Iterable[Finding]:
    """fs calls whose path is a variable that is not bound to a fixed path (audit level)."""
    if "fs" not in doc.text:
        return
    cursor = ts.QueryCursor(_query(doc.language, _FS_CALLS))
    for _, caps in cursor.matches(doc.root):
        call, obj, fn, path = caps["call"][0], caps["obj"][0], caps["fn"][0], caps["path"][0]
        if not doc.in_text(call):
            continue
        if not _FS_OBJECT.match(doc.node_text(obj)) or not _FS_METHOD.match(doc.node_text(fn)):
            continue
        if _fixed_path(doc, path):
            continue
        yield rule.finding(doc, doc.span(call))


# ---------------------------------------------------------------------------------------------
# Uploads stored under the client's file name (CWE-434)
_JS_UPLOAD_SINK = re.compile(
    rb"\.mv\(|\b(?:rename|renameSync|copyFile|copyFileSync|writeFile|writeFileSync"
    rb"|createWriteStream)\("
)
_JS_UPLOAD_SOURCE = re.compile(
    rb"\.originalname\b|\.originalFilename\b|\.original_filename\b"
    rb"|\breq\.files\b[^\n;]*\.name\b|\bfiles\.\w+(?:\[0\])?\.name\b"
)
_JS_UPLOAD_HOLDERS = (
    (rb"\b(\w+)\s*=\s*req\.files\b", rb"\bNAME\.name\b"),
    (rb"\b(\w+)\.mv\(", rb"\bNAME\.name\b"),
)
_JS_UPLOAD_CONTEXT = re.compile(
    rb"(?i)upload|req\.files?\b|multer|formidable|busboy|multipart|originalname"
)
_JS_UPLOAD_SAFE = re.compile(
    rb"(?i)allowed|allow_?list|white_?list|permitted|\bvalid\w*(?:ext|type|mime|file|image)"
    rb"|EXTENSIONS|ACCEPTED|\.endsWith\(|fileTypeFrom|file-type|\bmagic\b"
    rb"|\.test\(\s*[\w.]*(?:ext|name|type|mime)|\.includes\(\s*[\w.]*(?:ext|mime|type)"
    rb"|mime\w*\s*[!=]==?|[!=]==?\s*['\"](?:image|application)/"
    rb"|\b\w*(?:safe_?type|is_?safe|(?:check|verify|validate)_?\w*(?:ext|type|mime|image))"
    rb"\w*\s*\("
    rb"|\b(?:ext|mime)\w*\s*[!=]==?\s*['\"]"
)
_JS_ACCEPT_ALL = re.compile(
    rb"fileFilter\s*[:=]?\s*(?:function\s*\w*\s*)?\([^)]*\)\s*(?:=>)?\s*\{?\s*(?:return\s+)?"
    rb"\w+\(\s*null\s*,\s*true\s*\)\s*;?\s*\}?"
)


def _js_upload_call(doc: Document, start: int) -> ts.Node | None:
    node = doc.root.descendant_for_byte_range(start, start + 1)
    while node is not None and node.type not in ("call_expression", "new_expression"):
        if "comment" in node.type or "string" in node.type:
            return None
        node = node.parent
    return node if node is not None and doc.in_text(node) else None


def _js_upload_libraries(doc: Document, rule: Rule) -> Iterator[Finding]:
    """multer storage named after `originalname` with no file filter (or one accepting all), and
    formidable keeping the client's extension with no filter."""
    data = doc.data
    if b"originalname" in data and b"diskStorage" in data:
        storages = [
            call
            for m in re.finditer(rb"\bdiskStorage\(", data)
            if (call := _js_upload_call(doc, m.start())) is not None
            and b"originalname" in data[call.start_byte : call.end_byte]
            and not _JS_UPLOAD_SAFE.search(data[call.start_byte : call.end_byte])
        ]
        if storages:
            uploads = [
                call
                for m in re.finditer(rb"(?<![\w.])multer\(", data)
                if (call := _js_upload_call(doc, m.start())) is not None
            ]
            reported = False
            for call in uploads:
                options = data[call.start_byte : call.end_byte]
                if b"storage" not in options:
                    continue  # multer's own random names
                if b"fileFilter" in options:
                    inline = re.search(rb"fileFilter\s*:\s*(?:function\b|\()", options)
                    accepts_all = _JS_ACCEPT_ALL.search(options if inline else data)
                    if not accepts_all:
                        continue
                reported = True
                yield rule.finding(doc, doc.span(call))
            if not uploads and not reported:
                for call in storages:
                    yield rule.finding(doc, doc.span(call))
    if b"keepExtensions" in data:
        for m in re.finditer(rb"\b(?:formidable|IncomingForm)\(", data):
            call = _js_upload_call(doc, m.start())
            if call is None:
                continue
            options = data[call.start_byte : call.end_byte]
            if re.search(rb"keepExtensions\s*:\s*true", options) and not re.search(
                rb"\bfilter\s*[:(]", options
            ):
                yield rule.finding(doc, doc.span(call))


def unrestricted_upload(doc: Document, rule: Rule) -> Iterator[Finding]:
    """An upload is stored under the client's name or extension with no type allow-list."""
    yield from upload_scan(
        doc,
        rule,
        sink=_JS_UPLOAD_SINK,
        source=_JS_UPLOAD_SOURCE,
        safe=_JS_UPLOAD_SAFE,
        context=_JS_UPLOAD_CONTEXT,
        calls=frozenset({"call_expression", "new_expression"}),
        functions=frozenset(
            {
                "function_declaration",
                "function_expression",
                "function",
                "arrow_function",
                "method_definition",
            }
        ),
        holders=_JS_UPLOAD_HOLDERS,
    )
    yield from _js_upload_libraries(doc, rule)
