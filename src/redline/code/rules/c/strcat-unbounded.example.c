#include <stdlib.h>
#include <string.h>

char *greeting(const char *user) {
    char path[256] = "/home/";
    // ruleid: strcat-unbounded
    strcat(path, user);
    // ruleid: strcat-unbounded
    strcat(path, "/.profile");
    if (strlen(path) + strlen(user) < sizeof path) {
        // ok: strcat-unbounded
        strcat(path, user);
    }
    size_t total = strlen("Hello, ") + strlen(user) + 1;
    char *msg = malloc(total);
    if (msg == NULL) return NULL;
    strcpy(msg, "Hello, ");
    // ok: strcat-unbounded
    strcat(msg, user);
    return msg;
}
