using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

public class ToolsController : Controller
{
    private const string Tool = "ping";

    [HttpGet]
    public IActionResult Ping(string host)
    {
        // ruleid: process-start-built-command
        Process.Start("cmd.exe", "/c ping " + host);
        var psi = new ProcessStartInfo
        {
            FileName = "/bin/bash",
            // ruleid: process-start-built-command
            Arguments = $"-c \"ping -c 1 {host}\"",
        };
        Process.Start(psi);
        var info = new ProcessStartInfo("ping");
        // ok: process-start-built-command
        info.ArgumentList.Add(host);
        // ok: process-start-built-command
        Process.Start(info);
        // ok: process-start-built-command
        Process.Start("notepad.exe");
        return Ok();
    }

    public void Run(string arguments)
    {
        var p = new Process();
        // ruleid: process-start-built-command
        p.StartInfo.Arguments = arguments;
        // ok: process-start-built-command
        p.StartInfo.FileName = Tool;
        p.Start();
    }
}
