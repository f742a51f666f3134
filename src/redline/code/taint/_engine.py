"""The language-neutral half of the taint analysis: abstract values, environments, scopes.

A value is a set of flows; each flow is a source (`Taint`) and the sink kinds a sanitiser has
already neutralised on the way. The empty set is a clean value. A language front end walks the
statements of one scope (a function or the top level) in order, records the environment that
holds before every statement, and evaluates a sink expression in the environment recorded at the
statement that contains it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, Literal

import tree_sitter as ts

from redline._core import Span
from redline.code.taint._types import Constant, SinkKind, Taint, as_constant

if TYPE_CHECKING:
    from redline.code.document import Document

_NO_SPAN: Final = Span(0, 0, 1, 1, 1, 1)

# The kinds a sanitiser neutralises; ALL makes a value clean for every kind.
Kinds = frozenset[str]
ALL: Final[Kinds] = frozenset({"*"})
# A marker kind: the value went through a path normaliser (realpath, abspath, resolve, ...).
NORMALISED: Final = "_norm"
# A marker kind: a latent flow, held by an object whose data is untrusted (an HTTP response, a
# client session) but that is not data itself. No sink sees it; reading the data (`.text`,
# `.json()`, ...) makes it a plain flow again (`activate`).
LATENT: Final = "_latent"
_LATENT_KINDS: Final[Kinds] = frozenset({LATENT})

# A value holds at most this many flows (input flows are kept first).
_MAX_FLOWS = 6
# Expressions nested deeper than this are evaluated by a flat scan of their identifiers.
MAX_DEPTH = 120
# Statements nested deeper than this are skipped.
MAX_BLOCK_DEPTH = 60
# Scopes larger than this many syntax nodes are analysed flow-insensitively: one environment
# per statement would cost memory quadratic in the scope's size (generated code, huge functions).
COARSE_SCOPE_NODES = 12_000
# `finally` blocks nested deeper than this are walked once (not again for the normal path).
_MAX_FINALLY_RERUNS = 3
# Scopes nested deeper than this start from an empty environment.
_MAX_SCOPE_DEPTH = 40


@dataclass(frozen=True, slots=True)
class Flow:
    """One source reaching a value, and the sink kinds already neutralised on the way."""

    taint: Taint
    cleaned: Kinds = frozenset()


Val = frozenset[Flow]
CLEAN: Final[Val] = frozenset()


class _Unknown:
    """The value of an expression the analysis cannot compute."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN: Final = _Unknown()
# Containers hold at most this many tracked elements; larger ones lose their shape.
MAX_ELEMENTS = 64


def same(a: object, b: object) -> bool:
    """Two known constants are the same value of the same type (1, 1.0 and True differ)."""
    return type(a) is type(b) and a == b


