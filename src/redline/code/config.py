"""Project settings: `[tool.redline]` in pyproject.toml, validated, merged under the CLI's.

Precedence: defaults < the file < command-line options. The file is the first pyproject.toml
found from the current directory upward that has a `[tool.redline]` table.

```toml
[tool.redline]
select = ["PY1", "yaml-unsafe-load"]   # rule codes, code prefixes or names (default: all)
ignore = ["PY401"]
severity = "medium"                     # report findings of at least this severity
confidence = "medium"                   # ... and at least this confidence
exclude = ["tests/fixtures/", "*.min.js"]  # gitignore-style patterns
max-file-size = 1000000                 # bytes; larger files are skipped with a warning
baseline = ".redline-baseline.json"     # relative to the pyproject.toml
format = "text"                         # text | json | sarif
```
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from redline._core import Confidence, Severity
from redline.code.engine import DEFAULT_CONFIDENCE
from redline.code.rules._model import CODE_RE

OutputFormat = Literal["text", "json", "sarif"]
FORMATS: tuple[str, ...] = ("text", "json", "sarif")
DEFAULT_MAX_FILE_SIZE = 1_000_000
_FAMILY_PREFIXES = ("PY", "JS", "JV", "GO", "CC", "CS", "PHP", "RB", "RS", "SH", "GEN")


class ConfigError(ValueError):
    """A settings file or option that cannot be used; the message names what was wrong."""


class _FileSettings(BaseModel):
    """The keys `[tool.redline]` accepts (unknown keys are errors)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    severity: Severity | None = None
    confidence: Confidence | None = None
    exclude: tuple[str, ...] = ()
    max_file_size: int | None = Field(default=None, alias="max-file-size", gt=0)
    baseline: str | None = None
    format: OutputFormat | None = None

    @field_validator("severity", mode="before")
    @classmethod
    def _severity(cls, value: object) -> object:
        return Severity.parse(value) if isinstance(value, str) else value

    @field_validator("confidence", mode="before")
    @classmethod
    def _confidence(cls, value: object) -> object:
        return Confidence.parse(value) if isinstance(value, str) else value


@dataclass(frozen=True)
class Settings:
    """Everything a scan is configured with, after merging defaults, the file and the CLI."""

    select: tuple[str, ...] | None = None  # None: every rule
    ignore: tuple[str, ...] = ()
    severity: Severity = Severity.INFO
    confidence: Confidence = DEFAULT_CONFIDENCE
    exclude: tuple[str, ...] = ()
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    baseline: Path | None = None
    format: OutputFormat = "text"
    source: Path | None = field(default=None, compare=False)  # the file the settings came from

    def merged(self, **overrides: Any) -> Settings:
        """These settings with every override that is not None applied (the CLI's layer)."""
        values = {k: v for k, v in overrides.items() if v is not None}
        for key in ("select", "ignore"):
            if key in values:
                values[key] = normalize_rule_keys(values[key], origin=f"--{key}")
        return replace(self, **values)


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml at or above `start` that has a [tool.redline] table."""
    directory = start.resolve()
    for candidate_dir in (directory, *directory.parents):
        candidate = candidate_dir / "pyproject.toml"
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                # A broken file that does not mention redline is not ours to judge.
                if "[tool.redline]" in _read_quietly(candidate):
                    return candidate
                continue
            if isinstance(data.get("tool"), dict) and "redline" in data["tool"]:
                return candidate
    return None


def _read_quietly(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def load_settings(path: Path) -> Settings:
    """Read `[tool.redline]` of one pyproject.toml; ConfigError names the file and the key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    tool = data.get("tool", {})
    table = tool.get("redline", {}) if isinstance(tool, dict) else {}
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.redline] must be a table")
    try:
        parsed = _FileSettings.model_validate(table)
    except ValidationError as exc:
        problems = "; ".join(_describe(err) for err in exc.errors())
        raise ConfigError(f"{path}: [tool.redline]: {problems}") from exc
    base = path.parent
    return Settings(
        select=(
            normalize_rule_keys(parsed.select, origin=f"{path}: select")
            if parsed.select is not None
            else None
        ),
        ignore=normalize_rule_keys(parsed.ignore, origin=f"{path}: ignore"),
        severity=parsed.severity or Severity.INFO,
        confidence=parsed.confidence or DEFAULT_CONFIDENCE,
        exclude=parsed.exclude,
        max_file_size=parsed.max_file_size or DEFAULT_MAX_FILE_SIZE,
        baseline=(base / parsed.baseline) if parsed.baseline else None,
        format=parsed.format or "text",
        source=path,
    )


def _describe(err: Any) -> str:
    loc = ".".join(str(p) for p in err["loc"]) or "(table)"
    if err["type"] == "extra_forbidden":
        return f"unknown key {loc!r}"
    message = str(err["msg"]).removeprefix("Value error, ")
    return f"{loc}: {message}"


def discover_settings(start: Path | None = None) -> Settings:
    """Settings from the nearest pyproject.toml with [tool.redline], else the defaults."""
    found = find_pyproject(start or Path.cwd())
    return load_settings(found) if found is not None else Settings()


def normalize_rule_keys(keys: Any, *, origin: str) -> tuple[str, ...]:
    """Rule codes, code prefixes ("PY1", "PY") or names; ConfigError for one that names none.

    Accepts a string with commas or a sequence of them.
    """
    items: list[str] = []
    for raw in [keys] if isinstance(keys, str) else list(keys):
        items.extend(part.strip() for part in str(raw).split(",") if part.strip())
    result: list[str] = []
    for item in items:
        upper = item.upper()
        if CODE_RE.match(upper) or _is_prefix(upper):
            result.append(upper)
        elif item.lower() in _rule_names():
            result.append(item.lower())
        else:
            raise ConfigError(
                f"{origin}: unknown rule {item!r} (give a code like PY101, a prefix like PY1, "
                "or a name like subprocess-shell-true; `redline rules` lists them)"
            )
    return tuple(result)


def _rule_names() -> frozenset[str]:
    from redline.code.rules import all_rules

    return frozenset(r.name for r in all_rules())


def _is_prefix(key: str) -> bool:
    for family in _FAMILY_PREFIXES:
        if key.startswith(family):
            rest = key[len(family) :]
            if not rest or (len(rest) < 3 and rest.isdigit()):
                return True
    return False


def rule_selected(
    code: str, name: str, select: tuple[str, ...] | None, ignore: tuple[str, ...]
) -> bool:
    """Whether a rule passes `select` (None: every rule) and `ignore`: codes, prefixes, names."""

    def hits(keys: tuple[str, ...]) -> bool:
        return any(k == name or code.startswith(k) for k in keys)

    if select is not None and not hits(select):
        return False
    return not hits(ignore)
