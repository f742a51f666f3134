#include <alloca.h>
#include <string.h>

void work(size_t len, const char *src) {
    // ruleid: alloca-call
    char *tmp = alloca(len);
    // ok: alloca-call
    char *fixed = alloca(64);
    memcpy(tmp, src, len);
    fixed[0] = tmp[0];
}
