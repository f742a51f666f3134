#include <regex>
#include <string>

bool valid_host(const std::string &host) {
    // ruleid: cpp-regex-redos
    std::regex re(R"(^([a-z0-9]+)+\.com$)");
    return std::regex_match(host, re);
}

bool valid_email(const std::string &email) {
    // ruleid: cpp-regex-redos
    std::string pattern = R"(^[\w.+-]+@[\w.-]+\.[a-z]{2,}(\.[a-z]{2,})*$)";
    std::regex re(pattern);
    return std::regex_match(email, re);
}

bool valid_simple_email(const std::string &email) {
    // ok: cpp-regex-redos
    std::regex re(R"(^[\w.+-]+@[\w-]+(\.[\w-]+)+$)");
    return std::regex_match(email, re);
}

bool valid_id(const std::string &id) {
    // ok: cpp-regex-redos
    std::regex re("^[A-Za-z0-9_]{1,32}$");
    return std::regex_match(id, re);
}
