import ast

from flask import request


def calculate(model):
    expr = request.args.get("expr")
    # ruleid: py-eval-dynamic-code
    result = eval(expr)
    # ruleid: py-eval-dynamic-code
    other = eval("2 * " + expr)
    # ok: py-eval-dynamic-code
    safe = ast.literal_eval(expr)
    # ok: py-eval-dynamic-code
    fixed = eval("2 + 2")
    # ok: py-eval-dynamic-code
    model.eval()
    return result, other, safe, fixed


def parse_setting(text):
    # ruleid: py-eval-dynamic-code
    return eval(text)
