"""A regex for a set of strings as a character trie: at each offset the engine tries one
branch per distinct next character, not every string in turn (a flat alternation of many
strings is tried one string after another at every offset)."""

from __future__ import annotations

import re
from typing import Any


def trie_pattern(words: list[str]) -> str:
    """A regex matching the longest of `words` that begins the text (a character trie)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)
