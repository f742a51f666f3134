"""The data of the taint analysis: sources, sanitisers, clean functions, guards.

Names are canonical dotted names after import aliases are resolved (`from shlex import quote`
makes `quote` read `shlex.quote`). Extend the tables here; the engines hold no names of their own.
"""

from __future__ import annotations

import re
from typing import Final

from redline.code.taint._engine import ALL, NORMALISED, Kinds


def _k(*kinds: str) -> Kinds:
    return frozenset(kinds)


_WEB: Final = _k("xss", "header", "log", "redirect")

# ---- Python -------------------------------------------------------------------------------

# Objects whose attributes hold request data, and those attributes.
PY_REQUEST_ROOTS: Final = frozenset({"request", "req", "self.request", "flask.request"})
PY_REQUEST_ATTRS: Final = frozenset(
    {
        "args", "form", "values", "json", "data", "cookies", "headers", "files", "get_json",
        "get_data", "GET", "POST", "body", "query_params", "path_params", "COOKIES", "META",
        "FILES", "query_string", "stream", "url", "full_path", "path", "base_url", "host",
        "referrer", "view_args", "params", "query", "match_info", "content", "text", "form_data",
        "raw_post_data", "environ", "user_agent", "get", "arguments", "body_arguments",
        "query_arguments", "input_stream", "headers_list", "authorization",
    }
)  # fmt: skip
# Getter methods named with the source (`request.args.get`).
PY_GETTERS: Final = frozenset({"get", "getlist", "get_all", "getall", "getone"})
# Whole-name sources: the canonical name of a call, attribute or name.
PY_SOURCE_CALLS: Final = frozenset(
    {
        "input", "raw_input", "os.getenv", "os.getenvb", "fileinput.input", "click.prompt",
        "sys.stdin.read", "sys.stdin.readline", "sys.stdin.readlines",
    }
)  # fmt: skip
PY_SOURCE_PREFIXES: Final = ("sys.argv", "sys.stdin", "os.environ", "os.environb")
# Methods that read from a socket or the command line (any receiver).
PY_SOURCE_METHODS: Final = frozenset(
    {"recv", "recvfrom", "recv_into", "recvmsg", "parse_args", "parse_known_args"}
)
# HTTP clients: calls that return a response, or a client or session whose requests do. The
# object holds a latent flow (see `_engine.LATENT`); reading its body makes it untrusted data.
_HTTP_VERBS: Final = ("get", "post", "put", "patch", "delete", "head", "options", "request")
PY_HTTP_CALLS: Final = frozenset(
    {f"{lib}.{verb}" for lib in ("requests", "httpx", "requests.api") for verb in _HTTP_VERBS}
    | {
        "requests.Session", "requests.session", "requests.sessions.Session", "httpx.Client",
        "httpx.AsyncClient", "httpx.stream", "urllib.request.urlopen", "urllib2.urlopen",
        "urllib.urlopen", "urllib.request.build_opener", "urllib2.build_opener",
        "urllib3.PoolManager", "urllib3.request", "urllib3.connection_from_url",
        "urllib3.HTTPConnectionPool", "urllib3.HTTPSConnectionPool", "http.client.HTTPConnection",
        "http.client.HTTPSConnection", "httplib.HTTPConnection", "httplib.HTTPSConnection",
        "aiohttp.ClientSession", "aiohttp.request",
    }
)  # fmt: skip
# Sinks a response body is not reported at: echoing it into a page, a log or a header, or
# following a URL it names, is what clients of an API do (pagination links, proxies, rendering
# the application's own data); running it, deserialising it, or building a command, query or
# path from it is reported.
RESPONSE_TRUSTED: Final = _k("xss", "log", "header", "redirect", "ssrf")
# Attributes and methods of a response that read its body.
PY_RESPONSE_ATTRS: Final = frozenset({"text", "content", "raw", "data"})
PY_RESPONSE_METHODS: Final = frozenset(
    {
        "json", "read", "readline", "readlines", "iter_lines", "iter_content", "iter_text",
        "iter_bytes", "iter_raw", "aread", "aiter_lines", "aiter_text", "aiter_bytes", "text",
        "readany", "readchunk",
    }
)  # fmt: skip
# Tornado/webapp handler methods on self.
PY_SELF_SOURCES: Final = frozenset(
    {
        "get_argument", "get_arguments", "get_query_argument", "get_query_arguments",
        "get_body_argument", "get_body_arguments", "get_cookie", "get_secure_cookie",
    }
)  # fmt: skip

