import os
import uuid

from django.core.files.storage import default_storage
from fastapi import UploadFile
from flask import abort, request
from werkzeug.utils import secure_filename

UPLOAD_DIR = "static/uploads"
ALLOWED_EXTENSIONS = {"png", "jpg", "gif"}


def upload_avatar():
    f = request.files["avatar"]
    # ruleid: py-unrestricted-upload
    f.save(os.path.join(UPLOAD_DIR, f.filename))


def upload_secure_name_only():
    f = request.files["doc"]
    name = secure_filename(f.filename)
    # ruleid: py-unrestricted-upload
    f.save(os.path.join(UPLOAD_DIR, name))


def upload_django(request):
    doc = request.FILES["document"]
    # ruleid: py-unrestricted-upload
    path = default_storage.save("uploads/" + doc.name, doc)
    return path


def upload_chunks(request):
    incoming = request.FILES["file"]
    # ruleid: py-unrestricted-upload
    with open(os.path.join(UPLOAD_DIR, incoming.name), "wb+") as out:
        for chunk in incoming.chunks():
            out.write(chunk)


async def upload_fastapi(file: UploadFile):
    target = f"{UPLOAD_DIR}/{file.filename}"
    # ruleid: py-unrestricted-upload
    with open(target, "wb") as out:
        out.write(await file.read())


def allowed_file(filename):
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


def upload_checked():
    f = request.files["avatar"]
    if not allowed_file(f.filename):
        abort(400)
    # ok: py-unrestricted-upload
    f.save(os.path.join(UPLOAD_DIR, secure_filename(f.filename)))


def upload_suffix_checked():
    f = request.files["avatar"]
    ext = os.path.splitext(f.filename)[1].lower()
    if ext not in {".png", ".jpg"}:
        abort(400)
    # ok: py-unrestricted-upload
    f.save(os.path.join(UPLOAD_DIR, uuid.uuid4().hex + ext))


def upload_generated_name():
    f = request.files["avatar"]
    # ok: py-unrestricted-upload
    f.save(os.path.join(UPLOAD_DIR, uuid.uuid4().hex + ".bin"))


def read_upload(request):
    incoming = request.FILES["file"]
    # ok: py-unrestricted-upload
    with open(os.path.join(UPLOAD_DIR, incoming.name), "rb") as src:
        return src.read()
