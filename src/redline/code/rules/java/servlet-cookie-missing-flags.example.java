import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

class Sessions {
    void login(HttpServletResponse response, String id) {
        // ruleid: servlet-cookie-missing-flags
        Cookie plain = new Cookie("session", id);
        response.addCookie(plain);

        // ok: servlet-cookie-missing-flags
        Cookie good = new Cookie("session", id);
        good.setSecure(true);
        good.setHttpOnly(true);
        response.addCookie(good);

        // ok: servlet-cookie-missing-flags
        Cookie off = new Cookie("theme", "dark");
        off.setHttpOnly(true);
        // ruleid: servlet-cookie-missing-flags
        off.setSecure(false);
        response.addCookie(off);
    }
}
