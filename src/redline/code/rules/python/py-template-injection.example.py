from string import Template

from flask import Flask, render_template_string, request
from jinja2 import Environment

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    # ruleid: py-template-injection
    page = render_template_string("<h1>Hello " + name + "</h1>")
    # ok: py-template-injection
    same = render_template_string("<h1>Hello {{ name }}</h1>", name=name)
    return page + same


@app.route("/preview", methods=["POST"])
def preview():
    source = request.form["template"]
    # ruleid: py-template-injection
    rendered = Environment().from_string(source).render()
    # ok: py-template-injection
    text = Template(source).safe_substitute(user="guest")
    return rendered + text
