#include <unistd.h>

void run(const char *cmd, const char *file) {
    // ruleid: exec-shell-command-injection
    execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
    // ok: exec-shell-command-injection
    execl("/bin/sh", "sh", "-c", "ls -l /tmp", (char *)NULL);
    // ok: exec-shell-command-injection
    execlp("wc", "wc", "-c", file, (char *)NULL);
}
