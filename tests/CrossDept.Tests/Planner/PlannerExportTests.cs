using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrossDept.Storage;
using CrossDept.Tests.Storage;
using CrossDept.Tests.Support.FakeGraph;
using CrossDept.Threads;
using static CrossDept.Tests.Tracking.Analyses;
using static CrossDept.Tests.Support.HttpJson;

namespace CrossDept.Tests.Planner;

/// <summary>
/// A tracked conversation exported to Planner through HTTP against the fake Graph's Planner, on both engines: one task per
/// agreement (assigned, due, quote in the details), idempotent, done kept in step both ways, a stale etag retried, throttling
/// honoured, and Graph's errors as ProblemDetails.
/// </summary>
[TestFixture(StorageProvider.Sqlite)]
[TestFixture(StorageProvider.Postgres)]
public sealed class PlannerExportTests(StorageProvider provider)
{
    static readonly JsonSerializerOptions Json = AnalysisJson.Options;

    TestDatabase? database;
    GraphTenant tenant = null!;
    HttpClient jane = null!;
    FakePlan plan = null!;
    string trackedId = null!;
    JsonNode tracked = null!;

    [SetUp]
    public async Task Start()
    {
        database = await TestDatabase.CreateAsync(provider, migrate: false);
        tenant = await GraphTenant.StartAsync(database.ApiSettings());
        tenant.Graph.Data.AddUser(new FakeUser(Raj.Address, "Raj Patel", "Sales Operations Analyst", "Sales Operations", ["+1 555 010 3311"], null));
        plan = tenant.Graph.AddPlan("CX dashboard launch", "To do", "Waiting on others");
        tenant.Graph.AddPlan("Another team's plan", "Backlog");
        jane = tenant.Client();
        var response = await jane.PostAsJsonAsync("/api/tracked", new
        {
            conversationId = "AAQkADplanner",
            analysis = Of("Churn and refund data for the CX dashboard",
                [Replied(Raj, "2026-11-02T09:00:00-05:00", "2026-11-02T11:40:00-05:00"), Waiting(Tom, 1, "2026-11-02T09:00:00-05:00")],
                [Agreement(Raj, "pull the churn export", "2026-12-04", "Sure - I can pull the churn export by end of day Wednesday."),
                 Agreement(Tom, "send the refund list", "2026-12-07", "I'll send the refund list on Monday.")]),
        }, Json);
        tracked = await Body(response);
        trackedId = tracked["id"]!.GetValue<string>();
    }

    [TearDown]
    public async Task Stop()
    {
        if (database is null)
            return;
        jane.Dispose();
        await tenant.DisposeAsync();
        await database.DisposeAsync();
    }


    string AgreementId(string what) =>
        tracked["agreements"]!.AsArray().Single(a => a!["what"]!.GetValue<string>() == what)!["id"]!.GetValue<string>();

    Task<HttpResponseMessage> ExportAsync(string? bucket = null) =>
        jane.PutAsJsonAsync($"/api/tracked/{trackedId}/planner", new { planId = plan.Id, bucketId = bucket ?? plan.Buckets[1].Id });

    FakePlannerTask TaskOf(string title) => tenant.Graph.PlannerTasks.Values.Single(t => t.Title == title);

    async Task<string> StatusOnTheBoardAsync(string what) =>
        (await Body(await jane.GetAsync($"/api/tracked/{trackedId}")))["agreements"]!.AsArray()
            .Single(a => a!["what"]!.GetValue<string>() == what)!["status"]!.GetValue<string>();

    [Test]
    public async Task ExportMakesOneAssignedTaskPerAgreementWithItsDueDateAndQuoteAndExportingAgainMakesNoMore()
    {
        var plans = await Body(await jane.GetAsync("/api/planner/plans"));
        var buckets = await Body(await jane.GetAsync($"/api/planner/plans/{plan.Id}/buckets"));
        Assert.That(plans.AsArray().Select(p => p!["title"]!.GetValue<string>()), Is.EquivalentTo(new[] { "CX dashboard launch", "Another team's plan" }));
        Assert.That(buckets.AsArray().Select(b => b!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "To do", "Waiting on others" }));

