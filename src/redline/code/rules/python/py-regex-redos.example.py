import re

EMAIL = r"^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$"


def check(value):
    # ruleid: py-regex-redos
    a = re.match(r"^(a+)+$", value)
    # ruleid: py-regex-redos
    b = re.fullmatch(r"^([a-z0-9]+\.)*[a-z]+$", value)
    # ok: py-regex-redos
    c = re.match(EMAIL, value)
    # ok: py-regex-redos
    d = re.match(r"^[a-z0-9.]+$", value)
    # ok: py-regex-redos
    e = re.match(r"(\d{3})-(\d{4})", value)
    return a, b, c, d, e
