import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.servlet.http.HttpServletRequest;

class Probe {
    void connect(HttpServletRequest request) throws Exception {
        // ruleid: socket-connect-non-constant-host
        Socket s = new Socket(request.getParameter("host"), 80);
        Socket t = new Socket();
        // ruleid: socket-connect-non-constant-host
        t.connect(new InetSocketAddress(request.getHeader("X-Target"), 443), 1000);
        // ok: socket-connect-non-constant-host
        Socket u = new Socket("localhost", 6379);
        ServerSocket server = new ServerSocket();
        int port = Integer.parseInt(request.getParameter("port"));
        // ok: socket-connect-non-constant-host
        server.bind(new InetSocketAddress("0.0.0.0", port));
    }

    Socket open(String host, int port) throws Exception {
        // ruleid: socket-connect-non-constant-host
        return new Socket(host, port);
    }
}
