import jwt
from jose import jwt as jose_jwt


def claims(token, key):
    # ruleid: jwt-verify-disabled
    unverified = jwt.decode(token, options={"verify_signature": False})
    # ruleid: jwt-verify-disabled
    legacy = jwt.decode(token, key, verify=False)
    # ruleid: jwt-verify-disabled
    anything = jwt.decode(token, key, algorithms=["HS256", "none"])
    # ruleid: jwt-verify-disabled
    peek = jose_jwt.get_unverified_claims(token)
    # ok: jwt-verify-disabled
    verified = jwt.decode(token, key, algorithms=["HS256"])
    return unverified, legacy, anything, peek, verified
