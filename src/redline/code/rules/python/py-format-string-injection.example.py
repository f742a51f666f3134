from string import Template

from flask import request


def greeting(user):
    template = request.args.get("template", "Hello {user.name}")
    # ruleid: py-format-string-injection
    text = template.format(user=user)
    # ok: py-format-string-injection
    fixed = "Hello {}".format(user.name)
    # ok: py-format-string-injection
    safe = Template(template).safe_substitute(name=user.name)
    return text, fixed, safe


def render(pattern, value):
    # ok: py-format-string-injection
    return pattern.format(value)
