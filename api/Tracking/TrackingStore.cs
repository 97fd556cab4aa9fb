using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CrossDept.Storage;
using CrossDept.Threads;
using Dapper;

namespace CrossDept.Tracking;

/// <summary>How a change went: done, or why not. The endpoints turn this into 200/201, 404, 409 or 400.</summary>
public enum ChangeResult { Done, Unchanged, NotFound, Stale, Conflict, Invalid }

public sealed record Change<T>(ChangeResult Result, T? Value = default, long CurrentVersion = 0, string? Problem = null, bool Created = false)
{
    public static Change<T> NotFound() => new(ChangeResult.NotFound);
    public static Change<T> Stale(long current) => new(ChangeResult.Stale, CurrentVersion: current,
        Problem: $"The tracked conversation changed since the version you sent; it is now at version {current}. Read it again and retry.");
}

/// <summary>
/// The tracking queries (Dapper, SQL beside the feature). Every statement is scoped by the owner's tenant and object id;
/// an item of someone else is indistinguishable from one that does not exist. Every change runs in one transaction
/// that first locks or bumps the conversation's row (the lock serialises writers; the version is the optimistic-concurrency check).
/// </summary>
public sealed class TrackingStore(Database db, Departments.ResponseTimes? responseTimes = null)
{
    /// <summary>The escalation summaries the user rewrote, kept on their tracked conversations.</summary>
    public EscalationNotes Escalations { get; } = new(db);

    // ---- reads ----

    public async Task<TrackedConversation?> GetAsync(Owner owner, string id, DateTimeOffset now, CancellationToken ct)
    {
        var found = await db.ReadAsync(async (c, token) => (await LoadAsync(c, null, owner, id, null, details: true, now, token)).SingleOrDefault(), ct);
        // A department's agreed response time times reminders and calls (api/Departments/FollowUpTiming.cs).
        return found is null || responseTimes is null ? found : (await responseTimes.ApplyAsync(owner, [found], now, ct))[0];
    }

    /// <summary>The owner's tracked conversations, optionally only the one with this Outlook conversation id.</summary>
    public async Task<IReadOnlyList<TrackedConversation>> ListAsync(Owner owner, string? conversationId, bool details, DateTimeOffset now, CancellationToken ct)
    {
        var found = await db.ReadAsync((c, token) => LoadAsync(c, null, owner, null, conversationId, details, now, token), ct);
        return responseTimes is null ? found : await responseTimes.ApplyAsync(owner, found, now, ct);
    }

    // ---- writes ----

    /// <summary>Tracks a conversation from its analysis; tracking it again updates the same item.</summary>
    public Task<Change<TrackedConversation>> TrackAsync(Owner owner, string conversationId, ThreadAnalysis analysis, long? expectedVersion,
        DateTimeOffset now, CancellationToken ct) =>
        db.WriteAsync(async (c, tx, token) =>
        {
            // ON CONFLICT DO NOTHING waits for a concurrent insert of the same conversation and then yields to it: never two rows.
            var created = await c.ExecuteAsync(Cmd("""
                INSERT INTO tracked_conversation (id, tenant_id, object_id, conversation_id, subject, created_at, last_refreshed_at, version)
                VALUES (@Id, @TenantId, @ObjectId, @ConversationId, @Subject, @Now, @Now, 0)
                ON CONFLICT (tenant_id, object_id, conversation_id) DO NOTHING
                """, new { Id = NewId(), owner.TenantId, owner.ObjectId, ConversationId = conversationId.Trim(), Subject = SubjectOf(analysis), Now = Text(now) }, tx, token)) == 1;
            var id = await c.QuerySingleAsync<string>(Cmd("""
                SELECT id FROM tracked_conversation WHERE tenant_id = @TenantId AND object_id = @ObjectId AND conversation_id = @ConversationId
                """, new { owner.TenantId, owner.ObjectId, ConversationId = conversationId.Trim() }, tx, token));

            var before = created ? null : (await LoadAsync(c, tx, owner, id, null, details: true, now, token)).Single();
            var bump = await BumpAsync(c, tx, owner, id, created ? null : expectedVersion, now, SubjectOf(analysis), token);
            if (bump.Result != ChangeResult.Done)
                return new Change<TrackedConversation>(bump.Result, CurrentVersion: bump.CurrentVersion, Problem: bump.Problem);

            var batch = new StatementBatch();
            await ApplyAnalysisAsync(c, tx, batch, id, analysis, now, token);
            await batch.ExecuteAsync(c, tx, token);
            // The pane re-sends the analysis each time a tracked conversation is opened: when the messages say nothing new there
            // is no refresh to record in the activity (the version still moves: every write has its own).
            if (before is null || !SameFacts(before, (await LoadAsync(c, tx, owner, id, null, details: true, now, token)).Single()))
                await LogAsync(c, tx, id, now, created ? ActivityKind.Tracked : ActivityKind.Refreshed, null, null, null, token);
            var view = (await LoadAsync(c, tx, owner, id, null, details: true, now, token)).Single();
            return new Change<TrackedConversation>(ChangeResult.Done, view, view.Version, Created: created);
        }, ct);

