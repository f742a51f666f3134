using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;

public class PreviewController : Controller
{
    private static readonly HttpClient http = new HttpClient();
    private const string Status = "https://status.example.com/health";

    [HttpGet]
    public async Task<IActionResult> Preview(string url)
    {
        // ruleid: csharp-ssrf-request-url
        var body = await http.GetStringAsync(url);
        // ruleid: csharp-ssrf-request-url
        var other = await http.GetAsync(Request.Query["target"].ToString());
        // ok: csharp-ssrf-request-url
        var health = await http.GetStringAsync(Status);
        return Content(body);
    }
}
