#include <stdlib.h>
#include <time.h>

void seed(unsigned int from_device) {
    // ruleid: srand-predictable-seed
    srand(time(NULL));
    // ruleid: srand-predictable-seed
    srand(1234);
    // ok: srand-predictable-seed
    srand(from_device);
}
