def login(response, token):
    # ruleid: cookie-without-flags
    response.set_cookie("session", token)
    # ruleid: cookie-without-flags
    response.set_cookie("session", token, secure=True)
    # ruleid: cookie-without-flags
    response.set_cookie("session", token, secure=False, httponly=True)
    # ok: cookie-without-flags
    response.set_cookie("session", token, secure=True, httponly=True, samesite="Lax")
    return response
