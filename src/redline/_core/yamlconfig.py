"""YAML files validated into pydantic models, with errors that name the file, line and field.

Shared by the guard's policy and the eval standard: `parse_yaml_model(text, source, Model,
Error, what="policy")` -> a Model, or `Error("policy.yaml:14: tools.shell.x: unknown field")`.
Duplicate keys, non-string keys, alias bombs, empty files and files that are not a mapping are
refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

__all__ = ["MAX_NODES", "parse_yaml_model", "read_text_file"]

MAX_NODES = 50_000

Loc = tuple[str | int, ...]
M = TypeVar("M", bound=BaseModel)


def _walk(  # noqa: PLR0917 - private and recursive
    node: yaml.Node, loc: Loc, lines: dict[Loc, int], source: str, fail: type[ValueError], what: str
) -> None:
    """Record the 1-based line of every location; reject duplicate keys."""
    if len(lines) > MAX_NODES:
        raise fail(f"{source}: {what} has more than {MAX_NODES:,} values")
    lines.setdefault(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                line = key_node.start_mark.line + 1
                where = ".".join(str(p) for p in loc) or "<top>"
                raise fail(f"{source}:{line}: {where}: keys must be plain strings")
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in seen:
                where = ".".join([*(str(p) for p in loc), key])
                raise fail(
                    f"{source}:{line}: {where}: duplicate key (first defined on line {seen[key]})"
                )
            seen[key] = line
            lines[(*loc, key)] = line
            _walk(value_node, (*loc, key), lines, source, fail, what)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, (*loc, i), lines, source, fail, what)


def _line_of(loc: Loc, lines: dict[Loc, int]) -> int | None:
    for end in range(len(loc), -1, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return None


def _clean_loc(loc: tuple[Any, ...]) -> Loc:
    """Pydantic locations without its markers (`[key]`, union branch names)."""
    out: list[str | int] = []
    for part in loc:
        if part == "[key]":
            continue
        if isinstance(part, str) and ("[" in part or part.startswith(("literal", "function-"))):
            continue
        out.append(part)
    return tuple(out)


def _messages(exc: ValidationError, lines: dict[Loc, int], source: str) -> Iterator[str]:
    seen: set[str] = set()
    for err in exc.errors(include_url=False):
        loc = _clean_loc(tuple(err["loc"]))
        where = ".".join(str(p) for p in loc) or "<top>"
        msg = str(err["msg"])
        if msg.startswith("Value error, "):
            msg = msg[len("Value error, ") :]
        if err["type"] == "extra_forbidden":
            msg = "unknown field"
        elif err["type"] == "missing":
            msg = "required field is missing"
        line = _line_of(loc, lines)
        text = f"{source}:{line}: {where}: {msg}" if line else f"{source}: {where}: {msg}"
        if text not in seen:
            seen.add(text)
            yield text


def parse_yaml_model(
    text: str,
    source: str,
    model: type[M],
    fail: type[ValueError],
    *,
    what: str,
    max_chars: int,
    empty_hint: str = "",
) -> M:
    """Validate YAML `text` into `model`; raise `fail` naming `source`, the line and the field."""
    if len(text) > max_chars:
        raise fail(f"{source}: {what} is larger than {max_chars:,} characters")
    try:
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                hint = f" ({empty_hint})" if empty_hint else ""
                raise fail(f"{source}: {what} is empty{hint}")
            lines: dict[Loc, int] = {}
            _walk(node, (), lines, source, fail, what)
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f"{mark.line + 1}:" if mark is not None else ""
        problem = exc.problem or exc.context or "invalid YAML"
        raise fail(f"{source}:{line} invalid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise fail(f"{source}: invalid YAML: {exc}") from None
    except RecursionError:
        raise fail(f"{source}: {what} is nested too deeply") from None
    if not isinstance(data, dict):
        kind = type(data).__name__
        raise fail(f"{source}:1: {what} must be a mapping of sections, not a {kind}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        msgs = list(_messages(exc, lines, source))
        extra = f" (and {len(msgs) - 1} more)" if len(msgs) > 1 else ""
        detail = msgs[0] + extra if msgs else f"{source}: invalid {what}"
        if len(msgs) > 1:
            detail += "\n" + "\n".join(msgs[1:10])
        raise fail(detail) from None
    except RecursionError:
        raise fail(f"{source}: {what} is nested too deeply") from None


def read_text_file(path: str | Path, fail: type[ValueError], *, what: str, max_bytes: int) -> str:
    """A UTF-8 file's text, or `fail` naming the file and what was wrong."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise fail(f"{p}: cannot read {what}: {exc.strerror or exc}") from None
    if len(raw) > max_bytes:
        raise fail(f"{p}: {what} is larger than {max_bytes:,} bytes")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise fail(f"{p}: {what} is not valid UTF-8 (byte {exc.start})") from None
