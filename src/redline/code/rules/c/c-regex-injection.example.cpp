#include <regex>
#include <string>
#include <regex.h>

bool contains_pattern(const std::string &pattern, const std::string &text) {
    // ruleid: c-regex-injection
    std::regex re(pattern);
    return std::regex_search(text, re);
}

bool posix_match(const char *pattern, const char *text) {
    regex_t re;
    // ruleid: c-regex-injection
    if (regcomp(&re, pattern, REG_EXTENDED) != 0) return false;
    bool found = regexec(&re, text, 0, NULL, 0) == 0;
    regfree(&re);
    return found;
}

bool is_number(const std::string &text) {
    // ok: c-regex-injection
    std::regex re("^[0-9]+$");
    return std::regex_match(text, re);
}

std::string escape_regex(const std::string &s);

bool contains_literal(const std::string &needle, const std::string &text) {
    // ok: c-regex-injection
    std::regex re(escape_regex(needle));
    return std::regex_search(text, re);
}
