using System.Globalization;
using CrossDept.Mailbox;
using CrossDept.Storage;
using CrossDept.Tracking;
using Dapper;

namespace CrossDept.Favours;

/// <summary>
/// The favour account's queries: the facts are read through tracking (agreements marked done, with their day) and the one
/// table of its own (thanks written); departments come from the directory (Graph /users, or samples/directory.json).
/// </summary>
public sealed class FavourStore(Database db, TrackingStore tracking) : IUserDataEraser
{
    /// <summary>Records that the user had a thank-you written; the same thing thanked again is counted once.</summary>
    public Task RecordThanksAsync(Owner owner, string address, string key, string? trackedId, string? agreementId, DateOnly on, CancellationToken ct) =>
        db.WriteAsync((c, tx, token) => c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO favour_thanks (tenant_id, object_id, thanks_key, address, tracked_id, agreement_id, thanked_on)
            VALUES (@TenantId, @ObjectId, @Key, @Address, @TrackedId, @AgreementId, @On)
            ON CONFLICT (tenant_id, object_id, thanks_key) DO NOTHING
            """, new
        {
            owner.TenantId, owner.ObjectId, Key = key, Address = address.Trim().ToLowerInvariant(), TrackedId = trackedId, AgreementId = agreementId,
            On = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, tx, cancellationToken: token)), ct);

    public Task<IReadOnlyList<ThanksFact>> ThanksAsync(Owner owner, CancellationToken ct) =>
        db.ReadAsync(async (c, token) => (IReadOnlyList<ThanksFact>)(await c.QueryAsync<(string Address, string On, string? TrackedId, string? AgreementId)>(
                new CommandDefinition("""
                    SELECT address, thanked_on, tracked_id, agreement_id FROM favour_thanks WHERE tenant_id = @TenantId AND object_id = @ObjectId
                    """, new { owner.TenantId, owner.ObjectId }, cancellationToken: token)))
            .Select(r => new ThanksFact(r.Address, DateOnly.ParseExact(r.On, "yyyy-MM-dd", CultureInfo.InvariantCulture), r.TrackedId, r.AgreementId))
            .ToArray(), ct);

    /// <summary>Every fact of the user's account, with the other people's departments looked up in one directory call.</summary>
    public async Task<(IReadOnlyList<FavourItem> Facts, IReadOnlyList<TrackedConversation> Tracked, IReadOnlyDictionary<string, FavourAccounts.Directory> Directory)>
        FactsAsync(Owner owner, string me, IMailbox mailbox, IEnumerable<string> alsoLookUp, DateTimeOffset now, CancellationToken ct)
    {
        var tracked = await tracking.ListAsync(owner, null, details: false, now, ct);
        var thanks = await ThanksAsync(owner, ct);
        var addresses = tracked.SelectMany(t => FavourAccounts.Counterparts(t, me).Select(p => p.Address))
            .Concat(thanks.Select(t => t.Address)).Concat(alsoLookUp.Select(a => a.Trim().ToLowerInvariant()))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var directory = new Dictionary<string, FavourAccounts.Directory>(StringComparer.OrdinalIgnoreCase);
        // REVIEW: one directory look-up of everyone the user has tracked, per request; a tenant with hundreds of counterparts
        // would want the departments cached.
        foreach (var chunk in addresses.Chunk(100))
            foreach (var card in await mailbox.PeopleAsync(chunk, ct))
                directory[card.Address.Trim().ToLowerInvariant()] = new(card.Name, string.IsNullOrWhiteSpace(card.Department) ? null : card.Department.Trim());
        return (FavourAccounts.Facts(tracked, thanks, me, directory), tracked, directory);
    }

    public Task EraseAsync(Owner owner, CancellationToken ct) =>
        db.WriteAsync((c, tx, token) => c.ExecuteAsync(new CommandDefinition(
            "DELETE FROM favour_thanks WHERE tenant_id = @TenantId AND object_id = @ObjectId", new { owner.TenantId, owner.ObjectId }, tx,
            cancellationToken: token)), ct);
}
