using System.Data.Common;
using System.Globalization;
using CrossDept.Storage;
using CrossDept.Tracking;
using Dapper;

namespace CrossDept.Following;

/// <summary>Where following stands for one user: what GET /api/me/following shows. A row of follow_subscription.</summary>
public sealed class FollowState
{
    public string TenantId { get; set; } = "";
    public string ObjectId { get; set; } = "";
    public string Address { get; set; } = "";
    public string? SubscriptionId { get; set; }
    public string ClientState { get; set; } = "";
    public string? ExpiresAt { get; set; }
    public string Status { get; set; } = "";
    public string? PausedReason { get; set; }
    public string UpdatedAt { get; set; } = "";
    public string? WorkUntil { get; set; }

    public Owner Owner => new(TenantId, ObjectId);
    public DateTimeOffset? Expires => ExpiresAt is null ? null : DateTimeOffset.Parse(ExpiresAt, CultureInfo.InvariantCulture);
}

/// <summary>Statuses of a user's following.</summary>
public static class FollowStatus
{
    /// <summary>A live subscription: replies update the board as they arrive.</summary>
    public const string Active = "active";
    /// <summary>Wanted, not made yet (or Graph removed it): the worker makes one.</summary>
    public const string Pending = "pending";
    /// <summary>Graph asked for reauthorization: the worker reauthorizes it.</summary>
    public const string Reauthorize = "reauthorize";
    /// <summary>Consent or the long-running session ended: nothing runs until the user opens the pane again.</summary>
    public const string Paused = "paused";
}

/// <summary>One notified change, reduced to ids: the user it is for, the message, and what identifies this change.</summary>
public sealed record NotifiedChange(Owner Owner, string SubscriptionId, string MessageId, string ChangeId);

/// <summary>A claimed piece of work with its lease (finishing it deletes the row only if the lease is still ours).</summary>
public sealed record Claimed(Owner Owner, string Id, string Lease);

/// <summary>
/// Following's queries (Dapper, SQL beside the feature). Times are UTC ISO 8601 text, so they compare as text.
/// The queues are tables with leases, so several instances share the work and a crashed instance's work runs again.
/// </summary>
public sealed class FollowingStore(Database db)
{
    static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    static CommandDefinition Cmd(string sql, object? args, DbTransaction? tx, CancellationToken ct) => new(sql, args, tx, cancellationToken: ct);

    /// <summary>Dapper expands a list into IN (…) on SQLite; Npgsql takes the array as one parameter.</summary>
    string AnyOf(string column, string parameter) =>
        db.Provider == StorageProvider.Postgres ? $"{column} = ANY({parameter})" : $"{column} IN {parameter}";

    string SkipLocked => db.Provider == StorageProvider.Postgres ? " FOR UPDATE SKIP LOCKED" : "";

    // ---- the user's subscription ----

    public Task<FollowState?> GetAsync(Owner owner, CancellationToken ct) =>
        db.ReadAsync((c, token) => c.QuerySingleOrDefaultAsync<FollowState?>(Cmd(
            "SELECT * FROM follow_subscription WHERE tenant_id = @TenantId AND object_id = @ObjectId", owner, null, token)), ct);

    public Task<FollowState?> BySubscriptionAsync(string subscriptionId, CancellationToken ct) =>
        db.ReadAsync((c, token) => c.QuerySingleOrDefaultAsync<FollowState?>(Cmd(
            "SELECT * FROM follow_subscription WHERE subscription_id = @subscriptionId", new { subscriptionId }, null, token)), ct);

