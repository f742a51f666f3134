#include <stdint.h>
#include <stdlib.h>

int *make_table(size_t rows, size_t cols) {
    // ruleid: malloc-size-overflow
    int *grid = malloc(rows * cols * sizeof(int));
    // ruleid: malloc-size-overflow
    grid = realloc(grid, rows * sizeof(int));
    // ok: malloc-size-overflow
    int *safe = calloc(rows, sizeof(int));
    // ok: malloc-size-overflow
    char *fixed = malloc(16 * sizeof(char));
    free(safe);
    free(fixed);
    return grid;
}

int *checked_table(size_t rows, size_t cols) {
    if (cols != 0 && rows > SIZE_MAX / cols) return NULL;
    // ok: malloc-size-overflow
    return malloc(rows * cols);
}
