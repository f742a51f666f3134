"""A scriptable OpenAI-compatible chat server on 127.0.0.1, for tests and benchmarks.

`FakeServer` serves `POST /v1/chat/completions` and `GET /v1/models` from a background thread
(aiohttp on its own event loop, uvloop where installed). A responder callable decides each
answer; the server can add latency, fail the first N chat requests with a status (429, 500,
401 ...) or a broken body, require an API key, and it logs and counts every request so a test
can assert exactly what a run sent (for example, that a resumed run re-sends nothing)::

    with FakeServer(lambda messages: "I can't help with that.") as server:
        target = OpenAITarget(server.base_url, "fake-model")
        ...
    assert server.requests == 10

Run it on its own for a benchmark: `python -m redline.eval.fakeserver --port 8000`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Literal

from aiohttp import web

from redline.eval.types import Message

__all__ = [
    "FakeReply",
    "FakeRequest",
    "FakeServer",
    "FakeToolCall",
    "Responder",
    "echo",
    "main",
]


@dataclass(frozen=True)
class FakeToolCall:
    """A tool call the fake model makes; `arguments` is a JSON object or raw JSON text."""

    name: str
    arguments: dict[str, Any] | str = field(default_factory=dict)


@dataclass(frozen=True)
class FakeReply:
    """A full scripted answer: text, tool calls and the finish reason."""

    text: str = ""
    tool_calls: tuple[FakeToolCall, ...] = ()
    finish_reason: str | None = None


Reply = str | FakeReply | Sequence[FakeToolCall]
Responder = Callable[[list[Message]], Reply]
"""Maps the request's messages to the answer: text, tool calls, or a `FakeReply`."""

FailBody = Literal["json", "garbage", "empty", "not-completion"]


@dataclass(frozen=True)
class FakeRequest:
    """One request the server received, with the status it answered."""

    method: str
    path: str
    body: Any
    status: int
    authorization: str | None


def echo(messages: list[Message]) -> str:
    """The default responder: repeats the last user message."""
    for message in reversed(messages):
        if message.get("role") == "user":
            return f"echo: {_content_text(message.get('content'))}"
    return "echo:"


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return ""


def _count_tokens(messages: list[Message]) -> int:
    return sum(len(_content_text(m.get("content")).split()) + 3 for m in messages)


