"""OpenAI-compatible HTTP proxy that puts a `Guard` between clients and a model server.

    app = create_app(Guard(), "http://127.0.0.1:8000")   # a Starlette app
    serve(Guard(), "https://api.openai.com/v1", port=8787)  # uvicorn on 127.0.0.1

Requests to `/v1/chat/completions` and `/v1/completions` are scanned before they are forwarded:
user, system and developer messages with `check_input`, `role: tool` results with
`check_tool_output` (named after the assistant tool call they answer), and assistant tool calls
already in the history are recorded with `check_tool_call` so the session trace is complete.
Responses are scanned before the client sees them: content with `check_response` (redacted in
place when the policy says redact) and every tool call with `check_tool_call`. Streams (SSE) are
relayed while they are scanned: content is held back until the next scan boundary and tool calls
until they are complete, so nothing unscanned reaches the client.

What a block does (the proxy has no human to ask, so `ask` is handled like `block` and reported
as `ask`):
- a new user/system message: the request is not forwarded; the client gets a refusal;
- a message blocked in an earlier turn and replayed in the history, or a tool result: its
  content is withheld (replaced by a short notice) and the request goes on, so agents and chats
  are not stuck on one bad message;
- a response or a tool call: the assistant message is replaced by a refusal (no tool calls,
  `finish_reason: stop`); in a stream, relaying stops and a final refusal chunk and `[DONE]` follow.
A refusal is an ordinary completion carrying a top-level `redline` field with the decision, so
agents keep running and can read why. With `on_block="error"` the proxy instead answers HTTP 403
with an OpenAI-style error body (in a stream: an `error` event, then `[DONE]`).

Every chat request belongs to a session: the `X-Redline-Session` header, or a hash of the first
messages. Messages already checked in a session are remembered (bounded LRU), so a long
conversation is not rescanned on every turn. The caller's `Authorization` header is forwarded and
never logged.
"""

from __future__ import annotations

import asyncio
import codecs
import hashlib
import importlib.util
import json
import logging
import math
import re
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, Literal, Protocol
from urllib.parse import urlsplit

import httpx
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse as _StarletteJSON
from starlette.responses import PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from redline.guard.types import Action, Decision, Reason, Stage, ToolCall

if TYPE_CHECKING:
    from redline.guard.guard import Guard

__all__ = ["ProxySettings", "create_app", "serve"]

log = logging.getLogger("redline.guard.proxy")

MiB = 1024 * 1024
SESSION_HEADER = "x-redline-session"
OnBlock = Literal["refusal", "error"]
HttpClient = Literal["auto", "aiohttp", "httpx"]
JSON = dict[str, Any]

# Request headers never forwarded: hop-by-hop, or recomputed by the client.
_DROP_REQUEST_HEADERS = frozenset(
    {
        "host",
        "content-length",
        "connection",
        "keep-alive",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "accept-encoding",
        SESSION_HEADER,
    }
)
# Response headers never relayed: hop-by-hop, or no longer true after the body is rewritten.
_DROP_RESPONSE_HEADERS = frozenset(
    {
        "content-length",
        "content-encoding",
        "transfer-encoding",
        "connection",
        "keep-alive",
        "server",
        "date",
    }
)
_SENTENCE_END = (".", "!", "?", "\n", ":", ";")
# Seconds; the histogram of time the proxy adds to a request (scanning, parsing, relaying).
_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)


@dataclass(frozen=True, slots=True)
class ProxySettings:
    """Limits and behaviour of the proxy; `ProxySettings(timeout=30.0, on_block="error")`."""

    upstream: str
    max_body_bytes: int = 4 * MiB
    max_response_bytes: int = 32 * MiB
    timeout: float = 60.0
    on_block: OnBlock = "refusal"
    session_header: str = SESSION_HEADER
    cache_size: int = 65_536
    max_sessions: int = 10_000
    scan_chars: int = 160  # a stream is scanned at least every this many new characters
    inline_chars: int = 8192  # longer texts are checked on a worker thread, not on the loop
    http_client: HttpClient = "auto"  # the upstream client: aiohttp when installed, else httpx

    def __post_init__(self) -> None:
        parts = urlsplit(self.upstream)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(
                f"upstream must be an http(s) URL such as http://127.0.0.1:8000, "
                f"not {self.upstream!r}"
            )
        if self.max_body_bytes < 1 or self.max_response_bytes < 1:
            raise ValueError("max_body_bytes and max_response_bytes must be positive")
        if not (self.timeout > 0 and math.isfinite(self.timeout)):
            raise ValueError(f"timeout must be a positive number of seconds, not {self.timeout}")
        if self.http_client not in ("auto", "aiohttp", "httpx"):
            raise ValueError(
                f"http_client must be 'auto', 'aiohttp' or 'httpx', not {self.http_client!r}"
            )
        if self.http_client == "aiohttp" and not _aiohttp_available():
            raise ValueError("http_client 'aiohttp' needs the aiohttp package, not installed")
        if self.on_block not in ("refusal", "error"):
            raise ValueError(f"on_block must be 'refusal' or 'error', not {self.on_block!r}")

    @property
    def base_url(self) -> str:
        """The upstream's root: a trailing `/v1` is dropped, request paths carry it."""
        url = self.upstream.rstrip("/")
        return url[:-3] if url.endswith("/v1") else url


