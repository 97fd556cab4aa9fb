using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrossDept.Tests.Support;
using CrossDept.Threads;
using MimeKit;

namespace CrossDept.Tests.Following;

/// <summary>The demo mailbox is live: a .eml reply dropped into a tracked conversation's folder changes the board within seconds.</summary>
public sealed class DemoFollowingTests
{
    string folder = "";

    [SetUp]
    public void CopySamples()
    {
        folder = Directory.CreateTempSubdirectory("crossdept-demo-follow-").FullName;
        var source = Path.Combine(SharedFolder.RepoRoot, "samples", "02-twelve-peers");
        Directory.CreateDirectory(Path.Combine(folder, "samples", "02-twelve-peers"));
        foreach (var file in Directory.GetFiles(source, "*.eml"))
            File.Copy(file, Path.Combine(folder, "samples", "02-twelve-peers", Path.GetFileName(file)));
    }

    [TearDown]
    public void RemoveSamples() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task AReplyDroppedIntoTheSamplesFolderChangesTheBoardWithoutThePane()
    {
        await using var api = new DemoApiFactory(new Dictionary<string, string?>
        {
            ["Mailbox:SamplesFolder"] = Path.Combine(folder, "samples"),
            ["Mailbox:DemoOutputFolder"] = Path.Combine(folder, "out"),
            ["Storage:SqlitePath"] = Path.Combine(folder, "demo.db"),
        });
        using var client = api.CreateClient();
        var analysis = await client.GetFromJsonAsync<ThreadAnalysis>("/api/mailbox/conversations/02-twelve-peers/analysis", AnalysisJson.Options);
        var tracked = await client.PostAsJsonAsync("/api/tracked", new { conversationId = "02-twelve-peers", analysis }, AnalysisJson.Options);
        tracked.EnsureSuccessStatusCode();
        var id = JsonNode.Parse(await tracked.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        async Task<string> NoahStatus() => JsonNode.Parse(await client.GetStringAsync($"/api/tracked/{id}"))!["people"]!.AsArray()
            .Single(p => p!["address"]!.GetValue<string>() == "noah.kim@contoso.com")!["status"]!.GetValue<string>();
        Assert.That(await NoahStatus(), Is.EqualTo("waiting"));
        var following = JsonNode.Parse(await client.GetStringAsync("/api/me/following"))!;
        Assert.That(following["status"]!.GetValue<string>(), Is.EqualTo("active"));

        var reply = new MimeMessage();
        reply.From.Add(new MailboxAddress("Noah Kim", "noah.kim@contoso.com"));
        reply.To.Add(new MailboxAddress("Jane Doe", "jane.doe@contoso.com"));
        reply.Subject = "Re: Your input on how we engage clients (CRM project)";
        reply.Date = DateTimeOffset.Parse("2026-11-12T09:30:00-05:00");
        reply.MessageId = "noah-reply@contoso.com";
        reply.Body = new TextPart("plain") { Text = "Sorry for the delay, Jane. I'll send our intake notes by Friday.\n\nNoah" };
        var started = DateTime.UtcNow;
        // Written elsewhere and moved in, as a mail client saving a file would.
        var temp = Path.Combine(folder, "06.eml.part");
        await reply.WriteToAsync(temp);
        File.Move(temp, Path.Combine(folder, "samples", "02-twelve-peers", "06.eml"));

        await FollowingTenant.Eventually(async () => await NoahStatus() == "replied", "the dropped reply to reach the board", TimeSpan.FromSeconds(10));
        TestContext.Out.WriteLine($"demo: board changed {(DateTime.UtcNow - started).TotalSeconds:F1} s after the .eml was dropped");
    }
}
