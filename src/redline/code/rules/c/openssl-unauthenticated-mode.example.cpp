#include <openssl/evp.h>

#include <vector>

std::vector<unsigned char> encrypt_blob(EVP_CIPHER_CTX *ctx, const unsigned char *key,
                                        const unsigned char *iv)
{
    std::vector<unsigned char> out(4096);
    // ruleid: openssl-unauthenticated-mode
    EVP_EncryptInit_ex(ctx, EVP_aes_256_cfb128(), nullptr, key, iv);
    return out;
}

int encrypt_sector(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *tweak)
{
    // ok: openssl-unauthenticated-mode
    return EVP_EncryptInit_ex(ctx, EVP_aes_256_xts(), nullptr, key, tweak);
}
