"""The JavaScript and TypeScript front end of the taint analysis."""

from __future__ import annotations

import re
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
    _Loop,
    activate,
    join_all,
    refine,
    sanitise,
    union,
)

if TYPE_CHECKING:
    from redline.code.document import Document

_SCOPES: Final = frozenset(
    {
        "function_declaration", "function_expression", "function", "arrow_function",
        "method_definition", "generator_function_declaration", "generator_function",
    }
)  # fmt: skip
_LITERALS: Final = frozenset(
    {"number", "true", "false", "null", "undefined", "regex", "comment", "string_fragment",
     "escape_sequence", "property_identifier", "type_annotation", "type_arguments",
     "predefined_type", "arrow_function", "function_expression", "function", "class",
     "generator_function", "this", "super", "import", "meta_property"}
)  # fmt: skip
_IDENT: Final = frozenset({"identifier", "shorthand_property_identifier"})
_WRAPPERS: Final = frozenset(
    {"parenthesized_expression", "await_expression", "non_null_expression", "as_expression",
     "satisfies_expression", "type_assertion", "spread_element", "jsx_expression"}
)  # fmt: skip
_CLEAN_OPS: Final = frozenset(
    {"-", "*", "/", "%", "**", "&", "|", "^", ">>", "<<", ">>>", "==", "===", "!=", "!==", "<",
     ">", "<=", ">=", "instanceof", "in"}
)  # fmt: skip
_CONST_NAME: Final = re.compile(r"[A-Z][A-Z0-9_]*")


def _merge(a: Refinement, b: Refinement) -> Refinement:
    out = dict(a)
    for k, v in b.items():
        out[k] = ALL if (v == ALL or out.get(k) == ALL) else out.get(k, frozenset()) | v
    return out


def _strip(node: ts.Node) -> ts.Node:
    while node.type in ("parenthesized_expression", "non_null_expression", "as_expression",
                        "await_expression") and node.named_child_count:  # fmt: skip
        node = node.named_children[0]
    return node


# Array methods that only read their receiver.
_JS_ARRAY_READERS: Final = frozenset(
    {"join", "slice", "concat", "map", "filter", "forEach", "includes", "indexOf", "find",
     "some", "every", "reduce", "toString", "flat", "flatMap", "findIndex", "lastIndexOf",
     "entries", "keys", "values", "findLast"}
)  # fmt: skip


def _js_key(v: float | int) -> str:
    """The property name a number key becomes (`o[1]` is `o["1"]`)."""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


def _js_index(v: object) -> object:
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def _js_number(v: object) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _js_binary(op: str, a: object, b: object) -> object:
    """A JavaScript operator on known operands, where it agrees with Python; else UNKNOWN."""
    if a is UNKNOWN or b is UNKNOWN:
        return UNKNOWN
    if op in ("===", "!==", "==", "!="):
        if (_js_number(a) and _js_number(b)) or (
            type(a) is type(b) and (a is None or isinstance(a, (str, bool)))
        ):
            eq = a == b
        elif (
            op in ("===", "!==")
            and (a is None or isinstance(a, (str, bool, int, float)))
            and (b is None or isinstance(b, (str, bool, int, float)))
        ):
            eq = False  # strict equality of different types
        else:
            return UNKNOWN
        return eq if op in ("===", "==") else not eq
    if op in ("<", ">", "<=", ">="):
        if (_js_number(a) and _js_number(b)) or (isinstance(a, str) and isinstance(b, str)):
            return F.compare(op, a, b)
        return UNKNOWN
    if op == "+":
        if isinstance(a, str) and isinstance(b, str):
            return F.binary("+", a, b)
        if _js_number(a) and _js_number(b):
            return F.binary("+", a, b)
        return UNKNOWN
    if op in ("-", "*", "/", "%", "**") and _js_number(a) and _js_number(b):
        if op == "%" and (a < 0 or b < 0):  # type: ignore[operator]
            return UNKNOWN  # the sign of the result differs from Python's
        return F.binary(op, a, b)
    return UNKNOWN


def _known_element(shape: Shape, idx: object) -> object:
    if shape.kind == "seq":
        idx = _js_index(idx)
        if isinstance(idx, int) and not isinstance(idx, bool) and 0 <= idx < len(shape.knowns):
            return shape.knowns[idx]
        return UNKNOWN
    if _js_number(idx):
        idx = _js_key(idx)  # type: ignore[arg-type]
    if isinstance(idx, str):
        i = shape.find(idx)
        return shape.knowns[i] if i >= 0 else UNKNOWN
    return UNKNOWN


def _element(shape: Shape, idx: object) -> Val | None:
    """The flows of `container[idx]`, or None when the index is not known."""
    if shape.kind == "seq":
        idx = _js_index(idx)
        if isinstance(idx, int) and not isinstance(idx, bool):
            return shape.vals[idx] if 0 <= idx < len(shape.vals) else CLEAN
        return None
    if _js_number(idx):
        idx = _js_key(idx)  # type: ignore[arg-type]
    if isinstance(idx, str):
        i = shape.find(idx)
        return shape.vals[i] if i >= 0 else CLEAN
    return None


