using Microsoft.AspNetCore.Identity;

public static class IdentitySetup
{
    public static void Configure(IdentityOptions options)
    {
        // ruleid: weak-password-length
        options.Password.RequiredLength = 4;
        // ok: weak-password-length
        options.Password.RequiredLength = 12;
        var validator = new PasswordValidator
        {
            // ruleid: weak-password-length
            RequiredLength = 6,
        };
    }
}
