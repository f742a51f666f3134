using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

public class Startup
{
    public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
    {
        // ruleid: developer-exception-page-enabled
        app.UseDeveloperExceptionPage();
        if (env.IsDevelopment())
        {
            // ok: developer-exception-page-enabled
            app.UseDeveloperExceptionPage();
        }
        // ok: developer-exception-page-enabled
        app.UseExceptionHandler("/Error");
    }
}