    /// <summary>Newer messages: apply the analysis of the conversation as it is now.</summary>
    public Task<Change<TrackedConversation>> RefreshAsync(Owner owner, string id, ThreadAnalysis analysis, long? expectedVersion,
        DateTimeOffset now, CancellationToken ct) =>
        db.WriteAsync(async (c, tx, token) =>
        {
            var bump = await BumpAsync(c, tx, owner, id, expectedVersion, now, SubjectOf(analysis), token);
            if (bump.Result != ChangeResult.Done)
                return new Change<TrackedConversation>(bump.Result, CurrentVersion: bump.CurrentVersion, Problem: bump.Problem);
            var batch = new StatementBatch();
            await ApplyAnalysisAsync(c, tx, batch, id, analysis, now, token);
            Log(batch, id, now, ActivityKind.Refreshed, null, null, null);
            await batch.ExecuteAsync(c, tx, token);
            var view = (await LoadAsync(c, tx, owner, id, null, details: true, now, token)).Single();
            return new Change<TrackedConversation>(ChangeResult.Done, view, view.Version);
        }, ct);

    /// <summary>
    /// Marks an agreement done or dropped. Asking for the state it is already in changes nothing; moving it from one
    /// closed state to the other needs the version the client saw, so a "done" never silently overwrites a "dropped".
    /// </summary>
    public Task<Change<TrackedConversation>> SetAgreementStatusAsync(Owner owner, string id, string agreementId, AgreementStatus status,
        DateOnly? on, long? expectedVersion, DateTimeOffset now, CancellationToken ct) =>
        db.WriteAsync(async (c, tx, token) =>
        {
            if (await LockAsync(c, tx, owner, id, token) is null)
                return Change<TrackedConversation>.NotFound();
            var agreement = await c.QuerySingleOrDefaultAsync<AgreementRow>(Cmd(
                "SELECT * FROM agreement WHERE id = @AgreementId AND tracked_id = @Id", new { AgreementId = agreementId, Id = id }, tx, token));
            if (agreement is null)
                return Change<TrackedConversation>.NotFound();

            var current = Parse<AgreementStatus>(agreement.Status);
            if (current == status)
            {
                var same = (await LoadAsync(c, tx, owner, id, null, details: true, now, token)).Single();
                return new Change<TrackedConversation>(ChangeResult.Unchanged, same, same.Version);
            }
            if (current != AgreementStatus.Open && expectedVersion is null)
            {
                var version = await VersionAsync(c, tx, owner, id, token) ?? 0;
                return new Change<TrackedConversation>(ChangeResult.Conflict, CurrentVersion: version,
                    Problem: $"The agreement is already {Name(current)} (since {agreement.StatusChangedAt}). To change it, send If-Match with version {version}.");
            }

            var bump = await BumpAsync(c, tx, owner, id, expectedVersion, now, null, token);
            if (bump.Result != ChangeResult.Done)
                return new Change<TrackedConversation>(bump.Result, CurrentVersion: bump.CurrentVersion, Problem: bump.Problem);

            var doneOn = status == AgreementStatus.Done ? on ?? DateOnly.FromDateTime(now.DateTime) : (DateOnly?)null;
            await c.ExecuteAsync(Cmd("""
                UPDATE agreement SET status = @Status, status_changed_at = @Now, done_on = @DoneOn WHERE id = @AgreementId AND tracked_id = @Id
                """, new { Status = Name(status), Now = Text(now), DoneOn = Text(doneOn), AgreementId = agreementId, Id = id }, tx, token));
            await LogAsync(c, tx, id, now, status == AgreementStatus.Done ? ActivityKind.AgreementDone : ActivityKind.AgreementDropped,
                agreement.OwnerAddress, agreementId, agreement.What, token);
            var view = (await LoadAsync(c, tx, owner, id, null, details: true, now, token)).Single();
            return new Change<TrackedConversation>(ChangeResult.Done, view, view.Version);
        }, ct);

