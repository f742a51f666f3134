import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;
import org.apache.http.conn.ssl.TrustAllStrategy;
import org.apache.http.ssl.SSLContexts;

class TrustAll implements X509TrustManager {
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    // ruleid: trust-all-x509-trust-manager
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
        // accept everything
    }

    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}

class Pinned implements X509TrustManager {
    private final X509TrustManager delegate;

    Pinned(X509TrustManager delegate) {
        this.delegate = delegate;
    }

    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    // ok: trust-all-x509-trust-manager
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkServerTrusted(chain, authType);
    }

    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }

    void client() throws Exception {
        // ruleid: trust-all-x509-trust-manager
        SSLContexts.custom().loadTrustMaterial(null, (chain, authType) -> true).build();
        // ruleid: trust-all-x509-trust-manager
        SSLContexts.custom().loadTrustMaterial(TrustAllStrategy.INSTANCE).build();
        // ok: trust-all-x509-trust-manager
        SSLContexts.custom().loadTrustMaterial(new java.io.File("truststore.jks"), "changeit".toCharArray()).build();
    }
}
