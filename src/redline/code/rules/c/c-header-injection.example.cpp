#include <map>
#include <string>

void add_language(std::map<std::string, std::string> &headers, const std::string &lang) {
    // ruleid: c-header-injection
    headers["Content-Language"] = lang;
}

void add_clean_language(std::map<std::string, std::string> &headers, const std::string &lang) {
    std::string value = lang;
    value.erase(std::remove(value.begin(), value.end(), '\n'), value.end());
    value.erase(std::remove(value.begin(), value.end(), '\r'), value.end());
    // ok: c-header-injection
    headers["Content-Language"] = value;
}