# Calls whose result carries nothing of their arguments.
PY_CLEAN_CALLS: Final = frozenset(
    {
        "int", "float", "bool", "complex", "len", "hash", "abs", "round", "ord", "isinstance",
        "issubclass", "hasattr", "callable", "id", "type", "range", "uuid.UUID", "UUID",
        "decimal.Decimal", "Decimal", "os.path.exists", "os.path.isfile", "os.path.isdir",
        "os.path.getsize", "os.path.islink", "os.access", "hmac.compare_digest",
        "secrets.compare_digest", "math.floor", "math.ceil", "datetime.datetime.strptime",
        "datetime.strptime", "datetime.date.fromisoformat", "datetime.fromisoformat",
        "ast.literal_eval", "uuid.uuid4", "time.time", "any", "all", "sum",
    }
)  # fmt: skip
# Methods (any receiver) whose result is clean: predicates, counts, digests.
PY_CLEAN_METHODS: Final = frozenset(
    {
        "isdigit", "isalnum", "isalpha", "isnumeric", "isdecimal", "isidentifier", "islower",
        "isupper", "isspace", "isascii", "startswith", "endswith", "count", "find", "rfind",
        "index", "rindex", "exists", "is_file", "is_dir", "is_relative_to", "hexdigest",
        "digest", "__len__", "bit_length", "is_integer",
    }
)  # fmt: skip
# Sanitisers: canonical name -> the kinds they neutralise.
PY_SANITISERS: Final[dict[str, Kinds]] = {
    "shlex.quote": _k("command"),
    "pipes.quote": _k("command"),
    "shlex.join": _k("command"),
    "html.escape": _k("xss", "header", "log"),
    "markupsafe.escape": _k("xss"),
    "flask.escape": _k("xss"),
    "jinja2.escape": _k("xss"),
    "cgi.escape": _k("xss"),
    "escape": _k("xss"),
    "conditional_escape": _k("xss"),
    "django.utils.html.escape": _k("xss"),
    "django.utils.html.conditional_escape": _k("xss"),
    "xml.sax.saxutils.escape": _k("xss", "xpath"),
    "xml.sax.saxutils.quoteattr": _k("xss", "xpath"),
    "bleach.clean": _k("xss"),
    "nh3.clean": _k("xss"),
    "markupsafe.Markup.escape": _k("xss"),
    "urllib.parse.quote": _WEB | _k("command"),
    "urllib.parse.quote_plus": _WEB | _k("command", "path", "sql"),
    "urllib.parse.urlencode": _WEB,
    "os.path.basename": _k("path"),
    "werkzeug.utils.secure_filename": _k("path", "command", "xss", "header"),
    "secure_filename": _k("path", "command", "xss", "header"),
    "re.escape": _k("regex"),
    "ldap.filter.escape_filter_chars": _k("ldap"),
    "ldap3.utils.conv.escape_filter_chars": _k("ldap"),
    "escape_filter_chars": _k("ldap"),
    "ldap.dn.escape_dn_chars": _k("ldap"),
    "escape_dn_chars": _k("ldap"),
    "escape_rdn": _k("ldap"),
    "escape_string": _k("sql"),
    "pymysql.converters.escape_string": _k("sql"),
    "MySQLdb.escape_string": _k("sql"),
    "ipaddress.ip_address": _k("command", "sql", "xss", "path", "ldap", "header", "log"),
    "os.path.realpath": _k(NORMALISED),
    "os.path.abspath": _k(NORMALISED),
    "os.path.normpath": _k(NORMALISED),
    "json.dumps": _k("code", "log", "header"),
    # repr() escapes CR/LF and quotes: safe to log or put in a header.
    "repr": _k("log", "header"),
    # URLs of the application's own routes cannot redirect elsewhere.
    "flask.url_for": _k("redirect"),
    "url_for": _k("redirect"),
    "django.urls.reverse": _k("redirect"),
    "django.urls.reverse_lazy": _k("redirect"),
    "django.shortcuts.resolve_url": _k("redirect"),
    "reverse": _k("redirect"),
    "reverse_lazy": _k("redirect"),
    # A string or an ObjectId cannot carry query operators ({"$ne": ...}).
    "str": _k("nosql"),
    "bson.ObjectId": _k("nosql"),
    "bson.objectid.ObjectId": _k("nosql"),
    "ObjectId": _k("nosql"),
}
# Sanitising methods (any receiver); `replace` is handled by its arguments.
PY_SANITISER_METHODS: Final[dict[str, Kinds]] = {
    "resolve": _k(NORMALISED),
    "absolute": _k(NORMALISED),
    "escape": _k("xss", "sql"),
    "escape_string": _k("sql"),
    "quote": _k("command"),
}
# Calls that do not return.
PY_TERMINATORS: Final = frozenset(
    {"abort", "flask.abort", "sys.exit", "exit", "quit", "os._exit", "os.abort", "pytest.fail"}
)
# Types whose annotated parameters cannot carry a string.
CLEAN_TYPES: Final = frozenset(
    {
        "int", "float", "bool", "complex", "Decimal", "decimal.Decimal", "UUID", "uuid.UUID",
        "date", "datetime", "datetime.date", "datetime.datetime", "number", "boolean", "bigint",
        "PositiveInt", "NonNegativeInt", "conint", "StrictInt", "StrictBool",
    }
)  # fmt: skip
# Methods that add their arguments to their receiver.
PY_MUTATORS: Final = frozenset(
    {"append", "extend", "insert", "add", "update", "appendleft", "extendleft", "write",
     "setdefault", "push", "unshift", "set"}
)  # fmt: skip
# Method predicates that prove their receiver clean.
VALIDATING_METHODS: Final = frozenset(
    {"isdigit", "isalnum", "isalpha", "isnumeric", "isdecimal", "isidentifier"}
)
# Function names that read as validators: `if not is_valid(x): abort()`.
VALIDATOR_NAME: Final = re.compile(
    r"^(?:is_?|check_?|validate_?|verify_?)?(?:valid|safe|allowed|whitelisted|permitted|"
    r"allowlisted|authori[sz]ed)|^validate|valid(?:ate)?_|_is_valid|is_(?:url_)?safe",
    re.IGNORECASE,
)
# Characters an allow-list character class may keep and still be clean for each kind.
_SAFE_ALL: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_- ")
_SAFE_NO_PATH: Final = _SAFE_ALL | frozenset("./@:+,=")


