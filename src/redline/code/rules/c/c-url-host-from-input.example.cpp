#include <regex>
#include <string>

std::string shop_url(const std::string &shop) {
    // ruleid: c-url-host-from-input
    return "https://" + shop + ".shops.example.com";
}

std::string checked_shop_url(const std::string &shop) {
    static const std::regex name("^[a-z0-9-]+$");
    if (!std::regex_match(shop, name)) return "";
    // ok: c-url-host-from-input
    return "https://" + shop + ".shops.example.com";
}
