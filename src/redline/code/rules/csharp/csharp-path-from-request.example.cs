using System.IO;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

public class FilesController : Controller
{
    private const string Root = "/srv/files";

    [HttpGet]
    public IActionResult Download(string fileName)
    {
        // ruleid: csharp-path-from-request
        var bytes = System.IO.File.ReadAllBytes(Path.Combine(Root, fileName));
        // ok: csharp-path-from-request
        var safe = System.IO.File.ReadAllBytes(Path.Combine(Root, Path.GetFileName(fileName)));
        // ok: csharp-path-from-request
        var index = System.IO.File.ReadAllText(Path.Combine(Root, "index.html"));
        return File(bytes, "application/octet-stream");
    }

    [HttpPost]
    public IActionResult Upload(IFormFile file)
    {
        // ruleid: csharp-path-from-request
        using var stream = new FileStream(Path.Combine(Root, file.FileName), FileMode.Create);
        file.CopyTo(stream);
        return Ok();
    }
}
