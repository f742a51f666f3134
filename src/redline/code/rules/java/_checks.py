"""Java rules that need code: sinks judged by where their argument comes from, and checks that
look at more than one statement (a factory and its hardening, a cookie and its flags)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import tree_sitter as ts

from redline._core import Confidence, Edit, Finding, Fix
from redline.code.document import Document
from redline.code.rules import Rule
from redline.code.rules._origins import (
    JAVA,
    enclosing,
    matches,
    origins,
    sink_findings,
)
from redline.code.rules._upload import upload_scan

_REQUEST = frozenset({"request"})
_BUILT = frozenset({"request", "built"})

# ---- command and code injection ------------------------------------------------------------

_EXEC = (
    # Runtime.getRuntime().exec(cmd, ...) with a single command string
    """((method_invocation object: (_) @obj name: (identifier) @name
         arguments: (argument_list . [(identifier) (binary_expression) (method_invocation)
                                      (field_access) (ternary_expression)
                                      (parenthesized_expression)] @arg)) @report
       (#eq? @name "exec") (#match? @obj "getRuntime\\\\(\\\\)$|^(runtime|rt|r|RUNTIME)$"))""",
    # ... or an argument array whose program is not fixed
    """((method_invocation object: (_) @obj name: (identifier) @name
         arguments: (argument_list . (array_creation_expression
                       value: (array_initializer . (_) @arg)))) @report
       (#eq? @name "exec") (#match? @obj "getRuntime\\\\(\\\\)$|^(runtime|rt|r|RUNTIME)$"))""",
    # new ProcessBuilder(program, ...) / new ProcessBuilder(listOrArray)
    """((object_creation_expression type: (type_identifier) @t
         arguments: (argument_list . (_) @arg)) @report
       (#eq? @t "ProcessBuilder"))""",
    # builder.command(program, ...)
    """((method_invocation object: (_) @obj name: (identifier) @name
         arguments: (argument_list . (_) @arg)) @report
       (#eq? @name "command") (#match? @obj "(?i)(builder|pb)$|ProcessBuilder"))""",
    # Apache Commons Exec
    """((method_invocation object: (identifier) @obj name: (identifier) @name
         arguments: (argument_list . (_) @arg)) @report
       (#eq? @obj "CommandLine") (#eq? @name "parse"))""",
)


def command_exec(doc: Document, rule: Rule) -> Iterable[Finding]:
    """Runtime.exec / ProcessBuilder whose command or program is built at run time.

    A command of unknown origin (a field, a call result) is reported with low confidence."""
    return sink_findings(doc, rule, _EXEC, opaque=True)


_LAUNCH = (
    """((method_invocation object: (_) @obj name: (identifier) @name) @report
       (#eq? @name "exec") (#match? @obj "getRuntime\\\\(\\\\)$|^(runtime|rt|r|RUNTIME)$"))""",
    """((object_creation_expression type: (type_identifier) @t) @report
       (#eq? @t "ProcessBuilder"))""",
)


def process_launch(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Runtime.exec() and new ProcessBuilder() whose command was not seen built from data.

    An audit aid: runtime-exec-built-command judges where the command comes from; this rule
    lists the remaining process launches (fixed commands, fixed programs with arguments)."""
    built = {(f.span.start, f.span.end) for f in command_exec(doc, rule)}
    seen: set[tuple[int, int]] = set()
    for text in _LAUNCH:
        for captures in matches(doc, text):
            report = captures["report"][0]
            if not doc.in_text(report):
                continue
            span = doc.span(report)
            key = (span.start, span.end)
            if key in built or key in seen:
                continue
            seen.add(key)
            yield rule.finding(doc, span, confidence=Confidence.LOW)


# ---- SQL, LDAP, XPath ----------------------------------------------------------------------

_SQL_STATEMENT = (
    """((method_invocation name: (identifier) @name arguments: (argument_list . (_) @arg)) @report
       (#any-of? @name "executeQuery" "executeUpdate" "executeLargeUpdate" "addBatch"))""",
)
_SQL_RECEIVERS = (
    "(?i)(stmt|statement|conn|connection|con|jdbc|template|em|entityManager|session|db|"
    "database|sql|dao|handle|ps|st|repository|manager|query|client)$|"
    "(getSession|getEntityManager|getConnection|getJdbcTemplate|getWritableDatabase|"
    "getReadableDatabase)\\\\(\\\\)$"
)
_SQL_BUILT = (
    """((method_invocation object: (_) @obj name: (identifier) @name
         arguments: (argument_list . (_) @arg)) @report
       (#any-of? @name "execute" "prepareStatement" "prepareCall" "nativeSQL" "createQuery"
                       "createNativeQuery" "createSQLQuery" "createSqlQuery" "query"
                       "queryForObject" "queryForList" "queryForMap" "queryForRowSet"
                       "queryForLong" "queryForInt" "queryForStream" "update" "batchUpdate"
                       "rawQuery" "execSQL" "compileStatement" "executeSql" "createStatement"
                       "select" "sql")
       (#match? @obj "RECEIVERS"))""".replace("RECEIVERS", _SQL_RECEIVERS),
)


def sql_built(doc: Document, rule: Rule) -> Iterable[Finding]:
    """JDBC/JPA/Hibernate/Spring/Android SQL calls given a query assembled from data."""
    yield from sink_findings(doc, rule, _SQL_STATEMENT)
    yield from sink_findings(doc, rule, _SQL_BUILT, accept=_BUILT)


_LDAP = (
    """((method_invocation object: (_) @obj name: (identifier) @name
         arguments: (argument_list . (_) . (_) @arg)) @report
       (#eq? @name "search") (#match? @obj "(?i)(ctx|context|ldap|dir|template|connection|conn)"))""",  # noqa: E501
    """((object_creation_expression type: (type_identifier) @t
         arguments: (argument_list . (_) . (_) @arg)) @report
       (#any-of? @t "SearchRequest"))""",
)


def ldap_filter(doc: Document, rule: Rule) -> Iterable[Finding]:
    """A directory search whose filter is assembled from data."""
    return sink_findings(doc, rule, _LDAP)


_XPATH = (
    """((method_invocation object: (_) @obj name: (identifier) @name
         arguments: (argument_list . (_) @arg)) @report
       (#any-of? @name "compile" "evaluate" "selectNodes" "selectSingleNode" "valueOf"
                       "evaluateExpression")
       (#match? @obj "(?i)xpath|xp$|newXPath\\\\(\\\\)|^(node|document|doc|root|element)$"))""",
)


def xpath_built(doc: Document, rule: Rule) -> Iterable[Finding]:
    """An XPath expression assembled from data; one of unknown origin with low confidence."""
    return sink_findings(doc, rule, _XPATH, opaque=True)


# ---- web -----------------------------------------------------------------------------------

_XSS = (
    """((method_invocation object: (_) @obj name: (identifier) @name
         arguments: (argument_list (_) @arg)) @report
       (#any-of? @name "print" "println" "write" "printf" "format" "append")
       (#match? @obj "getWriter\\\\(\\\\)$|getOutputStream\\\\(\\\\)$|^(out|writer|pw|printWriter|w|respWriter|responseWriter)$"))""",  # noqa: E501
    """((method_invocation name: (identifier) @name
         arguments: (argument_list . (_) . (_) @arg)) @report
       (#eq? @name "sendError"))""",
)


_HTML_ENCODED = re.compile(
    r"(?i)\b(Encode\.for\w+|escapeHtml\d*|htmlEscape|encodeForHTML\w*|escapeXml\d*|"
    r"HtmlUtils\.\w+|StringEscapeUtils\.\w+|sanitize\w*)\s*\("
)


def _html_encoded(node: ts.Node) -> bool:
    return _HTML_ENCODED.search((node.text or b"").decode("utf-8", "replace")) is not None


def servlet_xss(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Request data written into a servlet response without encoding; other run-time values
    written unencoded with low confidence."""
    reported: set[tuple[int, int]] = set()
    for finding in sink_findings(doc, rule, _XSS, accept=_REQUEST):
        reported.add((finding.span.start, finding.span.end))
        yield finding
    for finding in sink_findings(
        doc, rule, _XSS, accept=frozenset(), opaque=True, skip=_html_encoded
    ):
        if (finding.span.start, finding.span.end) not in reported:
            yield finding


_PATH = (
    """((object_creation_expression type: (type_identifier) @t arguments: (argument_list (_) @arg))
        @report
       (#any-of? @t "File" "FileInputStream" "FileOutputStream" "FileReader" "FileWriter"
                    "RandomAccessFile" "PrintWriter" "FileSystemResource" "ZipFile"))""",
    """((method_invocation object: (identifier) @obj name: (identifier) @name
         arguments: (argument_list (_) @arg)) @report
       (#any-of? @obj "Paths" "Path" "Files" "FileUtils" "IOUtils")
       (#any-of? @name "get" "of" "readAllBytes" "readString" "newInputStream" "newOutputStream"
                       "lines" "readAllLines" "write" "writeString" "delete" "deleteIfExists"
                       "copy" "move" "newBufferedReader" "newBufferedWriter" "readFileToString"
                       "readFileToByteArray" "openInputStream" "getFile" "readLines"))""",
    """((method_invocation name: (identifier) @name arguments: (argument_list . (_) @arg)) @report
       (#any-of? @name "resolve" "getResourceAsStream" "getRealPath"))""",
)


def _file_name_only(node: ts.Node) -> bool:
    """`Paths.get(x).getFileName()` keeps only the last name: not a traversal."""
    parent = node.parent
    if parent is None or parent.type != "method_invocation":
        return False
    name = parent.child_by_field_name("name")
    return name is not None and name.text == b"getFileName"


def path_from_request(doc: Document, rule: Rule) -> Iterable[Finding]:
    """A file path taken from the request."""
    return sink_findings(doc, rule, _PATH, accept=_REQUEST, skip=_file_name_only)


_SSRF = (
    """((method_invocation object: (object_creation_expression type: (type_identifier) @t
                                     arguments: (argument_list . (_) @arg))
         name: (identifier) @name) @report
       (#eq? @t "URL") (#any-of? @name "openConnection" "openStream" "getContent"))""",
    """((method_invocation object: (parenthesized_expression (object_creation_expression
                                     type: (type_identifier) @t
                                     arguments: (argument_list . (_) @arg)))
         name: (identifier) @name) @report
       (#eq? @t "URL") (#any-of? @name "openConnection" "openStream" "getContent"))""",
    """((method_invocation object: (_) @obj name: (identifier) @name
         arguments: (argument_list . (_) @arg)) @report
       (#any-of? @name "getForObject" "getForEntity" "postForObject" "postForEntity" "exchange"
                       "headForHeaders" "patchForObject")
       (#match? @obj "(?i)rest|template|client"))""",
    """((object_creation_expression type: (type_identifier) @t
         arguments: (argument_list . (_) @arg)) @report
       (#any-of? @t "HttpGet" "HttpPost" "HttpPut" "HttpDelete" "HttpHead" "GetMethod"
                    "PostMethod"))""",
    """((method_invocation object: (identifier) @obj name: (identifier) @name
         arguments: (argument_list . (_) @arg)) @report
       (#any-of? @obj "URI" "Jsoup" "HttpRequest") (#any-of? @name "create" "connect" "newBuilder"))""",  # noqa: E501
)


def _url_sinks(doc: Document, rule: Rule) -> Iterator[Finding]:
    """`URL u = new URL(x); ... u.openConnection()` (the URL held in a local)."""
    flow = origins(doc)
    for captures in matches(
        doc,
        """((local_variable_declaration declarator: (variable_declarator name: (identifier) @var
             value: (object_creation_expression type: (type_identifier) @t
                      arguments: (argument_list . (_) @arg)) @report))
           (#eq? @t "URL"))""",
    ):
        var, arg, report = captures["var"][0], captures["arg"][0], captures["report"][0]
        method = enclosing(report, JAVA.functions)
        if method is None or not doc.in_text(report):
            continue
        body = doc.node_text(method)
        name = re.escape(doc.node_text(var))
        if not re.search(rf"\b{name}\s*\.\s*(openConnection|openStream|getContent)\s*\(", body):
            continue
        flags = flow.of(arg)
        if flags & {"request", "built", "parameter"}:
            conf = Confidence.HIGH if "request" in flags else Confidence.MEDIUM
            yield rule.finding(doc, doc.span(report), confidence=conf)


def ssrf_url(doc: Document, rule: Rule) -> Iterable[Finding]:
    """An outgoing request to a URL that is not fixed in the source (request data: high;
    a built URL or a parameter: medium; another run-time value opened as a URL: low)."""
    yield from sink_findings(doc, rule, _SSRF[:2], cap=Confidence.MEDIUM, opaque=True)
    yield from sink_findings(doc, rule, _SSRF[2:], cap=Confidence.MEDIUM)
    yield from sink_findings(doc, rule, _SSRF, accept=_REQUEST)
    yield from _url_sinks(doc, rule)


_REDIRECT = (
    """((method_invocation name: (identifier) @name arguments: (argument_list . (_) @arg)) @report
       (#eq? @name "sendRedirect"))""",
    """((method_invocation name: (identifier) @name
         arguments: (argument_list . (string_literal) @h . (_) @arg)) @report
       (#any-of? @name "setHeader" "addHeader") (#match? @h "(?i)^\\"location\\"$"))""",
    """((binary_expression left: (string_literal) @lit right: (_) @arg) @report
       (#match? @lit "^\\"(redirect|forward):"))""",
)


def open_redirect(doc: Document, rule: Rule) -> Iterable[Finding]:
    """A redirect to a location taken from the request."""
    return sink_findings(doc, rule, _REDIRECT, accept=_REQUEST)


_SESSION = (
    """((method_invocation object: (_) @obj name: (identifier) @name
         arguments: (argument_list . (_) . (_) @arg)) @report
       (#any-of? @name "setAttribute" "putValue") (#match? @obj "(?i)session"))""",
)


def trust_boundary(doc: Document, rule: Rule) -> Iterable[Finding]:
    """Request data stored in the session unvalidated."""
    return sink_findings(doc, rule, _SESSION, accept=_REQUEST)


# ---- cookies -------------------------------------------------------------------------------


def _edit(doc: Document, node: ts.Node, replacement: str) -> Edit:
    return Edit(doc.char_offset(node.start_byte), doc.char_offset(node.end_byte), replacement)


def cookie_flags(doc: Document, rule: Rule) -> Iterator[Finding]:
    """`new Cookie(...)` never given Secure/HttpOnly in its method; setSecure(false) and friends."""
    for captures in matches(
        doc,
        """((method_invocation name: (identifier) @name
             arguments: (argument_list . (false) @value)) @report
           (#any-of? @name "setSecure" "setHttpOnly"))""",
    ):
        report, value = captures["report"][0], captures["value"][0]
        if not doc.in_text(report):
            continue
        name = doc.node_text(captures["name"][0])
        fix = Fix(f"Call {name}(true)", (_edit(doc, value, "true"),))
        yield rule.finding(
            doc,
            doc.span(report),
            message=f"{name}(false) turns a cookie protection off; pass true.",
            fix=fix,
        )
    for captures in matches(
        doc,
        """((object_creation_expression type: (type_identifier) @t) @report
           (#eq? @t "Cookie"))""",
    ):
        report = captures["report"][0]
        if not doc.in_text(report):
            continue
        decl = report.parent
        var = None
        if decl is not None and decl.type == "variable_declarator":
            name_node = decl.child_by_field_name("name")
            var = doc.node_text(name_node) if name_node else None
        elif decl is not None and decl.type == "assignment_expression":
            left = decl.child_by_field_name("left")
            var = doc.node_text(left) if left else None
        if var is None:
            continue
        scope = enclosing(report, JAVA.functions) or doc.root
        body = doc.node_text(scope)
        v = re.escape(var)
        secure = re.search(rf"\b{v}\s*\.\s*setSecure\s*\(", body)
        http_only = re.search(rf"\b{v}\s*\.\s*setHttpOnly\s*\(", body)
        if secure and http_only:
            continue
        missing = " and ".join(
            n for n, ok in (("setSecure(true)", secure), ("setHttpOnly(true)", http_only)) if not ok
        )
        yield rule.finding(
            doc,
            doc.span(report),
            message=f"This cookie is never given {missing}; set both before adding it.",
            confidence=Confidence.MEDIUM,
        )


# ---- deserialisation and XML ---------------------------------------------------------------

_OIS_FILE_GUARDS = re.compile(
    r"ValidatingObjectInputStream|SerialKiller|LookAheadObjectInputStream|setSerialFilter|"
    r"jdk\.serialFilter"
)
_OIS_METHOD_GUARDS = re.compile(r"setObjectInputFilter|ObjectInputFilter")


def object_input_stream(doc: Document, rule: Rule) -> Iterator[Finding]:
    """ObjectInputStream over data, with no class filter in its method or process."""
    if _OIS_FILE_GUARDS.search(doc.text):
        return
    for captures in matches(
        doc,
        """((object_creation_expression type: (type_identifier) @t) @report
           (#eq? @t "ObjectInputStream"))""",
    ):
        report = captures["report"][0]
        if not doc.in_text(report):
            continue
        # A subclass (`new ObjectInputStream(in) { ... }`) may filter in resolveClass.
        if any(c.type == "class_body" for c in report.children):
            continue
        method = enclosing(report, JAVA.functions)
        if method is not None and _OIS_METHOD_GUARDS.search(doc.node_text(method)):
            continue
        yield rule.finding(doc, doc.span(report))


def xstream_from_xml(doc: Document, rule: Rule) -> Iterator[Finding]:
    """XStream.fromXML with no type permissions set up in the file."""
    if re.search(
        r"allowTypes|addPermission|setupDefaultSecurity|allowTypeHierarchy|denyTypes", doc.text
    ):
        return
    if "XStream" not in doc.text:
        return
    for captures in matches(
        doc,
        """((method_invocation name: (identifier) @name arguments: (argument_list . (_))) @report
           (#eq? @name "fromXML"))""",
    ):
        report = captures["report"][0]
        if doc.in_text(report):
            yield rule.finding(doc, doc.span(report))


def snakeyaml_constructor(doc: Document, rule: Rule) -> Iterator[Finding]:
    """`new Yaml()` / `new Yaml(new Constructor(...))` used to load documents."""
    if not re.search(r"\.\s*(load|loadAs|loadAll)\s*\(", doc.text):
        return
    for captures in matches(
        doc,
        """((object_creation_expression type: (type_identifier) @t arguments: (argument_list) @args)
            @report (#eq? @t "Yaml"))""",
    ):
        report, args = captures["report"][0], captures["args"][0]
        if not doc.in_text(report):
            continue
        if re.search(r"SafeConstructor|BaseConstructor|TagInspector", doc.node_text(args)):
            continue
        yield rule.finding(doc, doc.span(report))


_XML_FACTORIES = {
    "DocumentBuilderFactory": (
        "newInstance",
        "newDefaultInstance",
        "newNSInstance",
        "newDefaultNSInstance",
    ),
    "SAXParserFactory": (
        "newInstance",
        "newDefaultInstance",
        "newNSInstance",
        "newDefaultNSInstance",
    ),
    "XMLInputFactory": ("newInstance", "newFactory", "newDefaultFactory"),
    "TransformerFactory": ("newInstance", "newDefaultInstance"),
    "SAXTransformerFactory": ("newInstance", "newDefaultInstance"),
    "SchemaFactory": ("newInstance", "newDefaultInstance"),
    "XMLReaderFactory": ("createXMLReader",),
}
_XML_HARDENING = re.compile(
    r"disallow-doctype-decl\"?\s*,\s*true"
    r"|external-(general|parameter)-entities\"?\s*,\s*false"
    r"|FEATURE_SECURE_PROCESSING\s*,\s*true"
    r"|ACCESS_EXTERNAL_(DTD|SCHEMA|STYLESHEET)\s*,\s*\"\""
    r"|accessExternal(DTD|Schema|Stylesheet)\"?\s*,\s*\"\""
    r"|SUPPORT_DTD\s*,\s*(false|Boolean\.FALSE)"
    r"|(IS_SUPPORTING_EXTERNAL_ENTITIES|isSupportingExternalEntities\")\s*,\s*(false|Boolean\.FALSE)"
    r"|supportDTD\"\s*,\s*(false|Boolean\.FALSE)"
    r"|load-external-dtd\"\s*,\s*false"
    r"|setFeature\s*\(\s*\w*(DISALLOW_DOCTYPE|EXTERNAL_GENERAL|EXTERNAL_PARAMETER)\w*\s*,"
)


def xml_factory_xxe(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A JAXP parser factory (or dom4j/JDOM reader) never hardened against external entities."""
    found: list[tuple[ts.Node, str]] = []
    for captures in matches(
        doc,
        """((method_invocation object: (_) @cls name: (identifier) @m) @report)""",
    ):
        cls = doc.node_text(captures["cls"][0]).rsplit(".", 1)[-1]
        m = doc.node_text(captures["m"][0])
        if cls in _XML_FACTORIES and m in _XML_FACTORIES[cls]:
            found.append((captures["report"][0], cls))
    for captures in matches(
        doc,
        """((object_creation_expression type: (type_identifier) @t) @report
           (#any-of? @t "SAXReader" "SAXBuilder" "XMLReader"))""",
    ):
        found.append((captures["report"][0], doc.node_text(captures["t"][0])))
    for node, cls in found:
        if not doc.in_text(node):
            continue
        scope = enclosing(node, JAVA.classes)
        text = doc.node_text(scope) if scope is not None else doc.text
        if _XML_HARDENING.search(text):
            continue
        conf = (
            Confidence.MEDIUM
            if cls in ("TransformerFactory", "SAXTransformerFactory", "SchemaFactory")
            else Confidence.HIGH
        )
        yield rule.finding(
            doc,
            doc.span(node),
            message=(
                f"This {cls} is never hardened against external entities (XXE): enable "
                '"disallow-doctype-decl" or FEATURE_SECURE_PROCESSING / ACCESS_EXTERNAL_* = "".'
            ),
            confidence=conf,
        )


# ---- randomness ----------------------------------------------------------------------------

_SECURITY_WORDS = re.compile(
    r"(?i)(passw|pwd|token|secret|nonce|salt|otp|one.?time|session|csrf|apikey|api_key|"
    r"auth|credential|verification|reset|activation|\bkey\b|Key\b|\biv\b|captcha|pin\b|"
    r"crypt|cipher|random(Id|Uuid|String)|uuid)"
)


def _statement(node: ts.Node) -> ts.Node:
    current = node
    while current.parent is not None and not (
        current.type.endswith("statement")
        or current.type.endswith("declaration")
        or current.type in ("field_declaration", "local_variable_declaration", "return_statement")
    ):
        current = current.parent
    return current


def _security_context(doc: Document, node: ts.Node) -> bool:
    """True when the statement or method that uses a random value names a secret."""
    stmt = doc.node_text(_statement(node))
    if _SECURITY_WORDS.search(stmt):
        return True
    method = enclosing(node, JAVA.functions)
    if method is not None:
        name = method.child_by_field_name("name")
        if name is not None and _SECURITY_WORDS.search(doc.node_text(name)):
            return True
    return False


def insecure_random(doc: Document, rule: Rule) -> Iterator[Finding]:
    """java.util.Random / Math.random / RandomStringUtils: high confidence when a secret is made."""
    imports_secure = re.search(r"import\s+java\.security\.(SecureRandom|\*)\s*;", doc.text)
    uses_util_random = not re.search(r"import\s+[\w.]+\.(?!util\.)\w+\.Random\s*;", doc.text)
    if uses_util_random:
        for captures in matches(
            doc,
            """((object_creation_expression type: (type_identifier) @t
                 arguments: (argument_list) @args) @report
               (#any-of? @t "Random" "java.util.Random"))""",
        ):
            report, args = captures["report"][0], captures["args"][0]
            if not doc.in_text(report):
                continue
            secure = _security_context(doc, report)
            fix = None
            if not args.named_children:  # a seeded Random is deliberate: no fix
                name = "SecureRandom" if imports_secure else "java.security.SecureRandom"
                fix = Fix(f"Use {name}", (_edit(doc, captures["t"][0], name),))
            yield rule.finding(
                doc,
                doc.span(report),
                confidence=Confidence.HIGH if secure else Confidence.LOW,
                fix=fix,
            )
    for captures in matches(
        doc,
        """((method_invocation object: (_) @obj name: (identifier) @name) @report
           (#match? @obj "^(Math|RandomStringUtils|RandomUtils|ThreadLocalRandom\\\\.current\\\\(\\\\))$"))""",  # noqa: E501
    ):
        report = captures["report"][0]
        obj = doc.node_text(captures["obj"][0])
        name = doc.node_text(captures["name"][0])
        if not doc.in_text(report):
            continue
        if obj == "Math" and name != "random":
            continue
        if obj.startswith("ThreadLocalRandom") and name == "current":
            continue
        secure = _security_context(doc, report)
        if obj == "ThreadLocalRandom.current()" and not secure:
            continue
        yield rule.finding(
            doc, doc.span(report), confidence=Confidence.HIGH if secure else Confidence.LOW
        )
    # `rng.nextInt()` on a generator declared outside the snippet: judged by its name.
    if not uses_util_random:
        return
    declared_secure = set(re.findall(r"SecureRandom(?:\s*<[^>]*>)?\s+(\w+)", doc.text))
    declared_secure |= set(
        re.findall(r"\b(\w+)\s*=\s*new\s+(?:java\.security\.)?SecureRandom\b", doc.text)
    )
    declared_secure |= set(re.findall(r"\b(\w+)\s*=\s*SecureRandom\.\w+\(", doc.text))
    declared_util = set(re.findall(r"\bRandom\s+(\w+)\s*[=;,)]", doc.text))
    for captures in matches(
        doc,
        """((method_invocation object: (identifier) @obj name: (identifier) @name) @report
           (#match? @obj "(?i)^(m_?|_)?(rand|random|rnd|rng|randomizer|randomGenerator|generator|r)\\d*$")
           (#any-of? @name "nextInt" "nextLong" "nextDouble" "nextFloat" "nextBoolean"
                           "nextGaussian" "nextBytes" "ints" "longs" "doubles"))""",  # noqa: E501
    ):
        report = captures["report"][0]
        obj = doc.node_text(captures["obj"][0])
        if not doc.in_text(report) or obj in declared_secure:
            continue
        if obj not in declared_util and declared_secure:
            continue  # some generator here is a SecureRandom: do not guess
        secure = _security_context(doc, report)
        yield rule.finding(
            doc,
            doc.span(report),
            confidence=Confidence.MEDIUM if secure else Confidence.LOW,
        )


# ---- cryptography --------------------------------------------------------------------------


def _fixed_bytes(doc: Document, node: ts.Node, depth: int = 0) -> bool:
    """A byte array fixed in the source: a literal, zero-filled, or "...".getBytes()."""
    if node.type == "array_creation_expression":
        value = node.child_by_field_name("value")
        if value is None:
            return True  # new byte[n]: all zeros
        return not origins(doc).of(value)
    if node.type == "array_initializer":
        return not origins(doc).of(node)
    if node.type == "method_invocation":
        obj, name = node.child_by_field_name("object"), node.child_by_field_name("name")
        return (
            obj is not None
            and obj.type == "string_literal"
            and name is not None
            and doc.node_text(name) == "getBytes"
        )
    if node.type == "identifier" and depth < 2:
        var = doc.node_text(node)
        for scope in (enclosing(node, JAVA.functions), enclosing(node, JAVA.classes), doc.root):
            if scope is None:
                continue
            text = doc.node_text(scope)
            if re.search(
                rf"(nextBytes|generateSeed|readFully|read|arraycopy|getIV|fill)\s*\([^;]*\b{re.escape(var)}\b"
                rf"|\b{re.escape(var)}\s*=\s*(?!new\b)[\w.]+\s*\(",
                text,
            ):
                return False
            for n in _declarators(scope, var, doc):
                value = n.child_by_field_name("value")
                if value is not None:
                    return _fixed_bytes(doc, value, depth + 1)
    return False


def _declarators(scope: ts.Node, name: str, doc: Document) -> Iterator[ts.Node]:
    stack = [scope]
    while stack:
        n = stack.pop()
        if n.type == "variable_declarator":
            name_node = n.child_by_field_name("name")
            if name_node is not None and doc.node_text(name_node) == name:
                yield n
        stack.extend(n.named_children)


def static_iv(doc: Document, rule: Rule) -> Iterator[Finding]:
    """IvParameterSpec / GCMParameterSpec over bytes fixed in the source."""
    for captures in matches(
        doc,
        """((object_creation_expression type: (type_identifier) @t arguments: (argument_list) @args)
            @report (#any-of? @t "IvParameterSpec" "GCMParameterSpec"))""",
    ):
        report = captures["report"][0]
        if not doc.in_text(report):
            continue
        args = captures["args"][0].named_children
        kind = doc.node_text(captures["t"][0])
        index = 1 if kind == "GCMParameterSpec" else 0
        if len(args) <= index:
            continue
        if _fixed_bytes(doc, args[index]):
            yield rule.finding(doc, doc.span(report))


_SOCKET = (
    """((object_creation_expression type: (type_identifier) @t
         arguments: (argument_list . (_) @arg . (_))) @report
       (#any-of? @t "InetSocketAddress" "Socket" "SSLSocket"))""",
    """((method_invocation object: (identifier) @obj name: (identifier) @name
         arguments: (argument_list . (_) @arg . (_))) @report
       (#eq? @obj "InetSocketAddress") (#eq? @name "createUnresolved"))""",
)
_LISTEN_CALLS = frozenset({"bind", "create", "setLocalAddress", "localAddress", "listen"})


def _listening(node: ts.Node) -> bool:
    """The address is one to listen on (bind, HttpServer.create, a local address)."""
    current = node.parent
    for _ in range(3):
        if current is None:
            return False
        if current.type == "method_invocation":
            name = current.child_by_field_name("name")
            return name is not None and (name.text or b"").decode() in _LISTEN_CALLS
        if current.type == "variable_declarator":
            name = current.child_by_field_name("name")
            text = (name.text or b"").decode().lower() if name is not None else ""
            return any(w in text for w in ("local", "bind", "listen", "server"))
        current = current.parent
    return False


def socket_host(doc: Document, rule: Rule) -> Iterable[Finding]:
    """A socket connection to a host that is not fixed in the source."""
    return sink_findings(doc, rule, _SOCKET, opaque=True, skip=_listening)


# ---- ciphers -------------------------------------------------------------------------------

_BLOCK_CIPHERS = "AES|AES_\\\\d+|DESede|TripleDES|Blowfish|Camellia|Twofish|SEED|ARIA|SM4"
_UNAUTHENTICATED_MODE = (
    """((method_invocation object: (_) @cls name: (identifier) @name
     arguments: (argument_list . (string_literal) @alg)) @report
   (#match? @cls "(^|\\\\.)Cipher$") (#eq? @name "getInstance")
   (#match? @alg "(?i)^\\"(CIPHERS)/(CBC|CTR|CFB\\\\d*|OFB\\\\d*|PCBC|CTS)/"))"""
).replace("CIPHERS", _BLOCK_CIPHERS)
_MAC_USE = re.compile(r"\bMac\s*\.\s*getInstance\b|\bHmac\w*|\bHMAC\w*|\bnew\s+\w*Mac\s*\(")


def unauthenticated_cipher_mode(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A CBC/CTR/CFB/OFB transformation in a file that computes no MAC (audit level)."""
    if _MAC_USE.search(doc.text):
        return
    for captures in matches(doc, _UNAUTHENTICATED_MODE):
        report = captures["report"][0]
        if doc.in_text(report):
            yield rule.finding(doc, doc.span(report), confidence=Confidence.LOW)


# ---------------------------------------------------------------------------------------------
# Uploads stored under the client's file name (CWE-434)
_JV_UPLOAD_SINK = re.compile(
    rb"\.transferTo\(|\bFiles\.(?:copy|write|newOutputStream)\(|\bnew\s+FileOutputStream\("
    rb"|\bFileUtils\.(?:copyInputStreamToFile|writeByteArrayToFile)\(|\b\w*[pP]art\.write\("
    rb"|\b\w*[iI]tem\.write\("
)
_JV_UPLOAD_SOURCE = re.compile(
    rb"\.getOriginalFilename\(\)|\.getSubmittedFileName\(\)|\b\w*[iI]tem\.getName\(\)"
)
_JV_UPLOAD_CONTEXT = re.compile(rb"(?i)multipart|upload|getPart\(|FileItem")
_JV_UPLOAD_SAFE = re.compile(
    rb"(?i)allowed|allow_?list|white_?list|permitted|\bvalid\w*(?:ext|type|mime|file|image)"
    rb"|EXTENSIONS|\.endsWith\(|getContentType\(\)|probeContentType|\bTika\b|\.detect\("
    rb"|ImageIO\.read"
    rb"|\b\w*(?:safe_?type|is_?safe|(?:check|verify|validate)_?\w*(?:ext|type|mime|image))"
    rb"\w*\s*\("
    rb"|\b(?:ext|extension)\w*\.equals(?:IgnoreCase)?\(|\.equals(?:IgnoreCase)?\(\s*ext"
)


def unrestricted_upload(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A multipart upload is stored under the client's file name with no type allow-list."""
    yield from upload_scan(
        doc,
        rule,
        sink=_JV_UPLOAD_SINK,
        source=_JV_UPLOAD_SOURCE,
        safe=_JV_UPLOAD_SAFE,
        context=_JV_UPLOAD_CONTEXT,
        calls=frozenset({"method_invocation", "object_creation_expression"}),
        functions=frozenset({"method_declaration", "constructor_declaration", "lambda_expression"}),
    )
