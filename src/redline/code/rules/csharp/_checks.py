"""C# rules that need code: sinks judged by where their argument comes from (request data,
controller-action parameters, built strings), and checks spanning several statements."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import tree_sitter as ts

from redline._core import Confidence, Edit, Finding, Fix
from redline.code.document import Document
from redline.code.rules import Rule
from redline.code.rules._origins import (
    CSHARP,
    enclosing,
    matches,
    sink_findings,
)
from redline.code.rules._upload import upload_scan

_REQUEST = frozenset({"request"})
_BUILT = frozenset({"request", "built"})

# A call `<receiver>.<Name>(<first argument>, ...)`; generic names (`Query<T>`) included.
_CALL = """((invocation_expression
    function: (member_access_expression expression: (_) @obj name: (_) @name)
    arguments: (argument_list . (argument (_) @arg))) @report
  {predicates})"""


def _call(predicates: str) -> str:
    return _CALL.replace("{predicates}", predicates)


def _edit(doc: Document, node: ts.Node, replacement: str) -> Edit:
    return Edit(doc.char_offset(node.start_byte), doc.char_offset(node.end_byte), replacement)


# ---- command injection ---------------------------------------------------------------------

_PROCESS = (
    _call('(#match? @obj "(^|\\\\.)Process$") (#eq? @name "Start")'),
    # Process.Start(fileName, arguments)
    """((invocation_expression
         function: (member_access_expression expression: (_) @obj name: (_) @name)
         arguments: (argument_list (argument) . (argument (_) @arg))) @report
       (#match? @obj "(^|\\\\.)Process$") (#eq? @name "Start"))""",
    """((object_creation_expression type: (_) @t arguments: (argument_list (argument (_) @arg)))
        @report (#match? @t "(^|\\\\.)ProcessStartInfo$"))""",
    """((object_creation_expression type: (_) @t
         initializer: (initializer_expression
                        (assignment_expression left: (identifier) @prop right: (_) @arg) @report))
       (#match? @t "(^|\\\\.)ProcessStartInfo$") (#any-of? @prop "FileName" "Arguments"))""",
    """((assignment_expression
         left: (member_access_expression expression: (_) @target name: (identifier) @prop)
         right: (_) @arg) @report
       (#any-of? @prop "FileName" "Arguments")
       (#match? @target "(?i)(startinfo|psi|processinfo|procinfo|info|start)$"))""",
)


def _process_info_object(node: ts.Node) -> bool:
    """`Process.Start(psi)`: the ProcessStartInfo's own fields are judged where they are set."""
    report = node
    args = report.child_by_field_name("arguments")
    if report.type != "invocation_expression" or args is None:
        return False
    first = args.named_children[0] if args.named_children else None
    if first is None or not first.named_children:
        return False
    value = first.named_children[-1]
    if value.type == "object_creation_expression":
        return True
    if value.type != "identifier":
        return False
    name = (value.text or b"").decode()
    scope = enclosing(report, CSHARP.functions)
    text = (scope.text or b"").decode() if scope is not None else ""
    return bool(
        re.search(rf"ProcessStartInfo\s+{re.escape(name)}\b", text)
        or re.search(
            rf"\b{re.escape(name)}\s*=\s*new\s+(System\.Diagnostics\.)?ProcessStartInfo\b", text
        )
        or re.search(r"(?i)(info|psi)$", name)
    )


def process_start(doc: Document, rule: Rule) -> Iterable[Finding]:
    """Process.Start / ProcessStartInfo with a program or arguments built at run time.

    A program or argument string of unknown origin is reported with low confidence."""
    return sink_findings(doc, rule, _PROCESS, opaque=True, skip=_process_info_object)


_PROCESS_LAUNCH = """((invocation_expression
     function: (member_access_expression expression: (_) @obj name: (identifier) @name)
     arguments: (argument_list) @args) @report
   (#eq? @name "Start"))"""
_PROCESS_DECLARED = (
    r"\b(?:Process\s+{name}\b|{name}\s*=\s*new\s+(?:System\.Diagnostics\.)?Process\b)"
)


def process_launch(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Process.Start(...) and process.Start() calls whose command was not seen built from data.

    An audit aid: process-start-built-command judges where the command comes from; this rule
    lists the other process launches (fixed programs, start infos of unknown origin)."""
    built = [(f.span.start, f.span.end) for f in process_start(doc, rule)]
    for captures in matches(doc, _PROCESS_LAUNCH):
        report, obj_node = captures["report"][0], captures["obj"][0]
        if not doc.in_text(report):
            continue
        obj = doc.node_text(obj_node)
        if not re.search(r"(^|\.)Process$", obj):
            # An instance start: `p.Start()` on a Process declared in the method.
            if obj_node.type != "identifier" or captures["args"][0].named_children:
                continue
            scope = enclosing(report, CSHARP.functions) or doc.root
            if not re.search(_PROCESS_DECLARED.format(name=re.escape(obj)), doc.node_text(scope)):
                continue
        method = enclosing(report, CSHARP.functions)
        if method is not None:
            where = doc.span(method)
            if any(where.start <= a and b <= where.end for a, b in built):
                continue
        elif built:
            continue
        yield rule.finding(doc, doc.span(report), confidence=Confidence.LOW)


# ---- SQL, LDAP, XPath ----------------------------------------------------------------------

_SQL = (
    """((object_creation_expression type: (_) @t arguments: (argument_list . (argument (_) @arg)))
        @report
       (#match? @t "(^|\\\\.)(Sql|SqlCe|OleDb|Odbc|MySql|Npgsql|SQLite|Sqlite|Oracle|DB2|Db2|Fb|Sybase)Command$"))""",  # noqa: E501
    """((assignment_expression left: (member_access_expression name: (identifier) @prop)
                              right: (_) @arg) @report
       (#eq? @prop "CommandText"))""",
    """((initializer_expression (assignment_expression left: (identifier) @prop right: (_) @arg) @report)
       (#eq? @prop "CommandText"))""",  # noqa: E501
    _call(
        '(#match? @name "^(ExecuteSqlRaw|ExecuteSqlRawAsync|FromSqlRaw|ExecuteSqlCommand|'
        'ExecuteSqlCommandAsync|ExecuteStoreQuery|ExecuteStoreCommand|CreateSQLQuery)(<|$)")'
    ),
)
_SQL_BUILT = (
    _call(
        '(#match? @name "^(Query|QueryAsync|QueryFirst|QueryFirstAsync|QueryFirstOrDefault|'
        "QueryFirstOrDefaultAsync|QuerySingle|QuerySingleAsync|QuerySingleOrDefault|"
        "QuerySingleOrDefaultAsync|QueryMultiple|QueryMultipleAsync|Execute|ExecuteAsync|"
        "ExecuteScalar|ExecuteScalarAsync|ExecuteReader|ExecuteReaderAsync|ExecuteNonQuery|"
        "ExecuteNonQueryAsync|ExecuteQuery|ExecuteDataSet|ExecuteDataTable|FromSql|SqlQuery|"
        'SqlQueryRaw|GetDataTable|RunQuery|ExecuteCommand)(<|$)")'
    ),
)


def _interpolated_safe(node: ts.Node) -> bool:
    """EF Core's FromSql/SqlQuery/ExecuteSql take an interpolated string as parameters."""
    args = node.child_by_field_name("arguments")
    function = node.child_by_field_name("function")
    if args is None or function is None or node.type != "invocation_expression":
        return False
    name = function.child_by_field_name("name")
    text = (name.text or b"").decode() if name is not None else ""
    first = args.named_children[0] if args.named_children else None
    value = first.named_children[-1] if first is not None and first.named_children else None
    return (
        re.match(r"^(FromSql|SqlQuery|ExecuteSql)(<|$)", text) is not None
        and value is not None
        and value.type == "interpolated_string_expression"
    )


def sql_built(doc: Document, rule: Rule) -> Iterable[Finding]:
    """ADO.NET commands, EF raw SQL and Dapper/helper calls given SQL assembled from data.

    Command text of unknown origin (a field, a call result) is reported with low confidence."""
    yield from sink_findings(doc, rule, _SQL, opaque=True)
    yield from sink_findings(doc, rule, _SQL_BUILT, accept=_BUILT, skip=_interpolated_safe)


_LDAP = (
    """((object_creation_expression type: (_) @t
         arguments: (argument_list (argument) . (argument (_) @arg))) @report
       (#match? @t "(^|\\\\.)DirectorySearcher$"))""",
    """((object_creation_expression type: (_) @t
         arguments: (argument_list . (argument [(interpolated_string_expression) (binary_expression)
                                                (invocation_expression)] @arg) .)) @report
       (#match? @t "(^|\\\\.)DirectorySearcher$"))""",
    """((assignment_expression left: (member_access_expression expression: (_) @target
                                                             name: (identifier) @prop)
                              right: (_) @arg) @report
       (#eq? @prop "Filter") (#match? @target "(?i)(search|ds|directory|ldap)"))""",
    """((object_creation_expression type: (_) @t
         initializer: (initializer_expression
                        (assignment_expression left: (identifier) @prop right: (_) @arg) @report))
       (#match? @t "(^|\\\\.)DirectorySearcher$") (#eq? @prop "Filter"))""",
    """((object_creation_expression type: (_) @t
         arguments: (argument_list (argument) . (argument (_) @arg))) @report
       (#match? @t "(^|\\\\.)SearchRequest$"))""",
)


def ldap_filter(doc: Document, rule: Rule) -> Iterable[Finding]:
    """A DirectorySearcher / SearchRequest filter assembled from data."""
    return sink_findings(doc, rule, _LDAP)


_XPATH = (
    _call(
        '(#match? @name "^(SelectNodes|SelectSingleNode|XPathSelectElement|XPathSelectElements|'
        'XPathEvaluate)$")'
    ),
    _call(
        '(#match? @name "^(Compile|Evaluate|Select|Matches)$") '
        '(#match? @obj "(?i)(nav|navigator|xpath|xpn)$")'
    ),
)


def xpath_built(doc: Document, rule: Rule) -> Iterable[Finding]:
    """An XPath expression assembled from data; one of unknown origin with low confidence."""
    return sink_findings(doc, rule, _XPATH, opaque=True)


# ---- web -----------------------------------------------------------------------------------

_XSS_REQUEST = (
    """((invocation_expression
         function: (member_access_expression expression: (_) @obj name: (identifier) @name)
         arguments: (argument_list (argument (_) @arg))) @report
       (#any-of? @name "Write" "WriteAsync" "BinaryWrite" "Output")
       (#match? @obj "(^|\\\\.)(Response|Response\\\\.Output|Output|Writer)$"))""",
    """((invocation_expression function: (identifier) @name
         arguments: (argument_list . (argument (_) @arg) . (argument (_) @type))) @report
       (#eq? @name "Content") (#match? @type "text/html"))""",
)
_XSS_RAW = (
    """((invocation_expression
         function: (member_access_expression expression: (identifier) @obj name: (identifier) @name)
         arguments: (argument_list . (argument (_) @arg))) @report
       (#eq? @obj "Html") (#eq? @name "Raw"))""",
    """((object_creation_expression type: (_) @t arguments: (argument_list . (argument (_) @arg)))
        @report
       (#match? @t "(^|\\\\.)(HtmlString|MvcHtmlString)$"))""",
)


def response_xss(doc: Document, rule: Rule) -> Iterable[Finding]:
    """Request data written into the response; Html.Raw / HtmlString over data."""
    yield from sink_findings(doc, rule, _XSS_REQUEST, accept=_REQUEST)
    yield from sink_findings(doc, rule, _XSS_RAW)


_PATH = (
    _call(
        '(#match? @obj "(^|\\\\.)(File|Directory)$") '
        '(#match? @name "^(ReadAllText|ReadAllTextAsync|ReadAllBytes|ReadAllBytesAsync|'
        "ReadAllLines|ReadAllLinesAsync|ReadLines|OpenRead|OpenText|Open|OpenWrite|Create|"
        "WriteAllText|WriteAllTextAsync|WriteAllBytes|WriteAllBytesAsync|AppendAllText|"
        'Delete|Copy|Move|Exists|GetFiles|CreateDirectory|EnumerateFiles)$")'
    ),
    """((invocation_expression
         function: (member_access_expression expression: (_) @obj name: (identifier) @name)
         arguments: (argument_list (argument (_) @arg))) @report
       (#match? @obj "(^|\\\\.)Path$") (#eq? @name "Combine"))""",
    """((object_creation_expression type: (_) @t arguments: (argument_list . (argument (_) @arg)))
        @report
       (#match? @t "(^|\\\\.)(FileStream|StreamReader|StreamWriter|FileInfo|DirectoryInfo)$"))""",
    """((invocation_expression function: (identifier) @name
         arguments: (argument_list . (argument (_) @arg))) @report
       (#any-of? @name "PhysicalFile" "File"))""",
)


def path_from_request(doc: Document, rule: Rule) -> Iterable[Finding]:
    """A file path taken from the request (query, form, route or an action parameter)."""
    return sink_findings(doc, rule, _PATH, accept=_REQUEST)


_REDIRECT = (
    """((invocation_expression function: (identifier) @name
         arguments: (argument_list . (argument (_) @arg))) @report
       (#any-of? @name "Redirect" "RedirectPermanent" "RedirectPreserveMethod"
                       "RedirectPermanentPreserveMethod"))""",
    _call(
        '(#match? @obj "(^|\\\\.)Response$") '
        '(#match? @name "^(Redirect|RedirectPermanent|RedirectToRoute)$")'
    ),
)


def _checks_local_url(node: ts.Node) -> bool:
    method = enclosing(node, CSHARP.functions)
    text = (method.text or b"").decode() if method is not None else ""
    return (
        re.search(r"IsLocalUrl|IsWellFormedUriString|\.Host\s*==|StartsWith\(\s*\"/\"", text)
        is not None
    )


def open_redirect(doc: Document, rule: Rule) -> Iterable[Finding]:
    """A redirect to a location taken from the request, with no local-URL check in the method.

    A location of other run-time origin is reported with low confidence."""
    return sink_findings(doc, rule, _REDIRECT, accept=_REQUEST, opaque=True, skip=_checks_local_url)


_SSRF = (
    _call(
        '(#match? @name "^(GetAsync|GetStringAsync|GetByteArrayAsync|GetStreamAsync|PostAsync|'
        "PutAsync|DeleteAsync|PatchAsync|GetFromJsonAsync|PostAsJsonAsync|DownloadString|"
        "DownloadStringAsync|DownloadStringTaskAsync|DownloadData|DownloadDataTaskAsync|"
        'DownloadFile|DownloadFileTaskAsync|OpenRead|OpenReadTaskAsync|UploadString|UploadData)$")'
    ),
    _call('(#match? @obj "(^|\\\\.)(WebRequest|HttpWebRequest)$") (#eq? @name "Create")'),
    """((object_creation_expression type: (_) @t
         arguments: (argument_list (argument) . (argument (_) @arg))) @report
       (#match? @t "(^|\\\\.)HttpRequestMessage$"))""",
)


def ssrf_url(doc: Document, rule: Rule) -> Iterable[Finding]:
    """An outgoing HTTP request to a URL taken from the request."""
    return sink_findings(doc, rule, _SSRF, accept=_REQUEST)


# ---- cookies, CORS, CSRF -------------------------------------------------------------------


def cookie_flags(doc: Document, rule: Rule) -> Iterator[Finding]:
    """HttpCookie / CookieOptions without Secure and HttpOnly; explicit Secure/HttpOnly = false."""
    for captures in matches(
        doc,
        """((assignment_expression left: (_) @prop right: (boolean_literal) @value) @report
           (#match? @prop "(^|\\\\.)(Secure|HttpOnly)$") (#eq? @value "false"))""",
    ):
        report, value = captures["report"][0], captures["value"][0]
        prop = doc.node_text(captures["prop"][0]).rsplit(".", 1)[-1]
        if not doc.in_text(report):
            continue
        target = doc.node_text(captures["prop"][0])
        init = report.parent
        owner = doc.node_text(init.parent) if init is not None and init.parent is not None else ""
        if "." not in target and not re.search(r"Cookie|Session", owner):
            continue
        if "." in target and not re.search(r"(?i)cookie|options", target):
            continue
        yield rule.finding(
            doc,
            doc.span(report),
            message=f"{prop} = false turns a cookie protection off; set it to true.",
            fix=Fix(f"Set {prop} = true", (_edit(doc, value, "true"),)),
        )
    for captures in matches(
        doc,
        """((object_creation_expression type: (_) @t) @report
           (#match? @t "(^|\\\\.)(HttpCookie|CookieOptions)$"))""",
    ):
        report = captures["report"][0]
        if not doc.in_text(report):
            continue
        init = report.child_by_field_name("initializer")
        init_text = doc.node_text(init) if init is not None else ""
        var = None
        parent = report.parent
        if parent is not None and parent.type == "variable_declarator":
            name = parent.child_by_field_name("name")
            var = doc.node_text(name) if name is not None else None
        elif parent is not None and parent.type == "assignment_expression":
            left = parent.child_by_field_name("left")
            var = doc.node_text(left) if left is not None else None
        scope = enclosing(report, CSHARP.functions)
        body = doc.node_text(scope) if scope is not None else doc.text
        v = re.escape(var) if var else None

        def has(prop: str, body: str = body, v: str | None = v, init_text: str = init_text) -> bool:
            if re.search(rf"\b{prop}\s*=", init_text):
                return True
            return v is not None and re.search(rf"\b{v}\s*\.\s*{prop}\s*=", body) is not None

        missing = [p for p in ("Secure", "HttpOnly") if not has(p)]
        if not missing:
            continue
        if var is None and not init_text:
            continue  # passed straight on: its flags may be set elsewhere
        yield rule.finding(
            doc,
            doc.span(report),
            message=f"This cookie is never given {' and '.join(p + ' = true' for p in missing)}.",
            confidence=Confidence.MEDIUM,
        )


def cors_permissive(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Any origin allowed together with credentials; reflected origins; a wildcard header."""
    credentials = "AllowCredentials" in doc.text
    for captures in matches(
        doc,
        """((invocation_expression function: (member_access_expression name: (identifier) @name)
             arguments: (argument_list) @args) @report
           (#any-of? @name "AllowAnyOrigin" "SetIsOriginAllowed" "WithOrigins"))""",
    ):
        report = captures["report"][0]
        if not doc.in_text(report):
            continue
        name = doc.node_text(captures["name"][0])
        args = doc.node_text(captures["args"][0])
        if name == "SetIsOriginAllowed" and not re.search(r"=>\s*true\s*\)|return\s+true", args):
            continue
        if name == "WithOrigins" and '"*"' not in args:
            continue
        if name in ("AllowAnyOrigin", "WithOrigins") and not credentials:
            continue
        yield rule.finding(doc, doc.span(report))
    for captures in matches(
        doc,
        """((invocation_expression function: (member_access_expression name: (identifier) @name)
             arguments: (argument_list . (argument (string_literal) @h) . (argument (string_literal) @v)))
            @report
           (#any-of? @name "Add" "Append" "AddHeader" "AppendHeader" "TryAdd")
           (#match? @h "(?i)access-control-allow-origin") (#eq? @v "\\"*\\""))""",  # noqa: E501
    ):
        report = captures["report"][0]
        if doc.in_text(report):
            yield rule.finding(doc, doc.span(report), confidence=Confidence.MEDIUM)


_STATE_CHANGING = re.compile(r"\b(HttpPost|HttpPut|HttpDelete|HttpPatch)\b|AcceptVerbs\([^)]*POST")
_ANTIFORGERY = re.compile(
    r"\b(ValidateAntiForgeryToken|AutoValidateAntiforgeryToken|IgnoreAntiforgeryToken|RequireAntiforgeryToken)\b"
)


def _class_kind(doc: Document, node: ts.Node) -> str:
    """The kind of the action's class: "checked" when it validates anti-forgery tokens, "api"
    for a Web API controller (token-authenticated APIs need no CSRF token), "" otherwise."""
    cls = enclosing(node, CSHARP.classes)
    if cls is not None:
        header = " ".join(
            doc.node_text(c) for c in cls.children if c.type in ("attribute_list", "base_list")
        )
        if _ANTIFORGERY.search(header):
            return "checked"
    else:
        header = doc.text  # a fragment: the class is not (fully) visible
    api = re.search(
        r"\[ApiController\]|:\s*(ApiController|ControllerBase|ODataController)\b", header
    )
    return "api" if api else ""


def missing_antiforgery(doc: Document, rule: Rule) -> Iterator[Finding]:
    """MVC actions that accept POST/PUT/DELETE/PATCH without an anti-forgery token check; Web API
    actions with low confidence (they need one only under cookie authentication).

    Works on the attribute lists themselves, so truncated methods in fragments are judged too."""
    if re.search(
        r"AutoValidateAntiforgeryTokenAttribute|ValidateAntiForgeryTokenAttribute\(\)", doc.text
    ):
        return  # a global filter validates every action
    text = doc.text
    reported_methods: set[int] = set()
    for captures in matches(doc, "((attribute_list) @report)"):
        attr = captures["report"][0]
        if not doc.in_text(attr) or not _STATE_CHANGING.search(doc.node_text(attr)):
            continue
        start = doc.char_offset(attr.start_byte)
        # The attributes around it: the lines above that are attributes, and everything up to
        # the method body.
        line_start = text.rfind("\n", 0, start) + 1
        before_start = line_start
        while before_start > 0:
            prev_start = text.rfind("\n", 0, before_start - 1) + 1
            if not text[prev_start : before_start - 1].strip().startswith("["):
                break
            before_start = prev_start
        body = re.search(r"\{|=>", text[start:])
        end = start + body.start() if body else len(text)
        window = text[before_start:end]
        if "(" not in text[start:end] or _ANTIFORGERY.search(window):
            continue
        kind = _class_kind(doc, attr)
        if end in reported_methods or kind == "checked":
            continue
        reported_methods.add(end)
        # A Web API action is at risk only where the API also accepts cookie authentication.
        yield rule.finding(
            doc, doc.span(attr), confidence=Confidence.LOW if kind == "api" else None
        )


# ---- deserialisation and XML ---------------------------------------------------------------

_FORMATTERS = (
    r"BinaryFormatter|SoapFormatter|NetDataContractSerializer|LosFormatter|ObjectStateFormatter"
)


def unsafe_formatter(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Deserialize() on BinaryFormatter and its kin; JavaScriptSerializer with a type resolver."""
    receivers = set(re.findall(rf"\b(?:{_FORMATTERS}|IFormatter)\s+(\w+)", doc.text))
    receivers |= set(
        re.findall(rf"\b(\w+)\s*=\s*new\s+(?:[\w.]*\.)?(?:{_FORMATTERS})\s*\(", doc.text)
    )
    found = False
    for captures in matches(
        doc,
        """((invocation_expression
             function: (member_access_expression expression: (_) @obj name: (identifier) @name)) @report
           (#any-of? @name "Deserialize" "UnsafeDeserialize" "ReadObject" "UnsafeDeserializeMethodResponse"))""",  # noqa: E501
    ):
        report, obj = captures["report"][0], captures["obj"][0]
        text = doc.node_text(obj)
        if not doc.in_text(report):
            continue
        if text in receivers or re.search(rf"new\s+(?:[\w.]*\.)?(?:{_FORMATTERS})\s*\(", text):
            found = True
            yield rule.finding(doc, doc.span(report))
    for captures in matches(
        doc,
        """((object_creation_expression type: (_) @t arguments: (argument_list) @args) @report)""",
    ):
        report = captures["report"][0]
        t = doc.node_text(captures["t"][0]).rsplit(".", 1)[-1]
        args = doc.node_text(captures["args"][0])
        if not doc.in_text(report):
            continue
        if t == "JavaScriptSerializer" and "SimpleTypeResolver" in args:
            yield rule.finding(doc, doc.span(report))
        elif (
            not found
            and re.fullmatch(_FORMATTERS, t)
            and not re.search(r"\.Serialize\s*\(", doc.text)
        ):
            yield rule.finding(doc, doc.span(report), confidence=Confidence.MEDIUM)


# ---- randomness ----------------------------------------------------------------------------

_SECURITY_WORDS = re.compile(
    r"(?i)(passw|pwd|token|secret|nonce|salt|otp|one.?time|session|csrf|apikey|api_key|"
    r"auth|credential|verification|reset|activation|\bkey\b|Key\b|\biv\b|captcha|pin\b|"
    r"crypt|cipher)"
)


def _statement_text(doc: Document, node: ts.Node) -> str:
    current = node
    while current.parent is not None and not (
        current.type.endswith("statement") or current.type.endswith("declaration")
    ):
        current = current.parent
    return doc.node_text(current)


def _security_context(doc: Document, node: ts.Node) -> bool:
    if _SECURITY_WORDS.search(_statement_text(doc, node)):
        return True
    method = enclosing(node, CSHARP.functions)
    if method is not None:
        name = method.child_by_field_name("name")
        if name is not None and _SECURITY_WORDS.search(doc.node_text(name)):
            return True
    return False


_UNITY_RANDOM = """((member_access_expression expression: (_) @type name: (identifier) @member)
    @report
   (#match? @type "^(UnityEngine\\.)?Random$")
   (#any-of? @member "Range" "value" "insideUnitCircle" "insideUnitSphere" "onUnitSphere"
                     "rotation" "rotationUniform" "ColorHSV" "InitState"))"""


def insecure_random(doc: Document, rule: Rule) -> Iterator[Finding]:
    """System.Random: high confidence where a secret is made, low elsewhere.

    UnityEngine.Random (Random.Range, Random.value, ...) is reported with low confidence only:
    a game's dice, yet the same predictable generator when it makes a code or a token."""
    for captures in matches(doc, _UNITY_RANDOM):
        report = captures["report"][0]
        if doc.in_text(report):
            yield rule.finding(doc, doc.span(report), confidence=Confidence.LOW)
    if re.search(r"using\s+UnityEngine\s*;", doc.text) and not re.search(
        r"System\.Random", doc.text
    ):
        return  # `Random` is UnityEngine.Random here, reported above
    for captures in matches(
        doc,
        """((object_creation_expression type: (_) @t) @report
           (#match? @t "^(System\\\\.)?Random$"))""",
    ):
        report = captures["report"][0]
        if doc.in_text(report):
            secure = _security_context(doc, report)
            yield rule.finding(
                doc, doc.span(report), confidence=Confidence.HIGH if secure else Confidence.LOW
            )
    declared_secure = set(
        re.findall(r"\b(?:RandomNumberGenerator|RNGCryptoServiceProvider)\s+(\w+)", doc.text)
    )
    declared = set(re.findall(r"\b(?:System\.)?Random\s+(\w+)\s*[=;,)]", doc.text))
    declared |= set(re.findall(r"\b(\w+)\s*=\s*new\s+(?:System\.)?Random\s*\(", doc.text))
    for captures in matches(
        doc,
        """((invocation_expression
             function: (member_access_expression expression: (identifier) @obj name: (identifier) @name))
            @report
           (#any-of? @name "Next" "NextDouble" "NextBytes" "NextInt64" "NextSingle"))""",  # noqa: E501
    ):
        report = captures["report"][0]
        obj = doc.node_text(captures["obj"][0])
        if not doc.in_text(report) or obj in declared_secure:
            continue
        if obj not in declared and not re.match(
            r"(?i)^(m_|_)?(rand|random|rnd|rng|randomizer|randomGenerator|generator|r)\d*$", obj
        ):
            continue
        secure = _security_context(doc, report)
        yield rule.finding(
            doc, doc.span(report), confidence=Confidence.MEDIUM if secure else Confidence.LOW
        )


# ---- configuration -------------------------------------------------------------------------


def developer_exception_page(doc: Document, rule: Rule) -> Iterator[Finding]:
    """UseDeveloperExceptionPage() outside an IsDevelopment() check."""
    for captures in matches(
        doc,
        """((invocation_expression function: (member_access_expression name: (identifier) @name))
            @report (#any-of? @name "UseDeveloperExceptionPage" "UseDatabaseErrorPage"))""",
    ):
        report = captures["report"][0]
        if not doc.in_text(report):
            continue
        guarded = False
        current = report.parent
        while current is not None:
            if current.type == "if_statement":
                cond = current.child_by_field_name("condition")
                if cond is not None and re.search(
                    r"IsDevelopment|IsEnvironment|IsProduction|IsStaging|DEBUG|Debug",
                    doc.node_text(cond),
                ):
                    guarded = True
                    break
            current = current.parent
        if not guarded:
            yield rule.finding(doc, doc.span(report))


# ---- XML -----------------------------------------------------------------------------------

_XML_LOADS = """((invocation_expression
     function: (member_access_expression expression: (identifier) @obj name: (identifier) @name)
     arguments: (argument_list . (argument (_) @arg))) @report
   (#any-of? @name "Load" "LoadXml"))"""
_XML_TEXT_READER = """((object_creation_expression type: (_) @t) @report
   (#match? @t "(^|\\\\.)XmlTextReader$"))"""
_XML_HARDENED = re.compile(
    r"\.XmlResolver\s*=\s*null\b|XmlResolver\s*=\s*null\b|DtdProcessing\s*=\s*DtdProcessing\s*\.\s*"
    r"(Prohibit|Ignore)|ProhibitDtd\s*=\s*true"
)
_XML_DOCUMENT_DECLARED = (
    r"\b(?:XmlDocument|XmlDataDocument|ConfigXmlDocument)\s+{name}\b"
    r"|\b{name}\s*=\s*new\s+(?:System\.Xml\.)?(?:XmlDocument|XmlDataDocument|ConfigXmlDocument)\b"
)
_SAFE_READER = r"\b{name}\s*=\s*XmlReader\s*\.\s*Create\s*\("


def xml_default_resolver(doc: Document, rule: Rule) -> Iterator[Finding]:
    """XmlDocument.Load/LoadXml and new XmlTextReader(...) where nothing in the file sets
    XmlResolver = null or DtdProcessing.Prohibit/Ignore (audit level)."""
    if _XML_HARDENED.search(doc.text):
        return
    for captures in matches(doc, _XML_LOADS):
        report, obj = captures["report"][0], doc.node_text(captures["obj"][0])
        if not doc.in_text(report):
            continue
        scope = enclosing(report, CSHARP.classes) or doc.root
        if not re.search(_XML_DOCUMENT_DECLARED.format(name=re.escape(obj)), doc.node_text(scope)):
            continue
        arg = captures["arg"][0]
        if arg.type == "identifier" and re.search(
            _SAFE_READER.format(name=re.escape(doc.node_text(arg))), doc.node_text(scope)
        ):
            continue  # an XmlReader from XmlReader.Create(): its settings prohibit DTDs
        yield rule.finding(doc, doc.span(report), confidence=Confidence.LOW)
    for captures in matches(doc, _XML_TEXT_READER):
        report = captures["report"][0]
        if doc.in_text(report):
            yield rule.finding(doc, doc.span(report), confidence=Confidence.LOW)


# ---- ciphers -------------------------------------------------------------------------------

_UNAUTHENTICATED_MODE = """((member_access_expression
     expression: (_) @type name: (identifier) @mode) @report
   (#match? @type "(^|\\\\.)CipherMode$") (#any-of? @mode "CBC" "CFB" "OFB" "CTS"))"""
_MAC_USE = re.compile(r"\bHMAC\w*|\bCreateHMAC\b|\bKeyedHashAlgorithm\b|\bHmac\w*\.|\bMac\b")


def unauthenticated_cipher_mode(doc: Document, rule: Rule) -> Iterator[Finding]:
    """CipherMode.CBC/CFB/OFB/CTS in a file that computes no MAC (audit level)."""
    if _MAC_USE.search(doc.text):
        return
    for captures in matches(doc, _UNAUTHENTICATED_MODE):
        report = captures["report"][0]
        if doc.in_text(report):
            yield rule.finding(doc, doc.span(report), confidence=Confidence.LOW)


# ---------------------------------------------------------------------------------------------
# Uploads stored under the client's file name (CWE-434)
_CS_UPLOAD_SINK = re.compile(rb"\.CopyTo(?:Async)?\(|\.SaveAs\(|\bFile\.WriteAllBytes(?:Async)?\(")
_CS_UPLOAD_SOURCE = re.compile(rb"\.FileName\b")
_CS_UPLOAD_CONTEXT = re.compile(rb"(?i)IFormFile|upload|HttpPostedFile|\.Form\.Files|multipart")
_CS_UPLOAD_SAFE = re.compile(
    rb"(?i)allowed|allow_?list|white_?list|permitted|\bvalid\w*(?:ext|type|mime|file|image)"
    rb"|EXTENSIONS|\.EndsWith\(|\bContentType\b[^\n]*(?:==|!=|Contains|StartsWith|Equals)"
    rb"|FileSignature|\bmagic\b|Image\.(?:Load|FromStream)"
    rb"|\b\w*(?:safe_?type|is_?safe|(?:check|verify|validate)_?\w*(?:ext|type|mime|image))"
    rb"\w*\s*\("
    rb"|\b(?:ext|extension)\w*\s*[!=]=\s*\""
)


def unrestricted_upload(doc: Document, rule: Rule) -> Iterator[Finding]:
    """An IFormFile is copied into a path built from its FileName with no type allow-list."""
    yield from upload_scan(
        doc,
        rule,
        sink=_CS_UPLOAD_SINK,
        source=_CS_UPLOAD_SOURCE,
        safe=_CS_UPLOAD_SAFE,
        context=_CS_UPLOAD_CONTEXT,
        calls=frozenset({"invocation_expression"}),
        functions=frozenset(
            {
                "method_declaration",
                "local_function_statement",
                "lambda_expression",
                "constructor_declaration",
                "anonymous_method_expression",
            }
        ),
    )
