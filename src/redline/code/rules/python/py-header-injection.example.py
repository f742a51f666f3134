from flask import Flask, Response, make_response, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    user = request.args.get("user", "")
    response = make_response("hello")
    # ruleid: py-header-injection
    response.headers["X-User"] = user
    # ok: py-header-injection
    response.headers["X-Clean-User"] = user.replace("\r", "").replace("\n", "")
    # ok: py-header-injection
    response.headers["Cache-Control"] = "no-store"
    return response


@app.route("/type")
def content_type():
    kind = request.args["type"]
    # ruleid: py-header-injection
    return Response("data", mimetype=kind)


def store_info(info: str, header: dict) -> dict:
    # ruleid: py-header-injection
    header["X-Info"] = info
    return header


def call_api(requests, token: str):
    headers = {}
    # ok: py-header-injection
    headers["Authorization"] = "Bearer " + token
    return requests.get("https://api.example.com/items", headers=headers)
