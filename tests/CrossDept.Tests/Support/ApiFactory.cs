using System.Net.Http.Headers;
using CrossDept.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CrossDept.Tests.Support;

/// <summary>
/// The API as it runs in a tenant, with only the edges replaced: the Entra ID settings and signing key (tokens come
/// from <see cref="TestTokens"/> and the real JwtBearer validation checks them offline), and whatever
/// <see cref="Settings"/> adds (a storage connection string, <c>Graph:BaseAddress</c> pointing at a fake Graph…).
/// </summary>
/// <param name="settings">Extra configuration, e.g. <c>["Graph:BaseAddress"] = fake.BaseAddress</c>.</param>
/// <param name="services">Extra service replacements at the edges (e.g. the Entra ID token acquisition for Graph).</param>
public class ApiFactory(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public IReadOnlyDictionary<string, string?> Settings { get; } = settings ?? new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Not Development: no user secrets from the developer's machine leak into tests.
        builder.UseEnvironment("Testing");
        builder.UseSetting("AzureAd:Instance", "https://login.microsoftonline.com/");
        builder.UseSetting("AzureAd:TenantId", "organizations");
        builder.UseSetting("AzureAd:ClientId", TestTokens.ClientId);
        builder.UseSetting("AzureAd:ClientSecret", "test-secret-never-sent");
        builder.UseSetting("AzureAd:Audience", TestTokens.Audience);
        builder.UseSetting("AzureAd:AllowedTenants:0", TestTokens.Tenant);
        builder.UseSetting("AzureAd:AllowedTenants:1", TestTokens.OtherAllowedTenant);
        // Suites make hundreds of requests as one user; the rate-limit tests turn it back on with their own small buckets.
        builder.UseSetting("RateLimits:Enabled", "false");
        // A database of its own unless the test names one: tracked items and idempotency results never leak between runs.
        builder.UseSetting("Storage:SqlitePath", ScratchDatabase());
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);

        builder.ConfigureTestServices(s =>
        {
            // The signing key Entra ID would publish at its jwks_uri, without fetching metadata.
            s.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                var configuration = new OpenIdConnectConfiguration();
                configuration.SigningKeys.Add(TestTokens.SigningKey);
                options.Configuration = configuration;
                options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            });
            services?.Invoke(s);
        });
    }

    /// <summary>A SQLite file in a fresh temp folder.</summary>
    public static string ScratchDatabase() => Path.Combine(Directory.CreateTempSubdirectory("crossdept-api-test-").FullName, "crossdept.db");

    /// <summary>An HTTP client carrying a valid access token for the user.</summary>
    public HttpClient CreateClientFor(CurrentUser user) => CreateClientWithToken(TestTokens.For(user));

    /// <summary>An HTTP client carrying exactly this bearer token (valid or not).</summary>
    public HttpClient CreateClientWithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

/// <summary>The API in demo mode: Development, no AzureAd, the demo mailbox owner on every request.</summary>
public class DemoApiFactory(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("AzureAd:ClientId", "");
        builder.UseSetting("RateLimits:Enabled", "false");
        builder.UseSetting("Storage:SqlitePath", ApiFactory.ScratchDatabase());
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
    }
}
