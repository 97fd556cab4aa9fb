using CrossDept.Graph;
using Microsoft.Extensions.DependencyInjection;

namespace CrossDept.Tests.Support.FakeGraph;

/// <summary>
/// The API in tenant mode against a fake Graph on 127.0.0.1 seeded with a sample conversation (the twelve-peers
/// request, the owner's own messages in Sent Items), a directory of its people with managers and phones, and
/// calendars. Short timeouts so fault tests finish quickly.
/// </summary>
public sealed class GraphTenant : IAsyncDisposable
{
    public static readonly string[] Peers =
    [
        "tom.becker", "priya.shah", "noah.kim", "emma.davis", "liam.wilson", "ava.martin",
        "ethan.clark", "mia.lewis", "lucas.hall", "zoe.young", "jack.allen", "grace.king",
    ];

    public required FakeGraphServer Graph { get; init; }
    public required FakeGraphTokens Tokens { get; init; }
    public required ApiFactory Api { get; init; }
    public required string ConversationId { get; init; }
    public string SamplesFolder => Path.Combine(SharedFolder.RepoRoot, "samples");

    public static async Task<GraphTenant> StartAsync(IReadOnlyDictionary<string, string?>? overrides = null, string conversation = "02-twelve-peers",
        Action<IServiceCollection>? services = null)
    {
        var graph = await FakeGraphServer.StartAsync();
        var conversationId = graph.Data.AddConversation(Path.Combine(SharedFolder.RepoRoot, "samples", conversation));
        graph.Data.AddUser(new FakeUser("jane.doe@contoso.com", "Jane Doe", "Customer Experience Lead", "Customer Experience", ["+1 (555) 010-2200"], null, "olivia.brown@contoso.com"));
        graph.Data.AddUser(new FakeUser("olivia.brown@contoso.com", "Olivia Brown", "VP Operations", "Operations", ["+1 (555) 010-1000"], null));
        graph.Data.AddUser(new FakeUser("marcus.lee@contoso.com", "Marcus Lee", "Head of Sales", "Sales", ["+1 (555) 010-3000"], null, "olivia.brown@contoso.com"));
        for (var i = 0; i < Peers.Length; i++)
        {
            var name = string.Join(' ', Peers[i].Split('.').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
            graph.Data.AddUser(new FakeUser($"{Peers[i]}@contoso.com", name, "Account Manager", "Sales",
                [$"+1 (555) 010-{4000 + i}"], i % 3 == 0 ? $"+1 (555) 020-{4000 + i}" : null, "marcus.lee@contoso.com"));
        }

        var tokens = new FakeGraphTokens();
        var settings = new Dictionary<string, string?>
        {
            ["Graph:BaseAddress"] = graph.BaseAddress,
            ["Graph:RetryDelay"] = "00:00:00.050",
            ["Graph:AttemptTimeout"] = "00:00:02",
            ["Graph:TotalTimeout"] = "00:00:10",
            ["Graph:MaxRetryAfter"] = "00:00:05",
            ["Graph:BreakerMinimumThroughput"] = "1000",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            settings[key] = value;
        var api = new ApiFactory(settings, s =>
        {
            s.AddSingleton<IGraphTokens>(tokens);
            services?.Invoke(s);
        });
        return new GraphTenant { Graph = graph, Tokens = tokens, Api = api, ConversationId = conversationId };
    }

    public HttpClient Client() => Api.CreateClientFor(TestTokens.Jane);

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