    /// <summary>The user wants following: keeps an existing subscription, otherwise marks one to be made (a pause ends here).</summary>
    public Task<FollowState> WantAsync(Owner owner, string address, string newClientState, DateTimeOffset now, CancellationToken ct) =>
        db.WriteAsync(async (c, tx, token) =>
        {
            await c.ExecuteAsync(Cmd("""
                INSERT INTO follow_subscription (tenant_id, object_id, address, subscription_id, client_state, expires_at, status, paused_reason, updated_at)
                VALUES (@TenantId, @ObjectId, @Address, NULL, @ClientState, NULL, @Pending, NULL, @Now)
                ON CONFLICT (tenant_id, object_id) DO UPDATE SET
                    address = excluded.address,
                    status = CASE WHEN follow_subscription.status = @Paused THEN
                        CASE WHEN follow_subscription.subscription_id IS NULL THEN @Pending ELSE @Reauthorize END
                        ELSE follow_subscription.status END,
                    paused_reason = NULL,
                    updated_at = excluded.updated_at
                """, new { owner.TenantId, owner.ObjectId, Address = address, ClientState = newClientState, Pending = FollowStatus.Pending,
                    Paused = FollowStatus.Paused, Reauthorize = FollowStatus.Reauthorize, Now = Utc(now) }, tx, token));
            return await c.QuerySingleAsync<FollowState>(Cmd(
                "SELECT * FROM follow_subscription WHERE tenant_id = @TenantId AND object_id = @ObjectId", owner, tx, token));
        }, ct);

    public Task SetActiveAsync(Owner owner, string subscriptionId, DateTimeOffset expires, DateTimeOffset now, CancellationToken ct) =>
        db.WriteAsync((c, tx, token) => c.ExecuteAsync(Cmd("""
            UPDATE follow_subscription SET subscription_id = @SubscriptionId, expires_at = @Expires, status = @Active, paused_reason = NULL, updated_at = @Now
            WHERE tenant_id = @TenantId AND object_id = @ObjectId
            """, new { owner.TenantId, owner.ObjectId, SubscriptionId = subscriptionId, Expires = Utc(expires), Active = FollowStatus.Active, Now = Utc(now) }, tx, token)), ct);

    /// <summary>Sets the status (pending, reauthorize, paused); <paramref name="forgetSubscription"/> when Graph no longer has it.</summary>
    public Task SetStatusAsync(Owner owner, string status, string? reason, bool forgetSubscription, DateTimeOffset now, CancellationToken ct) =>
        db.WriteAsync((c, tx, token) => c.ExecuteAsync(Cmd($"""
            UPDATE follow_subscription SET status = @Status, paused_reason = @Reason, updated_at = @Now
                {(forgetSubscription ? ", subscription_id = NULL, expires_at = NULL" : "")}
            WHERE tenant_id = @TenantId AND object_id = @ObjectId
            """, new { owner.TenantId, owner.ObjectId, Status = status, Reason = reason, Now = Utc(now) }, tx, token)), ct);

    /// <summary>
    /// Takes the lease on the user's subscription work; false when another instance (or request) holds it. The lease
    /// runs out by itself if its holder crashed.
    /// </summary>
    public Task<bool> ClaimSubscriptionWorkAsync(Owner owner, DateTimeOffset now, TimeSpan lease, CancellationToken ct) =>
        db.WriteAsync(async (c, tx, token) => await c.ExecuteAsync(Cmd("""
            UPDATE follow_subscription SET work_until = @Until
            WHERE tenant_id = @TenantId AND object_id = @ObjectId AND (work_until IS NULL OR work_until < @Now)
            """, new { owner.TenantId, owner.ObjectId, Until = Utc(now + lease), Now = Utc(now) }, tx, token)) == 1, ct);

    public Task ReleaseSubscriptionWorkAsync(Owner owner, CancellationToken ct) =>
        db.WriteAsync((c, tx, token) => c.ExecuteAsync(Cmd(
            "UPDATE follow_subscription SET work_until = NULL WHERE tenant_id = @TenantId AND object_id = @ObjectId", owner, tx, token)), ct);

    /// <summary>Subscriptions the worker must act on: to make, to reauthorize, or active and expiring before <paramref name="renewBy"/>.</summary>
    public Task<IReadOnlyList<FollowState>> NeedingWorkAsync(DateTimeOffset renewBy, CancellationToken ct) =>
        db.ReadAsync(async (c, token) => (IReadOnlyList<FollowState>)(await c.QueryAsync<FollowState>(Cmd("""
            SELECT * FROM follow_subscription
            WHERE status IN (@Pending, @Reauthorize) OR (status = @Active AND (expires_at IS NULL OR expires_at < @RenewBy))
            """, new { Pending = FollowStatus.Pending, Reauthorize = FollowStatus.Reauthorize, Active = FollowStatus.Active, RenewBy = Utc(renewBy) }, null, token))).ToArray(), ct);