class JSONResponse(_StarletteJSON):
    """JSON with non-ASCII escaped: lone surrogates in a client's or upstream's JSON survive."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, separators=(",", ":")).encode("ascii")


class _ProxyError(Exception):
    """An error answered to the client as an OpenAI-style error body."""

    def __init__(self, status: int, message: str, kind: str, code: str) -> None:
        super().__init__(message)
        self.status, self.message, self.kind, self.code = status, message, kind, code

    def response(self) -> JSONResponse:
        return JSONResponse(_error_body(self.message, self.kind, self.code), self.status)


def _error_body(message: str, kind: str, code: str) -> JSON:
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}


def _bad_request(message: str, code: str = "invalid_request") -> _ProxyError:
    return _ProxyError(400, message, "invalid_request_error", code)


class _Blocked(Exception):
    """A check blocked (or asked for approval of) a request or a response."""

    def __init__(self, decision: Decision, where: str) -> None:
        super().__init__(where)
        self.decision, self.where = decision, where


# ------------------------------------------------------------------------------------ metrics


@dataclass
class _Metrics:
    requests: dict[tuple[str, int], int] = field(default_factory=dict)
    decisions: dict[tuple[str, str], int] = field(default_factory=dict)
    upstream_errors: dict[str, int] = field(default_factory=dict)
    cache_hits: int = 0
    buckets: list[int] = field(default_factory=lambda: [0] * len(_BUCKETS))
    overhead_sum: float = 0.0
    overhead_count: int = 0

    def request(self, endpoint: str, status: int) -> None:
        key = (endpoint, status)
        self.requests[key] = self.requests.get(key, 0) + 1

    def decision(self, decision: Decision) -> None:
        key = (decision.stage.value, decision.action.value)
        self.decisions[key] = self.decisions.get(key, 0) + 1

    def upstream_error(self, kind: str) -> None:
        self.upstream_errors[kind] = self.upstream_errors.get(kind, 0) + 1

    def overhead(self, seconds: float) -> None:
        for i, bound in enumerate(_BUCKETS):
            if seconds <= bound:
                self.buckets[i] += 1
        self.overhead_sum += seconds
        self.overhead_count += 1

    def text(self) -> str:
        out = [
            "# HELP redline_proxy_requests_total Requests answered, by endpoint and status.",
            "# TYPE redline_proxy_requests_total counter",
        ]
        for (endpoint, status), n in sorted(self.requests.items()):
            out.append(
                f'redline_proxy_requests_total{{endpoint="{endpoint}",status="{status}"}} {n}'
            )
        out += [
            "# HELP redline_proxy_decisions_total Guard decisions, by stage and action.",
            "# TYPE redline_proxy_decisions_total counter",
        ]
        for (stage, action), n in sorted(self.decisions.items()):
            out.append(f'redline_proxy_decisions_total{{stage="{stage}",action="{action}"}} {n}')
        out += [
            "# HELP redline_proxy_upstream_errors_total Upstream failures, by kind.",
            "# TYPE redline_proxy_upstream_errors_total counter",
        ]
        for kind, n in sorted(self.upstream_errors.items()):
            out.append(f'redline_proxy_upstream_errors_total{{kind="{kind}"}} {n}')
        out += [
            "# HELP redline_proxy_cache_hits_total Messages not rescanned: seen earlier.",
            "# TYPE redline_proxy_cache_hits_total counter",
            f"redline_proxy_cache_hits_total {self.cache_hits}",
            "# HELP redline_proxy_overhead_seconds Time the proxy adds to a request.",
            "# TYPE redline_proxy_overhead_seconds histogram",
        ]
        for bound, n in zip(_BUCKETS, self.buckets, strict=True):
            out.append(f'redline_proxy_overhead_seconds_bucket{{le="{bound}"}} {n}')
        out += [
            f'redline_proxy_overhead_seconds_bucket{{le="+Inf"}} {self.overhead_count}',
            f"redline_proxy_overhead_seconds_sum {self.overhead_sum:.6f}",
            f"redline_proxy_overhead_seconds_count {self.overhead_count}",
        ]
        return "\n".join(out) + "\n"


class _Clock:
    """Splits a request's wall time into time spent waiting on the upstream and the rest."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.waiting = 0.0

    async def wait(self, awaitable: Any) -> Any:
        t = time.perf_counter()
        try:
            return await awaitable
        finally:
            self.waiting += time.perf_counter() - t

    def added(self) -> float:
        return max(0.0, time.perf_counter() - self.start - self.waiting)


# ----------------------------------------------------------------------------- session state


class _Seen:
    """Bounded LRU of decisions for messages already checked, keyed by session and content."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[tuple[str, ...], Decision] = OrderedDict()

    def get(self, key: tuple[str, ...]) -> Decision | None:
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
        return found

    def put(self, key: tuple[str, ...], decision: Decision) -> None:
        self._items[key] = decision
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


class _Sessions:
    """One lock per live session (a session's messages are replayed in order); bounded: past
    `size`, the least recently used idle sessions are forgotten, in the proxy and in the guard
    (sessions busy at that moment stay until a later request)."""

    def __init__(self, guard: Guard, size: int) -> None:
        self.guard, self.size = guard, size
        self._locks: OrderedDict[str, asyncio.Lock] = OrderedDict()

    def lock(self, session: str) -> asyncio.Lock:
        lock = self._locks.get(session)
        if lock is None:
            lock = self._locks[session] = asyncio.Lock()
        self._locks.move_to_end(session)
        self._evict(session)
        return lock

    def _evict(self, keep: str) -> None:
        excess = len(self._locks) - self.size
        if excess <= 0:
            return
        idle = [n for n, lk in self._locks.items() if n != keep and not lk.locked()]
        for name in idle[:excess]:
            del self._locks[name]
            self.guard.reset(name)

    def __len__(self) -> int:
        return len(self._locks)


def _digest(*parts: str) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def _session_of(request: Request, header: str, messages: list[JSON]) -> str:
    """The caller's session id, or a stable hash of the conversation's opening messages."""
    given = request.headers.get(header)
    if given:
        return given[:200]
    opening = [m for m in messages if m.get("role") != "assistant"][:2]
    return "conv-" + _digest(json.dumps(opening, sort_keys=True, ensure_ascii=False))[:20]


# ------------------------------------------------------------------------------ JSON helpers


def _text_of(content: Any) -> str:
    """The text of a message's content: a string, or the text parts of a list of parts."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = []
        for part in content:
            if isinstance(part, str):
                texts.append(part)
            elif isinstance(part, Mapping) and isinstance(part.get("text"), str):
                texts.append(part["text"])
            elif isinstance(part, Mapping) and isinstance(part.get("refusal"), str):
                texts.append(part["refusal"])
        return "\n".join(texts)
    raise _bad_request(f"message content must be a string or a list of parts, not {content!r:.60}")


def _with_text(content: Any, text: str) -> Any:
    """`content` with its text replaced by `text` (non-text parts such as images are kept)."""
    if not isinstance(content, list):
        return text
    kept = [p for p in content if not (isinstance(p, Mapping) and "text" in p)]
    return [{"type": "text", "text": text}, *kept]


def _tool_call_of(raw: Any, where: str) -> tuple[ToolCall | None, str]:
    """A `ToolCall` from an OpenAI `tool_calls` item (or legacy `function_call`), and its
    arguments as sent; None when the arguments are not a JSON object."""
    if not isinstance(raw, Mapping):
        raise _bad_request(f"{where} must be an object")
    fn = raw.get("function", raw)
    if not isinstance(fn, Mapping):
        raise _bad_request(f"{where}.function must be an object")
    name = fn.get("name")
    args = fn.get("arguments", "")
    if not isinstance(name, str) or not name:
        name = "unknown"
    call_id = raw.get("id") if isinstance(raw.get("id"), str) else None
    if isinstance(args, Mapping):
        return ToolCall(name, dict(args), call_id), json.dumps(args, sort_keys=True)
    if not isinstance(args, str):
        return None, repr(args)
    try:
        decoded = json.loads(args) if args.strip() else {}
    except ValueError:
        return None, args
    if not isinstance(decoded, dict):
        return None, args
    return ToolCall(name, decoded, call_id), args


def _unverifiable(call_name: str, session: str) -> Decision:
    """A tool call whose arguments are not a JSON object cannot be checked: it is blocked."""
    return Decision(
        Action.BLOCK,
        Stage.TOOL_CALL,
        session,
        (
            Reason(
                "proxy.unparsed-arguments",
                Action.BLOCK,
                f"the arguments of the call to {call_name!r} are not a JSON object",
            ),
        ),
    )


def _summary(decision: Decision, where: str) -> JSON:
    """What a client learns about a decision: never the checked text or evidence."""
    return {
        "action": decision.action.value,
        "stage": decision.stage.value,
        "rule": decision.rule,
        "where": where,
        "reasons": [
            {"rule": r.rule, "action": r.action.value, "message": r.message}
            for r in decision.reasons
            if r.action is not Action.ALLOW
        ],
    }


def _refusal_text(decision: Decision) -> str:
    verb = "needs a human's approval" if decision.action is Action.ASK else "was blocked"
    why = next((r.message for r in decision.reasons if r.action is decision.action), "")
    rule = f" (rule {decision.rule})" if decision.rule else ""
    return f"This {decision.stage.value.replace('_', ' ')} {verb} by the redline policy{rule}" + (
        f": {why}" if why else "."
    )


def _withheld(decision: Decision) -> str:
    return f"[withheld by redline: {_refusal_text(decision)}]"


# ------------------------------------------------------------------------ upstream transport


class _UpstreamFailure(Exception):
    """The upstream could not be reached, timed out, or broke off a response."""

    def __init__(self, detail: str, *, timeout: bool = False, incomplete: bool = False) -> None:
        super().__init__(detail)
        self.timeout, self.incomplete = timeout, incomplete


class _UpstreamResponse(Protocol):
    status: int
    headers: Mapping[str, str]

    def chunks(self) -> AsyncIterator[bytes]: ...

    async def close(self) -> None: ...


class _Upstream(Protocol):
    async def send(
        self, method: str, path: str, query: str, headers: dict[str, str], body: bytes | None = None
    ) -> _UpstreamResponse: ...

    async def close(self) -> None: ...


def _url(settings: ProxySettings, path: str, query: str) -> str:
    return settings.base_url + path + (f"?{query}" if query else "")


class _AiohttpResponse:
    def __init__(self, resp: Any) -> None:
        self._resp = resp
        self.status: int = resp.status
        self.headers: Mapping[str, str] = resp.headers

    async def chunks(self) -> AsyncIterator[bytes]:
        import aiohttp  # type: ignore[import-not-found,unused-ignore]

        try:
            while chunk := await self._resp.content.readany():
                yield chunk
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise _aiohttp_failure(exc) from None

    async def close(self) -> None:
        self._resp.release()  # back to the pool when read to the end, else closed


def _aiohttp_failure(exc: BaseException) -> _UpstreamFailure:
    import aiohttp  # type: ignore[import-not-found,unused-ignore]

    incomplete = isinstance(exc, aiohttp.ClientPayloadError | aiohttp.ServerDisconnectedError)
    return _UpstreamFailure(
        type(exc).__name__, timeout=isinstance(exc, TimeoutError), incomplete=incomplete
    )


class _AiohttpUpstream:
    """The upstream over aiohttp: its C HTTP parser and pool cost a fraction of httpx's CPU."""

    def __init__(self, settings: ProxySettings) -> None:
        import aiohttp  # type: ignore[import-not-found,unused-ignore]

        self.settings = settings
        self._session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=1024, limit_per_host=0, keepalive_timeout=30),
            timeout=aiohttp.ClientTimeout(
                total=None,
                connect=settings.timeout,
                sock_connect=settings.timeout,
                sock_read=settings.timeout,
            ),
            cookie_jar=aiohttp.DummyCookieJar(),  # never carry one client's cookies to another
            trust_env=False,
        )

    async def send(
        self, method: str, path: str, query: str, headers: dict[str, str], body: bytes | None = None
    ) -> _UpstreamResponse:
        import aiohttp  # type: ignore[import-not-found,unused-ignore]

        try:
            resp = await self._session.request(
                method,
                _url(self.settings, path, query),
                data=body,
                headers=headers,
                allow_redirects=False,
            )
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            raise _aiohttp_failure(exc) from None
        return _AiohttpResponse(resp)

    async def close(self) -> None:
        await self._session.close()


