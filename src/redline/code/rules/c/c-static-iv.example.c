#include <openssl/evp.h>
#include <openssl/rand.h>
#include <string.h>

void encrypt(EVP_CIPHER_CTX *ctx, const unsigned char *key, unsigned char *iv_out) {
    // ruleid: c-static-iv
    unsigned char iv[16] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    // ruleid: c-static-iv
    memcpy(iv_out, "0123456789abcdef", 16);
    // ruleid: c-static-iv
    EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, key, (const unsigned char *)"fedcba9876543210");
    unsigned char fresh_iv[16];
    // ok: c-static-iv
    RAND_bytes(fresh_iv, sizeof fresh_iv);
    // ok: c-static-iv
    memcpy(iv_out, fresh_iv, sizeof fresh_iv);
    // ok: c-static-iv
    unsigned char nonce[12] = {0};
    RAND_bytes(nonce, sizeof nonce);
    EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, key, fresh_iv);
    (void)iv;
}
