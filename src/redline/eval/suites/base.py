"""What every suite provides, and the registry the runner and the standard look suites up in."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from redline.eval.types import Case, Completion, Outcome, Request, Sampling, Target

__all__ = ["Measure", "Suite", "SuiteError", "get_suite", "register", "single_turn", "suite_ids"]


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


def register(suite_id: str, factory: Callable[[], Suite]) -> None:
    """Make a suite known by id; the built-in suites register when `redline.eval.suites` loads."""
    _REGISTRY[suite_id] = factory


def suite_ids() -> list[str]:
    return sorted(_REGISTRY)


def get_suite(suite_id: str) -> Suite:
    """The suite with this id; SuiteError naming the known ids when there is none."""
    try:
        factory = _REGISTRY[suite_id]
    except KeyError:
        known = ", ".join(suite_ids()) or "none"
        raise SuiteError(f"unknown suite {suite_id!r} (known: {known})") from None
    return factory()
