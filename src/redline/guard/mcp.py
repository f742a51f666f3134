"""MCP stdio proxy: `run_mcp_proxy(["python", "server.py"], Guard())` wraps an MCP server.

The client talks to the proxy on stdin/stdout; the proxy starts the server as a child process
and relays MCP's stdio transport (one JSON-RPC 2.0 message, or batch, per line) both ways,
byte for byte, except:

- `tools/call` from the client is checked with `Guard.check_tool_call`; a blocked call (or one
  that needs a human's approval) never reaches the server: the client gets a tool result with
  `isError: true` that says why.
- the result of a forwarded `tools/call` (text items, embedded resources, `structuredContent`,
  `inputRequests`) is checked with `Guard.check_tool_output` before the client sees it: a block
  replaces it with an `isError` result, a redaction masks the strings in place. `resources/read`
  and `prompts/get` results are checked the same way (a block becomes a JSON-RPC error).
- `tools/list` results: every tool's name, title, description and schemas are checked as tool
  output (tool poisoning hides instructions there). Unlike a tool's output, which the policy may
  let pass as data, a description is read by the model as instructions: when the policy blocks
  it or the detector finds instructions in it, the tool is *neutralised* (every description and
  title removed, its own replaced by a note) and checked again; if it still carries instructions
  (in its name, defaults or enums) it is *withheld*: dropped from the list, and later calls to
  it are blocked. Both are named on stderr. Neutralising keeps a falsely flagged tool usable
  while the model never reads the planted text. These checks use the session
  `<session>/tools`, so listing tools does not mark the agent's own trace as untrusted.
- `sampling/createMessage` and `elicitation/create` from the server are checked as tool output;
  a blocked one is answered to the server with a JSON-RPC error and never reaches the client.

Malformed input never stops the proxy: the client gets a JSON-RPC parse error (or invalid
request) where a reply is due; a malformed server line is dropped, and if its request id can be
read, the client's pending request is answered with an error. Lines over `MAX_LINE` bytes are
refused. Replies to requests the client never sent (or cancelled) are dropped. A guard error
blocks (fails closed). Logs go to stderr and name tools and rules, never argument values; stdout
carries only the protocol. The proxy exits with the server's exit code.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Final

from redline.guard.types import Action, Decision, ToolCall
from redline.text.types import Category

if TYPE_CHECKING:
    from redline.guard import Guard

MAX_LINE: Final = 16 * 1024 * 1024  # bytes per message line, either direction
MAX_PENDING: Final = 4096  # client requests in flight at once
MAX_REDACT_SLOTS: Final = 256  # strings redacted one by one before a redaction turns into a block
MAX_STRINGS: Final = 100_000  # strings examined in one message
SHUTDOWN_GRACE: Final = 5.0  # seconds the server gets to exit after its stdin closes

PARSE_ERROR: Final = -32700
INVALID_REQUEST: Final = -32600
INVALID_PARAMS: Final = -32602
BLOCKED: Final = -32001  # a result withheld by the guard (no MCP-defined code exists)
UNAVAILABLE: Final = -32002  # the server could not answer (exited, oversized or malformed reply)

# Keys whose string values are not text a model reads: content types, binary payloads, opaque
# server state, protocol metadata.
_SKIP_KEYS: Final = frozenset(
    {"type", "mimeType", "data", "blob", "_meta", "resultType", "isError", "requestState", "icons"}
)
# Protocol and JSON Schema keys: not examined as text (their values are).
_STRUCTURAL = """
    content text structuredContent resource uri name title description annotations audience
    priority lastModified contents messages role tools inputSchema outputSchema properties
    required items enum default additionalProperties $schema anyOf oneOf allOf format examples
    const minimum maximum readOnlyHint destructiveHint idempotentHint openWorldHint inputRequests
    method params arguments systemPrompt maxTokens modelPreferences hints includeContext
    temperature stopSequences metadata requestedSchema message nextCursor ttlMs execution
    taskSupport size"""
_STRUCTURAL_KEYS: Final = frozenset(_STRUCTURAL.split())
_ID_PATTERN: Final = re.compile(rb'"id"\s*:\s*(-?\d{1,18}|"(?:[^"\\]|\\.){0,256}")')
_CHECKED_RESULTS: Final = frozenset({"tools/call", "tools/list", "resources/read", "prompts/get"})
_CHECKED_SERVER_REQUESTS: Final = frozenset({"sampling/createMessage", "elicitation/create"})
_REMOVED: Final = "[removed by redline]"


def run_mcp_proxy(
    command: Sequence[str],
    guard: Guard,
    *,
    stdin: BinaryIO | None = None,
    stdout: BinaryIO | None = None,
    session: str | None = None,
) -> int:
    """Relay MCP between this process's stdin/stdout and `command`, checking tool traffic.

    Returns the exit code to use: the server's (128 + signal when it was killed), 127 when the
    command does not exist, 126 when it cannot be started, 2 when no command was given.
    """
    if not command:
        _log("no MCP server command given")
        return 2
    try:
        proc = subprocess.Popen(list(command), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    except FileNotFoundError:
        _log(f"cannot start the MCP server: command not found: {command[0]!r}")
        return 127
    except OSError as exc:
        _log(f"cannot start the MCP server {command[0]!r}: {exc.strerror or type(exc).__name__}")
        return 126
    assert proc.stdin is not None
    assert proc.stdout is not None
    proxy = _Proxy(
        guard,
        session or f"mcp-{os.getpid()}",
        client_in=stdin if stdin is not None else sys.stdin.buffer,
        client_out=stdout if stdout is not None else sys.stdout.buffer,
        server_in=proc.stdin,
        server_out=proc.stdout,
    )
    return proxy.run(proc)


def _log(message: str) -> None:
    try:
        sys.stderr.write(f"redline mcp: {message}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


@dataclass(slots=True)
class _Pending:
    method: str
    tool: str | None = None


class _TooLong:
    """A line over `MAX_LINE`: only its head is kept (to find a request id)."""

    __slots__ = ("head",)

    def __init__(self, head: bytes) -> None:
        self.head = head


def _read_line(stream: IO[bytes]) -> bytes | _TooLong | None:
    """The next line without its end (None at end of input), bounded by `MAX_LINE`."""
    line = stream.readline(MAX_LINE + 1)
    if not line:
        return None
    if len(line) > MAX_LINE and not line.endswith(b"\n"):
        head = line[:4096]
        while True:  # skip the rest of the line without holding it
            chunk = stream.readline(1 << 16)
            if not chunk or chunk.endswith(b"\n"):
                break
        return _TooLong(head)
    return line.rstrip(b"\r\n")


class _BadMessage(Exception):
    """A line that is not JSON (or not UTF-8); the message says where, never what."""


def _parse(line: bytes) -> Any:
    try:
        return json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise _BadMessage(f"invalid UTF-8 at byte {exc.start}") from None
    except json.JSONDecodeError as exc:
        raise _BadMessage(f"invalid JSON at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise _BadMessage("JSON nested too deeply") from None


def _dump(message: Any) -> bytes:
    return json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def _id_key(value: Any) -> tuple[str, int | str] | None:
    """A hashable key for a JSON-RPC id (1 and "1" differ); None when it is not a valid id."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return ("n", value)
    if isinstance(value, str):
        return ("s", value)
    return None


