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
