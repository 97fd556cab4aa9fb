using System.Collections.Concurrent;
using System.Net;
using CrossDept.Tests.Support;
using CrossDept.Tests.Support.FakeGraph;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static CrossDept.Tests.Hosting.Api;

namespace CrossDept.Tests.Hosting;

/// <summary>Logs are for operators: with the shipped appsettings.json, no address or token from a URL, and no stack trace for the caller's mistakes.</summary>
public sealed class OperatorLogTests
{
    sealed class Capture : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, LogLevel Level, string Message, Exception? Exception)> Entries { get; } = new();
        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
        public void Dispose() { }

        sealed class Logger(Capture capture, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                capture.Entries.Enqueue((category, logLevel, formatter(state, exception), exception));
        }
    }

    [Test]
    public async Task RequestLogsHoldNoAddressOrTokenFromTheUrlAndClientErrorsAreOneLineAtInformation()
    {
        var capture = new Capture();
        await using var tenant = await GraphTenant.StartAsync();
        await using var api = tenant.Api.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(capture)));
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(TestTokens.Jane));

        var card = await client.GetAsync("/api/people/tom.becker@contoso.com?access_token=eyJsecret-token-in-url");
        var odd = await client.GetAsync("/api/people/t..hodge@contoso.com");
        var board = await client.GetAsync("/api/tracked?conversationId=raj.patel@contoso.com");
        var broken = await client.PostAsync("/api/threads/analyze", new StringContent("{\"messages\": [", System.Text.Encoding.UTF8, "application/json"));

        Assert.That(card.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((int)odd.StatusCode, Is.LessThan(500));
        Assert.That(board.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(broken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var logged = capture.Entries.ToArray();
        Assert.That(logged, Is.Not.Empty, "the capture works: start-up and the client error are logged");
        foreach (var secret in new[] { "tom.becker@contoso.com", "t..hodge@contoso.com", "raj.patel@contoso.com", "eyJsecret" })
            Assert.That(logged.Where(e => e.Message.Contains(secret, StringComparison.OrdinalIgnoreCase) || (e.Exception?.ToString().Contains(secret) ?? false))
                .Select(e => $"{e.Category} {e.Level}: {e.Message}"), Is.Empty, secret);
        var clientError = logged.Where(e => e.Message.StartsWith("Client error 400", StringComparison.Ordinal)).ToArray();
        Assert.That(clientError, Has.Length.EqualTo(1));
        Assert.That(clientError[0].Level, Is.EqualTo(LogLevel.Information));
        Assert.That(clientError[0].Exception, Is.Null, "no stack trace");
        Assert.That(logged.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Category}: {e.Message}"), Is.Empty);
    }
}
