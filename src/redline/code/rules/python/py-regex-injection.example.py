import re

from flask import request


def search(text):
    term = request.args.get("q")
    # ruleid: py-regex-injection
    hits = re.findall(term, text)
    # ok: py-regex-injection
    safe = re.findall(re.escape(term), text)
    # ok: py-regex-injection
    words = re.findall(r"\w+", text)
    return hits, safe, words


def matches(pattern: str, content: str) -> bool:
    # ruleid: py-regex-injection
    return bool(re.search(pattern, content))
