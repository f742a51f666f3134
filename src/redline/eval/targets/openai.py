"""A model behind an OpenAI-compatible chat completions endpoint (OpenAI, vLLM, llama.cpp,
Ollama, LM Studio, LiteLLM ...), over aiohttp.

The target bounds the requests in flight (`concurrency`), paces them (`rate`, a token bucket)
and retries transient failures (connection errors, timeouts, 408/409/425/429/5xx) with
exponential backoff and jitter, honouring Retry-After. Anything else (401, 404, a bad request,
a body that is not a chat completion) raises a non-transient `TargetError` at once. Messages
name the endpoint and the status, never the API key.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import os
import random
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import aiohttp

from redline.eval.types import Completion, Request, TargetError, ToolCallOut

__all__ = ["API_KEY_ENV", "OpenAITarget", "RateLimiter", "Retry", "parse_retry_after"]

API_KEY_ENV = ("REDLINE_EVAL_API_KEY", "OPENAI_API_KEY")
"""Where the API key comes from when none is given, first match wins."""

TRANSIENT_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})
MAX_BACKOFF_S = 30.0
MAX_RETRY_AFTER_S = 120.0
_DETAIL_CHARS = 300


@dataclass(frozen=True)
class Retry:
    """What `on_retry` hears before the target waits and tries again."""

    attempt: int  # the attempt that failed, from 1
    delay_s: float  # how long the target waits before the next attempt
    status: int | None  # the HTTP status, None for connection errors and timeouts
    reason: str  # one line: why it failed


class RateLimiter:
    """A token bucket: on average at most `rate` acquisitions per second, bursts of `burst`."""

    def __init__(
        self,
        rate: float,
        *,
        burst: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be > 0 requests per second")
        if burst < 1:
            raise ValueError("burst must be >= 1")
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._sleep = sleep
        self._tokens = burst
        self._stamp = clock()

    async def acquire(self) -> None:
        """Take one token, waiting until one is there. Waiters are served in turn: each one
        reserves its token at once (the balance may go negative) and sleeps off the debt."""
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now
        self._tokens -= 1.0
        if self._tokens < 0:
            await self._sleep(-self._tokens / self.rate)


def parse_retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """Seconds to wait from `retry-after-ms` or `Retry-After` (seconds or an HTTP date)."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(0.0, float(millis) / 1000.0)
        except ValueError:
            pass
    value = headers.get("Retry-After")
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = datetime.now(UTC).timestamp() if now is None else now
    return max(0.0, when.timestamp() - current)


