using Microsoft.AspNetCore.Mvc;

public class AccountController : Controller
{
    [HttpPost]
    public IActionResult Login(string returnUrl)
    {
        // ruleid: csharp-open-redirect
        return Redirect(returnUrl);
    }

    [HttpGet]
    public IActionResult Back()
    {
        // ruleid: csharp-open-redirect
        return Redirect(Request.Query["next"]);
    }

    [HttpPost]
    public IActionResult SafeLogin(string returnUrl)
    {
        if (Url.IsLocalUrl(returnUrl))
        {
            // ok: csharp-open-redirect
            return Redirect(returnUrl);
        }
        // ok: csharp-open-redirect
        return Redirect("/");
    }

    [HttpGet]
    public IActionResult Thread(Post post)
    {
        // ruleid: csharp-open-redirect
        return Redirect(post.Link + "#comment-" + post.Id);
    }
}
