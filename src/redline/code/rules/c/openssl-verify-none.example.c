#include <openssl/ssl.h>

void setup(SSL_CTX *ctx, SSL *ssl) {
    // ruleid: openssl-verify-none
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
    // ruleid: openssl-verify-none
    SSL_set_verify(ssl, SSL_VERIFY_NONE, NULL);
    // ok: openssl-verify-none
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
}
