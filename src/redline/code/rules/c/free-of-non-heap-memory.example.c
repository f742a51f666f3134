#include <stdlib.h>

void cleanup(char *heap) {
    char local[64];
    int counter = 0;
    // ruleid: free-of-non-heap-memory
    free(local);
    // ruleid: free-of-non-heap-memory
    free(&counter);
    // ok: free-of-non-heap-memory
    free(heap);
}