class _HttpxResponse:
    def __init__(self, resp: httpx.Response) -> None:
        self._resp = resp
        self.status = resp.status_code
        self.headers: Mapping[str, str] = resp.headers

    async def chunks(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._resp.aiter_bytes():
                yield chunk
        except httpx.HTTPError as exc:
            raise _httpx_failure(exc) from None

    async def close(self) -> None:
        await self._resp.aclose()


def _httpx_failure(exc: httpx.HTTPError) -> _UpstreamFailure:
    return _UpstreamFailure(
        type(exc).__name__,
        timeout=isinstance(exc, httpx.TimeoutException),
        incomplete=isinstance(exc, httpx.RemoteProtocolError),
    )


class _HttpxUpstream:
    """The upstream over httpx (used when aiohttp is not installed)."""

    def __init__(self, settings: ProxySettings) -> None:
        self._client = httpx.AsyncClient(
            base_url=settings.base_url,
            timeout=httpx.Timeout(settings.timeout),
            limits=httpx.Limits(max_connections=1024, max_keepalive_connections=256),
            follow_redirects=False,
            trust_env=False,
        )

    async def send(
        self, method: str, path: str, query: str, headers: dict[str, str], body: bytes | None = None
    ) -> _UpstreamResponse:
        request = self._client.build_request(
            method, path, params=query, content=body, headers=headers
        )
        try:
            resp = await self._client.send(request, stream=True)
        except httpx.HTTPError as exc:
            raise _httpx_failure(exc) from None
        finally:
            self._client.cookies.clear()  # never carry one client's cookies to another
        return _HttpxResponse(resp)

    async def close(self) -> None:
        await self._client.aclose()


def _aiohttp_available() -> bool:
    return importlib.util.find_spec("aiohttp") is not None


def _open_upstream(settings: ProxySettings) -> _Upstream:
    use = settings.http_client
    if use == "aiohttp" or (use == "auto" and _aiohttp_available()):
        return _AiohttpUpstream(settings)
    return _HttpxUpstream(settings)


_NEWLINE = re.compile(r"\r\n|\r|\n")


async def _lines(chunks: AsyncIterator[bytes]) -> AsyncIterator[str]:
    """The lines of a UTF-8 byte stream, without their ends (\\r\\n, \\r or \\n)."""
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    pending = ""
    async for chunk in chunks:
        text = pending + decoder.decode(chunk)
        hold = ""
        if text.endswith("\r"):  # the \n of a \r\n may come in the next chunk
            text, hold = text[:-1], "\r"
        *complete, pending = _NEWLINE.split(text)
        pending += hold
        for line in complete:
            yield line
    rest = pending + decoder.decode(b"", final=True)
    if rest:
        *complete, last = _NEWLINE.split(rest)
        for line in complete:
            yield line
        if last:
            yield last


# ------------------------------------------------------------------------------------ proxy


class _Proxy:
    def __init__(self, guard: Guard, settings: ProxySettings) -> None:
        self.guard, self.settings = guard, settings
        self.metrics = _Metrics()
        self.seen = _Seen(settings.cache_size)
        self.sessions = _Sessions(guard, settings.max_sessions)
        self._client: _Upstream | None = None
        self._worker: ThreadPoolExecutor | None = None
        self._client_loop: asyncio.AbstractEventLoop | None = None

    # ---- upstream client (one per event loop; one loop in production)

    def client(self) -> _Upstream:
        loop = asyncio.get_running_loop()
        if self._client is None or self._client_loop is not loop:
            self._client = _open_upstream(self.settings)
            self._client_loop = loop
        return self._client

    async def close(self) -> None:
        if self._client is not None and self._client_loop is asyncio.get_running_loop():
            await self._client.close()
        self._client = None
        if self._worker is not None:
            self._worker.shutdown(wait=False)
            self._worker = None

    # ---- checks

    def _record(self, decision: Decision) -> Decision:
        self.metrics.decision(decision)
        return decision

    async def _check(
        self, size: int, check: Callable[..., Decision], /, *args: Any, **kwargs: Any
    ) -> Decision:
        """Run a guard check on a text of `size` characters.

        A short text is checked inline on the event loop: it takes a fraction of a millisecond,
        less than handing it to a thread costs (and CPU-bound threads contend with the loop for
        the GIL). A long one goes to the proxy's single worker thread, so that it does not
        stall every other request for its whole duration."""
        if size <= self.settings.inline_chars:
            return self._record(check(*args, **kwargs))
        if self._worker is None:
            self._worker = ThreadPoolExecutor(1, thread_name_prefix="redline-guard")
        loop = asyncio.get_running_loop()
        return self._record(
            await loop.run_in_executor(self._worker, partial(check, *args, **kwargs))
        )

    async def _cached(
        self, key: tuple[str, ...], check: Callable[[], Awaitable[Decision]]
    ) -> tuple[Decision, bool]:
        """The decision for a message, and whether it was seen (and checked) before."""
        found = self.seen.get(key)
        if found is not None:
            self.metrics.cache_hits += 1
            return found, True
        decision = await check()
        self.seen.put(key, decision)
        return decision, False

    async def scan_messages(self, session: str, messages: list[JSON]) -> list[JSON]:
        """Check every message not seen before; return the messages to forward.

        Raises `_Blocked` when a new user/system message is blocked.
        """
        g = self.guard
        tool_names: dict[str, str] = {}
        out: list[JSON] = []
        for i, msg in enumerate(messages):
            where = f"messages[{i}]"
            if not isinstance(msg, dict):
                raise _bad_request(f"{where} must be an object")
            role = msg.get("role")
            if not isinstance(role, str):
                raise _bad_request(f"{where}.role must be a string")
            if role == "assistant":
                await self._history_calls(session, msg, where, tool_names)
                out.append(msg)
                continue
            text = _text_of(msg.get("content"))
            if role in ("tool", "function"):
                tool = tool_names.get(str(msg.get("tool_call_id")), "")
                tool = tool or (msg["name"] if isinstance(msg.get("name"), str) else "unknown")
                key = (session, "tool", tool, _digest(text))
                decision, seen = await self._cached(
                    key,
                    partial(
                        self._check,
                        len(text),
                        g.check_tool_output,
                        text,
                        tool=tool,
                        session=session,
                    ),
                )
            else:
                channel = "system" if role in ("system", "developer") else "user"
                key = (session, "input", channel, _digest(text))
                decision, seen = await self._cached(
                    key,
                    partial(
                        self._check,
                        len(text),
                        g.check_input,
                        text,
                        session=session,
                        channel=channel,
                    ),
                )
                if not decision.allowed and not seen:
                    raise _Blocked(decision, where)
            if decision.action is Action.REDACT and decision.text is not None:
                out.append({**msg, "content": _with_text(msg.get("content"), decision.text)})
            elif not decision.allowed:
                out.append({**msg, "content": _withheld(decision)})
            else:
                out.append(msg)
        return out

    async def _history_calls(
        self, session: str, msg: JSON, where: str, tool_names: dict[str, str]
    ) -> None:
        """Record the tool calls an assistant already made (their decision cannot change what
        happened; it keeps the session trace complete). Calls this proxy passed are cached."""
        calls = msg.get("tool_calls") or []
        if not isinstance(calls, list):
            raise _bad_request(f"{where}.tool_calls must be a list")
        if isinstance(msg.get("function_call"), Mapping):
            calls = [*calls, msg["function_call"]]
        for j, raw in enumerate(calls):
            call, args = _tool_call_of(raw, f"{where}.tool_calls[{j}]")
            name = call.name if call is not None else "unknown"
            if call is not None and call.id:
                tool_names[call.id] = call.name
            if call is None:
                continue
            key = (session, "call", name, _digest(args))
            check = partial(
                self._check, len(args), self.guard.check_tool_call, call, session=session
            )
            await self._cached(key, check)

    async def check_call(self, raw: Any, session: str, where: str) -> Decision:
        call, args = _tool_call_of(raw, where)
        if call is None:
            name = raw.get("function", {}).get("name", "unknown") if isinstance(raw, dict) else ""
            return self._record(_unverifiable(str(name), session))
        decision = await self._check(len(args), self.guard.check_tool_call, call, session=session)
        if decision.allowed:
            self.seen.put((session, "call", call.name, _digest(args)), decision)
        return decision

    async def check_response(self, text: str, session: str) -> Decision:
        return await self._check(len(text), self.guard.check_response, text, session=session)


# ------------------------------------------------------------------------------- responses


def _refusal_completion(
    decision: Decision, where: str, session: str, *, chat: bool, model: Any
) -> JSON:
    text = _refusal_text(decision)
    choice: JSON = {"index": 0, "finish_reason": "stop", "logprobs": None}
    if chat:
        choice["message"] = {"role": "assistant", "content": text, "refusal": text}
    else:
        choice["text"] = text
    return {
        "id": "redline-" + _digest(session, str(time.time_ns()))[:24],
        "object": "chat.completion" if chat else "text_completion",
        "created": int(time.time()),
        "model": model if isinstance(model, str) else "redline",
        "choices": [choice],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        "redline": {"session": session, "decisions": [_summary(decision, where)]},
    }


def _blocked_error(decision: Decision, where: str) -> JSONResponse:
    body = _error_body(_refusal_text(decision), "redline_policy", "blocked_by_policy")
    body["redline"] = {"decisions": [_summary(decision, where)]}
    return JSONResponse(body, 403)


def _relay_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: v for k, v in headers.items() if k.lower() not in _DROP_RESPONSE_HEADERS}


