#include <string.h>

const char *pick_redirect(const char *target_host, const char *domain, const char *target) {
    // ruleid: c-incomplete-domain-check
    if (strstr(target_host, domain) != NULL) {
        return target;
    }
    return "/";
}

int has_scheme(const char *url) {
    // ok: c-incomplete-domain-check
    return strstr(url, "://") != NULL;
}

int same_host(const char *host, const char *domain) {
    // ok: c-incomplete-domain-check
    return strcmp(host, domain) == 0;
}
