import hashlib
import os


def derive(password: bytes):
    # ruleid: py-weak-key-derivation
    fixed = hashlib.pbkdf2_hmac("sha256", password, b"static-salt", 600_000)
    salt = os.urandom(16)
    # ruleid: py-weak-key-derivation
    quick = hashlib.pbkdf2_hmac("sha256", password, salt, 1000)
    # ok: py-weak-key-derivation
    good = hashlib.pbkdf2_hmac("sha256", password, salt, 600_000)
    return fixed, quick, good