def _sniff_id(head: bytes) -> Any:
    """The request id of a line that could not be parsed, when it can be read; else None."""
    match = _ID_PATTERN.search(head)
    if match is None:
        return None
    try:
        return json.loads(match.group(1))
    except (ValueError, RecursionError):
        return None


def _error(id_: Any, code: int, message: str) -> dict[str, Any]:
    return {"jsonrpc": "2.0", "id": id_, "error": {"code": code, "message": message}}


def _tool_error(id_: Any, text: str) -> dict[str, Any]:
    # `resultType` is required from protocol 2026-07-28 on; earlier clients ignore it.
    result = {
        "content": [{"type": "text", "text": text}],
        "isError": True,
        "resultType": "complete",
    }
    return {"jsonrpc": "2.0", "id": id_, "result": result}


def _short(name: object) -> str:
    text = name if isinstance(name, str) else type(name).__name__
    return repr(text[:64] + ("..." if len(text) > 64 else ""))


def _why(decision: Decision) -> str:
    reasons = [r for r in decision.reasons if r.action is decision.action] or list(decision.reasons)
    text = "; ".join(f"{r.message} [{r.rule}]" for r in reasons)
    return text or "the policy does not allow it"


def _blocked_text(what: str, decision: Decision) -> str:
    text = f"redline blocked this {what}: {_why(decision)}"
    if decision.action is Action.ASK:
        text += " (it needs a human's approval, which this MCP proxy cannot ask for)"
    return text


