using System.Text.Json.Nodes;

namespace CrossDept.Tests.Support;

/// <summary>Reading an API answer in a test: the body as JSON, after asserting the call succeeded.</summary>
public static class HttpJson
{
    /// <summary>The answer's JSON; fails the test with the status and the body when the call did not succeed.</summary>
    public static async Task<JsonNode> Body(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }
}
