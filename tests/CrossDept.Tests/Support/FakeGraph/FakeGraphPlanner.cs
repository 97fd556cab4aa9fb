using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CrossDept.Tests.Support.FakeGraph;

/// <summary>A Planner plan (plannerPlan) with its buckets (plannerBucket), owned by a Microsoft 365 group.</summary>
public sealed class FakePlan
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string GroupId { get; init; }
    public required IReadOnlyList<(string Id, string Name)> Buckets { get; init; }
}

/// <summary>A Planner task as Graph keeps it (plannerTask), its details (plannerTaskDetails) and each one's etag.</summary>
public sealed class FakePlannerTask
{
    public required string Id { get; init; }
    public required JsonObject Json { get; init; }
    public JsonObject Details { get; init; } = new();
    public string ETag { get; set; } = NewETag();
    public string DetailsETag { get; set; } = NewETag();
    public int PercentComplete => Json["percentComplete"]?.GetValue<int>() ?? 0;
    public string Title => Json["title"]!.GetValue<string>();
    public IReadOnlyList<string> AssigneeIds => Json["assignments"] is JsonObject a ? a.Select(p => p.Key).ToArray() : [];
    public string? Description => Details["description"]?.GetValue<string>();

    internal static string NewETag() => "W/\"JzEtVGFzayAg" + Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=') + "\"";
}

/// <summary>
/// Microsoft Planner as Graph v1.0 documents it: GET /me/planner/plans (plannerPlan: id, title, owner, container, @odata.etag);
/// GET /planner/plans/{id}/buckets (plannerBucket: id, name, planId, orderHint); POST /planner/tasks (planId and title required,
/// bucketId of that plan, assignments keyed by user id each a plannerAssignment with orderHint; 201 with the task and its
/// @odata.etag, percentComplete 0); GET /planner/tasks/{id}; GET /planner/tasks/{id}/details (description, previewType,
/// references, checklist); PATCH of a task or its details needs If-Match with the current etag (400 without it, 412 on a
/// mismatch) and answers 204 No Content, or 200 with the item under Prefer: return=representation; 404 for unknown ids.
/// </summary>
public sealed partial class FakeGraphServer
{
    public ConcurrentDictionary<string, FakePlan> Plans { get; } = new(StringComparer.Ordinal);
    public ConcurrentDictionary<string, FakePlannerTask> PlannerTasks { get; } = new(StringComparer.Ordinal);
    /// <summary>Tasks someone else edits in Planner just before our next PATCH of them arrives: that PATCH's etag is stale (412).</summary>
    public ConcurrentDictionary<string, int> EditedMeanwhile { get; } = new(StringComparer.Ordinal);

    /// <summary>The directory's object id of a user, as GET /users/{address} gives it (what Planner assigns to).</summary>
    public static string DirectoryId(string address) => UserId(address);

    public FakePlan AddPlan(string title, params string[] buckets)
    {
        var id = "xqQg5FS2LkCp935s" + Guid.NewGuid().ToString("N")[..12];
        var plan = new FakePlan
        {
            Id = id, Title = title, GroupId = Guid.NewGuid().ToString(),
            Buckets = buckets.Select(b => ("hsOf2dhOJkqyYYZEtdzDe" + Guid.NewGuid().ToString("N")[..10], b)).ToArray(),
        };
        Plans[id] = plan;
        return plan;
    }

