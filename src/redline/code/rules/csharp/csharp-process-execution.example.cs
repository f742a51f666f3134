using System.Diagnostics;

public class Maintenance
{
    public void ListTasks()
    {
        var psi = new ProcessStartInfo("cmd.exe", "/c tasklist") { RedirectStandardOutput = true };
        // ruleid: csharp-process-execution
        using (var p = Process.Start(psi))
        {
            p.WaitForExit();
        }
    }

    public void OpenLog()
    {
        var proc = new Process();
        proc.StartInfo.FileName = "notepad.exe";
        // ruleid: csharp-process-execution
        proc.Start();
    }

    public void Ping(string host)
    {
        // ok: csharp-process-execution
        Process.Start("ping", "-n 1 " + host);
    }

    public void Stop(Worker worker)
    {
        // ok: csharp-process-execution
        worker.Start();
    }
}
