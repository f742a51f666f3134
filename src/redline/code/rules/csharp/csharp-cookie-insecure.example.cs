using System.Web;
using Microsoft.AspNetCore.Http;

public class Cookies
{
    public void Classic(HttpResponse response, string id)
    {
        // ruleid: csharp-cookie-insecure
        var plain = new HttpCookie("session", id);
        response.Cookies.Add(plain);
        // ok: csharp-cookie-insecure
        var good = new HttpCookie("session", id);
        good.Secure = true;
        good.HttpOnly = true;
        response.Cookies.Add(good);
    }

    public void Core(Microsoft.AspNetCore.Http.HttpResponse response, string id)
    {
        // ruleid: csharp-cookie-insecure
        response.Cookies.Append("a", id, new CookieOptions { HttpOnly = true });
        // ok: csharp-cookie-insecure
        response.Cookies.Append("b", id, new CookieOptions { Secure = true, HttpOnly = true });
        var options = new CookieOptions { HttpOnly = true, Secure = true };
        // ruleid: csharp-cookie-insecure
        options.Secure = false;
    }
}
