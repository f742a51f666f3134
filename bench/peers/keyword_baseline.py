"""A keyword baseline for prompt injection and jailbreaks: what a careful user writes in minutes.

`keyword_flags(text)` is True when the text contains one of PHRASES as whole words, ignoring case,
punctuation and spacing (so "Ignore  ALL previous, instructions" matches "ignore all previous
instructions"), or the upper-case word "DAN" (the "Do Anything Now" persona; matched
case-sensitively because "Dan" is a common name).

Choices that keep it a fair baseline rather than a strawman:
- Phrases, not single words: "disregard" or "override" alone fire on ordinary mail ("please
  disregard my last message"), so they appear only in the imperative forms attacks use.
- Whole-word matching after normalisation, so "dance" never matches "dan" and line breaks or
  punctuation inside a phrase do not hide it.
- The list covers the families users know: instruction override, system-prompt extraction,
  persona / role-play jailbreaks, "developer mode" and restriction removal.

It has no notion of context, encodings or other languages; that is the point of a baseline.
The same list runs through LLM Guard's `BanSubstrings` scanner in `llm_guard_runner.py`.
This module uses only the standard library so that the peer environment can import it too.
"""

from __future__ import annotations

import re

PHRASES: tuple[str, ...] = (
    # Instruction override
    "ignore previous instructions",
    "ignore all previous",
    "ignore all prior",
    "ignore prior instructions",
    "ignore the above",
    "ignore all above",
    "ignore the previous",
    "ignore your previous",
    "ignore everything",
    "ignore your instructions",
    "ignore all instructions",
    "ignore your rules",
    "disregard previous",
    "disregard all",
    "disregard the above",
    "disregard prior",
    "disregard everything",
    "disregard your",
    "forget previous instructions",
    "forget all previous",
    "forget everything",
    "forget your instructions",
    "forget your previous",
    "forget all your",
    "override your",
    "new instructions",
    # System prompt extraction
    "system prompt",
    "reveal your instructions",
    "print your instructions",
    "repeat the words above",
    # Personas and jailbreak modes
    "jailbreak",
    "jailbroken",
    "do anything now",
    "developer mode",
    "dan mode",
    "pretend you are",
    "pretend to be",
    "act as if you",
    "you are now",
    "from now on you",
    "stay in character",
    # Removing restrictions
    "without any restrictions",
    "no restrictions",
    "bypass your",
    "bypass safety",
    "unfiltered",
    "uncensored",
)

_NON_WORD = re.compile(r"[^0-9a-z]+")
_PHRASE_RE = re.compile(
    r"(?<![0-9a-z])(?:"
    + "|".join(re.escape(p) for p in sorted(PHRASES, key=len, reverse=True))
    + r")(?![0-9a-z])"
)
_DAN_RE = re.compile(r"\bDAN\b")


def _normalise(text: str) -> str:
    """Lower case, every run of non-alphanumerics (spaces, punctuation, newlines) to one space."""
    return _NON_WORD.sub(" ", text.lower())


def keyword_hits(text: str) -> list[str]:
    """Every listed phrase (and "DAN") found in `text`, in order of appearance."""
    hits = [m.group(0) for m in _PHRASE_RE.finditer(_normalise(text))]
    if _DAN_RE.search(text):
        hits.append("DAN")
    return hits


def keyword_flags(text: str) -> bool:
    """True when `text` contains a listed phrase or the word "DAN"."""
    return _PHRASE_RE.search(_normalise(text)) is not None or _DAN_RE.search(text) is not None
