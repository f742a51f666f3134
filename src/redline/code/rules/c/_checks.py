"""C and C++ rules that need code to match: calls, their arguments and the function around them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
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
from redline.code.rules._redos import redos_prone
from redline.code.rules._registry import Rule

_STRING_TYPES = frozenset({"string_literal", "concatenated_string", "raw_string_literal"})
_FUNCTION_TYPES = frozenset({"function_definition", "lambda_expression"})


@dataclass(frozen=True, slots=True)
class Call:
    """One call of a plain or namespace-qualified function: `strcpy(a, b)`, `std::system(c)`."""

    name: str
    node: ts.Node
    args: tuple[ts.Node, ...]


def _index(doc: Document) -> tuple[list[Call], list[ts.Node]]:
    """Every plain call and every node of a few other kinds, collected in one walk (cached)."""
    cached = doc.cache.get("c_index")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    calls: list[Call] = []
    others: list[ts.Node] = []
    stack = [doc.root]
    while stack:
        node = stack.pop()
        if node.type == "call_expression":
            fn = node.child_by_field_name("function")
            name = None
            if fn is not None and fn.type == "identifier":
                name = doc.node_text(fn)
            elif fn is not None and fn.type == "qualified_identifier":
                last = fn.child_by_field_name("name")
                scope = fn.child_by_field_name("scope")
                if (
                    last is not None
                    and last.type == "identifier"
                    and (scope is None or doc.node_text(scope) in ("std", ""))
                ):
                    name = doc.node_text(last)
            if name is not None:
                arglist = node.child_by_field_name("arguments")
                args = (
                    tuple(a for a in arglist.named_children if a.type != "comment")
                    if arglist is not None
                    else ()
                )
                calls.append(Call(name, node, args))
        elif node.type in (
            "delete_expression",
            "new_expression",
            "declaration",
            "compound_literal_expression",
            "for_range_loop",
            "for_statement",
        ):
            others.append(node)
        stack.extend(reversed(node.children))
    result = (calls, others)
    doc.cache["c_index"] = result
    return result


def _calls(doc: Document, names: Iterable[str]) -> Iterator[Call]:
    wanted = frozenset(names)
    for call in _index(doc)[0]:
        if call.name in wanted and doc.in_text(call.node):
            yield call


def _strip(node: ts.Node) -> ts.Node:
    """An expression without the parentheses and casts around it."""
    while node.type in ("parenthesized_expression", "cast_expression") and node.named_children:
        inner = node.child_by_field_name("value") if node.type == "cast_expression" else None
        node = inner if inner is not None else node.named_children[-1]
    return node


def _is_string(node: ts.Node) -> bool:
    return _strip(node).type in _STRING_TYPES


def _string_value(doc: Document, node: ts.Node) -> str | None:
    """The text of a string literal (adjacent literals joined), or None for anything else."""
    node = _strip(node)
    if node.type not in _STRING_TYPES:
        return None
    parts = [node] if node.type != "concatenated_string" else list(node.named_children)
    out: list[str] = []
    for part in parts:
        raw = doc.node_text(part)
        if part.type == "raw_string_literal":
            m = re.match(r'^\w*R"([^(]*)\((.*)\)\1"$', raw, re.DOTALL)
            out.append(m.group(2) if m else raw)
        elif part.type == "string_literal":
            out.append(re.sub(r'^\w*"|"$', "", raw))
        else:
            return None
    return "".join(out)


def _function_of(node: ts.Node) -> ts.Node | None:
    current = node.parent
    while current is not None:
        if current.type in _FUNCTION_TYPES:
            return current
        current = current.parent
    return None


def _scope_text(doc: Document, node: ts.Node) -> str:
    """The text of the function around a node (the whole document outside functions)."""
    fn = _function_of(node)
    return doc.node_text(fn) if fn is not None else doc.text


def _names(doc: Document, node: ts.Node) -> set[str]:
    """The identifiers an expression mentions."""
    found: set[str] = set()
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type == "identifier":
            found.add(doc.node_text(n))
        stack.extend(n.named_children)
    return found


def _base_name(doc: Document, node: ts.Node) -> str | None:
    """`buf` for `buf`, `&buf`, `buf + 1`, `(char *)buf`; `s->name` for a field; None otherwise."""
    node = _strip(node)
    if node.type == "pointer_expression" and node.named_children:
        node = _strip(node.named_children[-1])
    if node.type == "binary_expression":
        left = node.child_by_field_name("left")
        if left is not None:
            node = _strip(left)
    if node.type in ("identifier", "field_expression"):
        return doc.node_text(node)
    return None


def _report(rule: Rule, doc: Document, node: ts.Node, **kw: object) -> Finding:
    return rule.finding(doc, doc.span(node), **kw)  # type: ignore[arg-type]


def _guarded(doc: Document, node: ts.Node, names: set[str]) -> bool:
    """True when an `if`/`while`/`?:` condition around the node compares the length of a name."""
    current = node.parent
    while current is not None and current.type not in _FUNCTION_TYPES:
        if current.type in (
            "if_statement",
            "while_statement",
            "conditional_expression",
            "for_statement",
        ):
            cond = current.child_by_field_name("condition")
            if cond is not None and cond.end_byte <= node.start_byte:
                text = doc.node_text(cond)
                if re.search(r"[<>]", text) and any(
                    re.search(
                        rf"\b(?:strlen|wcslen|strnlen|sizeof|size|length)\s*\(?\s*{re.escape(n)}\b"
                        rf"|\b{re.escape(n)}\w*(?:len|size|Len|Size|LEN|SIZE|count)\b"
                        rf"|\b{re.escape(n)}\s*\.\s*(?:size|length)\s*\(",
                        text,
                    )
                    for n in names
                ):
                    return True
        current = current.parent
    return False


def _root_names(doc: Document, node: ts.Node) -> set[str]:
    """The variable an expression is about: `s` for s, s->f, s[i], &s, s + 1, (char *)s."""
    name = _base_name(doc, node)
    if name is None:
        stripped = _strip(node)
        if stripped.type == "subscript_expression":
            arg = stripped.child_by_field_name("argument")
            if arg is not None:
                return _root_names(doc, arg)
        return _names(doc, node)
    return {re.split(r"->|\.", name)[0].strip("&* ")} | {name}


def _arrays(doc: Document) -> list[tuple[str, ts.Node, ts.Node | None]]:
    """(name, array_declarator, function or None) of every declared array (cached)."""
    cached = doc.cache.get("c_arrays")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    found: list[tuple[str, ts.Node, ts.Node | None]] = []
    for decl in _index(doc)[1]:
        if decl.type != "declaration":
            continue
        for child in decl.named_children:
            array = (
                child.child_by_field_name("declarator")
                if child.type == "init_declarator"
                else child
            )
            if array is None or array.type != "array_declarator":
                continue
            inner = array.child_by_field_name("declarator")
            if inner is not None:
                found.append((doc.node_text(inner), array, _function_of(decl)))
    doc.cache["c_arrays"] = found
    return found


def _declared_array(doc: Document, node: ts.Node, name: str) -> ts.Node | None:
    """The declaration of a fixed-size local array `name` in the function around `node`."""
    fn = _function_of(node)  # None in a fragment of a function body: arrays at the top level
    found = None
    for array_name, array, owner in _arrays(doc):
        if array_name == name and owner == fn and array.start_byte < node.start_byte:
            found = array
    return found


def _array_size(doc: Document, node: ts.Node, dest: ts.Node) -> int | None:
    """The element count of a local or file-scope array `dest` names, when it is a plain number."""
    dest = _strip(dest)
    if dest.type != "identifier":
        return None
    name = doc.node_text(dest)
    fn = _function_of(node)
    size: int | None = None
    for array_name, array, owner in _arrays(doc):
        if array_name != name or array.start_byte >= node.start_byte:
            continue
        if owner is not None and owner != fn:
            continue
        count = array.child_by_field_name("size")
        text = doc.node_text(count) if count is not None else ""
        size = int(text) if re.fullmatch(r"\d+", text) else None
    return size


# ---- buffer copies (CWE-120) ----------------------------------------------------------------

_COPY = ("strcpy", "wcscpy", "_mbscpy", "lstrcpy", "lstrcpyA", "lstrcpyW", "StrCpy", "stpcpy")
_CONCAT = ("strcat", "wcscat", "_mbscat", "lstrcat", "lstrcatA", "lstrcatW", "StrCat")


def _before(doc: Document, node: ts.Node) -> str:
    """The text of the function around `node` up to the node."""
    fn = _function_of(node)
    start = fn.start_byte if fn is not None else doc.prefix_bytes
    return doc.data[start : node.start_byte].decode("utf-8", "replace")


def _sized_for(doc: Document, call: Call, dest: str, src: ts.Node) -> bool:
    """True when `dest` was allocated in the same function from a size computed with strlen()."""
    before = _before(doc, call.node)
    found = list(
        re.finditer(
            rf"(?<![\w.>]){re.escape(dest)}\s*=\s*(?:\([^()]*\)\s*)?(?:\w*alloc\w*|new)\b([^;]*)",
            before,
        )
    )
    if not found:
        return False
    size = found[-1].group(1)
    if re.search(r"\b(?:strlen|wcslen|strnlen)\s*\(", size):
        return True
    for name in re.findall(r"[A-Za-z_]\w*", size):
        decl = list(re.finditer(rf"\b{re.escape(name)}\s*=\s*([^;]*)", before))
        if decl and re.search(r"\b(?:strlen|wcslen|strnlen|size|length)\s*\(", decl[-1].group(1)):
            return True
    return False


def resolved_constant(doc: Document, node: ts.Node) -> bool:
    """is_constant, also for a local variable initialised from a constant and never reassigned."""
    node = _strip(node)
    if is_constant(doc, node):
        return True
    if node.type == "call_expression":  # s.c_str() of a constant local std::string
        fn = node.child_by_field_name("function")
        if fn is not None and fn.type == "field_expression":
            field = fn.child_by_field_name("field")
            base = fn.child_by_field_name("argument")
            if field is not None and doc.node_text(field) in ("c_str", "data") and base is not None:
                return resolved_constant(doc, base)
        return False
    if node.type != "identifier":
        return False
    name = doc.node_text(node)
    scope = _function_of(node)
    if scope is None:
        return False
    value: ts.Node | None = None
    stack = [scope]
    while stack:
        n = stack.pop()
        if n.type == "init_declarator":
            decl = n.child_by_field_name("declarator")
            while decl is not None and decl.type in (
                "pointer_declarator",
                "array_declarator",
                "reference_declarator",
            ):
                decl = decl.child_by_field_name("declarator") or (
                    decl.named_children[-1] if decl.named_children else None
                )
            if decl is not None and doc.node_text(decl) == name:
                if value is not None:
                    return False
                value = n.child_by_field_name("value")
        elif n.type in ("assignment_expression", "update_expression"):
            left = n.child_by_field_name("left") or n.child_by_field_name("argument")
            if left is not None and doc.node_text(left) == name:
                return False
        elif n.type == "call_expression":
            args = n.child_by_field_name("arguments")
            if (
                args is not None
                and any(doc.node_text(a) in (name, "&" + name) for a in args.named_children)
                and n.end_byte <= node.start_byte
            ):
                fn_node = n.child_by_field_name("function")
                fname = doc.node_text(fn_node) if fn_node is not None else ""
                if fname not in ("strlen", "printf", "puts", "fputs", "sizeof"):
                    return False  # possibly written through by the call
        stack.extend(n.named_children)
    if value is None:
        return False
    if value.type in {"initializer_list", "argument_list"}:
        return all(is_constant(doc, c) for c in value.named_children)
    return is_constant(doc, value)


def _function_start(node: ts.Node) -> int:
    fn = _function_of(node)
    return fn.start_byte if fn is not None else 0


_COPY_CHECKED = (
    "{name}() has no bound of its own; the destination looks sized or checked for the source "
    "here: make sure that holds for every path, including the terminating NUL, or use a bounded "
    "copy."
)
_COPY_FIXED = (
    "{name}() copies a fixed string into a destination whose size is not visible here; make sure "
    "it fits, or use snprintf()/strlcpy()."
)


def unbounded_copy(doc: Document, rule: Rule) -> Iterator[Finding]:
    """strcpy() and its relatives with a source whose length is not fixed in the source.

    Copies of a fixed string, and copies under a length check or into a buffer allocated from the
    source's length, are reported at low confidence (audit level) unless they provably fit."""
    for call in _calls(doc, _COPY):
        if len(call.args) < 2:
            continue
        dest, src = call.args[0], call.args[1]
        if resolved_constant(doc, src):
            literal = _string_value(doc, src)
            size = _array_size(doc, call.node, dest)
            if size is not None and literal is not None:
                if size < len(literal.encode()) + 1:
                    yield _report(rule, doc, call.node, confidence=Confidence.HIGH)
                continue
            yield _report(
                rule,
                doc,
                call.node,
                confidence=Confidence.LOW,
                message=_COPY_FIXED.format(name=call.name),
            )
            continue
        dest_name = _base_name(doc, dest)
        if (dest_name and _sized_for(doc, call, dest_name, src)) or _guarded(
            doc, call.node, _root_names(doc, src)
        ):
            yield _report(
                rule,
                doc,
                call.node,
                confidence=Confidence.LOW,
                message=_COPY_CHECKED.format(name=call.name),
            )
            continue
        yield _report(rule, doc, call.node)


