import java.io.IOException;
import javax.servlet.http.HttpServletResponse;

class Errors {
    void handle(HttpServletResponse response, Runnable work) throws IOException {
        try {
            work.run();
        } catch (RuntimeException e) {
            // ruleid: stack-trace-to-response
            e.printStackTrace(response.getWriter());
            // ruleid: stack-trace-to-response
            response.getWriter().println("Error: " + e.getMessage());
            // ruleid: stack-trace-to-response
            response.sendError(500, e.toString());
            // ok: stack-trace-to-response
            e.printStackTrace();
            // ok: stack-trace-to-response
            response.sendError(500, "Internal error");
        }
    }
}
