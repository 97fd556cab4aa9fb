using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using CrossDept.Auth;
using CrossDept.Storage;
using CrossDept.Threads;
using Dapper;

namespace CrossDept.Graph;

/// <summary>
/// Creating an event or a draft runs once per (user, operation, Idempotency-Key): a retry, or a concurrent duplicate,
/// gets the first result. Results are kept in the database until they expire (<c>Idempotency:Retention</c>, a day by
/// default), so every instance, and an instance after a restart, gives the same answer; concurrent duplicates inside one
/// instance share the one attempt. A failed attempt is not kept, so the pane can retry it; Graph-side markers (an event's
/// transactionId, a draft's extended property) keep that retry from creating a second item.
/// </summary>
public sealed class IdempotencyKeys(Database db, TimeProvider clock, IConfiguration configuration)
{
    readonly ConcurrentDictionary<string, (string Fingerprint, Lazy<Task<object>> Result)> running = new(StringComparer.Ordinal);
    readonly TimeSpan retention = configuration.GetValue("Idempotency:Retention", TimeSpan.FromDays(1));

    public const string Header = "Idempotency-Key";

    public async Task<IdempotentResult<T>> RunOnceAsync<T>(CurrentUser user, string operation, string key, string fingerprint, Func<Task<T>> create)
        where T : class
    {
        var id = $"{user.TenantId}/{user.ObjectId}/{operation}/{key}";
        var entry = running.GetOrAdd(id, _ => (fingerprint, new Lazy<Task<object>>(async () =>
        {
            if (await StoredAsync(user, operation, key) is { } stored)
                return stored;
            var created = (object)(await create())!;
            await StoreAsync(user, operation, key, fingerprint, created);
            return created;
        })));
        try
        {
            if (entry.Fingerprint != fingerprint)
                return new IdempotentResult<T>(null, Conflict: true);
            var result = await entry.Result.Value;
            if (result is Stored stored)
                return stored.Fingerprint == fingerprint ? new IdempotentResult<T>((T)stored.Value, Conflict: false) : new IdempotentResult<T>(null, Conflict: true);
            return new IdempotentResult<T>((T)result, Conflict: false);
        }
        finally
        {
            // Once settled the database has the answer (or, after a failure, nothing): memory holds only what is in flight.
            if (entry.Result.IsValueCreated && entry.Result.Value.IsCompleted)
                running.TryRemove(new KeyValuePair<string, (string, Lazy<Task<object>>)>(id, entry));
        }
    }

    /// <summary>Keys are the pane's: a UUID or similar, 8 to 128 visible characters.</summary>
    public static bool IsValid(string? key) => key is { Length: >= 8 and <= 128 } && key.All(c => c is > ' ' and < (char)127);

    sealed record Stored(string Fingerprint, object Value);

    sealed class Row
    {
        public string Fingerprint { get; set; } = "";
        public string ResultType { get; set; } = "";
        public string Result { get; set; } = "";
    }

    async Task<Stored?> StoredAsync(CurrentUser user, string operation, string key)
    {
        var row = await db.ReadAsync((c, ct) => c.QuerySingleOrDefaultAsync<Row>(new CommandDefinition("""
            SELECT fingerprint, result_type, result FROM idempotency_result
            WHERE tenant_id = @TenantId AND object_id = @ObjectId AND operation = @Operation AND idempotency_key = @Key AND expires_at > @Now
            """, new { user.TenantId, user.ObjectId, Operation = operation, Key = key, Now = Text(clock.GetUtcNow()) }, cancellationToken: ct)), CancellationToken.None);
        if (row is not { } found || ResultType(found.ResultType) is not { } type)
            return null;
        return new Stored(found.Fingerprint, JsonSerializer.Deserialize(found.Result, type, AnalysisJson.Options)!);
    }

    async Task StoreAsync(CurrentUser user, string operation, string key, string fingerprint, object result)
    {
        // Only our own result records are kept (a "nothing was created" marker is not: asking again should look again).
        if (ResultType(result.GetType().FullName!) is null)
            return;
        var now = clock.GetUtcNow();
        await db.WriteAsync(async (c, tx, ct) =>
        {
            await c.ExecuteAsync(new CommandDefinition("DELETE FROM idempotency_result WHERE expires_at <= @Now", new { Now = Text(now) }, tx, cancellationToken: ct));
            return await c.ExecuteAsync(new CommandDefinition("""
                INSERT INTO idempotency_result (tenant_id, object_id, operation, idempotency_key, fingerprint, result_type, result, created_at, expires_at)
                VALUES (@TenantId, @ObjectId, @Operation, @Key, @Fingerprint, @ResultType, @Result, @Now, @Expires)
                ON CONFLICT (tenant_id, object_id, operation, idempotency_key) DO NOTHING
                """, new
            {
                user.TenantId, user.ObjectId, Operation = operation, Key = key, Fingerprint = fingerprint,
                ResultType = result.GetType().FullName, Result = JsonSerializer.Serialize(result, result.GetType(), AnalysisJson.Options),
                Now = Text(now), Expires = Text(now + retention),
            }, tx, cancellationToken: ct));
        }, CancellationToken.None);
    }

    /// <summary>A public record of this API (CreatedDraft, ScheduledCall), never an arbitrary type named in a row.</summary>
    static Type? ResultType(string name) =>
        typeof(IdempotencyKeys).Assembly.GetType(name) is { IsPublic: true } type && type.GetMethod("<Clone>$") is not null ? type : null;

    static string Text(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);
}

public sealed record IdempotentResult<T>(T? Value, bool Conflict) where T : class;
