using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CrossDept.Auth;

/// <summary>
/// Development without a tenant: the API acts as the owner of the demo mailbox (the .eml samples), with fixed ids.
/// It must never be reachable from another machine, since it signs in whoever asks.
/// </summary>
public static class DemoMailbox
{
    public const string Scheme = "DemoMailbox";
    public const string Address = "jane.doe@contoso.com";
    public const string Name = "Jane Doe";
    public const string TenantId = "de000000-0000-4000-8000-000000000001";
    public const string ObjectId = "de000000-0000-4000-8000-000000000002";

    public static CurrentUser Owner { get; } = new(TenantId, ObjectId, Address, Name);

    /// <summary>Fails fast when the configured listening addresses reach beyond this machine.</summary>
    public static void RequireLoopback(IConfiguration configuration)
    {
        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>())
            .ToList();
        // ASPNETCORE_HTTP_PORTS / HTTPS_PORTS bind every interface.
        foreach (var key in new[] { "http_ports", "https_ports" })
            if (!string.IsNullOrWhiteSpace(configuration[key]))
                urls.Add($"http://*:{configuration[key]}");
        var exposed = urls.Where(u => !IsLoopback(u)).ToArray();
        if (exposed.Length > 0)
            throw new InvalidOperationException(
                $"Demo mode (no AzureAd:ClientId) signs everyone in as {Address}, so it listens only on loopback; "
                + $"configured: {string.Join(", ", exposed)} (urls / ASPNETCORE_URLS / ASPNETCORE_HTTP_PORTS / Kestrel:Endpoints). "
                + "Use http://localhost:PORT or http://127.0.0.1:PORT, or configure AzureAd.");
    }

    public static bool IsLoopback(string url)
    {
        var host = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        host = host.Split('/')[0];
        if (host.StartsWith('['))
            host = host[1..host.IndexOf(']')];
        else if (host.Contains(':'))
            host = host[..host.LastIndexOf(':')];
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }
}

/// <summary>Authenticates every request as the demo mailbox's owner, with the scope the user routes require.</summary>
public sealed class DemoMailboxHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var identity = new ClaimsIdentity(
        [
            new Claim("tid", DemoMailbox.TenantId),
            new Claim("oid", DemoMailbox.ObjectId),
            new Claim("preferred_username", DemoMailbox.Address),
            new Claim("name", DemoMailbox.Name),
            new Claim("scp", SignIn.AccessAsUser),
        ], DemoMailbox.Scheme, "name", "roles");
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), DemoMailbox.Scheme)));
    }
}
