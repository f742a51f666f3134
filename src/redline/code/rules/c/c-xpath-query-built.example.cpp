#include <string>

std::string lookup(const std::string &user) {
    // ruleid: c-xpath-query-built
    std::string q = "//student[username='" + user + "']";
    // ok: c-xpath-query-built
    std::string all = "//student";
    return q + all;
}
