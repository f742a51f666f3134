#include <cstdio>
#include <string>

std::string list_dir(const std::string &dir) {
    std::string command = "ls -l " + dir;
    // ruleid: system-popen-command-injection
    FILE *pipe = popen(command.c_str(), "r");
    // ruleid: system-popen-command-injection
    std::system(command.c_str());
    const std::string fixed = "uptime";
    // ok: system-popen-command-injection
    std::system(fixed.c_str());
    pclose(pipe);
    return command;
}
