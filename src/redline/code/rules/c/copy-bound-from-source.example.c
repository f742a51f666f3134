#include <stdio.h>
#include <string.h>

void copy_name(char *dest, size_t dest_size, const char *src, size_t src_size) {
    char buf[32];
    // ruleid: copy-bound-from-source
    strncpy(dest, src, src_size);
    // ruleid: copy-bound-from-source
    strncpy(buf, src, strlen(src));
    // ruleid: copy-bound-from-source
    strncat(buf, src, sizeof(buf));
    // ruleid: copy-bound-from-source
    snprintf(dest, strlen(src) + 8, "name: %s", src);
    // ok: copy-bound-from-source
    strncpy(dest, src, dest_size - 1);
    // ok: copy-bound-from-source
    strncpy(buf, src, sizeof(buf) - 1);
    // ok: copy-bound-from-source
    snprintf(dest, dest_size, "name: %s", src);
    // ok: copy-bound-from-source
    strncat(buf, src, sizeof(buf) - strlen(buf) - 1);
}