def _forward_headers(request: Request) -> dict[str, str]:
    return {k: v for k, v in request.headers.items() if k.lower() not in _DROP_REQUEST_HEADERS}


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise _ProxyError(
            413,
            f"request body is {declared} bytes; the limit is {limit}",
            "invalid_request_error",
            "request_too_large",
        )
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise _ProxyError(
                    413,
                    f"request body is over the limit of {limit} bytes",
                    "invalid_request_error",
                    "request_too_large",
                )
            chunks.append(chunk)
    except ClientDisconnect:
        raise _bad_request("the client closed the connection before the body was sent") from None
    return b"".join(chunks)


def _parse_json(body: bytes, what: str) -> Any:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _bad_request(
            f"{what} is not valid UTF-8 (byte {exc.start})", "invalid_encoding"
        ) from None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise _bad_request(f"{what} is not valid JSON: {exc}", "invalid_json") from None


def _upstream_error(exc: _UpstreamFailure, proxy: _Proxy) -> _ProxyError:
    if exc.timeout:
        proxy.metrics.upstream_error("timeout")
        return _ProxyError(
            504,
            f"the upstream did not answer within {proxy.settings.timeout:g} s",
            "upstream_error",
            "upstream_timeout",
        )
    proxy.metrics.upstream_error("unavailable")
    return _ProxyError(
        502,
        f"the upstream could not be reached or failed: {exc}",
        "upstream_error",
        "upstream_unavailable",
    )


