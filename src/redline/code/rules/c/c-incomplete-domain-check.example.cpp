#include <string>

bool allowed(const std::string &host, const std::string &domain) {
    // ruleid: c-incomplete-domain-check
    return host.find(domain) != std::string::npos;
}

bool allowed_suffix(const std::string &host, const std::string &domain) {
    // ruleid: c-incomplete-domain-check
    return host.ends_with(domain);
}

bool allowed_subdomain(const std::string &host, const std::string &domain) {
    if (host == domain) return true;
    // ok: c-incomplete-domain-check
    return host.ends_with("." + domain);
}

bool has_port(const std::string &host) {
    // ok: c-incomplete-domain-check
    return host.find(':') != std::string::npos;
}
