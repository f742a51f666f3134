from Crypto.Cipher import AES, ARC4, DES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

LEGACY_ALGORITHMS = {"compat": algorithms.TripleDES, "current": algorithms.AES}


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


def encrypt_by_name(key, iv, level):
    name = "TripleDES" if (7 * 42) - level > 200 else "AES"
    # ruleid: py-weak-cipher
    return Cipher(getattr(algorithms, name)(key), modes.CBC(iv))


def encrypt_by_safe_name(key, iv):
    level = 106
    name = "TripleDES" if (7 * 42) - level > 200 else "AES"
    # ok: py-weak-cipher
    return Cipher(getattr(algorithms, name)(key), modes.CBC(iv))


def encrypt_from_table(key, iv):
    # ruleid: py-weak-cipher
    compat = Cipher(LEGACY_ALGORITHMS["compat"](key), modes.CBC(iv))
    # ok: py-weak-cipher
    current = Cipher(LEGACY_ALGORITHMS["current"](key), modes.GCM(iv))
    return compat, current


def encrypt_with_constructor(key):
    constructors = {"des": DES.new, "aes": AES.new}
    # ruleid: py-weak-cipher
    legacy = constructors["des"](key, DES.MODE_CBC)
    # ok: py-weak-cipher
    modern = constructors["aes"](key, AES.MODE_GCM)
    return legacy, modern
