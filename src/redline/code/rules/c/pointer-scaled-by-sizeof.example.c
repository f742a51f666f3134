#include <string.h>

void clear_range(long long *values, int begin, int count) {
    // ruleid: pointer-scaled-by-sizeof
    memset(values + begin * sizeof(long long), 0, count * sizeof(long long));
}

void copy_tail(int *dst, const int *src, int offset, int n) {
    // ruleid: pointer-scaled-by-sizeof
    memcpy(dst, src + offset * sizeof(int), n * sizeof(int));
}

void clear_range_ok(long long *values, int begin, int count) {
    // ok: pointer-scaled-by-sizeof
    memset(values + begin, 0, count * sizeof(long long));
}

void clear_bytes(unsigned char *buf, int record, int count) {
    // ok: pointer-scaled-by-sizeof
    memset(buf + record * sizeof(long), 0, count);
}
