import re

import bleach


def strip_scripts(html):
    # ruleid: py-regex-tag-filter
    cleaned = re.sub(r"<script[^>]*>.*?</script>", "", html, flags=re.S | re.I)
    # ruleid: py-regex-tag-filter
    pattern = re.compile("<SCRIPT.*?</SCRIPT>", re.DOTALL)
    # ok: py-regex-tag-filter
    safe = bleach.clean(html)
    # ok: py-regex-tag-filter
    words = re.sub(r"\s+", " ", safe)
    return cleaned, pattern.sub("", html), words
