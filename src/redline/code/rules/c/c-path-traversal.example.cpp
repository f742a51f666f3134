#include <filesystem>
#include <fstream>
#include <string>

std::string read_file(const std::string &dir, const std::string &name) {
    // ruleid: c-path-traversal
    std::string path = dir + "/" + name;
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string read_confined(const std::string &dir, const std::string &name) {
    // ok: c-path-traversal
    std::string path = dir + "/" + name;
    auto real = std::filesystem::weakly_canonical(path);
    if (real.string().rfind(dir, 0) != 0) return "";
    std::ifstream in(real);
    return std::string(std::istreambuf_iterator<char>(in), {});
}
