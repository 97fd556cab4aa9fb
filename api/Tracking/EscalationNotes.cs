using System.Globalization;
using CrossDept.Storage;
using Dapper;

namespace CrossDept.Tracking;

/// <summary>The escalation summary about one person as the user rewrote it, with who and when.</summary>
/// <example>{"address":"kim.nguyen@contoso.com","text":"Hi Victor and Helen, …","editedBy":"jane.doe@contoso.com","editedAt":"2026-11-12T12:00:00-05:00"}</example>
public sealed record EscalationNote(string Address, string Text, string EditedBy, DateTimeOffset EditedAt);

/// <summary>Escalation summaries the user edited, on their tracked conversations (every query scoped by the owner).</summary>
public sealed class EscalationNotes(Database db)
{
    /// <summary>Longest summary kept: what an email body can reasonably be.</summary>
    public const int MaxLength = 20_000;

    public Task<IReadOnlyList<EscalationNote>> ListAsync(Owner owner, string trackedId, CancellationToken ct) =>
        db.ReadAsync(async (c, token) => (IReadOnlyList<EscalationNote>)(await c.QueryAsync<Row>(new CommandDefinition("""
            SELECT n.address, n.text, n.edited_by, n.edited_at
            FROM escalation_note n JOIN tracked_conversation t ON t.id = n.tracked_id
            WHERE n.tracked_id = @TrackedId AND t.tenant_id = @TenantId AND t.object_id = @ObjectId
            ORDER BY n.address
            """, new { TrackedId = trackedId, owner.TenantId, owner.ObjectId }, cancellationToken: token))).Select(r => r.ToNote()).ToArray(), ct);

    /// <summary>Keeps the user's words; false when the tracked conversation is not the owner's.</summary>
    public Task<bool> SaveAsync(Owner owner, string trackedId, string address, string text, string editedBy, DateTimeOffset at, CancellationToken ct) =>
        db.WriteAsync(async (c, tx, token) =>
        {
            var mine = await c.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM tracked_conversation WHERE id = @TrackedId AND tenant_id = @TenantId AND object_id = @ObjectId",
                new { TrackedId = trackedId, owner.TenantId, owner.ObjectId }, tx, cancellationToken: token));
            if (mine == 0)
                return false;
            await c.ExecuteAsync(new CommandDefinition("""
                INSERT INTO escalation_note (tracked_id, address, text, edited_by, edited_at) VALUES (@TrackedId, @Address, @Text, @EditedBy, @EditedAt)
                ON CONFLICT (tracked_id, address) DO UPDATE SET text = excluded.text, edited_by = excluded.edited_by, edited_at = excluded.edited_at
                """, new { TrackedId = trackedId, Address = address.Trim().ToLowerInvariant(), Text = text, EditedBy = editedBy,
                    EditedAt = at.ToString("O", CultureInfo.InvariantCulture) }, tx, cancellationToken: token));
            return true;
        }, ct);

    /// <summary>Back to the composer's words; false when there was nothing of the owner's to forget.</summary>
    public Task<bool> ForgetAsync(Owner owner, string trackedId, string address, CancellationToken ct) =>
        db.WriteAsync(async (c, tx, token) => await c.ExecuteAsync(new CommandDefinition("""
            DELETE FROM escalation_note
            WHERE tracked_id = @TrackedId AND address = @Address
              AND tracked_id IN (SELECT id FROM tracked_conversation WHERE tenant_id = @TenantId AND object_id = @ObjectId)
            """, new { TrackedId = trackedId, Address = address.Trim().ToLowerInvariant(), owner.TenantId, owner.ObjectId }, tx,
            cancellationToken: token)) > 0, ct);

    sealed class Row
    {
        public string Address { get; set; } = "";
        public string Text { get; set; } = "";
        public string EditedBy { get; set; } = "";
        public string EditedAt { get; set; } = "";

        public EscalationNote ToNote() => new(Address, Text, EditedBy, DateTimeOffset.Parse(EditedAt, CultureInfo.InvariantCulture));
    }
}
