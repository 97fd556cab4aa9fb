namespace CrossDept.Planner;

/// <summary>A plan the user can export to.</summary>
/// <remarks>owner: the Microsoft 365 group that owns it (a group id; the demo's own name in demo mode).</remarks>
public sealed record PlannerPlanView(string Id, string Title, string? Owner);

/// <summary>A bucket (column) of a plan.</summary>
public sealed record PlannerBucketView(string Id, string Name);

/// <summary>A task to make: one per agreement, assigned to its owner (a user id; null when the directory does not know them).</summary>
public sealed record NewPlannerTask(string PlanId, string BucketId, string Title, DateOnly? Due, string? AssigneeId, string Description);

/// <summary>A task as Planner has it now; the etag is what a change must send in If-Match.</summary>
public sealed record PlannerTaskState(string Id, string Title, DateOnly? Due, int PercentComplete, string? ETag)
{
    public bool Done => PercentComplete >= 100;
}

/// <summary>What to change on a task (null: leave as it is).</summary>
public sealed record PlannerTaskChange(string? Title = null, DateOnly? Due = null, int? PercentComplete = null);

/// <summary>
/// Microsoft Planner as the export needs it: Graph in a tenant (<see cref="GraphPlanner"/>), a folder of JSON files in demo
/// mode (<see cref="DemoPlanner"/>). Changes carry the item's etag in If-Match; an implementation retries once with a fresh
/// etag when Planner answers 412 (someone changed the task meanwhile).
/// </summary>
public interface IPlanner
{
    Task<IReadOnlyList<PlannerPlanView>> PlansAsync(CancellationToken ct);

    /// <summary>The plan's buckets; null when there is no such plan (or the user cannot see it).</summary>
    Task<IReadOnlyList<PlannerBucketView>?> BucketsAsync(string planId, CancellationToken ct);

    /// <summary>The user id Planner assigns tasks to, for an address; null when the directory has no such user.</summary>
    Task<string?> UserIdAsync(string address, CancellationToken ct);

    /// <summary>Makes the task, then writes its description (task details, with their own etag).</summary>
    Task<PlannerTaskState> CreateTaskAsync(NewPlannerTask task, CancellationToken ct);

    /// <summary>The task now; null when it was deleted in Planner.</summary>
    Task<PlannerTaskState?> TaskAsync(string taskId, CancellationToken ct);

    /// <summary>Changes the task (If-Match with the etag; one retry with a fresh one on 412). False when it was deleted.</summary>
    Task<bool> UpdateTaskAsync(string taskId, string? etag, PlannerTaskChange change, CancellationToken ct);

    /// <summary>Where the user opens the plan (null when there is no web address, as in the demo).</summary>
    string? PlanLink(string tenantId, string planId);

    /// <summary>Where the user sees the tasks outside Planner, for the demo: its folder; null in a tenant.</summary>
    string? Folder { get; }
}
