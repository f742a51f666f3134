from Crypto.PublicKey import DSA, RSA
from cryptography.hazmat.primitives.asymmetric import rsa


def make_keys():
    # ruleid: py-rsa-key-too-small
    weak = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    # ruleid: py-rsa-key-too-small
    old = RSA.generate(1024)
    # ruleid: py-rsa-key-too-small
    dsa = DSA.generate(bits=1024)
    # ok: py-rsa-key-too-small
    strong = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    # ok: py-rsa-key-too-small
    fine = RSA.generate(2048)
    return weak, old, dsa, strong, fine
