import java.io.IOException;
import java.util.List;
import javax.servlet.http.HttpServletRequest;

class Commands {
    private static final String LIST = "ls -la";

    void ping(HttpServletRequest request) throws IOException {
        String host = request.getParameter("host");
        // ruleid: runtime-exec-built-command
        Runtime.getRuntime().exec("ping -c 1 " + host);
        // ruleid: runtime-exec-built-command
        Runtime.getRuntime().exec(String.format("nslookup %s", host));
        // ok: runtime-exec-built-command
        Runtime.getRuntime().exec(LIST);
        // ok: runtime-exec-built-command
        Runtime.getRuntime().exec(new String[] {"ping", "-c", "1", host});
        // ok: runtime-exec-built-command
        new ProcessBuilder("ping", "-c", "1", host).start();
    }

    Process run(String tool, List<String> args) throws IOException {
        String cmd = tool + " " + String.join(" ", args);
        // ruleid: runtime-exec-built-command
        return Runtime.getRuntime().exec(cmd);
    }

    Process start(String program) throws IOException {
        // ruleid: runtime-exec-built-command
        ProcessBuilder pb = new ProcessBuilder(program, "--version");
        // ok: runtime-exec-built-command
        Process fixed = Runtime.getRuntime().exec("uptime");
        return pb.start();
    }
}
