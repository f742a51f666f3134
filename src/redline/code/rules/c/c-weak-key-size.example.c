#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <stdlib.h>

void make_keys(EVP_PKEY_CTX *ctx) {
    // ruleid: c-weak-key-size
    EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 1024);
    // ruleid: c-weak-key-size
    system("openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out key.pem");
    // ruleid: c-weak-key-size
    system("openssl dsaparam -out params.pem 1024");
    // ok: c-weak-key-size
    EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 3072);
    // ok: c-weak-key-size
    system("openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out key.pem");
}