@dataclass(frozen=True, slots=True)
class Shape:
    """What is known of a container's elements.

    `kind` is "seq" (a list or deque, by position), "map" (a dict, by constant key) or "config"
    (a config parser, by (section, option)). `keys` is empty for a sequence; `vals` and `knowns`
    give each element's flows and constant value (UNKNOWN when not constant).
    """

    kind: str
    keys: tuple[object, ...]
    vals: tuple[Val, ...]
    knowns: tuple[object, ...]

    def taint(self) -> Val:
        return union(*self.vals)

    def find(self, key: object) -> int:
        """The position of a mapping key, or -1."""
        for i, k in enumerate(self.keys):
            if same(k, key):
                return i
        return -1

    def put(self, key: object, val: Val, known: object) -> Shape | None:
        """The mapping with `key` bound (a strong update)."""
        i = self.find(key)
        if i >= 0:
            return self.replaced(i, val, known)
        if len(self.keys) >= MAX_ELEMENTS:
            return None
        return Shape(self.kind, (*self.keys, key), (*self.vals, val), (*self.knowns, known))

    def replaced(self, i: int, val: Val, known: object) -> Shape:
        """The container with its `i`-th element replaced (a strong update)."""
        return Shape(
            self.kind,
            self.keys,
            (*self.vals[:i], val, *self.vals[i + 1 :]),
            (*self.knowns[:i], known, *self.knowns[i + 1 :]),
        )

    def drop(self, i: int) -> Shape:
        """The container without its `i`-th element."""
        keys = self.keys[:i] + self.keys[i + 1 :] if self.keys else ()
        return Shape(self.kind, keys, self.vals[:i] + self.vals[i + 1 :],
                     self.knowns[:i] + self.knowns[i + 1 :])  # fmt: skip

    def join(self, other: Shape) -> Shape | None:
        if self == other:
            return self
        if self.kind != other.kind:
            return None
        if self.kind == "seq":
            if len(self.vals) != len(other.vals):
                return None
            return Shape(
                "seq",
                (),
                tuple(union(a, b) for a, b in zip(self.vals, other.vals, strict=True)),
                tuple(
                    a if same(a, b) else UNKNOWN
                    for a, b in zip(self.knowns, other.knowns, strict=True)
                ),
            )
        # Mappings: a key missing on one side holds nothing from that side.
        keys = list(self.keys)
        vals = list(self.vals)
        knowns: list[object] = [UNKNOWN if other.find(k) < 0 else kn
                                for k, kn in zip(self.keys, self.knowns, strict=True)]  # fmt: skip
        for k, v, kn in zip(other.keys, other.vals, other.knowns, strict=True):
            i = self.find(k)
            if i < 0:
                keys.append(k)
                vals.append(v)
                knowns.append(UNKNOWN)
            else:
                vals[i] = union(vals[i], v)
                if not same(knowns[i], kn):
                    knowns[i] = UNKNOWN
        if len(keys) > MAX_ELEMENTS:
            return None
        return Shape(self.kind, tuple(keys), tuple(vals), tuple(knowns))

    def cleaned(self, kinds: Kinds) -> Shape:
        return Shape(self.kind, self.keys, tuple(sanitise(v, kinds) for v in self.vals),
                     self.knowns)  # fmt: skip


def _rank(flow: Flow) -> tuple[int, int, int]:
    return (flow.taint.strength != "input", len(flow.cleaned), flow.taint.source_span.start)


def union(*vals: Val) -> Val:
    """The join of several values."""
    out: Val = CLEAN
    for v in vals:
        if v:
            out = out | v if out else v
    if len(out) > _MAX_FLOWS:
        out = frozenset(sorted(out, key=_rank)[:_MAX_FLOWS])
    return out


def sanitise(val: Val, kinds: Kinds) -> Val:
    """The value after a sanitiser for `kinds` (ALL: every kind)."""
    if not val:
        return val
    if kinds is ALL or "*" in kinds:
        return CLEAN
    return frozenset(Flow(f.taint, f.cleaned | kinds) for f in val)


def activate(val: Val, trusted: Kinds = frozenset()) -> Val:
    """The data read from an object holding latent flows: those flows become plain flows,
    clean only for the sink kinds in `trusted`."""
    if not any(LATENT in f.cleaned for f in val):
        return val
    return union(*(frozenset({Flow(f.taint, trusted) if LATENT in f.cleaned else f}) for f in val))


def pick(val: Val, kind: SinkKind) -> Taint | None:
    """The strongest flow of a value that a sink of `kind` still sees (latent flows: none)."""
    best: Flow | None = None
    for flow in val:
        if (kind != "any" and kind in flow.cleaned) or LATENT in flow.cleaned:
            continue
        if best is None or _rank(flow) < _rank(best):
            best = flow
    return best.taint if best is not None else None