    /// <summary>
    /// The user corrects the agreements: edits one (owner, what, due), adds one the messages do not show (agreed by phone),
    /// or removes one that is not an agreement. Each is logged with who and when; drafts afterwards use the corrected list.
    /// </summary>
    public Task<Change<TrackedConversation>> CorrectAgreementAsync(Owner owner, string id, string? agreementId, AgreementCorrection correction,
        string editedBy, long? expectedVersion, DateTimeOffset now, CancellationToken ct) =>
        db.WriteAsync(async (c, tx, token) =>
        {
            if (await LockAsync(c, tx, owner, id, token) is null)
                return Change<TrackedConversation>.NotFound();
            AgreementRow? existing = null;
            if (agreementId is not null)
            {
                existing = await c.QuerySingleOrDefaultAsync<AgreementRow>(Cmd(
                    "SELECT * FROM agreement WHERE id = @AgreementId AND tracked_id = @Id AND removed_at IS NULL", new { AgreementId = agreementId, Id = id }, tx, token));
                if (existing is null)
                    return Change<TrackedConversation>.NotFound();
            }
            var bump = await BumpAsync(c, tx, owner, id, expectedVersion, now, null, token);
            if (bump.Result != ChangeResult.Done)
                return new Change<TrackedConversation>(bump.Result, CurrentVersion: bump.CurrentVersion, Problem: bump.Problem);

            if (correction.Remove)
            {
                await c.ExecuteAsync(Cmd("UPDATE agreement SET removed_at = @Now, edited_by = @By WHERE id = @AgreementId",
                    new { Now = Text(now), By = editedBy, AgreementId = agreementId }, tx, token));
                await LogAsync(c, tx, id, now, ActivityKind.AgreementRemoved, existing!.OwnerAddress, agreementId, $"{existing.What} (by {editedBy})", token);
            }
            else if (existing is null)
            {
                var added = new Agreement(correction.Owner!, correction.What!.Trim(), correction.Due, null, null, "");
                var newId = NewId();
                // A key of its own: a later analysis that reads the same commitment adds its row beside, never over, the user's.
                await c.ExecuteAsync(Cmd("""
                    INSERT INTO agreement (id, tracked_id, match_key, owner_address, owner_name, what, due, due_text, quote, source_message_id,
                        status, status_changed_at, done_on, in_latest_analysis, edited_at, edited_by)
                    VALUES (@Id, @TrackedId, @MatchKey, @OwnerAddress, @OwnerName, @What, @Due, NULL, '', NULL, 'open', NULL, NULL, 0, @Now, @By)
                    """, new
                {
                    Id = newId, TrackedId = id, MatchKey = "added|" + newId, OwnerAddress = Address(added.Owner.Address), OwnerName = added.Owner.Name,
                    added.What, Due = Text(added.Due), Now = Text(now), By = editedBy,
                }, tx, token));
                await LogAsync(c, tx, id, now, ActivityKind.AgreementAdded, Address(added.Owner.Address), newId,
                    $"{added.What}{(added.Due is { } d ? $" by {Text(d)}" : "")} (by {editedBy})", token);
            }
            else
            {
                var due = Text(correction.Due);
                await c.ExecuteAsync(Cmd("""
                    UPDATE agreement SET owner_address = @OwnerAddress, owner_name = @OwnerName, what = @What, due = @Due,
                        due_text = CASE WHEN due IS NOT DISTINCT FROM @Due THEN due_text ELSE NULL END, edited_at = @Now, edited_by = @By
                    WHERE id = @AgreementId
                    """.Replace("IS NOT DISTINCT FROM", db.Provider == StorageProvider.Postgres ? "IS NOT DISTINCT FROM" : "IS"), new
                {
                    OwnerAddress = Address(correction.Owner!.Address), OwnerName = correction.Owner.Name, What = correction.What!.Trim(), Due = due,
                    Now = Text(now), By = editedBy, AgreementId = agreementId,
                }, tx, token));
                await LogAsync(c, tx, id, now, ActivityKind.AgreementEdited, Address(correction.Owner.Address), agreementId,
                    $"{existing.What}{(existing.Due is { } was ? $" by {was}" : "")} -> {correction.What.Trim()}{(due is null ? "" : $" by {due}")} (by {editedBy})", token);
            }
            var view = (await LoadAsync(c, tx, owner, id, null, details: true, now, token)).Single();
            return new Change<TrackedConversation>(ChangeResult.Done, view, view.Version);
        }, ct);

