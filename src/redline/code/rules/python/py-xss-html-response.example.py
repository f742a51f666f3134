import html

from flask import Flask, make_response, render_template, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    # ruleid: py-xss-html-response
    return f"<h1>Hello {name}</h1>"


@app.route("/echo")
def echo():
    data = request.args.get("data", "")
    # ruleid: py-xss-html-response
    return make_response("<p>" + data + "</p>")


@app.route("/safe")
def safe():
    name = request.args.get("name", "")
    # ok: py-xss-html-response
    return f"<h1>Hello {html.escape(name)}</h1>"


@app.route("/page")
def page():
    # ok: py-xss-html-response
    return render_template("page.html", name=request.args.get("name"))


def badge(label: str) -> str:
    # ruleid: py-xss-html-response
    return "<span class='badge'>" + label + "</span>"


def greeting(name: str) -> str:
    # ok: py-xss-html-response
    return f"Welcome, {name}!"
