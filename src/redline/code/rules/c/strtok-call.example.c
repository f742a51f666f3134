#include <string.h>

int count_fields(char *line) {
    int n = 0;
    char *save = NULL;
    // ruleid: strtok-call
    for (char *tok = strtok(line, ","); tok; tok = strtok(NULL, ",")) n++;
    // ok: strtok-call
    for (char *tok = strtok_r(line, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) n++;
    return n;
}
