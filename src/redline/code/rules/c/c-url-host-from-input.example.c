#include <ctype.h>
#include <stdio.h>

static char url[256];

char *tenant_url(const char *tenant) {
    // ruleid: c-url-host-from-input
    snprintf(url, sizeof url, "https://%s.example.com/api", tenant);
    return url;
}

char *region_url(const char *region, const char *domain) {
    // ruleid: c-url-host-from-input
    snprintf(url, sizeof url, "https://%s.%s", region, domain);
    return url;
}

char *checked_tenant_url(const char *tenant) {
    for (const char *p = tenant; *p; p++) {
        if (!isalnum((unsigned char)*p) && *p != '-') return NULL;
    }
    // ok: c-url-host-from-input
    snprintf(url, sizeof url, "https://%s.example.com/api", tenant);
    return url;
}

char *item_url(const char *item) {
    // ok: c-url-host-from-input
    snprintf(url, sizeof url, "https://api.example.com/items/%s", item);
    return url;
}