    // ---- notifications ----

    /// <summary>
    /// Keeps the changes not seen before and queues their messages, in one transaction; returns how many were new (on
    /// PostgreSQL, how many were offered).
    /// A change seen before (a redelivery, or a late copy after a newer one) is dropped here: it is processed once.
    /// </summary>
    public Task<int> AcceptAsync(IReadOnlyList<NotifiedChange> changes, DateTimeOffset now, CancellationToken ct) =>
        db.WriteAsync(async (c, tx, token) =>
        {
            if (db.Provider == StorageProvider.Postgres)
            {
                // One round trip for the whole POST; the queue row is written only by the statement whose seen row was new,
                // so two instances receiving the same redelivery at once still queue it once.
                var batch = new StatementBatch();
                foreach (var change in changes)
                    batch.Add("""
                        WITH fresh AS (
                            INSERT INTO follow_notification_seen (subscription_id, change_id, seen_at) VALUES (@SubscriptionId, @ChangeId, @Now)
                            ON CONFLICT (subscription_id, change_id) DO NOTHING RETURNING 1)
                        INSERT INTO follow_message_pending (tenant_id, object_id, message_id, received_at, claimed_until)
                        SELECT @TenantId, @ObjectId, @MessageId, @Now, NULL WHERE EXISTS (SELECT 1 FROM fresh)
                        ON CONFLICT (tenant_id, object_id, message_id) DO NOTHING
                        """, new { change.SubscriptionId, change.ChangeId, change.Owner.TenantId, change.Owner.ObjectId, change.MessageId, Now = Utc(now) });
                await batch.ExecuteAsync(c, tx, token);
                return changes.Count;
            }
            // SQLite: the write transaction holds the database's lock, so seen-then-queue cannot race.
            var fresh = 0;
            foreach (var change in changes)
            {
                var inserted = await c.ExecuteAsync(Cmd("""
                    INSERT INTO follow_notification_seen (subscription_id, change_id, seen_at) VALUES (@SubscriptionId, @ChangeId, @Now)
                    ON CONFLICT (subscription_id, change_id) DO NOTHING
                    """, new { change.SubscriptionId, change.ChangeId, Now = Utc(now) }, tx, token));
                if (inserted == 0)
                    continue;
                fresh++;
                await c.ExecuteAsync(Cmd("""
                    INSERT INTO follow_message_pending (tenant_id, object_id, message_id, received_at, claimed_until)
                    VALUES (@TenantId, @ObjectId, @MessageId, @Now, NULL)
                    ON CONFLICT (tenant_id, object_id, message_id) DO NOTHING
                    """, new { change.Owner.TenantId, change.Owner.ObjectId, change.MessageId, Now = Utc(now) }, tx, token));
            }
            return fresh;
        }, ct);

