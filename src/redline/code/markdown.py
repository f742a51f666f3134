"""Find the fenced code blocks of a Markdown text (an LLM response)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from redline.code import languages

_FENCE = re.compile(
    r"^(?P<indent>[ \t]{0,3})(?P<fence>`{3,}|~{3,})(?P<info>[^\n`]*)$", re.MULTILINE
)


@dataclass(frozen=True, slots=True)
class CodeBlock:
    """A fenced block: its code, where the code starts in the Markdown, and its language."""

    code: str
    offset: int  # character offset of the first code character
    line: int  # 0-based line index of the first code line
    language: str | None  # from the fence, else guessed; None when neither says
    info: str  # the fence's info string as written


def code_blocks(text: str) -> list[CodeBlock]:
    """Every fenced block, in order; an unclosed fence runs to the end of the text."""
    blocks: list[CodeBlock] = []
    pos = 0
    while True:
        opening = _FENCE.search(text, pos)
        if opening is None:
            return blocks
        fence = opening.group("fence")
        start = opening.end() + 1 if opening.end() < len(text) else opening.end()
        closer = re.compile(
            rf"^[ \t]{{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.MULTILINE
        )
        closing = closer.search(text, start)
        end = closing.start() if closing else len(text)
        code = text[start:end]
        if code.endswith("\n"):
            code = code[:-1]
        info = opening.group("info").strip()
        lang = languages.from_fence(info) if info else None
        if lang is None:
            lang = languages.guess(code)
        blocks.append(
            CodeBlock(
                code=code, offset=start, line=text.count("\n", 0, start), language=lang, info=info
            )
        )
        if closing is None:
            return blocks
        pos = closing.end()


def looks_like_markdown(text: str) -> bool:
    """True when a text carries fenced code blocks (an LLM answer, a README)."""
    return _FENCE.search(text) is not None
