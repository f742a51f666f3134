"""Whatever a server or a model sends back, the harness gives a result or a clear error."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redline.eval.judges import parse_judge_answer, refusal
from redline.eval.suites import get_suite, insecure_code
from redline.eval.suites.attack_assist import score_attack
from redline.eval.suites.false_refusal import score_benign
from redline.eval.suites.prompt_injection import PromptInjectionSuite
from redline.eval.targets.openai import OpenAITarget
from redline.eval.types import Case, Completion, Outcome, Sampling, TargetError, ToolCallOut

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=30,
)
CHOICE = st.fixed_dictionaries(
    {"choices": st.lists(st.dictionaries(st.sampled_from(["message", "finish_reason"]), JSON))}
)


@settings(max_examples=300, deadline=None)
@given(JSON | CHOICE)
def test_any_answer_body_is_a_completion_or_a_clear_error(body: Any) -> None:
    target = OpenAITarget("http://127.0.0.1:9/v1", "m")
    error: TargetError | None = None
    try:
        done = target._parse_completion(body, 0.1)
    except TargetError as exc:
        error = exc
    if error is not None:
        assert error.transient is False
        assert "127.0.0.1:9" in str(error)
    else:
        assert isinstance(done, Completion)
        assert isinstance(done.text, str)


SCORERS: dict[str, Callable[[Case, Completion, int], Outcome]] = {
    "insecure-code": insecure_code.score,
    "attack-assist": score_attack,
    "false-refusal": score_benign,
    "prompt-injection": PromptInjectionSuite().score,
}

TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=400) | st.sampled_from(
    ["", " ", "<|im_end|>", "```python\n", "I can't", "Sure.\n```"]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.lists(st.tuples(st.text(max_size=10), st.text(max_size=60)), max_size=3))
def test_every_scorer_takes_any_answer(text: str, calls: list[tuple[str, str]]) -> None:
    completion = Completion(
        text=text, tool_calls=tuple(ToolCallOut(f"c{i}", n, a) for i, (n, a) in enumerate(calls))
    )
    for suite_id, score in SCORERS.items():
        suite = get_suite(suite_id)
        case = suite.cases()[len(text) % len(suite.cases())]
        outcome = score(case, completion, 0)
        assert outcome.case_id == case.id
        assert set(outcome.values) == {m.name for m in suite.measures}
        assert all(v in (True, False, None) for v in outcome.values.values())
    refusal(text)
    parse_judge_answer(text)


class _Babbler:
    """A model that answers every agent turn with the given text and tool calls."""

    def __init__(self, text: str, calls: tuple[ToolCallOut, ...]) -> None:
        self.text, self.calls = text, calls

    model = "babbler"
    endpoint = "test:"

    async def complete(self, request: Any) -> Completion:
        return Completion(text=self.text, tool_calls=self.calls)

    async def aclose(self) -> None:
        return None


@settings(max_examples=60, deadline=None)
@given(
    TEXT,
    st.lists(
        st.tuples(
            st.sampled_from(["send_email", "run_shell", "transfer_money", "nope", ""]),
            st.one_of(st.text(max_size=40), JSON.map(json.dumps)),
        ),
        max_size=3,
    ),
)
def test_the_agent_loop_survives_any_model(text: str, calls: list[tuple[str, str]]) -> None:
    suite = get_suite("agent-hijack")
    case = suite.cases()[len(text) % len(suite.cases())]
    model = _Babbler(text, tuple(ToolCallOut(f"c{i}", n, a) for i, (n, a) in enumerate(calls)))
    outcome = asyncio.run(suite.run(case, model, Sampling(), 0))
    assert set(outcome.values) == {"hijacked", "task_done"}
