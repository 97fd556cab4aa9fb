using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace CrossDept.Planner;

/// <summary>
/// Planner through Microsoft Graph v1.0, acting for the user: GET /me/planner/plans, GET /planner/plans/{id}/buckets,
/// GET /users/{address}?$select=id, POST /planner/tasks, GET/PATCH /planner/tasks/{id} and /planner/tasks/{id}/details with
/// If-Match. Throttling (429 with Retry-After) is honoured by the one resilience layer (api/Graph/GraphResilience.cs); any other
/// Graph error becomes ProblemDetails in api/Graph/GraphProblems.cs.
/// </summary>
public sealed class GraphPlanner(GraphServiceClient graph) : IPlanner
{
    public string? Folder => null;

    public async Task<IReadOnlyList<PlannerPlanView>> PlansAsync(CancellationToken ct)
    {
        var plans = new List<PlannerPlanView>();
        var page = await graph.Me.Planner.Plans.GetAsync(cancellationToken: ct);
        while (page is not null)
        {
            plans.AddRange((page.Value ?? []).Where(p => p.Id is not null).Select(p => new PlannerPlanView(p.Id!, p.Title ?? "(untitled plan)", p.Owner)));
            page = page.OdataNextLink is { } next ? await graph.Me.Planner.Plans.WithUrl(next).GetAsync(cancellationToken: ct) : null;
        }
        return plans;
    }

    public async Task<IReadOnlyList<PlannerBucketView>?> BucketsAsync(string planId, CancellationToken ct)
    {
        try
        {
            var buckets = new List<PlannerBucketView>();
            var page = await graph.Planner.Plans[planId].Buckets.GetAsync(cancellationToken: ct);
            while (page is not null)
            {
                buckets.AddRange((page.Value ?? []).Where(b => b.Id is not null).Select(b => new PlannerBucketView(b.Id!, b.Name ?? "(untitled bucket)")));
                page = page.OdataNextLink is { } next ? await graph.Planner.Plans[planId].Buckets.WithUrl(next).GetAsync(cancellationToken: ct) : null;
            }
            return buckets;
        }
        catch (ApiException e) when (e.ResponseStatusCode is 404 or 403)
        {
            return null;
        }
    }

    public async Task<string?> UserIdAsync(string address, CancellationToken ct)
    {
        try
        {
            return (await graph.Users[address.Trim()].GetAsync(r => r.QueryParameters.Select = ["id"], ct))?.Id;
        }
        catch (ApiException e) when (e.ResponseStatusCode is 404 or 400)
        {
            return null;
        }
    }

    public async Task<PlannerTaskState> CreateTaskAsync(NewPlannerTask task, CancellationToken ct)
    {
        var body = new PlannerTask { PlanId = task.PlanId, BucketId = task.BucketId, Title = task.Title };
        if (task.Due is not null)
            body.DueDateTime = Due(task.Due);
        if (task.AssigneeId is { } assignee)
            body.Assignments = new PlannerAssignments
            {
                // Planner's shape: a map from user id to a plannerAssignment; " !" puts it first in the assignee's list.
                AdditionalData = new Dictionary<string, object> { [assignee] = new PlannerAssignment { OrderHint = " !" } },
            };
        var created = await graph.Planner.Tasks.PostAsync(body, cancellationToken: ct)
            ?? throw new InvalidOperationException("Microsoft Graph answered the new Planner task with no body.");
        await WithFreshETagOnce(
            async () => ETag((await graph.Planner.Tasks[created.Id].Details.GetAsync(cancellationToken: ct))?.AdditionalData),
            etag => graph.Planner.Tasks[created.Id].Details.PatchAsync(new PlannerTaskDetails { Description = task.Description },
                r => r.Headers.Add("If-Match", etag), ct));
        return State(created);
    }

    public async Task<PlannerTaskState?> TaskAsync(string taskId, CancellationToken ct)
    {
        try
        {
            return await graph.Planner.Tasks[taskId].GetAsync(cancellationToken: ct) is { } task ? State(task) : null;
        }
        catch (ApiException e) when (e.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    public async Task<bool> UpdateTaskAsync(string taskId, string? etag, PlannerTaskChange change, CancellationToken ct)
    {
        // A new body for each attempt: the SDK's backing store sends only what changed since the last serialisation, so a
        // retried object would go out empty. Only what changes is set: an assigned null would be sent as a null.
        PlannerTask Body()
        {
            var body = new PlannerTask();
            if (change.Title is { } title)
                body.Title = title;
            if (change.PercentComplete is { } percent)
                body.PercentComplete = percent;
            if (change.Due is { } due)
                body.DueDateTime = Due(due);
            return body;
        }
        try
        {
            var first = etag;
            await WithFreshETagOnce(
                async () =>
                {
                    if (first is { } known)
                    {
                        first = null;
                        return known;
                    }
                    return (await graph.Planner.Tasks[taskId].GetAsync(cancellationToken: ct))?.AdditionalData is { } data ? ETag(data) : null;
                },
                tag => graph.Planner.Tasks[taskId].PatchAsync(Body(), r => r.Headers.Add("If-Match", tag), ct));
            return true;
        }
        catch (ApiException e) when (e.ResponseStatusCode == 404)
        {
            return false;
        }
    }

    public string? PlanLink(string tenantId, string planId) =>
        $"https://tasks.office.com/{Uri.EscapeDataString(tenantId)}/Home/PlanViews/{Uri.EscapeDataString(planId)}";

    /// <summary>Planner refuses a change whose If-Match is stale (412): read the etag again and try once more.</summary>
    static async Task WithFreshETagOnce(Func<Task<string?>> readETag, Func<string, Task> write)
    {
        var etag = await readETag() ?? throw new InvalidOperationException("Microsoft Graph gave the Planner item no @odata.etag.");
        try
        {
            await write(etag);
        }
        catch (ApiException e) when (e.ResponseStatusCode == 412)
        {
            await write(await readETag() ?? throw new InvalidOperationException("Microsoft Graph gave the Planner item no @odata.etag."));
        }
    }

    static PlannerTaskState State(PlannerTask t) => new(t.Id!, t.Title ?? "", t.DueDateTime is { } d ? DateOnly.FromDateTime(d.UtcDateTime) : null,
        t.PercentComplete ?? 0, ETag(t.AdditionalData));

    /// <summary>Noon UTC: the due day stays the same day in every time zone from UTC-11 to UTC+11.</summary>
    static DateTimeOffset? Due(DateOnly? day) => day is { } d ? new DateTimeOffset(d.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero) : null;

    static string? ETag(IDictionary<string, object>? data) =>
        data is not null && data.TryGetValue("@odata.etag", out var value)
            ? value switch
            {
                string s => s,
                UntypedString u => u.GetValue(),
                _ => Convert.ToString(value, CultureInfo.InvariantCulture),
            }
            : null;
}
