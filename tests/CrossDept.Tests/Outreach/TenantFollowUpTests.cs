using System.Net.Http.Json;
using System.Text.Json;
using CrossDept.Tests.Support.FakeGraph;

namespace CrossDept.Tests.Outreach;

/// <summary>The same follow-ups against the fake Graph tenant: the manager copied is the directory's (Graph /users/{id}/manager).</summary>
public sealed class TenantFollowUpTests
{
    /// <summary>The directory's display name differs from the token's ("Jane Doe"): the draft is signed with the directory's.</summary>
    [TestCase("Jane Doe-Okafor", "Jane Doe-Okafor")]
    // Graph /me does not know her: the token's name stands in.
    [TestCase(null, "Jane Doe")]
    public async Task TheThankYouTheDoneRouteSuggestsIsAcceptedInATenantCopiesTheGraphManagerAndIsSignedWithTheDirectorysName(
        string? directoryName, string signature)
    {
        var scratch = Directory.CreateTempSubdirectory("crossdept-tenant-followup-").FullName;
        await using var tenant = await GraphTenant.StartAsync(new Dictionary<string, string?> { ["Storage:SqlitePath"] = Path.Combine(scratch, "crossdept.db") });
        var jane = tenant.Graph.Data.Users["jane.doe@contoso.com"];
        if (directoryName is null)
            tenant.Graph.Data.Users.TryRemove("jane.doe@contoso.com", out _);
        else
            tenant.Graph.Data.AddUser(jane with { DisplayName = directoryName });
        using var client = tenant.Client();
        var id = Uri.EscapeDataString(tenant.ConversationId);
        var analysis = JsonDocument.Parse(await client.GetStringAsync($"/api/mailbox/conversations/{id}/analysis")).RootElement;
        using var track = await client.PostAsJsonAsync("/api/tracked", new { conversationId = tenant.ConversationId, analysis });
        var tracked = JsonDocument.Parse(await track.Content.ReadAsStringAsync()).RootElement;
        var agreement = tracked.GetProperty("agreements").EnumerateArray()
            .First(a => a.GetProperty("owner").GetProperty("address").GetString() != "jane.doe@contoso.com");

        using var done = await client.PostAsync($"/api/tracked/{tracked.GetProperty("id").GetString()}/agreements/{agreement.GetProperty("id").GetString()}/done", null);
        var suggested = JsonDocument.Parse(await done.Content.ReadAsStringAsync()).RootElement.GetProperty("suggested");
        using var follow = await client.PostAsJsonAsync(suggested.GetProperty("href").GetString(), suggested.GetProperty("body"));
        var draft = await follow.Content.ReadAsStringAsync();

        Assert.That(follow.IsSuccessStatusCode, draft);
        var json = JsonDocument.Parse(draft).RootElement;
        Assert.That(json.GetProperty("cc").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { "marcus.lee@contoso.com" }));
        Assert.That(json.GetProperty("text").GetString(), Does.EndWith($"Thanks again,\n{signature}\n"));
        try { Directory.Delete(scratch, recursive: true); } catch (IOException) { }
    }
}
