import hashlib
import os


def store(password: str, document: bytes):
    # ruleid: py-password-fast-hash
    digest = hashlib.sha256(password.encode()).hexdigest()
    hasher = hashlib.sha512()
    # ruleid: py-password-fast-hash
    hasher.update(password.encode())
    salt = os.urandom(16)
    # ok: py-password-fast-hash
    strong = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    # ok: py-password-fast-hash
    checksum = hashlib.sha256(document).hexdigest()
    return digest, hasher, strong, checksum
