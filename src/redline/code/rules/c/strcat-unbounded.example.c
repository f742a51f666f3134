#include <stdlib.h>
#include <string.h>

char *greeting(const char *user) {
    char path[256] = "/home/";
    // ruleid: strcat-unbounded
    strcat(path, user);
    // ruleid: strcat-unbounded
    strcat(path, "/.profile");
    if (strlen(path) + strlen(user) < sizeof path) {
        // audit level: checked first, still worth a look
        // ruleid: strcat-unbounded
        strcat(path, user);
    }
    size_t total = strlen("Hello, ") + strlen(user) + 1;
    char *msg = malloc(total);
    if (msg == NULL) return NULL;
    strcpy(msg, "Hello, ");
    // audit level: allocated from the pieces' lengths
    // ruleid: strcat-unbounded
    strcat(msg, user);
    size_t used = strlen(path);
    // ok: strcat-unbounded
    snprintf(path + used, sizeof path - used, "%s", user);
    return msg;
}
