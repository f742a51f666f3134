from urllib.parse import urlparse

from django.http import HttpResponseRedirect
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/login")
def login():
    target = request.args.get("next")
    # ruleid: py-open-redirect
    return redirect(target)


@app.route("/home")
def home():
    # ok: py-open-redirect
    return redirect(url_for("index", tab=request.args.get("tab")))


@app.route("/checked")
def checked():
    target = request.args.get("next", "/")
    if urlparse(target).netloc:
        target = "/"
    # ok: py-open-redirect
    return redirect(target)


def django_view(request):
    # ruleid: py-open-redirect
    return HttpResponseRedirect(request.GET["url"])


@app.route("/profile")
def profile():
    # ok: py-open-redirect
    return redirect(f"/users/{request.args.get('id')}")
