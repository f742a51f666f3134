import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.RequestParam;

class Login {
    void done(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = request.getParameter("next");
        // ruleid: send-redirect-from-request
        response.sendRedirect(next);
        // ruleid: send-redirect-from-request
        response.setHeader("Location", request.getParameter("to"));
        // ok: send-redirect-from-request
        response.sendRedirect("/home");
        // ok: send-redirect-from-request
        response.sendRedirect(request.getContextPath() + "/login");
    }

    String back(@RequestParam String url) {
        // ruleid: send-redirect-from-request
        return "redirect:" + url;
    }
}
