#include <jwt.h>
#include <string.h>

int decode(const char *token, const char *key) {
    jwt_t *jwt = NULL;
    // ruleid: libjwt-decode-without-key
    jwt_decode(&jwt, token, NULL, 0);
    jwt_free(jwt);
    // ok: libjwt-decode-without-key
    return jwt_decode(&jwt, token, (const unsigned char *)key, strlen(key));
}