class _Failure(Exception):
    """One failed attempt: transient ones are retried."""

    def __init__(
        self, reason: str, *, transient: bool, status: int | None, retry_after: float | None
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.transient = transient
        self.status = status
        self.retry_after = retry_after


class _LoopState:
    """What belongs to one event loop: the HTTP session, the semaphore, the rate limiter."""

    def __init__(self, target: OpenAITarget, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(
                limit=max(target.concurrency, 1) + 4, limit_per_host=0, keepalive_timeout=30
            ),
            cookie_jar=aiohttp.DummyCookieJar(),
            headers=target._headers(),
        )
        self.semaphore = asyncio.Semaphore(target.concurrency)
        self.limiter = RateLimiter(target.rate) if target.rate is not None else None
        self.keeper = _keep(self.session)


async def _keep(session: aiohttp.ClientSession) -> AsyncGenerator[None, None]:
    """Holds the session open until closed: by `aclose()`, or by the event loop's shutdown
    (`asyncio.run` finalises open async generators before it closes the loop), so a target
    used across several `asyncio.run` calls never leaks a connection."""
    try:
        yield
    finally:
        await session.close()


class OpenAITarget:
    """A chat model behind `base_url` (e.g. `http://127.0.0.1:8000/v1`, `https://api.openai.com/v1`).

    `api_key` defaults to `$REDLINE_EVAL_API_KEY`, then `$OPENAI_API_KEY` (none: no
    Authorization header, as local servers expect). `concurrency` bounds the requests in
    flight, `rate` (requests per second) paces them, `timeout_s` bounds each attempt, and a
    transient failure is retried `retries` times, waiting `backoff_s * 2**n` (with jitter) or
    what Retry-After says. `on_retry` hears about each retry (for progress displays).
    """

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        api_key: str | None = None,
        concurrency: int = 16,
        rate: float | None = None,
        timeout_s: float = 120.0,
        retries: int = 4,
        backoff_s: float = 0.5,
        on_retry: Callable[[Retry], None] | None = None,
    ) -> None:
        url = base_url.strip().rstrip("/")
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise TargetError(
                f"the endpoint must be an http(s) URL such as http://127.0.0.1:8000/v1, "
                f"not {base_url!r}",
                transient=False,
            )
        if not model.strip():
            raise TargetError("the model name is empty", transient=False)
        if concurrency < 1:
            raise ValueError("concurrency must be >= 1")
        if rate is not None and rate <= 0:
            raise ValueError("rate must be > 0 requests per second")
        if timeout_s <= 0:
            raise ValueError("timeout_s must be > 0")
        if retries < 0:
            raise ValueError("retries must be >= 0")
        if backoff_s < 0:
            raise ValueError("backoff_s must be >= 0")
        self._base_url = url
        self._model = model
        if api_key is None:
            api_key = next((os.environ[n] for n in API_KEY_ENV if os.environ.get(n)), None)
        self._api_key = api_key or None
        self.concurrency = concurrency
        self.rate = rate
        self.timeout_s = timeout_s
        self.retries = retries
        self.backoff_s = backoff_s
        self.on_retry = on_retry
        self.retried = 0  # transient failures retried so far, over the target's life
        self._random = random.Random()
        self._state: _LoopState | None = None

    def __repr__(self) -> str:
        return f"OpenAITarget({self._base_url!r}, {self._model!r})"

    @property
    def model(self) -> str:
        return self._model

    @property
    def endpoint(self) -> str:
        return self._base_url

    # -- the Target protocol ------------------------------------------------------------------

    async def complete(self, request: Request) -> Completion:
        body: dict[str, Any] = {
            "model": self._model,
            "messages": list(request.messages),
            "temperature": request.sampling.temperature,
            "top_p": request.sampling.top_p,
            "max_tokens": request.sampling.max_tokens,
            "seed": request.seed,
        }
        if request.tools:
            body["tools"] = [dict(t) for t in request.tools]
        data, latency = await self._call("POST", "/chat/completions", body)
        return self._parse_completion(data, latency)

    async def aclose(self) -> None:
        state, self._state = self._state, None
        if state is None:
            return
        if state.loop is asyncio.get_running_loop():
            await state.keeper.aclose()  # closes the session
        else:
            _abandon(state.session)

    # -- checks before a run ------------------------------------------------------------------

    async def list_models(self) -> list[str]:
        """The model ids `GET /models` lists (one attempt for connection errors: fails fast)."""
        data, _ = await self._call("GET", "/models", None, retry_connect=False)
        items = data.get("data") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise TargetError(
                f"GET {self._url('/models')}: the answer is not a model list", transient=False
            )
        return [str(item["id"]) for item in items if isinstance(item, dict) and "id" in item]

    async def check(self) -> list[str]:
        """Fail fast before a run: the endpoint answers and serves the model.

        Returns the model ids served. An endpoint without `/models` (404) passes unchecked.
        """
        try:
            served = await self.list_models()
        except TargetError as exc:
            if exc.status in (404, 405):
                return []
            raise
        if served and self._model not in served:
            shown = ", ".join(sorted(served)[:20]) + (" ..." if len(served) > 20 else "")
            raise TargetError(
                f"{self._base_url} does not serve model {self._model!r}; it serves: {shown}",
                transient=False,
                status=404,
            )
        return served

    # -- internals ----------------------------------------------------------------------------

    def _headers(self) -> dict[str, str]:
        headers = {"Accept": "application/json", "User-Agent": "redline-eval"}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        return headers

    def _url(self, path: str) -> str:
        return self._base_url + path

    async def _loop_state(self) -> _LoopState:
        loop = asyncio.get_running_loop()
        state = self._state
        if state is None or state.loop is not loop or state.session.closed:
            if state is not None:
                _abandon(state.session)
            state = self._state = _LoopState(self, loop)
            await state.keeper.__anext__()
        return state

    def _redact(self, text: str) -> str:
        key = self._api_key
        if key and len(key) >= 4:
            text = text.replace(key, "[redacted]")
        return text

    async def _call(
        self, method: str, path: str, body: Any, *, retry_connect: bool = True
    ) -> tuple[Any, float]:
        state = await self._loop_state()
        url = self._url(path)
        attempts = self.retries + 1
        for attempt in range(1, attempts + 1):
            try:
                async with state.semaphore:
                    if state.limiter is not None:
                        await state.limiter.acquire()
                    return await self._attempt(state.session, method, url, body)
            except _Failure as failure:
                last = attempt == attempts or not failure.transient
                if failure.status is None and not retry_connect:
                    last = True
                if last:
                    tries = f" after {attempt} attempts" if attempt > 1 else ""
                    raise TargetError(
                        self._redact(f"{method} {url}: {failure.reason}{tries}"),
                        transient=failure.transient,
                        status=failure.status,
                    ) from None
                delay = self._delay(attempt, failure.retry_after)
                self.retried += 1
                if self.on_retry is not None:
                    self.on_retry(
                        Retry(attempt, delay, failure.status, self._redact(failure.reason))
                    )
                if delay > 0:
                    await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, MAX_RETRY_AFTER_S)
        base = min(self.backoff_s * 2.0 ** (attempt - 1), MAX_BACKOFF_S)
        return base * self._random.uniform(0.5, 1.0)

    async def _attempt(
        self, session: aiohttp.ClientSession, method: str, url: str, body: Any
    ) -> tuple[Any, float]:
        timeout = aiohttp.ClientTimeout(total=self.timeout_s)
        started = time.perf_counter()
        try:
            async with session.request(method, url, json=body, timeout=timeout) as response:
                raw = await response.read()
                status = response.status
                headers = response.headers
        except TimeoutError:
            raise _Failure(
                f"no answer within {self.timeout_s:g} s",
                transient=True,
                status=None,
                retry_after=None,
            ) from None
        except aiohttp.ClientError as exc:
            reason = str(exc) or type(exc).__name__
            raise _Failure(
                f"connection failed ({type(exc).__name__}: {reason})",
                transient=True,
                status=None,
                retry_after=None,
            ) from None
        latency = time.perf_counter() - started
        if status >= 400:
            raise _Failure(
                _status_reason(status, raw, headers.get("Content-Type", "")),
                transient=status in TRANSIENT_STATUS or status >= 500,
                status=status,
                retry_after=parse_retry_after(headers),
            )
        try:
            data = json.loads(raw)
        except ValueError:
            shown = repr(raw[:80].decode("utf-8", "replace")) if raw.strip() else "an empty body"
            raise _Failure(
                f"HTTP {status} but the answer is not a chat completion (not JSON: {shown})",
                transient=False,
                status=status,
                retry_after=None,
            ) from None
        return data, latency

    def _parse_completion(self, data: Any, latency: float) -> Completion:
        url = self._url("/chat/completions")
        if isinstance(data, dict) and isinstance(data.get("error"), dict):
            said = str(data["error"].get("message") or data["error"])[:_DETAIL_CHARS]
            raise TargetError(
                self._redact(f"POST {url}: the server answered an error: {said}"),
                transient=False,
            )
        choices = data.get("choices") if isinstance(data, dict) else None
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            raise TargetError(
                f"POST {url}: the answer is not a chat completion (no choices)", transient=False
            )
        choice = choices[0]
        message = choice.get("message")
        if not isinstance(message, dict):
            raise TargetError(
                f"POST {url}: the answer is not a chat completion (no message)", transient=False
            )
        usage = data.get("usage") if isinstance(data.get("usage"), dict) else {}
        return Completion(
            text=_text(message.get("content")),
            tool_calls=_tool_calls(message),
            finish_reason=_str_or_none(choice.get("finish_reason")),
            prompt_tokens=_int_or_none(usage.get("prompt_tokens")),
            completion_tokens=_int_or_none(usage.get("completion_tokens")),
            latency_s=latency,
        )


