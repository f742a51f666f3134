#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *html_escape(const char *s);

char *render_greeting(const char *name) {
    char *out = malloc(strlen(name) + 32);
    if (out == NULL) return NULL;
    // ruleid: c-html-from-input
    sprintf(out, "<p>Hello, %s</p>", name);
    return out;
}

/* Builds the title line shown on the user's HTML profile page. */
char *profile_title(const char *nickname) {
    char *title = malloc(strlen(nickname) + 16);
    if (title == NULL) return NULL;
    strcpy(title, "Profile of ");
    // ruleid: c-html-from-input
    strcat(title, nickname);
    return title;
}

char *render_safe_greeting(const char *name) {
    char *safe = html_escape(name);
    char *out = malloc(strlen(safe) + 32);
    if (out == NULL) return NULL;
    // ok: c-html-from-input
    sprintf(out, "<p>Hello, %s</p>", safe);
    free(safe);
    return out;
}

char *plain_greeting(const char *name) {
    char *out = malloc(strlen(name) + 16);
    if (out == NULL) return NULL;
    // ok: c-html-from-input
    sprintf(out, "Hello, %s", name);
    return out;
}