class JavaScriptAnalysis(Analysis):
    SCOPE_TYPES = _SCOPES

    def __init__(self, doc: Document) -> None:
        super().__init__(doc)
        self.aliases: dict[str, str] = {}
        self.functions: dict[str, ts.Node | None] = {}
        self._summaries: dict[int, tuple[Val, bool, Kinds] | None] = {}
        self.const_names: set[str] = set()
        self._collect(self.doc.root)

    # ---- document-wide facts --------------------------------------------------------------
    def _collect(self, root: ts.Node) -> None:
        stack = [root]
        seen = 0
        while stack and seen < 50_000:
            n = stack.pop()
            seen += 1
            t = n.type
            if t == "import_statement":
                src = n.child_by_field_name("source")
                mod = self._string(src) if src is not None else None
                if mod is None:
                    continue
                for clause in n.named_children:
                    if clause.type != "import_clause":
                        continue
                    for c in clause.named_children:
                        if c.type == "identifier":
                            self.aliases[self.text(c)] = mod
                        elif c.type == "namespace_import" and c.named_child_count:
                            self.aliases[self.text(c.named_children[-1])] = mod
                        elif c.type == "named_imports":
                            for spec in c.named_children:
                                name = spec.child_by_field_name("name")
                                alias = spec.child_by_field_name("alias") or name
                                if name is not None and alias is not None:
                                    self.aliases[self.text(alias)] = f"{mod}.{self.text(name)}"
            elif t == "variable_declarator":
                name, value = n.child_by_field_name("name"), n.child_by_field_name("value")
                if name is None or value is None:
                    continue
                decl = n.parent
                if (
                    name.type == "identifier"
                    and decl is not None
                    and decl.type == "lexical_declaration"
                    and decl.child_count
                    and decl.children[0].type == "const"
                ):
                    self.const_names.add(self.text(name))
                value = _strip(value)
                mod = self._required(value)
                if mod is not None:
                    if name.type == "identifier":
                        self.aliases[self.text(name)] = mod
                    elif name.type == "object_pattern":
                        for p in name.named_children:
                            if p.type == "shorthand_property_identifier_pattern":
                                self.aliases[self.text(p)] = f"{mod}.{self.text(p)}"
                            elif p.type == "pair_pattern":
                                k, v = p.child_by_field_name("key"), p.child_by_field_name("value")
                                if k is not None and v is not None and v.type == "identifier":
                                    self.aliases[self.text(v)] = f"{mod}.{self.text(k)}"
                elif name.type == "identifier" and value.type in (
                    "arrow_function",
                    "function_expression",
                    "function",
                ):
                    key = self.text(name)
                    self.functions[key] = None if key in self.functions else value
                    stack.append(value)
            elif t in ("function_declaration", "generator_function_declaration"):
                fname = n.child_by_field_name("name")
                if fname is not None:
                    key = self.text(fname)
                    self.functions[key] = None if key in self.functions else n
                body = n.child_by_field_name("body")
                if body is not None:
                    stack.append(body)
            elif t in ("program", "statement_block", "lexical_declaration", "variable_declaration",
                       "export_statement", "arrow_function", "function_expression", "function",
                       "if_statement", "else_clause", "try_statement", "catch_clause",
                       "expression_statement", "call_expression", "arguments",
                       "class_declaration", "class_body", "method_definition",
                       "ERROR"):  # fmt: skip
                stack.extend(n.named_children)

    def _required(self, value: ts.Node) -> str | None:
        """`require("x")` -> "x" (also `require("x").y` -> "x.y")."""
        suffix = ""
        if value.type == "member_expression":
            prop = value.child_by_field_name("property")
            obj = value.child_by_field_name("object")
            if prop is None or obj is None:
                return None
            suffix = "." + self.text(prop)
            value = obj
        if value.type != "call_expression":
            return None
        fn, args = value.child_by_field_name("function"), value.child_by_field_name("arguments")
        if fn is None or args is None or self.text(fn) != "require" or not args.named_child_count:
            return None
        mod = self._string(args.named_children[0])
        return mod + suffix if mod is not None else None

    def _string(self, node: ts.Node) -> str | None:
        if node.type == "string":
            return "".join(self.text(c) for c in node.named_children if c.type == "string_fragment")
        if node.type == "template_string" and not any(
            c.type == "template_substitution" for c in node.named_children
        ):
            return "".join(self.text(c) for c in node.named_children if c.type == "string_fragment")
        return None

    # ---- names -----------------------------------------------------------------------------
    def dotted(self, node: ts.Node) -> str | None:
        parts: list[str] = []
        n = node
        for _ in range(24):
            t = n.type
            if t in ("identifier", "this", "shorthand_property_identifier"):
                parts.append(self.text(n))
                return ".".join(reversed(parts))
            if t == "member_expression":
                prop, obj = n.child_by_field_name("property"), n.child_by_field_name("object")
                if prop is None or obj is None or prop.type == "private_property_identifier":
                    return None
                parts.append(self.text(prop))
                n = obj
                continue
            return None
        return None

    def canon(self, name: str) -> str:
        root, _, rest = name.partition(".")
        full = self.aliases.get(root)
        if full is None:
            return name
        full = full.removeprefix("node:")
        return f"{full}.{rest}" if rest else full

    def chain(self, node: ts.Node) -> tuple[list[str], bool]:
        parts: list[str] = []
        n = node
        called = node.type == "call_expression"
        for _ in range(32):
            t = n.type
            nxt: ts.Node | None
            if t == "member_expression":
                prop = n.child_by_field_name("property")
                if prop is not None:
                    parts.append(self.text(prop))
                nxt = n.child_by_field_name("object")
            elif t == "call_expression":
                nxt = n.child_by_field_name("function")
            elif t == "subscript_expression":
                nxt = n.child_by_field_name("object")
            elif t in _WRAPPERS:
                nxt = n.named_children[0] if n.named_child_count else None
            elif t in ("identifier", "this"):
                parts.append(self.text(n))
                parts.reverse()
                return parts, called
            else:
                return [], called
            if nxt is None:
                return [], called
            n = nxt
        return [], called

    def source_of(self, node: ts.Node, env: Env) -> Val | None:
        names, called = self.chain(node)
        if not names:
            return None
        for skip in (2, 1):
            root = ".".join(names[:skip])
            if root in T.JS_REQUEST_ROOTS and len(names) > skip:
                attr = names[skip]
                if attr in T.JS_REQUEST_ATTRS:
                    if attr in ("get", "param", "header", "json", "text", "formData") and not (
                        called or len(names) > skip + 1
                    ):
                        return None
                    return self.source(node, ".".join(names[: skip + 1]), "input")
        if names[0] in ("ctx", "context") and len(names) > 1 and names[1] in T.JS_CTX_ATTRS:
            return self.source(node, ".".join(names[:2]), "input")
        joined = ".".join(names)
        for prefix in T.JS_SOURCE_PREFIXES:
            if joined == prefix or joined.startswith(prefix + "."):
                root = prefix.split(".", 1)[0]
                if root in env.vars and prefix.count(".") == 0:
                    return None
                return self.source(node, prefix, "input")
        if called and joined in T.JS_SOURCE_CALLS:
            return self.source(node, f"{joined}()", "input")
        if called and (joined in T.JS_HTTP_CALLS or self.canon(joined) in T.JS_HTTP_CALLS):
            return self.source(node, f"HTTP response of {joined}", "input", latent=True)
        if names[-1] == "value" and any(
            n in ("getElementById", "querySelector", "getElementsByName") for n in names
        ):
            return self.source(node, "DOM input value", "input")
        if called and names[0] in ("$", "jQuery") and names[-1] == "val":
            return self.source(node, "jQuery .val()", "input")
        if called and names[-1] == "get" and "searchParams" in names:
            return self.source(node, "URL searchParams", "input")
        return None

    def key(self, node: ts.Node) -> str | None:
        return self.dotted(_strip(node))

    def key_of(self, node: ts.Node) -> str | None:
        return self.key(node)

    def is_const_coll(self, node: ts.Node, env: Env) -> bool:
        node = _strip(node)
        if node.type in ("array", "object"):
            return not self.eval(node, env.copy(), 0)
        name = self.dotted(node)
        if name is None:
            return False
        if name in env.consts:
            return True
        last = name.rsplit(".", 1)[-1]
        return bool(_CONST_NAME.fullmatch(last)) and name not in env.vars

    # ---- scopes -----------------------------------------------------------------------------
    def initial_env(self, scope: ts.Node) -> Env:
        env = self.env_before(scope)
        parent = self.scope_of(scope)
        if parent.type == "program":
            final = self.facts(parent).final
            if final is not None:
                env = env.join(final)
            # Only `const` bindings surely hold their value when the function runs.
            for name in [k for k in env.known if k not in self.const_names]:
                del env.known[name]
        else:
            env.known.clear()
        env.shapes.clear()
        elem: Val | None = None
        holder = scope.parent
        if holder is not None and holder.type == "arguments":
            call = holder.parent
            fn = call.child_by_field_name("function") if call is not None else None
            if fn is not None and fn.type == "member_expression":
                prop, obj = fn.child_by_field_name("property"), fn.child_by_field_name("object")
                if (
                    prop is not None
                    and obj is not None
                    and self.text(prop) in T.JS_ITERATION_METHODS
                ):
                    elem = self.eval(obj, env.copy(), 0)
            if call is not None and call.type == "new_expression":
                elem = CLEAN  # new Promise((resolve, reject) => ...)
        single = scope.child_by_field_name("parameter")
        params = [single] if single is not None else []
        plist = scope.child_by_field_name("parameters")
        if plist is not None:
            params = [p for p in plist.named_children if p.type != "comment"]
        for i, p in enumerate(params):
            val: Val
            if elem is not None:
                val = elem if i == 0 or self.text(p) == "acc" else CLEAN
                self._bind_param(p, env, val)
                continue
            self._bind_param(p, env, None)
        return env

    def _bind_param(self, p: ts.Node, env: Env, val: Val | None) -> None:
        pattern = p
        if p.type in ("required_parameter", "optional_parameter"):
            type_node = p.child_by_field_name("type")
            pat = p.child_by_field_name("pattern")
            if pat is None:
                return
            pattern = pat
            if type_node is not None and self._clean_type(type_node):
                val = CLEAN
        elif p.type == "assignment_pattern":
            left = p.child_by_field_name("left")
            if left is None:
                return
            pattern = left
        names = self._pattern_names(pattern)
        for n in names:
            name = self.text(n)
            if name == "this":
                continue
            if val is None:
                env.set(name, self.source(n, f"parameter '{name}'", "parameter"))
            else:
                env.set(name, val)

    def _pattern_names(self, pattern: ts.Node) -> list[ts.Node]:
        out: list[ts.Node] = []
        stack = [pattern]
        while stack:
            n = stack.pop()
            if n.type in ("identifier", "shorthand_property_identifier_pattern"):
                out.append(n)
            elif n.type == "pair_pattern":
                v = n.child_by_field_name("value")
                if v is not None:
                    stack.append(v)
            elif n.type in ("assignment_pattern", "object_assignment_pattern"):
                left = n.child_by_field_name("left")
                if left is not None:
                    stack.append(left)
            elif n.type in ("object_pattern", "array_pattern", "rest_pattern"):
                stack.extend(n.named_children)
        return out

    def _clean_type(self, node: ts.Node) -> bool:
        text = self.text(node).lstrip(":").strip()
        parts = [p.strip() for p in text.split("|")]
        parts = [p for p in parts if p not in ("undefined", "null")]
        return bool(parts) and all(p in T.CLEAN_TYPES for p in parts)

    def walk_scope(self, scope: ts.Node, env: Env, facts: Facts) -> Env | None:
        if scope.type in _SCOPES:
            body = scope.child_by_field_name("body")
            if body is None:
                return env
            if body.type != "statement_block":
                self.record(body, env, facts)
                self.eval(body, env, 0)
                return None
            return self.exec_stmt(body, env, facts, 0)
        return self.exec_block(scope.named_children, env, facts, 0)

    # ---- statements --------------------------------------------------------------------------
    def exec_stmt(self, stmt: ts.Node, env: Env, facts: Facts, depth: int) -> Env | None:
        self.record(stmt, env, facts)
        if depth > MAX_BLOCK_DEPTH:
            return env
        t = stmt.type
        f = stmt.child_by_field_name
        if t in ("statement_block", "program", "ERROR", "class_body"):
            return self.exec_block(stmt.named_children, env, facts, depth + 1)
        if t == "expression_statement":
            for child in stmt.named_children:
                self.eval(child, env, 0)
                if self._terminates(child):
                    return None
            return env
        if t in ("lexical_declaration", "variable_declaration"):
            for decl in stmt.named_children:
                if decl.type != "variable_declarator":
                    continue
                name, value = decl.child_by_field_name("name"), decl.child_by_field_name("value")
                val = self.eval(value, env, 0) if value is not None else CLEAN
                if name is not None:
                    const = (
                        value is not None
                        and _strip(value).type in ("array", "object")
                        and (not val)
                    )
                    if value is not None and (mod := self._required(_strip(value))):
                        const = const or mod in ("path", "fs", "child_process")
                    self.bind(name, val, env, const=const, rhs=value)
            return env
        if t in ("return_statement", "throw_statement"):
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
            cond = f("condition")
            cons = f("consequence")
            alt = f("alternative")
            true: Refinement = {}
            false: Refinement = {}
            if cond is not None:
                self.eval(cond, env, 0)
                truth = F.truth(self.const_of(cond, env))
                if truth is True:
                    self.dead(alt, facts, depth + 1)
                    return self.exec_stmt(cons, env, facts, depth + 1) if cons else env
                if truth is False:
                    self.dead(cons, facts, depth + 1)
                    return self.exec_stmt(alt, env, facts, depth + 1) if alt is not None else env
                true, false = self.conditions(cond, env)
            a = self.exec_stmt(cons, refine(env, true), facts, depth + 1) if cons else env
            b_env = refine(env, false)
            b = self.exec_stmt(alt, b_env, facts, depth + 1) if alt is not None else b_env
            return join_all([a, b])
        if t == "else_clause":
            inner = stmt.named_children[0] if stmt.named_child_count else None
            return self.exec_stmt(inner, env, facts, depth + 1) if inner is not None else env
        if t == "for_statement":
            init = f("initializer")
            if init is not None:
                out0 = self.exec_stmt(init, env, facts, depth + 1)
                env = out0 if out0 is not None else env
            cond = f("condition")
            if cond is not None and cond.type == "expression_statement":
                cond = cond.named_children[0] if cond.named_child_count else None
            return self.loop(env, f("body"), facts, depth, cond=cond, infinite=cond is None)
        if t == "for_in_statement":
            left, right = f("left"), f("right")
            it = self.eval(right, env, 0) if right is not None else CLEAN
            out = self.loop(env, f("body"), facts, depth, bind=(left, it) if left else None)
            if out is not None:
                out = refine(out, self.char_guard(left, right, f("body"), env))
            return out
        if t == "while_statement":
            cond = f("condition")
            if cond is not None and F.truth(self.const_of(cond, env)) is False:
                self.dead(f("body"), facts, depth + 1)
                return env
            infinite = cond is not None and self.text(cond).replace(" ", "") in ("(true)", "(1)")
            return self.loop(env, f("body"), facts, depth, cond=cond, infinite=infinite)
        if t == "do_statement":
            return self.loop(env, f("body"), facts, depth)
        if t == "try_statement":
            return self._try(stmt, env, facts, depth)
        if t == "switch_statement":
            return self._switch(stmt, env, facts, depth)
        if t in ("function_declaration", "generator_function_declaration", "class_declaration",
                 "abstract_class_declaration"):  # fmt: skip
            name = f("name")
            if t.startswith(("class", "abstract")):
                body = f("body")
                if body is not None:
                    self.exec_stmt(body, env.copy(), facts, depth + 1)
            if name is not None:
                env.set(self.text(name), CLEAN)
            return env
        if t == "export_statement":
            declared = f("declaration")
            if declared is not None:
                return self.exec_stmt(declared, env, facts, depth + 1)
            value = f("value")
            if value is not None:
                self.eval(value, env, 0)
            return env
        if t == "labeled_statement":
            body = f("body")
            return self.exec_stmt(body, env, facts, depth + 1) if body is not None else env
        if t in ("import_statement", "empty_statement", "debugger_statement", "comment",
                 "type_alias_declaration", "interface_declaration", "enum_declaration",
                 "ambient_declaration", "hash_bang_line", "method_signature",
                 "abstract_method_signature", "method_definition"):  # fmt: skip
            return env
        if t in ("field_definition", "public_field_definition"):
            value = f("value")
            if value is not None:
                self.eval(value, env, 0)
            return env
        self.eval(stmt, env, 0)
        return env

    def _try(self, stmt: ts.Node, env: Env, facts: Facts, depth: int) -> Env | None:
        """`catch` may start from the state before the body, before any statement in it (at
        any depth) or at its end; `finally` from the end of the body or of `catch`, or from any
        of those states (an exception nothing catches, a `return`)."""
        f = stmt.child_by_field_name
        body = f("body")
        self.begin_guarded()
        try:
            out = self.exec_stmt(body, env.copy(), facts, depth + 1) if body is not None else env
        finally:
            inside = self.end_guarded()
        entry = join_all([env, inside, out])
        assert entry is not None
        outs: list[Env | None] = [out]
        self.begin_guarded()
        try:
            handler = f("handler")
            if handler is not None:
                h = entry.copy()
                self.record(handler, h, facts)
                param = handler.child_by_field_name("parameter")
                if param is not None:
                    self.bind(param, CLEAN, h)
                hb = handler.child_by_field_name("body")
                outs.append(self.exec_stmt(hb, h, facts, depth + 1) if hb is not None else h)
            result = join_all(outs)
            final = f("finalizer")
            if final is None:
                return result
            fin_in = join_all([result, entry, self.guarded_env()])
            assert fin_in is not None
            fb = final.child_by_field_name("body")
            if fb is None:
                return result
            return self.run_finally(
                lambda e: self.exec_stmt(fb, e, facts, depth + 1), result, fin_in
            )
        finally:
            self.end_guarded()

    def _switch(self, stmt: ts.Node, env: Env, facts: Facts, depth: int) -> Env | None:
        value = stmt.child_by_field_name("value")
        body = stmt.child_by_field_name("body")
        if value is not None:
            self.eval(value, env, 0)
        k = self.key(value) if value is not None else None
        cases = [
            c for c in (body.named_children if body is not None else [])
            if c.type in ("switch_case", "switch_default")
        ]  # fmt: skip
        chosen = self._chosen_case(value, cases, env)
        ctx = _Loop()
        self._loops.append(ctx)
        fall: Env | None = None
        has_default = False
        try:
            for n, case in enumerate(cases):
                entry: Env | None = env
                if chosen is not None:
                    # The subject is constant: only the chosen case is entered; others are
                    # reached by falling through, or not at all.
                    has_default = chosen < len(cases)  # no case entered: the switch is skipped
                    entry = env if n == chosen else None
                    if entry is None and fall is None:
                        self.dead(case, facts, depth + 1)
                        continue
                    if entry is None:
                        assert fall is not None
                        self.record(case, fall, facts)
                        fall = self.exec_block(
                            case.children_by_field_name("body"), fall, facts, depth + 1
                        )
                        continue
                elif case.type == "switch_default":
                    has_default = True
                else:
                    cv = case.child_by_field_name("value")
                    if k is not None and cv is not None and cv.type in ("string", "number"):
                        entry = refine(env, {k: ALL})
                start = join_all([entry, fall])
                self.record(case, start if start is not None else env, facts)
                assert entry is not None
                fall = self.exec_block(case.children_by_field_name("body"), start, facts, depth + 1)
        finally:
            self._loops.pop()
        if self._loops:
            self._loops[-1].continues.extend(ctx.continues)
        return join_all([*ctx.breaks, fall, None if has_default else env])

    def _chosen_case(self, value: ts.Node | None, cases: list[ts.Node], env: Env) -> int | None:
        """The index of the case a constant switch subject enters (len(cases) for none)."""
        subject = self.const_of(value, env) if value is not None else UNKNOWN
        if subject is UNKNOWN:
            return None
        default: int | None = None
        for n, case in enumerate(cases):
            if case.type == "switch_default":
                default = n
                continue
            cv = self.const_of(case.child_by_field_name("value"), env)
            verdict = _js_binary("===", subject, cv)
            if verdict is UNKNOWN:
                return None
            if verdict:
                return n
        return default if default is not None else len(cases)

    def _terminates(self, expr: ts.Node) -> bool:
        if expr.type != "call_expression":
            return False
        fn = expr.child_by_field_name("function")
        name = self.dotted(fn) if fn is not None else None
        return name is not None and name in T.JS_TERMINATORS

    def bind(
        self,
        target: ts.Node,
        val: Val,
        env: Env,
        *,
        const: bool = False,
        rhs: ts.Node | None = None,
    ) -> None:
        t = target.type
        known = self.const_of(rhs, env) if rhs is not None else UNKNOWN
        if t in ("identifier", "shorthand_property_identifier_pattern"):
            shape = self.shape_of(rhs, env) if rhs is not None else None
            if shape is not None and not val and not shape.taint():
                const = True
            env.set(self.text(target), val, const=const, known=known, shape=shape)
        elif t == "member_expression":
            if self._store(target, val, env, known):
                return
            k = self.dotted(target)
            if k is not None:
                env.set(k, val, known=known)
        elif t == "subscript_expression":
            if self._store(target, val, env, known):
                return
            obj = target.child_by_field_name("object")
            k = self.dotted(obj) if obj is not None else None
            if k is not None:
                env.add(k, val)
        elif t == "array_pattern":
            items = _strip(rhs).named_children if rhs is not None else []
            targets = target.named_children
            if rhs is not None and _strip(rhs).type == "array" and len(items) == len(targets):
                for tg, item in zip(targets, items, strict=True):
                    self.bind(tg, self.eval(item, env, 0), env)
            else:
                for tg in targets:
                    self.bind(tg, val, env)
        elif t == "object_pattern":
            for p in target.named_children:
                if p.type == "pair_pattern":
                    v = p.child_by_field_name("value")
                    pk = p.child_by_field_name("key")
                    body = pk is not None and self.text(pk) in T.JS_RESPONSE_PROPS
                    if v is not None:
                        self.bind(v, activate(val, T.RESPONSE_TRUSTED) if body else val, env)
                elif self.text(p) in T.JS_RESPONSE_PROPS:
                    # `const { data } = await axios.get(url)`: the response's body
                    self.bind(p, activate(val, T.RESPONSE_TRUSTED), env)
                else:
                    self.bind(p, val, env)
        elif t in ("assignment_pattern", "object_assignment_pattern"):
            left, right = target.child_by_field_name("left"), target.child_by_field_name("right")
            dv = self.eval(right, env, 0) if right is not None else CLEAN
            if left is not None:
                self.bind(left, union(val, dv), env)
        elif t == "rest_pattern":
            for c in target.named_children:
                self.bind(c, val, env)

    # ---- expressions --------------------------------------------------------------------------
    def eval(self, node: ts.Node, env: Env, depth: int) -> Val:
        if depth > MAX_DEPTH:
            return self.flat(node, env, _IDENT)
        t = node.type
        d = depth + 1
        if t in ("identifier", "shorthand_property_identifier"):
            v = env.vars.get(self.text(node))
            if v is not None:
                return v
            src = self.source_of(node, env)
            return src if src is not None else CLEAN
        if t in _LITERALS:
            return CLEAN
        if t == "string":
            return CLEAN
        if t == "template_string":
            out: Val = CLEAN
            for c in node.named_children:
                if c.type == "template_substitution":
                    for e in c.named_children:
                        out = union(out, self.eval(e, env, d))
            return out
        if t == "member_expression":
            prop = node.child_by_field_name("property")
            if prop is not None and self.text(prop) in T.JS_CLEAN_PROPERTIES:
                return CLEAN
            src = self.source_of(node, env)
            if src is not None:
                return src
            obj = node.child_by_field_name("object")
            shape = self.shape_of(obj, env) if obj is not None else None
            if shape is not None and shape.kind == "map" and prop is not None:
                elem = _element(shape, self.text(prop))
                if elem is not None:
                    return elem
            k = self.dotted(node)
            if k is not None and k in env.vars:
                return env.vars[k]
            if obj is None:
                return CLEAN
            if prop is not None and self.text(prop) in T.JS_RESPONSE_PROPS:
                return activate(self.eval(obj, env, d), T.RESPONSE_TRUSTED)  # a response's body
            return self.eval(obj, env, d)
        if t == "subscript_expression":
            src = self.source_of(node, env)
            if src is not None:
                return src
            obj = node.child_by_field_name("object")
            index = node.child_by_field_name("index")
            if index is not None:
                self.eval(index, env, d)
                shape = self.shape_of(obj, env) if obj is not None else None
                if shape is not None:
                    elem = _element(shape, self.const_of(index, env))
                    if elem is not None:
                        return elem
            if obj is None or self.is_const_coll(obj, env):
                return CLEAN
            return self.eval(obj, env, d)
        if t == "call_expression":
            return self._call(node, env, d)
        if t == "new_expression":
            ctor = node.child_by_field_name("constructor")
            argl = node.child_by_field_name("arguments")
            name = self.canon(self.dotted(ctor) or "") if ctor is not None else ""
            vals = [self.eval(a, env, d) for a in argl.named_children] if argl is not None else []
            if name in T.JS_HTTP_CLASSES:
                return self.source(node, f"HTTP response of {name}", "input", latent=True)
            if name in T.JS_CLEAN_CALLS or (name in ("Date", "Set", "Map") and not any(vals)):
                return CLEAN
            if name in ("Number", "Boolean", "Date"):
                return CLEAN
            return union(*vals)
        if t == "binary_expression":
            op = node.child_by_field_name("operator")
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            ops = self.text(op) if op is not None else "+"
            lv = self.eval(left, env, d) if left is not None else CLEAN
            if ops in ("&&", "||") and left is not None:
                truth = F.truth(self.const_of(left, env))
                if truth is not None:
                    if truth == (ops == "||"):
                        return lv
                    return self.eval(right, env, d) if right is not None else CLEAN
            if ops in ("&&", "||", "??") and left is not None:
                true, false = self.conditions(left, env)
                renv = refine(env, true if ops == "&&" else false)
                rv = self.eval(right, renv, d) if right is not None else CLEAN
                return union(lv, rv)
            rv = self.eval(right, env, d) if right is not None else CLEAN
            if ops in _CLEAN_OPS:
                return CLEAN
            return union(lv, rv)
        if t in ("unary_expression", "update_expression"):
            for c in node.named_children:
                self.eval(c, env, d)
            return CLEAN
        if t == "ternary_expression":
            cond = node.child_by_field_name("condition")
            cons, alt = (
                node.child_by_field_name("consequence"),
                node.child_by_field_name("alternative"),
            )
            truth = F.truth(self.const_of(cond, env)) if cond is not None else None
            if truth is not None:
                branch = cons if truth else alt
                return self.eval(branch, env, d) if branch is not None else CLEAN
            true, false = self.conditions(cond, env) if cond is not None else ({}, {})
            return union(
                self.eval(cons, refine(env, true), d) if cons is not None else CLEAN,
                self.eval(alt, refine(env, false), d) if alt is not None else CLEAN,
            )
        if t == "assignment_expression":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            val = self.eval(right, env, d) if right is not None else CLEAN
            if left is not None:
                const = right is not None and _strip(right).type in ("array", "object") and not val
                self.bind(left, val, env, const=const, rhs=right)
            return val
        if t == "augmented_assignment_expression":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            val = self.eval(right, env, d) if right is not None else CLEAN
            if left is not None:
                k = self.key(left)
                if k is not None:
                    op = node.child_by_field_name("operator")
                    if op is not None and self.text(op) not in ("+=", "||=", "??=", "&&="):
                        env.set(k, CLEAN)
                    else:
                        env.set(k, union(env.get(k), val))
            return val
        if t == "pair":
            value = node.child_by_field_name("value")
            return self.eval(value, env, d) if value is not None else CLEAN
        if t in ("method_definition", "computed_property_name"):
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
            name = self.text(node)
            if name == "undefined":
                return None
            return env.known.get(name, UNKNOWN)
        if t == "number":
            text = self.text(node).replace("_", "")
            if len(text) > 64 or text.endswith("n"):
                return UNKNOWN
            try:
                return int(text, 0)
            except ValueError:
                try:
                    return F.binary("+", float(text), 0.0)
                except ValueError:
                    return UNKNOWN
        if t == "true":
            return True
        if t == "false":
            return False
        if t in ("null", "undefined"):
            return None
        if t in ("string", "template_string"):
            if any(c.type == "escape_sequence" for c in node.named_children):
                return UNKNOWN
            s = self._string(node)
            return s if s is not None and len(s) <= F.MAX_LEN else UNKNOWN
        if t == "member_expression":
            prop = node.child_by_field_name("property")
            if prop is not None and self.text(prop) == "length":
                obj = node.child_by_field_name("object")
                shape = self.shape_of(obj, env)
                if shape is not None and shape.kind == "seq":
                    return len(shape.vals)
                v = self.const_of(obj, env, d)
                return len(v) if isinstance(v, str) else UNKNOWN
            shape = self.shape_of(node.child_by_field_name("object"), env)
            if shape is not None and shape.kind == "map" and prop is not None:
                i = shape.find(self.text(prop))
                return shape.knowns[i] if i >= 0 else UNKNOWN
            k = self.dotted(node)
            return env.known.get(k, UNKNOWN) if k is not None else UNKNOWN
        if t == "subscript_expression":
            obj, index = node.child_by_field_name("object"), node.child_by_field_name("index")
            idx = self.const_of(index, env, d)
            if idx is UNKNOWN:
                return UNKNOWN
            shape = self.shape_of(obj, env)
            if shape is not None:
                return _known_element(shape, idx)
            return F.index(self.const_of(obj, env, d), _js_index(idx))
        if t == "unary_expression":
            op, arg = node.child_by_field_name("operator"), node.child_by_field_name("argument")
            if op is None:
                return UNKNOWN
            ops = self.text(op)
            v = self.const_of(arg, env, d)
            if ops == "!":
                truth = F.truth(v)
                return UNKNOWN if truth is None else not truth
            if ops in ("-", "+", "~"):
                return F.unary(ops, v) if not isinstance(v, bool) else UNKNOWN
            return UNKNOWN
        if t == "binary_expression":
            op = node.child_by_field_name("operator")
            if op is None:
                return UNKNOWN
            ops = self.text(op)
            left = self.const_of(node.child_by_field_name("left"), env, d)
            if ops in ("&&", "||", "??"):
                if ops == "??":
                    if left is UNKNOWN:
                        return UNKNOWN
                    return (
                        left
                        if left is not None
                        else self.const_of(node.child_by_field_name("right"), env, d)
                    )
                truth = F.truth(left)
                if truth is None:
                    return UNKNOWN
                if truth == (ops == "||"):
                    return left
                return self.const_of(node.child_by_field_name("right"), env, d)
            right = self.const_of(node.child_by_field_name("right"), env, d)
            return _js_binary(ops, left, right)
        if t == "ternary_expression":
            truth = F.truth(self.const_of(node.child_by_field_name("condition"), env, d))
            if truth is None:
                return UNKNOWN
            branch = "consequence" if truth else "alternative"
            return self.const_of(node.child_by_field_name(branch), env, d)
        if t == "call_expression":
            fn = node.child_by_field_name("function")
            argl = node.child_by_field_name("arguments")
            if fn is None or fn.type != "member_expression" or argl is None:
                return UNKNOWN
            prop = fn.child_by_field_name("property")
            obj = fn.child_by_field_name("object")
            method = self.text(prop) if prop is not None else ""
            args = [a for a in argl.named_children if a.type != "comment"]
            v = self.const_of(obj, env, d)
            if not isinstance(v, str):
                return UNKNOWN
            if method in ("charAt", "at") and len(args) == 1:
                at = self.const_of(args[0], env, d)
                if isinstance(at, int) and not isinstance(at, bool):
                    if method == "at" and at < 0:
                        at += len(v)
                    return v[at] if 0 <= at < len(v) else ("" if method == "charAt" else None)
                return UNKNOWN
            fold = F.STR_METHODS.get(method)
            return fold(v) if fold is not None and not args else UNKNOWN
        return UNKNOWN

    def shape_of(self, node: ts.Node | None, env: Env) -> Shape | None:
        """What is known of the elements of an array or object expression, or None."""
        if node is None:
            return None
        node = _strip(node)
        t = node.type
        if t in ("identifier", "member_expression"):
            k = self.dotted(node)
            return env.shapes.get(k) if k is not None else None
        if t == "array":
            items = [c for c in node.named_children if c.type != "comment"]
            if len(items) > MAX_ELEMENTS or any(c.type == "spread_element" for c in items):
                return None
            probe = env.copy()
            return Shape(
                "seq",
                (),
                tuple(self.eval(c, probe, 0) for c in items),
                tuple(self.const_of(c, env) for c in items),
            )
        if t == "object":
            members = [c for c in node.named_children if c.type != "comment"]
            if len(members) > MAX_ELEMENTS:
                return None
            probe = env.copy()
            shape = Shape("map", (), (), ())
            for m in members:
                key: object
                value: ts.Node | None
                if m.type == "pair":
                    kn, value = m.child_by_field_name("key"), m.child_by_field_name("value")
                    if kn is None or value is None:
                        return None
                    key = (
                        self.text(kn)
                        if kn.type == "property_identifier"
                        else self.const_of(kn, env)
                    )
                    if isinstance(key, (int, float)) and not isinstance(key, bool):
                        key = _js_key(key)
                elif m.type == "shorthand_property_identifier":
                    key, value = self.text(m), m
                else:
                    return None
                if not isinstance(key, str):
                    return None
                put = shape.put(key, self.eval(value, probe, 0), self.const_of(value, env))
                if put is None:
                    return None
                shape = put
            return shape
        if t == "new_expression":
            ctor = node.child_by_field_name("constructor")
            argl = node.child_by_field_name("arguments")
            if (
                ctor is not None
                and self.text(ctor) == "Map"
                and (argl is None or not argl.named_child_count)
            ):
                return Shape("map", (), (), ())
        return None

    def _js_container_call(
        self,
        key: str,
        shape: Shape,
        method: str,
        args: list[ts.Node],
        *,
        argv: list[Val],
        env: Env,
    ) -> Val | None:
        """A method call on an array or Map whose elements are known; None when not modelled."""
        if any(a.type == "spread_element" for a in args):
            env.add(key, union(*argv))
            return None
        consts = [self.const_of(a, env) for a in args]
        result: Val = CLEAN
        new: Shape | None = shape
        if shape.kind == "seq":
            n = len(shape.vals)
            if method in ("push", "unshift") and args:
                vals, knowns = tuple(argv), tuple(consts)
                if n + len(vals) > MAX_ELEMENTS:
                    new = None
                elif method == "push":
                    new = Shape("seq", (), shape.vals + vals, shape.knowns + knowns)
                else:
                    new = Shape("seq", (), vals + shape.vals, knowns + shape.knowns)
            elif method in ("pop", "shift") and not args:
                if n:
                    i = n - 1 if method == "pop" else 0
                    result = shape.vals[i]
                    new = shape.drop(i)
            elif method == "at" and len(args) == 1:
                at = consts[0]
                if isinstance(at, int) and not isinstance(at, bool):
                    return shape.vals[at] if -n <= at < n else CLEAN
                return shape.taint()
            elif method in _JS_ARRAY_READERS:
                return None  # reads only: the default propagation, the shape stays
            else:
                env.shapes.pop(key, None)
                return None
        else:
            k = consts[0] if args else UNKNOWN
            if isinstance(k, (int, float)) and not isinstance(k, bool):
                k = UNKNOWN  # Map keys keep their type; objects do not: leave numbers alone
            i = shape.find(k) if isinstance(k, str) else -2
            if method == "get" and len(args) == 1:
                return union(shape.taint()) if i == -2 else (shape.vals[i] if i >= 0 else CLEAN)
            if method == "set" and len(args) == 2:
                new = shape.put(k, argv[1], consts[1]) if i != -2 else None
                result = shape.taint() if new is None else CLEAN
            elif method == "delete" and len(args) == 1:
                new = shape.drop(i) if i >= 0 else (shape if i == -1 else None)
            elif method in ("has", "keys", "forEach", "entries", "values"):
                return None
            elif method == "clear" and not args:
                new = Shape("map", (), (), ())
            else:
                env.shapes.pop(key, None)
                return None
        if new is None:
            env.add(key, union(*argv))
        elif new is not shape:
            env.set(key, CLEAN, shape=new, const=not new.taint())
        return result

    def _store(self, target: ts.Node, val: Val, env: Env, known: object) -> bool:
        """`obj.prop = val` or `arr[i] = val` on a container with a shape: a strong update."""
        obj = target.child_by_field_name("object")
        k = self.dotted(obj) if obj is not None else None
        shape = env.shapes.get(k) if k is not None else None
        if k is None or shape is None:
            return False
        idx: object = UNKNOWN
        if target.type == "member_expression":
            prop = target.child_by_field_name("property")
            idx = self.text(prop) if prop is not None else UNKNOWN
        else:
            idx = self.const_of(target.child_by_field_name("index"), env)
        new: Shape | None = None
        if shape.kind == "seq" and isinstance(idx, int) and not isinstance(idx, bool):
            if 0 <= idx < len(shape.vals):
                new = shape.replaced(idx, val, known)
        elif shape.kind == "map":
            if isinstance(idx, (int, float)) and not isinstance(idx, bool):
                idx = _js_key(idx)
            if isinstance(idx, str):
                new = shape.put(idx, val, known)
        if new is None:
            env.shapes.pop(k, None)
            return False
        env.set(k, CLEAN, shape=new, const=not new.taint())
        return True

    def _call(self, node: ts.Node, env: Env, d: int) -> Val:
        fn = node.child_by_field_name("function")
        argl = node.child_by_field_name("arguments")
        if fn is None:
            return CLEAN
        fn_s = _strip(fn)
        recv = fn_s.child_by_field_name("object") if fn_s.type == "member_expression" else None
        dotted = self.dotted(fn_s)
        name = self.canon(dotted) if dotted is not None else None
        if fn_s.type == "member_expression":
            prop = fn_s.child_by_field_name("property")
            last = self.text(prop) if prop is not None else ""
        else:
            last = name.rsplit(".", 1)[-1] if name else ""
        if argl is not None and argl.type == "template_string":  # a tagged template
            val = self.eval(argl, env, d)
            if (dotted or "") in T.JS_SQL_TAGS or last in ("sql", "SQL"):
                return sanitise(val, frozenset({"sql"}))
            return val
        args = [a for a in argl.named_children if a.type != "comment"] if argl is not None else []
        if (
            name is not None and (name in T.JS_CLEAN_CALLS or name.startswith(T.JS_CLEAN_PREFIXES))
        ) or (recv is not None and last in T.JS_CLEAN_METHODS):
            for a in args:
                self.eval(a, env, d)
            return CLEAN
        kinds = self._sanitiser(name, last, recv, args)
        if kinds is not None:
            vals = [self.eval(a, env, d) for a in args]
            if recv is not None:
                vals.append(self.eval(recv, env, d))
            return sanitise(union(*vals), kinds)
        src = self.source_of(node, env)
        if src is not None:
            return src
        argv = [self.eval(a, env, d) if a.type not in ("arrow_function", "function_expression")
                else CLEAN for a in args]  # fmt: skip
        if recv is not None:
            rk = self.key(recv)
            shape = env.shapes.get(rk) if rk is not None else None
            if rk is not None and shape is not None:
                result = self._js_container_call(rk, shape, last, args, argv=argv, env=env)
                if result is not None:
                    return result
            if last == "get" and self.is_const_coll(recv, env):
                return union(*argv[1:])
            rv = self.eval(recv, env, d)
            if last in T.JS_RESPONSE_METHODS:
                rv = activate(rv, T.RESPONSE_TRUSTED)  # a response's body
            if last == "get":
                return union(rv, *argv[1:])
            if last in T.JS_MUTATORS and any(argv):
                k = self.key(recv)
                if k is not None:
                    env.add(k, union(*argv))
            if name == "Object.assign" and args:
                k = self.key(args[0])
                if k is not None:
                    env.add(k, union(*argv[1:]))
            return union(rv, *argv)
        if dotted is not None and "." not in dotted:
            summary = self._summary(dotted)
            if summary is not None:
                extra, passes, cleaned = summary
                return union(extra, sanitise(union(*argv), cleaned) if passes else CLEAN)
        return union(*argv)

    def _sanitiser(
        self, name: str | None, last: str, recv: ts.Node | None, args: list[ts.Node]
    ) -> Kinds | None:
        if name is not None:
            kinds = T.JS_SANITISERS.get(name)
            if kinds is not None:
                return kinds
        if recv is not None:
            if last in ("replace", "replaceAll") and len(args) >= 2:
                pattern, repl = _strip(args[0]), self._string(_strip(args[1]))
                if pattern.type == "regex" and repl is not None and not repl.strip():
                    pat = pattern.child_by_field_name("pattern")
                    if pat is not None:
                        return T.class_sanitises(self.text(pat))
                lit = self._string(pattern)
                if lit is not None and lit in ("\n", "\r", "\\n", "\\r"):
                    return frozenset({"header", "log"})
                if pattern.type == "regex" and re.search(r"\\r|\\n", self.text(pattern)):
                    return frozenset({"header", "log"})
                return None
            return T.JS_SANITISER_METHODS.get(last)
        return None

    def _summary(self, name: str) -> tuple[Val, bool, Kinds] | None:
        func = self.functions.get(name)
        if func is None:
            return None
        key = func.id
        if key in self._summaries:
            return self._summaries[key]
        self._summaries[key] = None
        facts = self.facts(func)
        params = func.child_by_field_name("parameters") or func.child_by_field_name("parameter")
        base = self.doc.base_offset
        lo, hi = (
            (
                base + self.doc.char_offset(params.start_byte),
                base + self.doc.char_offset(params.end_byte),
            )
            if params is not None
            else (0, 0)
        )
        body = func.child_by_field_name("body")
        values: list[Val] = []
        if body is not None and body.type != "statement_block":
            env = facts.record.get(body.id)
            if env is not None:
                values.append(self.eval(body, env.copy(), 0))
        else:
            stack = [body]
            while stack:
                n = stack.pop()
                if n is None:
                    continue
                if n.type == "return_statement" and n.named_child_count:
                    env = facts.record.get(n.id)
                    if env is not None:
                        values.append(self.eval(n.named_children[0], env.copy(), 0))
                elif n.type == "yield_expression":
                    return None
                elif n.type not in _SCOPES and n.type != "class_declaration":
                    stack.extend(n.named_children)
        extra: Val = CLEAN
        passes = False
        cleaned: Kinds | None = None
        for val in values:
            for flow in val:
                start = flow.taint.source_span.start
                if flow.taint.strength == "parameter" and lo <= start < hi:
                    passes = True
                    cleaned = flow.cleaned if cleaned is None else cleaned & flow.cleaned
                else:
                    extra = union(extra, frozenset({flow}))
        result = (extra, passes, cleaned or frozenset())
        self._summaries[key] = result
        return result

    # ---- conditions --------------------------------------------------------------------------
    def conditions(self, cond: ts.Node, env: Env) -> tuple[Refinement, Refinement]:
        cond = _strip(cond)
        t = cond.type
        if t == "unary_expression":
            op = cond.child_by_field_name("operator")
            arg = cond.child_by_field_name("argument")
            if op is not None and self.text(op) == "!" and arg is not None:
                a, b = self.conditions(arg, env)
                return b, a
            return {}, {}
        if t == "binary_expression":
            op_node = cond.child_by_field_name("operator")
            left, right = cond.child_by_field_name("left"), cond.child_by_field_name("right")
            if op_node is None or left is None or right is None:
                return {}, {}
            opt = self.text(op_node)
            if opt == "&&":
                lt, _ = self.conditions(left, env)
                rt, _ = self.conditions(right, refine(env, lt))
                return _merge(lt, rt), {}
            if opt == "||":
                _, lf = self.conditions(left, env)
                _, rf = self.conditions(right, refine(env, lf))
                return {}, _merge(lf, rf)
            return self._comparison(opt, _strip(left), _strip(right), env)
        if t == "call_expression":
            return self._guard_call(cond, env)
        return {}, {}

    def _comparison(
        self, op: str, left: ts.Node, right: ts.Node, env: Env
    ) -> tuple[Refinement, Refinement]:
        eq = op in ("==", "===")
        ne = op in ("!=", "!==")
        if eq or ne:
            facts: Refinement = {}
            for a, b in ((left, right), (right, left)):
                if a.type == "unary_expression" and self.text(a).startswith("typeof"):
                    arg = a.child_by_field_name("argument")
                    lit = self._string(b)
                    k = self.key(arg) if arg is not None else None
                    if k is not None and lit in ("number", "boolean"):
                        facts = {k: ALL}
                    continue
                k = self.key(a)
                if (
                    k is not None
                    and b.type in ("string", "number", "true", "false")
                    and not (b.type == "number" and self.text(b) in ("-1", "0"))
                ):
                    facts = {k: ALL}
            idx = self._index_of(left, right, env)
            if idx:
                # indexOf(x) === -1 holds when x is NOT in the list.
                return ({}, idx) if eq else (idx, {})
            return (facts, {}) if eq else ({}, facts)
        if op in (">", ">=", "<", "<="):
            idx = self._index_of(left, right, env)
            if idx:
                return (idx, {}) if op in (">", ">=") else ({}, idx)
        if op == "in":
            k = self.key(left)
            if k is not None and self._allow_list(right, env):
                return {k: ALL}, {}
        return {}, {}

    def _index_of(self, left: ts.Node, right: ts.Node, env: Env) -> Refinement:
        for call, other in ((left, right), (right, left)):
            if call.type == "call_expression" and other.type in ("number", "unary_expression"):
                fn = call.child_by_field_name("function")
                argl = call.child_by_field_name("arguments")
                if fn is None or fn.type != "member_expression" or argl is None:
                    continue
                prop, obj = fn.child_by_field_name("property"), fn.child_by_field_name("object")
                if prop is None or obj is None or self.text(prop) != "indexOf":
                    continue
                if not argl.named_child_count or not self._allow_list(obj, env):
                    continue
                k = self.key(argl.named_children[0])
                if k is not None:
                    return {k: ALL}
        return {}

    def _allow_list(self, node: ts.Node, env: Env) -> bool:
        node = _strip(node)
        if node.type in ("string", "template_string"):
            return False
        if self.is_const_coll(node, env):
            return True
        return not self.eval(node, env.copy(), 0)

    def _guard_call(self, call: ts.Node, env: Env) -> tuple[Refinement, Refinement]:
        fn = call.child_by_field_name("function")
        argl = call.child_by_field_name("arguments")
        if fn is None or argl is None:
            return {}, {}
        fn = _strip(fn)
        args = [_strip(a) for a in argl.named_children if a.type != "comment"]
        recv = fn.child_by_field_name("object") if fn.type == "member_expression" else None
        dotted = self.dotted(fn)
        name = self.canon(dotted) if dotted is not None else ""
        if recv is not None:
            prop = fn.child_by_field_name("property")
            last = self.text(prop) if prop is not None else ""
        else:
            last = name
        if recv is not None and last in ("includes", "has", "hasOwnProperty") and args:
            rk = self.key(recv)
            arg_lit = self._string(args[0])
            if arg_lit is not None and rk is not None:
                # `if (name.includes("..")) return`: clean of traversal when it does not hold.
                if ".." in arg_lit or "/" in arg_lit or "\\" in arg_lit:
                    return {}, {rk: frozenset({"path"})}
                return {}, {}
            k = self.key(args[0])
            if k is not None and self._allow_list(recv, env):
                return {k: ALL}, {}
            return {}, {}
        if name in ("Object.prototype.hasOwnProperty.call", "Object.hasOwn") and len(args) >= 2:
            k = self.key(args[1])
            return ({k: ALL}, {}) if k is not None else ({}, {})
        if recv is not None and last == "test" and args:
            k = self.key(args[0])
            return ({k: ALL}, {}) if k is not None else ({}, {})
        if recv is not None and last == "match" and args and _strip(args[0]).type == "regex":
            k = self.key(recv)
            return ({k: ALL}, {}) if k is not None else ({}, {})
        if recv is not None and last == "startsWith":
            k = self.key(recv)
            if k is not None:
                val = env.get(k)
                if val and all(NORMALISED in f.cleaned for f in val):
                    return {k: frozenset({"path"})}, {}
            return {}, {}
        if name in ("Number.isInteger", "Number.isSafeInteger", "Number.isFinite") and args:
            k = self.key(args[0])
            return ({k: ALL}, {}) if k is not None else ({}, {})
        if name == "isNaN" and args:
            k = self.key(args[0])
            return ({}, {k: ALL}) if k is not None else ({}, {})
        validator = (name.startswith("validator.") and last.startswith("is")) or bool(
            last and T.VALIDATOR_NAME.search(re.sub(r"(?<=[a-z])([A-Z])", r"_\1", last))
        )
        if validator and args:
            k = self.key(args[0])
            return ({k: ALL}, {}) if k is not None else ({}, {})
        return {}, {}

    # ---- the context inside a statement ----------------------------------------------------
    def enter(self, outer: ts.Node, inner: ts.Node, env: Env) -> Env:
        t = outer.type
        if t == "ternary_expression":
            cond = outer.child_by_field_name("condition")
            if cond is None or cond.id == inner.id:
                return env
            true, false = self.conditions(cond, env)
            cons = outer.child_by_field_name("consequence")
            return refine(env, true if cons is not None and cons.id == inner.id else false)
        if t == "binary_expression":
            op = outer.child_by_field_name("operator")
            left, right = outer.child_by_field_name("left"), outer.child_by_field_name("right")
            if op is not None and left is not None and right is not None and inner.id == right.id:
                ops = self.text(op)
                if ops in ("&&", "||"):
                    true, false = self.conditions(left, env)
                    return refine(env, true if ops == "&&" else false)
        return env
