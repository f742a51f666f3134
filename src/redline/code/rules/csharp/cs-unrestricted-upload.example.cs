using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

public class UploadController : Controller
{
    private static readonly HashSet<string> AllowedExtensions = new() { ".png", ".jpg" };
    private readonly string _uploads = "wwwroot/uploads";

    [HttpPost]
    public async Task<IActionResult> Upload(IFormFile file)
    {
        var path = Path.Combine(_uploads, file.FileName);
        using (var stream = new FileStream(path, FileMode.Create))
        {
            // ruleid: cs-unrestricted-upload
            await file.CopyToAsync(stream);
        }
        return Ok();
    }

    [HttpPost]
    public IActionResult UploadSync(IFormFile upload)
    {
        var name = Path.GetFileName(upload.FileName);
        using var fs = System.IO.File.Create(Path.Combine(_uploads, name));
        // ruleid: cs-unrestricted-upload
        upload.CopyTo(fs);
        return Ok();
    }

    [HttpPost]
    public async Task<IActionResult> UploadChecked(IFormFile file)
    {
        var ext = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (!AllowedExtensions.Contains(ext))
        {
            return BadRequest();
        }
        var path = Path.Combine(_uploads, Guid.NewGuid() + ext);
        using var stream = new FileStream(path, FileMode.Create);
        // ok: cs-unrestricted-upload
        await file.CopyToAsync(stream);
        return Ok();
    }

    [HttpPost]
    public async Task<IActionResult> UploadGenerated(IFormFile file)
    {
        var path = Path.Combine(_uploads, Path.GetRandomFileName());
        using var stream = new FileStream(path, FileMode.Create);
        // ok: cs-unrestricted-upload
        await file.CopyToAsync(stream);
        return Ok();
    }
}
