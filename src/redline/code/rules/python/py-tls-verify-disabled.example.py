import httpx
import requests


def fetch(url):
    # ruleid: py-tls-verify-disabled
    insecure = requests.get(url, verify=False)
    # ruleid: py-tls-verify-disabled
    client = httpx.Client(verify=False)
    session = requests.Session()
    # ruleid: py-tls-verify-disabled
    session.verify = False
    # ok: py-tls-verify-disabled
    secure = requests.get(url, timeout=10)
    # ok: py-tls-verify-disabled
    pinned = requests.get(url, verify="/etc/ssl/certs/internal-ca.pem")
    return insecure, client, secure, pinned
