#include <openssl/evp.h>
#include <openssl/hmac.h>

int seal_record(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *iv)
{
    // ruleid: openssl-unauthenticated-mode
    if (EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv) != 1) {
        return -1;
    }
    // ruleid: openssl-unauthenticated-mode
    const EVP_CIPHER *stream = EVP_aes_128_ctr();
    // ok: openssl-unauthenticated-mode
    const EVP_CIPHER *(*pick)(void) = EVP_aes_128_ofb;
    // HMAC(...) in a comment does not count as authentication
    return stream != NULL && pick != NULL;
}
