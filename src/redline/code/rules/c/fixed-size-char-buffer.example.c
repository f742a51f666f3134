#include <stdio.h>
#include <string.h>

#define NAME_MAX_LEN 64

void compute_digest(const char *text, unsigned char *out);

struct record {
    // ok: fixed-size-char-buffer
    char name[NAME_MAX_LEN];
};

// ok: fixed-size-char-buffer
static char global_banner[128];

int copy_name(struct record *out, const char *user)
{
    // ruleid: fixed-size-char-buffer
    char scratch[256];
    // ruleid: fixed-size-char-buffer
    unsigned char digest[32] = {0};
    // ruleid: fixed-size-char-buffer
    static char last_user[NAME_MAX_LEN];
    // ok: fixed-size-char-buffer
    const char greeting[16] = "hello";
    // ok: fixed-size-char-buffer
    char alphabet[] = "abcdef";
    // ok: fixed-size-char-buffer
    unsigned char key_table[4] = {0x10, 0x20, 0x30, 0x40};
    // ok: fixed-size-char-buffer
    int counts[16];

    strcpy(scratch, user);
    strcpy(last_user, user);
    compute_digest(user, digest);
    snprintf(out->name, sizeof out->name, "%s", scratch);
    return digest[0] + counts[0] + key_table[0] + greeting[0] + alphabet[0];
}

void print_id(int id)
{
    // ok: fixed-size-char-buffer
    char label[32];
    snprintf(label, sizeof label, "id-%d", id);
    puts(label);
}

char *leak_local(const char *src, size_t n)
{
    // ruleid: fixed-size-char-buffer
    char copy[64];
    for (size_t i = 0; i < n; i++) {
        copy[i] = src[i];
    }
    return strdup(copy);
}

#ifdef SHOW_SCOPE
    // ok: fixed-size-char-buffer
    char not_in_a_body[8];
#endif
