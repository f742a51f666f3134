import java.io.IOException;
import java.util.Arrays;

class Archiver {
    void archive(String dir) throws IOException {
        // ruleid: java-shell-c-built-command
        new ProcessBuilder("sh", "-c", "tar czf out.tgz " + dir).start();
        // ruleid: java-shell-c-built-command
        Runtime.getRuntime().exec(new String[] {"/bin/bash", "-c", dir});
        // ruleid: java-shell-c-built-command
        new ProcessBuilder(Arrays.asList("cmd.exe", "/c", "dir " + dir)).start();
        // ok: java-shell-c-built-command
        new ProcessBuilder("sh", "-c", "ls -la | wc -l").start();
        // ok: java-shell-c-built-command
        new ProcessBuilder("tar", "czf", "out.tgz", "--", dir).start();
    }
}
