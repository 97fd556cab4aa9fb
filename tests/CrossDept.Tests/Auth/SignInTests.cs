using System.Net;
using System.Net.Http.Json;
using CrossDept.Auth;
using CrossDept.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CrossDept.Tests.Auth;

public class SignInTests
{
    ApiFactory api = null!;

    [OneTimeSetUp]
    public void Start() => api = new ApiFactory();

    [OneTimeTearDown]
    public void Stop() => api.Dispose();

    [Test]
    public async Task ValidTokenReachesTheSignedInUser()
    {
        using var client = api.CreateClientFor(TestTokens.Jane);
        var me = await client.GetFromJsonAsync<Me>("/api/me");
        Assert.That(me! with { Now = default }, Is.EqualTo(new Me("jane.doe@contoso.com", "Jane Doe", TestTokens.Tenant, "tenant")));
    }

    [Test]
    public async Task AnotherAllowedTenantIsAccepted()
    {
        using var client = api.CreateClientFor(TestTokens.Raj with { TenantId = TestTokens.OtherAllowedTenant });
        var response = await client.GetAsync("/api/me");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task NoTokenIsUnauthorized()
    {
        using var client = api.CreateClient();
        var response = await client.GetAsync("/api/me");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    static IEnumerable<TestCaseData> InvalidTokens()
    {
        yield return new TestCaseData(TestTokens.Expired(TestTokens.Jane)).SetName("ExpiredTokenIsUnauthorized");
        yield return new TestCaseData(TestTokens.WrongAudience(TestTokens.Jane)).SetName("TokenForAnotherApiIsUnauthorized");
        yield return new TestCaseData(TestTokens.WrongTenant(TestTokens.Jane)).SetName("TokenFromATenantNotAllowedIsUnauthorized");
        yield return new TestCaseData(TestTokens.WrongKey(TestTokens.Jane)).SetName("TokenSignedWithAnotherKeyIsUnauthorized");
        yield return new TestCaseData(TestTokens.For(TestTokens.Jane, issuer: "https://evil.example.com/" + TestTokens.Tenant + "/v2.0"))
            .SetName("TokenFromAnotherIssuerIsUnauthorized");
    }

    [TestCaseSource(nameof(InvalidTokens))]
    public async Task InvalidTokenIsUnauthorized(string token)
    {
        using var client = api.CreateClientWithToken(token);
        var response = await client.GetAsync("/api/me");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task TokenWithoutAccessAsUserIsForbidden()
    {
        using var client = api.CreateClientWithToken(TestTokens.MissingScope(TestTokens.Jane));
        var response = await client.GetAsync("/api/me");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ThreadAnalysisNeedsASignedInUser()
    {
        using var client = api.CreateClient();
        var response = await client.PostAsJsonAsync("/api/threads/analyze", new { messages = Array.Empty<object>() });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task HealthNeedsNoToken()
    {
        using var client = api.CreateClient();
        var response = await client.GetAsync("/healthz");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}

public class DemoModeTests
{
    [Test]
    public async Task DevelopmentWithoutAzureAdRunsAsTheDemoMailboxOwner()
    {
        using var api = new DemoApiFactory();
        using var client = api.CreateClient();
        var me = await client.GetFromJsonAsync<Me>("/api/me");
        Assert.That(me! with { Now = default }, Is.EqualTo(new Me(DemoMailbox.Address, DemoMailbox.Name, DemoMailbox.TenantId, "demo")));
    }

    [Test]
    public void ProductionWithoutAzureAdRefusesToStart()
    {
        using var api = new DemoApiFactory().WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var error = Assert.Throws<InvalidOperationException>(() => api.CreateClient());
        Assert.That(error!.Message, Does.Contain("AzureAd:ClientId"));
    }

    [Test]
    public void DemoModeRefusesToListenBeyondLoopback()
    {
        using var api = new DemoApiFactory(new Dictionary<string, string?> { ["urls"] = "http://0.0.0.0:5080" });
        var error = Assert.Throws<InvalidOperationException>(() => api.CreateClient());
        Assert.That(error!.Message, Does.Contain("loopback"));
    }

    [Test]
    public void DemoModeRefusesPortsBoundOnEveryInterface()
    {
        using var api = new DemoApiFactory(new Dictionary<string, string?> { ["http_ports"] = "8080" });
        Assert.Throws<InvalidOperationException>(() => api.CreateClient());
    }

    [TestCase("http://localhost:5000", true)]
    [TestCase("http://127.0.0.1:5000", true)]
    [TestCase("https://[::1]:5001", true)]
    [TestCase("http://0.0.0.0:5000", false)]
    [TestCase("http://*:5000", false)]
    [TestCase("http://+:5000", false)]
    [TestCase("http://192.168.1.20:5000", false)]
    public void LoopbackIsRecognised(string url, bool loopback) =>
        Assert.That(DemoMailbox.IsLoopback(url), Is.EqualTo(loopback));
}
