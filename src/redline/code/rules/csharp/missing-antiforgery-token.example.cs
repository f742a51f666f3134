using Microsoft.AspNetCore.Mvc;

public class OrdersController : Controller
{
    // ruleid: missing-antiforgery-token
    [HttpPost]
    public IActionResult Delete(int id)
    {
        return RedirectToAction("Index");
    }

    // ok: missing-antiforgery-token
    [HttpPost]
    [ValidateAntiForgeryToken]
    public IActionResult Create(string name)
    {
        return RedirectToAction("Index");
    }

    // ok: missing-antiforgery-token
    [HttpGet]
    public IActionResult Index()
    {
        return View();
    }
}

[ApiController]
[Route("api/[controller]")]
public class OrdersApiController : ControllerBase
{
    // ruleid: missing-antiforgery-token
    [HttpPost]
    public IActionResult Create(string name)
    {
        return Ok();
    }
}

[AutoValidateAntiforgeryToken]
public class InvoicesController : Controller
{
    // ok: missing-antiforgery-token
    [HttpPost]
    public IActionResult Pay(int id)
    {
        return RedirectToAction("Index");
    }
}
