import os

from flask import abort, request, send_file
from werkzeug.utils import secure_filename

UPLOAD_DIR = "/srv/uploads"


def download():
    name = request.args.get("name")
    # ruleid: py-path-traversal
    return send_file(os.path.join(UPLOAD_DIR, name))


def delete():
    # ruleid: py-path-traversal
    os.remove(request.args["file"])


def upload():
    uploaded = request.files["file"]
    # ruleid: py-path-traversal
    uploaded.save(os.path.join(UPLOAD_DIR, uploaded.filename))
    # ok: py-path-traversal
    uploaded.save(os.path.join(UPLOAD_DIR, secure_filename(uploaded.filename)))


def read_file(filename: str, directory: str) -> str:
    path = os.path.join(directory, filename)
    # ruleid: py-path-traversal
    with open(path) as handle:
        return handle.read()


def read_checked(filename: str, directory: str) -> str:
    path = os.path.realpath(os.path.join(directory, filename))
    if not path.startswith(os.path.realpath(directory) + os.sep):
        abort(400)
    # ok: py-path-traversal
    with open(path) as handle:
        return handle.read()


def read_config(path: str) -> str:
    # ok: py-path-traversal
    with open(path) as handle:
        return handle.read()