async def _read_limited(resp: _UpstreamResponse, limit: int, clock: _Clock) -> bytes:
    chunks, size = [], 0
    it = resp.chunks()
    while True:
        try:
            chunk = await clock.wait(anext(it))
        except StopAsyncIteration:
            break
        size += len(chunk)
        if size > limit:
            raise _ProxyError(
                502,
                f"the upstream response is over the limit of {limit} bytes",
                "upstream_error",
                "upstream_too_large",
            )
        chunks.append(chunk)
    return b"".join(chunks)


# ------------------------------------------------------------------------------- streaming


@dataclass
class _Choice:
    """One streamed choice: content received but not yet released, and tool-call parts."""

    pending: str = ""
    started: bool = False
    calls: dict[int, JSON] = field(default_factory=dict)
    finish: Any = None
    done: bool = False


# Where a streamed answer may be cut into segments: after a sentence or a line.
_CUT = re.compile(r"(?:[.!?;:]\s+|\n)")
# Blocks that must be checked whole: code fences and PEM blocks.
_OPENERS = ("```", "~~~")


def _closed(text: str) -> bool:
    """True when `text` leaves no code fence or PEM block open."""
    if any(text.count(f) % 2 for f in _OPENERS):
        return False
    return text.count("-----BEGIN ") <= text.count("-----END ")


def _cut(pending: str, limit: int) -> int:
    """Where to end the next segment of `pending` (0: not yet). Segments end after a sentence
    or a line and never split a code block; past `limit` characters, any whitespace will do."""
    for m in reversed(list(_CUT.finditer(pending))):
        if _closed(pending[: m.end()]):
            return m.end()
    if len(pending) > 16 * limit:
        return len(pending)  # one enormous block: check what there is
    if len(pending) > limit and _closed(pending):
        space = max(pending.rfind(" "), pending.rfind("\t"))
        return space + 1 if space > 0 else 0
    return 0


