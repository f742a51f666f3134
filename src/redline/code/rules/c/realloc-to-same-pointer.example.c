#include <stdlib.h>

int grow(char **out, char *buf, size_t size) {
    // ruleid: realloc-to-same-pointer
    buf = realloc(buf, size * 2);
    // ruleid: realloc-to-same-pointer
    buf = (char *)realloc(buf, size * 4);
    // ok: realloc-to-same-pointer
    char *bigger = realloc(buf, size * 8);
    if (bigger == NULL) {
        free(buf);
        return -1;
    }
    *out = bigger;
    return 0;
}
