"""Where a value comes from, inside one method: the small data-flow model of Java and C# rules.

`origin(doc, node)` answers with a set of flags:

* "request"   - read from an HTTP request (servlet/ASP.NET request objects, annotated or
                controller-action parameters)
* "built"     - a string assembled at run time (concatenation, format, interpolation, builders)
* "parameter" - a parameter of the enclosing method (untrusted when its caller passes user data)
* "opaque"    - some other run-time value (a field, a call result) whose origin is unknown

An empty set means the value is fixed in the source (literals, ALL_CAPS constants, locals that
only ever hold such values). Local variables are followed through their declarations and
assignments in the enclosing method; fields through their initialisers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

import tree_sitter as ts

from redline._core import Confidence, Finding
from redline.code import languages
from redline.code.document import Document
from redline.code.rules import Rule

Flags = frozenset[str]
EMPTY: Flags = frozenset()
_CONSTANT_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")


@dataclass(frozen=True)
class Grammar:
    """Node-type names of one language."""

    functions: frozenset[str]
    classes: frozenset[str]
    literals: frozenset[str]
    calls: frozenset[str]
    declarators: frozenset[str]
    passthrough: frozenset[str]  # value = union of the named children
    member: frozenset[str]
    parameter: str
    request_call: re.Pattern[str]  # a call that reads the request (matched on the call text)
    request_member: re.Pattern[str]  # a member/element access that reads the request
    request_param: re.Pattern[str]  # a parameter's annotations/attributes mark it as request data
    format_call: re.Pattern[str]  # a call that formats or joins strings
    string_method: re.Pattern[str]  # a method that returns its receiver's data, transformed
    builder_append: re.Pattern[str]
    sanitizer: re.Pattern[str]


JAVA = Grammar(
    functions=frozenset({"method_declaration", "constructor_declaration", "lambda_expression"}),
    classes=frozenset({"class_declaration", "enum_declaration", "record_declaration"}),
    literals=frozenset(
        {
            "string_literal",
            "text_block",
            "character_literal",
            "decimal_integer_literal",
            "hex_integer_literal",
            "octal_integer_literal",
            "binary_integer_literal",
            "decimal_floating_point_literal",
            "hex_floating_point_literal",
            "true",
            "false",
            "null_literal",
            "class_literal",
        }
    ),
    calls=frozenset({"method_invocation"}),
    declarators=frozenset({"variable_declarator"}),
    passthrough=frozenset(
        {"parenthesized_expression", "array_initializer", "array_creation_expression"}
    ),
    member=frozenset({"field_access"}),
    parameter="formal_parameter",
    request_call=re.compile(
        r"^\s*[\w.]*(?i:req|request|httpRequest|servletRequest)\w*\s*\.\s*"
        r"(getParameter|getParameterValues|getParameterMap|getParameterNames|getHeader|getHeaders|"
        r"getQueryString|getCookies|getRequestURI|getRequestURL|getPathInfo|getInputStream|"
        r"getReader|getPart|getParts|getRemoteUser|getServletPath)\s*\("
        r"|.*\.\s*(getOriginalFilename|getSubmittedFileName)\s*\(\s*\)\s*$"
    ),
    request_member=re.compile(r"^$a"),  # Java reads requests through calls only
    request_param=re.compile(
        r"@(RequestParam|PathVariable|RequestBody|RequestHeader|CookieValue|ModelAttribute|"
        r"QueryParam|PathParam|FormParam|HeaderParam|CookieParam|MatrixParam)\b"
    ),
    format_call=re.compile(
        r"(^|\.)\s*(format|formatted|concat|join|valueOf|copyValueOf|repeat)\s*$"
    ),
    string_method=re.compile(
        r"^(trim|strip|toLowerCase|toUpperCase|substring|replace|replaceAll|replaceFirst|"
        r"toString|getBytes|intern|concat|getValue|get|getOrDefault|getFirst|orElse|split|"
        r"toCharArray|stripLeading|stripTrailing|getName|getString|readLine)$"
    ),
    builder_append=re.compile(r"^(append|insert|add|addAll|put)$"),
    sanitizer=re.compile(
        r"^(parseInt|parseLong|parseDouble|parseBoolean|valueOf|escapeHtml4?|escapeSql|"
        r"escapeXml\d*|encodeForHTML|encodeForSQL|encodeForLDAP|encodeForXPath|"
        r"encodeForURL|htmlEscape|quote|normalize|getFileName|matches|isValid\w*|length|size|"
        r"hashCode|equals|isEmpty|contains|startsWith|endsWith|encode)$"
    ),
)

CSHARP = Grammar(
    functions=frozenset(
        {
            "method_declaration",
            "constructor_declaration",
            "local_function_statement",
            "lambda_expression",
            "anonymous_method_expression",
            "accessor_declaration",
        }
    ),
    classes=frozenset({"class_declaration", "struct_declaration", "record_declaration"}),
    literals=frozenset(
        {
            "string_literal",
            "verbatim_string_literal",
            "raw_string_literal",
            "character_literal",
            "integer_literal",
            "real_literal",
            "boolean_literal",
            "null_literal",
            "typeof_expression",
            "nameof_expression",
        }
    ),
    calls=frozenset({"invocation_expression"}),
    declarators=frozenset({"variable_declarator"}),
    passthrough=frozenset(
        {
            "parenthesized_expression",
            "argument",
            "initializer_expression",
            "array_creation_expression",
            "implicit_array_creation_expression",
            "collection_expression",
            "checked_expression",
        }
    ),
    member=frozenset({"member_access_expression"}),
    parameter="parameter",
    request_call=re.compile(
        r"^\s*(HttpContext\.(Current\.)?)?Request\s*\.\s*(QueryString|Form|Params|Query|"
        r"Cookies|Headers|Body|RouteValues|ServerVariables|Url|RawUrl|Path|PathInfo)\b"
        r"[\w.]*\s*\.\s*(Get\w*|TryGetValue|ToString)\s*\("
    ),
    request_member=re.compile(
        r"^\s*(HttpContext\.(Current\.)?|this\.)?Request\s*(\[|\.\s*(QueryString|Form|Params|"
        r"Query|Cookies|Headers|Body|RouteValues|ServerVariables|Url|RawUrl|Path|PathInfo|"
        r"PathBase|UrlReferrer|UserAgent|Files)\b)"
        r"|^\s*\w*(?i:file|upload|posted|attachment)\w*\s*\.\s*FileName\s*$"
    ),
    request_param=re.compile(r"\[\s*(FromQuery|FromForm|FromBody|FromRoute|FromHeader|Bind)\b"),
    format_call=re.compile(r"(^|\.)\s*(Format|Concat|Join|Interpolate|Replace)\s*$"),
    string_method=re.compile(
        r"^(Trim|TrimStart|TrimEnd|ToLower|ToUpper|ToLowerInvariant|ToUpperInvariant|"
        r"Substring|Replace|ToString|PadLeft|PadRight|Insert|Remove|Normalize|"
        r"GetValue|FirstOrDefault|First|ReadToEnd|ReadLine|ReadToEndAsync|Value)$"
    ),
    builder_append=re.compile(r"^(Append|AppendLine|AppendFormat|Insert|Add|AddRange)$"),
    sanitizer=re.compile(
        r"^(Parse|TryParse|ToInt32|ToInt64|ToDouble|ToBoolean|HtmlEncode|HtmlAttributeEncode|"
        r"UrlEncode|JavaScriptStringEncode|Encode|GetFileName|IsLocalUrl|Length|Count|"
        r"GetHashCode|Equals|IsNullOrEmpty|IsNullOrWhiteSpace|Contains|StartsWith|EndsWith|"
        r"EscapeDataString|Escape)$"
    ),
)

GRAMMARS = {"java": JAVA, "csharp": CSHARP}


def grammar_of(doc: Document) -> Grammar:
    return GRAMMARS[doc.language]


@cache
def query(language: str, text: str) -> ts.Query:
    """A compiled tree-sitter query (cached per language and text)."""
    return ts.Query(languages.grammar(language), text)


def matches(doc: Document, text: str) -> Iterator[dict[str, list[ts.Node]]]:
    """Every match of a query over the document, restricted to the user's text."""
    cursor = ts.QueryCursor(query(doc.language, text))
    for _, captures in cursor.matches(doc.root):
        yield captures