    /// <summary>Claims queued messages whose conversation must be looked up (unclaimed, or their lease ran out).</summary>
    public Task<IReadOnlyList<Claimed>> ClaimMessagesAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken ct) =>
        ClaimAsync("follow_message_pending", "message_id", "", now, lease, max, ct);

    /// <summary>Claims tracked conversations due to be read again.</summary>
    public Task<IReadOnlyList<Claimed>> ClaimConversationsAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken ct) =>
        ClaimAsync("follow_conversation_pending", "conversation_id", "AND due_at <= @Now", now, lease, max, ct);

    Task<IReadOnlyList<Claimed>> ClaimAsync(string table, string idColumn, string condition, DateTimeOffset now, TimeSpan lease, int max, CancellationToken ct) =>
        db.WriteAsync(async (c, tx, token) =>
        {
            // The lease value is unique to this claim, so finishing removes the row only if nobody re-queued or re-claimed it.
            var leaseValue = Utc(now + lease) + "#" + Guid.NewGuid().ToString("N");
            var rows = await c.QueryAsync<(string TenantId, string ObjectId, string Id)>(Cmd($"""
                UPDATE {table} SET claimed_until = @Lease
                WHERE (tenant_id, object_id, {idColumn}) IN (
                    SELECT tenant_id, object_id, {idColumn} FROM {table}
                    WHERE (claimed_until IS NULL OR claimed_until < @Now) {condition}
                    ORDER BY tenant_id, object_id LIMIT @Max{SkipLocked})
                RETURNING tenant_id, object_id, {idColumn}
                """, new { Lease = leaseValue, Now = Utc(now), Max = max }, tx, token));
            return (IReadOnlyList<Claimed>)rows.Select(r => new Claimed(new Owner(r.TenantId, r.ObjectId), r.Id, leaseValue)).ToArray();
        }, ct);

    /// <summary>
    /// The looked-up messages are done; those in a tracked conversation queue it to be read (once, however many of its
    /// messages changed). Messages in untracked conversations end here. Returns the conversations queued.
    /// </summary>
    public Task<int> ResolvedAsync(Owner owner, IReadOnlyList<(Claimed Message, string? ConversationId)> resolved, DateTimeOffset dueAt,
        CancellationToken ct) =>
        db.WriteAsync(async (c, tx, token) =>
        {
            var conversations = resolved.Select(r => r.ConversationId).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
            var tracked = conversations.Length == 0 ? [] : (await c.QueryAsync<string>(Cmd(
                "SELECT conversation_id FROM tracked_conversation WHERE tenant_id = @TenantId AND object_id = @ObjectId AND " + AnyOf("conversation_id", "@Ids"),
                new { owner.TenantId, owner.ObjectId, Ids = conversations }, tx, token))).ToArray();
            foreach (var conversation in tracked)
                await QueueConversationAsync(c, tx, owner, conversation, dueAt, token);
            foreach (var (message, _) in resolved)
                await c.ExecuteAsync(Cmd("""
                    DELETE FROM follow_message_pending WHERE tenant_id = @TenantId AND object_id = @ObjectId AND message_id = @Id AND claimed_until = @Lease
                    """, new { owner.TenantId, owner.ObjectId, message.Id, message.Lease }, tx, token));
            return tracked.Length;
        }, ct);

    /// <summary>After missed notifications: every tracked conversation of the user is read again.</summary>
    public Task<int> QueueAllTrackedAsync(Owner owner, DateTimeOffset dueAt, CancellationToken ct) =>
        db.WriteAsync(async (c, tx, token) =>
        {
            var tracked = (await c.QueryAsync<string>(Cmd(
                "SELECT conversation_id FROM tracked_conversation WHERE tenant_id = @TenantId AND object_id = @ObjectId",
                owner, tx, token))).ToArray();
            foreach (var conversation in tracked)
                await QueueConversationAsync(c, tx, owner, conversation, dueAt, token);
            return tracked.Length;
        }, ct);

    /// <summary>
    /// Queues a conversation once, for a user still following (not erased or paused meanwhile). If it is queued and not
    /// claimed, the first due time stands (a steady stream cannot postpone it forever); if a worker is reading it right
    /// now, the claim is dropped so it is read once more after.
    /// </summary>
    static Task QueueConversationAsync(DbConnection c, DbTransaction tx, Owner owner, string conversationId, DateTimeOffset dueAt, CancellationToken ct) =>
        c.ExecuteAsync(Cmd("""
            INSERT INTO follow_conversation_pending (tenant_id, object_id, conversation_id, due_at, claimed_until)
            SELECT @TenantId, @ObjectId, @ConversationId, @DueAt, NULL
            WHERE EXISTS (SELECT 1 FROM follow_subscription WHERE tenant_id = @TenantId AND object_id = @ObjectId AND status <> @Paused)
            ON CONFLICT (tenant_id, object_id, conversation_id) DO UPDATE SET
                due_at = CASE WHEN follow_conversation_pending.claimed_until IS NULL THEN follow_conversation_pending.due_at ELSE excluded.due_at END,
                claimed_until = NULL
            """, new { owner.TenantId, owner.ObjectId, ConversationId = conversationId, DueAt = Utc(dueAt), Paused = FollowStatus.Paused }, tx, ct));

    /// <summary>The conversation was read and applied (or is no longer tracked): its queue row goes, unless re-queued meanwhile.</summary>
    public Task FinishConversationAsync(Claimed conversation, CancellationToken ct) =>
        db.WriteAsync((c, tx, token) => c.ExecuteAsync(Cmd("""
            DELETE FROM follow_conversation_pending
            WHERE tenant_id = @TenantId AND object_id = @ObjectId AND conversation_id = @Id AND claimed_until = @Lease
            """, new { conversation.Owner.TenantId, conversation.Owner.ObjectId, conversation.Id, conversation.Lease }, tx, token)), ct);

    /// <summary>The tracked conversation's id in tracking, or null when it is no longer tracked.</summary>
    public Task<string?> TrackedIdAsync(Owner owner, string conversationId, CancellationToken ct) =>
        db.ReadAsync((c, token) => c.QuerySingleOrDefaultAsync<string?>(Cmd(
            "SELECT id FROM tracked_conversation WHERE tenant_id = @TenantId AND object_id = @ObjectId AND conversation_id = @ConversationId",
            new { owner.TenantId, owner.ObjectId, ConversationId = conversationId }, null, token)), ct);

    /// <summary>
    /// Pauses the user and drops their queued work in ONE transaction: nobody sees "paused" with work still queued (the
    /// two were separate writes, and a reader between them, the pause test included, saw a queued message of a paused user).
    /// </summary>
    public Task PauseAsync(Owner owner, string reason, DateTimeOffset now, CancellationToken ct) =>
        db.WriteAsync(async (c, tx, token) =>
        {
            await c.ExecuteAsync(Cmd("""
                UPDATE follow_subscription SET status = @Status, paused_reason = @Reason, updated_at = @Now
                WHERE tenant_id = @TenantId AND object_id = @ObjectId
                """, new { owner.TenantId, owner.ObjectId, Status = FollowStatus.Paused, Reason = reason, Now = Utc(now) }, tx, token));
            await c.ExecuteAsync(Cmd("DELETE FROM follow_message_pending WHERE tenant_id = @TenantId AND object_id = @ObjectId", owner, tx, token));
            return await c.ExecuteAsync(Cmd("DELETE FROM follow_conversation_pending WHERE tenant_id = @TenantId AND object_id = @ObjectId", owner, tx, token));
        }, ct);

    /// <summary>Notification ids older than the retention are forgotten (Graph stops redelivering long before).</summary>
    public Task<int> PruneSeenAsync(DateTimeOffset before, CancellationToken ct) =>
        db.WriteAsync((c, tx, token) => c.ExecuteAsync(Cmd(
            "DELETE FROM follow_notification_seen WHERE seen_at < @Before", new { Before = Utc(before) }, tx, token)), ct);

    /// <summary>Everything following keeps about the user; returns their subscription id (to delete at Graph) if any.</summary>
    public Task<string?> EraseAsync(Owner owner, CancellationToken ct) =>
        db.WriteAsync(async (c, tx, token) =>
        {
            var subscription = await c.QuerySingleOrDefaultAsync<string?>(Cmd(
                "SELECT subscription_id FROM follow_subscription WHERE tenant_id = @TenantId AND object_id = @ObjectId", owner, tx, token));
            if (subscription is not null)
                await c.ExecuteAsync(Cmd("DELETE FROM follow_notification_seen WHERE subscription_id = @subscription", new { subscription }, tx, token));
            foreach (var table in new[] { "follow_message_pending", "follow_conversation_pending", "follow_subscription" })
                await c.ExecuteAsync(Cmd($"DELETE FROM {table} WHERE tenant_id = @TenantId AND object_id = @ObjectId", owner, tx, token));
            return subscription;
        }, ct);
}
