"""Per-session rate and budget limits: calls, calls per minute, tokens, per-tool call caps.

`Budget(limits).charge_call("send_email")` -> None, or the name of the limit a call would
exceed (`calls_per_minute`). Tokens are estimated as characters / 4. Thread-safe.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from redline.guard.policy import Limits
from redline.guard.tools import name_matches

__all__ = ["Budget", "Exceeded", "estimate_tokens"]

WINDOW_S = 60.0


def estimate_tokens(text: str) -> int:
    """A rough token count: one token per four characters."""
    return math.ceil(len(text) / 4)


@dataclass(frozen=True, slots=True)
class Exceeded:
    """A limit that a call or text would go over."""

    name: str  # calls_per_session | calls_per_minute | tokens_per_session | per_tool
    limit: int
    detail: str


class Budget:
    """One session's counters against the policy's limits."""

    def __init__(self, limits: Limits, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits
        self._clock = clock
        self._lock = threading.Lock()
        self.calls = 0
        self.tokens = 0
        self._recent: deque[float] = deque()
        self._per_tool: dict[str, int] = {}

    def charge_call(self, tool: str) -> Exceeded | None:
        """Count one tool call; a call over a limit is refused and not counted."""
        lim = self.limits
        now = self._clock()
        with self._lock:
            while self._recent and now - self._recent[0] >= WINDOW_S:
                self._recent.popleft()
            if lim.calls_per_session is not None and self.calls >= lim.calls_per_session:
                return Exceeded(
                    "calls_per_session",
                    lim.calls_per_session,
                    f"the session has made {self.calls} tool calls (limit {lim.calls_per_session})",
                )
            if lim.calls_per_minute is not None and len(self._recent) >= lim.calls_per_minute:
                return Exceeded(
                    "calls_per_minute",
                    lim.calls_per_minute,
                    f"{len(self._recent)} tool calls in the last minute "
                    f"(limit {lim.calls_per_minute})",
                )
            capped = [p for p in lim.per_tool if name_matches(tool, [p])]
            for pattern in capped:
                used = self._per_tool.get(pattern, 0)
                if used >= lim.per_tool[pattern]:
                    return Exceeded(
                        "per_tool",
                        lim.per_tool[pattern],
                        f"tools matching {pattern!r} were called {used} times "
                        f"(limit {lim.per_tool[pattern]})",
                    )
            self.calls += 1
            self._recent.append(now)
            for pattern in capped:
                self._per_tool[pattern] = self._per_tool.get(pattern, 0) + 1
        return None

    def charge_tokens(self, text: str) -> Exceeded | None:
        """Count a text's tokens; returns the limit when the session's total goes over it."""
        n = estimate_tokens(text)
        lim = self.limits.tokens_per_session
        with self._lock:
            self.tokens += n
            total = self.tokens
        if lim is not None and total > lim:
            return Exceeded(
                "tokens_per_session",
                lim,
                f"the session has used about {total:,} tokens (limit {lim:,})",
            )
        return None
