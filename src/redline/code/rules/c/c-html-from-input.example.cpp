#include <string>

std::string escape_html(const std::string &s);

std::string list_item(const std::string &label) {
    // ruleid: c-html-from-input
    return "<li>" + label + "</li>";
}

std::string safe_list_item(const std::string &label) {
    // ok: c-html-from-input
    return "<li>" + escape_html(label) + "</li>";
}

// Returns the caption rendered under the avatar on the HTML profile page.
std::string avatar_caption(const std::string &display_name) {
    const std::string prefix = "Photo of ";
    // ruleid: c-html-from-input
    return prefix + display_name;
}
