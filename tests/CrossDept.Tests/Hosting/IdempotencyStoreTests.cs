using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrossDept.Tests.Support.FakeGraph;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CrossDept.Tests.Hosting;

/// <summary>Idempotency results live in the database with an expiry: another instance (or this one restarted) answers a retry the same way.</summary>
public sealed class IdempotencyStoreTests
{
    [Test]
    public async Task ARetryOnAFreshInstanceGetsTheSameCallAndTheGraphIsAskedOnce()
    {
        var db = Path.Combine(Directory.CreateTempSubdirectory("crossdept-idem-").FullName, "idem.db");
        await using var first = await GraphTenant.StartAsync(new Dictionary<string, string?> { ["Storage:SqlitePath"] = db });
        var call = new { address = "tom.becker@contoso.com", name = "Tom Becker", start = "2026-11-13T15:00:00Z", minutes = 15, subject = "Quick call", talkingPoints = new[] { "why" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/calls") { Content = JsonContent.Create(call) };
        request.Headers.Add("Idempotency-Key", "call-key-0001");
        var created = await first.Client().SendAsync(request);
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());

        // A second API instance on the same database, with Graph forgetting nothing: the answer comes from the table.
        await using var second = new Support.ApiFactory(new Dictionary<string, string?>(first.Api.Settings), s =>
            s.AddSingleton<CrossDept.Graph.IGraphTokens>(first.Tokens));
        using var retry = new HttpRequestMessage(HttpMethod.Post, "/api/calls") { Content = JsonContent.Create(call) };
        retry.Headers.Add("Idempotency-Key", "call-key-0001");
        var again = await second.CreateClientFor(Support.TestTokens.Jane).SendAsync(retry);

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Created), await again.Content.ReadAsStringAsync());
        var (a, b) = (JsonNode.Parse(await created.Content.ReadAsStringAsync())!, JsonNode.Parse(await again.Content.ReadAsStringAsync())!);
        Assert.That(b["id"]!.GetValue<string>(), Is.EqualTo(a["id"]!.GetValue<string>()));
        Assert.That(first.Graph.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/events", StringComparison.OrdinalIgnoreCase)), Is.EqualTo(1));

        await using var sqlite = new SqliteConnection($"Data Source={db};Pooling=False");
        await sqlite.OpenAsync();
        await using var query = sqlite.CreateCommand();
        query.CommandText = "SELECT expires_at > created_at FROM idempotency_result WHERE idempotency_key = 'call-key-0001'";
        Assert.That(await query.ExecuteScalarAsync(), Is.EqualTo(1L), "stored with an expiry after its creation");
    }
}
