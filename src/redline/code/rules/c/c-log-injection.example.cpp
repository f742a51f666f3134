#include <sstream>
#include <string>

std::string make_log_line(const std::string &message) {
    std::ostringstream log_entry;
    // ruleid: c-log-injection
    log_entry << "received: " << message;
    return log_entry.str();
}

std::string make_clean_log_line(const std::string &message) {
    std::string clean;
    for (char ch : message) {
        clean += (ch == '\n' || ch == '\r') ? ' ' : ch;
    }
    std::ostringstream log_entry;
    // ok: c-log-injection
    log_entry << "received: " << clean;
    return log_entry.str();
}
