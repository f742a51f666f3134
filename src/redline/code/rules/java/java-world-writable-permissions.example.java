import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

class Perms {
    void set(File file, Path path) throws Exception {
        // ruleid: java-world-writable-permissions
        file.setWritable(true, false);
        // ruleid: java-world-writable-permissions
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxrwxrwx"));
        // ruleid: java-world-writable-permissions
        Runtime.getRuntime().exec("chmod 777 /tmp/data");
        // ok: java-world-writable-permissions
        file.setWritable(true, true);
        // ok: java-world-writable-permissions
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    }
}
