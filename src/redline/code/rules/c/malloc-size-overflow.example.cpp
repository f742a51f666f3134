#include <cstddef>

unsigned char *make_image(std::size_t width, std::size_t height) {
    // ruleid: malloc-size-overflow
    unsigned char *pixels = new unsigned char[width * height];
    // ok: malloc-size-overflow
    unsigned char *row = new unsigned char[width];
    delete[] row;
    return pixels;
}