def unbounded_concat(doc: Document, rule: Rule) -> Iterator[Finding]:
    """strcat() and its relatives: the remaining room of the destination is never checked.

    Appends under a length check or into a buffer allocated from the pieces' lengths are
    reported at low confidence (audit level)."""
    for call in _calls(doc, _CONCAT):
        if len(call.args) < 2:
            continue
        dest_name = _base_name(doc, call.args[0])
        if _guarded(
            doc, call.node, _root_names(doc, call.args[1]) | _root_names(doc, call.args[0])
        ) or (dest_name and _sized_for(doc, call, dest_name, call.args[1])):
            yield _report(
                rule,
                doc,
                call.node,
                confidence=Confidence.LOW,
                message=_COPY_CHECKED.format(name=call.name),
            )
            continue
        yield _report(rule, doc, call.node)


_UNBOUNDED_S = re.compile(r"%(?:[-+ #0]*)(?:\d+|\*)?(?:l|ls|hs|ws)?[sS]")
_PRINTF_SPEC = re.compile(r"%[-+ #0]*(\d+|\*)?(?:\.(\d+|\*))?[hlLqjzt]*[diouxXeEfgGaAcspnSC%]")


def _string_specs(fmt: str) -> int:
    """How many %s conversions of a printf format have no precision (unbounded)."""
    count = 0
    for m in _PRINTF_SPEC.finditer(fmt):
        spec = m.group(0)
        if spec.endswith(("s", "S")) and m.group(2) is None:
            count += 1
    return count


# The longest text one conversion writes (no width): by conversion, then with an l/ll/j/z/t size.
_SPEC_MAX = {"d": (11, 20), "i": (11, 20), "u": (10, 20), "x": (8, 16), "X": (8, 16)}
_SPEC_MAX |= {"o": (11, 22), "c": (1, 1), "C": (1, 1), "p": (18, 18), "%": (1, 1), "n": (0, 0)}


def _format_max(doc: Document, fmt: str, args: Sequence[ts.Node]) -> int | None:
    """An upper bound of the length sprintf() writes for `fmt` and `args` (None: unbounded)."""
    total = len(fmt.encode())
    index = 0
    for m in _PRINTF_SPEC.finditer(fmt):
        spec = m.group(0)
        conv = spec[-1]
        width, precision = m.group(1), m.group(2)
        if width == "*" or precision == "*":
            return None
        if conv != "%":
            index += 1
        if conv in ("s", "S"):
            value = _string_value(doc, args[index - 1]) if index <= len(args) else None
            if precision is not None:
                most = int(precision)
            elif value is not None:
                most = len(value.encode())
            else:
                return None
        elif conv in _SPEC_MAX:
            most = _SPEC_MAX[conv][1 if re.search(r"[lLqjzt]", spec) else 0]
        elif conv in "eEgGaA":
            most = (int(precision) if precision else 6) + 24
        else:  # %f: up to 309 digits before the point
            return None
        total += max(most, int(width) if width else 0) - len(spec.encode())
    return total


_SPRINTF_BOUNDED = (
    "{name}() writes into a buffer with no size; the format bounds the output but nothing checks "
    "it against the destination. Use snprintf(buf, sizeof buf, ...)."
)


def sprintf_unbounded(doc: Document, rule: Rule) -> Iterator[Finding]:
    """sprintf()/vsprintf() writing strings of run-time length into a buffer with no bound.

    Calls whose output length the format bounds (numbers, fixed strings) are reported at low
    confidence (audit level), unless the bound provably fits a local array."""
    for call in _calls(doc, ("sprintf", "vsprintf", "wsprintf", "wsprintfA", "swprintf_s_unsafe")):
        if len(call.args) < 2:
            continue
        low = {
            "confidence": Confidence.LOW,
            "message": _SPRINTF_BOUNDED.format(name=call.name),
        }
        fmt = _string_value(doc, call.args[1])
        if fmt is None:
            if call.name == "vsprintf" or not is_constant(doc, call.args[1]):
                yield _report(rule, doc, call.node)
            else:
                yield _report(rule, doc, call.node, **low)
            continue
        rest = call.args[2:]
        dest_name = _base_name(doc, call.args[0])
        if (
            not _string_specs(fmt)
            or (rest and all(resolved_constant(doc, a) for a in rest))
            or (dest_name and _sized_for(doc, call, dest_name, call.args[1]))
        ):
            size = _array_size(doc, call.node, call.args[0])
            most = _format_max(doc, fmt, rest) if size is not None else None
            if size is None or most is None or most + 1 > size:
                yield _report(rule, doc, call.node, **low)
            continue
        yield _report(rule, doc, call.node)


_FMT_FUNCS = {
    "printf": 0,
    "wprintf": 0,
    "fprintf": 1,
    "fwprintf": 1,
    "dprintf": 1,
    "sprintf": 1,
    "swprintf": 2,
    "snprintf": 2,
    "_snprintf": 2,
    "syslog": 1,
    "err": 1,
    "errx": 1,
    "warn": 0,
    "warnx": 0,
    "printk": 0,
    "NSLog": 0,
}


def format_string(doc: Document, rule: Rule) -> Iterator[Finding]:
    """printf-family calls whose format is not a literal (CWE-134)."""
    for call in _calls(doc, _FMT_FUNCS):
        pos = _FMT_FUNCS[call.name]
        if len(call.args) <= pos:
            continue
        fmt = _strip(call.args[pos])
        if resolved_constant(doc, fmt):
            continue
        # gettext-style wrappers of a literal: _("..."), gettext("...")
        if fmt.type == "call_expression":
            inner = fmt.child_by_field_name("arguments")
            if (
                inner is not None
                and inner.named_children
                and all(_is_string(a) for a in inner.named_children)
            ):
                continue
        # a format that is a parameter of a variadic wrapper is forwarded on purpose
        fn = _function_of(call.node)
        if fn is not None and "..." in doc.node_text(fn.child_by_field_name("declarator") or fn):
            continue
        if len(call.args) > pos + 1:
            continue  # arguments follow: the format is a variable holding a format
        yield _report(rule, doc, call.node)


def bound_from_source(doc: Document, rule: Rule) -> Iterator[Finding]:
    """strncpy/strncat/snprintf/memcpy into a buffer whose bound comes from the source's length."""
    for call in _calls(doc, ("strncpy", "wcsncpy", "strncat", "wcsncat", "strlcpy", "strlcat")):
        if len(call.args) < 3:
            continue
        dest, src, size = call.args[0], call.args[1], call.args[2]
        size_text = doc.node_text(size)
        src_names = {n for n in _names(doc, src) if len(n) > 1}
        dest_name = _base_name(doc, dest)
        if dest_name and dest_name in size_text and call.name not in ("strncat", "wcsncat"):
            continue
        if (
            call.name in ("strncat", "wcsncat")
            and dest_name
            and re.fullmatch(rf"sizeof\s*\(?\s*{re.escape(dest_name)}\s*\)?", size_text.strip())
        ):
            yield _report(rule, doc, call.node)
            continue
        if _mentions_source(size_text, src_names):
            yield _report(rule, doc, call.node)
    for call in _calls(doc, ("snprintf", "_snprintf", "swprintf", "vsnprintf")):
        if len(call.args) < 4:
            continue
        dest, size = call.args[0], call.args[1]
        size_text = doc.node_text(size)
        dest_name = _base_name(doc, dest)
        if dest_name and dest_name.split("->")[-1].split(".")[-1] in size_text:
            continue
        src_names = {n for a in call.args[3:] for n in _names(doc, a) if len(n) > 1}
        if _mentions_source(size_text, src_names):
            yield _report(rule, doc, call.node)


def _mentions_source(size_text: str, src_names: set[str]) -> bool:
    for name in src_names:
        if re.search(
            rf"\b(?:strlen|wcslen|sizeof|strnlen)\s*\(?\s*{re.escape(name)}\b", size_text
        ) or re.search(
            rf"\b{re.escape(name)}_?(?:len|length|size|sz|Len|Length|Size)\b", size_text
        ):
            return True
    return False


def memcpy_stack_buffer(doc: Document, rule: Rule) -> Iterator[Finding]:
    """memcpy()/memmove() into a fixed-size local array with a run-time size.

    The rule is audit level only; copies under a visible check are still reported, for review."""
    for call in _calls(doc, ("memcpy", "memmove", "CopyMemory", "RtlCopyMemory", "wmemcpy")):
        if len(call.args) < 3:
            continue
        dest, size = call.args[0], call.args[2]
        if is_constant(doc, size):
            continue
        size_text = doc.node_text(size)
        if "sizeof" in size_text:
            continue
        name = _base_name(doc, dest)
        if name is None or _declared_array(doc, call.node, name) is None:
            continue
        yield _report(rule, doc, call.node)


# ---- allocation ------------------------------------------------------------------------------

_ALLOC = re.compile(r"(?i)^\w*(?:alloc|alloca)\w*$")
_OVERFLOW_CHECK = re.compile(
    r"SIZE_MAX|__builtin_mul_overflow|ckd_mul|INT_MAX|UINT_MAX|numeric_limits|SafeMul|"
    r"check_mul|mul_overflow|reallocarray"
)