class Env:
    """Variable -> value, the variables bound to constant collections (allow-lists), the
    variables whose constant value is known, and the containers whose elements are known."""

    __slots__ = ("consts", "dotted", "known", "shapes", "vars")

    def __init__(
        self,
        vars: dict[str, Val] | None = None,
        consts: set[str] | None = None,
        known: dict[str, object] | None = None,
        shapes: dict[str, Shape] | None = None,
        dotted: set[str] | None = None,
    ):
        self.vars: dict[str, Val] = vars if vars is not None else {}
        self.consts: set[str] = consts if consts is not None else set()
        self.known: dict[str, object] = known if known is not None else {}
        self.shapes: dict[str, Shape] = shapes if shapes is not None else {}
        # Attribute keys ("self.x") ever set: rebinding "self" drops them without a full scan.
        self.dotted: set[str] = dotted if dotted is not None else set()

    def copy(self) -> Env:
        return Env(
            dict(self.vars), set(self.consts), dict(self.known), dict(self.shapes),
            set(self.dotted),
        )  # fmt: skip

    def get(self, name: str) -> Val:
        return self.vars.get(name, CLEAN)

    def set(
        self,
        name: str,
        val: Val,
        *,
        const: bool = False,
        known: object = UNKNOWN,
        shape: Shape | None = None,
    ) -> None:
        if shape is not None:
            val = union(val, shape.taint())
        if val:
            self.vars[name] = val
        else:
            self.vars.pop(name, None)
        # Attribute keys under a rebound name no longer hold.
        if "." in name:
            self.dotted.add(name)
        if self.dotted:
            prefix = name + "."
            stale = [k for k in self.dotted if k.startswith(prefix)]
            for k in stale:
                self.dotted.discard(k)
                for table in (self.vars, self.known, self.shapes):
                    table.pop(k, None)
        if const:
            self.consts.add(name)
        else:
            self.consts.discard(name)
        if known is UNKNOWN:
            self.known.pop(name, None)
        else:
            self.known[name] = known
        if shape is None:
            self.shapes.pop(name, None)
        else:
            self.shapes[name] = shape

    def add(self, name: str, val: Val) -> None:
        """A weak update: the variable may now also hold `val`."""
        if val:
            self.vars[name] = union(self.vars.get(name, CLEAN), val)
            self.consts.discard(name)
            if "." in name:
                self.dotted.add(name)
        self.known.pop(name, None)
        self.shapes.pop(name, None)

    def join(self, other: Env) -> Env:
        if other is self:
            return self.copy()
        vars = dict(self.vars)
        for k, v in other.vars.items():
            mine = vars.get(k)
            vars[k] = union(mine, v) if mine else v
        known = {
            k: v for k, v in self.known.items() if k in other.known and same(v, other.known[k])
        }
        shapes: dict[str, Shape] = {}
        for k, sh in self.shapes.items():
            theirs = other.shapes.get(k)
            if theirs is not None:
                joined = sh.join(theirs)
                if joined is not None:
                    shapes[k] = joined
        return Env(vars, self.consts & other.consts, known, shapes, self.dotted | other.dotted)

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Env)
            and self.vars == other.vars
            and self.consts == other.consts
            and self.known == other.known
            and self.shapes == other.shapes
        )

    __hash__ = None  # type: ignore[assignment]


def join(a: Env | None, b: Env | None) -> Env | None:
    """The join of two environments; None is an unreachable point."""
    if a is None:
        return b.copy() if b is not None else None
    if b is None:
        return a.copy()
    return a.join(b)


def join_all(envs: Iterable[Env | None]) -> Env | None:
    out: Env | None = None
    for e in envs:
        if e is not None:
            out = e.copy() if out is None else out.join(e)
    return out


# A refinement: variable key -> the kinds a condition proves it clean for.
Refinement = dict[str, Kinds]


def refine(env: Env, facts: Refinement) -> Env:
    """A copy of `env` in which the keys of `facts` are cleaned for their kinds."""
    out = env.copy()
    for key, kinds in facts.items():
        if key in out.vars:
            out.vars[key] = sanitise(out.vars[key], kinds)
            if not out.vars[key]:
                del out.vars[key]
        shape = out.shapes.get(key)
        if shape is not None:
            out.shapes[key] = shape.cleaned(kinds)
    return out


@dataclass
class Facts:
    """What the walk of one scope recorded.

    A `coarse` scope (too large to keep an environment per statement) records nothing: every
    point in it sees `latest`, the environment as the walk left it (flow-insensitive).
    """

    initial: Env
    record: dict[int, Env] = field(default_factory=dict)
    final: Env | None = None
    coarse: bool = False
    latest: Env | None = None


@dataclass
class _Loop:
    breaks: list[Env] = field(default_factory=list)
    continues: list[Env] = field(default_factory=list)


