#include <cstdlib>
#include <cstring>

void release(int n) {
    int *values = new int[n];
    // ruleid: mismatched-delete
    delete values;
    char *name = (char *)malloc(32);
    // ruleid: mismatched-delete
    delete name;
    int *more = new int[n];
    // ok: mismatched-delete
    delete[] more;
    int *one = new int(5);
    // ok: mismatched-delete
    delete one;
}
