using System.Net;
using System.Text.Json.Nodes;

namespace CrossDept.Tests.Hosting;

/// <summary>What the hardening tests share: a throwaway SQLite file per API, and the shape every error must have.</summary>
static class Api
{
    /// <summary>Settings for an ApiFactory on its own SQLite file, plus the test's own.</summary>
    public static Dictionary<string, string?> Settings(params (string Key, string? Value)[] extra)
    {
        var folder = Directory.CreateTempSubdirectory("crossdept-hardening-").FullName;
        var settings = new Dictionary<string, string?> { ["Storage:SqlitePath"] = Path.Combine(folder, "tracking.db") };
        foreach (var (key, value) in extra)
            settings[key] = value;
        return settings;
    }

    /// <summary>The status, as problem+json, with its body parsed.</summary>
    public static async Task<JsonNode> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        return JsonNode.Parse(body)!;
    }

    public static object Message(string from = "jane.doe@contoso.com", string[]? to = null, string sentAt = "2026-11-05T10:00:00-05:00",
        string text = "Hi Kim, could you send the budget codes by Friday? Finance closes the quarter on Monday.") => new
    {
        id = $"<{Guid.NewGuid():N}@contoso.com>",
        from = new { address = from },
        to = (to ?? ["kim.nguyen@contoso.com"]).Select(a => new { address = a }).ToArray(),
        sentAt,
        subject = "Budget codes",
        text,
    };

    public static object Conversation(params object[] messages) => new { me = "jane.doe@contoso.com", now = "2026-11-06T09:00:00-05:00", messages };
}
