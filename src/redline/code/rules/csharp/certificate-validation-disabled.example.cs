using System.Net;
using System.Net.Http;
using System.Net.Security;

public class Clients
{
    public HttpClient Make()
    {
        // ruleid: certificate-validation-disabled
        ServicePointManager.ServerCertificateValidationCallback = (sender, cert, chain, errors) => true;
        // ruleid: certificate-validation-disabled
        ServicePointManager.ServerCertificateValidationCallback += delegate { return true; };
        var handler = new HttpClientHandler
        {
            // ruleid: certificate-validation-disabled
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        };
        // ok: certificate-validation-disabled
        handler.ServerCertificateCustomValidationCallback = (msg, cert, chain, errors) => errors == SslPolicyErrors.None;
        return new HttpClient(handler);
    }
}
