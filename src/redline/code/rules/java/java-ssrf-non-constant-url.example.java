import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.client.RestTemplate;

class Fetcher {
    private static final String STATUS = "https://status.example.com/health";
    private final RestTemplate rest = new RestTemplate();

    InputStream fetch(HttpServletRequest request) throws Exception {
        String target = request.getParameter("url");
        // ruleid: java-ssrf-non-constant-url
        InputStream in = new URL(target).openStream();
        // ruleid: java-ssrf-non-constant-url
        String body = rest.getForObject("http://internal/api/" + target, String.class);
        // ok: java-ssrf-non-constant-url
        HttpURLConnection c = (HttpURLConnection) new URL(STATUS).openConnection();
        return in;
    }

    String avatar(String user) throws Exception {
        // ruleid: java-ssrf-non-constant-url
        URL url = new URL("https://avatars.example.com/" + user);
        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
        // ok: java-ssrf-non-constant-url
        URL home = new URL("https://example.com/");
        return conn.getResponseMessage() + home;
    }
}
