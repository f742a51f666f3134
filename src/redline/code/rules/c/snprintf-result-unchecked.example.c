#include <stdio.h>
#include <string.h>

size_t join(char *buf, size_t size, const char **items, int count) {
    size_t pos = 0;
    for (int i = 0; i < count; i++) {
        // ruleid: snprintf-result-unchecked
        pos += snprintf(buf + pos, size - pos, "%s,", items[i]);
    }
    return pos;
}

int label(char *out, size_t size, const char *name) {
    // ok: snprintf-result-unchecked
    int n = snprintf(out, size, "[%s]", name);
    if (n < 0 || (size_t)n >= size) {
        return -1;
    }
    return n;
}

void title(char *out, size_t size, const char *name) {
    // ok: snprintf-result-unchecked
    snprintf(out, size, "%s", name);
}