_ATTACKS: Final = frozenset(
    {Category.INJECTION, Category.JAILBREAK, Category.EXFILTRATION, Category.OBFUSCATION}
)
NEUTRALISED: Final = "(description removed by redline: it carried text aimed at the model)"


def _carries_instructions(decision: Decision) -> bool:
    if not decision.allowed:
        return True
    verdict = decision.verdict
    return verdict is not None and verdict.flagged and bool(_ATTACKS & set(verdict.categories))


_NAMED_SCHEMAS: Final = frozenset({"properties", "patternProperties", "$defs", "definitions"})


def _neutralised(tool: dict[str, Any]) -> dict[str, Any]:
    """A copy of a listed tool with every description and title removed, its own replaced.

    Properties that are *named* `title` or `description` stay: only annotations go.
    """

    def strip(node: Any, names: bool = False) -> Any:
        if isinstance(node, dict):
            if names:  # a mapping of property names to schemas
                return {k: strip(v) for k, v in node.items()}
            return {
                k: strip(v, k in _NAMED_SCHEMAS)
                for k, v in node.items()
                if k not in ("description", "title")
            }
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    out: dict[str, Any] = strip(tool)
    out["description"] = NEUTRALISED
    return out


# A place a string lives in a message, so it can be replaced: (container, key) or None when the
# string is a dict key (examined, never rewritten).
_Slot = tuple[dict[str, Any] | list[Any], str | int] | None


def _strings(value: Any) -> list[tuple[str, _Slot]] | None:
    """Every string a model could read in a JSON value, with where it lives; None when there
    are more than `MAX_STRINGS`."""
    out: list[tuple[str, _Slot]] = []
    if isinstance(value, str):
        return [(value, None)]
    queue: deque[Any] = deque([value])
    while queue:
        if len(out) > MAX_STRINGS:
            return None
        node = queue.popleft()
        if isinstance(node, dict):
            for key, item in node.items():
                if key in _SKIP_KEYS:
                    continue
                if key not in _STRUCTURAL_KEYS:
                    out.append((key, None))
                if isinstance(item, str):
                    out.append((item, (node, key)))
                elif isinstance(item, (dict, list)):
                    queue.append(item)
        elif isinstance(node, list):
            for index, item in enumerate(node):
                if isinstance(item, str):
                    out.append((item, (node, index)))
                elif isinstance(item, (dict, list)):
                    queue.append(item)
    return out if len(out) <= MAX_STRINGS else None


def _set(slot: _Slot, text: str) -> None:
    if slot is not None:
        container, key = slot
        container[key] = text  # type: ignore[index]


