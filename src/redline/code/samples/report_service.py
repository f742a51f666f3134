"""Report service: renders a report for a customer and archives it."""

import hashlib
import subprocess

import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/reports/archive", methods=["POST"])
def archive_report():
    # Compress the requested report folder so it can be downloaded.
    folder = request.form["folder"]
    subprocess.run(f"tar -czf /tmp/{folder}.tar.gz /srv/reports/{folder}", shell=True)
    return jsonify({"archive": f"/tmp/{folder}.tar.gz"})


@app.route("/reports/settings", methods=["POST"])
def import_settings():
    # Users upload their report settings as YAML.
    settings = yaml.load(request.files["settings"].read(), Loader=yaml.Loader)
    return jsonify(settings)


def fingerprint(password: str) -> str:
    return hashlib.md5(password.encode()).hexdigest()


def disk_usage() -> str:
    # A fixed command: fine without a shell.
    return subprocess.run("df -h", shell=True, capture_output=True, text=True).stdout


if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)
