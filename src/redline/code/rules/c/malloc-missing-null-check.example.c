#include <stdlib.h>
#include <string.h>

char *make_buffer(size_t size) {
    char *buf = malloc(size);
    // ruleid: malloc-missing-null-check
    memset(buf, 'A', size);
    return buf;
}

char *make_checked(size_t size) {
    char *buf = malloc(size);
    if (buf == NULL) {
        return NULL;
    }
    // ok: malloc-missing-null-check
    memset(buf, 'A', size);
    int *counts = calloc(4, sizeof(int));
    // ruleid: malloc-missing-null-check
    counts[0] = 1;
    free(counts);
    return buf;
}

int *make_array(void) {
    int *v = malloc(8 * sizeof(int));
    if (!v) return NULL;
    // ok: malloc-missing-null-check
    v[0] = 0;
    return v;
}
