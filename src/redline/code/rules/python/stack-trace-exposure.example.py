import traceback

from flask import Flask, jsonify

app = Flask(__name__)


def run_export():
    raise RuntimeError("database password rejected")


@app.route("/export")
def export():
    try:
        run_export()
    except Exception:
        # ruleid: stack-trace-exposure
        return traceback.format_exc(), 500
    return "done"


@app.route("/report")
def report():
    try:
        run_export()
    except Exception as error:
        # ruleid: stack-trace-exposure
        return jsonify(error=str(error)), 500
    return "done"


@app.route("/safe")
def safe():
    try:
        run_export()
    except Exception:
        app.logger.exception("export failed")
        # ok: stack-trace-exposure
        return jsonify(error="internal error"), 500
    # ok: stack-trace-exposure
    return "done"


def helper():
    try:
        run_export()
    except Exception as error:
        # ok: stack-trace-exposure
        return str(error)