def enclosing(node: ts.Node, types: frozenset[str]) -> ts.Node | None:
    current = node.parent
    while current is not None:
        if current.type in types:
            return current
        current = current.parent
    return None


def walk(node: ts.Node) -> Iterator[ts.Node]:
    """The node and every named descendant, depth first."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(n.named_children))


def _name_of(doc: Document, node: ts.Node) -> str | None:
    name = node.child_by_field_name("name")
    return doc.node_text(name) if name is not None else None


def _declarator_value(node: ts.Node) -> ts.Node | None:
    value = node.child_by_field_name("value")
    if value is not None:
        return value
    # C#: `name = value` has the value as the last named child, after an `=` token.
    seen_eq = False
    for child in node.children:
        if child.type == "=":
            seen_eq = True
        elif seen_eq and child.is_named:
            return child
    return None


def _assignment_operator(doc: Document, node: ts.Node) -> str:
    op = node.child_by_field_name("operator")
    if op is not None:
        return doc.node_text(op)
    for child in node.children:
        if not child.is_named:
            return doc.node_text(child)
    return "="


def _callee(doc: Document, call: ts.Node) -> tuple[ts.Node | None, str]:
    """(receiver, method name) of a call in either grammar."""
    if call.type == "method_invocation":
        name = call.child_by_field_name("name")
        return call.child_by_field_name("object"), doc.node_text(name) if name else ""
    function = call.child_by_field_name("function")
    if function is None:
        return None, ""
    if function.type == "member_access_expression":
        name = function.child_by_field_name("name")
        text = doc.node_text(name) if name is not None else ""
        return function.child_by_field_name("expression"), re.sub(r"<.*", "", text)
    if function.type == "generic_name":
        return None, doc.node_text(function).split("<", 1)[0]
    return None, doc.node_text(function)


def call_arguments(call: ts.Node) -> list[ts.Node]:
    """The argument expressions of a call or object creation (C# `argument` wrappers removed)."""
    args = call.child_by_field_name("arguments")
    if args is None:
        return []
    result = []
    for child in args.named_children:
        if child.type == "argument":
            inner = [c for c in child.named_children if c.type not in ("name_colon", "identifier")]
            value = (
                inner[-1] if inner else (child.named_children[-1] if child.named_children else None)
            )
            if value is not None:
                result.append(value)
        elif "comment" not in child.type:
            result.append(child)
    return result


class Origins:
    """Memoised origin analysis of one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.g = grammar_of(doc)
        self._memo: dict[tuple[int, int], Flags] = {}
        self._active: set[tuple[int, int]] = set()
        self._names: dict[str, list[ts.Node]] | None = None
        self._fields: dict[tuple[int, int], dict[str, ts.Node]] = {}

    def _name_index(self) -> dict[str, list[ts.Node]]:
        """Every parameter, declarator and assignment of the document, by the name it binds."""
        if self._names is None:
            doc, g = self.doc, self.g
            index: dict[str, list[ts.Node]] = {}
            for n in walk(doc.root):
                key: str | None = None
                if n.type in (g.parameter, "spread_parameter") or n.type in g.declarators:
                    key = _name_of(doc, n)
                elif n.type == "assignment_expression":
                    left = n.child_by_field_name("left")
                    key = doc.node_text(left) if left is not None else None
                if key:
                    index.setdefault(key, []).append(n)
            self._names = index
        return self._names

    # ---- public ---------------------------------------------------------------------------
    def of(self, node: ts.Node) -> Flags:
        key = (node.start_byte, node.end_byte)
        if key in self._memo:
            return self._memo[key]
        if key in self._active or len(self._active) > 40:
            return frozenset({"opaque"})
        self._active.add(key)
        try:
            result = self._compute(node)
        finally:
            self._active.discard(key)
        self._memo[key] = result
        return result

    # ---- rules ----------------------------------------------------------------------------
    def _union(self, nodes: list[ts.Node]) -> Flags:
        flags: set[str] = set()
        for n in nodes:
            flags |= self.of(n)
        return frozenset(flags)

    def _compute(self, node: ts.Node) -> Flags:
        g, doc, t = self.g, self.doc, node.type
        if t in g.literals or "comment" in t:
            return EMPTY
        if t == "interpolated_string_expression":
            parts = [c for c in node.named_children if c.type == "interpolation"]
            inner = self._union([x for p in parts for x in p.named_children])
            return inner | {"built"} if inner else inner
        if t == "interpolation":
            return self._union(list(node.named_children))
        if t == "identifier":
            text = doc.node_text(node)
            if _CONSTANT_NAME.match(text):
                return EMPTY
            if text == "Request":
                return frozenset({"request"})
            return self._identifier(node, text)
        if t in g.passthrough:
            return self._union([c for c in node.named_children if "type" not in c.type])
        if t == "binary_expression":
            inner = self._union(
                [
                    c
                    for c in (node.child_by_field_name("left"), node.child_by_field_name("right"))
                    if c
                ]
            )
            op = node.child_by_field_name("operator")
            if inner and (op is None or doc.node_text(op) == "+"):
                return inner | {"built"}
            return inner if op is None or doc.node_text(op) == "+" else EMPTY
        if t in ("ternary_expression", "conditional_expression"):
            return self._union(
                [
                    c
                    for c in (
                        node.child_by_field_name("consequence"),
                        node.child_by_field_name("alternative"),
                    )
                    if c
                ]
            )
        if t == "cast_expression":
            value = node.child_by_field_name("value")
            return self.of(value) if value is not None else frozenset({"opaque"})
        if t in ("this", "this_expression", "base_expression", "super"):
            return frozenset({"opaque"})
        if t in g.member or t == "element_access_expression":
            return self._member(node)
        if t in g.calls:
            return self._call(node)
        if t == "object_creation_expression":
            type_node = node.child_by_field_name("type")
            type_name = doc.node_text(type_node) if type_node is not None else ""
            if re.search(r"\b(String|StringBuilder|StringBuffer|Uri|URL|URI|File)$", type_name):
                args = call_arguments(node)
                return self._union(args) if args else EMPTY
            return frozenset({"opaque"})
        if t in ("array_access",):
            array = node.child_by_field_name("array")
            return self.of(array) if array is not None else frozenset({"opaque"})
        return frozenset({"opaque"})

    def _member(self, node: ts.Node) -> Flags:
        doc, g = self.doc, self.g
        text = doc.node_text(node)
        if g.request_member.match(text):
            return frozenset({"request"})
        last = node.child_by_field_name("field") or node.child_by_field_name("name")
        if last is not None and _CONSTANT_NAME.match(doc.node_text(last)):
            return EMPTY
        obj = (
            node.child_by_field_name("object")
            or node.child_by_field_name("expression")
            or (node.named_children[0] if node.named_children else None)
        )
        if obj is not None and obj.type in ("this", "this_expression") and last is not None:
            return self._field(node, doc.node_text(last))
        if obj is not None:
            inner = self.of(obj)
            if "request" in inner:
                return frozenset({"request"})
            if node.type == "element_access_expression":
                return inner or frozenset({"opaque"})
        return frozenset({"opaque"})

    def _call(self, node: ts.Node) -> Flags:
        doc, g = self.doc, self.g
        text = doc.node_text(node)
        if g.request_call.match(text):
            return frozenset({"request"})
        receiver, name = _callee(doc, node)
        if g.sanitizer.match(name):
            return EMPTY
        args = call_arguments(node)
        if g.format_call.search(name) or (
            receiver is not None and g.format_call.search(doc.node_text(receiver) + "." + name)
        ):
            inner = self._union(args)
            if (
                receiver is not None and receiver.type not in ("identifier", "type_identifier")
            ) or (
                receiver is not None
                and not re.match(
                    r"^(String|string|System\.String|MessageFormat|Strings)$",
                    doc.node_text(receiver),
                )
            ):
                inner |= self.of(receiver)
            return inner | {"built"} if inner else inner
        if receiver is not None and (g.string_method.match(name) or g.builder_append.match(name)):
            inner = self.of(receiver)
            if g.builder_append.match(name):
                inner |= self._union(args)
                return inner | {"built"} if inner else inner
            return inner
        return frozenset({"opaque"})

    # ---- names ----------------------------------------------------------------------------
    def _identifier(self, node: ts.Node, name: str) -> Flags:
        doc, g = self.doc, self.g
        function = enclosing(node, g.functions)
        while function is not None:
            params = function.child_by_field_name("parameters")
            if params is not None:
                for p in walk(params):
                    if p.type in (g.parameter, "spread_parameter", "inferred_parameters") or (
                        p.type == "identifier"
                        and p.parent is not None
                        and p.parent.type in ("inferred_parameters", "lambda_expression")
                    ):
                        pname = doc.node_text(p) if p.type == "identifier" else _name_of(doc, p)
                        if pname == name:
                            return self._parameter(function, p)
            if function.type == "lambda_expression":
                single = function.named_children[0] if function.named_children else None
                if (
                    single is not None
                    and single.type == "identifier"
                    and doc.node_text(single) == name
                ):
                    return frozenset({"parameter"})
            body = function.child_by_field_name("body")
            if body is not None:
                found = self._local_values(body, name, node)
                if found is not None:
                    return found
            function = enclosing(function, g.functions)
        field = self._field(node, name)
        if field != frozenset({"opaque"}):
            return field
        return self._nearest(node, name) or field

    def _nearest(self, use: ts.Node, name: str) -> Flags | None:
        """Fallback for fragments that do not parse into methods: what the source before the use
        gives the name (parameters, declarations and assignments, in any scope)."""
        if not self.doc.root.has_error:
            return None  # a clean parse scopes names reliably
        doc, g = self.doc, self.g
        flags: set[str] = set()
        found = False
        for n in self._name_index().get(name, []):
            if n.start_byte >= use.start_byte:
                continue
            if n.type in (g.parameter, "spread_parameter"):
                found = True
                flags.add("parameter")
                if g.request_param.search(doc.node_text(n)):
                    flags.add("request")
            elif n.type in g.declarators:
                found = True
                value = _declarator_value(n)
                if value is not None and value.start_byte < use.start_byte:
                    flags |= self.of(value)
            else:
                right = n.child_by_field_name("right")
                if right is not None:
                    found = True
                    given = self.of(right)
                    flags |= given
                    if _assignment_operator(doc, n) == "+=" and given:
                        flags.add("built")
        return frozenset(flags) if found else None

    def _parameter(self, function: ts.Node, param: ts.Node) -> Flags:
        doc, g = self.doc, self.g
        if param.type == g.parameter and g.request_param.search(doc.node_text(param)):
            return frozenset({"request", "parameter"})
        if self._is_web_action(function):
            return frozenset({"request", "parameter"})
        return frozenset({"parameter"})

    def _is_web_action(self, function: ts.Node) -> bool:
        """A C# controller action: its parameters are bound from the request."""
        doc = self.doc
        if doc.language != "csharp" or function.type != "method_declaration":
            return False
        attrs = " ".join(doc.node_text(c) for c in function.children if c.type == "attribute_list")
        if re.search(r"\b(Http(Get|Post|Put|Delete|Patch)|Route|AcceptVerbs)\b", attrs):
            return True
        cls = enclosing(function, self.g.classes)
        if cls is None:
            return False
        name = _name_of(doc, cls) or ""
        bases = " ".join(doc.node_text(c) for c in cls.children if c.type == "base_list")
        public = any(
            doc.node_text(c) == "public" for c in function.children if c.type == "modifier"
        )
        return public and (
            name.endswith("Controller") or bool(re.search(r"\bController(Base)?\b", bases))
        )

    def _local_values(self, body: ts.Node, name: str, use: ts.Node) -> Flags | None:
        """The union of what a local variable is given in `body`, or None if it is not local."""
        doc, g = self.doc, self.g
        flags: set[str] = set()
        declared = False
        for n in walk(body):
            if n.type in g.declarators and _name_of(doc, n) == name:
                declared = True
                value = _declarator_value(n)
                if value is not None:
                    flags |= self.of(value)
            elif n.type in (
                "enhanced_for_statement",
                "foreach_statement",
                "catch_formal_parameter",
            ):
                var = n.child_by_field_name("name") or n.child_by_field_name("left")
                if var is not None and doc.node_text(var) == name:
                    declared = True
                    value = n.child_by_field_name("value") or n.child_by_field_name("right")
                    flags |= (self.of(value) if value is not None else EMPTY) | {"opaque"}
            elif n.type == "assignment_expression":
                left = n.child_by_field_name("left")
                right = n.child_by_field_name("right")
                if left is None or right is None or doc.node_text(left) != name:
                    continue
                if n.start_byte > use.start_byte and not self._in_loop(n):
                    continue
                given = self.of(right)
                flags |= given
                if _assignment_operator(doc, n) == "+=" and given:
                    flags.add("built")
            elif n.type in g.calls:
                receiver, method = _callee(doc, n)
                if (
                    receiver is not None
                    and receiver.type == "identifier"
                    and doc.node_text(receiver) == name
                    and g.builder_append.match(method)
                ):
                    appended = self._union(call_arguments(n))
                    if appended:
                        flags |= appended | {"built"}
        if not declared:
            return None
        return frozenset(flags)

    def _in_loop(self, node: ts.Node) -> bool:
        return (
            enclosing(
                node,
                frozenset(
                    {
                        "for_statement",
                        "while_statement",
                        "do_statement",
                        "enhanced_for_statement",
                        "foreach_statement",
                    }
                ),
            )
            is not None
        )

    def _field(self, node: ts.Node, name: str) -> Flags:
        cls = enclosing(node, self.g.classes)
        if cls is None:
            return frozenset({"opaque"})
        declarator = self._class_fields(cls).get(name)
        if declarator is None:
            return frozenset({"opaque"})
        value = _declarator_value(declarator)
        member = declarator.parent
        while member is not None and member.type not in (
            "field_declaration",
            "constant_declaration",
        ):
            member = member.parent
        text = self.doc.node_text(member) if member is not None else ""
        if value is not None and re.search(r"\b(final|const|readonly)\b", text):
            return self.of(value) or EMPTY
        return frozenset({"opaque"})

    def _class_fields(self, cls: ts.Node) -> dict[str, ts.Node]:
        """The field declarators of a class, by name (built once per class)."""
        key = (cls.start_byte, cls.end_byte)
        if key not in self._fields:
            fields: dict[str, ts.Node] = {}
            body = cls.child_by_field_name("body")
            for member in body.named_children if body is not None else []:
                if member.type not in ("field_declaration", "constant_declaration"):
                    continue
                for n in walk(member):
                    if n.type in self.g.declarators:
                        fname = _name_of(self.doc, n)
                        if fname and fname not in fields:
                            fields[fname] = n
            self._fields[key] = fields
        return self._fields[key]


def origins(doc: Document) -> Origins:
    """The (cached) origin analysis of a document."""
    key = "redline.jvcs.origins"
    found = doc.cache.get(key)
    if not isinstance(found, Origins):
        found = Origins(doc)
        doc.cache[key] = found
    return found


def confidence_for(flags: Flags) -> Confidence:
    """Request data or a built string: high; a parameter: medium; anything else: low."""
    if "request" in flags or "built" in flags:
        return Confidence.HIGH
    if "parameter" in flags:
        return Confidence.MEDIUM
    return Confidence.LOW


def lower(a: Confidence, b: Confidence) -> Confidence:
    return a if a < b else b


def sink_findings(
    doc: Document,
    rule: Rule,
    patterns: tuple[str, ...],
    *,
    accept: frozenset[str] = frozenset({"request", "built", "parameter"}),
    opaque: bool = False,
    cap: Confidence | None = None,
    skip: Callable[[ts.Node], bool] | None = None,
) -> Iterator[Finding]:
    """Findings where the @arg captures of a pattern carry an accepted origin.

    Each pattern binds @arg (one or more nodes whose origins are united) and may bind @report
    (the reported node; @arg's first node otherwise). `opaque` reports other run-time values
    with low confidence; `cap` bounds the confidence of findings not fed by the request;
    `skip` drops reports.
    """
    flow = origins(doc)
    seen: set[tuple[int, int]] = set()
    for text in patterns:
        for captures in matches(doc, text):
            args = captures.get("arg", [])
            reports = captures.get("report") or args
            report = reports[0] if reports else None
            if report is None or not doc.in_text(report):
                continue
            if skip is not None and skip(report):
                continue
            flags: set[str] = set()
            for a in args:
                flags |= flow.of(a)
            if flags & accept:
                conf = lower(rule.spec.confidence, confidence_for(frozenset(flags & accept)))
            elif opaque and flags:
                conf = Confidence.LOW
            else:
                continue
            if cap is not None and "request" not in flags:
                conf = lower(conf, cap)
            key = (report.start_byte, report.end_byte)
            if key in seen:
                continue
            seen.add(key)
            yield rule.finding(doc, doc.span(report), confidence=conf)
