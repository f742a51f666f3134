import flask
from flask import request, session

app = flask.Flask(__name__)
ROLES = ("reader", "editor")


@app.route("/prefs", methods=["POST"])
def prefs():
    theme = request.form.get("theme", "light")
    # ruleid: py-session-untrusted-data
    session["theme"] = theme
    # ruleid: py-session-untrusted-data
    flask.session["next"] = request.args.get("next")
    role = request.form.get("role")
    if role not in ROLES:
        role = "reader"
    # ok: py-session-untrusted-data
    session["role"] = role
    # ok: py-session-untrusted-data
    session["visits"] = int(request.form.get("visits", "0"))
    # ok: py-session-untrusted-data
    session["lang"] = "en"
    return "saved"


def remember_cart(request):
    # ruleid: py-session-untrusted-data
    request.session["cart"] = request.POST.get("cart")
    # ok: py-session-untrusted-data
    request.session["checked_out"] = False


def login(db):
    name = request.form["name"]
    user = db.find_user(name)
    # ok: py-session-untrusted-data
    session["user_id"] = user.id
    if user.check_password(request.form["password"]):
        # ok: py-session-untrusted-data
        session["name"] = name
    return "ok"
