#include <openssl/des.h>
#include <openssl/evp.h>

void encrypt(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *iv,
             DES_key_schedule *schedule, DES_cblock *block) {
    // ruleid: c-weak-cipher
    EVP_EncryptInit_ex(ctx, EVP_des_cbc(), NULL, key, iv);
    // ruleid: c-weak-cipher
    EVP_EncryptInit_ex(ctx, EVP_rc4(), NULL, key, NULL);
    // ruleid: c-weak-cipher
    DES_set_key_checked(block, schedule);
    // ok: c-weak-cipher
    EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);
}