class _StreamGuard:
    """Relays an upstream SSE stream, releasing content only after it was scanned."""

    def __init__(
        self, proxy: _Proxy, session: str, resp: _UpstreamResponse, clock: _Clock, *, chat: bool
    ) -> None:
        self.proxy, self.session, self.resp, self.clock, self.chat = (
            proxy,
            session,
            resp,
            clock,
            chat,
        )
        self.choices: dict[int, _Choice] = {}
        self.template: JSON = {}
        self.notes: list[JSON] = []

    # ---- building events

    def _event(self, choices: list[JSON], **extra: Any) -> bytes:
        chunk = {k: v for k, v in self.template.items() if k not in ("choices", "usage", "redline")}
        chunk["choices"] = choices
        chunk.update(extra)
        return b"data: " + json.dumps(chunk).encode() + b"\n\n"

    def _delta(self, index: int, text: str) -> bytes:
        if self.chat:
            return self._event(
                [{"index": index, "delta": {"content": text}, "finish_reason": None}]
            )
        return self._event(
            [{"index": index, "text": text, "finish_reason": None, "logprobs": None}]
        )

    # ---- scanning

    async def _scan(self, index: int, state: _Choice, final: bool) -> bytes:
        """Check the next segment of a choice's content; return it (redacted) as an event.

        Each character is checked once, in segments cut after sentences and lines (code
        blocks whole), so a session's token count and audit log see the answer once."""
        limit = self.proxy.settings.scan_chars
        cut = len(state.pending) if final else _cut(state.pending, limit * 4)
        if not cut:
            return b""
        segment, state.pending = state.pending[:cut], state.pending[cut:]
        if not segment.strip():
            return self._delta(index, segment)
        decision = await self.proxy.check_response(segment, self.session)
        if not decision.allowed:
            raise _Blocked(decision, f"choices[{index}]")
        if decision.action is Action.REDACT and decision.text is not None:
            segment = decision.text
            if not any(n["where"] == f"choices[{index}]" for n in self.notes):
                self.notes.append(_summary(decision, f"choices[{index}]"))
        return self._delta(index, segment)

    def _due(self, state: _Choice, piece: str) -> bool:
        size = len(state.pending)
        return size >= self.proxy.settings.scan_chars or (
            size >= 48 and piece.rstrip(" ").endswith(_SENTENCE_END)
        )

    async def _finish(self, index: int, state: _Choice) -> bytes:
        out = await self._scan(index, state, final=True)
        events = [out] if out else []
        calls = []
        for n, (_, raw) in enumerate(sorted(state.calls.items())):
            fn = raw["function"]
            call_json: JSON = {
                "id": raw.get("id"),
                "type": "function",
                "function": {"name": fn["name"], "arguments": fn["arguments"]},
            }
            decision = await self.proxy.check_call(
                call_json, self.session, f"choices[{index}].tool_calls[{n}]"
            )
            if not decision.allowed:
                raise _Blocked(decision, f"choices[{index}].tool_calls[{n}]")
            calls.append({"index": raw["index"], **call_json})
        if calls:
            events.append(
                self._event(
                    [{"index": index, "delta": {"tool_calls": calls}, "finish_reason": None}]
                )
            )
        end: JSON = {"index": index, "finish_reason": state.finish}
        tail: JSON = {"delta": {}} if self.chat else {"text": "", "logprobs": None}
        end.update(tail)
        events.append(self._event([end]))
        state.done = True
        return b"".join(events)

    # ---- the relay

    async def _chunk(self, chunk: JSON) -> bytes:
        choices = chunk.get("choices")
        self.template = chunk
        if not isinstance(choices, list) or not choices:
            return b"data: " + json.dumps(chunk).encode() + b"\n\n"
        out: list[bytes] = []
        for raw in choices:
            if not isinstance(raw, dict):
                continue
            index = raw.get("index", 0) if isinstance(raw.get("index", 0), int) else 0
            state = self.choices.setdefault(index, _Choice())
            delta = raw.get("delta") if self.chat else raw
            delta = delta if isinstance(delta, dict) else {}
            if self.chat and delta.get("role") and not state.started:
                out.append(
                    self._event([{"index": index, "delta": {"role": delta["role"], "content": ""}}])
                )
            piece = delta.get("content" if self.chat else "text")
            state.started = True
            if isinstance(piece, str) and piece:
                state.pending += piece
                if len(state.pending) > self.proxy.settings.max_response_bytes:
                    raise _ProxyError(
                        502,
                        "a streamed answer is too large",
                        "upstream_error",
                        "upstream_too_large",
                    )
                if self._due(state, piece):
                    out.append(await self._scan(index, state, final=False))
            for tc in delta.get("tool_calls") or []:
                if isinstance(tc, dict):
                    self._add_call(state, tc)
            if isinstance(delta.get("function_call"), dict):
                self._add_call(state, {"index": 0, "function": delta["function_call"]})
            if raw.get("finish_reason") is not None:
                state.finish = raw["finish_reason"]
                out.append(await self._finish(index, state))
        return b"".join(out)

    @staticmethod
    def _add_call(state: _Choice, tc: JSON) -> None:
        idx = tc.get("index", len(state.calls))
        idx = idx if isinstance(idx, int) else len(state.calls)
        call = state.calls.setdefault(
            idx, {"index": idx, "id": None, "function": {"name": "", "arguments": ""}}
        )
        if isinstance(tc.get("id"), str):
            call["id"] = tc["id"]
        fn: JSON = tc["function"] if isinstance(tc.get("function"), dict) else {}
        if isinstance(fn.get("name"), str):
            call["function"]["name"] += fn["name"]
        if isinstance(fn.get("arguments"), str):
            call["function"]["arguments"] += fn["arguments"]
        if len(call["function"]["arguments"]) > 4 * MiB:
            raise _ProxyError(
                502, "a streamed tool call is too large", "upstream_error", "upstream_too_large"
            )

    async def _events(self) -> AsyncIterator[str]:
        """The upstream's SSE `data:` payloads, one per event."""
        data: list[str] = []
        lines = _lines(self.resp.chunks())
        size = 0
        while True:
            try:
                line = await self.clock.wait(anext(lines))
            except StopAsyncIteration:
                break
            size += len(line)
            if size > self.proxy.settings.max_response_bytes:
                raise _ProxyError(
                    502, "the upstream stream is too large", "upstream_error", "upstream_too_large"
                )
            if not line:
                if data:
                    yield "\n".join(data)
                    data = []
            elif line.startswith("data:"):
                data.append(line[5:].removeprefix(" "))
        if data:
            yield "\n".join(data)

    async def relay(self) -> AsyncIterator[bytes]:
        proxy = self.proxy
        try:
            async for payload in self._events():
                if payload.strip() == "[DONE]":
                    break
                try:
                    chunk = json.loads(payload)
                except ValueError:
                    raise _ProxyError(
                        502,
                        "the upstream sent an invalid stream event",
                        "upstream_error",
                        "bad_event",
                    ) from None
                if not isinstance(chunk, dict):
                    continue
                if "error" in chunk and not chunk.get("choices"):
                    yield b"data: " + json.dumps(chunk).encode() + b"\n\n"
                    continue
                out = await self._chunk(chunk)
                if out:
                    yield out
            for index, state in sorted(self.choices.items()):
                if not state.done:
                    state.finish = state.finish or ("tool_calls" if state.calls else "stop")
                    yield await self._finish(index, state)
            if self.notes:
                yield self._event([], redline={"session": self.session, "decisions": self.notes})
        except _Blocked as blocked:
            yield self._blocked_event(blocked)
        except _ProxyError as err:
            proxy.metrics.upstream_error(err.code)
            yield b"data: " + json.dumps(_error_body(err.message, err.kind, err.code)).encode()
            yield b"\n\n"
        except _UpstreamFailure as exc:
            failure = _upstream_error(exc, proxy)
            if exc.incomplete:
                failure.message = "the upstream closed the stream before it was complete"
            async for part in self._salvage():
                yield part
            body = _error_body(failure.message, failure.kind, failure.code)
            yield b"data: " + json.dumps(body).encode()
            yield b"\n\n"
        finally:
            await self.resp.close()
            proxy.metrics.overhead(self.clock.added())
        yield b"data: [DONE]\n\n"

    async def _salvage(self) -> AsyncIterator[bytes]:
        """After the upstream failed mid-stream: release the content received, once scanned
        (never incomplete tool calls)."""
        try:
            for index, state in sorted(self.choices.items()):
                if not state.done:
                    out = await self._scan(index, state, final=True)
                    if out:
                        yield out
        except _Blocked as blocked:
            yield self._blocked_event(blocked)

    def _blocked_event(self, blocked: _Blocked) -> bytes:
        summary = {
            "session": self.session,
            "decisions": [*self.notes, _summary(blocked.decision, blocked.where)],
        }
        if self.proxy.settings.on_block == "error":
            body = _error_body(
                _refusal_text(blocked.decision), "redline_policy", "blocked_by_policy"
            )
            body["redline"] = summary
            return b"data: " + json.dumps(body).encode() + b"\n\n"
        text = _refusal_text(blocked.decision)
        if self.chat:
            delta: JSON = {"delta": {"content": "\n\n" + text, "refusal": text}}
        else:
            delta = {"text": "\n\n" + text, "logprobs": None}
        index = (
            int(blocked.where.split("[")[1].split("]")[0])
            if blocked.where.startswith("choices[")
            else 0
        )
        return self._event([{"index": index, **delta, "finish_reason": "stop"}], redline=summary)


# -------------------------------------------------------------------------------- endpoints


def _prompts(prompt: Any) -> tuple[list[str], bool]:
    """The texts of a completions `prompt` and whether it was a list."""
    if isinstance(prompt, str):
        return [prompt], False
    if isinstance(prompt, list) and prompt and all(isinstance(p, str) for p in prompt):
        return list(prompt), True
    if prompt == []:
        raise _bad_request("prompt must not be an empty list")
    if prompt is None:
        raise _bad_request("prompt is required")
    raise _bad_request(
        "prompt must be a string or a list of strings (token-id prompts cannot be scanned)"
    )


