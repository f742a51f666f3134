#include <archive.h>
#include <archive_entry.h>
#include <filesystem>
#include <string>

bool extract_entries(archive *in, archive *out) {
    archive_entry *entry;
    while (archive_read_next_header(in, &entry) == ARCHIVE_OK) {
        // ruleid: libarchive-extract-unchecked
        archive_write_header(out, entry);
    }
    return true;
}

bool extract_entries_checked(archive *in, archive *out) {
    archive_entry *entry;
    while (archive_read_next_header(in, &entry) == ARCHIVE_OK) {
        std::string name = archive_entry_pathname(entry);
        if (std::filesystem::path(name).is_absolute() || name.find("..") != std::string::npos) {
            return false;
        }
        // ok: libarchive-extract-unchecked
        archive_write_header(out, entry);
    }
    return true;
}