        tenant.Graph.ClearRequests();
        var first = await ExportAsync();
        var firstCost = tenant.Graph.WireRequests;
        var firstRequests = tenant.Graph.Received();
        tenant.Graph.ClearRequests();
        var second = await ExportAsync();
        var secondCost = tenant.Graph.WireRequests;
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created), await first.Content.ReadAsStringAsync());
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var view = await Body(second);
        var churn = TaskOf("pull the churn export");
        Assert.Multiple(() =>
        {
            Assert.That(tenant.Graph.PlannerTasks, Has.Count.EqualTo(2), "one task per agreement, however often exported");
            // The cost: buckets and plans, then per agreement the owner's id, the task, its details read and written; then each task read.
            Assert.That(firstCost, Is.EqualTo(2 + 2 * 4 + 2), "Graph requests of the first export of 2 agreements");
            Assert.That(secondCost, Is.EqualTo(2 + 2 + 2), "Graph requests of exporting again: nothing made, each task read to compare and to sync");
            Assert.That(firstRequests.Where(r => r.Method == "POST" && r.Path == "/planner/tasks").ToArray(), Has.Length.EqualTo(2));
            Assert.That(tenant.Graph.Received(r => r.Method == "POST"), Is.Empty, "exporting again posts nothing");
            Assert.That(churn.AssigneeIds, Is.EqualTo(new[] { FakeGraphServer.DirectoryId(Raj.Address) }), "assigned to the owner's user id");
            Assert.That(churn.Json["bucketId"]!.GetValue<string>(), Is.EqualTo(plan.Buckets[1].Id));
            Assert.That(churn.Json["dueDateTime"]!.GetValue<string>(), Does.StartWith("2026-12-04T12:00:00"));
            Assert.That(churn.Description, Does.Contain("\u201CSure - I can pull the churn export by end of day Wednesday.\u201D"));
            Assert.That(firstRequests.Where(r => r.Method == "PATCH" && r.Path.EndsWith("/details", StringComparison.Ordinal))
                .Select(r => r.Header("If-Match")).ToArray(), Has.Length.EqualTo(2).And.All.StartWith("W/\""), "details are changed with If-Match");
            Assert.That(view["planTitle"]!.GetValue<string>(), Is.EqualTo("CX dashboard launch"));
            Assert.That(view["bucketName"]!.GetValue<string>(), Is.EqualTo("Waiting on others"));
            Assert.That(view["link"]!.GetValue<string>(), Does.Contain(plan.Id));
            Assert.That(view["tasks"]!.AsArray().Select(t => t!["state"]!.GetValue<string>()), Is.EqualTo(new[] { "open", "open" }));
        });
    }

    [Test]
    public async Task ATaskMarkedDoneInPlannerShowsDoneOnTheBoard()
    {
        await Body(await ExportAsync());
        tenant.Graph.CompletePlannerTask(TaskOf("pull the churn export").Id);

        var view = await Body(await jane.GetAsync($"/api/tracked/{trackedId}/planner"));
        var board = await Body(await jane.GetAsync("/api/board"));
        Assert.Multiple(async () =>
        {
            Assert.That(await StatusOnTheBoardAsync("pull the churn export"), Is.EqualTo("done"));
            Assert.That(await StatusOnTheBoardAsync("send the refund list"), Is.EqualTo("open"));
            Assert.That(view["tasks"]!.AsArray().Single(t => t!["what"]!.GetValue<string>() == "pull the churn export")!["state"]!.GetValue<string>(), Is.EqualTo("done"));
            Assert.That(board.ToJsonString(), Does.Not.Contain("pull the churn export"), "off the board's open piles");
        });
    }

    [Test]
    public async Task AnAgreementDoneOnTheBoardCompletesItsTaskRetryingAStaleEtag()
    {
        await Body(await ExportAsync());
        var task = TaskOf("send the refund list");
        tenant.Graph.EditedMeanwhile[task.Id] = 1;   // someone edits the task in Planner between our read and our write

        await Body(await jane.PostAsJsonAsync($"/api/tracked/{trackedId}/agreements/{AgreementId("send the refund list")}/done", new { }));
        var view = await Body(await jane.GetAsync($"/api/tracked/{trackedId}/planner"));

        var patches = tenant.Graph.Received(r => r.Method == "PATCH" && r.Path == $"/planner/tasks/{task.Id}");
        Assert.Multiple(() =>
        {
            Assert.That(task.PercentComplete, Is.EqualTo(100));
            Assert.That(patches, Has.Count.EqualTo(2), "412 on the stale etag, then once more with a fresh one");
            Assert.That(patches[0].Header("If-Match"), Is.Not.EqualTo(patches[1].Header("If-Match")));
            Assert.That(patches.Select(p => JsonNode.Parse(p.Body)!["percentComplete"]?.GetValue<int>()), Is.EqualTo(new int?[] { 100, 100 }),
                "the retry carries the change too");
            Assert.That(TaskOf("pull the churn export").PercentComplete, Is.Zero);
            Assert.That(view["tasks"]!.AsArray().Single(t => t!["what"]!.GetValue<string>() == "send the refund list")!["doneInPlanner"]!.GetValue<bool>(), Is.True);
        });
    }

    [Test]
    public async Task PlannerThrottlingIsWaitedOutAsRetryAfterSays()
    {
        tenant.Graph.Inject(new Fault("POST", "^/planner/tasks$", FaultKind.Throttle, Times: 1, RetryAfterSeconds: 1));
        var response = await ExportAsync();
        var posts = tenant.Graph.Received(r => r.Method == "POST" && r.Path == "/planner/tasks");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(tenant.Graph.PlannerTasks, Has.Count.EqualTo(2), "the throttled POST made nothing; its retry did");
            Assert.That(posts, Has.Count.EqualTo(3));
            Assert.That(posts[1].ReceivedAt - posts[0].ReceivedAt, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950)));
        });
    }

    [Test]
    public async Task UnknownPlansBucketsAndConversationsAndGraphRefusalsAreProblemDetails()
    {
        var unknownPlan = await jane.PutAsJsonAsync($"/api/tracked/{trackedId}/planner", new { planId = "nope", bucketId = "nope" });
        var unknownBucket = await jane.PutAsJsonAsync($"/api/tracked/{trackedId}/planner", new { planId = plan.Id, bucketId = "nope" });
        var noBody = await jane.PutAsJsonAsync($"/api/tracked/{trackedId}/planner", new { });
        var untracked = await jane.PutAsJsonAsync("/api/tracked/not-mine/planner", new { planId = plan.Id, bucketId = plan.Buckets[0].Id });
        var notExported = await jane.GetAsync($"/api/tracked/{trackedId}/planner");
        var bucketsOfNothing = await jane.GetAsync("/api/planner/plans/nope/buckets");
        tenant.Graph.Inject(new Fault("GET", "^/me/planner/plans$", FaultKind.Forbidden));
        var forbidden = await jane.GetAsync("/api/planner/plans");
        Assert.Multiple(() =>
        {
            Assert.That(unknownPlan.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(unknownBucket.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(noBody.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(untracked.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(notExported.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(bucketsOfNothing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(forbidden.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            foreach (var r in new[] { unknownPlan, unknownBucket, noBody, untracked, notExported, bucketsOfNothing, forbidden })
                Assert.That(r.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(tenant.Graph.PlannerTasks, Is.Empty);
        });
    }
}
