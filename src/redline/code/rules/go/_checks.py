"""Go rules that need code to match: imports, calls, and the function around them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import tree_sitter as ts

from redline._core import Confidence, Finding
from redline.code.document import Document
from redline.code.matcher import is_constant
from redline.code.rules._common import (
    HEADER_WORDS,
    HOST_WORDS,
    HTML_TAG,
    HTML_WORDS,
    LOG_WORDS,
    code_text,
    doc_comment,
    url_host_piece,
    words,
)
from redline.code.rules._registry import Rule
from redline.code.rules._upload import upload_scan

_FUNCTIONS = frozenset({"function_declaration", "method_declaration", "func_literal"})
_STRINGS = frozenset({"interpreted_string_literal", "raw_string_literal"})


@dataclass(frozen=True, slots=True)
class Call:
    """A call `pkg.Func(...)` or `value.Method(...)`: `package` is the import path or None."""

    package: str | None  # the import path when the operand is an imported package
    operand: str  # the operand's text ("" for a plain function)
    name: str  # the function or method name
    node: ts.Node
    args: tuple[ts.Node, ...]


def imports(doc: Document) -> dict[str, str]:
    """Local package name -> import path (`mrand` -> math/rand, `rand` -> crypto/rand)."""
    cached = doc.cache.get("go_imports")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    table: dict[str, str] = {}
    stack = [doc.root]
    while stack:
        node = stack.pop()
        if node.type == "import_spec":
            path_node = node.child_by_field_name("path")
            if path_node is None:
                continue
            path = doc.node_text(path_node).strip('"`')
            alias = node.child_by_field_name("name")
            local = doc.node_text(alias) if alias is not None else path.rsplit("/", 1)[-1]
            if re.fullmatch(r"v\d+", local) and "/" in path:
                local = path.rsplit("/", 2)[-2]
            table[local] = path
        elif node.type in ("source_file", "import_declaration", "import_spec_list"):
            stack.extend(node.named_children)
    doc.cache["go_imports"] = table
    return table


def _index(doc: Document) -> list[Call]:
    cached = doc.cache.get("go_calls")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    table = imports(doc)
    calls: list[Call] = []
    stack = [doc.root]
    while stack:
        node = stack.pop()
        if node.type == "call_expression":
            fn = node.child_by_field_name("function")
            arglist = node.child_by_field_name("arguments")
            args = (
                tuple(a for a in arglist.named_children if a.type != "comment") if arglist else ()
            )
            if fn is not None and fn.type == "selector_expression":
                operand = fn.child_by_field_name("operand")
                field = fn.child_by_field_name("field")
                if operand is not None and field is not None:
                    op_text = doc.node_text(operand)
                    package = table.get(op_text) if operand.type == "identifier" else None
                    if package is None and operand.type == "identifier" and not table:
                        package = _GUESSED.get(op_text)  # a fragment with no imports
                    calls.append(Call(package, op_text, doc.node_text(field), node, args))
            elif fn is not None and fn.type == "identifier":
                calls.append(Call(None, "", doc.node_text(fn), node, args))
        stack.extend(reversed(node.children))
    doc.cache["go_calls"] = calls
    return calls


# The usual package for a name, used only when a fragment carries no import block.
_GUESSED = {
    "exec": "os/exec",
    "md5": "crypto/md5",
    "sha1": "crypto/sha1",
    "des": "crypto/des",
    "rc4": "crypto/rc4",
    "os": "os",
    "ioutil": "io/ioutil",
    "http": "net/http",
    "filepath": "path/filepath",
    "fmt": "fmt",
    "rsa": "crypto/rsa",
    "bcrypt": "golang.org/x/crypto/bcrypt",
    "template": "html/template",
    "tls": "crypto/tls",
    "sql": "database/sql",
    "blowfish": "golang.org/x/crypto/blowfish",
}


def calls(doc: Document, package: str | None, names: Iterable[str]) -> Iterator[Call]:
    """Calls of `names` from the package with this import path (any receiver when None)."""
    wanted = frozenset(names)
    for call in _index(doc):
        if (
            call.name in wanted
            and (package is None or call.package == package)
            and doc.in_text(call.node)
        ):
            yield call


def function_of(node: ts.Node) -> ts.Node | None:
    current = node.parent
    while current is not None:
        if current.type in _FUNCTIONS:
            return current
        current = current.parent
    return None


def scope_text(doc: Document, node: ts.Node) -> str:
    fn = function_of(node)
    return doc.node_text(fn) if fn is not None else doc.text


def string_value(doc: Document, node: ts.Node) -> str | None:
    if node.type not in _STRINGS:
        return None
    return doc.node_text(node)[1:-1]


def _report(rule: Rule, doc: Document, node: ts.Node, **kw: object) -> Finding:
    return rule.finding(doc, doc.span(node), **kw)  # type: ignore[arg-type]


def _assignments(doc: Document, fn: ts.Node | None, name: str) -> list[ts.Node]:
    """The values assigned to a local name in a function (:=, =, var)."""
    if fn is None:
        return []
    values: list[ts.Node] = []
    stack = [fn]
    while stack:
        n = stack.pop()
        if n.type in ("short_var_declaration", "assignment_statement", "var_spec"):
            left = n.child_by_field_name("left") or n.child_by_field_name("name")
            right = n.child_by_field_name("right") or n.child_by_field_name("value")
            if left is not None and right is not None:
                lefts = left.named_children if left.type == "expression_list" else [left]
                rights = right.named_children if right.type == "expression_list" else [right]
                for i, target in enumerate(lefts):
                    if doc.node_text(target) == name:
                        values.append(rights[i] if i < len(rights) else rights[-1])
        stack.extend(n.named_children)
    return values


def resolved_constant(doc: Document, node: ts.Node, depth: int = 0) -> bool:
    """is_constant, also for a local name whose every assignment is constant."""
    if is_constant(doc, node):
        return True
    if node.type != "identifier" or depth > 3:
        return False
    values = _assignments(doc, function_of(node), doc.node_text(node))
    return bool(values) and all(resolved_constant(doc, v, depth + 1) for v in values)


# ---- request data ------------------------------------------------------------------------------

_REQUEST = re.compile(
    r"\b\w+\.(?:URL\.Query\(\)|URL\.Path|URL\.RawQuery|FormValue\(|PostFormValue\(|Form\.Get\(|"
    r"PostForm\.Get\(|Header\.Get\(|Cookie\(|Body\b|PathValue\(|MultipartForm)|"
    r"\bc\.(?:Query|Param|PostForm|DefaultQuery|GetHeader|FormValue|QueryParam)\(|"
    r"\bctx\.(?:Query|Params|FormValue|Param|QueryParam)\(|mux\.Vars\(|\bos\.Args\b|os\.Getenv\("
)


def from_request(doc: Document, node: ts.Node, depth: int = 0) -> bool:
    """True when the expression reads request data, directly or through local assignments."""
    text = doc.node_text(node)
    if _REQUEST.search(text):
        return True
    if depth > 3:
        return False
    fn = function_of(node)
    names: set[str] = set()
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type == "identifier":
            names.add(doc.node_text(n))
        stack.extend(n.named_children)
    for name in names:
        for value in _assignments(doc, fn, name):
            if value.start_byte < node.start_byte and from_request(doc, value, depth + 1):
                return True
    return False


def _params(doc: Document, fn: ts.Node | None) -> set[str]:
    if fn is None:
        return set()
    params = fn.child_by_field_name("parameters")
    names: set[str] = set()
    if params is None:
        return names
    for p in params.named_children:
        for child in p.children_by_field_name("name"):
            names.add(doc.node_text(child))
    return names


def _names(doc: Document, node: ts.Node) -> set[str]:
    found: set[str] = set()
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type == "identifier":
            found.add(doc.node_text(n))
        stack.extend(n.named_children)
    return found


def _outside_data(doc: Document, node: ts.Node, depth: int = 0) -> bool:
    """Request data or a parameter of the function reaches the expression."""
    if from_request(doc, node):
        return True
    fn = function_of(node)
    params = _params(doc, fn)
    names = _names(doc, node)
    if names & params:
        return True
    if depth > 3:
        return False
    for name in names:
        for value in _assignments(doc, fn, name):
            if value.start_byte < node.start_byte and _outside_data(doc, value, depth + 1):
                return True
    return False


# ---- injection ---------------------------------------------------------------------------------

_SHELLS = re.compile(
    r'^"(?:/usr)?(?:/bin/)?(?:ba|z|da|k)?sh"$|^"(?:cmd|cmd\.exe|powershell|pwsh)"$'
)


def command_shell(doc: Document, rule: Rule) -> Iterator[Finding]:
    """exec.Command("sh", "-c", cmd) with a command string that is not constant."""
    for call in calls(doc, "os/exec", ("Command", "CommandContext")):
        args = call.args[1:] if call.name == "CommandContext" else call.args
        if len(args) < 3 or not _SHELLS.match(doc.node_text(args[0])):
            continue
        if doc.node_text(args[1]).strip('"`') not in ("-c", "/c", "/C", "-Command"):
            continue
        if any(not resolved_constant(doc, a) for a in args[2:]):
            yield _report(rule, doc, call.node)


def command_program(doc: Document, rule: Rule) -> Iterator[Finding]:
    """exec.Command(program, ...) whose program comes from outside the function."""
    for call in calls(doc, "os/exec", ("Command", "CommandContext")):
        args = call.args[1:] if call.name == "CommandContext" else call.args
        if not args or args[0].type == "variadic_argument":
            continue
        if _SHELLS.match(doc.node_text(args[0])) or resolved_constant(doc, args[0]):
            continue
        if _outside_data(doc, args[0]):
            yield _report(rule, doc, call.node)


_SQL = re.compile(
    r"^\s*(?:SELECT\b[\s\S]+\bFROM\b|INSERT\s+INTO\b|UPDATE\s+\S+\s+SET\b|DELETE\s+FROM\b|"
    r"REPLACE\s+INTO\b|(?:CREATE|DROP|ALTER)\s+TABLE\b)|\bWHERE\s+\w+\s*(?:=|LIKE)\s*'?$",
    re.IGNORECASE,
)
_XPATH = re.compile(r"^\s*/{1,2}[\w*@.]+(?:/[\w*@.]*)*\[|\[\s*@?\w+\s*=\s*['\"]?$")


def _concat_parts(doc: Document, node: ts.Node) -> tuple[list[str], bool]:
    if node.type == "binary_expression":
        op = node.child_by_field_name("operator")
        if op is not None and doc.node_text(op) == "+":
            parts: list[str] = []
            dynamic = False
            for side in (node.child_by_field_name("left"), node.child_by_field_name("right")):
                if side is None:
                    continue
                p, d = _concat_parts(doc, side)
                parts.extend(p)
                dynamic = dynamic or d
            return parts, dynamic
    value = string_value(doc, node)
    if value is not None:
        return [value], False
    return [], not resolved_constant(doc, node)


def built_queries(doc: Document, pattern: re.Pattern[str]) -> Iterator[ts.Node]:
    """fmt.Sprintf calls and + chains that build a query text matching `pattern`."""
    for call in calls(doc, "fmt", ("Sprintf", "Fprintf")):
        pos = 1 if call.name == "Fprintf" else 0
        if len(call.args) <= pos + 1:
            continue
        fmt = string_value(doc, call.args[pos])
        if fmt is None:
            continue
        m = re.search(r"%[-+#0-9.]*[sv]", fmt)
        if m is None or not pattern.search(fmt[: m.start()]):
            continue
        if all(resolved_constant(doc, a) for a in call.args[pos + 1 :]):
            continue
        yield call.node
    seen: set[int] = set()
    stack = [doc.root]
    while stack:
        n = stack.pop()
        if n.type == "binary_expression" and n.id not in seen and doc.in_text(n):
            parts, dynamic = _concat_parts(doc, n)
            if dynamic and parts and pattern.search(parts[0]):
                yield n
                sub = [n]
                while sub:
                    s = sub.pop()
                    seen.add(s.id)
                    sub.extend(s.named_children)
                continue
        stack.extend(n.named_children)


def sql_built_query(doc: Document, rule: Rule) -> Iterator[Finding]:
    """SQL text built with fmt.Sprintf or + from values that are not constants."""
    for node in built_queries(doc, _SQL):
        yield _report(rule, doc, node)


def xpath_built_query(doc: Document, rule: Rule) -> Iterator[Finding]:
    """XPath expressions built with fmt.Sprintf or + from values that are not constants."""
    for node in built_queries(doc, _XPATH):
        yield _report(rule, doc, node)


# ---- web --------------------------------------------------------------------------------------

_PATH_CHECK = re.compile(
    r"\bEvalSymlinks\b|\bfilepath\.Rel\b|\bIsLocal\b|\bstrings\.HasPrefix\b|\bsecurejoin\b|"
    r"\"\.\.\"|`\.\.`|\bstrings\.Contains\([^)]*\"\.\.|\bfilepath\.Base\(|\bpath\.Base\(|"
    r"\bos\.Root\b|\bOpenInRoot\b|\bValidPath\b|\bfs\.ValidPath\b|\bhttp\.Dir\("
)
_OPENERS = {
    "os": (
        "Open",
        "OpenFile",
        "ReadFile",
        "Create",
        "WriteFile",
        "Remove",
        "RemoveAll",
        "ReadDir",
        "Stat",
        "Lstat",
        "Mkdir",
        "MkdirAll",
    ),
    "io/ioutil": ("ReadFile", "WriteFile", "ReadDir"),
    "net/http": ("ServeFile",),
}


def _joins(doc: Document) -> Iterator[tuple[Call, ts.Node]]:
    """filepath.Join/path.Join calls and the function around them."""
    for package in ("path/filepath", "path"):
        for call in calls(doc, package, ("Join",)):
            fn = function_of(call.node)
            if fn is not None:
                yield call, fn


def _opened(doc: Document, fn: ts.Node, join: Call) -> bool:
    """True when the joined path (directly or through a local variable) is opened in `fn`."""
    target: str | None = None
    parent = join.node.parent
    if parent is not None and parent.type == "expression_list":
        holder = parent.parent
        if holder is not None and holder.type in ("short_var_declaration", "assignment_statement"):
            left = holder.child_by_field_name("left")
            if left is not None and left.named_children:
                target = doc.node_text(left.named_children[0])
    for package, names in _OPENERS.items():
        for call in calls(doc, package, names):
            if function_of(call.node) != fn:
                continue
            for arg in call.args:
                if arg.start_byte <= join.node.start_byte < arg.end_byte:
                    return True
                if target is not None and doc.node_text(arg) == target:
                    return True
    return False


def path_traversal(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A path joined from outside data and opened, in a function that never confines it."""
    for join, fn in _joins(doc):
        parts = join.args[1:]
        if not any(_outside_data(doc, a) for a in parts):
            continue
        if any(_archive_name(doc, a) for a in parts):
            continue  # reported by the zip-slip rule
        if _PATH_CHECK.search(doc.node_text(fn)):
            continue
        if _opened(doc, fn, join):
            yield _report(rule, doc, join.node)
    for call in calls(doc, "net/http", ("ServeFile",)):
        if (
            len(call.args) >= 3
            and from_request(doc, call.args[2])
            and not _PATH_CHECK.search(scope_text(doc, call.node))
        ):
            yield _report(rule, doc, call.node)