def _multiplication(doc: Document, node: ts.Node) -> ts.Node | None:
    node = _strip(node)
    if node.type == "binary_expression":
        op = node.child_by_field_name("operator")
        if op is not None and doc.node_text(op) == "*":
            factors = [
                _strip(c)
                for c in (node.child_by_field_name("left"), node.child_by_field_name("right"))
                if c is not None
            ]
            dynamic = [
                f for f in factors if not is_constant(doc, f) and f.type != "sizeof_expression"
            ]
            if dynamic:
                return node
        for child in node.named_children:
            found = _multiplication(doc, child)
            if found is not None:
                return found
    return None


def alloc_multiplication(doc: Document, rule: Rule) -> Iterator[Finding]:
    """An allocation size computed by an unchecked multiplication of run-time values."""
    calls, others = _index(doc)
    for call in calls:
        if not doc.in_text(call.node) or not call.args:
            continue
        if not _ALLOC.match(call.name):
            continue
        if not any(_multiplication(doc, a) is not None for a in call.args):
            continue
        if _OVERFLOW_CHECK.search(_scope_text(doc, call.node)):
            continue
        yield _report(rule, doc, call.node)
    for node in others:
        if node.type != "new_expression" or not doc.in_text(node):
            continue
        decl = node.child_by_field_name("declarator")
        if decl is None or decl.type != "new_declarator":
            continue
        length = decl.child_by_field_name("length") or (
            decl.named_children[0] if decl.named_children else None
        )
        if length is None or _multiplication(doc, length) is None:
            continue
        if _OVERFLOW_CHECK.search(_scope_text(doc, node)):
            continue
        yield _report(rule, doc, node)


def delete_mismatch(doc: Document, rule: Rule) -> Iterator[Finding]:
    """`delete p` of memory from `new T[n]`, or delete of malloc()'d memory (CWE-762)."""
    _, others = _index(doc)
    for node in others:
        if node.type != "delete_expression" or not doc.in_text(node):
            continue
        is_array = any(c.type == "[" for c in node.children)
        target = node.named_children[-1] if node.named_children else None
        if target is None or target.type not in ("identifier", "field_expression"):
            continue
        name = re.escape(doc.node_text(target))
        scope = _scope_text(doc, node)
        fn = _function_of(node)
        before = scope[: node.start_byte - (fn.start_byte if fn is not None else 0)]
        assigns = list(re.finditer(rf"(?<![\w>.]){name}\s*(?:\[[^\]]*\])?\s*=\s*([^;]*)", before))
        if not assigns:
            assigns = list(re.finditer(rf"\*\s*{name}\s*=\s*([^;]*)", before))
        if not assigns:
            continue
        value = assigns[-1].group(1)
        if (not is_array and re.match(r"\s*new\b[^;(]*\[", value)) or re.match(
            r"\s*(?:\([^()]*\)\s*)?(?:[mc]alloc|realloc|strdup)\s*\(", value
        ):
            yield _report(rule, doc, node)


def free_non_heap(doc: Document, rule: Rule) -> Iterator[Finding]:
    """free() of a local array or of the address of a variable (CWE-590)."""
    for call in _calls(doc, ("free",)):
        if len(call.args) != 1:
            continue
        arg = _strip(call.args[0])
        if arg.type == "pointer_expression" and doc.node_text(arg).startswith("&"):
            inner = _strip(arg.named_children[-1])
            if inner.type in ("identifier", "field_expression"):
                yield _report(rule, doc, call.node)
            continue
        if (
            arg.type == "identifier" and _declared_array(doc, call.node, doc.node_text(arg))
        ) or arg.type == "string_literal":
            yield _report(rule, doc, call.node)


# ---- pointer lifetimes -----------------------------------------------------------------------


def _statement_of(node: ts.Node) -> ts.Node | None:
    current: ts.Node | None = node
    while current is not None and current.parent is not None:
        if current.parent.type == "compound_statement":
            return current
        current = current.parent
    return None


def _assigns(doc: Document, stmt: ts.Node, name: str) -> bool:
    stack = [stmt]
    while stack:
        n = stack.pop()
        if n.type == "assignment_expression":
            left = n.child_by_field_name("left")
            if left is not None and doc.node_text(left) == name:
                return True
        if n.type == "init_declarator":
            decl = n.child_by_field_name("declarator")
            if decl is not None and doc.node_text(decl).lstrip("* ") == name:
                return True
        stack.extend(n.named_children)
    return False


def _use_of(doc: Document, stmt: ts.Node, name: str) -> ts.Node | None:
    """The first dereference of `name` in a statement, or a call that receives it."""
    stack = [stmt]
    found: list[ts.Node] = []
    while stack:
        n = stack.pop()
        if n.type in ("field_expression", "subscript_expression"):
            base = n.child_by_field_name("argument")
            same = base is not None and base.type == "identifier" and doc.node_text(base) == name
            if same and (
                n.type == "subscript_expression"
                or "->" in doc.node_text(n)[len(name) : len(name) + 3]
            ):
                found.append(n)
        elif n.type == "pointer_expression" and doc.node_text(n).startswith("*"):
            inner = n.named_children[-1] if n.named_children else None
            if inner is not None and inner.type == "identifier" and doc.node_text(inner) == name:
                found.append(n)
        elif n.type == "call_expression":
            args = n.child_by_field_name("arguments")
            fn = n.child_by_field_name("function")
            fname = doc.node_text(fn) if fn is not None else ""
            if args is not None and not fname.endswith(("sizeof", "assert")):
                for a in args.named_children:
                    if a.type == "identifier" and doc.node_text(a) == name:
                        found.append(n)
        stack.extend(n.named_children)
    return min(found, key=lambda x: x.start_byte) if found else None