    /// <summary>Records a call scheduled or made; the same call reported twice is recorded once.</summary>
    public Task<Change<TrackedConversation>> RecordCallAsync(Owner owner, string id, string address, CallKind kind, DateTimeOffset at,
        string? meetingId, long? expectedVersion, DateTimeOffset now, CancellationToken ct, CallOutcome? outcome = null, PersonInput? referredTo = null) =>
        db.WriteAsync(async (c, tx, token) =>
        {
            var addr = Address(address);
            var version = await LockAsync(c, tx, owner, id, token);
            if (version is null)
                return Change<TrackedConversation>.NotFound();
            var asked = await c.ExecuteScalarAsync<long>(Cmd(
                "SELECT count(*) FROM person_asked WHERE tracked_id = @Id AND address = @Address", new { Id = id, Address = addr }, tx, token));
            if (asked == 0)
                return new Change<TrackedConversation>(ChangeResult.Invalid, Problem: $"{address} is not one of the people asked in this conversation.");

            var known = await c.ExecuteScalarAsync<long>(Cmd("""
                SELECT count(*) FROM person_call WHERE tracked_id = @Id AND address = @Address AND kind = @Kind AND at = @At
                """, new { Id = id, Address = addr, Kind = Name(kind), At = Text(at) }, tx, token));
            if (known > 0)
            {
                var same = (await LoadAsync(c, tx, owner, id, null, details: true, now, token)).Single();
                return new Change<TrackedConversation>(ChangeResult.Unchanged, same, same.Version);
            }

            var bump = await BumpAsync(c, tx, owner, id, expectedVersion, now, null, token);
            if (bump.Result != ChangeResult.Done)
                return new Change<TrackedConversation>(bump.Result, CurrentVersion: bump.CurrentVersion, Problem: bump.Problem);
            await c.ExecuteAsync(Cmd("""
                INSERT INTO person_call (tracked_id, address, kind, at, meeting_id, recorded_at, outcome, referred_to_name, referred_to_address)
                VALUES (@Id, @Address, @Kind, @At, @MeetingId, @Now, @Outcome, @ReferredToName, @ReferredToAddress)
                """, new { Id = id, Address = addr, Kind = Name(kind), At = Text(at), MeetingId = meetingId, Now = Text(now),
                    Outcome = outcome is { } o ? Name(o) : null,
                    ReferredToName = string.IsNullOrWhiteSpace(referredTo?.Name) ? null : referredTo.Name.Trim(),
                    ReferredToAddress = string.IsNullOrWhiteSpace(referredTo?.Address) ? null : Address(referredTo.Address) }, tx, token));
            await LogAsync(c, tx, id, at, kind == CallKind.Made ? ActivityKind.CallMade : ActivityKind.CallScheduled, addr, null,
                outcome is { } said ? Name(said) : null, token);
            var view = (await LoadAsync(c, tx, owner, id, null, details: true, now, token)).Single();
            return new Change<TrackedConversation>(ChangeResult.Done, view, view.Version);
        }, ct);

    /// <summary>Stops tracking: the conversation and everything recorded about it are deleted.</summary>
    public async Task<Change<bool>> StopAsync(Owner owner, string id, long? expectedVersion, CancellationToken ct)
    {
        var change = await db.WriteAsync(async (c, tx, token) =>
        {
            var deleted = await c.ExecuteAsync(Cmd("""
                DELETE FROM tracked_conversation
                WHERE id = @Id AND tenant_id = @TenantId AND object_id = @ObjectId AND (@Expected IS NULL OR version = @Expected)
                """, new { Id = id, owner.TenantId, owner.ObjectId, Expected = expectedVersion }, tx, token));
            if (deleted == 1)
                return new Change<bool>(ChangeResult.Done, true);
            var version = await VersionAsync(c, tx, owner, id, token);
            return version is null ? Change<bool>.NotFound() : Change<bool>.Stale(version.Value);
        }, ct);
        if (change.Result == ChangeResult.Done)
            await db.ForgetErasedAsync(ct);
        return change;
    }

    /// <summary>Erases everything of the owner's; returns how many tracked conversations went.</summary>
    public async Task<int> EraseAsync(Owner owner, CancellationToken ct)
    {
        var erased = await db.WriteAsync((c, tx, token) => c.ExecuteAsync(Cmd(
            "DELETE FROM tracked_conversation WHERE tenant_id = @TenantId AND object_id = @ObjectId", owner, tx, token)), ct);
        if (erased > 0)
            await db.ForgetErasedAsync(ct);
        return erased;
    }

    // ---- the pieces ----

    /// <summary>Bumps the version if the client's expectation holds: the conditional UPDATE is the compare-and-set.</summary>
    /// <summary>Whether an analysis changed anything tracking knows: people, agreements, subject, activity (not the version).</summary>
    static bool SameFacts(TrackedConversation before, TrackedConversation after) =>
        before.Subject == after.Subject
        && JsonSerializer.Serialize(before.People) == JsonSerializer.Serialize(after.People)
        && JsonSerializer.Serialize(before.Agreements) == JsonSerializer.Serialize(after.Agreements)
        && before.Activity.Count == after.Activity.Count;

    static async Task<Change<long>> BumpAsync(DbConnection c, DbTransaction tx, Owner owner, string id, long? expected, DateTimeOffset now,
        string? subject, CancellationToken ct)
    {
        var version = await c.QuerySingleOrDefaultAsync<long?>(Cmd("""
            UPDATE tracked_conversation
            SET version = version + 1,
                subject = COALESCE(@Subject, subject),
                last_refreshed_at = CASE WHEN @Subject IS NULL THEN last_refreshed_at ELSE @Now END
            WHERE id = @Id AND tenant_id = @TenantId AND object_id = @ObjectId AND (@Expected IS NULL OR version = @Expected)
            RETURNING version
            """, new { Id = id, owner.TenantId, owner.ObjectId, Expected = expected, Subject = subject, Now = Text(now) }, tx, ct));
        if (version is { } v)
            return new Change<long>(ChangeResult.Done, v, v);
        var current = await VersionAsync(c, tx, owner, id, ct);
        return current is null ? Change<long>.NotFound() : Change<long>.Stale(current.Value);
    }

