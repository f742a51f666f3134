"""Pieces for testing suites and runs without a model: a target that answers from a script."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from redline.eval.types import Completion, Request, TargetError

__all__ = ["Reply", "ScriptedTarget"]

Reply = str | Completion | TargetError
"""One scripted turn: text, a whole completion (tool calls too), or an error to raise."""


class ScriptedTarget:
    """A target that answers from a script and records every request it was sent.

    `script` is either a function of the request, or a list of replies given in order (one per
    request; running out is an error). A reply that is a `TargetError` is raised. With
    `fail_at=N`, every request from the N+1th on raises `error` (by default a non-transient
    HTTP 401, or a transient one with `transient=True`) and is not recorded.
    """

    def __init__(
        self,
        script: Callable[[Request], Reply] | Sequence[Reply],
        *,
        model: str = "scripted",
        endpoint: str = "scripted:",
        fail_at: int | None = None,
        transient: bool = False,
        error: TargetError | None = None,
    ) -> None:
        self._script = script if callable(script) else None
        self._queue: list[Reply] = [] if callable(script) else list(script)
        self._model = model
        self._endpoint = endpoint
        self.fail_at = fail_at
        self.error = error or TargetError(
            "HTTP 401 from scripted: bad key", transient=transient, status=401
        )
        self.requests: list[Request] = []

    @property
    def model(self) -> str:
        return self._model

    @property
    def endpoint(self) -> str:
        return self._endpoint

    async def complete(self, request: Request) -> Completion:
        if self.fail_at is not None and len(self.requests) >= self.fail_at:
            raise self.error
        self.requests.append(request)
        if self._script is not None:
            reply = self._script(request)
        elif self._queue:
            reply = self._queue.pop(0)
        else:
            raise AssertionError(f"the script has no reply for request {len(self.requests)}")
        if isinstance(reply, TargetError):
            raise reply
        return reply if isinstance(reply, Completion) else Completion(text=reply)

    async def aclose(self) -> None:
        return None