def use_after_free(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A pointer used again in the same block after free() and before any reassignment."""
    for call in _calls(doc, ("free",)):
        if len(call.args) != 1 or call.args[0].type != "identifier":
            continue
        name = doc.node_text(call.args[0])
        stmt = _statement_of(call.node)
        if stmt is None or stmt.type != "expression_statement":
            continue
        sibling = stmt.next_named_sibling
        while sibling is not None:
            if sibling.type in (
                "return_statement",
                "break_statement",
                "continue_statement",
                "goto_statement",
                "labeled_statement",
            ):
                if sibling.type == "return_statement":
                    use = _use_of(doc, sibling, name)
                    if use is not None:
                        yield _report(rule, doc, use)
                break
            if sibling.type in (
                "if_statement",
                "for_statement",
                "while_statement",
                "do_statement",
                "switch_statement",
            ) and _assigns(doc, sibling, name):
                break
            use = _use_of(doc, sibling, name)
            if use is not None:
                yield _report(rule, doc, use)
                break
            if _assigns(doc, sibling, name):
                break
            sibling = sibling.next_named_sibling


_CHECKER = re.compile(r"(?i)fail|check|null|assert|valid|guard|verify|expect|require")
_ALLOCATORS = ("malloc", "calloc", "realloc", "strdup", "strndup", "aligned_alloc")


def missing_null_check(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Memory from malloc()/calloc()/realloc() used before anything checks it for NULL."""
    for call in _calls(doc, _ALLOCATORS):
        parent = call.node.parent
        while parent is not None and parent.type in ("cast_expression", "parenthesized_expression"):
            parent = parent.parent
        if parent is None:
            continue
        if parent.type == "assignment_expression":
            target = parent.child_by_field_name("left")
        elif parent.type == "init_declarator":
            target = parent.child_by_field_name("declarator")
            while target is not None and target.type == "pointer_declarator":
                target = target.child_by_field_name("declarator")
        else:
            continue
        if target is None or target.type != "identifier":
            continue
        name = doc.node_text(target)
        stmt = _statement_of(call.node)
        if stmt is None:
            continue
        sibling = stmt.next_named_sibling
        checked = re.compile(rf"(?<![\w.>]){re.escape(name)}\b(?!\s*(?:\[|->|\.))")
        while sibling is not None:
            if sibling.type in (
                "if_statement",
                "while_statement",
                "return_statement",
                "do_statement",
                "for_statement",
                "switch_statement",
            ):
                cond = sibling.child_by_field_name("condition")
                text = doc.node_text(cond if cond is not None else sibling)
                if checked.search(text) or sibling.type == "return_statement":
                    break
            text = doc.node_text(sibling)
            if re.search(r"\bassert\s*\(|\bif\b|\?", text) and checked.search(text):
                break
            use = _use_of(doc, sibling, name)
            if (
                use is not None
                and use.type == "call_expression"
                and _CHECKER.search(doc.node_text(use.child_by_field_name("function") or use))
            ):
                break  # return_if_alloc_failed(p), CHECK_NOT_NULL(p): a check, not a use
            if use is not None:
                # A size chosen by the caller makes failure easy to provoke: report it by default.
                outer = _function_of(call.node)
                ints = _int_params(doc, outer)[0] if outer is not None else set()
                sized = any(_plain_names(doc, a) & ints for a in call.args)
                yield _report(rule, doc, use, confidence=Confidence.MEDIUM if sized else None)
                break
            if _assigns(doc, sibling, name):
                break
            sibling = sibling.next_named_sibling


# ---- injection -------------------------------------------------------------------------------

_SQL = re.compile(
    r"^\s*(?:SELECT\b[\s\S]+\bFROM\b|INSERT\s+INTO\b|UPDATE\s+\S+\s+SET\b|DELETE\s+FROM\b|"
    r"REPLACE\s+INTO\b|(?:CREATE|DROP|ALTER)\s+TABLE\b)|\bWHERE\s+\w+\s*(?:=|LIKE)\s*'?$",
    re.IGNORECASE,
)
_XPATH = re.compile(r"^\s*/{1,2}[\w*@.]+(?:/[\w*@.]*)*\[|\[\s*@?\w+\s*=\s*['\"]?$")


def _literal_pieces(doc: Document, node: ts.Node) -> tuple[list[str], bool]:
    """The literal strings of a `+` chain and whether a run-time operand joins them."""
    node = _strip(node)
    if node.type == "binary_expression":
        op = node.child_by_field_name("operator")
        if op is not None and doc.node_text(op) == "+":
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            parts: list[str] = []
            dynamic = False
            for side in (left, right):
                if side is None:
                    continue
                p, d = _literal_pieces(doc, side)
                parts.extend(p)
                dynamic = dynamic or d
            return parts, dynamic
    value = _string_value(doc, node)
    if value is not None:
        return [value], False
    if node.type == "call_expression":  # std::string("...")
        args = node.child_by_field_name("arguments")
        if args is not None and len(args.named_children) == 1:
            inner = _string_value(doc, args.named_children[0])
            if inner is not None:
                return [inner], False
    return [], not is_constant(doc, node)


def _built_queries(doc: Document, pattern: re.Pattern[str]) -> Iterator[ts.Node]:
    """Format calls and string concatenations that build a query matching `pattern`."""
    for call in _calls(
        doc,
        (
            "sprintf",
            "snprintf",
            "_snprintf",
            "asprintf",
            "swprintf",
            "sqlite3_mprintf",
            "g_strdup_printf",
            "format",
        ),
    ):
        pos = {
            "sprintf": 1,
            "asprintf": 1,
            "sqlite3_mprintf": 0,
            "g_strdup_printf": 0,
            "format": 0,
        }.get(call.name, 2)
        if len(call.args) <= pos + 1:
            continue
        fmt = _string_value(doc, call.args[pos])
        if fmt is None:
            continue
        if call.name == "format":
            placeholder = re.search(r"\{\}", fmt)
        elif call.name == "sqlite3_mprintf":
            placeholder = re.search(r"%s", fmt)  # %q and %Q quote; %s does not
        else:
            placeholder = re.search(r"%[-0-9.*]*[sS]", fmt)
        if not placeholder:
            continue
        head = fmt[: placeholder.start()]
        if not pattern.search(head) and not pattern.search(fmt.split("%")[0] + " "):
            continue
        if all(is_constant(doc, a) for a in call.args[pos + 1 :]):
            continue
        yield call.node
    seen: set[int] = set()
    stack = [doc.root]
    while stack:
        n = stack.pop()
        if n.type == "binary_expression" and n.id not in seen:
            op = n.child_by_field_name("operator")
            if op is not None and doc.node_text(op) == "+" and doc.in_text(n):
                parts, dynamic = _literal_pieces(doc, n)
                if dynamic and parts and pattern.search(parts[0]):
                    yield n
                    sub = [n]
                    while sub:  # do not report the inner links of the same chain
                        s = sub.pop()
                        seen.add(s.id)
                        sub.extend(s.named_children)
                    continue
        stack.extend(n.named_children)


def sql_built_query(doc: Document, rule: Rule) -> Iterator[Finding]:
    """SQL text assembled with printf-style formatting or concatenation of run-time values."""
    for node in _built_queries(doc, _SQL):
        yield _report(rule, doc, node)


def xpath_built_query(doc: Document, rule: Rule) -> Iterator[Finding]:
    """XPath expressions assembled from run-time values."""
    for node in _built_queries(doc, _XPATH):
        yield _report(rule, doc, node)


# ---- path traversal --------------------------------------------------------------------------

_OPENERS = (
    "fopen",
    "open",
    "openat",
    "creat",
    "freopen",
    "_wfopen",
    "fopen_s",
    "stat",
    "opendir",
    "unlink",
    "remove",
    "ifstream",
    "ofstream",
    "fstream",
)
_PATH_CHECK = re.compile(
    r"\brealpath\s*\(|\bcanonical\w*\s*\(|\bweakly_canonical\b|\bPathCanonicalize|"
    r"\"\.\.\"|'\.\.'|\.\./|\bstrstr\s*\([^;]*\"\.\.|\bfind\s*\(\s*\"\.\.\"|"
    r"\blexically_normal\b|\bbasename\s*\(|\bstrchr\s*\([^;]*'/'|\bstrpbrk\s*\("
)
_JOIN_FORMAT = re.compile(r"%s\s*/\s*%s|%s%s|/%s")


def _params(doc: Document, fn: ts.Node | None) -> set[str]:
    if fn is None:
        return set()
    decl = fn.child_by_field_name("declarator")
    names: set[str] = set()
    while decl is not None and decl.type not in ("function_declarator",):
        decl = decl.child_by_field_name("declarator")
    if decl is None:
        return names
    params = decl.child_by_field_name("parameters")
    if params is None:
        return names
    for p in params.named_children:
        d = p.child_by_field_name("declarator")
        while d is not None and d.type not in ("identifier",):
            d = d.child_by_field_name("declarator") or (
                d.named_children[-1] if d.named_children else None
            )
        if d is not None:
            names.add(doc.node_text(d))
    return names


def path_traversal(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A file opened at a path joined from a parameter with no check for `..` or escape."""
    for call in _calls(doc, ("snprintf", "sprintf", "strcat", "strncat", "asprintf")):
        fn = _function_of(call.node)
        params = _params(doc, fn)
        if not params:
            continue
        pos = {"sprintf": 1, "asprintf": 1, "strcat": 1, "strncat": 1}.get(call.name, 2)
        if len(call.args) <= pos:
            continue
        if call.name.startswith("str"):
            joined = call.args[pos]
            if not (_names(doc, joined) & params):
                continue
        else:
            fmt = _string_value(doc, call.args[pos])
            if fmt is None or not _JOIN_FORMAT.search(fmt):
                continue
            if not any(_names(doc, a) & params for a in call.args[pos + 1 :]):
                continue
        dest = _base_name(doc, call.args[0])
        if dest is None or fn is None:
            continue
        scope = doc.node_text(fn)
        if _PATH_CHECK.search(scope):
            continue
        opened = re.search(
            rf"\b(?:{'|'.join(_OPENERS)})\s*[(\s]\s*(?:\w+\s*,\s*)?{re.escape(dest)}\b", scope
        )
        if opened:
            yield _report(rule, doc, call.node)
    # C++: std::string path = dir + "/" + name;  then std::ifstream(path) / fopen(path.c_str())
    stack = [doc.root]
    while stack:
        n = stack.pop()
        if n.type in ("init_declarator", "assignment_expression") and doc.in_text(n):
            left = n.child_by_field_name("declarator" if n.type == "init_declarator" else "left")
            value = n.child_by_field_name("value" if n.type == "init_declarator" else "right")
            if left is not None and value is not None and value.type == "binary_expression":
                parts, dynamic = _literal_pieces(doc, value)
                fn = _function_of(n)
                params = _params(doc, fn)
                if dynamic and "/" in parts and (_names(doc, value) & params) and fn is not None:
                    name = doc.node_text(left)
                    scope = doc.node_text(fn)
                    if not _PATH_CHECK.search(scope) and re.search(
                        rf"\b(?:{'|'.join(_OPENERS)})\s*[({{\s]\s*(?:\w+\s*[,(]\s*)?"
                        rf"{re.escape(name)}\b",
                        scope,
                    ):
                        yield _report(rule, doc, n)
            continue
        stack.extend(n.named_children)


# ---- cryptography ----------------------------------------------------------------------------

_SECURITY_WORDS = re.compile(
    r"passw|secret|token|nonce|salt|\bkey|_key|Key\b|session|otp\b|\bpin\b|cookie|csrf|"
    r"crypt|random_bytes|uuid|auth|iv\b",
    re.IGNORECASE,
)


def insecure_random(doc: Document, rule: Rule) -> Iterator[Finding]:
    """rand()/random()/drand48(): predictable; medium confidence where secrets are made."""
    for call in _calls(doc, ("rand", "random", "drand48", "lrand48", "mrand48", "rand_r")):
        if call.args and call.name in ("rand", "random"):
            continue
        fn = _function_of(call.node)
        context = doc.node_text(fn.child_by_field_name("declarator") or fn) if fn else ""
        stmt = _statement_of(call.node)
        context += " " + (doc.node_text(stmt) if stmt is not None else "")
        conf = Confidence.MEDIUM if _SECURITY_WORDS.search(context) else Confidence.LOW
        yield _report(rule, doc, call.node, confidence=conf)


_IV_NAME = re.compile(
    r"(?:^|[_.>])(?:iv|IV|nonce|Nonce|NONCE)(?:$|_|\w*copy)|^(?:iv|nonce)\w*$", re.IGNORECASE
)
_SALT_NAME = re.compile(r"salt", re.IGNORECASE)


def _literal_fill(doc: Document, call: Call) -> bool:
    """memcpy(x, "literal", n) / memset(x, 0, n) / strcpy(x, "literal")."""
    if call.name == "memset":
        return len(call.args) >= 2 and is_constant(doc, call.args[1])
    return len(call.args) >= 2 and _is_string(call.args[1])


def _fixed_value(doc: Document, rule: Rule, name_re: re.Pattern[str]) -> Iterator[Finding]:
    for call in _calls(doc, ("memcpy", "memset", "strcpy", "strncpy", "memmove")):
        if not call.args:
            continue
        dest = _base_name(doc, call.args[0])
        if (
            dest
            and name_re.search(dest.split("->")[-1].split(".")[-1])
            and _literal_fill(doc, call)
        ):
            yield _report(rule, doc, call.node)
    _, others = _index(doc)
    for node in others:
        if node.type != "declaration" or not doc.in_text(node):
            continue
        for init in node.named_children:
            if init.type != "init_declarator":
                continue
            decl = init.child_by_field_name("declarator")
            value = init.child_by_field_name("value")
            if decl is None or value is None:
                continue
            while decl.type in ("array_declarator", "pointer_declarator"):
                inner = decl.child_by_field_name("declarator")
                if inner is None:
                    break
                decl = inner
            if not name_re.search(doc.node_text(decl)):
                continue
            if value.type in ("initializer_list", "string_literal", "concatenated_string"):
                if value.type == "initializer_list" and not value.named_children:
                    continue  # `= {0}`-style empty init followed by a random fill is fine
                if value.type == "initializer_list" and len(value.named_children) == 1:
                    continue
                if is_constant(doc, value):
                    yield _report(rule, doc, init)
    # key-derivation calls with a literal salt
    for call in _calls(doc, ("PKCS5_PBKDF2_HMAC", "PKCS5_PBKDF2_HMAC_SHA1", "EVP_BytesToKey")):
        idx = 2
        if name_re is _SALT_NAME and len(call.args) > idx and _is_string(call.args[idx]):
            yield _report(rule, doc, call.node)


def static_iv(doc: Document, rule: Rule) -> Iterator[Finding]:
    """An initialisation vector or nonce filled from a literal (CWE-329)."""
    yield from _fixed_value(doc, rule, _IV_NAME)
    for call in _calls(doc, ("EVP_EncryptInit_ex", "EVP_CipherInit_ex", "EVP_EncryptInit")):
        iv = (
            call.args[-1]
            if call.name == "EVP_EncryptInit"
            else (call.args[4] if len(call.args) > 4 else None)
        )
        if iv is not None and _is_string(iv):
            yield _report(rule, doc, call.node)


def constant_salt(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A password-hash salt that is a literal or zero-filled (CWE-760)."""
    yield from _fixed_value(doc, rule, _SALT_NAME)


# ---- permissions -----------------------------------------------------------------------------

_MODE_CALLS = {
    "chmod": 1,
    "fchmod": 1,
    "open": 2,
    "creat": 1,
    "mkdir": 1,
    "openat": 3,
    "fchmodat": 2,
    "mkfifo": 1,
}
_SECRET_CONTEXT = re.compile(r"secret|private|passw|credential|token|\bkey", re.IGNORECASE)


def _mode_bits(doc: Document, node: ts.Node) -> int | None:
    text = doc.node_text(node).strip()
    if re.fullmatch(r"0[0-7]*", text):
        return int(text, 8)
    if re.fullmatch(r"\d+", text):
        return None
    bits = {
        "S_IRWXU": 0o700,
        "S_IRUSR": 0o400,
        "S_IWUSR": 0o200,
        "S_IXUSR": 0o100,
        "S_IRWXG": 0o070,
        "S_IRGRP": 0o040,
        "S_IWGRP": 0o020,
        "S_IXGRP": 0o010,
        "S_IRWXO": 0o007,
        "S_IROTH": 0o004,
        "S_IWOTH": 0o002,
        "S_IXOTH": 0o001,
        "ACCESSPERMS": 0o777,
        "ALLPERMS": 0o7777,
        "DEFFILEMODE": 0o666,
    }
    names = re.findall(r"\w+", text)
    if not names or any(n not in bits and not re.fullmatch(r"0[0-7]*", n) for n in names):
        return None
    value = 0
    for n in names:
        value |= bits[n] if n in bits else int(n, 8)
    return value


def loose_permissions(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Files or directories made world-writable, or secrets made readable by others."""
    for call in _calls(doc, _MODE_CALLS):
        pos = _MODE_CALLS[call.name]
        if len(call.args) <= pos:
            continue
        if call.name in ("open", "openat") and "O_CREAT" not in doc.node_text(call.node):
            continue
        mode = _mode_bits(doc, call.args[pos])
        if mode is None:
            continue
        if mode & 0o002:
            yield _report(rule, doc, call.node)
        elif (
            mode & 0o077
            and call.name != "mkdir"
            and _SECRET_CONTEXT.search(_scope_text(doc, call.node))
        ):
            yield _report(
                rule,
                doc,
                call.node,
                confidence=Confidence.LOW,
                message="A file that holds secrets is created readable by other users; "
                "create it with mode 0600.",
            )
    for call in _calls(doc, ("umask",)):
        mode = _mode_bits(doc, call.args[0]) if call.args else None
        if mode is not None and (mode & 0o002) == 0:
            yield _report(rule, doc, call.node)


def command_injection(doc: Document, rule: Rule) -> Iterator[Finding]:
    """system()/popen() with a command that is not fixed in the source."""
    for call in _calls(doc, ("system", "popen", "_popen", "_wpopen", "_wsystem", "wordexp")):
        if not call.args or resolved_constant(doc, call.args[0]):
            continue
        yield _report(rule, doc, call.node)


# ---- values from the caller that reach text sinks (HTML, logs, headers, URLs) -----------------

_BUILDERS = {
    # name: (destination position, first source position, format position or -1)
    "strcpy": (0, 1, -1),
    "strncpy": (0, 1, -1),
    "strlcpy": (0, 1, -1),
    "strcat": (0, 1, -1),
    "strncat": (0, 1, -1),
    "strlcat": (0, 1, -1),
    "memcpy": (0, 1, -1),
    "sprintf": (0, 2, 1),
    "snprintf": (0, 3, 2),
    "asprintf": (0, 2, 1),
    "vsnprintf": (0, 3, 2),
    "fprintf": (0, 2, 1),
    "printf": (-1, 1, 0),
    "syslog": (-1, 2, 1),
}
_STRING_TYPE = re.compile(r"\bchar\b|string|wchar|\bTCHAR\b|\bLPC?W?STR\b|\bgchar\b")
_ESCAPE_CALL = re.compile(
    r"\b\w*(?:[Ee]scape|[Ss]aniti[sz]e|[Ee]ncode|htmlspecialchars|[Qq]uote)\w*\s*\("
)
_CRLF_CHECK = re.compile(
    r"'\\[rn]'|\b(?:strchr|strrchr|strpbrk|strcspn|strspn|find|find_first_of|find_first_not_of|"
    r"replace|erase|remove|remove_if|count)\s*\([^;]*\\[rn]|\b(?:iscntrl|isprint|isgraph)\s*\("
)
_VALIDATION_CALL = (
    r"\b\w*(?:[Mm]atch|[Vv]alid|[Cc]heck|[Ss]earch|regexec|isalnum|isalpha|isdigit|isxdigit|"
    r"all_of|any_of|none_of|find_first_not_of|strspn|strcspn|[Ee]scape|[Ee]ncode|[Ss]aniti[sz]e)"
    r"\w*\s*\([^;{{}}]*\b{name}\b"
)


def _function_name(doc: Document, fn: ts.Node) -> str:
    decl = fn.child_by_field_name("declarator")
    while decl is not None and decl.type != "function_declarator":
        decl = decl.child_by_field_name("declarator")
    inner = decl.child_by_field_name("declarator") if decl is not None else None
    return doc.node_text(inner) if inner is not None else ""


def _doc_comment(doc: Document, fn: ts.Node) -> str:
    """The comments right above a function, and its name."""
    return doc_comment(doc, _function_name(doc, fn), fn)


def _string_params(doc: Document, fn: ts.Node) -> set[str]:
    """The function's parameters that carry text (char pointers, strings)."""
    decl = fn.child_by_field_name("declarator")
    while decl is not None and decl.type != "function_declarator":
        decl = decl.child_by_field_name("declarator")
    params = decl.child_by_field_name("parameters") if decl is not None else None
    found: set[str] = set()
    if params is None:
        return found
    for p in params.named_children:
        if p.type != "parameter_declaration":
            continue
        text = doc.node_text(p)
        d = p.child_by_field_name("declarator")
        while d is not None and d.type != "identifier":
            d = d.child_by_field_name("declarator") or (
                d.named_children[-1] if d.named_children else None
            )
        if d is not None and _STRING_TYPE.search(text) and "const char **" not in text:
            found.add(doc.node_text(d))
    return found


def _aliases(doc: Document, fn: ts.Node) -> set[str]:
    """Text parameters and the locals that hold them: `char *name = user;`, copies, `+` joins."""
    names = _string_params(doc, fn)
    if not names:
        return names
    body = fn.child_by_field_name("body")
    if body is None:
        return names
    for _ in range(2):
        stack = [body]
        while stack:
            n = stack.pop()
            target: ts.Node | None = None
            value: ts.Node | None = None
            if n.type == "init_declarator":
                target, value = n.child_by_field_name("declarator"), n.child_by_field_name("value")
            elif n.type == "assignment_expression":
                target, value = n.child_by_field_name("left"), n.child_by_field_name("right")
            elif n.type == "call_expression":
                fname = doc.node_text(n.child_by_field_name("function") or n)
                args = n.child_by_field_name("arguments")
                spec = _BUILDERS.get(fname)
                if spec is not None and spec[0] == 0 and args is not None:
                    items = [a for a in args.named_children if a.type != "comment"]
                    if len(items) > spec[1] and any(
                        _names(doc, a) & names for a in items[spec[1] :]
                    ):
                        target = items[0]
                        value = None
                        base = _base_name(doc, target)
                        if base is not None and re.fullmatch(r"\w+", base):
                            names.add(base)
            if target is not None and value is not None:
                while target.type in ("pointer_declarator", "reference_declarator"):
                    inner = target.child_by_field_name("declarator")
                    if inner is None:
                        break
                    target = inner
                if target.type == "identifier" and _carries(doc, value, names):
                    names.add(doc.node_text(target))
            stack.extend(n.named_children)
    return names


def _carries(doc: Document, value: ts.Node, names: set[str]) -> bool:
    """True when an expression is one of `names` itself, a cast or `.c_str()` of it, or a `+`
    join that includes it."""
    value = _strip(value)
    if value.type == "identifier":
        return doc.node_text(value) in names
    if value.type == "binary_expression":
        op = value.child_by_field_name("operator")
        if op is not None and doc.node_text(op) == "+":
            return any(
                _carries(doc, side, names)
                for side in (value.child_by_field_name("left"), value.child_by_field_name("right"))
                if side is not None
            )
        return False
    if value.type == "call_expression":
        fn = value.child_by_field_name("function")
        args = value.child_by_field_name("arguments")
        if fn is not None and fn.type == "field_expression":
            field = fn.child_by_field_name("field")
            base = fn.child_by_field_name("argument")
            if field is not None and doc.node_text(field) in ("c_str", "data", "substr"):
                return base is not None and _carries(doc, base, names)
        if fn is not None and doc.node_text(fn) in ("std::string", "string", "strdup"):
            return args is not None and any(_carries(doc, a, names) for a in args.named_children)
    return False


@dataclass(frozen=True, slots=True)
class _Built:
    """A place where text is assembled: a copy/format call, a `+` join or a `<<` chain."""

    node: ts.Node
    dest: str  # the destination's text ("" for a value that is returned or printed)
    literals: tuple[str, ...]
    values: tuple[ts.Node, ...]  # the run-time pieces
    name: str  # the call's name, "+" or "<<"


def _chain(doc: Document, node: ts.Node, op: str, out: list[ts.Node]) -> None:
    node = _strip(node) if op == "+" else node
    if node.type == "binary_expression":
        o = node.child_by_field_name("operator")
        if o is not None and doc.node_text(o) == op:
            for side in (node.child_by_field_name("left"), node.child_by_field_name("right")):
                if side is not None:
                    _chain(doc, side, op, out)
            return
    out.append(node)


def _built(doc: Document, fn: ts.Node) -> Iterator[_Built]:
    body = fn.child_by_field_name("body")
    if body is None:
        return
    stack = [body]
    while stack:
        n = stack.pop()
        if n.type == "call_expression":
            fname = doc.node_text(n.child_by_field_name("function") or n)
            fname = fname.removeprefix("std::")
            spec = _BUILDERS.get(fname)
            args = n.child_by_field_name("arguments")
            if spec is not None and args is not None:
                items = [a for a in args.named_children if a.type != "comment"]
                if len(items) > spec[1]:
                    lits: list[str] = []
                    if spec[2] >= 0:
                        fmt = _string_value(doc, items[spec[2]])
                        if fmt is None:
                            stack.extend(n.named_children)
                            continue
                        lits.append(fmt)
                    srcs = items[spec[1] :]
                    lits.extend(v for v in (_string_value(doc, s) for s in srcs) if v is not None)
                    dest = doc.node_text(items[spec[0]]) if spec[0] >= 0 else ""
                    yield _Built(n, dest, tuple(lits), tuple(srcs), fname)
        elif n.type == "binary_expression":
            o = n.child_by_field_name("operator")
            op = doc.node_text(o) if o is not None else ""
            if op in ("+", "<<"):
                pieces: list[ts.Node] = []
                _chain(doc, n, op, pieces)
                if op == "<<":
                    dest = doc.node_text(pieces[0])
                    pieces = pieces[1:]
                else:
                    parent = n.parent
                    dest = ""
                    if parent is not None and parent.type == "init_declarator":
                        d = parent.child_by_field_name("declarator")
                        dest = doc.node_text(d) if d is not None else ""
                    elif parent is not None and parent.type == "assignment_expression":
                        d = parent.child_by_field_name("left")
                        dest = doc.node_text(d) if d is not None else ""
                lits = [v for v in (_string_value(doc, p) for p in pieces) if v is not None]
                returned = n.parent is not None and n.parent.type == "return_statement"
                if lits or op == "<<" or returned:
                    yield _Built(n, dest, tuple(lits), tuple(pieces), op)
                continue  # the links of one chain are one place
        stack.extend(n.named_children)


def _reaching(doc: Document, built: _Built, names: set[str]) -> bool:
    return any(_carries(doc, v, names) for v in built.values)


def _functions(doc: Document) -> Iterator[ts.Node]:
    stack = [doc.root]
    while stack:
        n = stack.pop()
        if n.type == "function_definition" and doc.in_text(n):
            yield n
        stack.extend(n.named_children)


def _taking_text(doc: Document) -> Iterator[tuple[ts.Node, set[str], str]]:
    """Each function with text parameters: (function, the parameters and their aliases, its
    code without comments)."""
    for fn in _functions(doc):
        names = _aliases(doc, fn)
        if names:
            yield fn, names, code_text(doc, fn)


def html_from_input(doc: Document, rule: Rule) -> Iterator[Finding]:
    """HTML text assembled from a caller's string with no escaping in the function."""
    for fn, names, code in _taking_text(doc):
        if _ESCAPE_CALL.search(code):
            continue
        html_doc = bool(HTML_WORDS.search(_doc_comment(doc, fn)))
        for built in _built(doc, fn):
            if built.name in ("syslog", "fprintf") or not _reaching(doc, built, names):
                continue
            if any(HTML_TAG.search(lit) for lit in built.literals) or (
                html_doc
                and (
                    built.node.parent is None
                    or built.node.parent.type == "return_statement"
                    or built.name not in ("+", "<<")
                )
            ):
                yield _report(rule, doc, built.node)
                break


def _log_place(doc: Document, fn: ts.Node, built: _Built) -> Confidence | None:
    """None when the text is not a log line; otherwise the confidence to report it at: medium
    for log-building code (a buffer named for a log, the text a log function assembles), low
    for a parameter handed to syslog() or written to a log file."""
    if built.name == "syslog" or (built.name == "fprintf" and words(built.dest) & LOG_WORDS):
        return Confidence.LOW
    target = re.split(r"->|\.", built.dest)[-1]
    if built.name not in ("printf", "fprintf") and words(target) & LOG_WORDS:
        return Confidence.MEDIUM
    if built.name not in ("printf", "fprintf") and words(_function_name(doc, fn)) & LOG_WORDS:
        return Confidence.MEDIUM
    return None


def log_from_input(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A log line assembled from a caller's string with no line-break removal."""
    for fn, names, code in _taking_text(doc):
        if _CRLF_CHECK.search(code) or _ESCAPE_CALL.search(code):
            continue
        for built in _built(doc, fn):
            if not _reaching(doc, built, names):
                continue
            confidence = _log_place(doc, fn, built)
            if confidence is not None:
                yield _report(rule, doc, built.node, confidence=confidence)
                break


_HEADER_LINE = re.compile(
    r"(?:^|\\n|\n)(?:[A-Z][a-z]+(?:-[A-Z][A-Za-z]+)+|Location|Host|Cookie|Referer|Authorization|"
    r"Origin|Link|Refresh|Server|Allow|Expires|Pragma|Via)\s*:\s*%s"
)


def header_from_input(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A response header value taken from a caller's string with no CR/LF check."""
    for fn, names, code in _taking_text(doc):
        if _CRLF_CHECK.search(code) or _ESCAPE_CALL.search(code):
            continue
        found: ts.Node | None = None
        for built in _built(doc, fn):
            if built.name in ("+", "<<", "syslog", "printf") or not _reaching(doc, built, names):
                continue
            if words(built.dest) & HEADER_WORDS or any(
                _HEADER_LINE.search(lit) for lit in built.literals[:1]
            ):
                found = built.node
                break
        if found is None:  # C++: headers["Name"] = value;
            stack = [fn]
            while stack and found is None:
                n = stack.pop()
                if n.type == "assignment_expression":
                    left = n.child_by_field_name("left")
                    right = n.child_by_field_name("right")
                    if (
                        left is not None
                        and right is not None
                        and left.type == "subscript_expression"
                        and not re.fullmatch(
                            r"\[\s*\w+\s*\]",
                            doc.node_text(left.child_by_field_name("indices") or left)[-200:],
                        )
                        and words(doc.node_text(left.child_by_field_name("argument") or left))
                        & HEADER_WORDS
                        and _carries(doc, right, names)
                    ):
                        found = n
                stack.extend(n.named_children)
        if found is not None:
            yield _report(rule, doc, found)


def _validated(code: str, name: str) -> bool:
    """True when the function checks a value: a regex or validator call, a character-class loop."""
    n = re.escape(name)
    if re.search(_VALIDATION_CALL.format(name=n), code):
        return True
    iterated = re.search(rf"\b{n}\s*\[\s*\w+\s*\]|:\s*{n}\s*\)", code)
    return bool(iterated and re.search(r"\bis(?:alnum|alpha|digit|xdigit|lower|upper)\s*\(", code))


_URL_HOST_SPEC = re.compile(r"(?:https?|wss?|ftp)://((?:%[-0-9.*]*s)+)\.")


def _format_arg(fmt: str, start: int) -> int:
    """The index of the argument consumed by the conversion at `start` of a printf format."""
    return sum(1 for m in _PRINTF_SPEC.finditer(fmt[:start]) if m.group(0) != "%%")


def url_host_from_input(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A URL whose host name begins with a caller's string (`https://%s.example.com`)."""
    for fn, names, code in _taking_text(doc):
        for built in _built(doc, fn):
            host: ts.Node | None = None
            if built.name in _BUILDERS and _BUILDERS[built.name][2] >= 0 and built.literals:
                m = _URL_HOST_SPEC.search(built.literals[0])
                if m is not None:
                    k = _format_arg(built.literals[0], m.start(1))
                    if k < len(built.values):
                        host = built.values[k]
            elif built.name == "+":
                host = url_host_piece(built.values, lambda n: _string_value(doc, n))
            if host is None or not _carries(doc, host, names):
                continue
            checked = (_names(doc, host) & names) | _string_params(doc, fn)
            if any(_validated(code, name) for name in checked):
                continue
            yield _report(rule, doc, built.node)


# ---- indexes and sizes from the caller (CWE-125, CWE-787, CWE-468) --------------------------

_TO_INT = (
    "atoi",
    "atol",
    "atoll",
    "strtol",
    "strtoul",
    "strtoll",
    "strtoull",
    "stoi",
    "stol",
    "stoul",
    "stoll",
    "stoull",
)
_SIZE_PARAM = re.compile(r"(?i)^(?:\w*_)?(?:size|len|length|count|n|num\w*|cap\w*|max\w*)$")


def _compared(code: str, name: str) -> bool:
    n = re.escape(name)
    return bool(
        re.search(
            rf"\b{n}\s*(?:<=?|>=?)(?!<|>)|(?<![<>])(?:<=?|>=?)\s*{n}\b|"
            rf"\b(?:min|max|clamp|MIN|MAX|assert)\s*\([^;]*\b{n}\b|\b{n}\s*%",
            code,
        )
    )


def _plain_names(doc: Document, node: ts.Node) -> set[str]:
    """The identifiers of an expression outside the calls inside it (not `n` of strlen(n))."""
    found: set[str] = set()
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type == "identifier":
            found.add(doc.node_text(n))
        elif n.type not in ("call_expression", "sizeof_expression"):
            stack.extend(n.named_children)
    return found


def _int_params(doc: Document, fn: ts.Node) -> tuple[set[str], set[str]]:
    """(integer parameters, all parameter names) of a function."""
    decl = fn.child_by_field_name("declarator")
    while decl is not None and decl.type != "function_declarator":
        decl = decl.child_by_field_name("declarator")
    params = decl.child_by_field_name("parameters") if decl is not None else None
    ints: set[str] = set()
    every: set[str] = set()
    if params is None:
        return ints, every
    for p in params.named_children:
        d = p.child_by_field_name("declarator")
        if d is None or d.type != "identifier":
            if d is not None:
                every.add(doc.node_text(d).strip("*& "))
            continue
        every.add(doc.node_text(d))
        t = p.child_by_field_name("type")
        if t is not None and re.fullmatch(
            r"(?:unsigned |signed |const )*(?:int|long|long long|short|size_t|ssize_t|"
            r"u?int(?:8|16|32|64)_t|unsigned)",
            doc.node_text(t),
        ):
            ints.add(doc.node_text(d))
    return ints, every


def index_from_input(doc: Document, rule: Rule) -> Iterator[Finding]:
    """An array indexed by a number parsed from a string, or by an integer parameter of a
    function that is also given the array's size, with no comparison of the index."""
    for fn in _functions(doc):
        code = code_text(doc, fn)
        ints, every = _int_params(doc, fn)
        sized = {p for p in ints if _SIZE_PARAM.match(p)}
        parsed: set[str] = set()
        stack = [fn]
        while stack:
            n = stack.pop()
            if n.type in ("init_declarator", "assignment_expression"):
                target = n.child_by_field_name("declarator" if n.type[0] == "i" else "left")
                value = n.child_by_field_name("value" if n.type[0] == "i" else "right")
                if target is not None and value is not None and target.type == "identifier":
                    v = _strip(value)
                    if v.type == "call_expression":
                        name = doc.node_text(v.child_by_field_name("function") or v)
                        if name.removeprefix("std::") in _TO_INT:
                            parsed.add(doc.node_text(target))
            stack.extend(n.named_children)
        candidates = parsed | ((ints - sized) if sized else set())
        if not candidates:
            continue
        stack = [fn]
        while stack:
            n = stack.pop()
            if n.type == "subscript_expression":
                arg = n.child_by_field_name("argument")
                idx_list = n.child_by_field_name("indices") or n.child_by_field_name("index")
                idx = (
                    idx_list.named_children[0]
                    if idx_list is not None
                    and (idx_list.type == "subscript_argument_list")
                    and idx_list.named_children
                    else idx_list
                )
                if (
                    idx is not None
                    and idx.type == "identifier"
                    and doc.node_text(idx) in candidates
                    and arg is not None
                    and _base_name(doc, arg) in every
                    and not _compared(code, doc.node_text(idx))
                ):
                    yield _report(rule, doc, n)
                    break
            stack.extend(n.named_children)


def index_underflow(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A loop that reads `s[n - 1]` and counts `n` down without testing that `n` stays above 0."""
    stack = [doc.root]
    while stack:
        n = stack.pop()
        if n.type in ("while_statement", "for_statement") and doc.in_text(n):
            cond = n.child_by_field_name("condition")
            body = n.child_by_field_name("body")
            if cond is not None and body is not None:
                ctext = code_text(doc, cond)
                for m in re.finditer(r"\b\w+\s*\[\s*(\w+)\s*-\s*1\s*\]", ctext):
                    var = re.escape(m.group(1))
                    guarded = re.search(
                        rf"\b{var}\s*(?:>|!=|>=)|(?:<|<=)\s*{var}\b|(?:^|&&|\()\s*{var}\s*&&", ctext
                    )
                    if guarded:
                        continue
                    if re.search(rf"\b{var}\s*--|--\s*{var}\b|\b{var}\s*-=", code_text(doc, body)):
                        yield _report(rule, doc, cond)
                        break
        stack.extend(n.named_children)


_BYTE_TYPES = re.compile(
    r"^(?:const\s+)?(?:unsigned\s+char|signed\s+char|char|u?int8_t|void|std::byte|byte|BYTE|"
    r"u8|uchar|guint8|gchar|wchar_t)$"
)


def _pointer_type(doc: Document, fn: ts.Node, name: str) -> str | None:
    """The pointed-to type of a pointer parameter or local `name` ("long long" for
    `long long *values`), or None when it is not declared as a pointer in the function."""
    stack = [fn]
    while stack:
        n = stack.pop()
        if n.type in ("parameter_declaration", "declaration"):
            t = n.child_by_field_name("type")
            for d in n.named_children:
                target = d.child_by_field_name("declarator") if d.type == "init_declarator" else d
                if target is not None and target.type == "pointer_declarator":
                    inner = target.child_by_field_name("declarator")
                    if inner is not None and doc.node_text(inner) == name and t is not None:
                        return re.sub(r"\s+", " ", doc.node_text(t)).strip()
        stack.extend(n.named_children)
    return None


def scaled_pointer_arithmetic(doc: Document, rule: Rule) -> Iterator[Finding]:
    """`p + i * sizeof(T)` on a typed pointer: the index is scaled twice."""
    stack = [doc.root]
    while stack:
        n = stack.pop()
        if n.type == "binary_expression" and doc.in_text(n):
            op = n.child_by_field_name("operator")
            left = n.child_by_field_name("left")
            right = n.child_by_field_name("right")
            if (
                op is not None
                and doc.node_text(op) in ("+", "-")
                and left is not None
                and right is not None
                and left.type == "identifier"
                and re.search(r"\*\s*sizeof\b|\bsizeof\s*\([^()]*\)\s*\*", doc.node_text(right))
            ):
                fn = _function_of(n)
                pointee = _pointer_type(doc, fn, doc.node_text(left)) if fn else None
                if pointee is not None and not _BYTE_TYPES.match(pointee):
                    yield _report(rule, doc, n)
                    continue
        stack.extend(n.named_children)


# ---- archives, regular expressions ---------------------------------------------------------


_DOTDOT_CHECK = re.compile(
    r"\"\.\.\"|'\.\.'|\.\./|\bis_absolute\b|\brealpath\s*\(|\bcanonical\w*\s*\("
)


def _with_callees(doc: Document, fn: ts.Node) -> str:
    """A function's code and the code of the functions of the same file that it calls."""
    defined = {_function_name(doc, f): f for f in _functions(doc)}
    code = code_text(doc, fn)
    parts = [code]
    for name in set(re.findall(r"\b(\w+)\s*\(", code)):
        callee = defined.get(name)
        if callee is not None and callee != fn:
            parts.append(code_text(doc, callee))
    return "\n".join(parts)


def archive_extract_unchecked(doc: Document, rule: Rule) -> Iterator[Finding]:
    """libarchive entries written to disk with no `..`/absolute-path check and without the
    ARCHIVE_EXTRACT_SECURE_* options."""
    if re.search(r"ARCHIVE_EXTRACT_SECURE_NODOTDOT", code_text(doc, doc.root)):
        return
    reported: set[int] = set()
    for call in _calls(
        doc, ("archive_write_header", "archive_read_extract", "archive_read_extract2")
    ):
        fn = _function_of(call.node)
        if fn is None or fn.id in reported or _DOTDOT_CHECK.search(_with_callees(doc, fn)):
            continue
        reported.add(fn.id)
        yield _report(rule, doc, call.node)


_STD_REGEX = re.compile(
    r"\b(?:std::|boost::)?(?:w?regex|basic_regex<[^>]*>)\s*(?:\w+\s*)?[({]\s*([^;]*?)\s*"
    r"(?:,\s*(?:std::)?regex(?:_constants)?::\w+[^;]*)?[)}]\s*;"
)


def regex_from_input(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A regular expression compiled from a caller's string that was not escaped."""
    for fn, names, code in _taking_text(doc):
        for call in _calls(doc, ("regcomp",)):
            if (
                _function_of(call.node) == fn
                and len(call.args) >= 2
                and _carries(doc, call.args[1], names)
            ):
                yield _report(rule, doc, call.node)
        for m in _STD_REGEX.finditer(code):
            arg = m.group(1).strip()
            if re.fullmatch(r"\w+(?:\.c_str\(\))?", arg) and arg.split(".")[0] in names:
                start = fn.start_byte + len(code[: m.start()].encode("utf-8"))
                node = doc.root.descendant_for_byte_range(start, start + len(m.group(0)))
                if node is not None:
                    yield _report(rule, doc, node)


def redos_regex(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A std::regex literal with nested or overlapping repetition (catastrophic backtracking)."""

    stack = [doc.root]
    while stack:
        n = stack.pop()
        if n.type in ("raw_string_literal", "string_literal") and doc.in_text(n):
            value = _string_value(doc, n)
            if value is not None and re.search(r"[+*}]\s*\)[+*{]|\)[*+]|\][+*]", value):
                pattern = value if n.type == "raw_string_literal" else _unescape(value)
                if redos_prone(pattern) and _regex_use(doc, n):
                    yield _report(rule, doc, n)
            continue
        stack.extend(n.named_children)


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\\" if m.group(1) == "\\" else "\\" + m.group(1), value)


def _regex_use(doc: Document, node: ts.Node) -> bool:
    """True when a literal is given to std::regex, directly or through a local variable."""
    stmt = _statement_of(node) or node
    text = doc.node_text(stmt)
    if re.search(r"\bregex\b", text):
        return True
    fn = _function_of(node)
    m = re.search(r"(\w+)\s*(?:=|\{|\()\s*(?:R\"|\")", text)
    if fn is None or m is None:
        return False
    return bool(re.search(rf"\bregex\b[^;]*\b{re.escape(m.group(1))}\b", code_text(doc, fn)))


# ---- host checks (CWE-20) ----------------------------------------------------------------------


def _host_like(doc: Document, node: ts.Node) -> bool:
    return bool(words(doc.node_text(node)) & HOST_WORDS)


def incomplete_domain_check(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A host name tested against a domain by substring (strstr, find) or by a suffix with no
    check of the dot before it: `evil-example.com` passes a check for `example.com`."""
    for call in _calls(doc, ("strstr", "strcasestr")):
        if len(call.args) != 2 or any(resolved_constant(doc, a) for a in call.args):
            continue
        if _host_like(doc, call.args[0]) and _host_like(doc, call.args[1]):
            yield _report(rule, doc, call.node)
    stack = [doc.root]
    while stack:
        n = stack.pop()
        if n.type == "call_expression" and doc.in_text(n):
            fn = n.child_by_field_name("function")
            args = n.child_by_field_name("arguments")
            if fn is not None and fn.type == "field_expression" and args is not None:
                field = doc.node_text(fn.child_by_field_name("field") or fn)
                base = fn.child_by_field_name("argument")
                items = args.named_children
                if (
                    field in ("find", "ends_with", "rfind")
                    and base is not None
                    and len(items) == 1
                    and not resolved_constant(doc, items[0])
                    and _host_like(doc, base)
                    and _host_like(doc, items[0])
                ):
                    outer = _function_of(n)
                    scope = code_text(doc, outer) if outer is not None else ""
                    if field == "find" or not re.search(r"'\.'|\"\.\"\s*\+", scope):
                        yield _report(rule, doc, n)
        stack.extend(n.named_children)


# ---- snprintf() results used as lengths -------------------------------------------------------

_SNPRINTF = re.compile(r"^(?:\w*_)?v?sn(?:w)?printf(?:_s)?$|^_v?snw?printf$|^v?swprintf$", re.I)


def snprintf_result_unchecked(doc: Document, rule: Rule) -> Iterator[Finding]:
    """The result of snprintf() kept in a variable that is never compared (audit level)."""
    for call in _index(doc)[0]:
        if not _SNPRINTF.match(call.name) or not doc.in_text(call.node):
            continue
        parent = call.node.parent
        target: ts.Node | None = None
        if parent is None:
            continue
        if (
            parent.type == "assignment_expression"
            and parent.child_by_field_name("right") == call.node
        ):
            target = parent.child_by_field_name("left")
        elif parent.type == "init_declarator" and parent.child_by_field_name("value") == call.node:
            target = parent.child_by_field_name("declarator")
        if target is None:
            continue
        name = re.escape(doc.node_text(target).strip("*& "))
        fn = _function_of(call.node)
        end = fn.end_byte if fn is not None else len(doc.data)
        after = doc.data[call.node.end_byte : end].decode("utf-8", "replace")
        if re.search(
            rf"(?<![\w.>]){name}\s*(?:[<>]=?|==)|(?:[<>]=?|==)\s*(?:\([\w\s]+\)\s*)?{name}\b"
            rf"|\b(?:min|MIN|std::min)\s*\([^;]*\b{name}\b",
            after,
        ):
            continue
        yield _report(rule, doc, call.node)


# ---- C++ random engines with a fixed seed -----------------------------------------------------

_ENGINES = frozenset(
    {
        "mt19937",
        "mt19937_64",
        "default_random_engine",
        "minstd_rand",
        "minstd_rand0",
        "ranlux24",
        "ranlux48",
        "ranlux24_base",
        "ranlux48_base",
        "knuth_b",
    }
)


def _engine_type(doc: Document, node: ts.Node | None) -> bool:
    return node is not None and re.sub(r"^(?:::)?std::", "", doc.node_text(node)) in _ENGINES


def _fixed_seed(args: ts.Node | None) -> bool:
    """True for `()`, `{}`, `(42)`, `{42u}`: no seed, or a literal one."""
    if args is None:
        return False
    values = [a for a in args.named_children if a.type != "comment"]
    return all(_strip(a).type == "number_literal" for a in values)


def random_engine_fixed_seed(doc: Document, rule: Rule) -> Iterator[Finding]:
    """std::mt19937 and the other standard engines left at their default or a literal seed."""
    if not any(e in doc.text for e in _ENGINES):
        return
    calls, others = _index(doc)
    for call in calls:
        if call.name not in _ENGINES or not doc.in_text(call.node):
            continue
        fn = call.node.child_by_field_name("function")
        if _engine_type(doc, fn) and _fixed_seed(call.node.child_by_field_name("arguments")):
            yield _report(rule, doc, call.node)
    for node in others:
        if not doc.in_text(node):
            continue
        if node.type == "compound_literal_expression":
            if _engine_type(doc, node.child_by_field_name("type")) and _fixed_seed(
                node.child_by_field_name("value")
            ):
                yield _report(rule, doc, node)
            continue
        if node.type != "declaration" or not _engine_type(doc, node.child_by_field_name("type")):
            continue
        for child in node.named_children:
            if child.type == "identifier":  # std::mt19937 gen;  (seeded later with .seed()?)
                fn = _function_of(node)
                end = fn.end_byte if fn is not None else len(doc.data)
                later = doc.data[node.end_byte : end].decode("utf-8", "replace")
                name = re.escape(doc.node_text(child))
                if not re.search(rf"\b{name}\s*\.\s*seed\s*\(", later):
                    yield _report(rule, doc, node)
            elif child.type == "init_declarator" and _fixed_seed(
                child.child_by_field_name("value")
            ):
                yield _report(rule, doc, node)


# ---- fixed-size character buffers (audit) ----------------------------------------------------

_CHAR_ELEMENT = re.compile(
    r"^(?:(?:un)?signed\s+)?(?:char|wchar_t|char8_t|char16_t|char32_t|TCHAR|WCHAR|CHAR|_TCHAR|"
    r"u?int8_t|u8|uchar|UChar|BYTE|gchar|guchar|xmlChar|u_char)$"
)
_STATEMENT_TYPES = frozenset(
    {
        "expression_statement",
        "if_statement",
        "for_statement",
        "while_statement",
        "do_statement",
        "return_statement",
        "switch_statement",
    }
)
_RECORD_TYPES = frozenset(
    {
        "field_declaration_list",
        "struct_specifier",
        "class_specifier",
        "union_specifier",
        "namespace_definition",
        "linkage_specification",
        "declaration_list",
        "template_declaration",
    }
)


def _body_fragment(doc: Document) -> bool:
    """True when the document looks like a piece of a function body, not a whole file."""
    cached = doc.cache.get("c_body_fragment")
    if cached is None:
        top = [c for c in doc.root.named_children if c.type != "comment" and doc.in_text(c)]
        # statements at the top level, or only indented declarations: lines cut from a body
        cached = any(c.type in _STATEMENT_TYPES for c in top) or (
            bool(top) and all(c.start_point[1] > 0 for c in top)
        )
        doc.cache["c_body_fragment"] = cached
    return bool(cached)


def _in_function_body(doc: Document, decl: ts.Node) -> bool:
    """True for a declaration inside a function body, also in a fragment the parser recovered."""
    current = decl.parent
    while current is not None:
        if current.type in ("compound_statement", "function_definition"):
            return current.type == "compound_statement"
        if current.type in _RECORD_TYPES:
            return False
        if current.type == "ERROR":
            head = doc.data[current.start_byte : decl.start_byte].decode("utf-8", "replace")
            # a function header opened before the declaration and not closed again
            opened = head.rfind("{")
            if re.search(r"\)\s*(?:const\s*)?\{", head) and opened > head.rfind("}"):
                return True
        current = current.parent
    return _body_fragment(doc)


def _plain_initializer(doc: Document, value: ts.Node | None) -> bool:
    """True for no initializer or one that only clears the buffer: `{0}`, `{}`, `""`."""
    if value is None:
        return True
    text = re.sub(r"\s+", "", doc.node_text(value))
    return text in ("{0}", "{}", '""', "{'\\0'}", '{""}', 'L""', "{0,}")


_READS = frozenset(
    {
        "strlen",
        "wcslen",
        "strnlen",
        "strcmp",
        "strncmp",
        "strcasecmp",
        "strncasecmp",
        "wcscmp",
        "strchr",
        "strrchr",
        "strstr",
        "strspn",
        "strcspn",
        "memcmp",
        "printf",
        "fprintf",
        "puts",
        "fputs",
        "wprintf",
        "atoi",
        "atol",
        "atof",
        "strtol",
        "strtoul",
        "strtoll",
        "strtoull",
        "strtod",
        "strdup",
        "strndup",
        "fopen",
        "open",
        "write",
        "send",
        "fwrite",
        "syslog",
        "perror",
        "access",
        "stat",
        "unlink",
        "remove",
    }
)


def _calls_by_start(doc: Document) -> tuple[list[int], list[Call]]:
    """The indexed calls in source order with their start offsets, for range look-ups (cached)."""
    cached = doc.cache.get("c_calls_by_start")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    ordered = sorted(_index(doc)[0], key=lambda c: c.node.start_byte)
    result = ([c.node.start_byte for c in ordered], ordered)
    doc.cache["c_calls_by_start"] = result
    return result


def _visibly_bounded(
    doc: Document, fn: ts.Node | None, decl: ts.Node, name: str, size: str
) -> bool:
    """True when a whole function is in view and every later mention of the buffer is a read
    (`strlen(buf)`, `buf[0] == c`), a `sizeof`, or an argument of a call that is also given its
    size (`snprintf(buf, sizeof buf, ...)`, `fgets(buf, BUF_LEN, f)`)."""
    if fn is None or fn.type != "function_definition" or fn.has_error:
        return False
    block = fn.child_by_field_name("body")
    last = block.children[-1] if block is not None and block.children else None
    if last is None or last.type != "}" or last.is_missing:
        return False  # a function cut off by the end of the snippet
    sized = rf"\bsizeof\s*\(?\s*{re.escape(name)}\s*\)?(?!\s*\[)"
    if re.fullmatch(r"[A-Za-z_]\w*", size):
        sized += rf"|(?<![\w.>]){re.escape(size)}\b"
    bound = re.compile(sized)
    allowed: list[tuple[int, int]] = []
    starts, calls = _calls_by_start(doc)
    for i in range(bisect.bisect_left(starts, decl.end_byte), len(calls)):
        call = calls[i]
        if call.node.start_byte >= fn.end_byte:
            break
        if call.name in _READS or any(bound.search(doc.node_text(a)) for a in call.args):
            allowed.append((call.node.start_byte, call.node.end_byte))
    base = decl.end_byte
    body = doc.data[base : fn.end_byte].decode("utf-8", "replace")
    mentions = 0
    for m in re.finditer(rf"(?<![\w.>]){re.escape(name)}\b", body):
        before = body[: m.start()].rstrip()
        after = body[m.end() :].lstrip()
        if re.search(r"\bsizeof\s*\(?$", before):
            continue
        if after.startswith("[") and not re.match(
            r"\[[^\]]*\]\s*(?:=[^=]|[-+*/|&^]=|\+\+|--)", after
        ):
            continue
        offset = base + len(body[: m.start()].encode("utf-8"))
        if not any(start <= offset < end for start, end in allowed):
            return False
        mentions += 1
    return mentions > 0


def fixed_char_buffer(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Character arrays of a fixed size declared in a function body (audit level).

    A buffer in a whole function whose every use is a read or passes its size is left out."""
    for decl in _index(doc)[1]:
        if decl.type != "declaration" or not doc.in_text(decl):
            continue
        kind = decl.child_by_field_name("type")
        if kind is None or not _CHAR_ELEMENT.match(
            re.sub(r"\s+", " ", doc.node_text(kind)).strip()
        ):
            continue
        if any(
            child.type == "type_qualifier" and doc.node_text(child) in ("const", "constexpr")
            for child in decl.children
        ):
            continue
        if not _in_function_body(doc, decl):
            continue
        for child in decl.named_children:
            value = None
            array = child
            if child.type == "init_declarator":
                array = child.child_by_field_name("declarator") or child
                value = child.child_by_field_name("value")
            if array.type != "array_declarator" or not _plain_initializer(doc, value):
                continue
            size = array.child_by_field_name("size")
            if size is None:
                continue
            size_text = doc.node_text(size).strip()
            if re.fullmatch(r"[01]", size_text):
                continue
            inner = array.child_by_field_name("declarator")
            if inner is not None and _visibly_bounded(
                doc, _function_of(decl), decl, doc.node_text(inner), size_text
            ):
                continue
            yield _report(rule, doc, array)


# ---- unauthenticated cipher modes (audit) ----------------------------------------------------

_UNAUTHENTICATED_MODE = re.compile(
    r"^EVP_(?:aes|camellia|aria|sm4)(?:_(?:128|192|256))?_(?:cbc|ctr|cfb(?:1|8|128)?|ofb)$"
)
_INTEGRITY = re.compile(
    r"^(?:HMAC\w*|EVP_MAC\w*|CMAC\w*|EVP_DigestSign\w*|EVP_PKEY_new_mac_key|\w*_gcm|\w*_ccm|"
    r"\w*_ocb|\w*_siv|\w*poly1305\w*|crypto_aead\w*|crypto_secretbox\w*)$",
    re.IGNORECASE,
)


def unauthenticated_cipher_mode(doc: Document, rule: Rule) -> Iterator[Finding]:
    """OpenSSL CBC/CTR/CFB/OFB ciphers in code that calls no MAC or AEAD (audit level)."""
    calls = _index(doc)[0]
    found = [
        call
        for call in calls
        if _UNAUTHENTICATED_MODE.match(call.name) and not call.args and doc.in_text(call.node)
    ]
    if not found or any(_INTEGRITY.match(call.name) for call in calls):
        return
    for call in found:
        yield _report(rule, doc, call.node)


# ---- iterator invalidation (audit) -----------------------------------------------------------

_GROWS = frozenset(
    {
        "push_back",
        "emplace_back",
        "push_front",
        "emplace_front",
        "insert",
        "emplace",
        "erase",
        "clear",
        "resize",
        "assign",
        "reserve",
        "pop_back",
        "pop_front",
        "shrink_to_fit",
    }
)
# What invalidates the loop's own iterator whatever the container is (insert is safe in a list).
_INVALIDATES_ITERATOR = frozenset(
    {"erase", "clear", "assign", "push_back", "emplace_back", "resize", "reserve"}
)
_JUMPS = frozenset({"break_statement", "return_statement", "throw_statement", "goto_statement"})


def _method_calls(doc: Document, body: ts.Node) -> Iterator[tuple[ts.Node, str, str]]:
    """(call, object text, method) of every `obj.method(...)` call in a loop body, lambdas aside."""
    stack = [body]
    while stack:
        node = stack.pop()
        if node.type == "lambda_expression":
            continue
        if node.type == "call_expression":
            fn = node.child_by_field_name("function")
            if fn is not None and fn.type == "field_expression":
                obj = fn.child_by_field_name("argument")
                field = fn.child_by_field_name("field")
                if obj is not None and field is not None:
                    yield node, doc.node_text(obj), doc.node_text(field)
        stack.extend(node.named_children)


def _leaves_loop(call: ts.Node, body: ts.Node) -> bool:
    """True when the statement holding the call is followed by break/return/throw/goto before
    control can get back to the loop, or is itself a return or throw."""
    current: ts.Node | None = call
    while current is not None and current != body:
        parent = current.parent
        if current.type in ("return_statement", "throw_statement"):
            return True
        if parent is not None and parent.type == "compound_statement":
            after = False
            for sibling in parent.named_children:
                if sibling == current:
                    after = True
                elif after and sibling.type in _JUMPS:
                    return True
        current = parent
    return False


def _loop_container(doc: Document, loop: ts.Node) -> tuple[str, str | None] | None:
    """(container, iterator name or None) of `for (x : c)` or `for (auto it = c.begin(); ...)`."""
    if loop.type == "for_range_loop":
        right = loop.child_by_field_name("right")
        if right is None or right.type not in ("identifier", "field_expression"):
            return None
        return doc.node_text(right), None
    init = loop.child_by_field_name("initializer")
    if init is None:
        return None
    m = re.search(
        r"(\w+)\s*=\s*([\w.>-]+?)\s*(?:\.|->)\s*c?r?begin\s*\(\s*\)\s*;?$",
        doc.node_text(init).strip(),
    )
    if m is None:
        return None
    return m.group(2), m.group(1)


def container_modified_in_loop(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A container changed while a range-for or an iterator loop walks it (audit level)."""
    for loop in _index(doc)[1]:
        if loop.type not in ("for_range_loop", "for_statement") or not doc.in_text(loop):
            continue
        walked = _loop_container(doc, loop)
        body = loop.child_by_field_name("body")
        if walked is None or body is None:
            continue
        container, iterator = walked
        for call, obj, method in _method_calls(doc, body):
            if re.sub(r"\s+", "", obj) != re.sub(r"\s+", "", container):
                continue
            if iterator is None:
                if method not in _GROWS:
                    continue
            elif method not in _INVALIDATES_ITERATOR:
                continue
            elif method == "erase":
                statement = call.parent
                if statement is None or statement.type != "expression_statement":
                    continue  # `it = c.erase(it)` takes the next valid iterator
                args = call.child_by_field_name("arguments")
                text = doc.node_text(args) if args is not None else ""
                if "++" in text or not re.search(rf"\b{re.escape(iterator)}\b", text):
                    continue  # `c.erase(it++)` moves on first; erasing another element
            if _leaves_loop(call, body):
                continue
            yield _report(rule, doc, call)
