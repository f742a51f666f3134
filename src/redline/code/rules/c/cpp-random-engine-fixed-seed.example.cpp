#include <random>

int roll() {
    // ruleid: cpp-random-engine-fixed-seed
    std::mt19937 rng;
    return rng() % 6;
}

int replay() {
    // ruleid: cpp-random-engine-fixed-seed
    auto engine = std::default_random_engine{};
    // ruleid: cpp-random-engine-fixed-seed
    auto other = std::mt19937(1357);
    return engine() + other();
}

int fair() {
    std::random_device rd;
    // ok: cpp-random-engine-fixed-seed
    std::mt19937 rng(rd());
    // ok: cpp-random-engine-fixed-seed
    std::mt19937_64 later;
    later.seed(rd());
    return rng() + later();
}
