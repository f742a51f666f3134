import sys


def run_snippet(snippet):
    # ruleid: py-exec-dynamic-code
    exec(snippet)
    # ruleid: py-exec-dynamic-code
    code = compile(sys.stdin.read(), "<stdin>", "exec")
    # ok: py-exec-dynamic-code
    exec("print('ready')")
    # ok: py-exec-dynamic-code
    pattern = compile("[a-z]+")
    return code, pattern
