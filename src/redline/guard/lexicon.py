"""Whether the guard can read a user's message: the share of its words that the guard's own
vocabularies know.

The flow rules that ask whether the user asked for an action ("pay", "refund", "grant") read
the user's words through vocabularies of many languages. A message in a language none of them
covers gives those rules nothing to read, and every sink call then looks unasked for. This
module tells such a message apart: it collects, once, every word of the word tables and word
patterns of `redline.guard.tools`, `redline.guard.flow` and `redline.guard.guard` (requests,
orders, corrections, devices, field names, in every language they cover), and counts how many
of a message's words are among them. English text scores about 0.5 to 0.8, text in a covered
language 0.2 to 0.4, text in a language the guard has no words of near 0 (IDs and loanwords
only)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from redline.guard.tools import COMBINING_MARKS, stem, written_without_spaces

# Below this share of known words, a message (of at least `MIN_WORDS` words) is unread.
KNOWN_SHARE: Final = 0.15
# Below this share, a message is read only when the guard finds in it a word that asks for an
# action (see `reads`): a few loanwords ("statement", "commission") and names do not make a
# language one it reads.
SURE_SHARE: Final = 0.3
MIN_WORDS: Final = 3
# A word: letters with the marks written inside them (see `tools.COMBINING_MARKS`), no digits.
_WORD_RE: Final = re.compile(rf"(?:[^\W\d_]|[{COMBINING_MARKS}])+")
# Words of one or two letters ("te", "na", "ko") are words of too many languages to tell one
# language from another.
_MIN_LETTERS: Final = 3
# Escapes of a regular expression's source that are not letters of a word (`\b`, `\s`, `\w`).
_ESCAPE_RE: Final = re.compile(r"\\[a-zA-Z]")


def _words(text: str) -> list[str]:
    return [stem(w) for w in _WORD_RE.findall(text.lower()) if len(w) >= _MIN_LETTERS]


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """Every word (stemmed, lowercased, two letters or more) of the guard's word tables and
    word patterns."""
    # Imported here: they import this module.
    from redline.guard import flow, guard, tools

    found: set[str] = set()

    def add(value: object, depth: int = 0) -> None:
        if isinstance(value, str):
            found.update(_words(value))
        elif isinstance(value, re.Pattern):
            found.update(_words(_ESCAPE_RE.sub(" ", value.pattern)))
        elif depth < 3 and isinstance(value, frozenset | set | tuple | list):
            for item in value:
                add(item, depth + 1)
        elif depth < 3 and isinstance(value, dict):
            for key, item in value.items():
                add(key, depth + 1)
                add(item, depth + 1)

    for module in (tools, flow, guard):
        for name, value in vars(module).items():
            # Not `__annotations__`: the names of the constants and their types (`Final`) are
            # no words a user writes.
            if (name.isupper() or name.startswith("_")) and not name.startswith("__"):
                add(value)
    return frozenset(found)


def known_words(text: str) -> tuple[int, int]:
    """(words the guard's vocabularies know, words counted) in `text`; words of scripts written
    without spaces (Thai, CJK, ...) are not counted: they are read inside the text instead."""
    words = [w for w in _words(text[:20_000]) if not written_without_spaces(w)]
    known = vocabulary()
    return sum(w in known for w in words), len(words)


def reads(known: int, counted: int, asks: bool = True) -> bool:
    """Whether a message with `known` of `counted` words known is one the guard reads; `asks`:
    whether the guard found a word in it that asks for an action of some kind."""
    if counted < MIN_WORDS:
        return True
    return known >= (KNOWN_SHARE if asks else SURE_SHARE) * counted
