import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSession;
import org.apache.http.conn.ssl.DefaultHostnameVerifier;
import org.apache.http.conn.ssl.NoopHostnameVerifier;

class Verifiers implements HostnameVerifier {
    // ruleid: hostname-verifier-accepts-all
    public boolean verify(String hostname, SSLSession session) {
        return true;
    }

    void configure(HttpsURLConnection conn) {
        // ruleid: hostname-verifier-accepts-all
        conn.setHostnameVerifier((host, session) -> true);
        // ruleid: hostname-verifier-accepts-all
        Object noop = NoopHostnameVerifier.INSTANCE;
        // ok: hostname-verifier-accepts-all
        conn.setHostnameVerifier(new DefaultHostnameVerifier());
        // ok: hostname-verifier-accepts-all
        conn.setHostnameVerifier((host, session) -> host.equals("api.example.com"));
    }
}
