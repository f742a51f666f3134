#include <stdlib.h>
#include <string.h>

char *dup_string(const char *s) {
    // ruleid: malloc-strlen-without-terminator
    char *bad = malloc(strlen(s));
    // ok: malloc-strlen-without-terminator
    char *good = malloc(strlen(s) + 1);
    if (good) strcpy(good, s);
    free(bad);
    return good;
}
