using System.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;

public class GreetingPage : System.Web.UI.Page
{
    protected void Page_Load(object sender, System.EventArgs e)
    {
        string name = Request.QueryString["name"];
        // ruleid: response-write-request-data
        Response.Write("<h1>Hello " + name + "</h1>");
        // ok: response-write-request-data
        Response.Write("<h1>Hello " + HttpUtility.HtmlEncode(name) + "</h1>");
        // ok: response-write-request-data
        Response.Write("<p>Welcome</p>");
    }
}

public class HomeController : Controller
{
    [HttpGet]
    public IActionResult Echo(string message)
    {
        // ruleid: response-write-request-data
        var banner = new HtmlString("<b>" + message + "</b>");
        // ruleid: response-write-request-data
        return Content("<div>" + message + "</div>", "text/html");
    }

    [HttpGet]
    public IActionResult Plain(string message)
    {
        // ok: response-write-request-data
        return Content(message, "text/plain");
    }
}
