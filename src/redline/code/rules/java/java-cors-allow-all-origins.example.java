import java.util.List;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;

class Cors {
    void headers(HttpServletResponse response) {
        // ruleid: java-cors-allow-all-origins
        response.setHeader("Access-Control-Allow-Origin", "*");
        // ok: java-cors-allow-all-origins
        response.setHeader("Access-Control-Allow-Origin", "https://app.example.com");
    }

    void registry(CorsRegistry registry, CorsConfiguration config) {
        // ruleid: java-cors-allow-all-origins
        registry.addMapping("/**").allowedOrigins("*");
        // ruleid: java-cors-allow-all-origins
        config.setAllowedOrigins(List.of("*"));
        // ok: java-cors-allow-all-origins
        config.setAllowedOrigins(List.of("https://app.example.com"));
    }

    // ruleid: java-cors-allow-all-origins
    @CrossOrigin(origins = "*")
    void open() {}

    // ok: java-cors-allow-all-origins
    @CrossOrigin(origins = "https://app.example.com")
    void closed() {}
}
