using System.Globalization;
using CrossDept.Storage;
using CrossDept.Tracking;
using Dapper;

namespace CrossDept.Planner;

/// <summary>A tracked conversation's export to Planner: where, when, and each agreement's task.</summary>
/// <remarks>link: the plan in Planner on the web (null in the demo); folder: the demo Planner's folder (null in a tenant).</remarks>
public sealed record PlannerExportView(string TrackedId, string PlanId, string? PlanTitle, string BucketId, string? BucketName,
    DateTimeOffset ExportedAt, DateTimeOffset? SyncedAt, string? Link, string? Folder, IReadOnlyList<PlannerTaskLink> Tasks);

/// <summary>One agreement's task. state: creating, open, done (done on both sides), gone (deleted in Planner).</summary>
public sealed record PlannerTaskLink(string AgreementId, string What, string? TaskId, string State, bool DoneOnBoard, bool DoneInPlanner);

/// <summary>
/// Exports a tracked conversation's agreements to a Planner plan and bucket, one task per agreement (assigned to its owner,
/// due date, the quote in the description), and keeps done in step both ways: 100% in Planner → done on the board; done on the
/// board → 100% in Planner. Exporting again updates the same tasks (the row per agreement is claimed before the task is made,
/// so nothing is made twice). Done is final on both sides: reopening a task in Planner does not reopen the agreement.
/// </summary>
public sealed class PlannerExports(Database db, TrackingStore tracking, TimeProvider clock, ILogger<PlannerExports> logger)
{
    const string Creating = "creating", Open = "open", Done = "done", Gone = "gone";

