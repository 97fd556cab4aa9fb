using System.Globalization;
using CrossDept.Storage;
using CrossDept.Threads;
using CrossDept.Tracking;
using Dapper;
using Microsoft.Graph.Models;
using GraphTaskStatus = Microsoft.Graph.Models.TaskStatus;

namespace CrossDept.Following;

/// <summary>
/// The user's own agreements and their "call X" steps as Microsoft To Do tasks in a list "CrossDept", one task each,
/// with the due date and a linkedResource back to the pane (and the message's id), kept in sync both ways on the
/// worker's pass: done in CrossDept → the task is completed; completed in To Do → the agreement is done (a call task:
/// the call is recorded as made).
/// </summary>
public sealed class ToDoSync(Database db, TrackingStore tracking, UserGraphs graphs, FollowingSettings settings, TimeProvider clock,
    ILogger<ToDoSync> logger)
{
    public const string ListName = "CrossDept";
    const string Agreement = "agreement", Call = "call";
    const string Creating = "creating", Open = "open", Completed = "completed";

    static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    sealed record Wanted(string TrackedId, string Kind, string Subject, string Title, DateOnly? Due, string? MessageId, bool IsOpen);

    sealed record Row(string TrackedId, string Kind, string Subject, string? TaskId, string Status);

    /// <summary>One pass for every user whose following is active; returns the tasks made, completed or applied.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var users = await db.ReadAsync(async (c, token) => (await c.QueryAsync<(string TenantId, string ObjectId, string Address)>(new CommandDefinition(
            "SELECT tenant_id, object_id, address FROM follow_subscription WHERE status = 'active'", cancellationToken: token))).ToArray(), ct);
        var changed = 0;
        foreach (var (tenantId, objectId, address) in users)
            try
            {
                changed += await SyncAsync(new Owner(tenantId, objectId), address, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "To Do: could not sync {Tenant}/{User}; tried again on the next pass", tenantId, objectId);
            }
        return changed;
    }

    public async Task<int> SyncAsync(Owner owner, string address, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var wanted = new Dictionary<(string, string, string), Wanted>();
        foreach (var t in await tracking.ListAsync(owner, null, details: false, clock.GetLocalNow(), ct))
        {
            foreach (var a in t.Agreements.Where(a => a.Owner.Address.Equals(address, StringComparison.OrdinalIgnoreCase)))
                wanted[(t.Id, Agreement, a.Id)] = new Wanted(t.Id, Agreement, a.Id, a.What, a.Due, a.SourceMessageId, a.Status == AgreementStatus.Open);
            foreach (var p in t.People)
                wanted[(t.Id, Call, p.Address)] = new Wanted(t.Id, Call, p.Address, $"Call {p.Name ?? p.Address}: {t.Subject}", null, null,
                    p.NextStep == NextStep.Call);
        }
        var rows = (await RowsAsync(owner, ct)).ToDictionary(r => (r.TrackedId, r.Kind, r.Subject));
        var needed = wanted.Values.Where(w => w.IsOpen && !rows.ContainsKey((w.TrackedId, w.Kind, w.Subject))).ToArray();
        var open = rows.Values.Where(r => r.Status == Open && r.TaskId is not null).ToArray();
        if (needed.Length == 0 && open.Length == 0)
            return 0;
        var graph = graphs.For(owner);
        var listId = await ListIdAsync(owner, ct);
        var changed = 0;

        // Completed in To Do: applied in CrossDept first, so the step below does not complete them again.
        if (open.Length > 0)
        {
            var done = new HashSet<string>(StringComparer.Ordinal);
            var page = await graph.Me.Todo.Lists[listId].Tasks.GetAsync(r =>
            {
                r.QueryParameters.Filter = "status eq 'completed'";
                r.QueryParameters.Select = ["id", "status"];
            }, ct);
            while (page is not null)
            {
                foreach (var task in page.Value ?? [])
                    if (task.Id is { } id)
                        done.Add(id);
                page = page.OdataNextLink is { } next
                    ? await graph.Me.Todo.Lists[listId].Tasks.WithUrl(next).GetAsync(cancellationToken: ct)
                    : null;
            }
            foreach (var row in open.Where(r => done.Contains(r.TaskId!)))
            {
                if (row.Kind == Agreement)
                    await tracking.SetAgreementStatusAsync(owner, row.TrackedId, row.Subject, AgreementStatus.Done,
                        DateOnly.FromDateTime(clock.GetLocalNow().DateTime), null, clock.GetLocalNow(), ct);
                else if (wanted.TryGetValue((row.TrackedId, row.Kind, row.Subject), out var w) && w.IsOpen)
                    await tracking.RecordCallAsync(owner, row.TrackedId, row.Subject, CallKind.Made, now, null, null, clock.GetLocalNow(), ct);
                await SetStatusAsync(row, Completed, ct);
                rows[(row.TrackedId, row.Kind, row.Subject)] = row with { Status = Completed };
                changed++;
            }
        }

        // Done in CrossDept (or no longer there): the task is completed.
        foreach (var row in rows.Values.Where(r => r.Status == Open && r.TaskId is not null))
            if (!wanted.TryGetValue((row.TrackedId, row.Kind, row.Subject), out var w) || !w.IsOpen)
            {
                await graph.Me.Todo.Lists[listId].Tasks[row.TaskId].PatchAsync(new TodoTask { Status = GraphTaskStatus.Completed }, cancellationToken: ct);
                await SetStatusAsync(row, Completed, ct);
                changed++;
            }

        // New ones: the insert claims the task, then it is made at Graph.
        foreach (var w in needed)
        {
            var claimed = await db.WriteAsync((c, tx, token) => c.ExecuteAsync(new CommandDefinition("""
                INSERT INTO todo_task (tracked_id, kind, subject, task_id, status, updated_at) VALUES (@TrackedId, @Kind, @Subject, NULL, @Creating, @Now)
                ON CONFLICT (tracked_id, kind, subject) DO NOTHING
                """, new { w.TrackedId, w.Kind, w.Subject, Creating, Now = Utc(now) }, tx, cancellationToken: token)), ct);
            if (claimed != 1)
                continue;
            try
            {
                var task = await graph.Me.Todo.Lists[listId].Tasks.PostAsync(NewTask(w), cancellationToken: ct);
                await db.WriteAsync((c, tx, token) => c.ExecuteAsync(new CommandDefinition(
                    "UPDATE todo_task SET task_id = @TaskId, status = @Open, updated_at = @Now WHERE tracked_id = @TrackedId AND kind = @Kind AND subject = @Subject",
                    new { TaskId = task!.Id, Open, Now = Utc(now), w.TrackedId, w.Kind, w.Subject }, tx, cancellationToken: token)), ct);
                changed++;
            }
            catch
            {
                // Not made: the claim goes, so the next pass tries again.
                await db.WriteAsync((c, tx, token) => c.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM todo_task WHERE tracked_id = @TrackedId AND kind = @Kind AND subject = @Subject AND task_id IS NULL",
                    new { w.TrackedId, w.Kind, w.Subject }, tx, cancellationToken: token)), CancellationToken.None);
                throw;
            }
        }
        return changed;
    }

    TodoTask NewTask(Wanted w)
    {
        var pane = new Uri(settings.PaneLink, "?tracked=" + Uri.EscapeDataString(w.TrackedId));
        return new TodoTask
        {
            Title = w.Title,
            DueDateTime = w.Due is { } due
                ? new DateTimeTimeZone { DateTime = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00", TimeZone = "UTC" }
                : null,
            LinkedResources =
            [
                new LinkedResource
                {
                    ApplicationName = "CrossDept",
                    DisplayName = w.Kind == Agreement ? "Open the agreement in CrossDept" : "Open the conversation in CrossDept",
                    WebUrl = pane.AbsoluteUri,
                    ExternalId = w.MessageId ?? $"{w.TrackedId}/{w.Kind}/{w.Subject}",
                },
            ],
        };
    }

    /// <summary>The user's "CrossDept" list: remembered, found by name, or made.</summary>
    async Task<string> ListIdAsync(Owner owner, CancellationToken ct)
    {
        var known = await db.ReadAsync((c, token) => c.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT list_id FROM todo_list WHERE tenant_id = @TenantId AND object_id = @ObjectId", new { owner.TenantId, owner.ObjectId },
            cancellationToken: token)), ct);
        if (known is not null)
            return known;
        var graph = graphs.For(owner);
        var lists = await graph.Me.Todo.Lists.GetAsync(cancellationToken: ct);
        var id = lists?.Value?.FirstOrDefault(l => l.DisplayName == ListName)?.Id
            ?? (await graph.Me.Todo.Lists.PostAsync(new TodoTaskList { DisplayName = ListName }, cancellationToken: ct))!.Id!;
        await db.WriteAsync((c, tx, token) => c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO todo_list (tenant_id, object_id, list_id) VALUES (@TenantId, @ObjectId, @Id)
            ON CONFLICT (tenant_id, object_id) DO NOTHING
            """, new { owner.TenantId, owner.ObjectId, Id = id }, tx, cancellationToken: token)), ct);
        return id;
    }

    Task<IEnumerable<Row>> RowsAsync(Owner owner, CancellationToken ct) =>
        db.ReadAsync((c, token) => c.QueryAsync<Row>(new CommandDefinition("""
            SELECT t.tracked_id AS TrackedId, t.kind AS Kind, t.subject AS Subject, t.task_id AS TaskId, t.status AS Status
            FROM todo_task t JOIN tracked_conversation c ON c.id = t.tracked_id
            WHERE c.tenant_id = @TenantId AND c.object_id = @ObjectId
            """, new { owner.TenantId, owner.ObjectId }, cancellationToken: token)), ct);

    Task SetStatusAsync(Row row, string status, CancellationToken ct) =>
        db.WriteAsync((c, tx, token) => c.ExecuteAsync(new CommandDefinition(
            "UPDATE todo_task SET status = @Status, updated_at = @Now WHERE tracked_id = @TrackedId AND kind = @Kind AND subject = @Subject",
            new { Status = status, Now = Utc(clock.GetUtcNow()), row.TrackedId, row.Kind, row.Subject }, tx, cancellationToken: token)), ct);

    public Task EraseAsync(Owner owner, CancellationToken ct) =>
        db.WriteAsync((c, tx, token) => c.ExecuteAsync(new CommandDefinition(
            "DELETE FROM todo_list WHERE tenant_id = @TenantId AND object_id = @ObjectId", new { owner.TenantId, owner.ObjectId }, tx,
            cancellationToken: token)), ct);
}
