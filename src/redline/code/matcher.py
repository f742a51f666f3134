"""Run declarative rules over a parsed document: one combined tree-sitter query per language."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

import tree_sitter as ts

from redline._core import Confidence, Edit, Finding, Fix, TraceStep
from redline.code import languages
from redline.code.document import Document
from redline.code.rules import Rule, RuleLoadError, rules_for
from redline.code.rules._model import Condition, FixSpec

Captures = dict[str, list[ts.Node]]

# Node types whose presence makes an expression depend on run-time data.
_DYNAMIC_TYPES = frozenset(
    {
        "identifier",
        "variable_name",
        "name",
        "simple_expansion",
        "expansion",
        "command_substitution",
        "field_identifier",
        "property_identifier",
        "call",
        "call_expression",
        "invocation_expression",
        "method_invocation",
        "interpolation",
        "template_substitution",
        "subscript",
        "subscript_expression",
        "member_expression",
        "attribute",
        "selector_expression",
        "field_expression",
        "instance_variable",
        "global_variable",
        "this",
        "self",
        "shorthand_property_identifier",
        "scoped_identifier",
        "method_call",
        "function_call_expression",
        "member_call_expression",
        "scoped_call_expression",
        "element_access_expression",
        "member_access_expression",
        "array_access",
        "field_access",
        "index_expression",
        "macro_invocation",
    }
)
_CONSTANT_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")


def is_constant(doc: Document, node: ts.Node) -> bool:
    """True when an expression's value is fixed in the source (literals, ALL_CAPS names)."""
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type in _DYNAMIC_TYPES:
            if n.type in ("identifier", "name", "constant") and _CONSTANT_NAME.match(
                doc.node_text(n)
            ):
                continue
            if n.type in (
                "attribute",
                "member_expression",
                "selector_expression",
                "field_access",
                "member_access_expression",
                "scoped_identifier",
            ):
                last = n.named_children[-1] if n.named_children else None
                if last is not None and _CONSTANT_NAME.match(doc.node_text(last)):
                    continue
            return False
        stack.extend(n.named_children)
    return True


@dataclass(frozen=True)
class CompiledRules:
    """The rules of one language, ready to run."""

    language: str
    query: ts.Query | None
    pattern_rules: tuple[Rule, ...]  # pattern index -> rule
    regex_rules: tuple[Rule, ...]
    check_rules: tuple[Rule, ...]


def _query(language: str, rule: Rule, text: str) -> ts.Query:
    try:
        return ts.Query(languages.grammar(language), text)
    except (ts.QueryError, ValueError) as exc:
        raise RuleLoadError(f"{rule.path}: query does not compile for {language}: {exc}") from exc


@cache
def compiled(language: str) -> CompiledRules:
    """Compile every rule of a language once per process."""
    rules = rules_for(language)
    parts: list[str] = []
    pattern_rules: list[Rule] = []
    for rule in rules:
        if rule.spec.query is None:
            continue
        q = _query(language, rule, rule.spec.query)
        names = {q.capture_name(i) for i in range(q.capture_count)}
        needed = {rule.spec.report} | {c.capture for c in rule.spec.where}
        if rule.spec.fix is not None:
            needed |= {e.capture for e in rule.spec.fix.edits}
        if not needed <= names:
            missing = ", ".join(sorted(needed - names))
            raise RuleLoadError(f"{rule.path}: the query has no capture @{missing}")
        parts.append(rule.spec.query)
        pattern_rules.extend([rule] * q.pattern_count)
    query = _query(language, rules[0], "\n".join(parts)) if parts else None
    if query is not None and query.pattern_count != len(pattern_rules):
        raise RuleLoadError(f"{language}: combined query lost patterns")
    return CompiledRules(
        language=language,
        query=query,
        pattern_rules=tuple(pattern_rules),
        regex_rules=tuple(r for r in rules if r.regex is not None),
        check_rules=tuple(r for r in rules if r.check is not None),
    )


def _conditions(
    doc: Document, rule: Rule, captures: Captures
) -> tuple[bool, tuple[TraceStep, ...], Confidence | None]:
    trace: tuple[TraceStep, ...] = ()
    confidence: Confidence | None = None
    for cond in rule.spec.where:
        nodes = captures.get(cond.capture, [])
        if cond.missing:
            if nodes:
                return False, (), None
            continue
        if not nodes:
            return False, (), None
        node = nodes[0]
        text = doc.node_text(node)
        if cond.regex is not None and not re.search(cond.regex, text):
            return False, (), None
        if cond.not_regex is not None and re.search(cond.not_regex, text):
            return False, (), None
        if cond.constant and not is_constant(doc, node):
            return False, (), None
        if cond.not_constant and is_constant(doc, node):
            return False, (), None
        if cond.tainted is not None:
            ok, steps, conf = _tainted(doc, node, cond)
            if not ok:
                return False, (), None
            trace, confidence = steps, conf
    return True, trace, confidence