    public async Task<Change<PlannerExportView>> ExportAsync(Owner owner, string trackedId, string planId, string bucketId, IPlanner planner,
        CancellationToken ct)
    {
        var tracked = await tracking.GetAsync(owner, trackedId, clock.GetLocalNow(), ct);
        if (tracked is null)
            return Change<PlannerExportView>.NotFound();
        var buckets = await planner.BucketsAsync(planId, ct);
        if (buckets is null)
            return new(ChangeResult.Invalid, Problem: $"There is no Planner plan '{planId}' you can see.");
        var bucket = buckets.FirstOrDefault(b => b.Id == bucketId);
        if (bucket is null)
            return new(ChangeResult.Invalid, Problem: $"The plan has no bucket '{bucketId}'.");
        var existing = await ExportRowAsync(trackedId, ct);
        if (existing is not null && existing.PlanId != planId)
            return new(ChangeResult.Conflict, Problem: $"This conversation is already exported to the plan '{existing.PlanTitle ?? existing.PlanId}'; its tasks are there.");
        var planTitle = (await planner.PlansAsync(ct)).FirstOrDefault(p => p.Id == planId)?.Title;
        var now = clock.GetUtcNow();
        await db.WriteAsync((c, tx, token) => c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO planner_export (tracked_id, plan_id, plan_title, bucket_id, bucket_name, exported_at, synced_at)
            VALUES (@TrackedId, @PlanId, @PlanTitle, @BucketId, @BucketName, @Now, NULL)
            ON CONFLICT (tracked_id) DO UPDATE SET plan_title = @PlanTitle, bucket_id = @BucketId, bucket_name = @BucketName, exported_at = @Now
            """, new { TrackedId = trackedId, PlanId = planId, PlanTitle = planTitle, BucketId = bucketId, BucketName = bucket.Name, Now = Text(now) },
            tx, cancellationToken: token)), ct);

        var rows = (await RowsAsync(trackedId, ct)).ToDictionary(r => r.AgreementId);
        foreach (var a in tracked.Agreements.Where(a => a.Status != AgreementStatus.Dropped))
        {
            if (rows.TryGetValue(a.Id, out var row) && row.TaskId is { } taskId && row.Status != Gone)
            {
                // Exported before: the task follows the agreement as the user corrected it.
                var task = await planner.TaskAsync(taskId, ct);
                if (task is null)
                    await SetRowAsync(trackedId, a.Id, Gone, ct);
                else if (task.Title != a.What || task.Due != a.Due)
                    await planner.UpdateTaskAsync(taskId, task.ETag, new PlannerTaskChange(a.What, a.Due), ct);
                continue;
            }
            if (row is { Status: Creating })
                continue;   // being made by another request
            await CreateAsync(trackedId, tracked.Subject, a, planId, bucketId, planner, replace: row is { Status: Gone }, ct);
        }
        await SyncAsync(owner, trackedId, planner, ct);
        return new(ChangeResult.Done, await ViewAsync(owner, trackedId, planner, ct), Created: existing is null);
    }

    async Task CreateAsync(string trackedId, string subject, TrackedAgreement a, string planId, string bucketId, IPlanner planner, bool replace,
        CancellationToken ct)
    {
        var now = Text(clock.GetUtcNow());
        // The claim: only the request whose insert (or takeover of a task deleted in Planner) lands makes the task.
        var claimed = await db.WriteAsync((c, tx, token) => c.ExecuteAsync(new CommandDefinition(replace
            ? "UPDATE planner_task SET status = @Creating, task_id = NULL, updated_at = @Now WHERE tracked_id = @TrackedId AND agreement_id = @AgreementId AND status = @Gone"
            : """
              INSERT INTO planner_task (tracked_id, agreement_id, task_id, status, updated_at) VALUES (@TrackedId, @AgreementId, NULL, @Creating, @Now)
              ON CONFLICT (tracked_id, agreement_id) DO NOTHING
              """, new { TrackedId = trackedId, AgreementId = a.Id, Creating, Gone, Now = now }, tx, cancellationToken: token)), ct);
        if (claimed != 1)
            return;
        try
        {
            var assignee = await planner.UserIdAsync(a.Owner.Address, ct);
            var task = await planner.CreateTaskAsync(new NewPlannerTask(planId, bucketId, a.What, a.Due, assignee, Description(subject, a)), ct);
            await db.WriteAsync((c, tx, token) => c.ExecuteAsync(new CommandDefinition("""
                UPDATE planner_task SET task_id = @TaskId, status = @Open, updated_at = @Now WHERE tracked_id = @TrackedId AND agreement_id = @AgreementId
                """, new { TaskId = task.Id, Open, Now = Text(clock.GetUtcNow()), TrackedId = trackedId, AgreementId = a.Id }, tx, cancellationToken: token)), ct);
        }
        catch
        {
            // Not made: the claim goes, so exporting again tries again.
            await db.WriteAsync((c, tx, token) => c.ExecuteAsync(new CommandDefinition(
                "DELETE FROM planner_task WHERE tracked_id = @TrackedId AND agreement_id = @AgreementId AND task_id IS NULL",
                new { TrackedId = trackedId, AgreementId = a.Id }, tx, cancellationToken: token)), CancellationToken.None);
            throw;
        }
    }

    static string Description(string subject, TrackedAgreement a)
    {
        var lines = new List<string> { $"{a.Owner.Name ?? a.Owner.Address}: {a.What}" };
        if (a.Due is { } due)
            lines.Add("Due " + due.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture) + (a.DueText is { Length: > 0 } t ? $" (\u201C{t}\u201D)" : ""));
        if (!string.IsNullOrWhiteSpace(a.Quote))
            lines.Add($"As said in the conversation: \u201C{a.Quote.Trim()}\u201D");
        lines.Add($"From the conversation \u201C{subject}\u201D, followed up with CrossDept.");
        return string.Join("\n\n", lines);
    }

    /// <summary>
    /// Done in step, both ways, for one exported conversation; null when it is not exported (or not the owner's).
    /// Called when the pane opens or refreshes the conversation (GET /api/tracked/{id}/planner) and by <see cref="ReconcileAsync"/>.
    /// </summary>
    public async Task<PlannerExportView?> SyncAsync(Owner owner, string trackedId, IPlanner planner, CancellationToken ct)
    {
        var tracked = await tracking.GetAsync(owner, trackedId, clock.GetLocalNow(), ct);
        if (tracked is null || await ExportRowAsync(trackedId, ct) is null)
            return null;
        var agreements = tracked.Agreements.ToDictionary(a => a.Id);
        foreach (var row in (await RowsAsync(trackedId, ct)).Where(r => r.TaskId is not null && r.Status == Open))
        {
            if (!agreements.TryGetValue(row.AgreementId, out var agreement))
                continue;   // removed by the user: the task stays as it is
            var task = await planner.TaskAsync(row.TaskId!, ct);
            if (task is null)
            {
                await SetRowAsync(trackedId, row.AgreementId, Gone, ct);
                continue;
            }
            if (task.Done && agreement.Status == AgreementStatus.Open)
            {
                var change = await tracking.SetAgreementStatusAsync(owner, trackedId, agreement.Id, AgreementStatus.Done,
                    DateOnly.FromDateTime(clock.GetLocalNow().DateTime), null, clock.GetLocalNow(), ct);
                if (change.Result is ChangeResult.Done or ChangeResult.Unchanged)
                    await SetRowAsync(trackedId, row.AgreementId, Done, ct);
            }
            else if (agreement.Status == AgreementStatus.Done)
            {
                if (!task.Done && !await planner.UpdateTaskAsync(task.Id, task.ETag, new PlannerTaskChange(PercentComplete: 100), ct))
                {
                    await SetRowAsync(trackedId, row.AgreementId, Gone, ct);
                    continue;
                }
                await SetRowAsync(trackedId, row.AgreementId, Done, ct);
            }
        }
        await db.WriteAsync((c, tx, token) => c.ExecuteAsync(new CommandDefinition(
            "UPDATE planner_export SET synced_at = @Now WHERE tracked_id = @TrackedId", new { Now = Text(clock.GetUtcNow()), TrackedId = trackedId }, tx,
            cancellationToken: token)), ct);
        return await ViewAsync(owner, trackedId, planner, ct);
    }

    /// <summary>
    /// For the scheduler's reconciliation (api/Following): every exported conversation of the owner kept in step; returns how
    /// many were synced. A failing one is logged and left for the next pass.
    /// </summary>
    public async Task<int> ReconcileAsync(Owner owner, IPlanner planner, CancellationToken ct)
    {
        var ids = await db.ReadAsync(async (c, token) => (await c.QueryAsync<string>(new CommandDefinition("""
            SELECT e.tracked_id FROM planner_export e JOIN tracked_conversation t ON t.id = e.tracked_id
            WHERE t.tenant_id = @TenantId AND t.object_id = @ObjectId
            """, new { owner.TenantId, owner.ObjectId }, cancellationToken: token))).ToArray(), ct);
        var synced = 0;
        foreach (var id in ids)
            try
            {
                if (await SyncAsync(owner, id, planner, ct) is not null)
                    synced++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Planner: could not sync a tracked conversation of {Tenant}/{User}; tried again on the next pass", owner.TenantId, owner.ObjectId);
            }
        return synced;
    }

    /// <summary>The export as stored, without asking Planner; null when not exported or not the owner's.</summary>
    public async Task<PlannerExportView?> ViewAsync(Owner owner, string trackedId, IPlanner planner, CancellationToken ct)
    {
        var tracked = await tracking.GetAsync(owner, trackedId, clock.GetLocalNow(), ct);
        var export = tracked is null ? null : await ExportRowAsync(trackedId, ct);
        if (tracked is null || export is null)
            return null;
        var rows = (await RowsAsync(trackedId, ct)).ToDictionary(r => r.AgreementId);
        var tasks = tracked.Agreements.Where(a => rows.ContainsKey(a.Id)).Select(a =>
        {
            var row = rows[a.Id];
            return new PlannerTaskLink(a.Id, a.What, row.TaskId, row.Status, a.Status == AgreementStatus.Done, row.Status == Done);
        }).ToArray();
        return new PlannerExportView(trackedId, export.PlanId, export.PlanTitle, export.BucketId, export.BucketName, ParseInstant(export.ExportedAt),
            export.SyncedAt is null ? null : ParseInstant(export.SyncedAt), planner.PlanLink(owner.TenantId, export.PlanId), planner.Folder, tasks);
    }

    Task<ExportRow?> ExportRowAsync(string trackedId, CancellationToken ct) =>
        db.ReadAsync((c, token) => c.QuerySingleOrDefaultAsync<ExportRow?>(new CommandDefinition(
            "SELECT plan_id, plan_title, bucket_id, bucket_name, exported_at, synced_at FROM planner_export WHERE tracked_id = @TrackedId",
            new { TrackedId = trackedId }, cancellationToken: token)), ct);

    Task<IEnumerable<TaskRow>> RowsAsync(string trackedId, CancellationToken ct) =>
        db.ReadAsync((c, token) => c.QueryAsync<TaskRow>(new CommandDefinition(
            "SELECT agreement_id, task_id, status FROM planner_task WHERE tracked_id = @TrackedId", new { TrackedId = trackedId },
            cancellationToken: token)), ct);

    Task SetRowAsync(string trackedId, string agreementId, string status, CancellationToken ct) =>
        db.WriteAsync((c, tx, token) => c.ExecuteAsync(new CommandDefinition(
            "UPDATE planner_task SET status = @Status, updated_at = @Now WHERE tracked_id = @TrackedId AND agreement_id = @AgreementId",
            new { Status = status, Now = Text(clock.GetUtcNow()), TrackedId = trackedId, AgreementId = agreementId }, tx, cancellationToken: token)), ct);

    static string Text(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);
    static DateTimeOffset ParseInstant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None);

    sealed class ExportRow
    {
        public string PlanId { get; set; } = "";
        public string? PlanTitle { get; set; }
        public string BucketId { get; set; } = "";
        public string? BucketName { get; set; }
        public string ExportedAt { get; set; } = "";
        public string? SyncedAt { get; set; }
    }

    sealed class TaskRow
    {
        public string AgreementId { get; set; } = "";
        public string? TaskId { get; set; }
        public string Status { get; set; } = "";
    }
}