    /// <summary>What a person does in Planner: marks the task complete (percentComplete 100; a new etag).</summary>
    public void CompletePlannerTask(string id)
    {
        var task = PlannerTasks[id];
        task.Json["percentComplete"] = 100;
        task.Json["completedDateTime"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        task.ETag = FakePlannerTask.NewETag();
    }

    Reply? HandlePlanner(GraphRequest r, string path)
    {
        Match m;
        if (r.Method == "GET" && Regex.IsMatch(path, "^/me/planner/plans$", RegexOptions.IgnoreCase))
            return new Reply(200, new JsonObject
            {
                ["@odata.context"] = $"{Root}/$metadata#Collection(microsoft.graph.plannerPlan)",
                ["value"] = new JsonArray(Plans.Values.OrderBy(p => p.Title, StringComparer.Ordinal).Select(p => (JsonNode)PlanJson(p)).ToArray()),
            });
        if (r.Method == "GET" && (m = Regex.Match(path, "^/planner/plans/([^/]+)/buckets$", RegexOptions.IgnoreCase)).Success)
        {
            if (!Plans.TryGetValue(m.Groups[1].Value, out var plan))
                return NotFoundPlanner();
            return new Reply(200, new JsonObject
            {
                ["@odata.context"] = $"{Root}/$metadata#planner/plans('{plan.Id}')/buckets",
                ["value"] = new JsonArray(plan.Buckets.Select((b, i) => (JsonNode)new JsonObject
                {
                    ["@odata.etag"] = "W/\"JzEtQnVja2V0QEBAQEBAQEBAQEBAQEBARCc=\"",
                    ["name"] = b.Name,
                    ["planId"] = plan.Id,
                    ["orderHint"] = new string('8', i + 1) + "5!",
                    ["id"] = b.Id,
                }).ToArray()),
            });
        }
        if (r.Method == "POST" && Regex.IsMatch(path, "^/planner/tasks$", RegexOptions.IgnoreCase))
            return CreatePlannerTask(r);
        if ((m = Regex.Match(path, "^/planner/tasks/([^/]+)(/details)?$", RegexOptions.IgnoreCase)).Success)
        {
            if (!PlannerTasks.TryGetValue(m.Groups[1].Value, out var task))
                return NotFoundPlanner();
            var details = m.Groups[2].Success;
            if (r.Method == "GET")
                return new Reply(200, details ? DetailsJson(task) : TaskJson(task));
            if (r.Method == "PATCH")
                return PatchPlanner(r, task, details);
        }
        return null;
    }

    Reply CreatePlannerTask(GraphRequest r)
    {
        if (Json(r.Body) is not JsonObject body)
            return Error(400, "BadRequest", "The request body is required.");
        var planId = body["planId"]?.GetValue<string>();
        if (string.IsNullOrEmpty(planId) || string.IsNullOrEmpty(body["title"]?.GetValue<string>()))
            return Error(400, "BadRequest", "Schema validation has failed. Validation for field 'PlanId' on entity 'Task' has failed: A non-null value must be specified for this field.");
        if (!Plans.TryGetValue(planId, out var plan))
            return NotFoundPlanner();
        var bucketId = body["bucketId"]?.GetValue<string>();
        if (bucketId is not null && plan.Buckets.All(b => b.Id != bucketId))
            return Error(400, "BadRequest", "The bucket does not belong to the plan.");
        if (body["assignments"] is JsonObject assignments)
            foreach (var (userId, assignment) in assignments)
            {
                if (Data.Users.Values.All(u => UserId(u.Address) != userId))
                    return Error(400, "BadRequest", $"The user '{userId}' cannot be assigned: not a member of the plan's group.");
                if (assignment?["@odata.type"]?.GetValue<string>() != "#microsoft.graph.plannerAssignment" || assignment["orderHint"] is null)
                    return Error(400, "BadRequest", "Schema validation has failed: an assignment needs @odata.type #microsoft.graph.plannerAssignment and orderHint.");
            }
        var id = "01gzSlKkIUSUl6DF_EilrmQAKDhh" + Guid.NewGuid().ToString("N")[..8];
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        var task = new FakePlannerTask
        {
            Id = id,
            Json = new JsonObject
            {
                ["planId"] = planId,
                ["bucketId"] = bucketId,
                ["title"] = body["title"]!.GetValue<string>(),
                ["orderHint"] = "8585269241124027415P&",
                ["assigneePriority"] = "",
                ["percentComplete"] = 0,
                ["hasDescription"] = false,
                ["createdDateTime"] = now,
                ["dueDateTime"] = body["dueDateTime"]?.DeepClone(),
                ["completedDateTime"] = null,
                ["referenceCount"] = 0,
                ["checklistItemCount"] = 0,
                ["activeChecklistItemCount"] = 0,
                ["conversationThreadId"] = null,
                ["id"] = id,
                ["createdBy"] = new JsonObject { ["user"] = new JsonObject { ["id"] = UserId(Data.Me) } },
                ["appliedCategories"] = new JsonObject(),
                ["assignments"] = Assigned(body["assignments"] as JsonObject, now),
            },
            Details = new JsonObject { ["description"] = "", ["previewType"] = "automatic", ["references"] = new JsonObject(), ["checklist"] = new JsonObject() },
        };
        PlannerTasks[id] = task;
        return new Reply(201, TaskJson(task));
    }

    JsonObject Assigned(JsonObject? assignments, string now)
    {
        var result = new JsonObject();
        foreach (var (userId, assignment) in assignments ?? [])
            result[userId] = new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.plannerAssignment",
                ["assignedDateTime"] = now,
                ["orderHint"] = assignment!["orderHint"]!.DeepClone(),
                ["assignedBy"] = new JsonObject { ["user"] = new JsonObject { ["id"] = UserId(Data.Me) } },
            };
        return result;
    }