def class_sanitises(pattern: str) -> Kinds | None:
    """The kinds a removal of everything outside `[^...]` neutralises (`re.sub('[^a-z]', '')`)."""
    m = re.fullmatch(r"\[\^((?:\\.|[^\]\\])*)\]\+?\*?", pattern)
    if not m:
        return None
    body = m.group(1)
    chars: set[str] = set()
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            chars |= {
                "w": set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"),
                "d": set("0123456789"),
                "s": {" "},
            }.get(nxt, {nxt})
            i += 2
            continue
        if i + 2 < len(body) and body[i + 1] == "-":
            lo, hi = ord(c), ord(body[i + 2])
            if hi - lo > 80:
                return None
            chars |= {chr(x) for x in range(lo, hi + 1)}
            i += 3
            continue
        chars.add(c)
        i += 1
    if chars <= _SAFE_ALL:
        return ALL
    if chars <= _SAFE_NO_PATH:
        return _k("command", "sql", "xss", "ldap", "xpath", "header", "log", "code", "nosql")
    return None


# ---- JavaScript / TypeScript ----------------------------------------------------------------

JS_REQUEST_ROOTS: Final = frozenset(
    {"req", "request", "ctx.request", "ctx.req", "context.request", "c.req", "this.req",
     "event.queryStringParameters", "event.body", "event.pathParameters", "event.headers"}
)  # fmt: skip
JS_REQUEST_ATTRS: Final = frozenset(
    {
        "query", "params", "body", "cookies", "signedCookies", "headers", "url", "originalUrl",
        "path", "hostname", "host", "files", "file", "param", "get", "header", "nextUrl",
        "json", "formData", "text", "searchParams", "rawBody", "payload",
    }
)  # fmt: skip
JS_CTX_ATTRS: Final = frozenset({"query", "params", "querystring", "cookies", "headers"})
# Whole-name sources (prefixes of the canonical chain).
JS_SOURCE_PREFIXES: Final = (
    "process.argv", "process.env", "process.stdin", "location", "window.location",
    "document.location", "document.URL", "document.documentURI", "document.baseURI",
    "document.referrer", "document.cookie", "window.name", "window.location.hash",
    "event.data", "evt.data", "message.data", "e.data",
    "event.queryStringParameters", "event.pathParameters", "event.body",
)  # fmt: skip
JS_SOURCE_CALLS: Final = frozenset({"prompt", "window.prompt", "readlineSync.question"})
# HTTP clients whose result (a response, or an instance whose requests return one) holds a
# latent flow, and the members that read a response's body.
JS_HTTP_CALLS: Final = frozenset(
    {"fetch", "window.fetch", "globalThis.fetch", "node-fetch", "axios", "axios.create"}
    | {f"axios.{verb}" for verb in _HTTP_VERBS}
)
JS_HTTP_CLASSES: Final = frozenset({"XMLHttpRequest"})
JS_RESPONSE_METHODS: Final = frozenset({"json", "text", "blob", "arrayBuffer", "formData"})
JS_RESPONSE_PROPS: Final = frozenset({"data", "responseText", "response", "responseXML"})
JS_CLEAN_CALLS: Final = frozenset(
    {
        "parseInt", "parseFloat", "Number", "Boolean", "isNaN", "isFinite", "Number.parseInt",
        "Number.parseFloat", "Number.isInteger", "Number.isSafeInteger", "Number.isNaN",
        "Array.isArray", "Date.now", "Date.parse", "uuid.validate", "uuidValidate",
        "fs.existsSync", "crypto.randomUUID", "crypto.randomBytes", "BigInt",
    }
)  # fmt: skip
JS_CLEAN_PREFIXES: Final = ("Math.",)
JS_CLEAN_METHODS: Final = frozenset(
    {
        "includes", "startsWith", "endsWith", "indexOf", "lastIndexOf", "test", "digest",
        "hasOwnProperty", "has", "search", "localeCompare", "getTime", "valueOf", "toFixed",
        "isValid", "some", "every", "findIndex", "charCodeAt", "codePointAt",
    }
)  # fmt: skip
JS_CLEAN_PROPERTIES: Final = frozenset({"length", "size", "byteLength"})
JS_SANITISERS: Final[dict[str, Kinds]] = {
    "DOMPurify.sanitize": _k("xss"),
    "purify.sanitize": _k("xss"),
    "sanitizeHtml": _k("xss"),
    "sanitize-html": _k("xss"),
    "xss": _k("xss"),
    "filterXSS": _k("xss"),
    "xss.filterXSS": _k("xss"),
    "escapeHtml": _k("xss"),
    "escapeHTML": _k("xss"),
    "escape-html": _k("xss"),
    "htmlEscape": _k("xss"),
    "encodeHTML": _k("xss"),
    "htmlEncode": _k("xss"),
    "he.encode": _k("xss"),
    "he.escape": _k("xss"),
    "validator.escape": _k("xss"),
    "_.escape": _k("xss"),
    "lodash.escape": _k("xss"),
    "escape": _k("xss"),
    "Handlebars.escapeExpression": _k("xss"),
    "Mustache.escape": _k("xss"),
    "xssFilters.inHTMLData": _k("xss"),
    "encodeURIComponent": _WEB | _k("command", "path"),
    "encodeURI": _k("header", "log"),
    "querystring.escape": _WEB | _k("command", "path"),
    "shellescape": _k("command"),
    "shell-escape": _k("command"),
    "shellQuote.quote": _k("command"),
    "shell-quote.quote": _k("command"),
    "quote": _k("command"),
    "path.basename": _k("path"),
    "sanitizeFilename": _k("path"),
    "sanitize-filename": _k("path"),
    "mysql.escape": _k("sql"),
    "mysql.escapeId": _k("sql"),
    "SqlString.escape": _k("sql"),
    "sqlstring.escape": _k("sql"),
    "pg-format": _k("sql"),
    "format.literal": _k("sql"),
    "escapeRegExp": _k("regex"),
    "_.escapeRegExp": _k("regex"),
    "escapeStringRegexp": _k("regex"),
    "escape-string-regexp": _k("regex"),
    "ldapEscape.filter": _k("ldap"),
    "mongoSanitize": _k("nosql"),
    "mongo-sanitize": _k("nosql"),
    "sanitize": _k("nosql", "xss"),
    "String": _k("nosql"),
    "path.resolve": _k(NORMALISED),
    "path.normalize": _k(NORMALISED),
    "path.join": _k(NORMALISED),
    "path.posix.join": _k(NORMALISED),
    "path.posix.resolve": _k(NORMALISED),
    "fs.realpathSync": _k(NORMALISED),
    "JSON.stringify": _k("nosql"),
}
JS_SANITISER_METHODS: Final[dict[str, Kinds]] = {
    "escape": _k("sql", "xss"),
    "escapeId": _k("sql"),
    "toString": _k("nosql"),
    "realpathSync": _k(NORMALISED),
}
JS_TERMINATORS: Final = frozenset({"process.exit", "process.abort"})
# Methods whose callback receives the receiver's elements.
JS_ITERATION_METHODS: Final = frozenset(
    {
        "map", "forEach", "filter", "reduce", "reduceRight", "find", "some", "every",
        "flatMap", "sort", "then", "findLast", "catch", "finally",
    }
)  # fmt: skip
JS_MUTATORS: Final = frozenset({"push", "unshift", "set", "append", "add", "splice"})
JS_SQL_TAGS: Final = frozenset({"sql", "SQL", "Prisma.sql", "sql.query", "db.sql", "$queryRaw"})
