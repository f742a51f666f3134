def login(response, token):
    # ruleid: cookie-without-flags
    response.set_cookie("session", token)
    # ruleid: cookie-without-flags
    response.set_cookie("session", token, secure=True)
    # ruleid: cookie-without-flags
    response.set_cookie("session", token, secure=False, httponly=True)
    # ok: cookie-without-flags
    response.set_cookie("session", token, secure=True, httponly=True, samesite="Lax")
    # ok: cookie-without-flags
    response.set_cookie("prefs", token, **SECURE_COOKIE_OPTIONS)
    return response


def remember(response, token):
    num = 106
    secure = True if (7 * 42) - num > 200 else False
    # ruleid: cookie-without-flags
    response.set_cookie("remember", token, secure=secure, httponly=True)
    safe = False if (7 * 42) - num > 200 else True
    # ok: cookie-without-flags
    response.set_cookie("remember", token, secure=safe, httponly=True)
    return response
