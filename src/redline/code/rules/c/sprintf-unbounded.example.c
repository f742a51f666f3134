#include <stdio.h>

void render(char *out, const char *name, int count, const char *fmt) {
    char line[128];
    char tiny[4];
    // ruleid: sprintf-unbounded
    sprintf(line, "Hello, %s!", name);
    // ruleid: sprintf-unbounded
    sprintf(out, fmt, count);
    // ok: sprintf-unbounded
    sprintf(line, "%d items", count);
    // ok: sprintf-unbounded
    sprintf(line, "Hello, %.32s!", name);
    // ok: sprintf-unbounded
    snprintf(line, sizeof line, "Hello, %s!", name);
    // ok: sprintf-unbounded
    sprintf(line, "%s", "constant");
    // audit level: the number may not fit
    // ruleid: sprintf-unbounded
    sprintf(tiny, "%d", count);
    // audit level: the destination's size is not visible
    // ruleid: sprintf-unbounded
    sprintf(out, "%d items", count);
}
