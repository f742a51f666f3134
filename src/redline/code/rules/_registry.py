"""Load, validate and index rule files."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import tree_sitter as ts
import yaml
from pydantic import ValidationError

from redline._core import Confidence, Finding, Fix, Span, TraceStep
from redline.code import languages
from redline.code.rules._model import RuleSpec

if TYPE_CHECKING:
    from redline.code.document import Document

RULES_ROOT = Path(__file__).parent
GENERIC_DIR = "generic"

CheckFunction = Callable[["Document", "Rule"], Iterable[Finding]]
FixFunction = Callable[["Document", dict[str, list[ts.Node]]], Fix | None]


class RuleLoadError(ValueError):
    """A rule file that cannot be used; the message names the file and the problem."""


@dataclass(eq=False)
class Rule:
    """A validated rule and what it needs at run time."""

    spec: RuleSpec
    path: Path
    regex: re.Pattern[str] | None = None
    # The regex without a leading \b, which keeps Python's literal-prefix search fast: candidate
    # starts are found with it and confirmed with `regex.match` (same matches as finditer).
    scout: re.Pattern[str] | None = None
    check: CheckFunction | None = None
    fix_function: FixFunction | None = None
    examples: dict[str, Path] = field(default_factory=dict)

    @property
    def code(self) -> str:
        return self.spec.code

    @property
    def name(self) -> str:
        return self.spec.name

    def finding(
        self,
        doc: Document,
        span: Span,
        *,
        message: str | None = None,
        fix: Fix | None = None,
        trace: tuple[TraceStep, ...] = (),
        confidence: Confidence | None = None,
    ) -> Finding:
        """A Finding of this rule at `span` of `doc`."""
        line = doc.line_text(span.start_line - doc.base_line - 1)
        return Finding(
            rule_code=self.spec.code,
            rule_name=self.spec.name,
            message=message or self.spec.message,
            severity=self.spec.severity,
            confidence=confidence or self.spec.confidence,
            cwe=self.spec.cwe,
            language=doc.language,
            span=span,
            snippet=line,
            path=doc.path,
            fix=fix,
            trace=trace,
            tags=self.spec.tags,
        )


def _module_function(folder: str, module: str, name: str, path: Path) -> Any:
    try:
        mod = importlib.import_module(f"redline.code.rules.{folder}.{module}")
    except ModuleNotFoundError as exc:
        raise RuleLoadError(f"{path}: needs {folder}/{module}.py, which is missing") from exc
    func = getattr(mod, name, None)
    if not callable(func):
        raise RuleLoadError(f"{path}: {folder}/{module}.py has no function {name!r}")
    return func


def load_rule_file(path: Path) -> Rule:
    """Validate one rule file; RuleLoadError names the file and the field."""
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    except (OSError, yaml.YAMLError) as exc:
        raise RuleLoadError(f"{path}: not readable YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise RuleLoadError(f"{path}: a rule file must be a mapping")
    try:
        spec = RuleSpec.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(top)'}: {err['msg']}"
            for err in exc.errors()
        )
        raise RuleLoadError(f"{path}: {problems}") from exc
    if path.stem != spec.name:
        raise RuleLoadError(f"{path}: file name must be the rule name {spec.name!r}")
    folder = path.parent.name
    rule = Rule(spec=spec, path=path)
    if spec.regex is not None:
        flags = 0
        for f in spec.regex_flags:
            flags |= {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL}[f]
        rule.regex = re.compile(spec.regex, flags)
        if spec.regex.startswith("\\b"):
            try:
                rule.scout = re.compile(spec.regex[2:], flags)
            except re.error:
                rule.scout = None
    if spec.check is not None:
        rule.check = _module_function(folder, "_checks", spec.check, path)
    if spec.fix is not None and spec.fix.check is not None:
        rule.fix_function = _module_function(folder, "_fixes", spec.fix.check, path)
    for example in path.parent.glob(f"{spec.name}.example.*"):
        rule.examples[example.suffix] = example
    return rule


@cache
def _folder_rules(folder: str) -> tuple[Rule, ...]:
    directory = RULES_ROOT / folder
    if not directory.is_dir():
        return ()
    return tuple(load_rule_file(p) for p in sorted(directory.glob("*.yaml")))


def _folders() -> list[str]:
    return sorted(
        p.name for p in RULES_ROOT.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))
    )


@cache
def all_rules() -> tuple[Rule, ...]:
    """Every rule, validated; raises RuleLoadError on the first bad file or a duplicate code."""
    rules = tuple(r for folder in _folders() for r in _folder_rules(folder))
    seen: dict[str, Path] = {}
    for rule in rules:
        for key in (rule.code, rule.name):
            if key in seen and seen[key] != rule.path:
                raise RuleLoadError(f"{rule.path}: {key!r} is already used by {seen[key]}")
            seen[key] = rule.path
    return rules


@cache
def rules_for(language: str) -> tuple[Rule, ...]:
    """The rules that apply to one language (its folder's and the generic ones)."""
    folder = languages.LANGUAGES[language].rules_dir
    candidates = _folder_rules(folder) + _folder_rules(GENERIC_DIR)
    # C and C++ share a folder, as do JavaScript and TypeScript: filter by the rule's languages.
    return tuple(r for r in candidates if language in r.spec.languages)


def get_rule(key: str) -> Rule:
    """A rule by code or name; KeyError names the key."""
    for rule in all_rules():
        if key in (rule.code, rule.name):
            return rule
    raise KeyError(f"no rule {key!r}")
