#include <stdlib.h>
#include <string.h>

void set_title(struct window *win, const char *title, const char *argv[]) {
    char label[64];
    char small[4];
    // ruleid: strcpy-unbounded
    strcpy(label, title);
    // ruleid: strcpy-unbounded
    strcpy(win->name, argv[1]);
    // ruleid: strcpy-unbounded
    strcpy(small, "overflowing");
    // ok: strcpy-unbounded
    strcpy(label, "untitled");
    // audit level: a fixed string into a destination of unknown size
    // ruleid: strcpy-unbounded
    strcpy(win->name, "untitled");
    if (strlen(title) < sizeof label) {
        // audit level: checked first, still worth a look
        // ruleid: strcpy-unbounded
        strcpy(label, title);
    }
    char *copy = malloc(strlen(title) + 1);
    if (copy != NULL) {
        // audit level: allocated from the source's length
        // ruleid: strcpy-unbounded
        strcpy(copy, title);
    }
    // ok: strcpy-unbounded
    snprintf(label, sizeof label, "%s", title);
}