class _Proxy:
    """One client, one server: two reader threads, one guard, the requests in flight."""

    def __init__(
        self,
        guard: Guard,
        session: str,
        *,
        client_in: IO[bytes],
        client_out: IO[bytes],
        server_in: IO[bytes],
        server_out: IO[bytes],
    ) -> None:
        self.guard = guard
        self.session = session
        self.client_in = client_in
        self.client_out = client_out
        self.server_in = server_in
        self.server_out = server_out
        self.pending: dict[tuple[str, int | str], _Pending] = {}
        self.withheld: set[str] = set()
        self.state_lock = threading.Lock()  # pending, withheld
        self.guard_lock = threading.Lock()  # the guard's session trace is shared by both sides
        self.client_lock = threading.Lock()
        self.server_lock = threading.Lock()
        self.client_done = threading.Event()

    # -- transport -------------------------------------------------------------------------

    def run(self, proc: subprocess.Popen[bytes]) -> int:
        server_reader = threading.Thread(target=self._server_loop, daemon=True)
        client_reader = threading.Thread(target=self._client_loop, daemon=True)
        server_reader.start()
        client_reader.start()
        stop_at: float | None = None
        terminated = False
        exited_at: float | None = None
        interrupted = False
        try:
            while server_reader.is_alive():
                server_reader.join(0.05)
                now = time.monotonic()
                if self.client_done.is_set() and proc.poll() is None:
                    if stop_at is None:
                        stop_at = now + SHUTDOWN_GRACE
                    elif now > stop_at and not terminated:
                        _log("the MCP server did not exit after its input closed; stopping it")
                        proc.terminate()
                        terminated, stop_at = True, now + SHUTDOWN_GRACE
                    elif now > stop_at:
                        proc.kill()
                if proc.poll() is not None:
                    if exited_at is None:
                        exited_at = now
                    elif now - exited_at > SHUTDOWN_GRACE:
                        break  # something else holds the server's stdout open
        except KeyboardInterrupt:
            interrupted = True
            _log("interrupted; stopping the MCP server")
            proc.terminate()
        try:
            rc = proc.wait(timeout=SHUTDOWN_GRACE)
        except subprocess.TimeoutExpired:
            proc.kill()
            rc = proc.wait()
        self._close_server_input()
        if not server_reader.is_alive():
            with contextlib.suppress(OSError, ValueError):
                self.server_out.close()
        self._fail_pending(f"the MCP server exited with code {rc}")
        if not self.client_done.is_set():
            _log(f"the MCP server exited with code {rc}")
        if interrupted:
            return 130
        return rc if rc >= 0 else 128 - rc

    def _client_loop(self) -> None:
        try:
            self._relay(
                self.client_in,
                self._from_client,
                "client",
                "input",
                lambda: self._to_client(
                    _error(None, INVALID_REQUEST, "redline could not process it")
                ),
            )
        finally:
            self.client_done.set()
            self._close_server_input()

    def _server_loop(self) -> None:
        self._relay(self.server_out, self._from_server, "server", "output")

    @staticmethod
    def _relay(
        stream: IO[bytes],
        handle: Callable[[bytes | _TooLong], None],
        peer: str,
        stream_name: str,
        on_error: Callable[[], None] | None = None,
    ) -> None:
        """Hand each line of `stream` to `handle` until it ends; a message that fails is logged
        (and answered by `on_error`) without stopping the relay."""
        try:
            while True:
                line = _read_line(stream)
                if line is None:
                    break
                try:
                    handle(line)
                except Exception as exc:  # a bug must not stop the relay; fail closed
                    _log(f"internal error on a {peer} message: {type(exc).__name__}")
                    if on_error is not None:
                        on_error()
        except (OSError, ValueError) as exc:
            _log(f"{peer} {stream_name} failed: {type(exc).__name__}")

    def _write(self, stream: IO[bytes], lock: threading.Lock, data: bytes) -> bool:
        with lock:
            try:
                stream.write(data)
                stream.flush()
                return True
            except (OSError, ValueError):
                return False

    def _to_client(self, message: Any) -> None:
        """Send a message: bytes are a line as received (no newline), anything else is encoded."""
        data = message + b"\n" if isinstance(message, bytes) else _dump(message)
        if not self._write(self.client_out, self.client_lock, data):
            if not self.client_done.is_set():
                _log("the client's output closed")
            self.client_done.set()
            self._close_server_input()

    def _to_server(self, message: Any) -> None:
        data = message + b"\n" if isinstance(message, bytes) else _dump(message)
        if not self._write(self.server_in, self.server_lock, data):
            _log("the MCP server's input closed; message not delivered")

    def _close_server_input(self) -> None:
        with self.server_lock, contextlib.suppress(OSError, ValueError):
            self.server_in.close()

    def _fail_pending(self, why: str) -> None:
        with self.state_lock:
            pending, self.pending = self.pending, {}
        if self.client_done.is_set():
            return
        for key, entry in pending.items():
            if entry.method == "tools/call":
                self._to_client(_tool_error(key[1], why))
            else:
                self._to_client(_error(key[1], UNAVAILABLE, why))

    # -- guard -----------------------------------------------------------------------------

    def _decide(self, check: Callable[[], Decision]) -> Decision | Exception:
        with self.guard_lock:
            try:
                return check()
            except Exception as exc:  # a detector error fails closed
                _log(f"the guard failed ({type(exc).__name__}); blocking")
                return exc

    def _check_call(self, call: ToolCall) -> Decision | Exception:
        return self._decide(lambda: self.guard.check_tool_call(call, session=self.session))

    def _check_text(self, text: str, tool: str, session: str) -> Decision | Exception:
        return self._decide(lambda: self.guard.check_tool_output(text, tool=tool, session=session))

    def _screen(
        self, value: Any, tool: str, session: str, *, strict: bool = False
    ) -> tuple[str, str]:
        """Check the strings in `value`, redacting in place when the policy says so.

        Returns ("allow" | "redact" | "block", why). `strict` also blocks text the detector
        flags as instructions when the policy lets such tool output pass (tool descriptions
        are read as instructions, not as data).
        """
        strings = _strings(value)
        if strings is None:
            return "block", f"it holds more than {MAX_STRINGS} strings to examine"
        found = [(text, slot) for text, slot in strings if text]
        if not found:
            return "allow", ""
        # each distinct string once: SDKs often repeat structured content as text
        joined = "\n".join(dict.fromkeys(text for text, _ in found))
        decision = self._check_text(joined, tool, session)
        if isinstance(decision, Exception):
            return "block", f"the guard failed ({type(decision).__name__})"
        if strict and _carries_instructions(decision):
            return "block", "it carries instructions"
        if decision.action is Action.ALLOW:
            return "allow", ""
        if decision.action is Action.REDACT and self._redact(found, decision, tool):
            return "redact", _why(decision)
        why = _why(decision)
        if decision.action is Action.ASK:
            why += " (it needs a human's approval, which this MCP proxy cannot ask for)"
        return "block", why

    def _redact(self, found: list[tuple[str, _Slot]], decision: Decision, tool: str) -> bool:
        """Mask the strings the policy redacts; False when that cannot be done in place."""
        single = len({text for text, _ in found}) == 1
        if single and decision.text is not None and all(slot is not None for _, slot in found):
            for _, slot in found:
                _set(slot, decision.text)
            return True
        slots = [(text, slot) for text, slot in found if slot is not None]
        keys = {text for text, slot in found if slot is None}  # cannot be rewritten
        if len(slots) + len(keys) > MAX_REDACT_SLOTS:
            return False
        scratch = f"{self.session}/redact"
        done: dict[str, str] = {}
        try:
            for key in keys:
                part = self._check_text(key, tool, scratch)
                if isinstance(part, Exception) or part.action is not Action.ALLOW:
                    return False
            for text, slot in slots:
                if text not in done:
                    part = self._check_text(text, tool, scratch)
                    if isinstance(part, Exception):
                        return False
                    if part.action is Action.ALLOW:
                        done[text] = text
                    elif part.action is Action.REDACT and part.text is not None:
                        done[text] = part.text
                    else:
                        done[text] = _REMOVED
                _set(slot, done[text])
        finally:
            with self.guard_lock:
                try:
                    self.guard.reset(scratch)
                except Exception as exc:
                    _log(f"could not reset a scratch session ({type(exc).__name__})")
        return True

    # -- client -> server ------------------------------------------------------------------

    def _from_client(self, line: bytes | _TooLong) -> None:
        if isinstance(line, _TooLong):
            id_ = _sniff_id(line.head)
            _log(f"refused a client message over {MAX_LINE} bytes")
            self._to_client(_error(id_, INVALID_REQUEST, f"message over {MAX_LINE} bytes"))
            return
        if not line.strip():
            return
        try:
            message = _parse(line)
        except _BadMessage as exc:
            _log(f"client sent a malformed message ({len(line)} bytes): {exc}")
            self._to_client(_error(None, PARSE_ERROR, f"Parse error: {exc}"))
            return
        if isinstance(message, list):
            if not message:
                self._to_client(_error(None, INVALID_REQUEST, "empty batch"))
                return
            forward, replies = [], []
            for item in message:
                out, reply = self._client_message(item)
                if out:
                    forward.append(item)
                if reply is not None:
                    replies.append(reply)
            if forward:
                self._to_server(line if len(forward) == len(message) else forward)
            if replies:
                self._to_client(replies)
            return
        out, reply = self._client_message(message)
        if out:
            self._to_server(line)
        if reply is not None:
            self._to_client(reply)

    def _client_message(self, message: Any) -> tuple[bool, dict[str, Any] | None]:
        """Whether to forward `message`, and the reply to send the client instead, if any."""
        if not isinstance(message, dict):
            return False, _error(None, INVALID_REQUEST, "a message must be a JSON object")
        method = message.get("method")
        if method is None:
            if "id" in message and ("result" in message or "error" in message):
                return True, None  # the client's answer to a server request
            return False, _error(message.get("id"), INVALID_REQUEST, "not a JSON-RPC message")
        if not isinstance(method, str):
            return False, _error(message.get("id"), INVALID_REQUEST, "method must be a string")
        if "id" not in message:
            if method == "notifications/cancelled":
                self._cancelled(message.get("params"))
            return True, None
        id_ = message["id"]
        key = _id_key(id_)
        if key is None:
            return False, _error(None, INVALID_REQUEST, "id must be a string or an integer")
        with self.state_lock:
            if key in self.pending:
                return False, _error(id_, INVALID_REQUEST, "a request with this id is in flight")
            if len(self.pending) >= MAX_PENDING:
                return False, _error(id_, INVALID_REQUEST, "too many requests in flight")
        entry = _Pending(method)
        if method == "tools/call":
            reply = self._check_tool_call(id_, message.get("params"))
            if reply is not None:
                return False, reply
            entry.tool = message["params"]["name"]
        with self.state_lock:
            self.pending[key] = entry
        return True, None

    def _check_tool_call(self, id_: Any, params: Any) -> dict[str, Any] | None:
        """None when the call may go to the server, else the reply that refuses it."""
        if not isinstance(params, dict) or not isinstance(params.get("name"), str):
            return _error(id_, INVALID_PARAMS, "tools/call needs params.name (a string)")
        name: str = params["name"]
        arguments = params.get("arguments")
        if arguments is None:
            arguments = {}
        if not isinstance(arguments, dict):
            return _error(id_, INVALID_PARAMS, "tools/call params.arguments must be an object")
        with self.state_lock:
            withheld = name in self.withheld
        if withheld:
            _log(f"blocked tools/call {_short(name)}: the tool is withheld (poisoned description)")
            return _tool_error(
                id_,
                "redline blocked this call: the tool's description carries instructions "
                "(tool poisoning), so the tool is withheld",
            )
        decision = self._check_call(ToolCall(name, arguments, str(id_)))
        if isinstance(decision, Exception):
            text = f"redline blocked this call: the guard failed ({type(decision).__name__})"
            return _tool_error(id_, text)
        if decision.allowed:
            return None
        _log(f"{decision.action.value}: tools/call {_short(name)} (rule {decision.rule})")
        return _tool_error(id_, _blocked_text("call", decision))

    def _cancelled(self, params: Any) -> None:
        if isinstance(params, dict):
            key = _id_key(params.get("requestId"))
            if key is not None:
                with self.state_lock:
                    self.pending.pop(key, None)  # a late reply is dropped, as the client expects

    # -- server -> client ------------------------------------------------------------------

    def _from_server(self, line: bytes | _TooLong) -> None:
        if isinstance(line, _TooLong):
            _log(f"dropped a server message over {MAX_LINE} bytes")
            self._fail_one(_sniff_id(line.head), f"the server's reply was over {MAX_LINE} bytes")
            return
        if not line.strip():
            return
        try:
            message = _parse(line)
        except _BadMessage as exc:
            _log(f"dropped a malformed server message ({len(line)} bytes): {exc}")
            self._fail_one(_sniff_id(line[:4096]), "the server sent a malformed reply")
            return
        if isinstance(message, list):
            out: list[Any] = []
            changed = False
            for item in message:
                replaced = self._server_message(item)
                if replaced is not item:
                    changed = True
                if replaced is not None:
                    out.append(replaced)
            if out:
                self._to_client(out if changed else line)
            return
        replaced = self._server_message(message)
        if replaced is message:
            self._to_client(line)
        elif replaced is not None:
            self._to_client(replaced)

    def _fail_one(self, id_: Any, why: str) -> None:
        key = _id_key(id_)
        if key is None:
            return
        with self.state_lock:
            entry = self.pending.pop(key, None)
        if entry is not None:
            message = _tool_error(id_, why) if entry.method == "tools/call" else None
            self._to_client(message or _error(id_, UNAVAILABLE, why))

    def _server_message(self, message: Any) -> Any:
        """The message to pass on: `message` itself, a replacement, or None to drop it."""
        if not isinstance(message, dict):
            _log("dropped a server message that is not a JSON object")
            return None
        method = message.get("method")
        if isinstance(method, str):
            if method in _CHECKED_SERVER_REQUESTS and "id" in message:
                return self._server_request(message, method)
            return message
        if "id" not in message:
            _log("dropped a server message that is not JSON-RPC")
            return None
        if message["id"] is None:
            return message  # the server's answer to a message it could not read
        key = _id_key(message["id"])
        with self.state_lock:
            entry = self.pending.pop(key, None) if key is not None else None
        if entry is None:
            _log("dropped a reply to a request the client did not send (or cancelled)")
            return None
        if entry.method in _CHECKED_RESULTS and isinstance(message.get("error"), dict):
            return self._error_result(message, entry)
        result = message.get("result")
        if entry.method not in _CHECKED_RESULTS or not isinstance(result, dict):
            if entry.method == "tools/call" and "error" not in message:
                return _tool_error(message["id"], "the MCP server sent a malformed tool result")
            return message
        if entry.method == "tools/list":
            return self._tools_list(message, result)
        return self._content_result(message, result, entry)

    def _content_result(
        self, message: dict[str, Any], result: dict[str, Any], entry: _Pending
    ) -> Any:
        tool = entry.tool if entry.tool is not None else entry.method
        outcome, why = self._screen(result, tool, self.session)
        if outcome == "allow":
            return message
        if outcome == "redact":
            _log(f"redacted the result of {entry.method} {_short(tool)}")
            return dict(message)  # a new object: the relay re-encodes it
        _log(f"blocked the result of {entry.method} {_short(tool)}")
        what = "tool result" if entry.method == "tools/call" else "result"
        text = f"redline blocked this {what}: {why}"
        if entry.method == "tools/call":
            return _tool_error(message["id"], text)
        return _error(message["id"], BLOCKED, text)

    def _error_result(self, message: dict[str, Any], entry: _Pending) -> Any:
        tool = entry.tool if entry.tool is not None else entry.method
        error = message["error"]
        outcome, why = self._screen(error, tool, self.session)
        if outcome == "allow":
            return message
        if outcome == "redact":
            return dict(message)
        _log(f"blocked the error reply of {entry.method} {_short(tool)}")
        code = error.get("code") if isinstance(error.get("code"), int) else BLOCKED
        return _error(message["id"], code, f"redline blocked this error message: {why}")

    def _tools_list(self, message: dict[str, Any], result: dict[str, Any]) -> Any:
        tools = result.get("tools")
        if not isinstance(tools, list):
            return message
        kept: list[Any] = []
        changed = False
        scope = f"{self.session}/tools"
        for listed in tools:
            tool = listed
            name = tool.get("name") if isinstance(tool, dict) else None
            if not isinstance(name, str):
                _log("withheld a listed tool without a name")
                changed = True
                continue
            outcome, _ = self._screen(tool, name, scope, strict=True)
            if outcome == "block":
                try:
                    tool = _neutralised(tool)
                except RecursionError:
                    tool = None
                if tool is not None:
                    outcome, _ = self._screen(tool, name, scope, strict=True)
                if outcome != "block":
                    _log(
                        f"removed the descriptions of tool {_short(name)}: they carry instructions"
                    )
                    outcome = "redact"
            with self.state_lock:
                if outcome == "block":
                    self.withheld.add(name)
                else:
                    self.withheld.discard(name)
            if outcome == "block":
                _log(
                    f"withheld tool {_short(name)}: it carries instructions beyond its descriptions"
                )
                changed = True
                continue
            changed = changed or outcome == "redact"
            kept.append(tool)
        if not changed:
            return message
        result["tools"] = kept
        return dict(message)

    def _server_request(self, message: dict[str, Any], method: str) -> Any:
        outcome, why = self._screen(message.get("params"), method, self.session)
        if outcome == "block":
            _log(f"refused the server's {method} request")
            self._to_server(_error(message["id"], BLOCKED, f"redline blocked this request: {why}"))
            return None
        return dict(message) if outcome == "redact" else message