def _abandon(session: aiohttp.ClientSession) -> None:
    """Let go of a session whose event loop has ended (it cannot be awaited any more)."""
    if session.closed:
        return
    connector = session.connector
    session.detach()
    if connector is not None:
        connector._close()  # marks it closed; on an ended loop there is nothing left to await


def _status_reason(status: int, raw: bytes, content_type: str) -> str:
    phrase = _PHRASES.get(status, "")
    reason = f"HTTP {status}{' ' + phrase if phrase else ''}"
    detail = ""
    try:
        data = json.loads(raw)
    except ValueError:
        data = None
    if isinstance(data, dict):
        error = data.get("error", data.get("detail", data.get("message")))
        if isinstance(error, dict):
            error = error.get("message") or error
        if error:
            detail = str(error)
    elif raw and "html" not in content_type:
        detail = raw.decode("utf-8", "replace")
    detail = " ".join(detail.split())[:_DETAIL_CHARS]
    if detail:
        reason += f": {detail}"
    hint = _HINTS.get(status)
    if hint:
        reason += f" ({hint})"
    return reason


_PHRASES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    408: "Request Timeout",
    409: "Conflict",
    413: "Payload Too Large",
    422: "Unprocessable Entity",
    425: "Too Early",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}

_HINTS = {
    401: "check the API key in $REDLINE_EVAL_API_KEY or $OPENAI_API_KEY",
    403: "the API key may not have access to this model",
    404: "check the base URL (it usually ends in /v1) and the model name",
}


def _text(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content parts
        return "".join(
            str(part.get("text", ""))
            for part in content
            if isinstance(part, dict) and part.get("type", "text") == "text"
        )
    return str(content)


def _arguments(value: Any) -> str:
    if value is None:
        return "{}"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _tool_calls(message: Mapping[str, Any]) -> tuple[ToolCallOut, ...]:
    calls: list[ToolCallOut] = []
    raw = message.get("tool_calls")
    if isinstance(raw, list):
        for i, call in enumerate(raw):
            if not isinstance(call, dict):
                continue
            function = call.get("function")
            if not isinstance(function, dict) or not function.get("name"):
                continue
            calls.append(
                ToolCallOut(
                    id=str(call.get("id") or f"call_{i}"),
                    name=str(function["name"]),
                    arguments=_arguments(function.get("arguments")),
                )
            )
    legacy = message.get("function_call")
    if not calls and isinstance(legacy, dict) and legacy.get("name"):
        calls.append(
            ToolCallOut("call_0", str(legacy["name"]), _arguments(legacy.get("arguments")))
        )
    return tuple(calls)


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