class _Endpoints:
    def __init__(self, proxy: _Proxy) -> None:
        self.proxy = proxy
        self.settings = proxy.settings

    async def chat(self, request: Request) -> Response:
        return await self._completion(request, chat=True)

    async def completions(self, request: Request) -> Response:
        return await self._completion(request, chat=False)

    async def _completion(self, request: Request, *, chat: bool) -> Response:
        endpoint = "chat" if chat else "completions"
        clock = _Clock()
        proxy = self.proxy
        session = "-"
        streaming = False
        model: Any = None
        try:
            payload = _parse_json(
                await _read_body(request, self.settings.max_body_bytes), "the request body"
            )
            if not isinstance(payload, dict):
                raise _bad_request("the request body must be a JSON object")
            model = payload.get("model")
            if chat:
                messages = payload.get("messages")
                if not isinstance(messages, list) or not messages:
                    raise _bad_request("messages must be a non-empty list of message objects")
                session = _session_of(request, self.settings.session_header, messages)
                async with proxy.sessions.lock(session):
                    payload["messages"] = await proxy.scan_messages(session, messages)
            else:
                texts, is_list = _prompts(payload.get("prompt"))
                session = request.headers.get(self.settings.session_header, "")[:200]
                session = session or "prompt-" + _digest(texts[0])[:20]
                async with proxy.sessions.lock(session):
                    payload["prompt"] = await self._scan_prompts(session, texts, is_list)
            response = await self._forward(request, payload, session, clock, chat=chat)
            streaming = isinstance(response, StreamingResponse)
        except _Blocked as blocked:
            log.info(
                "blocked %s in session %s: rule %s", blocked.where, session, blocked.decision.rule
            )
            if self.settings.on_block == "error":
                response = _blocked_error(blocked.decision, blocked.where)
            else:
                response = JSONResponse(
                    _refusal_completion(
                        blocked.decision, blocked.where, session, chat=chat, model=model
                    )
                )
        except _ProxyError as err:
            response = err.response()
        proxy.metrics.request(endpoint, response.status_code)
        if not streaming:
            proxy.metrics.overhead(clock.added())
        log.debug(
            "%s %s -> %d (session %s)", request.method, endpoint, response.status_code, session
        )
        return response

    async def _scan_prompts(self, session: str, texts: list[str], is_list: bool) -> Any:
        proxy = self.proxy
        out = []
        for i, text in enumerate(texts):
            key = (session, "input", "user", _digest(text))
            check = partial(
                proxy._check,
                len(text),
                proxy.guard.check_input,
                text,
                session=session,
                channel="user",
            )
            decision, _ = await proxy._cached(key, check)
            if not decision.allowed:
                raise _Blocked(decision, f"prompt[{i}]" if is_list else "prompt")
            redact = decision.action is Action.REDACT and decision.text is not None
            out.append(decision.text if redact else text)
        return out if is_list else out[0]

    async def _forward(
        self, request: Request, payload: JSON, session: str, clock: _Clock, *, chat: bool
    ) -> Response:
        proxy = self.proxy
        client = proxy.client()
        headers = _forward_headers(request)
        headers["content-type"] = "application/json"
        body = json.dumps(payload).encode()
        try:
            resp = await clock.wait(
                client.send("POST", request.url.path, request.url.query, headers, body)
            )
        except _UpstreamFailure as exc:
            raise _upstream_error(exc, proxy) from None
        media = resp.headers.get("content-type", "")
        if payload.get("stream") is True and resp.status == 200 and "event-stream" in media:
            relay = _StreamGuard(proxy, session, resp, clock, chat=chat)
            return StreamingResponse(
                relay.relay(),
                headers=_relay_headers(resp.headers),
                media_type="text/event-stream",
            )
        try:
            raw = await _read_limited(resp, self.settings.max_response_bytes, clock)
        except _UpstreamFailure as exc:
            raise _upstream_error(exc, proxy) from None
        finally:
            await resp.close()
        if resp.status != 200:
            if resp.status >= 500:
                proxy.metrics.upstream_error(f"status_{resp.status}")
            return Response(raw, resp.status, headers=_relay_headers(resp.headers))
        try:
            data = _parse_json(raw, "the upstream response")
            if not isinstance(data, dict) or not isinstance(data.get("choices"), list):
                raise _bad_request("the upstream response has no choices list")
            if payload.get("stream") is True:
                raise _bad_request("the upstream answered a streaming request without a stream")
            blocked = await self._scan_output(data, session, chat=chat)
        except _ProxyError as err:
            if err.status != 400:
                raise
            proxy.metrics.upstream_error("bad_response")
            raise _ProxyError(502, err.message, "upstream_error", "bad_upstream_response") from None
        if blocked is not None and self.settings.on_block == "error":
            return _blocked_error(blocked.decision, blocked.where)
        return JSONResponse(data, headers=_relay_headers(resp.headers))

    async def _scan_output(self, data: JSON, session: str, *, chat: bool) -> _Blocked | None:
        """Scan every choice in place (redact, or replace by a refusal); the first block."""
        proxy = self.proxy
        notes: list[JSON] = []
        first: _Blocked | None = None
        for i, choice in enumerate(data["choices"]):
            if not isinstance(choice, dict):
                raise _bad_request(f"choices[{i}] is not an object")
            msg = choice.get("message") if chat else choice
            if not isinstance(msg, dict):
                raise _bad_request(f"choices[{i}] has no message")
            key = "content" if chat else "text"
            try:
                text = _text_of(msg.get(key))
                if text:
                    decision = await proxy.check_response(text, session)
                    if not decision.allowed:
                        raise _Blocked(decision, f"choices[{i}]")
                    if decision.action is Action.REDACT and decision.text is not None:
                        msg[key] = _with_text(msg.get(key), decision.text)
                        notes.append(_summary(decision, f"choices[{i}]"))
                if chat:
                    calls = msg.get("tool_calls") or []
                    if not isinstance(calls, list):
                        raise _bad_request(f"choices[{i}].message.tool_calls is not a list")
                    if isinstance(msg.get("function_call"), dict):
                        calls = [*calls, msg["function_call"]]
                    for j, raw in enumerate(calls):
                        where = f"choices[{i}].tool_calls[{j}]"
                        decision = await proxy.check_call(raw, session, where)
                        if not decision.allowed:
                            raise _Blocked(decision, where)
            except _Blocked as blocked:
                log.info(
                    "blocked %s in session %s: rule %s",
                    blocked.where,
                    session,
                    blocked.decision.rule,
                )
                first = first or blocked
                notes.append(_summary(blocked.decision, blocked.where))
                refusal = _refusal_text(blocked.decision)
                choice["finish_reason"] = "stop"
                if chat:
                    choice["message"] = {
                        "role": "assistant",
                        "content": refusal,
                        "refusal": refusal,
                    }
                else:
                    choice["text"] = refusal
        if notes:
            data["redline"] = {"session": session, "decisions": notes}
        return first

    async def passthrough(self, request: Request) -> Response:
        """GET /v1/* (models and the like) is forwarded as is; other methods are refused."""
        proxy = self.proxy
        clock = _Clock()
        if request.method != "GET":
            response: Response = _ProxyError(
                404,
                f"{request.method} {request.url.path} is not forwarded: the proxy cannot scan it",
                "invalid_request_error",
                "unsupported_endpoint",
            ).response()
            proxy.metrics.request("other", 404)
            return response
        client = proxy.client()
        try:
            resp = await clock.wait(
                client.send("GET", request.url.path, request.url.query, _forward_headers(request))
            )
            try:
                raw = await _read_limited(resp, self.settings.max_response_bytes, clock)
            finally:
                await resp.close()
            response = Response(raw, resp.status, headers=_relay_headers(resp.headers))
        except _UpstreamFailure as exc:
            response = _upstream_error(exc, proxy).response()
        except _ProxyError as err:
            response = err.response()
        endpoint = "models" if request.url.path.rstrip("/") == "/v1/models" else "other"
        proxy.metrics.request(endpoint, response.status_code)
        proxy.metrics.overhead(clock.added())
        return response

    async def healthz(self, request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def metrics(self, request: Request) -> Response:
        text = self.proxy.metrics.text()
        text += (
            "# HELP redline_proxy_sessions Sessions the proxy holds.\n"
            "# TYPE redline_proxy_sessions gauge\n"
            f"redline_proxy_sessions {len(self.proxy.sessions)}\n"
            "# HELP redline_proxy_cached_messages Messages whose decision is remembered.\n"
            "# TYPE redline_proxy_cached_messages gauge\n"
            f"redline_proxy_cached_messages {len(self.proxy.seen)}\n"
        )
        return PlainTextResponse(text, media_type="text/plain; version=0.0.4")

    async def openapi(self, request: Request) -> Response:
        return JSONResponse(openapi_document())


def _error_schema() -> JSON:
    return {
        "type": "object",
        "required": ["error"],
        "properties": {
            "error": {
                "type": "object",
                "required": ["message", "type", "code"],
                "properties": {
                    "message": {"type": "string"},
                    "type": {"type": "string"},
                    "code": {"type": ["string", "null"]},
                },
            }
        },
    }


def openapi_document() -> JSON:
    """The OpenAPI 3.1 description of the proxy's own endpoints."""
    error = {"application/json": {"schema": _error_schema()}}
    message = {
        "type": "object",
        "required": ["role"],
        "properties": {
            "role": {
                "type": "string",
                "enum": ["system", "developer", "user", "assistant", "tool"],
            },
            "content": {"type": ["string", "null"]},
            "name": {"type": "string"},
            "tool_call_id": {"type": "string"},
            "tool_calls": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "type": {"type": "string", "enum": ["function"]},
                        "function": {
                            "type": "object",
                            "properties": {
                                "name": {"type": "string"},
                                "arguments": {"type": "string"},
                            },
                        },
                    },
                },
            },
        },
    }
    completion = {
        "type": "object",
        "properties": {
            "choices": {"type": "array"},
            "redline": {"type": "object"},
        },
    }
    answers = {
        "200": {
            "description": "The upstream's completion, scanned (or a refusal)",
            "content": {
                "application/json": {"schema": completion},
                "text/event-stream": {
                    "schema": {"type": "object", "properties": {"data": {"type": "string"}}}
                },
            },
        },
        "400": {"description": "Malformed request", "content": error},
        "403": {"description": "Blocked by policy (on_block: error)", "content": error},
        "413": {"description": "Request body over the limit", "content": error},
        "502": {"description": "Upstream unreachable or invalid", "content": error},
        "504": {"description": "Upstream timed out", "content": error},
        "default": {"description": "The upstream's own error, relayed"},
    }

    def post(schema: JSON, summary: str) -> JSON:
        return {
            "post": {
                "summary": summary,
                "parameters": [
                    {
                        "name": "X-Redline-Session",
                        "in": "header",
                        "required": False,
                        "schema": {"type": "string"},
                    }
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": schema}},
                },
                "responses": answers,
            }
        }

    chat = {
        "type": "object",
        "required": ["model", "messages"],
        "properties": {
            "model": {"type": "string"},
            "messages": {"type": "array", "minItems": 1, "items": message},
            "stream": {"type": "boolean"},
            "max_tokens": {"type": "integer"},
        },
    }
    legacy = {
        "type": "object",
        "required": ["model", "prompt"],
        "properties": {
            "model": {"type": "string"},
            "prompt": {
                "oneOf": [
                    {"type": "string"},
                    {"type": "array", "minItems": 1, "items": {"type": "string"}},
                ]
            },
            "stream": {"type": "boolean"},
        },
    }
    plain = {"text/plain": {"schema": {"type": "string"}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "redline guard proxy", "version": "1"},
        "paths": {
            "/v1/chat/completions": post(chat, "Chat completion, scanned both ways"),
            "/v1/completions": post(legacy, "Text completion, scanned both ways"),
            "/v1/models": {
                "get": {
                    "summary": "The upstream's model list, relayed",
                    "responses": {
                        "200": {"description": "Model list"},
                        "502": {"description": "Upstream unreachable", "content": error},
                        "504": {"description": "Upstream timed out", "content": error},
                        "default": {"description": "The upstream's own error, relayed"},
                    },
                }
            },
            "/healthz": {
                "get": {
                    "summary": "Liveness",
                    "responses": {
                        "200": {
                            "description": "Up",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["status"],
                                        "properties": {"status": {"const": "ok"}},
                                    }
                                }
                            },
                        }
                    },
                }
            },
            "/metrics": {
                "get": {
                    "summary": "Prometheus metrics",
                    "responses": {"200": {"description": "Metrics", "content": plain}},
                }
            },
        },
    }


