using System.Web.Mvc;

public class PostsController : Controller
{
    [HttpPost]
    // ruleid: request-validation-disabled
    [ValidateInput(false)]
    public ActionResult Save(string body)
    {
        return View();
    }

    [HttpPost]
    // ok: request-validation-disabled
    [ValidateInput(true)]
    public ActionResult Check(string body)
    {
        return View();
    }
}

public class PostModel
{
    // ruleid: request-validation-disabled
    [AllowHtml]
    public string Body { get; set; }

    // ok: request-validation-disabled
    [Required]
    public string Title { get; set; }
}
