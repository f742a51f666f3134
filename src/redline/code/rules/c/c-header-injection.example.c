#include <stdio.h>
#include <string.h>

struct header { char name[64]; char value[256]; };

void set_header_value(struct header *header, const char *content) {
    // ruleid: c-header-injection
    strncpy(header->value, content, sizeof(header->value) - 1);
}

int redirect_line(char *out, size_t n, const char *target) {
    // ruleid: c-header-injection
    return snprintf(out, n, "Location: %s\r\n", target);
}

int checked_redirect_line(char *out, size_t n, const char *target) {
    if (strpbrk(target, "\r\n") != NULL) {
        return -1;
    }
    // ok: c-header-injection
    return snprintf(out, n, "Location: %s\r\n", target);
}

void set_default_header(struct header *header) {
    // ok: c-header-injection
    strncpy(header->value, "no-cache", sizeof(header->value) - 1);
}
