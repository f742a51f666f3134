import os

import psycopg2
from flask import Flask

app = Flask(__name__)
# ruleid: py-hardcoded-secret
app.config["SECRET_KEY"] = "s3cr3t-k3y-123"
# ok: py-hardcoded-secret
app.config["SECRET_KEY_FILE"] = "/run/secrets/key.txt"
# ruleid: py-hardcoded-secret
API_KEY = "a8f5f167f44f4964e6c998dee827110c"
# ok: py-hardcoded-secret
TOKEN_URL = "https://auth.example.com/token"
# ok: py-hardcoded-secret
password = os.environ["DB_PASSWORD"]
# ok: py-hardcoded-secret
api_key = ""


def connect():
    # ruleid: py-hardcoded-secret
    return psycopg2.connect(host="db", user="app", password="hunter2!")


def is_admin(password: str) -> bool:
    # ruleid: py-hardcoded-secret
    return password == "admin123"


def settings():
    # ok: py-hardcoded-secret
    return {"password": os.getenv("PASSWORD"), "token": "<your-token-here>"}


def client():
    # ruleid: py-hardcoded-secret
    key = "q8Zr2LmXv9TfKp4WsN7bYc1Hd6Je3Ga5"
    # ok: py-hardcoded-secret
    lookup_key = "user_profile_cache"
    return key, lookup_key


def legacy_settings() -> dict:
    # A secret word inside a longer name: an audit-level note.
    # ruleid: py-hardcoded-secret
    admin_password_prod = "Winter2024!"
    # ok: py-hardcoded-secret
    password_reset_template = "accounts/reset.html"
    # ok: py-hardcoded-secret
    secret_store_backend = "vault"
    return {"admin": admin_password_prod, "reset": password_reset_template}


def next_token(token):
    # ok: py-hardcoded-secret
    if token == "integer":
        return int
    # ok: py-hardcoded-secret
    if token == "(":
        return None
    return token


def check_login(password):
    # ruleid: py-hardcoded-secret
    return password == "hunter22"
