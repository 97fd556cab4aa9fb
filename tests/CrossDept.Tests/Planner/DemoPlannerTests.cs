using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrossDept.Tests.Support;

namespace CrossDept.Tests.Planner;

/// <summary>
/// Demo mode's Planner: a folder of JSON task files beside the demo mailbox's output, real storage the user can open and edit.
/// Exporting writes one file per agreement; setting percentComplete to 100 in a file marks the agreement done on the board.
/// </summary>
public sealed class DemoPlannerTests : DemoMailboxTest
{
    static async Task<JsonNode> Body(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, text);
        return JsonNode.Parse(text)!;
    }

    [Test]
    public async Task ATaskFileMarkedCompleteInTheDemoPlannerShowsDoneOnTheBoard()
    {
        var conversations = await Body(await Client.GetAsync("/api/mailbox/conversations"));
        var churn = conversations.AsArray().First(c => c!["subject"]!.GetValue<string>().Contains("churn", StringComparison.OrdinalIgnoreCase))!["id"]!.GetValue<string>();
        var analysis = await Body(await Client.GetAsync($"/api/mailbox/conversations/{Uri.EscapeDataString(churn)}/analysis"));
        var tracked = await Body(await Client.PostAsJsonAsync("/api/tracked", new { conversationId = churn, analysis }));
        var id = tracked["id"]!.GetValue<string>();
        var agreements = tracked["agreements"]!.AsArray();
        Assert.That(agreements, Is.Not.Empty);

        var plans = await Body(await Client.GetAsync("/api/planner/plans"));
        var planId = plans[0]!["id"]!.GetValue<string>();
        var bucketId = (await Body(await Client.GetAsync($"/api/planner/plans/{planId}/buckets")))[0]!["id"]!.GetValue<string>();
        var export = await Client.PutAsJsonAsync($"/api/tracked/{id}/planner", new { planId, bucketId });
        Assert.That(export.StatusCode, Is.EqualTo(HttpStatusCode.Created), await export.Content.ReadAsStringAsync());
        var view = await Body(export);

        var folder = view["folder"]!.GetValue<string>();
        Assert.That(folder, Is.EqualTo(Path.Combine(Output, "planner")));
        var files = Directory.GetFiles(Path.Combine(folder, "tasks"), "*.json");
        Assert.That(files, Has.Length.EqualTo(agreements.Count(a => a!["status"]!.GetValue<string>() != "dropped")));

        // The user opens one task file and marks it complete, as they would in Planner.
        var first = files.Select(f => (Path: f, Json: JsonNode.Parse(File.ReadAllText(f))!.AsObject()))
            .Single(f => f.Json["title"]!.GetValue<string>() == agreements[0]!["what"]!.GetValue<string>());
        Assert.That(first.Json["details"]!["description"]!.GetValue<string>(), Does.Contain(agreements[0]!["quote"]!.GetValue<string>()));
        first.Json["percentComplete"] = 100;
        File.WriteAllText(first.Path, first.Json.ToJsonString());

        await Body(await Client.GetAsync($"/api/tracked/{id}/planner"));
        var after = await Body(await Client.GetAsync($"/api/tracked/{id}"));
        Assert.That(after["agreements"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == agreements[0]!["id"]!.GetValue<string>())!["status"]!.GetValue<string>(),
            Is.EqualTo("done"));

        var again = await Client.PutAsJsonAsync($"/api/tracked/{id}/planner", new { planId, bucketId });
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Directory.GetFiles(Path.Combine(folder, "tasks"), "*.json"), Has.Length.EqualTo(files.Length), "exporting again makes no second file");
    }
}
