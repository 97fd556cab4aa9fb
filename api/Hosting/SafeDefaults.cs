using System.Net;
using CrossDept.Auth;
using Microsoft.AspNetCore.Mvc;

namespace CrossDept.Hosting;

/// <summary>
/// Headers every answer carries, and the demo mode's second fence. The pane runs inside Outlook's frames, so
/// <c>frame-ancestors</c> names Office's hosts instead of forbidding framing altogether.
/// </summary>
public static class SafeDefaults
{
    /// <summary>Outlook on the web, the new Outlook and Office on the web frame the pane from these origins.</summary>
    public const string OfficeFrameAncestors =
        "'self' https://outlook.office.com https://outlook.office365.com https://outlook.live.com https://*.outlook.com "
        + "https://*.office.com https://*.office365.com https://*.officeapps.live.com https://*.cloud.microsoft https://*.microsoft365.com";

    /// <summary>The pane: its own bundles, Office.js from Microsoft's CDN, sign-in with Entra ID.</summary>
    public const string PanePolicy =
        "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; "
        + "connect-src 'self' https://login.microsoftonline.com https://*.login.microsoftonline.com; "
        + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "frame-src 'self' https://login.microsoftonline.com https://appsforoffice.microsoft.com; object-src 'none'; base-uri 'self'; "
        + "frame-ancestors " + OfficeFrameAncestors;

    /// <summary>JSON answers are never a page: nothing may load or frame them.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>Swagger UI's page (its styles are inline).</summary>
    public const string SwaggerPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    public static IServiceCollection AddSafeDefaults(this IServiceCollection services)
    {
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        return services;
    }

    public static WebApplication UseSafeDefaults(this WebApplication app)
    {
        // Outside Development the API is behind HTTPS: browsers must never try it over plain HTTP again.
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            var path = context.Request.Path;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = path.StartsWithSegments("/pane") ? PanePolicy
                : path.StartsWithSegments("/swagger") ? SwaggerPolicy
                : ApiPolicy;
            return next(context);
        });
        if (SignIn.IsDemo(app.Configuration))
        {
            app.Logger.LogWarning("Demo mode: no AzureAd:ClientId, so every request is {Address}. Only requests from a loopback address "
                + "with a loopback Host header are answered; set AzureAd to serve a tenant.", DemoMailbox.Address);
            app.Use(async (context, next) =>
            {
                if (IsLocal(context))
                {
                    await next(context);
                    return;
                }
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status403Forbidden,
                        Title = "Demo mode answers this machine only",
                        Detail = "The API runs without a tenant, so it answers requests from loopback to a loopback host name only.",
                    },
                });
            });
        }
        return app;
    }

    /// <summary>
    /// The request came from this machine and names this machine: a DNS-rebinding page (foreign Host) and a forwarded
    /// request (non-loopback peer) are both refused. No peer address means an in-process host (tests) or a Unix socket.
    /// </summary>
    internal static bool IsLocal(HttpContext context)
    {
        var remote = context.Connection.RemoteIpAddress;
        if (remote is not null && !IPAddress.IsLoopback(remote))
            return false;
        var host = context.Request.Host.Host;
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
