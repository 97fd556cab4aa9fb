using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CrossDept.Tests.Support;
using CrossDept.Tests.Support.FakeGraph;

namespace CrossDept.Tests.Hosting;

/// <summary>
/// A bounded fuzzer over every route, in tenant mode against the fake Graph and in demo mode: valid requests bent by the classes of input
/// that used to answer 500 (nulls in lists, header names differing by case, dates near year 9999 or year 1, wrong types,
/// truncated JSON, odd real-mail addresses, huge numbers, bad headers, odd ids). Seeded, so a failure replays.
/// Asserts no answer is 5xx and every 4xx is problem+json.
/// </summary>
public sealed class FuzzTests
{
    const int Seed = 20261127, Rounds = 14;

    static readonly JsonNode?[] Nasty =
    [
        null, "", " ", new string('x', 5000), 99999999999999, -1, 0, 1.5e300, true, new JsonArray(), new JsonObject(), new JsonArray((JsonNode?)null),
        "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "9999-12-31", "not a date", "t..hodge@contoso.com", ".nelson@contoso.com",
        "carol.st.@contoso.com", "@", "a@b", "\u0000\u001f", "😀@contoso.com", "<div>" + string.Concat(Enumerable.Repeat("<div>", 300)),
        "Robert'); DROP TABLE agreement;--", "../../etc/passwd", "%2F%2E%2E",
    ];

    static JsonObject Message(Random random, bool odd) => new()
    {
        ["id"] = $"<m{random.Next()}@contoso.com>",
        ["from"] = new JsonObject { ["name"] = "Jane Doe", ["address"] = odd ? "t..hodge@contoso.com" : "jane.doe@contoso.com" },
        ["to"] = new JsonArray(new JsonObject { ["address"] = "tom.becker@contoso.com" }, new JsonObject { ["address"] = ".nelson@contoso.com" }),
        ["cc"] = new JsonArray(new JsonObject { ["name"] = "Carol", ["address"] = "carol.st.@contoso.com" }),
        ["sentAt"] = "2026-11-05T10:00:00-05:00",
        ["subject"] = "Budget codes",
        ["text"] = "Hi Tom, could you send the budget codes by Friday? Finance closes the quarter on Monday.",
        ["headers"] = new JsonObject { ["Auto-Submitted"] = "no", ["auto-submitted"] = "auto-replied" },
    };

    static JsonObject Conversation(Random random) => new()
    {
        ["me"] = "jane.doe@contoso.com",
        ["now"] = "2026-11-12T09:00:00-05:00",
        ["messages"] = new JsonArray(Message(random, false), Message(random, true)),
        ["person"] = "tom.becker@contoso.com",
        ["agreementIndex"] = 0,
        ["manager"] = new JsonObject { ["address"] = "olivia.brown@contoso.com" },
        ["managers"] = new JsonArray(new JsonObject { ["address"] = "olivia.brown@contoso.com" }),
    };

    sealed record Route(string Method, string Path, Func<Random, JsonNode?> Body, bool Idempotent = false);

