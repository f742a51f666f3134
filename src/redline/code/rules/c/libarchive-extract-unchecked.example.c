#include <archive.h>
#include <archive_entry.h>
#include <string.h>

int extract_all(struct archive *in, struct archive *out) {
    struct archive_entry *entry;
    archive_write_disk_set_options(out, ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_PERM);
    while (archive_read_next_header(in, &entry) == ARCHIVE_OK) {
        // ruleid: libarchive-extract-unchecked
        if (archive_write_header(out, entry) != ARCHIVE_OK) return -1;
    }
    return 0;
}

static int entry_name_safe(const char *name) {
    return name[0] != '/' && strstr(name, "..") == NULL;
}

int extract_checked(struct archive *in, struct archive *out) {
    struct archive_entry *entry;
    while (archive_read_next_header(in, &entry) == ARCHIVE_OK) {
        if (!entry_name_safe(archive_entry_pathname(entry))) return -1;
        // ok: libarchive-extract-unchecked
        if (archive_write_header(out, entry) != ARCHIVE_OK) return -1;
    }
    return 0;
}
