#include <stdlib.h>

int price_at(const int *prices, int size, const char *index_text) {
    int index = atoi(index_text);
    // ruleid: c-unchecked-index
    return prices[index];
}

void set_slot(int *slots, int count, int slot, int value) {
    // ruleid: c-unchecked-index
    slots[slot] = value;
}

int checked_price_at(const int *prices, int size, const char *index_text) {
    int index = atoi(index_text);
    if (index < 0 || index >= size) {
        return -1;
    }
    // ok: c-unchecked-index
    return prices[index];
}

int sum(const int *values, int count) {
    int total = 0;
    for (int i = 0; i < count; i++) {
        // ok: c-unchecked-index
        total += values[i];
    }
    return total;
}
