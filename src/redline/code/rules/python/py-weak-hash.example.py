import hashlib
import hmac


def sign(secret_key: bytes, message: bytes) -> str:
    # ruleid: py-weak-hash
    signature = hmac.new(secret_key, message, hashlib.md5).hexdigest()
    # ok: py-weak-hash
    strong = hmac.new(secret_key, message, hashlib.sha256).hexdigest()
    return signature + strong


def token_digest(token: str) -> str:
    # ruleid: py-weak-hash
    return hashlib.sha1(token.encode()).hexdigest()


def digest(data: bytes) -> str:
    # ruleid: py-weak-hash
    return hashlib.new("md5", data).hexdigest()


def file_checksum(data: bytes) -> str:
    # A checksum: an audit-level note only, never reported by default.
    # ruleid: py-weak-hash
    etag = hashlib.md5(data).hexdigest()
    # ok: py-weak-hash
    return hashlib.sha1(data, usedforsecurity=False).hexdigest() + etag


HASH_NAME = "sha256"


def fingerprint_token(token: bytes, settings: dict) -> str:
    algorithm = "md5"
    # ruleid: py-weak-hash
    first = hashlib.new(algorithm, token).hexdigest()
    chosen = settings.get("hash_algorithm", "sha1")
    # ruleid: py-weak-hash
    second = hashlib.new(chosen, token).hexdigest()
    # ok: py-weak-hash
    third = hashlib.new(HASH_NAME, token).hexdigest()
    return first + second + third
