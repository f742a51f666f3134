#include <cstdio>
#include <cstring>
#include <string>

void load_wide(wchar_t *first, wchar_t *second);

class Logger {
    // ok: fixed-size-char-buffer
    char prefix_[32];

public:
    void write(const std::string &line)
    {
        // ruleid: fixed-size-char-buffer
        char buffer[512];
        // ruleid: fixed-size-char-buffer
        wchar_t wide[64], other[8];
        // ok: fixed-size-char-buffer
        constexpr char tag[8] = "log";
        // ok: fixed-size-char-buffer
        std::string text = line;

        std::strcpy(buffer, text.c_str());
        load_wide(wide, other);
        std::printf("%s%s%ls%ls%s\n", prefix_, buffer, wide, other, tag);
    }
};
