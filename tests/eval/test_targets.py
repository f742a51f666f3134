"""OpenAITarget against a real OpenAI-compatible server on 127.0.0.1 (the fake server)."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import pytest

from redline.eval.fakeserver import FakeServer, FakeToolCall
from redline.eval.targets.openai import OpenAITarget, RateLimiter, Retry, parse_retry_after
from redline.eval.types import Message, Request, Sampling, Target, TargetError

T = TypeVar("T")

HELLO = Request(messages=({"role": "user", "content": "hello"},))


def _run(target: OpenAITarget, work: Callable[[OpenAITarget], Awaitable[T]]) -> T:
    async def go() -> T:
        try:
            return await work(target)
        finally:
            await target.aclose()

    return asyncio.run(go())


def _complete(target: OpenAITarget, request: Request = HELLO) -> Any:
    return _run(target, lambda t: t.complete(request))


def _error(target: OpenAITarget, request: Request = HELLO) -> TargetError:
    with pytest.raises(TargetError) as info:
        _complete(target, request)
    return info.value


def test_is_a_target_and_names_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REDLINE_EVAL_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    target = OpenAITarget("http://127.0.0.1:8000/v1/", "m")
    assert isinstance(target, Target)
    assert target.endpoint == "http://127.0.0.1:8000/v1"
    assert target.model == "m"
    assert OpenAITarget("http://localhost:8000", "m").endpoint == "http://localhost:8000"
    with pytest.raises(TargetError, match="http"):
        OpenAITarget("127.0.0.1:8000/v1", "m")


def test_completion_and_what_is_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REDLINE_EVAL_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    sampling = Sampling(temperature=0.7, top_p=0.9, max_tokens=64, seed=1000)
    request = Request(
        messages=({"role": "user", "content": "say hi"},), sampling=sampling, sample=3
    )
    with FakeServer() as server:
        completion = _complete(OpenAITarget(server.base_url, "fake-model"), request)
        (body,) = server.chat_bodies
        (entry,) = server.log
    assert completion.text == "echo: say hi"
    assert completion.finish_reason == "stop"
    assert completion.completion_tokens == 3
    assert completion.prompt_tokens is not None
    assert completion.tool_calls == ()
    assert completion.latency_s > 0
    assert body == {
        "model": "fake-model",
        "messages": [{"role": "user", "content": "say hi"}],
        "temperature": 0.7,
        "top_p": 0.9,
        "max_tokens": 64,
        "seed": 1003,
    }
    assert entry.authorization is None  # no key: no Authorization header


def test_api_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai-env")
    monkeypatch.setenv("REDLINE_EVAL_API_KEY", "sk-redline-env")
    with FakeServer(api_key="sk-redline-env") as server:
        target = OpenAITarget(server.base_url, "fake-model")
        assert "sk-" not in repr(target)
        assert _complete(target).text == "echo: hello"
        assert server.log[0].authorization == "Bearer sk-redline-env"
    monkeypatch.delenv("REDLINE_EVAL_API_KEY")
    with FakeServer(api_key="sk-openai-env") as server:
        assert _complete(OpenAITarget(server.base_url, "fake-model")).text == "echo: hello"


@pytest.mark.parametrize("status", [429, 500, 502, 503, 408])
def test_transient_failures_are_retried(status: int) -> None:
    retries: list[Retry] = []
    with FakeServer(fail_first=2, fail_status=status) as server:
        target = OpenAITarget(server.base_url, "m", backoff_s=0.001, on_retry=retries.append)
        assert _complete(target).text == "echo: hello"
        assert server.requests == 3
    assert target.retried == 2
    assert [(r.attempt, r.status) for r in retries] == [(1, status), (2, status)]
    # exponential backoff with jitter: backoff_s * 2**(n-1) * [0.5, 1]
    assert 0.0005 <= retries[0].delay_s <= 0.001
    assert 0.001 <= retries[1].delay_s <= 0.002


def test_transient_failure_gives_up_after_the_last_try() -> None:
    with FakeServer(fail_first=100, fail_status=503) as server:
        error = _error(OpenAITarget(server.base_url, "m", retries=2, backoff_s=0))
        assert server.requests == 3
    assert error.transient
    assert error.status == 503
    assert server.base_url + "/chat/completions" in str(error)
    assert "503" in str(error)
    assert "after 3 attempts" in str(error)


def test_retry_after_is_honoured() -> None:
    retries: list[Retry] = []
    with FakeServer(fail_first=2, fail_status=429, retry_after="0.05") as server:
        target = OpenAITarget(server.base_url, "m", backoff_s=0.001, on_retry=retries.append)
        assert _complete(target).text == "echo: hello"
        assert server.requests == 3
    assert [r.delay_s for r in retries] == [0.05, 0.05]


def test_parse_retry_after() -> None:
    assert parse_retry_after({"Retry-After": "7"}) == 7.0
    assert parse_retry_after({"Retry-After": "1.5"}) == 1.5
    assert parse_retry_after({"retry-after-ms": "250", "Retry-After": "9"}) == 0.25
    assert parse_retry_after({"Retry-After": "-3"}) == 0.0
    assert parse_retry_after({}) is None
    assert parse_retry_after({"Retry-After": "soon"}) is None
    now = 1_700_000_000.0  # Tue, 14 Nov 2023 22:13:20 GMT
    assert parse_retry_after({"Retry-After": "Tue, 14 Nov 2023 22:13:50 GMT"}, now=now) == 30.0
    assert parse_retry_after({"Retry-After": "Tue, 14 Nov 2023 22:00:00 GMT"}, now=now) == 0.0


def test_401_fails_at_once_without_the_key() -> None:
    secret = "sk-wrong-secret-0123456789"
    with FakeServer(api_key="sk-right") as server:
        error = _error(OpenAITarget(server.base_url, "m", api_key=secret))
        assert server.requests == 1
    assert not error.transient
    assert error.status == 401
    message = str(error)
    assert secret not in message
    assert "401" in message
    assert server.base_url + "/chat/completions" in message
    assert "API key" in message


@pytest.mark.parametrize("status", [400, 403, 404, 422])
def test_client_errors_fail_at_once(status: int) -> None:
    with FakeServer(fail_first=1, fail_status=status) as server:
        error = _error(OpenAITarget(server.base_url, "m", backoff_s=0))
        assert server.requests == 1
    assert not error.transient
    assert error.status == status
    assert f"HTTP {status}" in str(error)
    assert "scripted failure" in str(error)  # the server's own message


@pytest.mark.parametrize("fail_body", ["garbage", "empty", "not-completion"])
def test_a_body_that_is_not_a_completion_fails_at_once(fail_body: Any) -> None:
    with FakeServer(fail_first=1, fail_status=200, fail_body=fail_body) as server:
        error = _error(OpenAITarget(server.base_url, "m", backoff_s=0))
        assert server.requests == 1
    assert not error.transient
    assert "not a chat completion" in str(error)


def test_a_garbage_5xx_is_still_retried() -> None:
    with FakeServer(fail_first=1, fail_status=502, fail_body="garbage") as server:
        assert _complete(OpenAITarget(server.base_url, "m", backoff_s=0)).text == "echo: hello"
        assert server.requests == 2


def test_timeout_is_transient() -> None:
    with FakeServer(latency_s=2.0) as server:
        target = OpenAITarget(server.base_url, "m", timeout_s=0.05, retries=1, backoff_s=0)
        error = _error(target)
        assert server.requests == 2
    assert error.transient
    assert error.status is None
    assert "no answer within 0.05 s" in str(error)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_connection_refused_is_transient_and_retried() -> None:
    retries: list[Retry] = []
    target = OpenAITarget(
        f"http://127.0.0.1:{_closed_port()}/v1",
        "m",
        retries=2,
        backoff_s=0,
        on_retry=retries.append,
    )
    error = _error(target)
    assert error.transient
    assert "connection failed" in str(error)
    assert len(retries) == 2


def test_tools_round_trip() -> None:
    tools = (
        {
            "type": "function",
            "function": {
                "name": "read_file",
                "description": "Read a file",
                "parameters": {"type": "object", "properties": {"path": {"type": "string"}}},
            },
        },
    )

    def responder(messages: list[Message]) -> str | list[FakeToolCall]:
        if messages[-1]["role"] == "tool":
            return f"The file says: {messages[-1]['content']}"
        return [FakeToolCall("read_file", {"path": "notes.txt"})]

    async def conversation(target: OpenAITarget) -> tuple[Any, Any]:
        ask: tuple[Message, ...] = ({"role": "user", "content": "what is in notes.txt?"},)
        first = await target.complete(Request(messages=ask, tools=tools))
        (call,) = first.tool_calls
        history = (
            *ask,
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": call.id,
                        "type": "function",
                        "function": {"name": call.name, "arguments": call.arguments},
                    }
                ],
            },
            {"role": "tool", "tool_call_id": call.id, "content": "buy milk"},
        )
        second = await target.complete(Request(messages=history, tools=tools))
        return first, second

    with FakeServer(responder) as server:
        first, second = _run(OpenAITarget(server.base_url, "m"), conversation)
        bodies = server.chat_bodies
    assert first.finish_reason == "tool_calls"
    assert first.text == ""
    (call,) = first.tool_calls
    assert call.name == "read_file"
    assert call.parsed_arguments() == {"path": "notes.txt"}
    assert call.id
    assert second.text == "The file says: buy milk"
    assert second.tool_calls == ()
    assert [b["tools"] for b in bodies] == [list(tools), list(tools)]
    assert bodies[1]["messages"][2] == {
        "role": "tool",
        "tool_call_id": call.id,
        "content": "buy milk",
    }


def test_tools_left_out_when_there_are_none() -> None:
    with FakeServer() as server:
        _complete(OpenAITarget(server.base_url, "m"))
        assert "tools" not in server.chat_bodies[0]


def test_concurrency_limit_is_respected() -> None:
    async def many(target: OpenAITarget) -> list[str]:
        requests = [Request(messages=({"role": "user", "content": str(i)},)) for i in range(16)]
        done = await asyncio.gather(*(target.complete(r) for r in requests))
        return [c.text for c in done]

    with FakeServer(latency_s=0.05) as server:
        texts = _run(OpenAITarget(server.base_url, "m", concurrency=4), many)
        assert server.requests == 16
        assert server.max_in_flight == 4
    assert texts == [f"echo: {i}" for i in range(16)]


def test_rate_limiter_is_a_token_bucket() -> None:
    now = [100.0]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(round(seconds, 6))

    async def go() -> None:
        limiter = RateLimiter(10.0, clock=lambda: now[0], sleep=sleep)
        for _ in range(3):
            await limiter.acquire()
        assert slept == [0.1, 0.2]  # one at once, then one every 1/rate seconds
        now[0] += 10.0
        await limiter.acquire()  # the bucket refilled (up to its burst of one)
        assert slept == [0.1, 0.2]
        burst = RateLimiter(2.0, burst=2, clock=lambda: now[0], sleep=sleep)
        for _ in range(3):
            await burst.acquire()
        assert slept == [0.1, 0.2, 0.5]

    asyncio.run(go())


def test_rate_limited_target_still_answers() -> None:
    with FakeServer() as server:
        target = OpenAITarget(server.base_url, "m", rate=1000.0)
        assert _complete(target).text == "echo: hello"


def test_list_models_and_check() -> None:
    with FakeServer(models=("alpha", "beta")) as server:
        assert _run(OpenAITarget(server.base_url, "beta"), lambda t: t.list_models()) == [
            "alpha",
            "beta",
        ]
        assert _run(OpenAITarget(server.base_url, "alpha"), lambda t: t.check()) == [
            "alpha",
            "beta",
        ]
        with pytest.raises(TargetError) as info:
            _run(OpenAITarget(server.base_url, "gamma"), lambda t: t.check())
    assert not info.value.transient
    assert "'gamma'" in str(info.value)
    assert "alpha, beta" in str(info.value)


def test_check_fails_fast_when_unreachable() -> None:
    retries: list[Retry] = []
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    target = OpenAITarget(url, "m", retries=4, backoff_s=10, on_retry=retries.append)
    with pytest.raises(TargetError) as info:
        _run(target, lambda t: t.check())
    assert retries == []  # no backoff before saying so
    assert url + "/models" in str(info.value)
    assert "connection failed" in str(info.value)


def test_check_passes_an_endpoint_without_models() -> None:
    with FakeServer() as server:
        target = OpenAITarget(server.base_url + "/nowhere", "m")
        assert _run(target, lambda t: t.check()) == []


def test_reusable_after_aclose_and_across_event_loops() -> None:
    with FakeServer() as server:
        target = OpenAITarget(server.base_url, "m")
        assert _complete(target).text == "echo: hello"
        assert _complete(target).text == "echo: hello"  # a new loop, a new session

        async def twice() -> str:
            await target.complete(HELLO)
            return (await target.complete(HELLO)).text

        assert asyncio.run(twice()) == "echo: hello"  # session left open in a finished loop
        assert _complete(target).text == "echo: hello"
        assert server.requests == 5


def test_error_object_in_a_200_answer() -> None:
    def responder(messages: list[Message]) -> str:
        return "fine"

    with FakeServer(responder, fail_first=1, fail_status=200) as server:
        error = _error(OpenAITarget(server.base_url, "m"))
        assert server.requests == 1
    assert not error.transient
    assert "scripted failure" in str(error)


def test_content_parts_and_legacy_function_calls() -> None:
    target = OpenAITarget("http://127.0.0.1:1/v1", "m")
    parts = {
        "choices": [
            {
                "message": {
                    "role": "assistant",
                    "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}],
                    "function_call": {"name": "ls", "arguments": {"dir": "/"}},
                },
                "finish_reason": "function_call",
            }
        ]
    }
    completion = target._parse_completion(parts, 0.1)
    assert completion.text == "ab"
    (call,) = completion.tool_calls
    assert (call.id, call.name, json.loads(call.arguments)) == ("call_0", "ls", {"dir": "/"})
    assert completion.prompt_tokens is None
