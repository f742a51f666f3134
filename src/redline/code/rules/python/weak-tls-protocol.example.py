import socket
import ssl

from OpenSSL import SSL


def connect(host):
    # ruleid: weak-tls-protocol
    old = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    # ruleid: weak-tls-protocol
    legacy = SSL.Context(SSL.SSLv3_METHOD)
    # ruleid: weak-tls-protocol
    wrapped = ssl.wrap_socket(socket.socket())
    ctx = ssl.create_default_context()
    # ok: weak-tls-protocol
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    # ok: weak-tls-protocol
    modern = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    return old, legacy, wrapped, ctx.wrap_socket(socket.socket(), server_hostname=host), modern
