using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrossDept.Planner;

/// <summary>
/// The demo's stand-in for Planner: real storage the user can see and change, a folder beside the demo mailbox's output.
/// <c>plans.json</c> lists the plans and their buckets (seeded with two plans on first use); each task is
/// <c>tasks/{id}.json</c> in Planner's plannerTask shape (title, planId, bucketId, dueDateTime, percentComplete,
/// assignments keyed by user id — in the demo the owner's address —, and details.description). Set
/// <c>"percentComplete": 100</c> in a task's file and the next sync marks the agreement done on the board. The etag is a hash
/// of the file, so an edit made meanwhile is noticed as Planner's 412 would be.
/// </summary>
public sealed class DemoPlanner : IPlanner
{
    static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    readonly SemaphoreSlim gate = new(1, 1);

    public DemoPlanner(string folder)
    {
        Folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(Path.Combine(Folder, "tasks"));
        var plans = Path.Combine(Folder, "plans.json");
        if (!File.Exists(plans))
            File.WriteAllText(plans, new JsonObject
            {
                ["_about"] = "The demo's Planner plans (what GET /me/planner/plans and /planner/plans/{id}/buckets give in a tenant). "
                    + "Tasks exported to them are the files in tasks/; set percentComplete to 100 in one to mark it done in 'Planner'.",
                ["plans"] = new JsonArray(
                    Plan("demo-plan-cx", "Customer Experience — cross-team asks", "Customer Experience", ("demo-bucket-cx-todo", "To do"),
                        ("demo-bucket-cx-doing", "In progress"), ("demo-bucket-cx-done", "Done")),
                    Plan("demo-plan-dashboard", "CX dashboard launch", "Customer Experience", ("demo-bucket-dash-data", "Data"),
                        ("demo-bucket-dash-signoff", "Sign-off"))),
            }.ToJsonString(Indented));
    }

    public string Folder { get; }

    static JsonObject Plan(string id, string title, string owner, params (string Id, string Name)[] buckets) => new()
    {
        ["id"] = id,
        ["title"] = title,
        ["owner"] = owner,
        ["buckets"] = new JsonArray(buckets.Select(b => (JsonNode)new JsonObject { ["id"] = b.Id, ["name"] = b.Name }).ToArray()),
    };

    JsonArray ReadPlans() => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "plans.json")))?["plans"]?.AsArray() ?? [];

    public Task<IReadOnlyList<PlannerPlanView>> PlansAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<PlannerPlanView>>(ReadPlans().OfType<JsonObject>()
            .Select(p => new PlannerPlanView(Str(p, "id")!, Str(p, "title") ?? "(untitled plan)", Str(p, "owner"))).ToArray());

    public Task<IReadOnlyList<PlannerBucketView>?> BucketsAsync(string planId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<PlannerBucketView>?>(ReadPlans().OfType<JsonObject>().FirstOrDefault(p => Str(p, "id") == planId) is { } plan
            ? (plan["buckets"]?.AsArray() ?? []).OfType<JsonObject>().Select(b => new PlannerBucketView(Str(b, "id")!, Str(b, "name") ?? "")).ToArray()
            : null);

    /// <summary>The demo has no directory ids: a task is assigned to the owner's address.</summary>
    public Task<string?> UserIdAsync(string address, CancellationToken ct) => Task.FromResult<string?>(address.Trim().ToLowerInvariant());

    public async Task<PlannerTaskState> CreateTaskAsync(NewPlannerTask task, CancellationToken ct)
    {
        var id = "demo-task-" + Guid.NewGuid().ToString("N")[..12];
        var json = new JsonObject
        {
            ["id"] = id,
            ["planId"] = task.PlanId,
            ["bucketId"] = task.BucketId,
            ["title"] = task.Title,
            ["percentComplete"] = 0,
            ["dueDateTime"] = task.Due is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T12:00:00Z" : null,
            ["createdDateTime"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["assignments"] = task.AssigneeId is { } who
                ? new JsonObject { [who] = new JsonObject { ["@odata.type"] = "#microsoft.graph.plannerAssignment", ["orderHint"] = " !" } }
                : new JsonObject(),
            ["details"] = new JsonObject { ["description"] = task.Description },
        };
        await gate.WaitAsync(ct);
        try
        {
            await File.WriteAllTextAsync(PathOf(id), json.ToJsonString(Indented), ct);
            return State(json, ETagOf(PathOf(id)));
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<PlannerTaskState?> TaskAsync(string taskId, CancellationToken ct)
    {
        var path = PathOf(taskId);
        if (!File.Exists(path))
            return null;
        return JsonNode.Parse(await File.ReadAllTextAsync(path, ct)) is JsonObject json ? State(json, ETagOf(path)) : null;
    }

    public async Task<bool> UpdateTaskAsync(string taskId, string? etag, PlannerTaskChange change, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            var path = PathOf(taskId);
            if (!File.Exists(path))
                return false;
            // The file is read afresh whatever etag was sent: Planner's "412, read again, retry once" in one step.
            if (JsonNode.Parse(await File.ReadAllTextAsync(path, ct)) is not JsonObject json)
                return false;
            if (change.Title is { } title)
                json["title"] = title;
            if (change.Due is { } due)
                json["dueDateTime"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T12:00:00Z";
            if (change.PercentComplete is { } percent)
            {
                json["percentComplete"] = percent;
                if (percent >= 100)
                    json["completedDateTime"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            }
            await File.WriteAllTextAsync(path, json.ToJsonString(Indented), ct);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    public string? PlanLink(string tenantId, string planId) => null;

    /// <summary>Task ids are ours (demo-task-…); anything else is refused before it becomes a path.</summary>
    string PathOf(string taskId) =>
        taskId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && taskId.Length <= 64
            ? Path.Combine(Folder, "tasks", taskId + ".json")
            : Path.Combine(Folder, "tasks", "not-a-task-id.json");

    static string ETagOf(string path) => "W/\"" + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))[..16] + "\"";

    static PlannerTaskState State(JsonObject json, string etag)
    {
        var due = Str(json, "dueDateTime") is { Length: >= 10 } text
            && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        var percent = json["percentComplete"] is JsonValue v && v.TryGetValue<int>(out var p) ? p
            : json["percentComplete"] is JsonValue dv && dv.TryGetValue<double>(out var pd) ? (int)pd : 0;
        return new PlannerTaskState(Str(json, "id") ?? "", Str(json, "title") ?? "", due, percent, etag);
    }

    static string? Str(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
