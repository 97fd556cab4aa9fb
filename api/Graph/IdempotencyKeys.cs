using System.Collections.Concurrent;
using CrossDept.Auth;

namespace CrossDept.Graph;

/// <summary>
/// Creating an event or a draft runs once per (user, operation, Idempotency-Key): a retry, or a concurrent duplicate,
/// gets the first result. A failed attempt is forgotten so the pane can retry it; Graph-side markers (an event's
/// transactionId, a draft's extended property) keep that retry from creating a second item.
/// </summary>
// REVIEW: in memory, per process. Results are lost on restart (the Graph-side markers still prevent duplicates);
// move to the storage helper's SQLite/PostgreSQL table when branch storage is merged.
public sealed class IdempotencyKeys
{
    readonly ConcurrentDictionary<string, (string Fingerprint, Lazy<Task<object>> Result)> results = new(StringComparer.Ordinal);

    public const string Header = "Idempotency-Key";

    public async Task<IdempotentResult<T>> RunOnceAsync<T>(CurrentUser user, string operation, string key, string fingerprint, Func<Task<T>> create)
        where T : class
    {
        var id = $"{user.TenantId}/{user.ObjectId}/{operation}/{key}";
        var entry = results.GetOrAdd(id, _ => (fingerprint, new Lazy<Task<object>>(async () => await create())));
        if (entry.Fingerprint != fingerprint)
            return new IdempotentResult<T>(null, Conflict: true);
        try
        {
            return new IdempotentResult<T>((T)await entry.Result.Value, Conflict: false);
        }
        catch
        {
            results.TryRemove(new KeyValuePair<string, (string, Lazy<Task<object>>)>(id, entry));
            throw;
        }
    }

    /// <summary>Keys are the pane's: a UUID or similar, 8 to 128 visible characters.</summary>
    public static bool IsValid(string? key) => key is { Length: >= 8 and <= 128 } && key.All(c => c is > ' ' and < (char)127);
}

public sealed record IdempotentResult<T>(T? Value, bool Conflict) where T : class;
