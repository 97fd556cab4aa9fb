using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;

namespace CrossDept.Storage;

/// <summary>One versioned schema change, as SQL for each engine (the same file when the SQL is portable).</summary>
public sealed record Migration(int Version, string Name, string SqliteSql, string PostgresSql)
{
    public string SqlFor(StorageProvider provider) => provider == StorageProvider.Sqlite ? SqliteSql : PostgresSql;
}

/// <summary>
/// Brings the schema up to date at start: every pending migration and its schema_version row in ONE transaction,
/// so a failing script leaves the database exactly as it was. Both engines run DDL transactionally.
/// </summary>
public static partial class Migrations
{
    /// <summary>Any constant: instances starting together on one PostgreSQL database queue on this lock.</summary>
    const long PostgresMigrationLock = 0x43_72_6F_73_73_44_65_70; // "CrossDep"

    /// <summary>The migrations shipped in this assembly: Storage/Migrations/NNNN_name.sql, or NNNN_name.sqlite.sql + NNNN_name.postgres.sql.</summary>
    public static IReadOnlyList<Migration> Shipped { get; } = Load(typeof(Migrations).Assembly);

    [GeneratedRegex(@"^CrossDept\.Storage\.Migrations\.(?<version>\d{4})_(?<name>[a-z0-9_]+?)(\.(?<engine>sqlite|postgres))?\.sql$")]
    private static partial Regex ResourceName();

    static IReadOnlyList<Migration> Load(Assembly assembly)
    {
        var files = assembly.GetManifestResourceNames()
            .Select(n => (Match: ResourceName().Match(n), Resource: n))
            .Where(f => f.Match.Success)
            .Select(f => (Version: int.Parse(f.Match.Groups["version"].Value, CultureInfo.InvariantCulture), Name: f.Match.Groups["name"].Value,
                Engine: f.Match.Groups["engine"].Success ? f.Match.Groups["engine"].Value : null, Sql: Read(assembly, f.Resource)))
            .ToArray();

        return files.GroupBy(f => f.Version).OrderBy(g => g.Key).Select(g =>
        {
            string For(string engine) => (g.FirstOrDefault(f => f.Engine == engine).Sql ?? g.FirstOrDefault(f => f.Engine is null).Sql)
                ?? throw new InvalidOperationException($"Migration {g.Key} has no SQL for {engine}.");
            return new Migration(g.Key, g.First().Name, For("sqlite"), For("postgres"));
        }).ToArray();
    }

    static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Applies the pending migrations; returns the versions applied now.</summary>
    public static async Task<IReadOnlyList<int>> ApplyAsync(Database db, IReadOnlyList<Migration> migrations, CancellationToken ct)
    {
        if (db.Provider == StorageProvider.Sqlite)
        {
            // WAL is a property of the file and cannot be switched inside a transaction: readers no longer block the writer.
            await using var connection = await db.OpenAsync(ct);
            await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: ct));
        }

        return await db.WriteAsync(async (connection, transaction, token) =>
        {
            if (db.Provider == StorageProvider.Postgres)
                await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@key)", new { key = PostgresMigrationLock }, transaction, cancellationToken: token));

            await connection.ExecuteAsync(new CommandDefinition("""
                CREATE TABLE IF NOT EXISTS schema_version (
                    version    INTEGER PRIMARY KEY,
                    name       TEXT NOT NULL,
                    applied_at TEXT NOT NULL
                )
                """, transaction: transaction, cancellationToken: token));

            var applied = (await connection.QueryAsync<int>(new CommandDefinition(
                "SELECT version FROM schema_version", transaction: transaction, cancellationToken: token))).ToHashSet();
            var newest = migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
            if (applied.Count > 0 && applied.Max() > newest)
                throw new InvalidOperationException(
                    $"The database ({db.Describe}) is at schema version {applied.Max()}, newer than this build knows ({newest}). Run the newer build.");

            var done = new List<int>();
            foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
            {
                try
                {
                    await connection.ExecuteAsync(new CommandDefinition(migration.SqlFor(db.Provider), transaction: transaction, cancellationToken: token));
                }
                catch (DbException e) when (!TransientFaults.IsTransient(e))
                {
                    throw new MigrationFailedException(migration, db.Describe, e);
                }
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                    new { migration.Version, migration.Name, AppliedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) },
                    transaction, cancellationToken: token));
                done.Add(migration.Version);
            }
            return (IReadOnlyList<int>)done;
        }, ct);
    }

    /// <summary>The versions recorded in schema_version, or none when the table does not exist yet.</summary>
    public static async Task<IReadOnlyList<int>> AppliedAsync(Database db, CancellationToken ct) =>
        await db.ReadAsync(async (connection, token) =>
        {
            var exists = db.Provider == StorageProvider.Sqlite
                ? await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'", cancellationToken: token)) > 0
                : await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
                    "SELECT to_regclass('schema_version')::text", cancellationToken: token)) is not null;
            if (!exists)
                return (IReadOnlyList<int>)[];
            return (await connection.QueryAsync<int>(new CommandDefinition(
                "SELECT version FROM schema_version ORDER BY version", cancellationToken: token))).ToArray();
        }, ct);
}

/// <summary>A migration script failed; nothing of this start's migrations was kept.</summary>
public sealed class MigrationFailedException(Migration migration, string database, Exception inner)
    : Exception($"Migration {migration.Version:D4}_{migration.Name} failed on {database}; the schema was left as it was. {inner.Message}", inner)
{
    public Migration Migration { get; } = migration;
}
