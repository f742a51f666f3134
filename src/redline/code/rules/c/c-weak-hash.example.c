#include <openssl/evp.h>
#include <openssl/md5.h>
#include <openssl/sha.h>

void fingerprint(const unsigned char *data, size_t len, unsigned char *out) {
    MD5_CTX ctx;
    // ruleid: c-weak-hash
    MD5(data, len, out);
    // ruleid: c-weak-hash
    MD5_Init(&ctx);
    // ruleid: c-weak-hash
    SHA1(data, len, out);
    // ruleid: c-weak-hash
    const EVP_MD *md = EVP_md5();
    // ok: c-weak-hash
    SHA256(data, len, out);
    // ok: c-weak-hash
    const EVP_MD *good = EVP_sha256();
    (void)md;
    (void)good;
}
