#include <openssl/evp.h>
#include <openssl/rand.h>
#include <string.h>

void hash_password(const char *pw, unsigned char *out) {
    unsigned char salt[32];
    // ruleid: c-constant-salt
    memset(salt, 0, sizeof salt);
    // ruleid: c-constant-salt
    PKCS5_PBKDF2_HMAC(pw, -1, (const unsigned char *)"pepper", 6, 100000, EVP_sha256(), 32, out);
    // ok: c-constant-salt
    RAND_bytes(salt, sizeof salt);
    // ok: c-constant-salt
    PKCS5_PBKDF2_HMAC(pw, -1, salt, sizeof salt, 100000, EVP_sha256(), 32, out);
}

void fixed_salt(const char *pw, unsigned char *out) {
    // ruleid: c-constant-salt
    static const unsigned char salt[] = "static-salt-value";
    PKCS5_PBKDF2_HMAC(pw, -1, salt, sizeof salt, 100000, EVP_sha256(), 32, out);
}
