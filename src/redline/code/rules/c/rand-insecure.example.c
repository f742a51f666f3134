#include <stdlib.h>
#include <sys/random.h>

void make_token(char *token, size_t len) {
    static const char charset[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (size_t i = 0; i < len; i++) {
        // ruleid: rand-insecure
        token[i] = charset[rand() % 36];
    }
    unsigned char bytes[32];
    // ok: rand-insecure
    getrandom(bytes, sizeof bytes, 0);
}

int roll_die(struct game *g) {
    // ok: rand-insecure
    return g->rand(6);
}