    /// <summary>
    /// Takes the conversation's row lock before reading what a change depends on, so check-then-write cannot race:
    /// PostgreSQL locks the row (FOR UPDATE); a SQLite write transaction already holds the database's write lock.
    /// </summary>
    Task<long?> LockAsync(DbConnection c, DbTransaction tx, Owner owner, string id, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<long?>(Cmd(
            "SELECT version FROM tracked_conversation WHERE id = @Id AND tenant_id = @TenantId AND object_id = @ObjectId"
            + (db.Provider == StorageProvider.Postgres ? " FOR UPDATE" : ""),
            new { Id = id, owner.TenantId, owner.ObjectId }, tx, ct));

    static Task<long?> VersionAsync(DbConnection c, DbTransaction? tx, Owner owner, string id, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<long?>(Cmd(
            "SELECT version FROM tracked_conversation WHERE id = @Id AND tenant_id = @TenantId AND object_id = @ObjectId",
            new { Id = id, owner.TenantId, owner.ObjectId }, tx, ct));

    /// <summary>
    /// Folds an analysis into the stored facts: reads what is stored in one round trip, writes every change in another.
    /// Only addresses, counts, dates and agreements are read from the analysis: never message text.
    /// </summary>
    static async Task ApplyAnalysisAsync(DbConnection c, DbTransaction tx, StatementBatch batch, string id, ThreadAnalysis analysis,
        DateTimeOffset now, CancellationToken ct)
    {
        Dictionary<string, PersonRow> people;
        Dictionary<string, AgreementRow> agreements;
        await using (var stored = await c.QueryMultipleAsync(Cmd(
            "SELECT * FROM person_asked WHERE tracked_id = @Id; SELECT * FROM agreement WHERE tracked_id = @Id;", new { Id = id }, tx, ct)))
        {
            people = (await stored.ReadAsync<PersonRow>()).ToDictionary(p => p.Address);
            agreements = (await stored.ReadAsync<AgreementRow>()).ToDictionary(a => a.MatchKey);
        }

        var messages = analysis.Messages ?? [];
        foreach (var r in (analysis.Recipients ?? []).DistinctBy(r => Address(r.Address)))
        {
            var addr = Address(r.Address);
            var replies = messages.Count(m => m?.From?.Address is { } from && Address(from) == addr && !m.IsAutoReply);
            var row = new PersonRow
            {
                TrackedId = id, Address = addr, Name = r.Name, Status = Name(r.Status), UnansweredRequests = r.UnansweredRequests, Replies = replies,
                LastAskedAt = Text(r.LastAskedAt), LastReplyAt = Text(r.LastReplyAt), AwayUntil = Text(r.AwayUntil),
            };
            people.TryGetValue(addr, out var old);
            row.RequestsSent = RequestsSent(old, r);
            batch.Add(old is null
                ? """
                  INSERT INTO person_asked (tracked_id, address, name, status, unanswered_requests, replies, last_asked_at, last_reply_at, away_until, requests_sent)
                  VALUES (@TrackedId, @Address, @Name, @Status, @UnansweredRequests, @Replies, @LastAskedAt, @LastReplyAt, @AwayUntil, @RequestsSent)
                  """
                : """
                  UPDATE person_asked SET name = COALESCE(@Name, name), status = @Status, unanswered_requests = @UnansweredRequests, replies = @Replies,
                      last_asked_at = @LastAskedAt, last_reply_at = @LastReplyAt, away_until = @AwayUntil, requests_sent = @RequestsSent
                  WHERE tracked_id = @TrackedId AND address = @Address
                  """, row);

            if (old is null || old.Status != row.Status || old.UnansweredRequests != row.UnansweredRequests || old.AwayUntil != row.AwayUntil)
                batch.Add("""
                    INSERT INTO person_status_history (tracked_id, address, at, status, unanswered_requests, away_until)
                    VALUES (@TrackedId, @Address, @At, @Status, @UnansweredRequests, @AwayUntil)
                    """, new { row.TrackedId, row.Address, At = Text(now), row.Status, row.UnansweredRequests, row.AwayUntil });

            if (r.LastAskedAt is { } asked && (old?.LastAskedAt is null || ParseInstant(old.LastAskedAt) < asked))
                Log(batch, id, asked, ActivityKind.Asked, addr, null, r.UnansweredRequests == 0 ? "answered since" : $"{r.UnansweredRequests} unanswered");
            if (r.LastReplyAt is { } replied && (old?.LastReplyAt is null || ParseInstant(old.LastReplyAt) < replied))
                Log(batch, id, replied, ActivityKind.Replied, addr, null, null);
            if (r.Status == ReplyStatus.Away && old?.Status != row.Status)
                Log(batch, id, now, ActivityKind.Away, addr, null, r.AwayUntil is { } back ? $"until {Text(back)}" : "no return date");
        }

        var seen = new HashSet<string>();
        foreach (var a in analysis.Agreements ?? [])
        {
            var key = MatchKey(a);
            if (!seen.Add(key))
                continue;
            var values = new
            {
                TrackedId = id, MatchKey = key, OwnerAddress = Address(a.Owner.Address), OwnerName = a.Owner.Name, What = a.What.Trim(),
                Due = Text(a.Due), a.DueText, a.Quote, a.SourceMessageId,
            };
            if (agreements.TryGetValue(key, out var old) && (old.EditedAt is not null || old.RemovedAt is not null))
            {
                // The user's correction stands over what the messages said; the quote still follows the latest reading.
                batch.Add("UPDATE agreement SET quote = @Quote, source_message_id = @SourceMessageId, in_latest_analysis = 1 WHERE id = @Id",
                    new { values.Quote, values.SourceMessageId, old.Id });
            }
            else if (old is not null)
            {
                batch.Add("""
                    UPDATE agreement SET owner_name = @OwnerName, what = @What, due = @Due, due_text = @DueText, quote = @Quote,
                        source_message_id = @SourceMessageId, in_latest_analysis = 1
                    WHERE id = @Id
                    """, new { values.OwnerName, values.What, values.Due, values.DueText, values.Quote, values.SourceMessageId, old.Id });
                if (old.Due != values.Due)
                    Log(batch, id, now, ActivityKind.DueChanged, values.OwnerAddress, old.Id, $"{old.Due ?? "no date"} -> {values.Due ?? "no date"}");
            }
            else
            {
                var agreementId = NewId();
                batch.Add("""
                    INSERT INTO agreement (id, tracked_id, match_key, owner_address, owner_name, what, due, due_text, quote, source_message_id,
                        status, status_changed_at, done_on, in_latest_analysis)
                    VALUES (@Id, @TrackedId, @MatchKey, @OwnerAddress, @OwnerName, @What, @Due, @DueText, @Quote, @SourceMessageId, 'open', NULL, NULL, 1)
                    """, new
                {
                    Id = agreementId, values.TrackedId, values.MatchKey, values.OwnerAddress, values.OwnerName, values.What, values.Due,
                    values.DueText, values.Quote, values.SourceMessageId,
                });
                Log(batch, id, now, ActivityKind.Agreed, values.OwnerAddress, agreementId, values.Due is null ? values.What : $"{values.What} by {values.Due}");
            }
        }
        // An agreement the conversation no longer shows (withdrawn, or reworded) keeps its status and history, marked as such.
        foreach (var gone in agreements.Values.Where(a => !seen.Contains(a.MatchKey) && a.InLatestAnalysis != 0))
            batch.Add("UPDATE agreement SET in_latest_analysis = 0 WHERE id = @Id", new { gone.Id });
    }

    /// <summary>
    /// Requests seen so far. The analysis gives only the unanswered count since the last reply, so this adds what each newer
    /// ask brought: a lower bound when tracking began after someone had already answered earlier asks.
    /// </summary>
    static long RequestsSent(PersonRow? old, RecipientStatus now)
    {
        var seen = now.UnansweredRequests > 0 ? now.UnansweredRequests : now.LastAskedAt is null ? 0 : 1;
        if (old is null)
            return seen;
        var askedAgain = now.LastAskedAt is { } asked && (old.LastAskedAt is null || ParseInstant(old.LastAskedAt) < asked);
        if (!askedAgain)
            return old.RequestsSent;
        var repliedSince = now.LastReplyAt is { } reply && (old.LastReplyAt is null || ParseInstant(old.LastReplyAt) < reply);
        var newAsks = repliedSince ? now.UnansweredRequests : now.UnansweredRequests - old.UnansweredRequests;
        return old.RequestsSent + Math.Max(1, newAsks);
    }

    static void Log(StatementBatch batch, string trackedId, DateTimeOffset at, string kind, string? address, string? agreementId, string? detail) =>
        batch.Add("""
            INSERT INTO activity (tracked_id, at, kind, address, agreement_id, detail) VALUES (@TrackedId, @At, @Kind, @Address, @AgreementId, @Detail)
            """, new { TrackedId = trackedId, At = Text(at), Kind = kind, Address = address, AgreementId = agreementId, Detail = detail });

    static Task LogAsync(DbConnection c, DbTransaction tx, string trackedId, DateTimeOffset at, string kind, string? address, string? agreementId,
        string? detail, CancellationToken ct) =>
        c.ExecuteAsync(Cmd("""
            INSERT INTO activity (tracked_id, at, kind, address, agreement_id, detail) VALUES (@TrackedId, @At, @Kind, @Address, @AgreementId, @Detail)
            """, new { TrackedId = trackedId, At = Text(at), Kind = kind, Address = address, AgreementId = agreementId, Detail = detail }, tx, ct));

    /// <summary>Reads conversations of one owner with their people and agreements (and history and activity when asked), in one round trip.</summary>
    static async Task<IReadOnlyList<TrackedConversation>> LoadAsync(DbConnection c, DbTransaction? tx, Owner owner, string? id, string? conversationId,
        bool details, DateTimeOffset now, CancellationToken ct)
    {
        const string Owned = "t.tenant_id = @TenantId AND t.object_id = @ObjectId AND (@Id IS NULL OR t.id = @Id) AND (@ConversationId IS NULL OR t.conversation_id = @ConversationId)";
        var sql = new StringBuilder($"""
            SELECT t.id, t.conversation_id, t.subject, t.created_at, t.last_refreshed_at, t.version FROM tracked_conversation t WHERE {Owned} ORDER BY t.created_at, t.id;
            SELECT p.* FROM person_asked p JOIN tracked_conversation t ON t.id = p.tracked_id WHERE {Owned} ORDER BY p.address;
            SELECT a.* FROM agreement a JOIN tracked_conversation t ON t.id = a.tracked_id WHERE {Owned} AND a.removed_at IS NULL ORDER BY a.id;
            SELECT k.tracked_id, k.address, k.kind, k.at, k.outcome, k.referred_to_name, k.referred_to_address FROM person_call k JOIN tracked_conversation t ON t.id = k.tracked_id WHERE {Owned} ORDER BY k.id;
            """);
        if (details)
            sql.Append($"""

                SELECT h.* FROM person_status_history h JOIN tracked_conversation t ON t.id = h.tracked_id WHERE {Owned} ORDER BY h.id;
                SELECT v.* FROM activity v JOIN tracked_conversation t ON t.id = v.tracked_id WHERE {Owned} ORDER BY v.id;
                """);

        await using var grid = await c.QueryMultipleAsync(Cmd(sql.ToString(),
            new { owner.TenantId, owner.ObjectId, Id = id, ConversationId = conversationId?.Trim() }, tx, ct));
        var conversations = (await grid.ReadAsync<ConversationRow>()).ToArray();
        var people = (await grid.ReadAsync<PersonRow>()).ToLookup(p => p.TrackedId);
        var agreements = (await grid.ReadAsync<AgreementRow>()).ToLookup(a => a.TrackedId);
        var calls = (await grid.ReadAsync<CallRow>()).ToLookup(k => (k.TrackedId, k.Address));
        var history = details ? (await grid.ReadAsync<HistoryRow>()).ToLookup(h => (h.TrackedId, h.Address)) : null;
        var activity = details ? (await grid.ReadAsync<ActivityRow>()).ToLookup(v => v.TrackedId) : null;

        return conversations.Select(t => new TrackedConversation(
            t.Id, t.ConversationId, t.Subject, ParseInstant(t.CreatedAt), ParseInstant(t.LastRefreshedAt), t.Version,
            people[t.Id].Select(p => ToPerson(p, calls[(t.Id, p.Address)], history?[(t.Id, p.Address)], now)).ToArray(),
            agreements[t.Id].Select(a => ToAgreement(a, now)).OrderBy(a => a.Due ?? DateOnly.MaxValue).ThenBy(a => a.What, StringComparer.Ordinal).ToArray(),
            activity is null ? [] : activity[t.Id]
                .Select(v => (v.Id, Entry: new ActivityEntry(ParseInstant(v.At), v.Kind, v.Address, v.AgreementId, v.Detail)))
                .OrderBy(v => v.Entry.At).ThenBy(v => v.Id).Select(v => v.Entry).ToArray())).ToArray();
    }

    static PersonAsked ToPerson(PersonRow p, IEnumerable<CallRow> calls, IEnumerable<HistoryRow>? history, DateTimeOffset now)
    {
        var stored = Parse<ReplyStatus>(p.Status);
        var awayUntil = ParseDate(p.AwayUntil);
        var lastAsked = ParseInstantOrNull(p.LastAskedAt);
        var scheduled = calls.Where(k => k.Kind == Name(CallKind.Scheduled)).Select(k => ParseInstant(k.At)).ToArray();
        var made = calls.Where(k => k.Kind == Name(CallKind.Made)).Select(k => ParseInstant(k.At)).ToArray();
        // A scheduled call whose time has passed counts as made only when recorded so; until then it is simply in the past.
        DateTimeOffset? nextCall = scheduled.Where(s => s > now).Order().Cast<DateTimeOffset?>().FirstOrDefault();
        DateTimeOffset? lastCall = made.Length == 0 ? null : made.Max();
        var lastMade = calls.Where(k => k.Kind == Name(CallKind.Made)).MaxBy(k => ParseInstant(k.At));
        CallOutcome? outcome = lastMade?.Outcome is { } said ? Parse<CallOutcome>(said) : null;
        var statusNow = Checkpoints.StatusNow(stored, awayUntil, now);
        return new PersonAsked(p.Address, p.Name, statusNow,
            Checkpoints.NextStepAfterCall(statusNow, (int)p.UnansweredRequests, lastAsked, lastCall, outcome, nextCall, now),
            (int)p.RequestsSent, (int)p.UnansweredRequests, (int)p.Replies, lastAsked, ParseInstantOrNull(p.LastReplyAt), statusNow == ReplyStatus.Away ? awayUntil : null,
            scheduled.Length, made.Length, nextCall, lastCall,
            history?.Select(h => new StatusChange(ParseInstant(h.At), Parse<ReplyStatus>(h.Status), (int)h.UnansweredRequests, ParseDate(h.AwayUntil))).ToArray() ?? [])
        {
            LastCallOutcome = outcome,
            ReferredToName = outcome == CallOutcome.Referred ? lastMade?.ReferredToName ?? lastMade?.ReferredToAddress : null,
            ReferredToAddress = outcome == CallOutcome.Referred ? lastMade?.ReferredToAddress : null,
        };
    }

    static TrackedAgreement ToAgreement(AgreementRow a, DateTimeOffset now)
    {
        var status = Parse<AgreementStatus>(a.Status);
        var due = ParseDate(a.Due);
        return new TrackedAgreement(a.Id, new Person(a.OwnerName, a.OwnerAddress), a.What, due, a.DueText, a.Quote, a.SourceMessageId, status,
            ParseInstantOrNull(a.StatusChangedAt), ParseDate(a.DoneOn), a.InLatestAnalysis != 0, Checkpoints.ForAgreement(status, due, now))
        {
            EditedAt = ParseInstantOrNull(a.EditedAt),
            EditedBy = a.EditedBy,
        };
    }

    /// <summary>Owner and "what" with case, punctuation and spacing folded: the same commitment analysed again keeps its row.</summary>
    public static string MatchKey(Agreement a)
    {
        var what = new StringBuilder();
        foreach (var ch in a.What.ToLowerInvariant())
            if (char.IsLetterOrDigit(ch))
                what.Append(ch);
            else if (what.Length > 0 && what[^1] != ' ')
                what.Append(' ');
        return $"{Address(a.Owner.Address)}|{what.ToString().Trim()}";
    }

    static string SubjectOf(ThreadAnalysis analysis) => analysis.Conversation.Subject.Trim();
    static string Address(string address) => address.Trim().ToLowerInvariant();
    static string NewId() => Guid.NewGuid().ToString("N");
    static CommandDefinition Cmd(string sql, object? parameters, DbTransaction? tx, CancellationToken ct) => new(sql, parameters, tx, cancellationToken: ct);

    static string Name<T>(T value) where T : struct, Enum => JsonNamingCamel(value.ToString());
    static string JsonNamingCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
    static T Parse<T>(string value) where T : struct, Enum => Enum.Parse<T>(value, ignoreCase: true);

    static string Text(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);
    static string? Text(DateTimeOffset? at) => at is { } v ? Text(v) : null;
    static string? Text(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    static DateTimeOffset ParseInstant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None);
    static DateTimeOffset? ParseInstantOrNull(string? text) => text is null ? null : ParseInstant(text);
    static DateOnly? ParseDate(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Storage rows: not the DTOs above. Column names map with Dapper's MatchNamesWithUnderscores (set in AddStorage).
    sealed class ConversationRow
    {
        public string Id { get; set; } = "";
        public string ConversationId { get; set; } = "";
        public string Subject { get; set; } = "";
        public string CreatedAt { get; set; } = "";
        public string LastRefreshedAt { get; set; } = "";
        public long Version { get; set; }
    }

    sealed class PersonRow
    {
        public string TrackedId { get; set; } = "";
        public string Address { get; set; } = "";
        public string? Name { get; set; }
        public string Status { get; set; } = "";
        public long UnansweredRequests { get; set; }
        public long Replies { get; set; }
        public string? LastAskedAt { get; set; }
        public string? LastReplyAt { get; set; }
        public string? AwayUntil { get; set; }
        public long RequestsSent { get; set; }
    }

    sealed class HistoryRow
    {
        public string TrackedId { get; set; } = "";
        public string Address { get; set; } = "";
        public string At { get; set; } = "";
        public string Status { get; set; } = "";
        public long UnansweredRequests { get; set; }
        public string? AwayUntil { get; set; }
    }

    sealed class AgreementRow
    {
        public string Id { get; set; } = "";
        public string TrackedId { get; set; } = "";
        public string MatchKey { get; set; } = "";
        public string OwnerAddress { get; set; } = "";
        public string? OwnerName { get; set; }
        public string What { get; set; } = "";
        public string? Due { get; set; }
        public string? DueText { get; set; }
        public string Quote { get; set; } = "";
        public string? SourceMessageId { get; set; }
        public string Status { get; set; } = "";
        public string? StatusChangedAt { get; set; }
        public string? DoneOn { get; set; }
        public long InLatestAnalysis { get; set; }
        public string? EditedAt { get; set; }
        public string? EditedBy { get; set; }
        public string? RemovedAt { get; set; }
    }

    sealed class CallRow
    {
        public string TrackedId { get; set; } = "";
        public string Address { get; set; } = "";
        public string Kind { get; set; } = "";
        public string At { get; set; } = "";
        public string? Outcome { get; set; }
        public string? ReferredToName { get; set; }
        public string? ReferredToAddress { get; set; }
    }

    sealed class ActivityRow
    {
        public long Id { get; set; }
        public string TrackedId { get; set; } = "";
        public string At { get; set; } = "";
        public string Kind { get; set; } = "";
        public string? Address { get; set; }
        public string? AgreementId { get; set; }
        public string? Detail { get; set; }
    }
}