def _tainted(
    doc: Document, node: ts.Node, cond: Condition
) -> tuple[bool, tuple[TraceStep, ...], Confidence | None]:
    assert cond.tainted is not None
    analysis = doc.taint
    if analysis is None:  # no data-flow model for this language: a non-constant value will do
        return (not is_constant(doc, node)), (), None
    taint = analysis.taint_of(node, cond.tainted)
    if taint is None:
        if cond.otherwise is not None and not is_constant(doc, node):
            return True, (), cond.otherwise
        return False, (), None
    steps = (
        TraceStep("source", taint.source_span, taint.source),
        TraceStep("sink", doc.span(node), f"reaches this {cond.tainted} sink"),
    )
    conf = Confidence.MEDIUM if taint.strength == "parameter" else None
    return True, steps, conf


def _declarative_fix(doc: Document, spec: FixSpec, captures: Captures) -> Fix | None:
    texts = {name: doc.node_text(nodes[0]) for name, nodes in captures.items() if nodes}
    edits: list[Edit] = []
    for edit in spec.edits:
        nodes = captures.get(edit.capture)
        if not nodes:
            return None
        node = nodes[0]
        start, end = doc.char_offset(node.start_byte), doc.char_offset(node.end_byte)
        if edit.replace is not None:
            try:
                replacement = edit.replace.format_map(texts)
            except (KeyError, IndexError, ValueError):
                return None
            edits.append(Edit(start, end, replacement))
        else:
            edits.append(deletion(doc.text, start, end))
    edits.sort(key=lambda e: e.start)
    if any(a.end > b.start for a, b in itertools.pairwise(edits)):
        return None
    return Fix(spec.description, tuple(edits))


def deletion(text: str, start: int, end: int) -> Edit:
    """Delete [start, end) with one adjoining comma, as a list item is deleted."""
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    if after < len(text) and text[after] == ",":
        after += 1
        while after < len(text) and text[after] in " \t":
            after += 1
        return Edit(start, after, "")
    before = start
    while before > 0 and text[before - 1] in " \t\n":
        before -= 1
    if before > 0 and text[before - 1] == ",":
        return Edit(before - 1, end, "")
    return Edit(start, end, "")


def run_rules(doc: Document, rules: CompiledRules) -> Iterator[Finding]:
    """Every finding of the compiled rules in the document (before suppression)."""
    if rules.query is not None:
        cursor = ts.QueryCursor(rules.query)
        for index, captures in cursor.matches(doc.root):
            rule = rules.pattern_rules[index]
            nodes = captures.get(rule.spec.report)
            if not nodes or not doc.in_text(nodes[0]):
                continue
            ok, trace, confidence = _conditions(doc, rule, captures)
            if not ok:
                continue
            fix = None
            if rule.spec.fix is not None:
                if rule.fix_function is not None:
                    fix = rule.fix_function(doc, captures)
                else:
                    fix = _declarative_fix(doc, rule.spec.fix, captures)
            if confidence is not None and confidence > rule.spec.confidence:
                confidence = rule.spec.confidence
            yield rule.finding(
                doc, doc.span(nodes[0]), fix=_placed(doc, fix), trace=trace, confidence=confidence
            )
    for rule in rules.regex_rules:
        yield from _regex_findings(doc, rule)
    for rule in rules.check_rules:
        assert rule.check is not None
        for finding in rule.check(doc, rule):
            yield replace(finding, fix=_placed(doc, finding.fix)) if finding.fix else finding


def _placed(doc: Document, fix: Fix | None) -> Fix | None:
    """Fix edits are computed in the document's own text: move them to where its spans are."""
    if fix is None or not doc.base_offset:
        return fix
    shift = doc.base_offset
    return Fix(
        fix.description,
        tuple(Edit(e.start + shift, e.end + shift, e.replacement) for e in fix.edits),
    )


def _regex_matches(rule: Rule, text: str) -> Iterator[re.Match[str]]:
    """rule.regex.finditer(text), found through the rule's scout pattern where it has one."""
    assert rule.regex is not None
    if rule.scout is None:
        yield from rule.regex.finditer(text)
        return
    pos = 0
    while True:
        candidate = rule.scout.search(text, pos)
        if candidate is None:
            return
        m = rule.regex.match(text, candidate.start())
        if m is None:
            pos = candidate.start() + 1
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1


def _regex_findings(doc: Document, rule: Rule) -> Iterator[Finding]:
    assert rule.regex is not None
    text = doc.text
    ascii_text = text.isascii()
    for m in _regex_matches(rule, text):
        start, end = m.span(m.lastindex or 0) if m.re.groups == 1 else m.span()
        byte = start if ascii_text else len(text[:start].encode("utf-8", "surrogatepass"))
        node = doc.root.descendant_for_byte_range(doc.prefix_bytes + byte, doc.prefix_bytes + byte)
        if node is not None and "comment" in node.type:
            continue
        yield rule.finding(doc, doc.span_chars(start, end))