    Reply PatchPlanner(GraphRequest r, FakePlannerTask task, bool details)
    {
        var ifMatch = r.Header("If-Match");
        if (string.IsNullOrEmpty(ifMatch))
            return Error(400, "BadRequest", "The If-Match header must be specified for this kind of request.");
        if (!details && EditedMeanwhile.TryRemove(task.Id, out _))
            task.ETag = FakePlannerTask.NewETag();   // someone else's change landed first
        if (ifMatch != (details ? task.DetailsETag : task.ETag))
            return Error(412, "PreconditionFailed", "The request is invalid: the If-Match value does not match the current etag of the resource.");
        if (Json(r.Body) is not JsonObject patch)
            return Error(400, "BadRequest", "The request body is required.");
        var target = details ? task.Details : task.Json;
        foreach (var (name, value) in patch.ToArray())
            if (name != "@odata.type")
                target[name] = value?.DeepClone();
        if (details)
        {
            task.DetailsETag = FakePlannerTask.NewETag();
            task.Json["hasDescription"] = !string.IsNullOrEmpty(task.Description);
        }
        else
        {
            task.ETag = FakePlannerTask.NewETag();
            if (task.PercentComplete == 100)
                task.Json["completedDateTime"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        }
        return (r.Header("Prefer") ?? "").Contains("return=representation", StringComparison.OrdinalIgnoreCase)
            ? new Reply(200, details ? DetailsJson(task) : TaskJson(task))
            : new Reply(204, null);
    }

    static JsonObject TaskJson(FakePlannerTask t)
    {
        var json = new JsonObject { ["@odata.context"] = $"{Root}/$metadata#planner/tasks/$entity", ["@odata.etag"] = t.ETag };
        foreach (var (name, value) in t.Json)
            json[name] = value?.DeepClone();
        return json;
    }

    static JsonObject DetailsJson(FakePlannerTask t)
    {
        var json = new JsonObject { ["@odata.context"] = $"{Root}/$metadata#planner/tasks('{t.Id}')/details/$entity", ["@odata.etag"] = t.DetailsETag };
        foreach (var (name, value) in t.Details)
            json[name] = value?.DeepClone();
        json["id"] = t.Id;
        return json;
    }

    static JsonObject PlanJson(FakePlan p) => new()
    {
        ["@odata.etag"] = "W/\"JzEtUGxhbiAgQEBAQEBAQEBAQEBAQEBAWCc=\"",
        ["createdDateTime"] = "2026-09-01T17:30:00.0000000Z",
        ["owner"] = p.GroupId,
        ["title"] = p.Title,
        ["id"] = p.Id,
        ["createdBy"] = new JsonObject { ["user"] = new JsonObject { ["id"] = Guid.NewGuid().ToString() } },
        ["container"] = new JsonObject
        {
            ["containerId"] = p.GroupId,
            ["type"] = "group",
            ["url"] = $"https://graph.microsoft.com/v1.0/groups/{p.GroupId}",
        },
    };

    static Reply NotFoundPlanner() => Error(404, "", "The requested item is not found.");
}
