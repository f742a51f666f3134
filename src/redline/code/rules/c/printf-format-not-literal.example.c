#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>

#define GREETING "hello %s\n"

void show(const char *message, FILE *log) {
    char buf[256];
    // ruleid: printf-format-not-literal
    printf(message);
    // ruleid: printf-format-not-literal
    fprintf(log, message);
    // ruleid: printf-format-not-literal
    syslog(LOG_INFO, message);
    // ruleid: printf-format-not-literal
    snprintf(buf, sizeof buf, message);
    // ok: printf-format-not-literal
    printf("%s", message);
    // ok: printf-format-not-literal
    printf(GREETING, message);
    // ok: printf-format-not-literal
    fprintf(log, "%s\n", message);
}

void log_msg(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    // ok: printf-format-not-literal
    vfprintf(stderr, fmt, ap);
    va_end(ap);
}