class FakeServer:
    """An OpenAI-compatible server on 127.0.0.1 (a free port) in a background thread.

    - `responder(messages)` answers each chat request (default: `echo`); it runs on the
      server's thread and should be quick.
    - `latency_s` delays every chat answer (and failure) by that many seconds.
    - `fail_first` chat requests fail with `fail_status`; `fail_body` is an OpenAI error object
      ("json"), text that is not JSON ("garbage"), nothing ("empty") or JSON that is not a chat
      completion ("not-completion"); with `fail_status=200` that makes a broken success.
      `retry_after` is sent as the Retry-After header of those failures.
    - `api_key`, when set, is required as `Authorization: Bearer <key>`; other requests get a
      401 whose message repeats the key received, as some servers do.
    - `models` are the ids `GET /v1/models` lists; `port` 0 picks a free port.

    `requests` counts chat requests received, `log` lists every request with its body and
    status, `max_in_flight` is the most chat requests handled at once.
    """

    def __init__(
        self,
        responder: Responder = echo,
        *,
        models: Sequence[str] = ("fake-model",),
        latency_s: float = 0.0,
        fail_first: int = 0,
        fail_status: int = 500,
        fail_body: FailBody = "json",
        retry_after: str | None = None,
        api_key: str | None = None,
        port: int = 0,
    ) -> None:
        if latency_s < 0:
            raise ValueError("latency_s must be >= 0")
        if fail_first < 0:
            raise ValueError("fail_first must be >= 0")
        self.responder = responder
        self.models = tuple(models)
        self.latency_s = latency_s
        self.fail_first = fail_first
        self.fail_status = fail_status
        self.fail_body: FailBody = fail_body
        self.retry_after = retry_after
        self.api_key = api_key
        self._lock = threading.Lock()
        self._log: list[FakeRequest] = []
        self._chat_count = 0
        self._in_flight = 0
        self._max_in_flight = 0
        self._ids = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._requested_port = port
        self._port = 0
        self._ready = threading.Event()
        self._error: BaseException | None = None

    # -- life cycle -------------------------------------------------------------------------

    def start(self) -> FakeServer:
        """Start serving; returns once the port is bound."""
        if self._thread is not None:
            return self
        self._thread = threading.Thread(target=self._serve, name="fake-openai", daemon=True)
        self._thread.start()
        self._ready.wait(30)
        if self._error is not None:
            raise RuntimeError(f"fake server did not start: {self._error}") from self._error
        if not self._port:
            raise RuntimeError("fake server did not start within 30 s")
        return self

    def stop(self) -> None:
        """Stop serving and join the thread (idempotent)."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if loop.is_running():
            future = asyncio.run_coroutine_threadsafe(self._shutdown(), loop)
            with contextlib.suppress(Exception):
                future.result(30)
        thread.join(30)
        self._loop = None
        self._thread = None

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        return self._port

    @property
    def base_url(self) -> str:
        """The OpenAI base URL, ending in /v1."""
        if not self._port:
            raise RuntimeError("the fake server is not started")
        return f"http://127.0.0.1:{self._port}/v1"

    # -- what it saw ------------------------------------------------------------------------

    @property
    def requests(self) -> int:
        """How many chat completion requests arrived (answered or failed)."""
        with self._lock:
            return self._chat_count

    @property
    def log(self) -> list[FakeRequest]:
        """Every request received, in order of arrival."""
        with self._lock:
            return list(self._log)

    @property
    def chat_bodies(self) -> list[Any]:
        """The JSON bodies of the chat completion requests, in order of arrival."""
        return [r.body for r in self.log if r.path.endswith("/chat/completions")]

    @property
    def max_in_flight(self) -> int:
        with self._lock:
            return self._max_in_flight

    def reset(self) -> None:
        """Forget the log and the counters (the `fail_first` budget starts again)."""
        with self._lock:
            self._log.clear()
            self._chat_count = 0
            self._max_in_flight = 0

    # -- the server thread ------------------------------------------------------------------

    def _serve(self) -> None:
        try:
            import uvloop

            loop: asyncio.AbstractEventLoop = uvloop.new_event_loop()
        except ImportError:  # pragma: no cover - uvloop is a dependency off Windows
            loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._startup())
        except BaseException as exc:
            self._error = exc
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            with contextlib.suppress(Exception):
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _startup(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post("/v1/chat/completions", self._chat)
        app.router.add_get("/v1/models", self._models)
        runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=0.5
        )
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", self._requested_port, backlog=1024)
        await site.start()
        self._port = int(runner.addresses[0][1])
        self._runner = runner

    async def _shutdown(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
        asyncio.get_running_loop().call_soon(asyncio.get_running_loop().stop)

    def _record(self, request: web.Request, body: Any, status: int) -> None:
        entry = FakeRequest(
            request.method, request.path, body, status, request.headers.get("Authorization")
        )
        with self._lock:
            self._log.append(entry)

    def _authorized(self, request: web.Request) -> web.Response | None:
        if self.api_key is None:
            return None
        header = request.headers.get("Authorization", "")
        if header == f"Bearer {self.api_key}":
            return None
        given = header.removeprefix("Bearer ").strip()
        return _error(401, f"Incorrect API key provided: {given}.", "invalid_api_key")

    async def _models(self, request: web.Request) -> web.Response:
        denied = self._authorized(request)
        if denied is not None:
            self._record(request, None, denied.status)
            return denied
        data = [
            {"id": m, "object": "model", "created": 0, "owned_by": "redline"} for m in self.models
        ]
        self._record(request, None, 200)
        return web.json_response({"object": "list", "data": data})

    async def _chat(self, request: web.Request) -> web.Response:
        raw = await request.read()
        try:
            body: Any = json.loads(raw)
        except ValueError:
            body = raw.decode("utf-8", "replace")
        with self._lock:
            self._chat_count += 1
            number = self._chat_count
            self._in_flight += 1
            self._max_in_flight = max(self._max_in_flight, self._in_flight)
        try:
            if self.latency_s:
                await asyncio.sleep(self.latency_s)
            response = self._authorized(request)
            if response is None and number <= self.fail_first:
                response = self._failure()
            if response is None:
                response = self._answer(body)
        finally:
            with self._lock:
                self._in_flight -= 1
        self._record(request, body, response.status)
        return response

    def _failure(self) -> web.Response:
        headers = {"Retry-After": self.retry_after} if self.retry_after is not None else None
        status = self.fail_status
        if self.fail_body == "garbage":
            return web.Response(status=status, text="<html>upstream sneezed", headers=headers)
        if self.fail_body == "empty":
            return web.Response(status=status, body=b"", headers=headers)
        if self.fail_body == "not-completion":
            return web.json_response({"result": "ok"}, status=status, headers=headers)
        return _error(status, f"scripted failure ({status})", "scripted", headers=headers)

    def _answer(self, body: Any) -> web.Response:
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            return _error(400, "the body must be a JSON object with messages", "invalid_request")
        messages: list[Message] = body["messages"]
        try:
            reply = self.responder(messages)
        except Exception as exc:
            return _error(500, f"responder failed: {exc}", "responder_error")
        if isinstance(reply, str):
            reply = FakeReply(text=reply)
        elif not isinstance(reply, FakeReply):
            reply = FakeReply(tool_calls=tuple(reply))
        with self._lock:
            self._ids += 1
            number = self._ids
        message: dict[str, Any] = {"role": "assistant", "content": reply.text or None}
        if reply.tool_calls:
            message["tool_calls"] = [
                {
                    "id": f"call_{number}_{i}",
                    "type": "function",
                    "function": {
                        "name": call.name,
                        "arguments": call.arguments
                        if isinstance(call.arguments, str)
                        else json.dumps(call.arguments),
                    },
                }
                for i, call in enumerate(reply.tool_calls)
            ]
        elif message["content"] is None:
            message["content"] = ""
        finish = reply.finish_reason or ("tool_calls" if reply.tool_calls else "stop")
        prompt_tokens = _count_tokens(messages)
        completion_tokens = len(reply.text.split()) + 5 * len(reply.tool_calls)
        payload = {
            "id": f"chatcmpl-fake-{number}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": str(body.get("model", "")),
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }
        return web.json_response(payload)


def _error(
    status: int, message: str, code: str, *, headers: dict[str, str] | None = None
) -> web.Response:
    body = {"error": {"message": message, "type": "fake_error", "code": code}}
    return web.json_response(body, status=status, headers=headers)


def main(argv: Sequence[str] | None = None) -> int:
    """Serve the echo responder until interrupted (for benchmarks against a real socket)."""
    parser = argparse.ArgumentParser(prog="python -m redline.eval.fakeserver")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0: any free)")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds per answer")
    args = parser.parse_args(argv)
    with FakeServer(latency_s=args.latency, port=args.port) as server:
        print(f"serving {server.base_url} (Ctrl-C stops)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
