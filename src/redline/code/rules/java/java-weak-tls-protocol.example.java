import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

class Tls {
    void make(SSLSocket socket) throws Exception {
        // ruleid: java-weak-tls-protocol
        SSLContext a = SSLContext.getInstance("SSL");
        // ruleid: java-weak-tls-protocol
        SSLContext b = SSLContext.getInstance("TLSv1");
        // ruleid: java-weak-tls-protocol
        socket.setEnabledProtocols(new String[] {"TLSv1.1", "TLSv1.2"});
        // ok: java-weak-tls-protocol
        SSLContext c = SSLContext.getInstance("TLSv1.3");
        // ok: java-weak-tls-protocol
        SSLContext d = SSLContext.getInstance("TLS");
    }
}
