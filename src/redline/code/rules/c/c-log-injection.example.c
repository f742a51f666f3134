#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <time.h>

char *format_audit_log(const char *user, const char *action) {
    static char line[512];
    // ruleid: c-log-injection
    snprintf(line, sizeof line, "user=%s action=%s", user, action);
    return line;
}

void record_login(const char *username) {
    // ruleid: c-log-injection
    syslog(LOG_INFO, "login attempt for %s", username);
}

void append_entry(FILE *log_file, const char *comment) {
    // ruleid: c-log-injection
    fprintf(log_file, "comment: %s\n", comment);
}

char *format_visit_log(const char *path) {
    static char line[512];
    char clean[256];
    size_t i;
    for (i = 0; path[i] != '\0' && i < sizeof clean - 1; i++) {
        clean[i] = (path[i] == '\n' || path[i] == '\r') ? ' ' : path[i];
    }
    clean[i] = '\0';
    // ok: c-log-injection
    snprintf(line, sizeof line, "visit %s", clean);
    return line;
}

void record_code(int status) {
    // ok: c-log-injection
    syslog(LOG_INFO, "exit status %d", status);
}

void greet(const char *name) {
    // ok: c-log-injection
    printf("Hello, %s\n", name);
}
