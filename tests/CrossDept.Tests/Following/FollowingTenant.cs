using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Security.Claims;
using CrossDept.Following;
using CrossDept.Storage;
using CrossDept.Tests.Storage;
using CrossDept.Tests.Support;
using CrossDept.Tests.Support.FakeGraph;
using CrossDept.Threads;
using CrossDept.Tracking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Client;

namespace CrossDept.Tests.Following;

/// <summary>
/// Stands in for Entra ID's long-running on-behalf-of session (out of reach here): records sessions started from a
/// request, hands out tokens for them later, or throws what MSAL throws once the user's session or consent ended.
/// </summary>
public sealed class FakeSessionTokens : ISessionTokens
{
    public ConcurrentDictionary<string, int> Started { get; } = new();
    public volatile bool Ended;
    public int Issued;

    public Task StartAsync(ClaimsPrincipal user, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        var oid = user.FindFirst("oid") ?? user.FindFirst("http://schemas.microsoft.com/identity/claims/objectidentifier");
        Started.AddOrUpdate(oid!.Value, 1, (_, n) => n + 1);
        Ended = false;
        return Task.CompletedTask;
    }

    public Task<string> ForOwnerAsync(Owner owner, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        if (Ended || !Started.ContainsKey(owner.ObjectId))
            throw new SessionEndedException(FollowReasons.SessionEnded,
                new MsalUiRequiredException("invalid_grant", "AADSTS700082: The refresh token has expired due to inactivity."));
        Interlocked.Increment(ref Issued);
        return Task.FromResult("graph-token-for-" + owner.ObjectId);
    }
}

/// <summary>A clock the test moves: renewal and lease expiry without waiting days.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    long ticks = start.UtcTicks;
    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);
    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
}

/// <summary>The API in tenant mode with following on, a fake Graph that reaches its webhook, and a real database.</summary>
public sealed class FollowingTenant : IAsyncDisposable
{
    public required GraphTenant Tenant { get; init; }
    public required TestDatabase Database { get; init; }
    public required FakeSessionTokens Sessions { get; init; }
    public TestClock? Clock { get; init; }
    public FakeGraphServer Graph => Tenant.Graph;
    public ApiFactory Api => Tenant.Api;

    public static async Task<FollowingTenant> StartAsync(StorageProvider provider, IReadOnlyDictionary<string, string?>? overrides = null,
        TestClock? clock = null, TestDatabase? database = null)
    {
        database ??= await TestDatabase.CreateAsync(provider, migrate: false);
        var settings = new Dictionary<string, string?>
        {
            ["Following:NotificationBaseAddress"] = "http://localhost/",
            ["Following:CoalesceDelay"] = "00:00:00.300",
            ["Following:PollInterval"] = "00:00:00.100",
            // Quartz fires these on the wall clock: short, so a test sees a pass within a second whatever its own clock says.
            ["Following:SubscriptionCheckInterval"] = "00:00:00.250",
            ["Following:UserJobsInterval"] = "00:00:00.500",
        };
        if (provider == StorageProvider.Sqlite)
        {
            settings["Storage:Provider"] = "Sqlite";
            settings["Storage:SqlitePath"] = database.Options.SqlitePath;
        }
        else
        {
            settings["Storage:Provider"] = "Postgres";
            settings["Storage:ConnectionString"] = database.Options.ConnectionString;
        }
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            settings[key] = value;
        var sessions = new FakeSessionTokens();
        var tenant = await GraphTenant.StartAsync(settings, services: s =>
        {
            s.AddSingleton<ISessionTokens>(sessions);
            if (clock is not null)
                s.AddSingleton<TimeProvider>(clock);
        });
        tenant.Graph.Webhooks = () => tenant.Api.CreateClient();
        return new FollowingTenant { Tenant = tenant, Database = database, Sessions = sessions, Clock = clock };
    }

    public HttpClient Jane() => Tenant.Client();

    /// <summary>Tracks the seeded conversation the way the pane does: its analysis from the mailbox, then POST /api/tracked.</summary>
    public async Task<string> TrackAsync(HttpClient client, string conversationId)
    {
        var analysis = await client.GetFromJsonAsync<ThreadAnalysis>(
            $"/api/mailbox/conversations/{Uri.EscapeDataString(conversationId)}/analysis", AnalysisJson.Options);
        var response = await client.PostAsJsonAsync("/api/tracked", new { conversationId, analysis }, AnalysisJson.Options);
        response.EnsureSuccessStatusCode();
        return System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }

    public async Task<FollowingView> FollowAsync(HttpClient client)
    {
        var response = await client.PutAsync("/api/me/following", null);
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<FollowingView>(AnalysisJson.Options))!;
    }

    public FakeSubscription Subscription => Graph.Subscriptions.Values.Single();

    /// <summary>GET /me/messages filtered by conversation: the one call that reads a conversation.</summary>
    public int ConversationReads(string? conversationId = null) => Graph.Received(r => r.Method == "GET" && r.Path == "/me/messages"
        && (r.Param("$filter") ?? "").StartsWith(conversationId is null ? "conversationId eq" : $"conversationId eq '{conversationId}'", StringComparison.Ordinal)).Count;

    /// <summary>Message look-ups inside $batch requests.</summary>
    public int Lookups => Graph.Received(r => r.InBatch && r.Method == "GET" && r.Path.StartsWith("/me/messages/", StringComparison.Ordinal)).Count;

    public static async Task Eventually(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
                Assert.Fail($"Timed out waiting for: {what}");
            await Task.Delay(50);
        }
    }

    /// <summary>Waits until the worker has nothing queued (looked-up messages and conversations to read).</summary>
    public Task Settled(TimeSpan? timeout = null) => Eventually(async () =>
    {
        await using var c = await Database.Db.OpenAsync(CancellationToken.None);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT (SELECT count(*) FROM follow_message_pending) + (SELECT count(*) FROM follow_conversation_pending)";
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) == 0;
    }, "the following queues to drain", timeout);

    public async Task<long> CountAsync(string table)
    {
        await using var c = await Database.Db.OpenAsync(CancellationToken.None);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT count(*) FROM {table}";
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await Tenant.DisposeAsync();
        await Database.DisposeAsync();
    }
}