def create_app(
    guard: Guard,
    upstream: str,
    *,
    max_body_bytes: int = 4 * MiB,
    timeout: float = 60.0,
    on_block: OnBlock = "refusal",
    **options: Any,
) -> Starlette:
    """The proxy as an ASGI app: `create_app(Guard(), "http://127.0.0.1:8000")`.

    `options` are further `ProxySettings` fields (`session_header`, `cache_size`, ...).
    """
    settings = ProxySettings(
        upstream,
        max_body_bytes=max_body_bytes,
        timeout=timeout,
        on_block=on_block,
        **options,
    )
    proxy = _Proxy(guard, settings)
    ep = _Endpoints(proxy)

    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        await proxy.close()

    app = Starlette(
        routes=[
            Route("/v1/chat/completions", ep.chat, methods=["POST"]),
            Route("/v1/completions", ep.completions, methods=["POST"]),
            Route("/healthz", ep.healthz, methods=["GET"]),
            Route("/metrics", ep.metrics, methods=["GET"]),
            Route("/openapi.json", ep.openapi, methods=["GET"]),
            Route(
                "/v1/{rest:path}",
                ep.passthrough,
                methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            ),
        ],
        lifespan=asynccontextmanager(lifespan),
    )
    app.state.proxy = proxy
    return app


def serve(
    guard: Guard,
    upstream: str,
    *,
    host: str = "127.0.0.1",
    port: int = 8787,
    log_level: str = "info",
    **options: Any,
) -> None:
    """Run the proxy with uvicorn until interrupted: `serve(Guard(), "http://127.0.0.1:8000")`."""
    import uvicorn

    app = create_app(guard, upstream, **options)
    if host not in ("127.0.0.1", "localhost", "::1"):
        log.warning("the proxy listens on %s: it is reachable from other machines", host)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)
