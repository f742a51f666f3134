"""The fake OpenAI-compatible server: a real HTTP server on 127.0.0.1 with scripted behaviour."""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
from typing import Any

import aiohttp
import pytest

from redline.eval.fakeserver import FakeReply, FakeServer, FakeToolCall, echo
from redline.eval.types import Message


def _post(url: str, body: Any, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    request = urllib.request.Request(
        url, data=data, headers={"Content-Type": "application/json", **(headers or {})}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status), bytes(response.read())
    except urllib.error.HTTPError as exc:
        with exc:
            return int(exc.code), bytes(exc.read())


def _get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return int(response.status), bytes(response.read())


CHAT = {"model": "m", "messages": [{"role": "user", "content": "hello there"}]}


def test_serves_chat_completions_and_models() -> None:
    with FakeServer(models=("a", "b")) as server:
        assert server.base_url.startswith("http://127.0.0.1:")
        assert server.base_url.endswith("/v1")
        status, raw = _get(server.base_url + "/models")
        assert status == 200
        assert [m["id"] for m in json.loads(raw)["data"]] == ["a", "b"]
        status, raw = _post(server.base_url + "/chat/completions", CHAT)
        assert status == 200
        body = json.loads(raw)
        assert body["object"] == "chat.completion"
        assert body["model"] == "m"
        choice = body["choices"][0]
        assert choice["message"] == {"role": "assistant", "content": "echo: hello there"}
        assert choice["finish_reason"] == "stop"
        assert body["usage"]["completion_tokens"] == 3
        assert server.requests == 1
        assert server.chat_bodies == [CHAT]
        assert [(r.method, r.path, r.status) for r in server.log] == [
            ("GET", "/v1/models", 200),
            ("POST", "/v1/chat/completions", 200),
        ]


def test_tool_call_replies() -> None:
    def responder(messages: list[Message]) -> list[FakeToolCall]:
        return [FakeToolCall("read_file", {"path": "notes.txt"}), FakeToolCall("ls", "{}")]

    with FakeServer(responder) as server:
        _, raw = _post(server.base_url + "/chat/completions", CHAT)
    choice = json.loads(raw)["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    calls = choice["message"]["tool_calls"]
    assert [c["function"]["name"] for c in calls] == ["read_file", "ls"]
    assert json.loads(calls[0]["function"]["arguments"]) == {"path": "notes.txt"}
    assert calls[0]["id"] != calls[1]["id"]


def test_full_reply_sets_finish_reason() -> None:
    with FakeServer(lambda m: FakeReply("cut", finish_reason="length")) as server:
        _, raw = _post(server.base_url + "/chat/completions", CHAT)
    assert json.loads(raw)["choices"][0]["finish_reason"] == "length"


def test_fail_first_then_answer_and_reset() -> None:
    with FakeServer(fail_first=2, fail_status=429, retry_after="3") as server:
        url = server.base_url + "/chat/completions"
        statuses = [_post(url, CHAT)[0] for _ in range(3)]
        assert statuses == [429, 429, 200]
        assert server.requests == 3
        server.reset()
        assert server.requests == 0
        assert server.log == []
        assert _post(url, CHAT)[0] == 429  # the failure budget starts again


@pytest.mark.parametrize(
    ("fail_body", "expected"),
    [("garbage", b"<html>upstream sneezed"), ("empty", b""), ("not-completion", b'{"result"')],
)
def test_broken_bodies(fail_body: Any, expected: bytes) -> None:
    with FakeServer(fail_first=1, fail_status=200, fail_body=fail_body) as server:
        status, raw = _post(server.base_url + "/chat/completions", CHAT)
    assert status == 200
    assert raw.startswith(expected)
    if fail_body == "empty":
        assert raw == b""


def test_api_key_required() -> None:
    with FakeServer(api_key="sk-good") as server:
        url = server.base_url + "/chat/completions"
        status, raw = _post(url, CHAT, {"Authorization": "Bearer sk-bad"})
        assert status == 401
        assert "sk-bad" in json.loads(raw)["error"]["message"]
        assert _post(url, CHAT, {"Authorization": "Bearer sk-good"})[0] == 200
        assert [r.authorization for r in server.log] == ["Bearer sk-bad", "Bearer sk-good"]


def test_bad_bodies_and_failing_responder() -> None:
    def boom(messages: list[Message]) -> str:
        raise RuntimeError("scripted crash")

    with FakeServer(boom) as server:
        url = server.base_url + "/chat/completions"
        assert _post(url, b"not json")[0] == 400
        assert _post(url, {"messages": "nope"})[0] == 400
        status, raw = _post(url, CHAT)
        assert status == 500
        assert "scripted crash" in raw.decode()
        assert server.requests == 3


def test_echo_reads_content_parts() -> None:
    parts = [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]
    assert echo([{"role": "user", "content": parts}]) == "echo: a b"
    assert echo([{"role": "system", "content": "x"}]) == "echo:"


def test_stop_is_idempotent_and_frees_the_port() -> None:
    server = FakeServer().start()
    url = server.base_url
    server.stop()
    server.stop()
    with pytest.raises(urllib.error.URLError):
        _get(url + "/models")


def test_sustains_many_concurrent_clients() -> None:
    """64 concurrent clients, 1,000 requests: every one answered, counted, overlapping."""

    async def load(url: str) -> list[int]:
        connector = aiohttp.TCPConnector(limit=64)
        async with aiohttp.ClientSession(connector=connector) as session:
            gate = asyncio.Semaphore(64)

            async def one(i: int) -> int:
                body = {"model": "m", "messages": [{"role": "user", "content": str(i)}]}
                async with gate, session.post(url, json=body) as response:
                    data = await response.json()
                    assert data["choices"][0]["message"]["content"] == f"echo: {i}"
                    return response.status

            return await asyncio.gather(*(one(i) for i in range(1000)))

    with FakeServer(latency_s=0.005) as server:
        statuses = asyncio.run(load(server.base_url + "/chat/completions"))
        assert statuses == [200] * 1000
        assert server.requests == 1000
        assert 1 < server.max_in_flight <= 64
