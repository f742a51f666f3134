import ssl
import urllib.request


def open_insecure(url):
    # ruleid: ssl-cert-check-disabled
    context = ssl._create_unverified_context()
    ctx = ssl.create_default_context()
    # ruleid: ssl-cert-check-disabled
    ctx.check_hostname = False
    # ruleid: ssl-cert-check-disabled
    ctx.verify_mode = ssl.CERT_NONE
    # ok: ssl-cert-check-disabled
    ctx.verify_mode = ssl.CERT_REQUIRED
    # ok: ssl-cert-check-disabled
    secure = ssl.create_default_context()
    return urllib.request.urlopen(url, context=secure), context


# ruleid: ssl-cert-check-disabled
ssl._create_default_https_context = ssl._create_unverified_context
