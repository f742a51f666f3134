#include <stdio.h>
#include <stdlib.h>

void list_dir(const char *dir) {
    char cmd[256];
    const char *fixed = "ls -l /var/log";
    snprintf(cmd, sizeof cmd, "ls -l %s", dir);
    // ruleid: system-popen-command-injection
    system(cmd);
    // ruleid: system-popen-command-injection
    FILE *out = popen(cmd, "r");
    // ok: system-popen-command-injection
    system("ls -l /tmp");
    // ok: system-popen-command-injection
    system(fixed);
    pclose(out);
}
