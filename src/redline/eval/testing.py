"""Pieces for testing suites and runs without a model: a target that answers from a function."""

from __future__ import annotations

from collections.abc import Callable

from redline.eval.types import Completion, Request, TargetError

__all__ = ["ScriptedTarget"]


class ScriptedTarget:
    """Answers with `answer(request)`; fails with `fail_at` (a TargetError) on that request."""

    def __init__(
        self,
        answer: Callable[[Request], str],
        *,
        model: str = "scripted",
        fail_at: int | None = None,
        transient: bool = False,
    ) -> None:
        self.answer = answer
        self._model = model
        self.fail_at = fail_at
        self.transient = transient
        self.requests: list[Request] = []

    @property
    def model(self) -> str:
        return self._model

    @property
    def endpoint(self) -> str:
        return "scripted:"

    async def complete(self, request: Request) -> Completion:
        if self.fail_at is not None and len(self.requests) >= self.fail_at:
            raise TargetError("HTTP 401 from scripted: bad key", transient=self.transient)
        self.requests.append(request)
        return Completion(text=self.answer(request))

    async def aclose(self) -> None:
        return None