    [Test]
    public async Task AFewHundredBentRequestsOverEveryRouteGetNo5xxAndEvery4xxIsProblemJson()
    {
        await using var tenant = await GraphTenant.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = Path.Combine(Directory.CreateTempSubdirectory("crossdept-fuzz-").FullName, "fuzz.db"),
        });
        using var client = tenant.Client();
        await Fuzz(client, tenant.ConversationId);
    }

    [Test]
    public async Task InDemoModeAFewHundredBentRequestsOverEveryRouteGetNo5xxAndEvery4xxIsProblemJson()
    {
        // The demo mailbox (the .eml samples) and the demo follower stand where Graph does: their own code paths.
        using var demo = new DemoApiFactory();
        using var client = demo.CreateClient();
        var conversations = JsonNode.Parse(await client.GetStringAsync("/api/mailbox/conversations"))!.AsArray();
        Assert.That(conversations, Is.Not.Empty, "the demo mailbox lists its samples");
        await Fuzz(client, conversations.First()!["id"]!.GetValue<string>());
    }

    static async Task Fuzz(HttpClient client, string conversationId)
    {
        var random = new Random(Seed);

        // Something tracked, so ids and agreement ids in paths can be real as well as bent.
        var analysis = JsonNode.Parse(await (await client.PostAsync("/api/threads/analyze", Json(Conversation(random)))).Content.ReadAsStringAsync())!;
        var tracked = JsonNode.Parse(await (await client.PostAsync("/api/tracked", Json(new JsonObject { ["conversationId"] = "fuzz", ["analysis"] = analysis.DeepClone() })))
            .Content.ReadAsStringAsync())!;
        var id = tracked["id"]!.GetValue<string>();
        var agreementId = tracked["agreements"]!.AsArray().FirstOrDefault()?["id"]?.GetValue<string>() ?? "none";
        var conversation = Uri.EscapeDataString(conversationId);

        Route[] routes =
        [
            new("POST", "/api/threads/analyze", Conversation),
            new("POST", "/api/drafts/reminder", Conversation), new("POST", "/api/drafts/call-notes", Conversation),
            new("POST", "/api/drafts/escalation", Conversation), new("POST", "/api/drafts/thank-you", Conversation),
            new("POST", "/api/asks/check", _ => new JsonObject { ["subject"] = "Churn", ["text"] = "Could you take a look ASAP?", ["html"] = "<p>Could you send it by Friday?</p>", ["now"] = "2026-11-02T09:00:00Z" }),
            new("GET", "/api/me", _ => null), new("GET", "/api/board?dueWithinDays=7&overdue=true&needsCall=true&now=2026-11-12T09:00:00Z", _ => null),
            new("GET", "/api/mailbox/conversations", _ => null),
            new("GET", $"/api/mailbox/conversations/{conversation}/analysis?now=2026-11-12T09:00:00Z", _ => null),
            new("POST", $"/api/mailbox/conversations/{conversation}/confirmation-draft", _ => new JsonObject(), Idempotent: true),
            new("POST", $"/api/mailbox/conversations/{conversation}/drafts/reminder", _ => new JsonObject { ["now"] = "2026-11-20T09:00:00Z" }),
            new("GET", "/api/people/tom.becker@contoso.com", _ => null), new("GET", "/api/people/t..hodge@contoso.com", _ => null),
            new("POST", "/api/people/lookup", _ => new JsonObject { ["addresses"] = new JsonArray("tom.becker@contoso.com", ".nelson@contoso.com", "carol.st.@contoso.com") }),
            new("POST", "/api/calls/slots", _ => new JsonObject { ["address"] = "tom.becker@contoso.com", ["minutes"] = 15, ["withinBusinessDays"] = 3, ["timeZone"] = "America/New_York", ["now"] = "2026-11-12T09:00:00Z" }),
            new("POST", "/api/calls", r => new JsonObject { ["address"] = "tom.becker@contoso.com", ["name"] = "Tom", ["start"] = "2026-11-13T15:00:00Z", ["minutes"] = 15, ["subject"] = "Quick call", ["talkingPoints"] = new JsonArray("why", "what") }, Idempotent: true),
            new("POST", "/api/tracked", r => new JsonObject { ["conversationId"] = $"fuzz-{r.Next(3)}", ["analysis"] = analysis.DeepClone() }),
            new("GET", "/api/tracked?conversationId=fuzz", _ => null), new("GET", $"/api/tracked/{id}", _ => null),
            new("POST", $"/api/tracked/{id}/refresh", _ => new JsonObject { ["analysis"] = analysis.DeepClone() }),
            new("POST", $"/api/tracked/{id}/agreements/{agreementId}/done", _ => new JsonObject { ["on"] = "2026-11-10" }),
            new("POST", $"/api/tracked/{id}/agreements/{agreementId}/dropped", _ => null),
            new("POST", $"/api/tracked/{id}/calls", _ => new JsonObject { ["address"] = "tom.becker@contoso.com", ["kind"] = "made", ["at"] = "2026-11-11T10:00:00Z" }),
            new("DELETE", "/api/tracked/no-such-id", _ => null),
            new("POST", "/api/drafts/referral", r => { var c = Conversation(r); c["referral"] = new JsonObject { ["toName"] = "Marcus Reed", ["toAddress"] = "marcus.reed@contoso.com" }; return c; }),
            new("POST", "/api/drafts/confirmation", _ => new JsonObject { ["subject"] = "Budget codes", ["agreements"] = analysis["agreements"]?.DeepClone(), ["cc"] = new JsonArray("carol.st.@contoso.com") }),
            new("GET", "/api/me/following", _ => null), new("GET", "/api/me/digest", _ => null),
            new("PUT", "/api/me/digest", _ => new JsonObject { ["enabled"] = false }),
            new("POST", "/api/following/notifications", r => new JsonObject { ["value"] = new JsonArray(new JsonObject
            {
                ["subscriptionId"] = $"sub-{r.Next(3)}", ["clientState"] = "not-ours", ["changeType"] = "created", ["resource"] = "Users/u/Messages/m",
                ["resourceData"] = new JsonObject { ["id"] = "m", ["@odata.etag"] = "W/\"1\"" },
            }) }),
            new("POST", "/api/following/lifecycle", _ => new JsonObject { ["value"] = new JsonArray(new JsonObject
            {
                ["subscriptionId"] = "sub-1", ["clientState"] = "not-ours", ["lifecycleEvent"] = "missed",
            }) }),
            new("GET", "/healthz", _ => null), new("GET", "/pane/config.json", _ => null), new("GET", "/swagger/v1/swagger.json", _ => null),
        ];

        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        var count = 0;
        var clock = Stopwatch.StartNew();
        foreach (var route in routes)
            for (var round = 0; round < Rounds; round++)
            {
                using var request = Bend(route, round, random);
                using var response = await client.SendAsync(request);
                count++;
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                var type = response.Content.Headers.ContentType?.MediaType;
                if (status >= 500 || (status >= 400 && type != "application/problem+json"))
                    failures.Add($"{status} {type} {request.Method} {request.RequestUri} round {round}: {Truncate(await response.Content.ReadAsStringAsync())}");
            }
        TestContext.Out.WriteLine($"{count} requests in {clock.Elapsed.TotalSeconds:F1} s: " + string.Join(", ", statuses.OrderBy(p => p.Key).Select(p => $"{p.Key} x{p.Value}")));

        Assert.That(failures, Is.Empty);
        Assert.That(count, Is.GreaterThanOrEqualTo(300));
        // The routes were reached, not all refused at the door: the unbent rounds answer 2xx.
        Assert.That(statuses.Where(p => p.Key < 300).Sum(p => p.Value), Is.GreaterThanOrEqualTo(routes.Length));
    }

    static HttpRequestMessage Bend(Route route, int round, Random random)
    {
        var path = route.Path;
        var body = route.Body(random);
        var request = new HttpRequestMessage(new HttpMethod(route.Method), path);
        if (route.Idempotent)
            request.Headers.TryAddWithoutValidation("Idempotency-Key", Guid.NewGuid().ToString());
        string? raw = body?.ToJsonString();
        switch (round)
        {
            case 0: break; // as is
            case 1: raw = raw is null ? null : raw[..(raw.Length / 2)]; break; // truncated JSON
            case 2: raw = "[1,2,3]"; break; // the wrong shape
            case 3: raw = "null"; break;
            case 4: request.Headers.TryAddWithoutValidation("If-Match", random.Next(2) == 0 ? "\"banana\"" : "W/\"99999999999999999999\""); break;
            case 5: request.Headers.Remove("Idempotency-Key"); request.Headers.TryAddWithoutValidation("Idempotency-Key", "\u00e9\u00e9"); break;
            case 6: request.RequestUri = new Uri(BendPath(path, random), UriKind.Relative); break;
            case 7: request.RequestUri = new Uri(path + (path.Contains('?') ? "&" : "?") + "now=9999-12-31T23:59:59Z&dueWithinDays=2147483647&overdue=maybe", UriKind.Relative); break;
            default:
                if (body is not null)
                {
                    // Several nasty values at random places in the body.
                    for (var i = 0; i < 1 + round % 3; i++)
                        Replace(body, random);
                    raw = body.ToJsonString();
                }
                else
                    request.RequestUri = new Uri(BendPath(path, random), UriKind.Relative);
                break;
        }
        if (raw is not null && route.Method != "GET")
            request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
        return request;
    }

    static string BendPath(string path, Random random)
    {
        var segments = path.Split('?')[0].Split('/');
        var i = 1 + random.Next(segments.Length - 1);
        string[] odd = ["t..hodge@contoso.com", "%2F", "..", "%01", new string('z', 1000), "%F0%9F%98%80", " ", "carol.st.%40contoso.com"];
        segments[i] = odd[random.Next(odd.Length)];
        return string.Join('/', segments) + (path.Contains('?') ? "?" + path.Split('?')[1] : "");
    }

    static void Replace(JsonNode root, Random random)
    {
        var nodes = new List<(JsonNode Parent, object Key)>();
        void Collect(JsonNode node)
        {
            if (node is JsonObject o)
                foreach (var (k, v) in o.ToArray()) { nodes.Add((o, k)); if (v is not null) Collect(v); }
            else if (node is JsonArray a)
                for (var i = 0; i < a.Count; i++) { nodes.Add((a, i)); if (a[i] is not null) Collect(a[i]!); }
        }
        Collect(root);
        if (nodes.Count == 0)
            return;
        var (parent, key) = nodes[random.Next(nodes.Count)];
        var value = Nasty[random.Next(Nasty.Length)]?.DeepClone();
        if (parent is JsonObject obj)
            obj[(string)key] = value;
        else if (parent is JsonArray arr)
            arr[(int)key] = value;
    }

    static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");
    static string Truncate(string s) => s.Length <= 300 ? s : s[..300] + "…";
}
