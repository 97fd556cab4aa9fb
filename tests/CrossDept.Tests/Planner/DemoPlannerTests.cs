using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrossDept.Auth;
using CrossDept.Planner;
using CrossDept.Tests.Support;
using CrossDept.Tracking;
using Microsoft.Extensions.DependencyInjection;
using static CrossDept.Tests.Support.HttpJson;

namespace CrossDept.Tests.Planner;

/// <summary>
/// Demo mode's Planner: a folder of JSON task files beside the demo mailbox's output, real storage the user can open and edit.
/// Exporting writes one file per agreement; setting percentComplete to 100 in a file marks the agreement done on the board.
/// </summary>
public sealed class DemoPlannerTests : DemoMailboxTest
{

    [Test]
    public async Task TheSchedulersReconciliationMarksDoneWhatWasCompletedInTheDemoPlanner()
    {
        var (id, agreementId, taskFile) = await ExportChurnAsync();
        var json = JsonNode.Parse(File.ReadAllText(taskFile))!;
        json["percentComplete"] = 100;
        File.WriteAllText(taskFile, json.ToJsonString());

        // What api/Following's scheduler calls on its pass, with no request and no pane.
        var synced = await Api.Services.GetRequiredService<PlannerExports>().ReconcileAsync(
            new Owner(DemoMailbox.TenantId, DemoMailbox.ObjectId), Api.Services.GetRequiredService<IPlanner>(), CancellationToken.None);
        var after = await Body(await Client.GetAsync($"/api/tracked/{id}"));
        Assert.Multiple(() =>
        {
            Assert.That(synced, Is.EqualTo(1));
            Assert.That(after["agreements"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == agreementId)!["status"]!.GetValue<string>(), Is.EqualTo("done"));
        });
    }

    async Task<(string Id, string AgreementId, string TaskFile)> ExportChurnAsync()
    {
        var conversations = await Body(await Client.GetAsync("/api/mailbox/conversations"));
        var churn = conversations.AsArray().First(c => c!["subject"]!.GetValue<string>().Contains("churn", StringComparison.OrdinalIgnoreCase))!["id"]!.GetValue<string>();
        var analysis = await Body(await Client.GetAsync($"/api/mailbox/conversations/{Uri.EscapeDataString(churn)}/analysis"));
        var tracked = await Body(await Client.PostAsJsonAsync("/api/tracked", new { conversationId = churn, analysis }));
        var plans = await Body(await Client.GetAsync("/api/planner/plans"));
        var planId = plans[0]!["id"]!.GetValue<string>();
        var bucketId = (await Body(await Client.GetAsync($"/api/planner/plans/{planId}/buckets")))[0]!["id"]!.GetValue<string>();
        var view = await Body(await Client.PutAsJsonAsync($"/api/tracked/{tracked["id"]}/planner", new { planId, bucketId }));
        var first = tracked["agreements"]![0]!;
        var task = view["tasks"]!.AsArray().Single(t => t!["agreementId"]!.GetValue<string>() == first["id"]!.GetValue<string>())!["taskId"]!.GetValue<string>();
        return (tracked["id"]!.GetValue<string>(), first["id"]!.GetValue<string>(), Path.Combine(view["folder"]!.GetValue<string>(), "tasks", task + ".json"));
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
