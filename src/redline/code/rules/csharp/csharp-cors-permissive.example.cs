using Microsoft.Extensions.DependencyInjection;

public static class CorsSetup
{
    public static void Configure(IServiceCollection services)
    {
        services.AddCors(options =>
        {
            options.AddPolicy("open", policy =>
                // ruleid: csharp-cors-permissive
                policy.SetIsOriginAllowed(origin => true)
                      .AllowAnyHeader()
                      .AllowCredentials());
            options.AddPolicy("any", policy =>
                // ruleid: csharp-cors-permissive
                policy.AllowAnyOrigin().AllowAnyMethod());
            options.AddPolicy("app", policy =>
                // ok: csharp-cors-permissive
                policy.WithOrigins("https://app.example.com").AllowCredentials());
            options.AddPolicy("checked", policy =>
                // ok: csharp-cors-permissive
                policy.SetIsOriginAllowed(origin => origin == "https://app.example.com"));
        });
    }
}
