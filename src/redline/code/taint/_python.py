"""The Python front end of the taint analysis."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

import tree_sitter as ts

from redline.code.taint import _fold as F
from redline.code.taint import _tables as T
from redline.code.taint._engine import (
    ALL,
    CLEAN,
    MAX_BLOCK_DEPTH,
    MAX_DEPTH,
    MAX_ELEMENTS,
    NORMALISED,
    UNKNOWN,
    Analysis,
    Env,
    Facts,
    Kinds,
    Refinement,
    Shape,
    Val,
    activate,
    join_all,
    refine,
    same,
    sanitise,
    union,
)

if TYPE_CHECKING:
    from redline.code.document import Document

_LITERALS: Final = frozenset(
    {"integer", "float", "true", "false", "none", "ellipsis", "comment", "string_content",
     "escape_sequence", "string_start", "string_end", "type"}
)  # fmt: skip
_COLLECTIONS: Final = frozenset({"list", "tuple", "set", "dictionary"})
_COMPREHENSIONS: Final = frozenset(
    {"list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"}
)
_IDENT: Final = frozenset({"identifier"})
_OPTIONAL: Final = re.compile(r"^(?:Optional\[(.*)\]|(.*?)\s*\|\s*None|None\s*\|\s*(.*))$")
_ROUTE_PARAM: Final = re.compile(r"<(?:int|float|uuid):(\w+)>")


def _merge(a: Refinement, b: Refinement) -> Refinement:
    out = dict(a)
    for k, v in b.items():
        out[k] = ALL if (v == ALL or out.get(k) == ALL) else out.get(k, frozenset()) | v
    return out


def _strip(node: ts.Node) -> ts.Node:
    while node.type == "parenthesized_expression" and node.named_child_count:
        node = node.named_children[0]
    return node


@dataclass(frozen=True, slots=True)
class _Summary:
    """What a call to a function of this document returns: the flows of its own sources, and
    for each parameter (by position) that reaches the result, the kinds it is cleaned for."""

    extra: Val
    reach: dict[int, Kinds]
    names: dict[str, int]
    exact: bool  # arguments map to parameters by position and name (no *args, **kwargs)


def _concat(a: Shape, b: Shape) -> Shape | None:
    if len(a.vals) + len(b.vals) > MAX_ELEMENTS:
        return None
    return Shape("seq", (), a.vals + b.vals, a.knowns + b.knowns)


def _hashable(v: object) -> bool:
    return v is None or isinstance(v, (bool, int, float, str, tuple))


def _element(shape: Shape, idx: object) -> Val | None:
    """The flows of `container[idx]`, or None when the index is not known."""
    if shape.kind == "seq":
        n = len(shape.vals)
        if isinstance(idx, int) and not isinstance(idx, bool):
            return shape.vals[idx] if -n <= idx < n else CLEAN
        if isinstance(idx, slice):
            return union(*shape.vals[idx])
        return None
    if shape.kind == "config":
        if isinstance(idx, str):
            return union(*(v for k, v in zip(shape.keys, shape.vals, strict=True)
                           if isinstance(k, tuple) and k[0] == idx))  # fmt: skip
        return None
    if idx is UNKNOWN or not _hashable(idx):
        return None
    i = shape.find(idx)
    return shape.vals[i] if i >= 0 else CLEAN


def _equal(a: object, b: object) -> bool:
    if same(a, b):
        return True
    numbers = (int, float)
    return (
        isinstance(a, numbers)
        and isinstance(b, numbers)
        and not isinstance(a, bool)
        and not isinstance(b, bool)
        and a == b
    )


_SEQ_FACTORIES: Final = frozenset({"list", "collections.deque", "deque", "tuple"})
_MAP_FACTORIES: Final = frozenset(
    {"dict", "collections.OrderedDict", "OrderedDict", "collections.defaultdict", "defaultdict"}
)
_CONFIG_FACTORIES: Final = frozenset(
    {"configparser.ConfigParser", "configparser.RawConfigParser", "configparser.SafeConfigParser",
     "ConfigParser.ConfigParser", "ConfigParser.RawConfigParser"}
)  # fmt: skip
# Method names of common library objects: a class of the document that defines one (a view's
# `get`) says nothing about `some_dict.get(...)`.
_LIBRARY_METHODS: Final = frozenset(
    {"get", "post", "put", "patch", "delete", "head", "options", "pop", "update", "items",
     "keys", "values", "append", "extend", "insert", "remove", "add", "discard", "read",
     "readline", "readlines", "write", "format", "join", "split", "strip", "replace", "encode",
     "decode", "lower", "upper", "execute", "executemany", "fetchone", "fetchall", "run",
     "search", "find", "findall", "match", "sub", "open", "close", "send", "recv", "load",
     "loads", "dump", "dumps", "copy", "setdefault", "getlist", "set", "save", "render",
     "dispatch_request", "as_view", "to_dict", "json", "text", "parse", "call", "apply"}
)  # fmt: skip
# Config parser methods that neither read nor store option values.
_CONFIG_QUIET: Final = frozenset(
    {"add_section", "read", "read_file", "readfp", "has_section", "has_option", "sections",
     "options", "remove_section", "write", "defaults"}
)  # fmt: skip


class PythonAnalysis(Analysis):
    SCOPE_TYPES = frozenset({"function_definition"})

    def __init__(self, doc: Document) -> None:
        super().__init__(doc)
        self.aliases: dict[str, str] = {}
        self.functions: dict[str, ts.Node | None] = {}
        self.global_names: set[str] = set()
        self.modules: set[str] = set()
        self._summaries: dict[int, _Summary | None] = {}
        self._collect(self.doc.root)

    # ---- document-wide facts ----------------------------------------------------------------
    def _collect(self, root: ts.Node) -> None:
        """Import aliases and function definitions, anywhere among the statements."""
        stack = [root]
        seen = 0
        while stack and seen < 50_000:
            n = stack.pop()
            seen += 1
            t = n.type
            if t == "import_statement":
                for name in n.children_by_field_name("name"):
                    if name.type == "dotted_name":
                        self.modules.add(self.text(name).split(".")[0])
                    if name.type == "aliased_import":
                        orig, alias = (
                            name.child_by_field_name("name"),
                            name.child_by_field_name("alias"),
                        )
                        if orig is not None and alias is not None:
                            self.aliases[self.text(alias)] = self.text(orig)
            elif t == "import_from_statement":
                mod = n.child_by_field_name("module_name")
                base = self.text(mod) if mod is not None else ""
                for name in n.children_by_field_name("name"):
                    if name.type == "aliased_import":
                        orig, alias = (
                            name.child_by_field_name("name"),
                            name.child_by_field_name("alias"),
                        )
                        if orig is not None and alias is not None:
                            self.aliases[self.text(alias)] = f"{base}.{self.text(orig)}"
                    else:
                        full = self.text(name)
                        self.aliases[full.split(".")[-1]] = f"{base}.{full}"
            elif t in ("global_statement", "nonlocal_statement"):
                self.global_names.update(
                    self.text(c) for c in n.named_children if c.type == "identifier"
                )
            elif t == "function_definition":
                fname = n.child_by_field_name("name")
                if fname is not None:
                    key = self.text(fname)
                    self.functions[key] = None if key in self.functions else n
                body = n.child_by_field_name("body")
                if body is not None:
                    stack.append(body)
            elif t in ("module", "block", "decorated_definition", "class_definition",
                       "if_statement", "elif_clause", "else_clause", "try_statement",
                       "except_clause", "finally_clause", "with_statement", "for_statement",
                       "while_statement", "ERROR"):  # fmt: skip
                stack.extend(n.named_children)

    # ---- names --------------------------------------------------------------------------
    def dotted(self, node: ts.Node) -> str | None:
        """`a.b.c` for a chain of names, else None."""
        parts: list[str] = []
        n = node
        for _ in range(24):
            if n.type == "identifier":
                parts.append(self.text(n))
                return ".".join(reversed(parts))
            if n.type == "attribute":
                attr = n.child_by_field_name("attribute")
                obj = n.child_by_field_name("object")
                if attr is None or obj is None:
                    return None
                parts.append(self.text(attr))
                n = obj
                continue
            return None
        return None

    def canon(self, name: str) -> str:
        root, _, rest = name.partition(".")
        full = self.aliases.get(root)
        if full is None:
            return name
        return f"{full}.{rest}" if rest else full

    def chain(self, node: ts.Node) -> tuple[list[str], bool]:
        """The names along an access chain (`request.args.get("x")` -> request, args, get) and
        whether the outermost step is a call."""
        parts: list[str] = []
        n = node
        called = node.type == "call"
        for _ in range(32):
            t = n.type
            nxt: ts.Node | None
            if t == "attribute":
                attr = n.child_by_field_name("attribute")
                if attr is not None:
                    parts.append(self.text(attr))
                nxt = n.child_by_field_name("object")
            elif t == "call":
                nxt = n.child_by_field_name("function")
            elif t == "subscript":
                nxt = n.child_by_field_name("value")
            elif t in ("parenthesized_expression", "await"):
                nxt = n.named_children[0] if n.named_child_count else None
            elif t == "identifier":
                parts.append(self.text(n))
                parts.reverse()
                root = self.aliases.get(parts[0])
                if root is not None and root != parts[0]:
                    parts = root.split(".") + parts[1:]
                return parts, called
            else:
                return [], called
            if nxt is None:
                return [], called
            n = nxt
        return [], called

    def source_of(self, node: ts.Node) -> Val | None:
        names, called = self.chain(node)
        if not names:
            return None
        if names[0] == "flask" and len(names) > 1:
            names = names[1:]
        if names[0] == "self" and len(names) > 2 and names[1] == "request":
            names = names[1:]
        if names[0] == "self" and len(names) > 1 and names[1] in T.PY_SELF_SOURCES and called:
            return self.source(node, f"self.{names[1]}", "input")
        if names[0] in ("request", "req") and len(names) > 1 and names[1] in T.PY_REQUEST_ATTRS:
            if names[1] == "get" and not called:
                return None
            n = 3 if len(names) > 2 and names[2] in T.PY_GETTERS else 2
            return self.source(node, ".".join(names[:n]), "input")
        joined = ".".join(names)
        for prefix in T.PY_SOURCE_PREFIXES:
            if joined == prefix or joined.startswith(prefix + "."):
                return self.source(node, prefix, "input")
        if called and (joined in T.PY_SOURCE_CALLS or joined == "getenv"):
            return self.source(node, f"{joined}()", "input")
        if called and joined in T.PY_HTTP_CALLS:
            return self.source(node, f"HTTP response of {joined}", "input", latent=True)
        if called and len(names) > 1 and names[-1] in T.PY_SOURCE_METHODS:
            return self.source(node, f"{names[-1]}()", "input")
        return None

    def key(self, node: ts.Node) -> str | None:
        node = _strip(node)
        return self.dotted(node)

    def key_of(self, node: ts.Node) -> str | None:
        return self.key(node)

    def is_const_coll(self, node: ts.Node, env: Env) -> bool:
        """An allow-list: a constant collection literal, or a name bound to one."""
        node = _strip(node)
        if node.type in _COLLECTIONS:
            return not self.eval(node, env.copy(), 0)
        name = self.dotted(node)
        if name is None:
            return False
        if name in env.consts:
            return True
        last = name.rsplit(".", 1)[-1]
        return bool(re.fullmatch(r"[A-Z][A-Z0-9_]*", last)) and name not in env.vars

    # ---- scopes -----------------------------------------------------------------------------
    def initial_env(self, scope: ts.Node) -> Env:
        env = self.env_before(scope)
        parent = self.scope_of(scope)
        if parent.type == "module":
            final = self.facts(parent).final
            if final is not None:
                env = env.join(final)
            # Module constants hold inside functions unless a function rebinds them.
            for name in self.global_names & env.known.keys():
                del env.known[name]
        else:
            env.known.clear()
        # Containers may be changed by any call between definition and use.
        env.shapes.clear()
        params = scope.child_by_field_name("parameters")
        if params is None:
            return env
        route_ints: set[str] = set()
        dec = scope.parent
        if dec is not None and dec.type == "decorated_definition":
            for d in dec.named_children:
                if d.type == "decorator":
                    route_ints.update(_ROUTE_PARAM.findall(self.text(d)))
        in_class = self._in_class(scope)
        for i, p in enumerate(params.named_children):
            name_node: ts.Node | None
            type_node: ts.Node | None = p.child_by_field_name("type")
            if p.type == "identifier":
                name_node = p
            elif p.type in ("default_parameter", "typed_default_parameter"):
                name_node = p.child_by_field_name("name")
            elif p.type in ("typed_parameter", "list_splat_pattern", "dictionary_splat_pattern"):
                name_node = next((c for c in p.named_children if c.type == "identifier"), None)
                if p.type == "typed_parameter" and name_node is None:
                    inner = p.named_children[0] if p.named_child_count else None
                    if inner is not None and inner.named_child_count:
                        name_node = inner.named_children[0]
            else:
                continue
            if name_node is None or name_node.type != "identifier":
                continue
            name = self.text(name_node)
            if (i == 0 and in_class and name in ("self", "cls")) or name in ("self", "cls"):
                env.set(name, CLEAN)
                continue
            if name in route_ints or (type_node is not None and self._clean_type(type_node)):
                env.set(name, CLEAN)
                continue
            env.set(name, self.source(name_node, f"parameter '{name}'", "parameter"))
        return env

    def _in_class(self, func: ts.Node) -> bool:
        n = func.parent
        if n is not None and n.type == "decorated_definition":
            n = n.parent
        return (
            n is not None
            and n.type == "block"
            and (n.parent is not None and n.parent.type == "class_definition")
        )

    def _clean_type(self, node: ts.Node) -> bool:
        text = self.text(node).strip().strip("'\"")
        m = _OPTIONAL.match(text)
        if m:
            text = next(g for g in m.groups() if g is not None).strip()
        text = re.sub(r"^(?:Annotated\[)?([\w.]+).*$", r"\1", text)
        return text in T.CLEAN_TYPES

    def walk_scope(self, scope: ts.Node, env: Env, facts: Facts) -> Env | None:
        if scope.type == "function_definition":
            body = scope.child_by_field_name("body")
            return self.exec_stmt(body, env, facts, 0) if body is not None else env
        return self.exec_block(scope.named_children, env, facts, 0)

    # ---- statements --------------------------------------------------------------------------
    def exec_stmt(self, stmt: ts.Node, env: Env, facts: Facts, depth: int) -> Env | None:
        self.record(stmt, env, facts)
        if depth > MAX_BLOCK_DEPTH:
            return env
        t = stmt.type
        f = stmt.child_by_field_name
        if t in ("block", "module", "ERROR"):
            return self.exec_block(stmt.named_children, env, facts, depth + 1)
        if t == "expression_statement":
            for child in stmt.named_children:
                self.exec_expr(child, env)
                if self._terminates(child):
                    return None
            return env
        if t in ("return_statement", "raise_statement"):
            for child in stmt.named_children:
                self.eval(child, env, 0)
            return None
        if t == "break_statement":
            self.jump(env, is_break=True)
            return None
        if t == "continue_statement":
            self.jump(env, is_break=False)
            return None
        if t == "if_statement":
            return self._if(stmt, env, facts, depth)
        if t == "for_statement":
            left, right = f("left"), f("right")
            it = self.eval(right, env, 0) if right is not None else CLEAN
            out = self.loop(
                env, f("body"), facts, depth, bind=(left, it) if left is not None else None
            )
            if out is not None:
                out = refine(out, self.char_guard(left, right, f("body"), env))
            alt = f("alternative")
            if alt is not None and out is not None:
                out = self.exec_stmt(alt, out, facts, depth + 1)
            return out
        if t == "while_statement":
            cond = f("condition")
            if cond is not None and F.truth(self.const_of(cond, env)) is False:
                self.dead(f("body"), facts, depth + 1)
                alt = f("alternative")
                return self.exec_stmt(alt, env, facts, depth + 1) if alt is not None else env
            infinite = cond is not None and self.text(cond) in ("True", "1")
            out = self.loop(env, f("body"), facts, depth, cond=cond, infinite=infinite)
            alt = f("alternative")
            if alt is not None and out is not None:
                out = self.exec_stmt(alt, out, facts, depth + 1)
            return out
        if t in ("else_clause", "finally_clause"):
            body = f("body") or next((c for c in stmt.named_children if c.type == "block"), None)
            return self.exec_stmt(body, env, facts, depth + 1) if body is not None else env
        if t == "try_statement":
            return self._try(stmt, env, facts, depth)
        if t == "with_statement":
            for clause in stmt.named_children:
                if clause.type != "with_clause":
                    continue
                for item in clause.named_children:
                    value = item.child_by_field_name("value")
                    if value is None:
                        continue
                    if value.type == "as_pattern":
                        expr = value.named_children[0]
                        alias = value.child_by_field_name("alias")
                        val = self.eval(expr, env, 0)
                        if alias is not None and alias.named_child_count:
                            self.bind(alias.named_children[0], val, env)
                    else:
                        self.eval(value, env, 0)
            body = f("body")
            return self.exec_stmt(body, env, facts, depth + 1) if body is not None else env
        if t == "function_definition":
            name = f("name")
            if name is not None:
                env.set(self.text(name), CLEAN)
            return env
        if t == "decorated_definition":
            inner = f("definition")
            return self.exec_stmt(inner, env, facts, depth + 1) if inner is not None else env
        if t == "class_definition":
            body = f("body")
            out = self.exec_stmt(body, env, facts, depth + 1) if body is not None else env
            out = out if out is not None else env
            name = f("name")
            if name is not None:
                out.set(self.text(name), CLEAN)
            return out
        if t in ("import_statement", "import_from_statement", "future_import_statement"):
            for name in stmt.children_by_field_name("name"):
                alias = name.child_by_field_name("alias") if name.type == "aliased_import" else None
                bound = self.text(alias) if alias is not None else self.text(name).split(".")[0]
                env.set(bound, CLEAN)
            return env
        if t == "assert_statement":
            if stmt.named_child_count:
                cond = stmt.named_children[0]
                self.eval(cond, env, 0)
                true, _ = self.conditions(cond, env)
                return refine(env, true)
            return env
        if t == "match_statement":
            return self._match(stmt, env, facts, depth)
        if t == "delete_statement":
            for target in stmt.named_children:
                targets = target.named_children if target.type == "expression_list" else [target]
                for tg in targets:
                    self._delete(tg, env)
            return env
        if t == "case_clause":
            cons = f("consequence") or next(
                (c for c in stmt.named_children if c.type == "block"), None
            )
            return self.exec_stmt(cons, env, facts, depth + 1) if cons is not None else env
        if t in ("pass_statement", "global_statement", "nonlocal_statement", "comment",
                 "type_alias_statement"):  # fmt: skip
            return env
        self.exec_expr(stmt, env)
        return env

    def _terminates(self, expr: ts.Node) -> bool:
        if expr.type != "call":
            return False
        fn = expr.child_by_field_name("function")
        name = self.dotted(fn) if fn is not None else None
        return name is not None and self.canon(name) in T.PY_TERMINATORS | {"abort"}

    def _branch(
        self, cond: ts.Node | None, body: ts.Node | None, env: Env, facts: Facts, depth: int
    ) -> tuple[Env | None, Env | None]:
        """Run one `if`/`elif` test and its body: the environment after the body and the one
        in which the test failed (None where the test is constant and that path cannot run)."""
        if cond is None:
            out = self.exec_stmt(body, env, facts, depth + 1) if body is not None else env
            return out, env
        self.eval(cond, env, 0)
        truth = F.truth(self.const_of(cond, env))
        if truth is True:
            out = self.exec_stmt(body, env, facts, depth + 1) if body is not None else env
            return out, None
        if truth is False:
            self.dead(body, facts, depth + 1)
            return None, env
        true, false = self.conditions(cond, env)
        out = self.exec_stmt(body, refine(env, true), facts, depth + 1) if body else env
        return out, refine(env, false)

    def _if(self, stmt: ts.Node, env: Env, facts: Facts, depth: int) -> Env | None:
        cond = stmt.child_by_field_name("condition")
        cons = stmt.child_by_field_name("consequence")
        outs: list[Env | None] = []
        out, cur = self._branch(cond, cons, env, facts, depth)
        outs.append(out)
        for alt in stmt.children_by_field_name("alternative"):
            if cur is None:
                self.dead(alt, facts, depth + 1)
                continue
            if alt.type == "elif_clause":
                self.record(alt, cur, facts)
                out, cur = self._branch(
                    alt.child_by_field_name("condition"),
                    alt.child_by_field_name("consequence"),
                    cur,
                    facts,
                    depth,
                )
                outs.append(out)
            else:
                outs.append(self.exec_stmt(alt, cur, facts, depth + 1))
                cur = None
        outs.append(cur)
        return join_all(outs)

    def _match(self, stmt: ts.Node, env: Env, facts: Facts, depth: int) -> Env | None:
        subject = stmt.child_by_field_name("subject")
        known: object = UNKNOWN
        if subject is not None:
            self.eval(subject, env, 0)
            known = self.const_of(subject, env)
        outs: list[Env | None] = []
        body = stmt.child_by_field_name("body")
        taken = False  # an earlier case surely matched: the rest cannot run
        for case in body.named_children if body is not None else []:
            if case.type != "case_clause":
                continue
            if taken:
                self.dead(case, facts, depth + 1)
                continue
            verdict = self._case_matches(case, known)
            if verdict is False:
                self.dead(case, facts, depth + 1)
                continue
            case_env = env.copy()
            capture = self._capture_name(case)
            if capture is not None and subject is not None:
                case_env.set(capture, self.eval(subject, env, 0), known=known)
            outs.append(self.exec_stmt(case, case_env, facts, depth + 1))
            if verdict is True:
                taken = True
        if not taken:
            outs.append(env)
        return join_all(outs)

    def _capture_name(self, case: ts.Node) -> str | None:
        for pattern in case.named_children:
            if pattern.type == "case_pattern" and pattern.named_child_count == 1:
                inner = pattern.named_children[0]
                if inner.type == "dotted_name" and inner.named_child_count == 1:
                    return self.text(inner)
        return None

    def _case_matches(self, case: ts.Node, subject: object) -> bool | None:
        """Whether a case surely matches (True), surely does not (False), or may (None)."""
        if case.child_by_field_name("guard") is not None:
            return False if self._case_matches_pattern(case, subject) is False else None
        return self._case_matches_pattern(case, subject)

    def _case_matches_pattern(self, case: ts.Node, subject: object) -> bool | None:
        patterns = [c for c in case.named_children if c.type == "case_pattern"]
        if len(patterns) != 1:
            return None
        pattern = patterns[0]
        alts = pattern.named_children
        if not alts:
            return True  # `case _:`
        if len(alts) == 1 and alts[0].type == "union_pattern":
            alts = alts[0].named_children
        if len(alts) == 1 and alts[0].type == "dotted_name" and alts[0].named_child_count == 1:
            return True  # a capture pattern binds anything
        if subject is UNKNOWN:
            return None
        for alt in alts:
            value = self.const_of(alt, Env()) if alt.type != "dotted_name" else UNKNOWN
            if value is UNKNOWN:
                return None
            if same(value, subject) or (
                isinstance(value, (int, float))
                and isinstance(subject, (int, float))
                and not isinstance(value, bool)
                and not isinstance(subject, bool)
                and value == subject
            ):
                return True
        return False

    def _try(self, stmt: ts.Node, env: Env, facts: Facts, depth: int) -> Env | None:
        """A handler may start from the state before the body, before any statement in it
        (at any depth), or at its end; `finally` from the end of the body, of a handler or of
        `else`, or from any of those states (an exception nothing catches, a `return`)."""
        body = stmt.child_by_field_name("body")
        self.begin_guarded()
        try:
            out = self.exec_stmt(body, env.copy(), facts, depth + 1) if body is not None else env
        finally:
            inside = self.end_guarded()
        handler_env = join_all([env, inside, out])
        assert handler_env is not None
        self.begin_guarded()
        try:
            return self._handlers(stmt, out, handler_env, facts, depth)
        finally:
            self.end_guarded()

    def _handlers(
        self, stmt: ts.Node, out: Env | None, handler_env: Env, facts: Facts, depth: int
    ) -> Env | None:
        """The `except`, `else` and `finally` clauses of a `try` whose body ended in `out`;
        a handler starts from `handler_env`."""
        outs: list[Env | None] = []
        has_else = False
        final: ts.Node | None = None
        for child in stmt.named_children:
            if child.type in ("except_clause", "except_group_clause"):
                h = handler_env.copy()
                self.record(child, h, facts)
                value = child.child_by_field_name("value")
                if value is not None and value.type == "as_pattern":
                    alias = value.child_by_field_name("alias")
                    if alias is not None and alias.named_child_count:
                        self.bind(alias.named_children[0], CLEAN, h)
                blocks = [c for c in child.named_children if c.type == "block"]
                outs.append(self.exec_block(blocks, h, facts, depth + 1))
            elif child.type == "else_clause":
                has_else = True
                outs.append(self.exec_stmt(child, out, facts, depth + 1) if out else None)
            elif child.type == "finally_clause":
                final = child
        if not has_else:
            outs.append(out)
        result = join_all(outs)
        if final is not None:
            # The states inside the handlers and `else` (a raise there still runs `finally`).
            inside = self.guarded_env()
            fin_in = join_all([result, handler_env, inside])
            assert fin_in is not None
            return self.run_finally(
                lambda e: self.exec_stmt(final, e, facts, depth + 1), result, fin_in
            )
        return result

    def exec_expr(self, node: ts.Node, env: Env) -> Val:
        t = node.type
        if t == "assignment":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if right is None:
                if left is not None and left.type == "identifier":
                    env.set(self.text(left), CLEAN)
                return CLEAN
            pre: tuple[object, Shape | None] | None = None
            if left is not None and left.type in ("identifier", "attribute", "subscript"):
                pre = (self.const_of(right, env), self.shape_of(right, env))
            if right.type in ("assignment", "augmented_assignment"):
                val = self.exec_expr(right, env)
            else:
                val = self.eval(right, env, 0)
            if left is not None:
                const = _strip(right).type in _COLLECTIONS and not val
                self.bind(left, val, env, const=const, rhs=right, pre=pre)
            return val
        if t == "augmented_assignment":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            op = node.child_by_field_name("operator")
            val = self.eval(right, env, 0) if right is not None else CLEAN
            if left is not None:
                k = self.key(left)
                if k is not None:
                    known: object = UNKNOWN
                    shape: Shape | None = None
                    if op is not None and right is not None:
                        opt = self.text(op)[:-1]
                        known = F.binary(opt, env.known.get(k, UNKNOWN), self.const_of(right, env))
                        mine = env.shapes.get(k)
                        if mine is not None and opt == "+" and mine.kind == "seq":
                            theirs = self.shape_of(right, env)
                            if theirs is not None and theirs.kind == "seq":
                                shape = _concat(mine, theirs)
                    new = union(env.get(k), val)
                    env.set(k, new, known=known, shape=shape, const=k in env.consts and not new)
                elif left.type == "subscript":
                    self._store(left, val, env, weak=True)
                else:
                    self.bind(left, val, env)
            return val
        return self.eval(node, env, 0)

    def bind(
        self,
        target: ts.Node,
        val: Val,
        env: Env,
        *,
        const: bool = False,
        rhs: ts.Node | None = None,
        pre: tuple[object, Shape | None] | None = None,
    ) -> None:
        t = target.type
        if pre is None and rhs is not None and t in ("identifier", "attribute", "subscript"):
            pre = (self.const_of(rhs, env), self.shape_of(rhs, env))
        known, shape = pre if pre is not None else (UNKNOWN, None)
        if t in ("identifier", "attribute"):
            k = self.text(target) if t == "identifier" else self.dotted(target)
            if k is not None:
                if shape is not None and not val and not shape.taint():
                    const = True
                env.set(k, val, const=const, known=known, shape=shape)
        elif t == "subscript":
            self._store(target, val, env, weak=False, known=known)
        elif t in ("pattern_list", "tuple_pattern", "list_pattern", "tuple", "list",
                   "expression_list"):  # fmt: skip
            targets = target.named_children
            items = _strip(rhs).named_children if rhs is not None else []
            if (
                rhs is not None
                and _strip(rhs).type in ("tuple", "list", "expression_list")
                and len(items) == len(targets)
            ):
                for tg, item in zip(targets, items, strict=True):
                    self.bind(tg, self.eval(item, env, 0), env, rhs=item)
            else:
                for tg in targets:
                    self.bind(tg, val, env)
        elif t in ("list_splat_pattern", "parenthesized_expression", "as_pattern_target"):
            for c in target.named_children:
                self.bind(c, val, env)

    # ---- expressions --------------------------------------------------------------------------
    def eval(self, node: ts.Node, env: Env, depth: int) -> Val:
        if depth > MAX_DEPTH:
            return self.flat(node, env, _IDENT)
        t = node.type
        d = depth + 1
        if t == "identifier":
            v = env.vars.get(self.text(node))
            if v is not None:
                return v
            src = self.source_of(node)
            return src if src is not None else CLEAN
        if t in _LITERALS:
            return CLEAN
        if t == "string":
            out: Val = CLEAN
            for c in node.named_children:
                if c.type == "interpolation":
                    for e in c.named_children:
                        if e.type not in ("format_specifier", "type_conversion"):
                            out = union(out, self.eval(e, env, d))
            return out
        if t == "attribute":
            src = self.source_of(node)
            if src is not None:
                return src
            k = self.dotted(node)
            if k is not None and k in env.vars:
                return env.vars[k]
            obj = node.child_by_field_name("object")
            if obj is None:
                return CLEAN
            attr = node.child_by_field_name("attribute")
            if attr is not None and self.text(attr) in T.PY_RESPONSE_ATTRS:
                return activate(self.eval(obj, env, d), T.RESPONSE_TRUSTED)  # a response's body
            return self.eval(obj, env, d)
        if t == "subscript":
            src = self.source_of(node)
            if src is not None:
                return src
            value = node.child_by_field_name("value")
            if value is None:
                return CLEAN
            subs = node.children_by_field_name("subscript")
            for sub in subs:
                self.eval(sub, env, d)  # walrus side effects
            if len(subs) == 1:
                shape = self.shape_of(value, env)
                if shape is not None:
                    elem = _element(shape, self.index_of(subs[0], env))
                    if elem is not None:
                        return elem
            if self.is_const_coll(value, env):
                return CLEAN
            return self.eval(value, env, d)
        if t == "call":
            return self._call(node, env, d)
        if t in ("comparison_operator", "not_operator", "unary_operator", "lambda"):
            for c in node.named_children:
                if c.type in ("named_expression", "parenthesized_expression"):
                    self.eval(c, env, d)
            return CLEAN
        if t == "binary_operator":
            op = node.child_by_field_name("operator")
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            lv = self.eval(left, env, d) if left is not None else CLEAN
            rv = self.eval(right, env, d) if right is not None else CLEAN
            if op is not None and self.text(op) in ("-", "*", "/", "//", "**", "&", "|", "^",
                                                     ">>", "<<") and not (
                self.text(op) == "*" and self._stringish(left, right)
            ):  # fmt: skip
                return CLEAN
            return union(lv, rv)
        if t == "boolean_operator":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            lv = self.eval(left, env, d) if left is not None else CLEAN
            if right is None:
                return lv
            op = node.child_by_field_name("operator")
            truth = F.truth(self.const_of(left, env)) if left is not None else None
            if truth is not None and op is not None:
                if truth == (self.text(op) == "or"):
                    return lv  # `True or x`, `False and x`: the right side never runs
                return self.eval(right, env, d)
            true, false = self.conditions(left, env) if left is not None else ({}, {})
            renv = refine(env, true if op is not None and self.text(op) == "and" else false)
            return union(lv, self.eval(right, renv, d))
        if t == "conditional_expression":
            parts = node.named_children
            if len(parts) < 3:
                return CLEAN
            body, cond, alt = parts[0], parts[1], parts[2]
            self.eval(cond, env, d)
            truth = F.truth(self.const_of(cond, env))
            if truth is not None:
                return self.eval(body if truth else alt, env, d)
            true, false = self.conditions(cond, env)
            return union(
                self.eval(body, refine(env, true), d), self.eval(alt, refine(env, false), d)
            )
        if t == "named_expression":
            name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
            val = self.eval(value, env, d) if value is not None else CLEAN
            if name is not None:
                env.set(self.text(name), val)
            return val
        if t in _COMPREHENSIONS:
            inner = env.copy()
            cbody = node.child_by_field_name("body")
            for c in node.named_children:
                if c.type == "for_in_clause":
                    tgt, itn = c.child_by_field_name("left"), c.child_by_field_name("right")
                    it = self.eval(itn, inner, d) if itn is not None else CLEAN
                    if tgt is not None:
                        self.bind(tgt, it, inner)
                elif c.type == "if_clause" and c.named_child_count:
                    true, _ = self.conditions(c.named_children[0], inner)
                    inner = refine(inner, true)
            return self.eval(cbody, inner, d) if cbody is not None else CLEAN
        if t == "keyword_argument":
            value = node.child_by_field_name("value")
            return self.eval(value, env, d) if value is not None else CLEAN
        if t == "pair":
            value = node.child_by_field_name("value")
            key = node.child_by_field_name("key")
            return union(
                self.eval(key, env, d) if key is not None else CLEAN,
                self.eval(value, env, d) if value is not None else CLEAN,
            )
        if t == "generator_expression":
            return CLEAN
        out = CLEAN
        for c in node.named_children:
            out = union(out, self.eval(c, env, d))
        return out

    # ---- constant values and container shapes -----------------------------------------------
    def const_of(self, node: ts.Node | None, env: Env, depth: int = 0) -> object:
        """The constant value of an expression (UNKNOWN when it is not fixed)."""
        if node is None or depth > 48:
            return UNKNOWN
        node = _strip(node)
        t = node.type
        d = depth + 1
        if t == "identifier":
            return env.known.get(self.text(node), UNKNOWN)
        if t == "integer":
            text = self.text(node).replace("_", "")
            if len(text) > 64 or text[-1:] in ("j", "J"):
                return UNKNOWN
            try:
                return int(text.rstrip("lL"), 0)
            except ValueError:
                return UNKNOWN
        if t == "float":
            text = self.text(node).replace("_", "")
            try:
                return F.binary("+", float(text), 0.0) if text[-1:] not in ("j", "J") else UNKNOWN
            except ValueError:
                return UNKNOWN
        if t == "true":
            return True
        if t == "false":
            return False
        if t == "none":
            return None
        if t == "string":
            return self._const_string(node)
        if t == "concatenated_string":
            pieces = [self._const_string(c) for c in node.named_children if c.type == "string"]
            if any(not isinstance(p, str) for p in pieces):
                return UNKNOWN
            return F.binary("+", "", "".join(p for p in pieces if isinstance(p, str)))
        if t == "attribute":
            k = self.dotted(node)
            return env.known.get(k, UNKNOWN) if k is not None else UNKNOWN
        if t == "unary_operator":
            op, arg = node.child_by_field_name("operator"), node.child_by_field_name("argument")
            if op is None:
                return UNKNOWN
            return F.unary(self.text(op), self.const_of(arg, env, d))
        if t == "not_operator":
            return F.unary("not", self.const_of(node.child_by_field_name("argument"), env, d))
        if t == "binary_operator":
            op = node.child_by_field_name("operator")
            if op is None:
                return UNKNOWN
            left = self.const_of(node.child_by_field_name("left"), env, d)
            if left is UNKNOWN:
                return UNKNOWN
            return F.binary(
                self.text(op), left, self.const_of(node.child_by_field_name("right"), env, d)
            )
        if t == "comparison_operator":
            return self._const_compare(node, env, d)
        if t == "boolean_operator":
            op = node.child_by_field_name("operator")
            left = self.const_of(node.child_by_field_name("left"), env, d)
            truth = F.truth(left)
            if op is None or truth is None:
                return UNKNOWN
            if truth == (self.text(op) == "or"):
                return left
            return self.const_of(node.child_by_field_name("right"), env, d)
        if t == "conditional_expression":
            parts = node.named_children
            if len(parts) < 3:
                return UNKNOWN
            truth = F.truth(self.const_of(parts[1], env, d))
            if truth is None:
                return UNKNOWN
            return self.const_of(parts[0] if truth else parts[2], env, d)
        if t == "subscript":
            value = node.child_by_field_name("value")
            subs = node.children_by_field_name("subscript")
            if value is None or len(subs) != 1:
                return UNKNOWN
            idx = self.index_of(subs[0], env, d)
            if idx is UNKNOWN:
                return UNKNOWN
            shape = self.shape_of(value, env)
            if shape is not None:
                return self._known_element(shape, idx)
            return F.index(self.const_of(value, env, d), idx)
        if t in ("tuple", "list"):
            items = node.named_children
            if len(items) > MAX_ELEMENTS:
                return UNKNOWN
            vals = tuple(self.const_of(c, env, d) for c in items)
            return UNKNOWN if any(v is UNKNOWN for v in vals) else vals
        if t == "call":
            return self._const_call(node, env, d)
        return UNKNOWN

    def _const_string(self, node: ts.Node) -> object:
        if any(c.type == "interpolation" for c in node.named_children):
            return UNKNOWN
        text = self.text(node)
        if len(text) > F.MAX_LEN:
            return UNKNOWN
        m = re.match(r"^([rRbBuUfF]{0,2})('''|\"\"\"|'|\")(.*)\2$", text, re.S)
        if not m or "b" in m.group(1).lower():
            return UNKNOWN
        body = m.group(3)
        if "\\" not in body or "r" in m.group(1).lower():
            return body
        try:
            value = ast.literal_eval(text if "f" not in m.group(1).lower() else text[1:])
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            return UNKNOWN
        return value if isinstance(value, str) else UNKNOWN

    def _const_compare(self, node: ts.Node, env: Env, d: int) -> object:
        operands: list[ts.Node] = []
        ops: list[str] = []
        pending: list[str] = []
        for c in node.children:
            if c.is_named and c.type != "comment":
                if operands:
                    ops.append(" ".join(pending))
                pending = []
                operands.append(c)
            elif not c.is_named:
                pending.append(self.text(c))
        if len(operands) < 2 or len(ops) != len(operands) - 1:
            return UNKNOWN
        left = self.const_of(operands[0], env, d)
        result: object = True
        for op, right_node in zip(ops, operands[1:], strict=True):
            right = self.const_of(right_node, env, d)
            verdict = F.compare(op, left, right)
            if verdict is UNKNOWN:
                return UNKNOWN
            if not verdict:
                return False
            result = verdict
            left = right
        return result

    def _const_call(self, node: ts.Node, env: Env, d: int) -> object:
        fn = node.child_by_field_name("function")
        argl = node.child_by_field_name("arguments")
        if fn is None or argl is None or argl.type != "argument_list":
            return UNKNOWN
        args = [a for a in argl.named_children if a.type != "comment"]
        if fn.type == "attribute":
            config = self._config_get(fn, args, env, d)
            if config is not None:
                return config
        if any(a.type in ("keyword_argument", "list_splat", "dictionary_splat") for a in args):
            return UNKNOWN
        if fn.type == "identifier" and len(args) == 1:
            name = self.text(fn)
            if name == "len":
                shape = self.shape_of(args[0], env)
                if shape is not None:
                    return len(shape.vals)
                v = self.const_of(args[0], env, d)
                return len(v) if isinstance(v, (str, tuple)) else UNKNOWN
            v = self.const_of(args[0], env, d)
            if v is UNKNOWN:
                return UNKNOWN
            if name == "str" and (v is None or isinstance(v, (str, int, bool))):
                return F.binary("+", "", str(v))
            if name == "int" and isinstance(v, (int, float, str)):
                try:
                    return F.binary("+", int(v), 0)
                except (ValueError, OverflowError):
                    return UNKNOWN
            if name == "abs" and isinstance(v, (int, float)):
                return abs(v)
            if name == "bool":
                return F.truth(v)
            return UNKNOWN
        if fn.type == "attribute" and not args:
            obj, attr = fn.child_by_field_name("object"), fn.child_by_field_name("attribute")
            method = F.STR_METHODS.get(self.text(attr)) if attr is not None else None
            if method is None or obj is None:
                return UNKNOWN
            v = self.const_of(obj, env, d)
            return method(v) if isinstance(v, str) else UNKNOWN
        return UNKNOWN

    def _config_get(self, fn: ts.Node, args: list[ts.Node], env: Env, d: int) -> object | None:
        """`parser.get(section, option)` on a config parser whose option was set to a constant
        in the code: that value (UNKNOWN when not known); None when `fn` is no such call."""
        attr, obj = fn.child_by_field_name("attribute"), fn.child_by_field_name("object")
        if attr is None or obj is None or self.text(attr) != "get":
            return None
        shape = self.shape_of(obj, env)
        if shape is None or shape.kind != "config":
            return None
        pos = [a for a in args if a.type != "keyword_argument"]
        if len(pos) != 2 or len(args) != 2:
            return UNKNOWN
        key = (self.const_of(pos[0], env, d), self.const_of(pos[1], env, d))
        if not all(isinstance(k, str) for k in key):
            return UNKNOWN
        i = shape.find(key)
        return shape.knowns[i] if i >= 0 else UNKNOWN

    def index_of(self, node: ts.Node, env: Env, depth: int = 0) -> object:
        """The constant index of a subscript: a value, a slice, or UNKNOWN."""
        if node.type != "slice":
            return self.const_of(node, env, depth + 1)
        parts: list[object] = [None]
        for c in node.children:
            if not c.is_named and self.text(c) == ":":
                parts.append(None)
            elif c.is_named and c.type != "comment":
                v = self.const_of(c, env, depth + 1)
                if not (v is None or (isinstance(v, int) and not isinstance(v, bool))):
                    return UNKNOWN
                parts[-1] = v
        if len(parts) > 3:
            return UNKNOWN
        while len(parts) < 3:
            parts.append(None)
        if parts[2] == 0:
            return UNKNOWN
        return slice(parts[0], parts[1], parts[2])

    def _known_element(self, shape: Shape, idx: object) -> object:
        if shape.kind == "seq":
            n = len(shape.knowns)
            if isinstance(idx, int) and not isinstance(idx, bool) and -n <= idx < n:
                return shape.knowns[idx]
            return UNKNOWN
        if shape.kind == "map" and _hashable(idx):
            i = shape.find(idx)
            return shape.knowns[i] if i >= 0 else UNKNOWN
        return UNKNOWN

    def shape_of(self, node: ts.Node | None, env: Env, depth: int = 0) -> Shape | None:
        """What is known of the elements of a container expression, or None."""
        if node is None or depth > 8:
            return None
        node = _strip(node)
        t = node.type
        if t in ("identifier", "attribute"):
            k = self.dotted(node)
            return env.shapes.get(k) if k is not None else None
        if t in ("list", "tuple"):
            items = [c for c in node.named_children if c.type != "comment"]
            if len(items) > MAX_ELEMENTS or any(
                c.type in ("list_splat", "parenthesized_list_splat", "yield") for c in items
            ):
                return None
            probe = env.copy()
            return Shape(
                "seq",
                (),
                tuple(self.eval(c, probe, 0) for c in items),
                tuple(self.const_of(c, env) for c in items),
            )
        if t == "dictionary":
            pairs = [c for c in node.named_children if c.type != "comment"]
            if len(pairs) > MAX_ELEMENTS:
                return None
            probe = env.copy()
            shape = Shape("map", (), (), ())
            for pair in pairs:
                if pair.type != "pair":
                    return None
                key = self.const_of(pair.child_by_field_name("key"), env)
                value = pair.child_by_field_name("value")
                if not _hashable(key) or value is None:
                    return None
                put = shape.put(key, self.eval(value, probe, 0), self.const_of(value, env))
                if put is None:
                    return None
                shape = put
            return shape
        if t == "binary_operator":
            op = node.child_by_field_name("operator")
            if op is None or self.text(op) != "+":
                return None
            lhs = self.shape_of(node.child_by_field_name("left"), env, depth + 1)
            rhs = self.shape_of(node.child_by_field_name("right"), env, depth + 1)
            if lhs is None or rhs is None or lhs.kind != "seq" or rhs.kind != "seq":
                return None
            return _concat(lhs, rhs)
        if t == "subscript":
            value = node.child_by_field_name("value")
            subs = node.children_by_field_name("subscript")
            if value is None or len(subs) != 1 or subs[0].type != "slice":
                return None
            whole = self.shape_of(value, env, depth + 1)
            idx = self.index_of(subs[0], env)
            if whole is None or whole.kind != "seq" or not isinstance(idx, slice):
                return None
            return Shape("seq", (), whole.vals[idx], whole.knowns[idx])
        if t == "conditional_expression":
            parts = node.named_children
            if len(parts) >= 3:
                truth = F.truth(self.const_of(parts[1], env))
                if truth is not None:
                    return self.shape_of(parts[0] if truth else parts[2], env, depth + 1)
            return None
        if t == "call":
            fn = node.child_by_field_name("function")
            argl = node.child_by_field_name("arguments")
            if fn is None or argl is None or argl.type != "argument_list":
                return None
            args = [c for c in argl.named_children if c.type != "comment"]
            if fn.type == "attribute":
                attr = fn.child_by_field_name("attribute")
                if attr is not None and self.text(attr) == "copy" and not args:
                    return self.shape_of(fn.child_by_field_name("object"), env, depth + 1)
                dotted = self.dotted(fn)
                name = self.canon(dotted) if dotted is not None else ""
            else:
                name = self.canon(self.text(fn)) if fn.type == "identifier" else ""
            if name in _CONFIG_FACTORIES:
                return Shape("config", (), (), ())
            if name in _SEQ_FACTORIES and len(args) <= 1:
                if not args:
                    return Shape("seq", (), (), ())
                inner = self.shape_of(args[0], env, depth + 1)
                return inner if inner is not None and inner.kind == "seq" else None
            if name in _MAP_FACTORIES:
                shape = Shape("map", (), (), ())
                positional = [a for a in args if a.type != "keyword_argument"]
                if name.endswith("defaultdict") and positional:
                    positional = positional[1:]
                if positional:
                    if len(positional) > 1:
                        return None
                    copied = self.shape_of(positional[0], env, depth + 1)
                    if copied is None or copied.kind != "map":
                        return None
                    shape = copied
                probe = env.copy()
                for a in args:
                    if a.type == "keyword_argument":
                        kw_name = a.child_by_field_name("name")
                        kw_value = a.child_by_field_name("value")
                        if kw_name is None or kw_value is None:
                            return None
                        put = shape.put(
                            self.text(kw_name),
                            self.eval(kw_value, probe, 0),
                            self.const_of(kw_value, env),
                        )
                        if put is None:
                            return None
                        shape = put
                return shape
        return None

    def _store(
        self, target: ts.Node, val: Val, env: Env, *, weak: bool, known: object = UNKNOWN
    ) -> None:
        """`container[index] = val` (or `+=` when `weak`)."""
        value = target.child_by_field_name("value")
        k = self.dotted(value) if value is not None else None
        if k is None:
            return
        subs = target.children_by_field_name("subscript")
        shape = env.shapes.get(k)
        if shape is not None and len(subs) == 1:
            idx = self.index_of(subs[0], env)
            new: Shape | None = None
            if shape.kind == "seq" and isinstance(idx, int) and not isinstance(idx, bool):
                n = len(shape.vals)
                if -n <= idx < n:
                    i = idx % n
                    v = union(shape.vals[i], val) if weak else val
                    new = shape.replaced(i, v, UNKNOWN if weak else known)
            elif shape.kind == "map" and idx is not UNKNOWN and _hashable(idx):
                i = shape.find(idx)
                old = shape.vals[i] if i >= 0 else CLEAN
                new = shape.put(idx, union(old, val) if weak else val, UNKNOWN if weak else known)
            if new is not None:
                env.set(k, CLEAN, shape=new, const=not new.taint())
                return
        env.add(k, val)

    def _delete(self, target: ts.Node, env: Env) -> None:
        target = _strip(target)
        if target.type == "identifier":
            env.set(self.text(target), CLEAN)
            return
        if target.type != "subscript":
            return
        value = target.child_by_field_name("value")
        k = self.dotted(value) if value is not None else None
        shape = env.shapes.get(k) if k is not None else None
        subs = target.children_by_field_name("subscript")
        if k is None or shape is None or len(subs) != 1:
            return
        idx = self.index_of(subs[0], env)
        i = -1
        if shape.kind == "seq" and isinstance(idx, int) and not isinstance(idx, bool):
            if -len(shape.vals) <= idx < len(shape.vals):
                i = idx % len(shape.vals)
        elif shape.kind == "map" and _hashable(idx) and idx is not UNKNOWN:
            i = shape.find(idx)
        if i >= 0:
            new = shape.drop(i)
            env.set(k, CLEAN, shape=new, const=not new.taint())
        elif idx is UNKNOWN or isinstance(idx, slice):
            env.shapes.pop(k, None)

    def _container_call(
        self,
        key: str,
        shape: Shape,
        method: str,
        args: list[ts.Node],
        *,
        argv: list[Val],
        env: Env,
    ) -> Val | None:
        """A method call on a container whose elements are known: its result, after updating
        the container; None when the method is not modelled (the container loses its shape)."""
        pos = [(a, v) for a, v in zip(args, argv, strict=True) if a.type != "keyword_argument"]
        kw = {
            self.text(kname): (a, v)
            for a, v in zip(args, argv, strict=True)
            if a.type == "keyword_argument" and (kname := a.child_by_field_name("name")) is not None
        }
        if any(a.type in ("list_splat", "dictionary_splat") for a in args):
            env.add(key, union(*argv))
            return None
        consts = [self.const_of(a, env) for a, _ in pos]
        result: Val = CLEAN
        new: Shape | None = shape
        if shape.kind == "seq":
            n = len(shape.vals)
            if method in ("append", "appendleft") and len(pos) == 1:
                item = ((pos[0][1],), (consts[0],))
                if n >= MAX_ELEMENTS:
                    new = None
                elif method == "append":
                    new = Shape("seq", (), shape.vals + item[0], shape.knowns + item[1])
                else:
                    new = Shape("seq", (), item[0] + shape.vals, item[1] + shape.knowns)
            elif method == "insert" and len(pos) == 2 and isinstance(consts[0], int):
                vals, knowns = list(shape.vals), list(shape.knowns)
                vals.insert(consts[0], pos[1][1])
                knowns.insert(consts[0], consts[1])
                new = Shape("seq", (), tuple(vals), tuple(knowns)) if n < MAX_ELEMENTS else None
            elif method in ("extend", "extendleft") and len(pos) == 1:
                other = self.shape_of(pos[0][0], env)
                if other is None or other.kind != "seq":
                    new = None
                elif method == "extend":
                    new = _concat(shape, other)
                else:
                    new = _concat(Shape("seq", (), other.vals[::-1], other.knowns[::-1]), shape)
            elif method in ("pop", "popleft") and len(pos) <= 1:
                at: object = consts[0] if pos else (-1 if method == "pop" else 0)
                if not isinstance(at, int) or isinstance(at, bool):
                    new = None
                    result = shape.taint()
                elif -n <= at < n:
                    result = shape.vals[at]
                    new = shape.drop(at % n)
            elif method == "remove" and len(pos) == 1:
                target = consts[0]
                new = None
                if target is not UNKNOWN:
                    new = shape
                    for i, kn in enumerate(shape.knowns):
                        if kn is UNKNOWN:
                            new = None
                            break
                        if _equal(kn, target):
                            new = shape.drop(i)
                            break
            elif method == "clear" and not pos:
                new = Shape("seq", (), (), ())
            elif method == "reverse" and not pos:
                new = Shape("seq", (), shape.vals[::-1], shape.knowns[::-1])
            elif method == "copy":
                return shape.taint()
            else:
                env.shapes.pop(key, None)
                return None
        elif shape.kind == "map":
            k = consts[0] if pos else UNKNOWN
            i = shape.find(k) if pos and _hashable(k) and k is not UNKNOWN else -2
            default = pos[1][1] if len(pos) > 1 else CLEAN
            if method == "get" and 1 <= len(pos) <= 2:
                return (
                    union(shape.taint(), default)
                    if i == -2
                    else (shape.vals[i] if i >= 0 else default)
                )
            if method == "pop" and 1 <= len(pos) <= 2:
                if i == -2:
                    new = None
                    result = union(shape.taint(), default)
                elif i >= 0:
                    result = shape.vals[i]
                    new = shape.drop(i)
                else:
                    result = default
            elif method == "setdefault" and 1 <= len(pos) <= 2:
                if i == -2:
                    new = None
                    result = union(shape.taint(), default)
                elif i >= 0:
                    result = shape.vals[i]
                else:
                    result = default
                    new = shape.put(k, default, consts[1] if len(pos) > 1 else None)
            elif method == "update" and len(pos) <= 1:
                other = self.shape_of(pos[0][0], env) if pos else Shape("map", (), (), ())
                if other is None or other.kind != "map":
                    new = None
                else:
                    for ok, ov, okn in zip(other.keys, other.vals, other.knowns, strict=True):
                        new = new.put(ok, ov, okn) if new is not None else None
                    for name, (a, v) in kw.items():
                        value = a.child_by_field_name("value")
                        kn = self.const_of(value, env) if value is not None else UNKNOWN
                        new = new.put(name, v, kn) if new is not None else None
            elif method == "keys" and not args:
                return CLEAN
            elif method in ("values", "items", "copy") and not args:
                return shape.taint()
            elif method == "clear" and not args:
                new = Shape("map", (), (), ())
            else:
                env.shapes.pop(key, None)
                return None
        else:  # a config parser
            section_key: object = (
                (consts[0], consts[1])
                if len(pos) >= 2 and isinstance(consts[0], str) and isinstance(consts[1], str)
                else UNKNOWN
            )
            if method == "set" and len(pos) == 3:
                new = (
                    shape.put(section_key, pos[2][1], consts[2])
                    if section_key is not UNKNOWN
                    else None
                )
            elif method == "get" and len(pos) >= 2:
                fallback = kw.get("fallback", (None, CLEAN))[1]
                if section_key is UNKNOWN:
                    return union(shape.taint(), fallback)
                i = shape.find(section_key)
                return shape.vals[i] if i >= 0 else fallback
            elif method in ("getint", "getfloat", "getboolean"):
                return CLEAN
            elif method == "remove_option" and len(pos) == 2:
                if section_key is UNKNOWN:
                    return CLEAN
                i = shape.find(section_key)
                new = shape.drop(i) if i >= 0 else shape
            elif method in _CONFIG_QUIET and not any(argv):
                return CLEAN
            else:
                env.shapes.pop(key, None)
                return None
        if new is None:
            env.add(key, union(*argv))
        elif new is not shape:
            env.set(key, CLEAN, shape=new, const=not new.taint())
        return result

    def _stringish(self, left: ts.Node | None, right: ts.Node | None) -> bool:
        return any(
            n is not None and n.type in ("string", "list", "identifier") for n in (left, right)
        )

    def _call(self, node: ts.Node, env: Env, d: int) -> Val:
        fn = node.child_by_field_name("function")
        argl = node.child_by_field_name("arguments")
        if fn is None:
            return CLEAN
        args = [a for a in argl.named_children if a.type != "comment"] if argl is not None else []
        if argl is not None and argl.type == "generator_expression":
            args = [argl]
        recv = fn.child_by_field_name("object") if fn.type == "attribute" else None
        dotted = self.dotted(fn)
        name = self.canon(dotted) if dotted is not None else None
        if fn.type == "attribute":
            attr = fn.child_by_field_name("attribute")
            last = self.text(attr) if attr is not None else ""
        else:
            last = name.rsplit(".", 1)[-1] if name else ""
        if name in T.PY_CLEAN_CALLS or (recv is not None and last in T.PY_CLEAN_METHODS):
            for a in args:
                if a.type == "named_expression":
                    self.eval(a, env, d)
            return CLEAN
        kinds = self._sanitiser(name, last, recv, args)
        if kinds is not None:
            vals = [self.eval(a, env, d) for a in args]
            if recv is not None:
                vals.append(self.eval(recv, env, d))
            return sanitise(union(*vals), kinds)
        src = self.source_of(node)
        if src is not None:
            return src
        argv = [self.eval(a, env, d) for a in args]
        if recv is not None:
            rk = self.key(recv)
            shape = env.shapes.get(rk) if rk is not None else None
            if rk is not None and shape is not None:
                result = self._container_call(rk, shape, last, args, argv=argv, env=env)
                if result is not None:
                    return result
            method = self._method_summary(recv, last)
            if method is not None:
                return union(self.eval(recv, env, d), self._apply(method, args, argv, 1))
            if last in ("get", "pop", "getlist") and self.is_const_coll(recv, env):
                return union(*argv[1:])
            rv = self.eval(recv, env, d)
            if last in T.PY_RESPONSE_METHODS:
                rv = activate(rv, T.RESPONSE_TRUSTED)  # a response's body
            if last in ("get", "pop", "setdefault"):
                return union(rv, *argv[1:])
            if last in T.PY_MUTATORS and any(argv):
                k = self.key(recv)
                if k is not None:
                    env.add(k, union(*argv))
            return union(rv, *argv)
        if dotted is not None and "." not in dotted:
            summary = self._summary(dotted)
            if summary is not None:
                return self._apply(summary, args, argv, 0)
        return union(*argv)

    def _sanitiser(
        self, name: str | None, last: str, recv: ts.Node | None, args: list[ts.Node]
    ) -> Kinds | None:
        if name is not None:
            kinds = T.PY_SANITISERS.get(name)
            if kinds is not None:
                return kinds
        if name in ("re.sub", "regex.sub") and len(args) >= 3:
            pattern = self._literal(args[0])
            repl = self._literal(args[1])
            if pattern is not None and repl is not None and not repl.strip():
                return T.class_sanitises(pattern)
            return None
        if recv is not None:
            if last == "replace" and args:
                old = self._literal(args[0])
                if old is not None and old in ("\n", "\r", "\r\n"):
                    return frozenset({"header", "log"})
                return None
            if last == "sub" and len(args) >= 2:
                # A compiled pattern: PATTERN.sub("", value).
                repl = self._literal(args[0])
                if repl is not None and not repl.strip():
                    pattern = self._compiled_pattern(recv)
                    if pattern is not None:
                        return T.class_sanitises(pattern)
                return None
            return T.PY_SANITISER_METHODS.get(last)
        return None

    def _compiled_pattern(self, recv: ts.Node) -> str | None:
        recv = _strip(recv)
        if recv.type == "call":
            fn = recv.child_by_field_name("function")
            argl = recv.child_by_field_name("arguments")
            if (
                fn is not None
                and self.dotted(fn) in ("re.compile",)
                and argl is not None
                and argl.named_child_count
            ):
                return self._literal(argl.named_children[0])
        return None

    def _literal(self, node: ts.Node) -> str | None:
        """The value of a plain string literal (prefixes and quotes stripped), else None."""
        if node.type != "string":
            return None
        if any(c.type == "interpolation" for c in node.named_children):
            return None
        text = self.text(node)
        m = re.match(r"^([rRbBuU]{0,2})('''|\"\"\"|'|\")(.*)\2$", text, re.S)
        if not m:
            return None
        body = m.group(3)
        if "r" not in m.group(1).lower():
            body = body.replace("\\n", "\n").replace("\\r", "\r").replace("\\\\", "\\")
        return body

    def _summary(self, name: str) -> _Summary | None:
        """What a call to the function `name` of this document returns."""
        func = self.functions.get(name)
        if func is None:
            return None
        key = func.id
        if key in self._summaries:
            return self._summaries[key]
        self._summaries[key] = None  # recursion: the default propagation
        facts = self.facts(func)
        starts: dict[int, int] = {}
        names: dict[str, int] = {}
        exact = True
        params = func.child_by_field_name("parameters")
        for i, p in enumerate(params.named_children if params is not None else []):
            if p.type in ("list_splat_pattern", "dictionary_splat_pattern", "keyword_separator",
                          "positional_separator"):  # fmt: skip
                exact = False
            node = p if p.type == "identifier" else p.child_by_field_name("name")
            if node is None and p.named_child_count:
                node = p.named_children[0]
            if node is not None and node.type == "identifier":
                starts[self.doc.span(node).start] = i
                names[self.text(node)] = i
        extra: Val = CLEAN
        reach: dict[int, Kinds] = {}
        generator = False
        stack = [func.child_by_field_name("body")]
        returns: list[ts.Node] = []
        while stack:
            n = stack.pop()
            if n is None:
                continue
            if n.type in ("return_statement",):
                returns.append(n)
            elif n.type in ("yield", "yield_statement"):
                generator = True
            elif n.type not in ("function_definition", "lambda", "class_definition"):
                stack.extend(n.named_children)
        if generator:
            return None
        for ret in returns:
            if not ret.named_child_count:
                continue
            env = facts.record.get(ret.id)
            if env is None:
                continue
            val = self.eval(ret.named_children[0], env.copy(), 0)
            for flow in val:
                idx = starts.get(flow.taint.source_span.start)
                if flow.taint.strength == "parameter" and idx is not None:
                    reach[idx] = flow.cleaned if idx not in reach else reach[idx] & flow.cleaned
                else:
                    extra = union(extra, frozenset({flow}))
        result = _Summary(extra, reach, names, exact)
        self._summaries[key] = result
        return result

    def _method_summary(self, recv: ts.Node, method: str) -> _Summary | None:
        """The summary of a method defined in a class of this document, for `obj.method()`
        where `obj` is not an imported module."""
        if method in _LIBRARY_METHODS or method.startswith("__"):
            return None
        func = self.functions.get(method)
        if func is None or not self._in_class(func):
            return None
        names, _ = self.chain(recv)
        if names and (names[0] in self.modules or names[0] in self.aliases.values()
                      or "." in self.aliases.get(names[0], "")):  # fmt: skip
            return None
        params = func.child_by_field_name("parameters")
        first = (
            params.named_children[0] if params is not None and params.named_child_count else None
        )
        if first is None or self.text(first) not in ("self", "cls"):
            return None
        return self._summary(method)

    def _apply(self, summary: _Summary, args: list[ts.Node], argv: list[Val], offset: int) -> Val:
        """The result of a call through a summary; `offset` skips a bound `self`."""
        out = summary.extra
        if not summary.reach:
            return out
        if not summary.exact or any(a.type in ("list_splat", "dictionary_splat") for a in args):
            cleaned: Kinds | None = None
            for kinds in summary.reach.values():
                cleaned = kinds if cleaned is None else cleaned & kinds
            return union(out, sanitise(union(*argv), cleaned or frozenset()))
        pos = offset
        for a, v in zip(args, argv, strict=True):
            idx: int | None
            if a.type == "keyword_argument":
                name = a.child_by_field_name("name")
                idx = summary.names.get(self.text(name)) if name is not None else None
            else:
                idx = pos
                pos += 1
            if idx is not None and idx in summary.reach:
                out = union(out, sanitise(v, summary.reach[idx]))
        return out

    # ---- conditions --------------------------------------------------------------------------
    def conditions(self, cond: ts.Node, env: Env) -> tuple[Refinement, Refinement]:
        cond = _strip(cond)
        t = cond.type
        if t == "not_operator":
            arg = cond.child_by_field_name("argument")
            if arg is None:
                return {}, {}
            a, b = self.conditions(arg, env)
            return b, a
        if t == "boolean_operator":
            op = cond.child_by_field_name("operator")
            left, right = cond.child_by_field_name("left"), cond.child_by_field_name("right")
            if left is None or right is None or op is None:
                return {}, {}
            lt, lf = self.conditions(left, env)
            if self.text(op) == "and":
                rt, _ = self.conditions(right, refine(env, lt))
                return _merge(lt, rt), {}
            _, rf = self.conditions(right, refine(env, lf))
            return {}, _merge(lf, rf)
        if t == "named_expression":
            value = cond.child_by_field_name("value")
            return self.conditions(value, env) if value is not None else ({}, {})
        if t == "comparison_operator":
            return self._comparison(cond, env)
        if t == "call":
            return self._guard_call(cond, env), {}
        return {}, {}

    def _comparison(self, cond: ts.Node, env: Env) -> tuple[Refinement, Refinement]:
        operands = cond.named_children
        ops = [c for c in cond.children if not c.is_named]
        if len(operands) != 2 or not ops:
            return {}, {}
        op = " ".join(self.text(o) for o in ops)
        left, right = _strip(operands[0]), _strip(operands[1])
        if op in ("in", "not in"):
            k = self.key(left)
            facts: Refinement = {}
            if k is not None and right.type != "string" and self._allow_list(right, env):
                facts = {k: ALL}
            elif left.type == "string":
                lit = self._literal(left) or ""
                rk = self.key(right)
                if rk is not None and (".." in lit or "/" in lit or "\\" in lit):
                    # `if ".." in name: abort()`: the fall-through path is clean of traversal.
                    return (
                        ({}, {rk: frozenset({"path"})})
                        if op == "in"
                        else ({rk: frozenset({"path"})}, {})
                    )
            return (facts, {}) if op == "in" else ({}, facts)
        if op in ("==", "is", "!=", "is not"):
            facts = {}
            for a, b in ((left, right), (right, left)):
                k = self.key(a)
                if k is not None and b.type in ("string", "integer", "float", "true", "false"):
                    facts = {k: ALL}
                if b.type == "call":
                    fn = b.child_by_field_name("function")
                    fname = self.dotted(fn) if fn is not None else None
                    if fname is not None and fname.endswith(("commonpath", "commonprefix")):
                        for arg in self._descend_keys(b):
                            facts[arg] = frozenset({"path"})
            return (facts, {}) if op in ("==", "is") else ({}, facts)
        return {}, {}

    def _descend_keys(self, node: ts.Node) -> list[str]:
        out: list[str] = []
        stack = [node]
        while stack and len(out) < 8:
            n = stack.pop()
            if n.type in ("identifier", "attribute"):
                k = self.dotted(n)
                if k is not None and n.parent is not None and n.parent.type != "attribute":
                    out.append(k)
                    continue
            stack.extend(n.named_children)
        return out

    def _allow_list(self, node: ts.Node, env: Env) -> bool:
        if node.type in ("string", "concatenated_string"):
            return False
        if self.is_const_coll(node, env):
            return True
        return not self.eval(node, env.copy(), 0)

    def _guard_call(self, call: ts.Node, env: Env) -> Refinement:
        fn = call.child_by_field_name("function")
        argl = call.child_by_field_name("arguments")
        if fn is None:
            return {}
        args = [a for a in argl.named_children if a.type != "keyword_argument"] if argl else []
        if argl is not None and argl.type == "generator_expression":
            args = [argl]
        dotted = self.dotted(fn)
        name = self.canon(dotted) if dotted is not None else ""
        recv = fn.child_by_field_name("object") if fn.type == "attribute" else None
        last = (
            name.rsplit(".", 1)[-1]
            if name
            else (self.text(fn.child_by_field_name("attribute") or fn) if recv is not None else "")
        )
        if last in ("match", "fullmatch", "search"):
            target = None
            if name.startswith(("re.", "regex.")) and len(args) >= 2:
                target = args[1]
            elif recv is not None and args and not name.startswith(("re.", "regex.")):
                target = args[0]
            k = self.key(target) if target is not None else None
            return {k: ALL} if k is not None else {}
        if recv is not None and last == "issubset" and args and self._allow_list(args[0], env):
            subject = _strip(recv)
            if subject.type == "call":  # set(x).issubset(ALLOWED)
                inner = subject.child_by_field_name("arguments")
                if inner is not None and inner.named_child_count == 1:
                    subject = inner.named_children[0]
            k = self.key(subject)
            return {k: ALL} if k is not None else {}
        if name == "all" and len(args) == 1 and args[0].type == "generator_expression":
            return self._all_chars(args[0], env)
        if recv is not None and last in T.VALIDATING_METHODS:
            k = self.key(recv)
            return {k: ALL} if k is not None else {}
        if recv is not None and last in ("startswith", "is_relative_to"):
            subject = _strip(recv)
            if subject.type == "call":  # Path(x).resolve().is_relative_to(base)
                keys = self._descend_keys(subject)
                return {k: frozenset({"path"}) for k in keys if self._normalised(k, env, True)}
            k = self.key(subject)
            if k is not None and self._normalised(k, env, last == "is_relative_to"):
                return {k: frozenset({"path"})}
            return {}
        if name == "isinstance" and len(args) == 2:
            k = self.key(args[0])
            if k is not None and re.search(
                r"\b(int|float|bool|UUID|Decimal)\b", self.text(args[1])
            ):
                return {k: ALL}
            return {}
        if last and T.VALIDATOR_NAME.search(last) and args:
            k = self.key(args[0])
            return {k: ALL} if k is not None else {}
        return {}

    def _all_chars(self, gen: ts.Node, env: Env) -> Refinement:
        """`all(c in ALLOWED for c in x)` (or `c.isalnum()`) proves `x` clean."""
        body = gen.child_by_field_name("body")
        clauses = [c for c in gen.named_children if c.type == "for_in_clause"]
        if body is None or len(clauses) != 1:
            return {}
        var, it = clauses[0].child_by_field_name("left"), clauses[0].child_by_field_name("right")
        if var is None or it is None or var.type != "identifier":
            return {}
        subject = self.key(it)
        if subject is None:
            return {}
        probe = env.copy()
        probe.vars[self.text(var)] = self.source(var, "", "input")
        true, _ = self.conditions(body, probe)
        kinds = true.get(self.text(var))
        return {subject: kinds} if kinds else {}

    def _normalised(self, key: str, env: Env, lenient: bool) -> bool:
        val = env.get(key)
        if not val:
            return False
        return lenient or all(NORMALISED in f.cleaned for f in val)

    # ---- the context inside a statement ----------------------------------------------------
    def enter(self, outer: ts.Node, inner: ts.Node, env: Env) -> Env:
        t = outer.type
        if t in _COMPREHENSIONS:
            out = env.copy()
            for c in outer.named_children:
                if c.start_byte >= inner.start_byte and c.id != inner.id:
                    break
                if c.type == "for_in_clause":
                    if c.id == inner.id:
                        break
                    left, right = c.child_by_field_name("left"), c.child_by_field_name("right")
                    it = self.eval(right, out, 0) if right is not None else CLEAN
                    if left is not None:
                        self.bind(left, it, out)
                elif c.type == "if_clause" and c.named_child_count and c.id != inner.id:
                    true, _ = self.conditions(c.named_children[0], out)
                    out = refine(out, true)
            if inner.type not in ("for_in_clause", "if_clause"):
                for c in outer.named_children:
                    if c.type == "for_in_clause" and c.start_byte > inner.start_byte:
                        left, right = c.child_by_field_name("left"), c.child_by_field_name("right")
                        it = self.eval(right, out, 0) if right is not None else CLEAN
                        if left is not None:
                            self.bind(left, it, out)
            return out
        if t == "lambda":
            out = env.copy()
            params = outer.child_by_field_name("parameters")
            for p in params.named_children if params is not None else []:
                n = p if p.type == "identifier" else p.child_by_field_name("name")
                if n is not None and n.type == "identifier":
                    name = self.text(n)
                    out.set(name, self.source(n, f"parameter '{name}'", "parameter"))
            return out
        if t == "conditional_expression":
            parts = outer.named_children
            if len(parts) >= 3 and inner.id in (parts[0].id, parts[2].id):
                true, false = self.conditions(parts[1], env)
                return refine(env, true if inner.id == parts[0].id else false)
            return env
        if t == "boolean_operator":
            left, right = outer.child_by_field_name("left"), outer.child_by_field_name("right")
            op = outer.child_by_field_name("operator")
            if left is not None and right is not None and op is not None and inner.id == right.id:
                true, false = self.conditions(left, env)
                return refine(env, true if self.text(op) == "and" else false)
            return env
        return env
