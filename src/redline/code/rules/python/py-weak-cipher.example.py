from Crypto.Cipher import AES, ARC4, DES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt(key, iv, data):
    # ruleid: py-weak-cipher
    des = DES.new(key, DES.MODE_CBC, iv)
    # ruleid: py-weak-cipher
    rc4 = ARC4.new(key)
    # ruleid: py-weak-cipher
    triple = Cipher(algorithms.TripleDES(key), modes.CBC(iv))
    # ok: py-weak-cipher
    aes = AES.new(key, AES.MODE_GCM)
    # ok: py-weak-cipher
    modern = Cipher(algorithms.AES(key), modes.GCM(iv))
    return des, rc4, triple, aes, modern