_ENTRY_NAME = re.compile(
    r"^(?:\w+\.)*(?:hdr|header|h|f|file|entry|e|zf|zipFile|tf|item)\.Name$|"
    r"\.(?:FileInfo\(\)\.Name\(\))$"
)


def _archive_name(doc: Document, node: ts.Node) -> bool:
    text = doc.node_text(node)
    return bool(_ENTRY_NAME.search(text))


def zip_slip(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Archive entry names joined to a destination with no check that they stay inside it."""
    table = imports(doc)
    if table and not any(p in ("archive/tar", "archive/zip") for p in table.values()):
        return
    for join, _fn in _joins(doc):
        if not any(_archive_name(doc, a) for a in join.args[1:]):
            continue
        if _PATH_CHECK.search(doc.text):
            continue
        yield _report(rule, doc, join.node)


def ssrf(doc: Document, rule: Rule) -> Iterator[Finding]:
    """HTTP requests to a URL taken from the incoming request."""
    for call in calls(
        doc, "net/http", ("Get", "Post", "Head", "PostForm", "NewRequest", "NewRequestWithContext")
    ):
        pos = {"NewRequest": 1, "NewRequestWithContext": 2}.get(call.name, 0)
        if len(call.args) <= pos or resolved_constant(doc, call.args[pos]):
            continue
        if from_request(doc, call.args[pos]) and not os_args_only(doc, call.args[pos]):
            yield _report(rule, doc, call.node)
    for call in calls(doc, None, ("Get", "Post", "Head")):
        if call.package is not None or call.operand not in ("client", "http.DefaultClient"):
            continue
        if call.args and from_request(doc, call.args[0]) and not os_args_only(doc, call.args[0]):
            yield _report(rule, doc, call.node)


def os_args_only(doc: Document, node: ts.Node) -> bool:
    """Command-line arguments are the operator's own input, not a remote attacker's."""
    text = doc.node_text(node)
    return bool(re.search(r"\bos\.(?:Args|Getenv)\b", text)) and not re.search(
        r"\.(?:URL|FormValue|Query|Header|Param)", text
    )


def open_redirect(doc: Document, rule: Rule) -> Iterator[Finding]:
    """http.Redirect to a location taken from the request."""
    for call in calls(doc, "net/http", ("Redirect",)):
        if len(call.args) < 3:
            continue
        if from_request(doc, call.args[2]) and not os_args_only(doc, call.args[2]):
            scope = scope_text(doc, call.node)
            if re.search(r"\burl\.Parse\b[\s\S]*\.(?:Host|IsAbs)\b|\bstrings\.HasPrefix\(", scope):
                continue
            yield _report(rule, doc, call.node)
    for call in calls(doc, None, ("Redirect",)):
        if (
            call.package is None
            and call.operand in ("c", "ctx")
            and len(call.args) >= 2
            and from_request(doc, call.args[1])
        ):
            yield _report(rule, doc, call.node)


_ESCAPED = re.compile(
    r"\b(?:html\.EscapeString|template\.HTMLEscapeString|url\.QueryEscape|"
    r"strconv\.\w+|json\.Marshal|bluemonday|EscapeString|Sanitize)\b"
)


def _writer_names(doc: Document, fn: ts.Node | None) -> set[str]:
    if fn is None:
        return set()
    params = fn.child_by_field_name("parameters")
    names: set[str] = set()
    if params is None:
        return names
    for p in params.named_children:
        typ = p.child_by_field_name("type")
        if typ is not None and doc.node_text(typ).endswith("ResponseWriter"):
            for child in p.children_by_field_name("name"):
                names.add(doc.node_text(child))
    return names


def reflected_xss(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Request data written to an http.ResponseWriter without HTML escaping."""
    for call in calls(doc, "fmt", ("Fprintf", "Fprint", "Fprintln")):
        if len(call.args) < 2:
            continue
        fn = function_of(call.node)
        if doc.node_text(call.args[0]) not in _writer_names(doc, fn):
            continue
        data = call.args[1:]
        unescaped = any(
            from_request(doc, a) and not _ESCAPED.search(doc.node_text(a)) for a in data
        )
        if unescaped and not _content_type_plain(doc, fn):
            yield _report(rule, doc, call.node)
    for call in calls(doc, None, ("Write", "WriteString")):
        fn = function_of(call.node)
        writers = _writer_names(doc, fn)
        target = call.operand if call.name == "Write" else ""
        args = call.args
        if call.package == "io" and call.name == "WriteString" and len(args) == 2:
            target, args = doc.node_text(args[0]), args[1:]
        if target not in writers or not args:
            continue
        escaped = _ESCAPED.search(doc.node_text(args[0]))
        if from_request(doc, args[0]) and not escaped and not _content_type_plain(doc, fn):
            yield _report(rule, doc, call.node)


def _content_type_plain(doc: Document, fn: ts.Node | None) -> bool:
    text = doc.node_text(fn) if fn is not None else ""
    return bool(re.search(r"Content-Type\"\s*,\s*\"(?:text/plain|application/json)", text))


# ---- cryptography ------------------------------------------------------------------------------

_SECURITY_WORDS = re.compile(
    r"passw|secret|token|nonce|salt|key|session|otp|\bpin\b|cookie|csrf|crypt|auth|reset|code",
    re.IGNORECASE,
)


def insecure_random(doc: Document, rule: Rule) -> Iterator[Finding]:
    """math/rand used where the value must not be guessable."""
    for package in ("math/rand", "math/rand/v2"):
        for call in calls(
            doc,
            package,
            (
                "Int",
                "Intn",
                "Int31",
                "Int31n",
                "Int63",
                "Int63n",
                "Uint32",
                "Uint64",
                "Float64",
                "Float32",
                "Read",
                "Perm",
                "Shuffle",
                "IntN",
                "N",
                "Int64",
                "Int64N",
                "Uint32N",
                "Uint64N",
            ),
        ):
            fn = function_of(call.node)
            context = ""
            if fn is not None:
                name = fn.child_by_field_name("name")
                context = doc.node_text(name) if name is not None else ""
                result = fn.child_by_field_name("result")
                context += " " + (doc.node_text(result) if result is not None else "")
            parent = call.node.parent
            while parent is not None and parent.type not in (
                "short_var_declaration",
                "assignment_statement",
                "return_statement",
                "expression_statement",
                "var_spec",
            ):
                parent = parent.parent
            if parent is not None:
                context += " " + doc.node_text(parent)
            conf = Confidence.MEDIUM if _SECURITY_WORDS.search(context) else Confidence.LOW
            yield _report(rule, doc, call.node, confidence=conf)


_IV = re.compile(r"(?i)^(?:\w*_)?(?:iv|nonce)$|^(?:iv|nonce)\w*$|\w*(?:IV|Iv|Nonce)$")
_SALT = re.compile(r"(?i)salt")


def _literal_bytes(doc: Document, node: ts.Node) -> bool:
    """[]byte{0x01, ...} with literal elements, or []byte("literal")."""
    if node.type == "composite_literal":
        body = node.child_by_field_name("body")
        typ = node.child_by_field_name("type")
        if body is None or typ is None or not doc.node_text(typ).endswith("byte"):
            return False
        elements = body.named_children
        return len(elements) > 1 and is_constant(doc, body)
    if node.type in {"type_conversion_expression", "call_expression"}:
        text = doc.node_text(node)
        if re.match(r"^\[\]byte\(\s*[\"`]", text):
            return True
    return False


def _fixed_bytes(doc: Document, rule: Rule, name_re: re.Pattern[str]) -> Iterator[Finding]:
    stack = [doc.root]
    while stack:
        n = stack.pop()
        if n.type in ("short_var_declaration", "assignment_statement", "var_spec") and doc.in_text(
            n
        ):
            left = n.child_by_field_name("left") or n.child_by_field_name("name")
            right = n.child_by_field_name("right") or n.child_by_field_name("value")
            if left is not None and right is not None:
                lefts = left.named_children if left.type == "expression_list" else [left]
                rights = right.named_children if right.type == "expression_list" else [right]
                for target, value in zip(lefts, rights, strict=False):
                    name = doc.node_text(target).rsplit(".", 1)[-1]
                    if name_re.search(name) and _literal_bytes(doc, value):
                        yield _report(rule, doc, n)
            continue
        stack.extend(n.named_children)


def static_iv(doc: Document, rule: Rule) -> Iterator[Finding]:
    """An IV or nonce that is a literal byte slice (CWE-329)."""
    yield from _fixed_bytes(doc, rule, _IV)
    for call in calls(
        doc, "crypto/cipher", ("NewCBCEncrypter", "NewCFBEncrypter", "NewCTR", "NewOFB")
    ):
        if len(call.args) >= 2 and _literal_bytes(doc, call.args[1]):
            yield _report(rule, doc, call.node)


def constant_salt(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A password-hash salt that is a literal byte slice (CWE-760)."""
    yield from _fixed_bytes(doc, rule, _SALT)
    for call in calls(doc, None, ("Key", "IDKey")):
        if call.package is None or not call.package.endswith(("pbkdf2", "argon2", "scrypt")):
            continue
        if len(call.args) >= 2 and (
            _literal_bytes(doc, call.args[1]) or string_value(doc, call.args[1]) is not None
        ):
            yield _report(rule, doc, call.node)


# ---- permissions -------------------------------------------------------------------------------

_SECRET_CONTEXT = re.compile(r"secret|private|passw|credential|token|\bkey", re.IGNORECASE)
_MODE_POS = {"Chmod": 1, "WriteFile": 2, "OpenFile": 2, "Mkdir": 1, "MkdirAll": 1}


def loose_permissions(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Files made world-writable, or files holding secrets made readable by others."""
    found: list[Call] = list(calls(doc, "os", _MODE_POS)) + list(
        calls(doc, "io/ioutil", ("WriteFile",))
    )
    for call in found:
        pos = _MODE_POS[call.name]
        if len(call.args) <= pos:
            continue
        text = doc.node_text(call.args[pos]).strip()
        m = re.fullmatch(r"(?:os\.FileMode\()?0o?([0-7]{3,4})\)?", text)
        if m is None:
            continue
        mode = int(m.group(1), 8)
        if mode & 0o002:
            yield _report(rule, doc, call.node)
        elif (
            mode & 0o077
            and not call.name.startswith("Mkdir")
            and _SECRET_CONTEXT.search(scope_text(doc, call.node))
        ):
            # Named as secret by the function itself or by the path: report by default.
            fn = function_of(call.node)
            name = fn.child_by_field_name("name") if fn is not None else None
            head = doc.node_text(name) if name is not None else ""
            named = _SECRET_CONTEXT.search(head + " " + doc.node_text(call.args[0]))
            yield _report(
                rule,
                doc,
                call.node,
                confidence=Confidence.MEDIUM if named and mode & 0o066 else Confidence.LOW,
                message="A file that holds secrets is created readable by other users; "
                "create it with mode 0600.",
            )


_HTML_CONTEXT = re.compile(
    r"http\.ResponseWriter|\.html\b|\.tmpl\b|<(?:html|body|div|p|a|h\d|span|ul|li|script)\b",
    re.IGNORECASE,
)


def text_template_html(doc: Document, rule: Rule) -> Iterator[Finding]:
    """text/template imported in a file that renders HTML or writes HTTP responses."""
    if not _HTML_CONTEXT.search(doc.text):
        return
    stack = [doc.root]
    while stack:
        node = stack.pop()
        if node.type == "import_spec":
            path = node.child_by_field_name("path")
            text = doc.node_text(path).strip('"`') if path is not None else ""
            if text == "text/template" and doc.in_text(node):
                yield _report(rule, doc, node)
        elif node.type in ("source_file", "import_declaration", "import_spec_list"):
            stack.extend(node.named_children)


# ---- values from the caller that reach text sinks (HTML, logs, headers, URLs) -----------------

_ESCAPE_CALL = re.compile(r"\b\w*(?:[Ee]scape|[Ss]aniti[sz]e|[Ee]ncode|Quote)\w*\s*\(")
_CRLF_CHECK = re.compile(
    r"'\\[rn]'|\b(?:ReplaceAll|Replace|NewReplacer|ContainsAny|ContainsRune|IndexAny|IndexByte|"
    r"IndexRune|Contains|Count|Trim\w*|Split\w*|FieldsFunc|Map)\s*\([^\n]*\\[rn]|%q|"
    r"\bstrconv\.Quote|\bunicode\.Is(?:Control|Print|Graphic)\b"
)
_LOG_CALLS = frozenset(
    {"Print", "Printf", "Println", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"}
)
_LOGGER_METHODS = frozenset(
    {
        "Info",
        "Infof",
        "Warn",
        "Warnf",
        "Warning",
        "Warningf",
        "Error",
        "Errorf",
        "Debug",
        "Debugf",
        "Trace",
        "Tracef",
    }
)
_STRING_WRAPPERS = frozenset(
    {"string", "TrimSpace", "ToLower", "ToUpper", "Trim", "TrimPrefix", "TrimSuffix", "Title"}
)


def _functions(doc: Document) -> Iterator[ts.Node]:
    stack = [doc.root]
    while stack:
        n = stack.pop()
        if n.type in ("function_declaration", "method_declaration") and doc.in_text(n):
            yield n
        stack.extend(n.named_children)


def _doc_comment(doc: Document, fn: ts.Node) -> str:
    name = fn.child_by_field_name("name")
    return doc_comment(doc, doc.node_text(name) if name is not None else "", fn)


def _string_params(doc: Document, fn: ts.Node) -> set[str]:
    params = fn.child_by_field_name("parameters")
    found: set[str] = set()
    if params is None:
        return found
    for p in params.named_children:
        t = p.child_by_field_name("type")
        if t is not None and doc.node_text(t) in ("string", "[]byte", "...string"):
            found.update(doc.node_text(c) for c in p.children_by_field_name("name"))
    return found


def _carries(doc: Document, node: ts.Node, names: set[str]) -> bool:
    """The expression is one of `names`, a conversion or trim of one, or a `+` join with one."""
    if node.type == "parenthesized_expression" and node.named_children:
        return _carries(doc, node.named_children[0], names)
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
    if node.type in ("call_expression", "type_conversion_expression"):
        fn = node.child_by_field_name("function") or node.child_by_field_name("type")
        args = node.child_by_field_name("arguments")
        last = doc.node_text(fn).rsplit(".", 1)[-1] if fn is not None else ""
        if last in _STRING_WRAPPERS and args is not None and args.named_children:
            return _carries(doc, args.named_children[0], names)
        operand = node.child_by_field_name("operand")
        if operand is not None and _carries(doc, operand, names):
            return True
    return False


def _aliases(doc: Document, fn: ts.Node) -> set[str]:
    names = _string_params(doc, fn)
    if not names:
        return names
    for _ in range(2):
        stack = [fn]
        while stack:
            n = stack.pop()
            if n.type in ("short_var_declaration", "assignment_statement", "var_spec"):
                left = n.child_by_field_name("left") or n.child_by_field_name("name")
                right = n.child_by_field_name("right") or n.child_by_field_name("value")
                if left is not None and right is not None:
                    lefts = left.named_children if left.type == "expression_list" else [left]
                    rights = right.named_children if right.type == "expression_list" else [right]
                    if len(lefts) == len(rights):
                        for target, value in zip(lefts, rights, strict=True):
                            if target.type == "identifier" and _carries(doc, value, names):
                                names.add(doc.node_text(target))
            stack.extend(n.named_children)
    return names


@dataclass(frozen=True, slots=True)
class _Built:
    """A place where text is assembled: a fmt/log call, a `+` join, a WriteString."""

    node: ts.Node
    dest: str  # the destination's text: the writer, the assigned name, the logger
    literals: tuple[str, ...]
    values: tuple[ts.Node, ...]
    kind: str  # "format", "plus", "write", "log"


def _plus_chain(doc: Document, node: ts.Node, out: list[ts.Node]) -> None:
    if node.type == "binary_expression":
        op = node.child_by_field_name("operator")
        if op is not None and doc.node_text(op) == "+":
            for side in (node.child_by_field_name("left"), node.child_by_field_name("right")):
                if side is not None:
                    _plus_chain(doc, side, out)
            return
    out.append(node)


def _assigned_name(doc: Document, node: ts.Node) -> str:
    parent = node.parent
    if parent is not None and parent.type == "expression_list":
        parent = parent.parent
    if parent is not None and parent.type in (
        "short_var_declaration",
        "assignment_statement",
        "var_spec",
    ):
        left = parent.child_by_field_name("left") or parent.child_by_field_name("name")
        return doc.node_text(left) if left is not None else ""
    return ""


def _built(doc: Document, fn: ts.Node) -> Iterator[_Built]:
    table = imports(doc)
    stack = [fn]
    while stack:
        n = stack.pop()
        if n.type == "call_expression":
            f = n.child_by_field_name("function")
            arglist = n.child_by_field_name("arguments")
            args = [a for a in arglist.named_children if a.type != "comment"] if arglist else []
            if f is not None and f.type == "selector_expression" and args:
                operand = doc.node_text(f.child_by_field_name("operand") or f)
                name = doc.node_text(f.child_by_field_name("field") or f)
                pkg = table.get(operand, operand)
                lits = [v for v in (string_value(doc, a) for a in args) if v is not None]
                if pkg == "fmt" and name in ("Sprintf", "Errorf", "Printf", "Sprint", "Sprintln"):
                    yield _Built(n, _assigned_name(doc, n), tuple(lits), tuple(args), "format")
                elif pkg == "fmt" and name in ("Fprintf", "Fprint", "Fprintln"):
                    yield _Built(n, doc.node_text(args[0]), tuple(lits), tuple(args[1:]), "format")
                elif name in ("WriteString", "Write"):
                    yield _Built(n, operand, tuple(lits), tuple(args), "write")
                elif (pkg in ("log", "log/slog") and name in _LOG_CALLS) or (
                    name in _LOGGER_METHODS | _LOG_CALLS and words(operand) & LOG_WORDS
                ):
                    yield _Built(n, operand, tuple(lits), tuple(args), "log")
        elif n.type == "binary_expression":
            pieces: list[ts.Node] = []
            _plus_chain(doc, n, pieces)
            if len(pieces) > 1:
                lits = [v for v in (string_value(doc, p) for p in pieces) if v is not None]
                if lits:
                    yield _Built(n, _assigned_name(doc, n), tuple(lits), tuple(pieces), "plus")
                continue
        stack.extend(n.named_children)


def _reaching(doc: Document, built: _Built, names: set[str]) -> bool:
    return any(_carries(doc, v, names) for v in built.values)


def html_from_input(doc: Document, rule: Rule) -> Iterator[Finding]:
    """HTML text assembled from a string parameter with no escaping in the function."""
    for fn in _functions(doc):
        names = _aliases(doc, fn)
        if not names:
            continue
        if _ESCAPE_CALL.search(code_text(doc, fn)):
            continue
        html_doc = bool(HTML_WORDS.search(_doc_comment(doc, fn)))
        for built in _built(doc, fn):
            if built.kind == "log" or not _reaching(doc, built, names):
                continue
            if html_doc or any(HTML_TAG.search(lit) for lit in built.literals):
                yield _report(rule, doc, built.node)
                break


def _request_read(doc: Document, node: ts.Node, depth: int = 0) -> bool:
    """Request data itself, or a local assigned from it (the process's own arguments and
    environment and error values are not counted)."""
    text = doc.node_text(node)
    if _REQUEST.search(text) and not re.search(r"\bos\.(?:Args|Getenv)\b", text):
        return True
    if node.type != "identifier" or text.startswith("err") or depth > 3:
        return False
    return any(
        _request_read(doc, v, depth + 1)
        for v in _assignments(doc, function_of(node), text)
        if v != node
    )


def log_from_input(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A log line assembled from a string parameter or request data with no line-break removal:
    medium confidence for log-building code and request data, low for a parameter logged."""
    for fn in _functions(doc):
        names = _aliases(doc, fn)
        code = code_text(doc, fn)
        if _CRLF_CHECK.search(code):
            continue
        name = fn.child_by_field_name("name")
        log_fn = bool(words(doc.node_text(name) if name is not None else "") & LOG_WORDS)
        for built in _built(doc, fn):
            if built.kind == "log":
                if any(_request_read(doc, v) for v in built.values):
                    yield _report(rule, doc, built.node)
                    break
                if _reaching(doc, built, names):
                    yield _report(rule, doc, built.node, confidence=Confidence.LOW)
                    break
            elif _reaching(doc, built, names) and (
                words(built.dest) & LOG_WORDS or (log_fn and built.kind != "write")
            ):
                yield _report(rule, doc, built.node)
                break


def header_from_input(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A header map entry set from a string parameter or request data with no CR/LF check."""
    for fn in _functions(doc):
        names = _aliases(doc, fn)
        if _CRLF_CHECK.search(code_text(doc, fn)):
            continue
        stack = [fn]
        found: tuple[ts.Node, Confidence | None] | None = None
        while stack and found is None:
            n = stack.pop()
            if n.type == "assignment_statement":
                left = n.child_by_field_name("left")
                right = n.child_by_field_name("right")
                if left is not None and right is not None and len(left.named_children) == 1:
                    target = left.named_children[0]
                    value = right.named_children[0] if right.named_children else right
                    operand = target.child_by_field_name("operand")
                    key = target.child_by_field_name("index")
                    if (
                        target.type == "index_expression"
                        and operand is not None
                        and key is not None
                        and key.type != "identifier"  # not a loop copying another map
                        and words(doc.node_text(operand)) & HEADER_WORDS
                        and (_carries(doc, value, names) or from_request(doc, value))
                    ):
                        found = (n, None)
            elif n.type == "call_expression":
                f = n.child_by_field_name("function")
                args = n.child_by_field_name("arguments")
                if f is not None and f.type == "selector_expression" and args is not None:
                    field = doc.node_text(f.child_by_field_name("field") or f)
                    receiver = doc.node_text(f.child_by_field_name("operand") or f)
                    items = args.named_children
                    if (
                        field in ("Set", "Add")
                        and len(items) == 2
                        and re.search(r"(?i)header", receiver)
                        and (_carries(doc, items[1], names) or from_request(doc, items[1]))
                    ):
                        # net/http replaces CR and LF in header values it writes: audit only.
                        found = (n, Confidence.LOW)
            stack.extend(n.named_children)
        if found is not None:
            yield _report(rule, doc, found[0], confidence=found[1])


def _validated(code: str, name: str) -> bool:
    n = re.escape(name)
    if re.search(
        r"\b\w*(?:Match\w*|[Vv]alid\w*|[Cc]heck\w*|FindString\w*|[Ee]scape\w*|"
        rf"[Ss]aniti[sz]e\w*)\s*\([^\n]*\b{n}\b",
        code,
    ):
        return True
    iterated = re.search(rf"\brange\s+{n}\b|\b{n}\s*\[\s*\w+\s*\]", code)
    return bool(iterated and re.search(r"\bunicode\.Is\w+\(|'[a-zA-Z0-9]'\s*[<>]=?", code))


_URL_HOST_SPEC = re.compile(r"(?:https?|wss?|ftp)://((?:%[-0-9.*]*[sv])+)\.")


def url_host_from_input(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A URL whose host name begins with a string parameter (`https://%s.example.com`)."""
    for fn in _functions(doc):
        names = _aliases(doc, fn)
        if not names:
            continue
        code = code_text(doc, fn)
        for built in _built(doc, fn):
            host: ts.Node | None = None
            if built.kind == "format" and built.literals:
                fmt = built.literals[0]
                m = _URL_HOST_SPEC.search(fmt)
                if m is not None:
                    k = len(re.findall(r"%[-+#0-9.*]*[a-zA-Z]", fmt[: m.start(1)]))
                    values = [v for v in built.values if string_value(doc, v) != fmt]
                    if k < len(values):
                        host = values[k]
            elif built.kind == "plus":
                host = url_host_piece(built.values, lambda n: string_value(doc, n))
            if host is None or not _carries(doc, host, names):
                continue
            if any(_validated(code, n) for n in _names(doc, host) | _string_params(doc, fn)):
                continue
            yield _report(rule, doc, built.node)


def _host_like(doc: Document, node: ts.Node) -> bool:
    return bool(words(doc.node_text(node)) & HOST_WORDS)


def incomplete_domain_check(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A host tested against a domain with strings.Contains, or with strings.HasSuffix where the
    dot before the suffix is never checked."""
    for call in calls(doc, "strings", ("Contains", "HasSuffix", "Index")):
        if len(call.args) != 2:
            continue
        host, domain = call.args
        literal = string_value(doc, domain)
        if literal is not None:
            if not re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", literal):
                continue
        elif resolved_constant(doc, domain) or not _host_like(doc, domain):
            continue
        if not _host_like(doc, host):
            continue
        if call.name == "HasSuffix":
            fn = function_of(call.node)
            scope = code_text(doc, fn) if fn is not None else ""
            if re.search(r"'\.'|\"\.\"\s*\+", scope):
                continue
        yield _report(rule, doc, call.node)


# ---------------------------------------------------------------------------------------------
# Uploads stored under the client's file name (CWE-434)
_GO_UPLOAD_SINK = re.compile(
    rb"\b(?:os\.(?:Create|OpenFile|WriteFile)|ioutil\.WriteFile|\w+\.SaveUploadedFile)\("
)
_GO_UPLOAD_SOURCE = re.compile(rb"\.Filename\b")
_GO_UPLOAD_CONTEXT = re.compile(rb"(?i)FormFile|MultipartForm|multipart|upload")
_GO_UPLOAD_SAFE = re.compile(
    rb"(?i)allowed|allow_?list|white_?list|permitted|\bvalid\w*(?:ext|type|mime|file|image)"
    rb"|EXTENSIONS|DetectContentType|HasSuffix|\bmimetype\b|\bfiletype\.|\bswitch\s+\w*ext"
    rb"|\b\w*(?:safe_?type|is_?safe|(?:check|verify|validate)_?\w*(?:ext|type|mime|image))"
    rb"\w*\s*\("
    rb"|\bext\w*\s*[!=]=\s*\""
)


def unrestricted_upload(doc: Document, rule: Rule) -> Iterator[Finding]:
    """An uploaded file is written under the client's name or extension with no allow-list."""
    yield from upload_scan(
        doc,
        rule,
        sink=_GO_UPLOAD_SINK,
        source=_GO_UPLOAD_SOURCE,
        safe=_GO_UPLOAD_SAFE,
        context=_GO_UPLOAD_CONTEXT,
        calls=frozenset({"call_expression"}),
        functions=_FUNCTIONS,
    )
