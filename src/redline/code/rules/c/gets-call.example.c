#include <stdio.h>

void read_name(void) {
    char name[32];
    // ruleid: gets-call
    gets(name);
    // ok: gets-call
    fgets(name, sizeof name, stdin);
    printf("%s\n", name);
}
