using System.Net;
using Microsoft.Extensions.Configuration;

public class Payments
{
    // ruleid: csharp-hardcoded-secret
    private const string ApiKey = "sk_live_51Hx9kQ2eZvKYlo2C0";
    // ok: csharp-hardcoded-secret
    private const string ApiKeySetting = "Payments:ApiKey";
    // ok: csharp-hardcoded-secret
    private const string PasswordEnv = "SMTP_PASSWORD";

    public NetworkCredential Credentials(IConfiguration config)
    {
        // ruleid: csharp-hardcoded-secret
        var smtp = new NetworkCredential("mailer", "Mail2024pass");
        // ok: csharp-hardcoded-secret
        var fromConfig = new NetworkCredential("mailer", config["Smtp:Password"]);
        // ok: csharp-hardcoded-secret
        string password = "your-password";
        return smtp;
    }
}
