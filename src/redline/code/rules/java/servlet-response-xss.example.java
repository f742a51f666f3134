import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;

class Greeting extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String name = request.getParameter("name");
        // ruleid: servlet-response-xss
        response.getWriter().println("<h1>Hello " + name + "</h1>");
        PrintWriter out = response.getWriter();
        // ruleid: servlet-response-xss
        out.print(request.getHeader("Referer"));
        // ruleid: servlet-response-xss
        response.sendError(404, "No page " + request.getParameter("page"));
        // ok: servlet-response-xss
        out.print("<h1>Hello " + Encode.forHtml(name) + "</h1>");
        // ok: servlet-response-xss
        out.println("<p>Welcome</p>");
        int count = Integer.parseInt(request.getParameter("n"));
        // ok: servlet-response-xss
        out.println(count);
    }

    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String title = getServletConfig().getInitParameter("title");
        // ruleid: servlet-response-xss
        response.getWriter().write("<title>" + title + "</title>");
        // ok: servlet-response-xss
        response.getWriter().write("<title>" + Encode.forHtml(title) + "</title>");
    }
}
