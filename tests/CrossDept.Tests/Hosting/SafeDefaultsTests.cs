using System.Net;
using System.Net.Http.Headers;
using CrossDept.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using static CrossDept.Tests.Hosting.Api;

namespace CrossDept.Tests.Hosting;

/// <summary>What an IT admin gets without configuring anything: security headers, demo mode fenced to this machine, Swagger closed in Production.</summary>
public sealed class SafeDefaultsTests
{
    [Test]
    public async Task EveryAnswerCarriesTheSecurityHeadersAndThePaneMayBeFramedOnlyByOffice()
    {
        using var api = new ApiFactory(Settings());
        using var client = api.CreateClientFor(TestTokens.Jane);
        client.BaseAddress = new Uri("https://crossdept.contoso.com/");

        var json = await client.GetAsync("/api/me");
        var pane = await client.GetAsync("/pane/config.json");
        var missing = await client.GetAsync("/nothing/here");

        foreach (var response in new[] { json, pane, missing })
        {
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(response.Headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "no-referrer" }));
            Assert.That(response.Headers.GetValues("Strict-Transport-Security").Single(), Does.Contain("max-age=31536000"));
            Assert.That(response.Headers.Contains("Server"), Is.False);
        }
        Assert.That(json.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("frame-ancestors 'none'"));
        Assert.That(pane.Headers.GetValues("Content-Security-Policy").Single(),
            Does.Contain("frame-ancestors 'self' https://outlook.office.com").And.Contain("script-src 'self' https://appsforoffice.microsoft.com"));
        var notFound = await Problem(missing, HttpStatusCode.NotFound);
        Assert.That(notFound.ToJsonString(), Does.Not.Contain("/nothing/here").And.Not.Contain(Path.DirectorySeparatorChar + "work"));
    }

    [Test]
    public async Task DevelopmentSendsNoHstsSoLocalhostStaysUsableOverHttp()
    {
        using var api = new DemoApiFactory();
        using var client = api.CreateClient();

        var response = await client.GetAsync("/api/me");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.Contains("Strict-Transport-Security"), Is.False);
    }

    [Test]
    public async Task DemoModeRefusesARequestNamingAnotherHost()
    {
        using var api = new DemoApiFactory();
        using var client = api.CreateClient();

        using var rebound = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        rebound.Headers.Host = "attacker.example";
        var refused = await client.SendAsync(rebound);
        using var local = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        local.Headers.Host = "127.0.0.1:5000";
        var answered = await client.SendAsync(local);

        var problem = await Problem(refused, HttpStatusCode.Forbidden);
        Assert.That(problem["title"]!.GetValue<string>(), Does.Contain("Demo mode"));
        Assert.That(answered.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task DemoModeOnARealSocketRefusesANonLoopbackHostToo()
    {
        using var api = new DemoApiFactory();
        api.UseKestrel(0);
        api.StartServer();
        using var client = api.CreateClient();

        using var rebound = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        rebound.Headers.Host = "crossdept.example.com";
        var refused = await client.SendAsync(rebound);
        var answered = await client.GetAsync("/api/me");

        await Problem(refused, HttpStatusCode.Forbidden);
        Assert.That(answered.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answered.Headers.Contains("Server"), Is.False, "Kestrel's Server header is off");
    }

    [Test]
    public async Task ARefusedTokenIsNotToldWhy()
    {
        using var api = new ApiFactory(Settings());
        using var expired = api.CreateClientWithToken(TestTokens.Expired(TestTokens.Jane));
        using var wrongTenant = api.CreateClientWithToken(TestTokens.WrongTenant(TestTokens.Jane));

        foreach (var response in new[] { await expired.GetAsync("/api/me"), await wrongTenant.GetAsync("/api/me") })
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            var challenge = response.Headers.WwwAuthenticate.Single();
            Assert.That(challenge.Scheme, Is.EqualTo("Bearer"));
            Assert.That(challenge.Parameter ?? "", Does.Not.Contain("error_description").And.Not.Contain("expired").And.Not.Contain("issuer"));
        }
    }

    [Test]
    public async Task SwaggerIsOffInProductionUnlessEnabledAndThenNeedsSignIn()
    {
        using var closed = new ApiFactory(Settings(("environment", "Production")));
        using var open = new ApiFactory(Settings(("environment", "Production"), ("Swagger:Enabled", "true")));

        var off = await closed.CreateClientFor(TestTokens.Jane).GetAsync("/swagger/v1/swagger.json");
        var anonymous = await open.CreateClient().GetAsync("/swagger/v1/swagger.json");
        var signedIn = await open.CreateClientFor(TestTokens.Jane).GetAsync("/swagger/v1/swagger.json");

        Assert.That(off.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
