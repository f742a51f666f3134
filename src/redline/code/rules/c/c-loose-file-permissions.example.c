#include <fcntl.h>
#include <sys/stat.h>

void publish(const char *path, const char *dir) {
    // ruleid: c-loose-file-permissions
    chmod(path, 0777);
    // ruleid: c-loose-file-permissions
    int fd = open(path, O_WRONLY | O_CREAT, S_IRUSR | S_IWUSR | S_IWOTH);
    // ruleid: c-loose-file-permissions
    umask(0);
    // ok: c-loose-file-permissions
    chmod(path, 0644);
    // ok: c-loose-file-permissions
    mkdir(dir, 0755);
    // ok: c-loose-file-permissions
    umask(077);
    (void)fd;
}

void save_secret(const char *path) {
    // ruleid: c-loose-file-permissions
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH);
    // ok: c-loose-file-permissions
    int ok = open(path, O_WRONLY | O_CREAT | O_TRUNC, S_IRUSR | S_IWUSR);
    (void)fd;
    (void)ok;
}
