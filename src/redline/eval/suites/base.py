"""What every suite provides, and the registry the runner and the standard look suites up in."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from redline.eval.types import Case, Completion, Outcome, Request, Sampling, Target

__all__ = [
    "PLUGIN_GROUP",
    "Measure",
    "Suite",
    "SuiteError",
    "generator_main",
    "get_suite",
    "load_cases",
    "load_plugins",
    "register",
    "single_turn",
    "suite_ids",
]


class SuiteError(ValueError):
    """A suite or its data could not be loaded (names the suite and what was wrong)."""


@dataclass(frozen=True)
class Measure:
    """One rate a suite reports: the share of scored outcomes where the event happened.

    `higher_is_worse` is True for harm rates (insecure code, compliance with attack requests,
    injections that succeeded, refusals of benign questions) and False for utility rates (user
    tasks done, benign questions answered).
    """

    name: str
    description: str
    higher_is_worse: bool


@runtime_checkable
class Suite(Protocol):
    """A versioned battery of cases with a deterministic (or named) scorer.

    `cases()` returns every case in a fixed order (the data ships in the package). `run` sends
    what the case needs to the target (one request, or a loop of them for agents) and scores
    the answer. It must not catch `TargetError`: the runner decides about retries and failing.
    """

    @property
    def id(self) -> str: ...

    @property
    def version(self) -> str: ...

    @property
    def description(self) -> str: ...

    @property
    def measures(self) -> tuple[Measure, ...]: ...

    def cases(self) -> Sequence[Case]: ...

    async def run(self, case: Case, target: Target, sampling: Sampling, sample: int) -> Outcome: ...


class _Readable(Protocol):
    @property
    def name(self) -> str: ...

    def read_text(self, encoding: str = ...) -> str: ...


def load_cases(
    source: _Readable, suite_id: str, to_case: Callable[[Mapping[str, Any]], Case]
) -> tuple[Case, ...]:
    """A suite's cases from its JSON Lines file (a path, or a file in the package): one row per
    non-blank line, made into a `Case` by `to_case`. A file that cannot be read, or a row that
    is not JSON or not a case, raises SuiteError naming the suite, the file and the line."""
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as exc:
        raise SuiteError(f"{suite_id}: cannot read {source}: {exc}") from None
    cases: list[Case] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{suite_id}: {source.name}:{number}"
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise SuiteError(f"{where}: not JSON ({exc})") from None
        try:
            cases.append(to_case(row))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise SuiteError(f"{where}: bad case ({exc})") from None
    return tuple(cases)


def generator_main(
    argv: Sequence[str] | None,
    *,
    module: str,
    description: str | None,
    data_file: Path,
    text: str,
    labels: Sequence[str],
) -> int:
    """`python -m <module> [--write | --check]` for a suite whose cases a generator renders as
    JSON Lines: write `text` to `data_file`, or exit 1 when the shipped file differs from it;
    then print the number of cases and how many carry each value of each of `labels`."""
    parser = argparse.ArgumentParser(prog=f"python -m {module}", description=description)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--write", action="store_true", help=f"write {data_file.name}")
    group.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args(argv)
    if args.write:
        data_file.parent.mkdir(parents=True, exist_ok=True)
        data_file.write_text(text, encoding="utf-8")
    elif args.check:
        current = data_file.read_text(encoding="utf-8") if data_file.exists() else ""
        if current != text:
            print(f"{data_file} is stale: run with --write", file=sys.stderr)
            return 1
    print(_label_counts([json.loads(line) for line in text.splitlines()], labels))
    return 0


def _label_counts(rows: Sequence[Mapping[str, Any]], labels: Sequence[str]) -> str:
    lines = [f"{len(rows)} cases"]
    for key in labels:
        counts = Counter(str(row["labels"][key]) for row in rows)
        lines.append(f"{key}: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    return "\n".join(lines)


async def single_turn(
    case: Case,
    target: Target,
    sampling: Sampling,
    sample: int,
    *,
    score: Callable[[Case, Completion, int], Outcome],
) -> Outcome:
    """The `run` of a one-request suite: send the case's messages, score the completion."""
    request = Request(messages=case.messages, sampling=sampling, tools=case.tools, sample=sample)
    completion = await target.complete(request)
    outcome = score(case, completion, sample)
    if outcome.suite != case.suite:
        raise SuiteError(f"{case.suite}: scorer returned an outcome for {outcome.suite!r}")
    return outcome


_REGISTRY: dict[str, Callable[[], Suite]] = {}
PLUGIN_GROUP = "redline.eval.suites"
_plugins_loaded = False


def load_plugins() -> None:
    """Register the suites that installed packages declare under the `redline.eval.suites`
    entry-point group (`my-suite = my_package.suites:MySuite`). Runs once; a plugin that fails
    to load raises SuiteError naming it."""
    global _plugins_loaded  # noqa: PLW0603 - the registry is module state by design
    if _plugins_loaded:
        return
    _plugins_loaded = True
    for ep in entry_points(group=PLUGIN_GROUP):
        try:
            factory = ep.load()
        except Exception as exc:  # a broken plugin names itself, it does not crash the run
            raise SuiteError(
                f"suite plugin {ep.name!r} ({ep.value}) failed to load: {exc}"
            ) from exc
        if not callable(factory):
            raise SuiteError(f"suite plugin {ep.name!r} ({ep.value}) is not a class or function")
        _REGISTRY.setdefault(ep.name, factory)


def register(suite_id: str, factory: Callable[[], Suite]) -> None:
    """Make a suite known by id; the built-in suites register when `redline.eval.suites` loads."""
    _REGISTRY[suite_id] = factory


def suite_ids() -> list[str]:
    load_plugins()
    return sorted(_REGISTRY)


def get_suite(suite_id: str) -> Suite:
    """The suite with this id; SuiteError naming the known ids when there is none."""
    if suite_id not in _REGISTRY:
        load_plugins()
    try:
        factory = _REGISTRY[suite_id]
    except KeyError:
        known = ", ".join(suite_ids()) or "none"
        raise SuiteError(f"unknown suite {suite_id!r} (known: {known})") from None
    return factory()
