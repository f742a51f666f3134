from urllib.parse import urlparse
from urllib.request import urlopen

import requests
from flask import abort, request

ALLOWED_HOSTS = {"api.example.com"}


def proxy():
    url = request.args.get("url")
    # ruleid: py-ssrf-request
    return requests.get(url, timeout=5).text


def fetch_user():
    user_id = request.args.get("id")
    # ruleid: py-ssrf-request
    first = requests.get(f"https://api.example.com/users/{user_id}", timeout=5).json()
    # ok: py-ssrf-request
    second = requests.get(f"https://api.example.com/users/{int(user_id)}", timeout=5).json()
    return first, second


def profile(subdomain: str):
    # ruleid: py-ssrf-request
    return urlopen(f"https://{subdomain}.example.com/profile").read()


def checked():
    url = request.args["url"]
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        abort(400)
    # ok: py-ssrf-request
    return requests.get(url, timeout=5).text


def download(url: str) -> bytes:
    # ok: py-ssrf-request
    return requests.get(url, timeout=5).content
