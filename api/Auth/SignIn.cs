using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Identity.Web;

namespace CrossDept.Auth;

/// <summary>
/// Who may call the API. With an <c>AzureAd</c> section: Entra ID access tokens for our API (multi-tenant,
/// only the allowed tenants, the <c>access_as_user</c> scope). Without one, and only in Development on loopback:
/// every request is the demo mailbox's owner.
/// </summary>
public static class SignIn
{
    /// <summary>The policy every user route group carries: a signed-in user whose token grants <c>access_as_user</c>.</summary>
    public const string AccessAsUser = "access_as_user";

    public const string AzureAdSection = "AzureAd";

    /// <summary>True when the API runs as the demo mailbox owner (no tenant configured, Development only).</summary>
    public static bool IsDemo(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration[$"{AzureAdSection}:ClientId"]);

    public static WebApplicationBuilder AddSignIn(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        if (IsDemo(builder.Configuration))
        {
            if (!builder.Environment.IsDevelopment())
                throw new InvalidOperationException(
                    $"{AzureAdSection}:ClientId is not configured. Outside Development the API needs Entra ID: set {AzureAdSection}:ClientId, "
                    + $"{AzureAdSection}:Audience, {AzureAdSection}:AllowedTenants and {AzureAdSection}:ClientSecret (dotnet user-secrets, "
                    + $"or environment variables {AzureAdSection}__ClientId, …). The demo mailbox runs only in the Development environment.");
            DemoMailbox.RequireLoopback(builder.Configuration);
            services.AddAuthentication(DemoMailbox.Scheme)
                .AddScheme<AuthenticationSchemeOptions, DemoMailboxHandler>(DemoMailbox.Scheme, null);
        }
        else
        {
            var tenant = AzureAdSettings.Bind(builder.Configuration);
            services.AddSingleton(tenant);
            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
                .AddMicrosoftIdentityWebApi(builder.Configuration, AzureAdSection)
                .EnableTokenAcquisitionToCallDownstreamApi()
                // The token cache lives in the database, encrypted (Following/TokenCache.cs): long-running sessions
                // survive restarts and are shared by every instance.
                .AddDistributedTokenCaches();
            // Registered after Identity.Web's own setup, so ours is the issuer check: no metadata download per tenant.
            services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                options.TokenValidationParameters.ValidAudiences = tenant.Audiences;
                options.TokenValidationParameters.IssuerValidator = tenant.ValidateIssuer;
                // WWW-Authenticate says "invalid_token", not why (expired, wrong tenant, bad signature): that is for our logs, not a prober.
                options.IncludeErrorDetails = false;
            });
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(AccessAsUser, policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => Scopes(context.User).Contains(AccessAsUser, StringComparer.Ordinal)));
        return builder;
    }

    /// <summary>
    /// A route group whose every endpoint needs the signed-in user with <c>access_as_user</c>, and whose input passes
    /// <see cref="Hosting.InputRules"/> (no nulls in lists, sane dates, counts within the limits) before any handler runs;
    /// features call this instead of MapGroup.
    /// </summary>
    public static RouteGroupBuilder MapUserGroup(this IEndpointRouteBuilder routes, string prefix)
    {
        var group = routes.MapGroup(prefix).RequireAuthorization(AccessAsUser);
        group.AddEndpointFilter<Hosting.InputRules>();
        return group;
    }

    /// <summary>Authentication, then authorization; in demo mode also refuses to keep running on a non-loopback address.</summary>
    public static WebApplication UseSignIn(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        if (IsDemo(app.Configuration))
            app.Lifetime.ApplicationStarted.Register(() =>
            {
                var addresses = app.Services.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>()?
                    .Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
                var exposed = addresses.Where(a => !DemoMailbox.IsLoopback(a)).ToArray();
                if (exposed.Length > 0)
                {
                    app.Logger.LogCritical("Demo mode listens only on loopback, but the server bound {Addresses}; stopping.", string.Join(", ", exposed));
                    app.Lifetime.StopApplication();
                }
            });
        return app;
    }

    static IEnumerable<string> Scopes(ClaimsPrincipal user) =>
        user.FindAll("scp").Concat(user.FindAll("http://schemas.microsoft.com/identity/claims/scope"))
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>
/// The <c>AzureAd</c> section beyond what Identity.Web reads itself: the app id URI tokens must be issued for, and the
/// tenants whose users may sign in (the app is multi-tenant, <c>organizations</c>, so the issuer alone proves nothing).
/// </summary>
public sealed class AzureAdSettings
{
    public required string ClientId { get; init; }
    /// <summary>The API's app id URI, e.g. api://crossdept.contoso.com/6b1f…; tokens carry it as <c>aud</c>.</summary>
    public required string Audience { get; init; }
    public required IReadOnlySet<string> AllowedTenants { get; init; }

    public IReadOnlyList<string> Audiences => Audience == ClientId ? [Audience] : [Audience, ClientId];

    public static AzureAdSettings Bind(IConfiguration configuration)
    {
        var section = configuration.GetSection(SignIn.AzureAdSection);
        string Required(string key) => section[key] is { Length: > 0 } value ? value
            : throw new InvalidOperationException($"{SignIn.AzureAdSection}:{key} is required when {SignIn.AzureAdSection}:ClientId is set (dotnet user-secrets set \"{SignIn.AzureAdSection}:{key}\" …).");
        var clientId = Required("ClientId");
        var audience = Required("Audience");
        var tenants = section.GetSection("AllowedTenants").Get<string[]>() ?? [];
        if (tenants.Length == 0)
            throw new InvalidOperationException($"{SignIn.AzureAdSection}:AllowedTenants must list at least one tenant id (the tenants whose users may use the API).");
        return new AzureAdSettings
        {
            ClientId = clientId,
            Audience = audience,
            AllowedTenants = tenants.Select(t => t.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// Multi-tenant issuer check with no network call: the issuer must be Entra ID's v2.0 or v1.0 issuer for the
    /// token's own <c>tid</c>, and that tenant must be allowed.
    /// </summary>
    public string ValidateIssuer(string issuer, Microsoft.IdentityModel.Tokens.SecurityToken token, Microsoft.IdentityModel.Tokens.TokenValidationParameters parameters)
    {
        var tid = token switch
        {
            Microsoft.IdentityModel.JsonWebTokens.JsonWebToken jwt => jwt.TryGetPayloadValue<string>("tid", out var t) ? t : null,
            System.IdentityModel.Tokens.Jwt.JwtSecurityToken jwt => jwt.Payload.TryGetValue("tid", out var t) ? t as string : null,
            _ => null,
        };
        if (string.IsNullOrEmpty(tid) || !AllowedTenants.Contains(tid.ToLowerInvariant()))
            throw new Microsoft.IdentityModel.Tokens.SecurityTokenInvalidIssuerException($"Tenant '{tid}' is not allowed to use this API.");
        string[] expected = [$"https://login.microsoftonline.com/{tid}/v2.0", $"https://sts.windows.net/{tid}/"];
        if (!expected.Contains(issuer, StringComparer.OrdinalIgnoreCase))
            throw new Microsoft.IdentityModel.Tokens.SecurityTokenInvalidIssuerException($"Issuer '{issuer}' is not Entra ID's issuer for tenant '{tid}'.");
        return issuer;
    }
}