@dataclass
class _Guarded:
    """The join of the environments recorded before the statements of a `try` body."""

    env: Env | None = None


class Analysis:
    """The shared machinery; a language subclass supplies statements and expressions."""

    SCOPE_TYPES: frozenset[str] = frozenset()
    ROOT_TYPES: frozenset[str] = frozenset()

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.data = doc.data
        self._facts: dict[int, Facts] = {}
        self._spans: dict[int, Taint] = {}
        self._loops: list[_Loop] = []
        self._guarded: list[_Guarded] = []
        self._scope_depth = 0
        self._dead = 0
        # Walks of code that cannot run (dead branches, code after a return): nothing recorded
        # there reaches an exception handler.
        self._quiet = 0
        self._reruns = 0

    # ---- public -------------------------------------------------------------------------
    def taint_of(self, node: ts.Node, kind: SinkKind) -> Taint | None:
        """The taint reaching `node` for a sink of `kind`, or None when it is clean."""
        try:
            val = self.value_of(node)
        except RecursionError:
            return None
        return pick(val, kind)

    def constant_of(self, node: ts.Node) -> Constant | None:
        """The constant value `node` holds where it is evaluated, or None when it is not fixed.

        Folds literals, names bound to constants, arithmetic, comparisons, conditional
        expressions and known container elements in the environment recorded before the
        statement around `node`; a branch whose condition folds is the only one that runs.
        """
        try:
            return as_constant(self.const_of(node, self.env_before(node)))
        except RecursionError:
            return None

    def value_of(self, node: ts.Node) -> Val:
        scope = self.scope_of(node)
        facts = self.facts(scope)
        env, path = self._env_at(node, scope, facts)
        env = env.copy()
        for outer, inner in reversed(path):
            env = self.enter(outer, inner, env)
        return self.eval(node, env, 0)

    # ---- helpers for subclasses -----------------------------------------------------------
    def text(self, node: ts.Node) -> str:
        return self.data[node.start_byte : node.end_byte].decode("utf-8", "replace")

    def source(
        self,
        node: ts.Node,
        name: str,
        strength: Literal["input", "parameter"],
        *,
        latent: bool = False,
    ) -> Val:
        """A value holding one source at `node` (`latent`: an object whose data is untrusted,
        such as an HTTP response, that sinks see only once its data is read)."""
        key = node.id
        taint = self._spans.get(key)
        if taint is None or taint.source != name:
            taint = Taint(name, self.doc.span(node), strength)
            self._spans[key] = taint
        return frozenset({Flow(taint, _LATENT_KINDS if latent else frozenset())})

    def scope_of(self, node: ts.Node) -> ts.Node:
        n: ts.Node | None = node.parent
        last = node
        while n is not None:
            if n.type in self.SCOPE_TYPES:
                return n
            last = n
            n = n.parent
        return last

    def facts(self, scope: ts.Node) -> Facts:
        found = self._facts.get(scope.id)
        if found is not None:
            return found
        self._scope_depth += 1
        try:
            if scope.parent is None or self._scope_depth > _MAX_SCOPE_DEPTH:
                initial = Env()
            else:
                initial = self.initial_env(scope)
            facts = Facts(initial, coarse=scope.descendant_count > COARSE_SCOPE_NODES)
            self._facts[scope.id] = facts  # a scope reached again while walking sees this
            saved, self._loops = self._loops, []
            guarded, self._guarded = self._guarded, []
            quiet, self._quiet = self._quiet, 0
            try:
                facts.final = self.walk_scope(scope, initial.copy(), facts)
            finally:
                self._loops = saved
                self._guarded = guarded
                self._quiet = quiet
        finally:
            self._scope_depth -= 1
        return facts

    def env_before(self, node: ts.Node) -> Env:
        """The environment in the enclosing scope just before `node` runs."""
        scope = self.scope_of(node)
        facts = self.facts(scope)
        env, path = self._env_at(node, scope, facts)
        env = env.copy()
        for outer, inner in reversed(path):
            env = self.enter(outer, inner, env)
        return env

    def _env_at(
        self, node: ts.Node, scope: ts.Node, facts: Facts
    ) -> tuple[Env, list[tuple[ts.Node, ts.Node]]]:
        """The recorded environment of the innermost statement around `node`, and the
        (ancestor, child) steps between them, innermost first."""
        path: list[tuple[ts.Node, ts.Node]] = []
        if facts.coarse:
            return facts.final or facts.latest or facts.initial, path
        n = node
        while True:
            env = facts.record.get(n.id)
            if env is not None:
                return env, path
            parent = n.parent
            if parent is None or n.id == scope.id:
                return facts.initial, path
            path.append((parent, n))
            n = parent

    # ---- statements ------------------------------------------------------------------------
    def record(self, node: ts.Node, env: Env, facts: Facts) -> None:
        if self._guarded and not self._quiet:
            g = self._guarded[-1]
            g.env = env.copy() if g.env is None else g.env.join(env)
        if facts.coarse:
            facts.latest = env  # no copy: a coarse scope keeps only where the walk is
            return
        old = facts.record.get(node.id)
        facts.record[node.id] = env.copy() if old is None else old.join(env)

    def begin_guarded(self) -> None:
        """Start a `try` body (or the handlers of one): every statement walked until
        `end_guarded` adds the environment before it to the join `end_guarded` returns."""
        self._guarded.append(_Guarded())

    def end_guarded(self) -> Env | None:
        """The join of the environments before the statements walked since `begin_guarded`
        (None when none ran); an enclosing `try` sees them too.

        An exception leaves a statement somewhere between its start and its end, so a handler
        may see the state before any statement of the body, and the state after one, which is
        the state before the next (or the body's exit, which the caller adds). Statements nested
        in a compound one are recorded too, so a raise midway through a block is covered.
        """
        g = self._guarded.pop()
        if g.env is not None and self._guarded:
            outer = self._guarded[-1]
            outer.env = g.env.copy() if outer.env is None else outer.env.join(g.env)
        return g.env

    def guarded_env(self) -> Env | None:
        """The join `end_guarded` would return now (None outside a guarded walk)."""
        return self._guarded[-1].env if self._guarded else None

    def run_finally(
        self, run: Callable[[Env], Env | None], normal: Env | None, every: Env
    ) -> Env | None:
        """Walk a `finally` block from `every` state that reaches it (so its sinks see them
        all), then again from the `normal` exits alone for the code after the statement (an
        exception or a `return` leaves it). None when the statement cannot complete normally."""
        out = run(every)
        if normal is None or out is None:
            return None
        if normal == every or self._reruns >= _MAX_FINALLY_RERUNS:
            return out
        self._reruns += 1
        try:
            return run(normal.copy())
        finally:
            self._reruns -= 1

    def loop(
        self,
        env: Env,
        body: ts.Node | None,
        facts: Facts,
        depth: int,
        *,
        bind: tuple[ts.Node, Val] | None = None,
        cond: ts.Node | None = None,
        infinite: bool = False,
    ) -> Env | None:
        """Run a loop body to a (two-pass) fixpoint; the environment after the loop."""
        head: Env = env
        exit_envs: list[Env | None] = []
        for _ in range(3):
            start = head.copy()
            if cond is not None:
                self.eval(cond, start, 0)
                true, false = self.conditions(cond, start)
                if not infinite:
                    exit_envs.append(refine(start, false))
                start = refine(start, true)
            if bind is not None:
                self.bind(bind[0], bind[1], start)
            self._loops.append(_Loop())
            try:
                out = self.exec_stmt(body, start, facts, depth + 1) if body is not None else start
            finally:
                ctx = self._loops.pop()
            exit_envs.extend(ctx.breaks)
            new = join_all([head, out, *ctx.continues])
            assert new is not None
            if new == head:
                break
            head = new
        if cond is None and not infinite:
            exit_envs.append(head)
        return join_all(exit_envs)

    def char_guard(
        self, target: ts.Node | None, iterable: ts.Node | None, body: ts.Node | None, env: Env
    ) -> Refinement:
        """`for c in x: if c not in ALLOWED: return`: what the loop proves of `x` once it ends."""
        if target is None or iterable is None or body is None:
            return {}
        if target.type not in ("identifier",):
            return {}
        subject = self.key_of(iterable)
        if subject is None:
            return {}
        stmts = [c for c in body.named_children if c.type != "comment"]
        if body.type not in ("block", "statement_block"):
            stmts = [body]
        if len(stmts) != 1 or stmts[0].type != "if_statement":
            return {}
        guard = stmts[0]
        cond = guard.child_by_field_name("condition")
        cons = guard.child_by_field_name("consequence")
        if cond is None or cons is None or guard.child_by_field_name("alternative") is not None:
            return {}
        inner = [c for c in cons.named_children if c.type != "comment"]
        if cons.type not in ("block", "statement_block"):
            inner = [cons]
        if not inner or inner[-1].type not in ("return_statement", "raise_statement",
                                               "throw_statement"):  # fmt: skip
            return {}
        probe = env.copy()
        probe.vars[self.text(target)] = frozenset({Flow(Taint("", _NO_SPAN, "input"))})
        _, false = self.conditions(cond, probe)
        kinds = false.get(self.text(target))
        return {subject: kinds} if kinds else {}

    def key_of(self, node: ts.Node) -> str | None:
        """The variable key an expression names (a name or a dotted attribute), else None."""
        return None

    def dead(self, stmt: ts.Node | None, facts: Facts, depth: int) -> None:
        """Walk a branch that cannot run (its condition is constant) with nothing known, so
        its sinks resolve and are clean of everything but the sources written inside them."""
        if stmt is None:
            return
        self._dead += 1
        self._quiet += 1
        try:
            self.exec_stmt(stmt, Env(), facts, depth)
        finally:
            self._dead -= 1
            self._quiet -= 1

    def jump(self, env: Env, *, is_break: bool) -> None:
        if self._dead:
            return
        if self._loops:
            (self._loops[-1].breaks if is_break else self._loops[-1].continues).append(env)

    def exec_block(
        self, stmts: Iterable[ts.Node], env: Env | None, facts: Facts, depth: int
    ) -> Env | None:
        for stmt in stmts:
            if not stmt.is_named or stmt.type == "comment":
                continue
            if env is None:
                # Unreachable code is still walked (with nothing known) so its sinks resolve.
                self._quiet += 1
                try:
                    self.exec_stmt(stmt, Env(), facts, depth)
                finally:
                    self._quiet -= 1
                continue
            env = self.exec_stmt(stmt, env, facts, depth)
        return env

    # ---- to implement -------------------------------------------------------------------
    def initial_env(self, scope: ts.Node) -> Env:
        raise NotImplementedError

    def walk_scope(self, scope: ts.Node, env: Env, facts: Facts) -> Env | None:
        raise NotImplementedError

    def exec_stmt(self, stmt: ts.Node, env: Env, facts: Facts, depth: int) -> Env | None:
        raise NotImplementedError

    def eval(self, node: ts.Node, env: Env, depth: int) -> Val:
        raise NotImplementedError

    def bind(self, target: ts.Node, val: Val, env: Env) -> None:
        raise NotImplementedError

    def const_of(self, node: ts.Node | None, env: Env, depth: int = 0) -> object:
        """The constant value of an expression in `env` (UNKNOWN when it is not fixed)."""
        raise NotImplementedError

    def conditions(self, cond: ts.Node, env: Env) -> tuple[Refinement, Refinement]:
        """What a condition proves when it holds and when it does not."""
        raise NotImplementedError

    def enter(self, outer: ts.Node, inner: ts.Node, env: Env) -> Env:
        """The environment inside `inner`, a child of `outer`, within one statement
        (comprehension variables, lambda parameters, the branches of a conditional)."""
        return env

    def flat(self, node: ts.Node, env: Env, names: frozenset[str]) -> Val:
        """Every identifier's value under `node`: the fallback for very deep expressions."""
        out: Val = CLEAN
        stack = [node]
        count = 0
        while stack and count < 20_000:
            n = stack.pop()
            count += 1
            if n.type in names:
                out = union(out, env.get(self.text(n)))
            else:
                stack.extend(n.named_children)
        return out
