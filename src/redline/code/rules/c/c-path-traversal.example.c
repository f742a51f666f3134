#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *read_file(const char *dir, const char *name) {
    char path[1024];
    // ruleid: c-path-traversal
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "r");
    if (f == NULL) return NULL;
    fclose(f);
    return strdup(path);
}

char *read_file_confined(const char *dir, const char *name) {
    char path[1024], real[PATH_MAX], base[PATH_MAX];
    // ok: c-path-traversal
    snprintf(path, sizeof path, "%s/%s", dir, name);
    if (!realpath(dir, base) || !realpath(path, real)) return NULL;
    if (strncmp(real, base, strlen(base)) != 0) return NULL;
    FILE *f = fopen(real, "r");
    if (f == NULL) return NULL;
    fclose(f);
    return strdup(real);
}

void log_line(const char *user) {
    char line[256];
    // ok: c-path-traversal
    snprintf(line, sizeof line, "%s/%s", "user", user);
    puts(line);
}
