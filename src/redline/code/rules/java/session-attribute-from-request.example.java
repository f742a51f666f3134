import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

class Prefs {
    void save(HttpServletRequest request) {
        HttpSession session = request.getSession();
        String role = request.getParameter("role");
        // ruleid: session-attribute-from-request
        session.setAttribute("role", role);
        // ruleid: session-attribute-from-request
        request.getSession().setAttribute("user", request.getParameter("user"));
        // ok: session-attribute-from-request
        session.setAttribute("visited", Boolean.TRUE);
        int page = Integer.parseInt(request.getParameter("page"));
        // ok: session-attribute-from-request
        session.setAttribute("page", page);
    }
}
