#include <string.h>

void trim_right(char *str) {
    int len = strlen(str);
    // ruleid: c-index-underflow-loop
    while (str[len - 1] == ' ') {
        str[len - 1] = '\0';
        len--;
    }
}

void trim_newlines(char *str) {
    size_t n = strlen(str);
    // ok: c-index-underflow-loop
    while (n > 0 && (str[n - 1] == '\n' || str[n - 1] == '\r')) {
        str[--n] = '\0';
    }
}
