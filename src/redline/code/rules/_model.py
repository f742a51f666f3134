"""What a rule file may say, validated on load into typed, frozen models."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from redline._core import Confidence, Severity
from redline.code import languages
from redline.code.taint._types import SinkKind

CODE_RE = re.compile(r"^(PY|JS|JV|GO|CC|CS|PHP|RB|RS|SH|GEN)\d{3}$")
NAME_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _check_regex(value: str | None) -> str | None:
    """Compile a pattern so that a bad one is a validation error naming the field."""
    if value is not None:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"invalid regular expression: {exc}") from None
    return value


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class RuleDocs(_Frozen):
    """The fixed shape of every rule's documentation."""

    what: str = Field(min_length=10)
    why: str = Field(min_length=10)
    example: str = Field(min_length=3)
    instead: str = Field(min_length=3)
    references: tuple[str, ...] = Field(min_length=1)


class Condition(_Frozen):
    """A filter on one capture of a query match; every condition must hold."""

    capture: str
    regex: str | None = None  # the capture's text must match (re.search)
    not_regex: str | None = Field(default=None, alias="not-regex")
    tainted: SinkKind | None = None  # untrusted data must reach the capture (a sink kind)
    # With `tainted`: when no untrusted source reaches a non-constant capture, still report at
    # this (lower) confidence instead of dropping the match.
    otherwise: Confidence | None = None
    not_constant: bool = Field(default=False, alias="not-constant")
    constant: bool = False
    missing: bool = False  # the capture must be absent from the match (optional captures)

    @field_validator("regex", "not_regex")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        return _check_regex(value)

    @field_validator("otherwise", mode="before")
    @classmethod
    def _otherwise(cls, value: object) -> object:
        return Confidence.parse(value) if isinstance(value, str) else value


class EditSpec(_Frozen):
    """One edit of a declarative fix: replace a capture with a template, or delete it."""

    capture: str
    replace: str | None = None  # a str.format template over capture texts: "{obj}.safe_load"
    delete: bool = False  # remove the capture and one adjoining comma

    @model_validator(mode="after")
    def _one_action(self) -> EditSpec:
        if (self.replace is None) == (not self.delete):
            raise ValueError("an edit needs exactly one of 'replace' or 'delete: true'")
        return self


class FixSpec(_Frozen):
    description: str
    edits: tuple[EditSpec, ...] = ()
    check: str | None = None  # name of a Python function in the language's _fixes module


class RuleSpec(_Frozen):
    """One rule file."""

    code: str
    name: str
    languages: tuple[str, ...] = Field(min_length=1)
    cwe: tuple[int, ...] = Field(min_length=1)
    severity: Severity
    confidence: Confidence
    message: str
    tags: tuple[str, ...] = ()
    query: str | None = None  # tree-sitter query; report the capture named by `report`
    report: str = "match"
    regex: str | None = None  # regex over the source (matches inside comments are skipped)
    regex_flags: tuple[Literal["i", "m", "s"], ...] = Field(default=(), alias="regex-flags")
    check: str | None = None  # name of a Python function in the language's _checks module
    where: tuple[Condition, ...] = ()
    fix: FixSpec | None = None
    docs: RuleDocs

    @field_validator("code")
    @classmethod
    def _code(cls, value: str) -> str:
        if not CODE_RE.match(value):
            raise ValueError(
                f"rule code {value!r} must be a family prefix and three digits (PY102)"
            )
        return value

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not NAME_RE.match(value):
            raise ValueError(f"rule name {value!r} must be kebab-case")
        return value

    @field_validator("languages")
    @classmethod
    def _languages(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(languages.normalize(v) for v in value)

    @field_validator("severity", mode="before")
    @classmethod
    def _severity(cls, value: object) -> object:
        return Severity.parse(value) if isinstance(value, str) else value

    @field_validator("confidence", mode="before")
    @classmethod
    def _confidence(cls, value: object) -> object:
        return Confidence.parse(value) if isinstance(value, str) else value

    @field_validator("regex")
    @classmethod
    def _regex(cls, value: str | None) -> str | None:
        return _check_regex(value)

    @model_validator(mode="after")
    def _one_matcher(self) -> RuleSpec:
        kinds = [k for k in (self.query, self.regex, self.check) if k is not None]
        if len(kinds) != 1:
            raise ValueError("a rule needs exactly one of 'query', 'regex' or 'check'")
        if self.where and self.query is None:
            raise ValueError("'where' conditions apply only to 'query' rules")
        return self

    @property
    def fixable(self) -> bool:
        return self.fix is not None
