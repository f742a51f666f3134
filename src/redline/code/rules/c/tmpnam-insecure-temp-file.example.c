#include <stdio.h>
#include <stdlib.h>

FILE *open_temp(void) {
    char name[L_tmpnam];
    // ruleid: tmpnam-insecure-temp-file
    tmpnam(name);
    char templ[] = "/tmp/reportXXXXXX";
    // ruleid: tmpnam-insecure-temp-file
    mktemp(templ);
    char safe[] = "/tmp/reportXXXXXX";
    // ok: tmpnam-insecure-temp-file
    int fd = mkstemp(safe);
    // ok: tmpnam-insecure-temp-file
    FILE *anon = tmpfile();
    (void)anon;
    return fdopen(fd, "w");
}
