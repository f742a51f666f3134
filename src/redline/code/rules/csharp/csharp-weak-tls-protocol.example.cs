using System.Net;
using System.Security.Authentication;

public class Protocols
{
    public void Configure()
    {
        // ruleid: csharp-weak-tls-protocol
        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls;
        // ruleid: csharp-weak-tls-protocol
        var protocols = SslProtocols.Tls11;
        // ok: csharp-weak-tls-protocol
        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;
    }
}
