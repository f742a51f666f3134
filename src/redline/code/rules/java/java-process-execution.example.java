import java.io.IOException;

class Device {
    Process packages() throws IOException {
        // ruleid: java-process-execution
        return Runtime.getRuntime().exec("pm list packages");
    }

    Process shell(boolean root) throws IOException {
        // ruleid: java-process-execution
        return Runtime.getRuntime().exec(root ? "su" : "sh");
    }

    Process lookup(String host) throws IOException {
        // ruleid: java-process-execution
        return new ProcessBuilder("nslookup", host).start();
    }

    Process built(String host) throws IOException {
        // ok: java-process-execution
        return Runtime.getRuntime().exec("ping -c 1 " + host);
    }

    void schedule(Task task) {
        // ok: java-process-execution
        task.exec("nightly");
    }
}
