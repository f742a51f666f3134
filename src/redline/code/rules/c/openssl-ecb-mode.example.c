#include <openssl/evp.h>

void encrypt(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *iv) {
    // ruleid: openssl-ecb-mode
    EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, key, NULL);
    // ok: openssl-ecb-mode
    EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, key, iv);
    // ok: openssl-ecb-mode
    EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv);
}
