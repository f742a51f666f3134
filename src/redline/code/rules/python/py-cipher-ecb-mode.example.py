from Crypto.Cipher import AES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt(key, nonce):
    # ruleid: py-cipher-ecb-mode
    ecb = AES.new(key, AES.MODE_ECB)
    # ruleid: py-cipher-ecb-mode
    other = Cipher(algorithms.AES(key), modes.ECB())
    # ok: py-cipher-ecb-mode
    gcm = AES.new(key, AES.MODE_GCM, nonce=nonce)
    # ok: py-cipher-ecb-mode
    ctr = Cipher(algorithms.AES(key), modes.CTR(nonce))
    return ecb, other, gcm, ctr


def encrypt_by_flag(key, nonce, level):
    compat = (7 * 42) - level > 200
    mode_class = modes.ECB if compat else modes.CTR
    # ruleid: py-cipher-ecb-mode
    return Cipher(algorithms.AES(key), mode_class(nonce))


def encrypt_by_safe_flag(key, nonce):
    level = 106
    compat = (7 * 42) - level > 200
    mode_class = modes.ECB if compat else modes.CTR
    # ok: py-cipher-ecb-mode
    return Cipher(algorithms.AES(key), mode_class(nonce))


def encrypt_by_name(key):
    # ruleid: py-cipher-ecb-mode
    legacy = AES.new(key, getattr(AES, "MODE_" + "ECB"))
    # ok: py-cipher-ecb-mode
    modern = AES.new(key, getattr(AES, "MODE_" + "GCM"))
    return legacy, modern
