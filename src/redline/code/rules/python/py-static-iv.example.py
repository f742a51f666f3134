import os

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt(key, data):
    iv = b"\x00" * 16
    # ruleid: py-static-iv
    cipher = AES.new(key, AES.MODE_CBC, iv)
    # ruleid: py-static-iv
    other = Cipher(algorithms.AES(key), modes.CBC(b"1234567890abcdef"))
    fresh = get_random_bytes(16)
    # ok: py-static-iv
    good = AES.new(key, AES.MODE_CBC, fresh)
    # ok: py-static-iv
    also = Cipher(algorithms.AES(key), modes.CTR(os.urandom(16)))
    return cipher, other, good, also


def encrypt_block(key, data):
    vector = b"x" * AES.block_size
    # ruleid: py-static-iv
    return AES.new(key, AES.MODE_CBC, vector).encrypt(data)
