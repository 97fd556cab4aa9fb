using System.Net;
using System.Net.Http.Json;
using CrossDept.Tests.Support;
using CrossDept.Threads;
using Microsoft.Data.Sqlite;
using static CrossDept.Tests.Hosting.Api;

namespace CrossDept.Tests.Hosting;

public sealed class BusyDatabaseTests
{
    [Test]
    public async Task AWriteThatCannotGetTheSqliteLockIs503WithRetryAfterNot500()
    {
        var settings = Settings(("Storage:SqliteBusyTimeoutMs", "50"), ("Storage:TransientRetries", "1"));
        using var api = new ApiFactory(settings);
        using var jane = api.CreateClientFor(TestTokens.Jane);
        Assert.That((await jane.GetAsync("/api/board")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "started and migrated");

        // Another process holds SQLite's one write lock for longer than the API is willing to wait.
        await using var other = new SqliteConnection($"Data Source={settings["Storage:SqlitePath"]};Pooling=False");
        await other.OpenAsync();
        await using var hold = other.BeginTransaction(deferred: false);
        var response = await jane.PostAsJsonAsync("/api/tracked", new { conversationId = "busy", analysis = Tracking.Analyses.Churn() }, AnalysisJson.Options);

        var problem = await Problem(response, HttpStatusCode.ServiceUnavailable);
        Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("Nothing was changed"));
        await hold.RollbackAsync();
        var retried = await jane.PostAsJsonAsync("/api/tracked", new { conversationId = "busy", analysis = Tracking.Analyses.Churn() }, AnalysisJson.Options);
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.Created), "the retry the 503 invited works once the lock is free");
    }
}
