"""The run directory: every raw response, every outcome, the results; and the response cache.

A run directory holds
- `run.json`: what was run (model, endpoint, standard, sampling, suites, guard) and its status;
- `responses.jsonl`: every request's cache key and raw completion, appended as they arrive;
- `outcomes.jsonl`: every scored case and sample, appended as they are scored;
- `results.json`: the metrics, written once at the end (atomically).
Appends are flushed line by line, so a killed run loses at most the line being written; a torn
last line is ignored when the run is resumed. A resumed run scores nothing twice and sends no
request whose response is already on disk.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from redline.eval.types import Completion, Outcome, Request, Target

__all__ = ["CachingTarget", "RunDir", "RunDirError", "write_json_atomic"]


class RunDirError(ValueError):
    """A run directory that cannot be used (names the path and what was wrong)."""


def write_json_atomic(path: Path, data: Any) -> None:
    """Write JSON to `path` through a temporary file and a rename: never half-written."""
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2, ensure_ascii=False, sort_keys=False)
        fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    if not path.exists():
        return
    with path.open("r", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if not line.endswith("\n"):
                return  # torn last line of a killed run
            try:
                value = json.loads(line)
            except ValueError:
                continue
            if isinstance(value, dict):
                yield value


class _Appender:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[str] | None = None
        self._lock = threading.Lock()

    def write(self, record: Mapping[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        with self._lock:
            if self._fh is None:
                self._trim_torn_tail()
                self._fh = self.path.open("a", encoding="utf-8")
            self._fh.write(line)
            self._fh.flush()

    def _trim_torn_tail(self) -> None:
        """Drop a torn last line left by a killed run, so appends start on a fresh line."""
        if not self.path.exists():
            return
        data = self.path.read_bytes()
        if data and not data.endswith(b"\n"):
            cut = data.rfind(b"\n") + 1
            with self.path.open("r+b") as fh:
                fh.truncate(cut)

    def close(self) -> None:
        with self._lock:
            if self._fh is not None:
                self._fh.flush()
                os.fsync(self._fh.fileno())
                self._fh.close()
                self._fh = None


class RunDir:
    """One run's directory (created if missing)."""

    RUN = "run.json"
    RESPONSES = "responses.jsonl"
    OUTCOMES = "outcomes.jsonl"
    RESULTS = "results.json"

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if self.path.exists() and not self.path.is_dir():
            raise RunDirError(f"{self.path}: not a directory")
        self._responses = _Appender(self.path / self.RESPONSES)
        self._outcomes = _Appender(self.path / self.OUTCOMES)

    # ---- run record

    def read_run(self) -> dict[str, Any] | None:
        p = self.path / self.RUN
        if not p.exists():
            return None
        try:
            value = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise RunDirError(f"{p}: unreadable run record: {exc}") from None
        if not isinstance(value, dict):
            raise RunDirError(f"{p}: the run record is not a JSON object")
        return value

    def write_run(self, record: Mapping[str, Any]) -> None:
        self.path.mkdir(parents=True, exist_ok=True)
        write_json_atomic(self.path / self.RUN, dict(record))

    def read_results(self) -> dict[str, Any]:
        p = self.path / self.RESULTS
        if not p.exists():
            raise RunDirError(f"{self.path}: no results.json (is this a finished run directory?)")
        try:
            value = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise RunDirError(f"{p}: unreadable results: {exc}") from None
        if not isinstance(value, dict) or "metrics" not in value:
            raise RunDirError(f"{p}: not a redline eval results file")
        return value

    def write_results(self, results: Mapping[str, Any]) -> None:
        write_json_atomic(self.path / self.RESULTS, dict(results))

    # ---- responses (the cache) and outcomes

    def responses(self) -> dict[str, Completion]:
        out: dict[str, Completion] = {}
        for rec in _read_jsonl(self.path / self.RESPONSES):
            key, completion = rec.get("key"), rec.get("completion")
            if isinstance(key, str) and isinstance(completion, dict):
                out[key] = Completion.from_json(completion)
        return out

    def add_response(
        self, key: str, target: Target, request: Request, completion: Completion
    ) -> None:
        self.path.mkdir(parents=True, exist_ok=True)
        self._responses.write(
            {
                "key": key,
                "model": target.model,
                "endpoint": target.endpoint,
                "sample": request.sample,
                "sampling": request.sampling.model_dump(),
                "messages": list(request.messages),
                "tools": [t.get("function", t).get("name") for t in request.tools],
                "completion": completion.to_json(),
            }
        )

    def outcomes(self) -> list[tuple[str, Outcome]]:
        """Every recorded outcome with its condition (`none` or `guard`)."""
        out: list[tuple[str, Outcome]] = []
        for rec in _read_jsonl(self.path / self.OUTCOMES):
            try:
                out.append((str(rec.get("condition") or "none"), Outcome.from_json(rec)))
            except (KeyError, TypeError, ValueError):
                continue
        return out

    def add_outcome(self, condition: str, outcome: Outcome) -> None:
        self.path.mkdir(parents=True, exist_ok=True)
        self._outcomes.write({"condition": condition, **outcome.to_json()})

    def close(self) -> None:
        self._responses.close()
        self._outcomes.close()


class CachingTarget:
    """A target that answers from the run directory's responses when it can.

    The key covers the model, the endpoint, the full messages, the tools, the sampling settings
    and the sample index (`Request.key`). `sent` counts requests that reached the model,
    `cached` those answered from disk.
    """

    def __init__(self, inner: Target, run: RunDir) -> None:
        self.inner = inner
        self.run = run
        self._known = run.responses()
        self.sent = 0
        self.cached = 0

    @property
    def model(self) -> str:
        return self.inner.model

    @property
    def endpoint(self) -> str:
        return self.inner.endpoint

    async def complete(self, request: Request) -> Completion:
        key = request.key(self.inner.model, self.inner.endpoint)
        found = self._known.get(key)
        if found is not None:
            self.cached += 1
            return found
        completion = await self.inner.complete(request)
        self.sent += 1
        self._known[key] = completion
        self.run.add_response(key, self.inner, request, completion)
        return completion

    async def aclose(self) -> None:
        await self.inner.aclose()
