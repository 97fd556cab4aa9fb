using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Polly;

namespace CrossDept.Storage;

/// <summary>
/// Opens connections to the configured engine and runs units of work through the transient-fault pipeline.
/// Writes always run inside one transaction: a change to several rows lands whole or not at all.
/// </summary>
public sealed class Database : IAsyncDisposable
{
    readonly string? sqliteConnectionString;
    readonly int busyTimeoutMs;
    readonly NpgsqlDataSource? postgres;
    readonly ResiliencePipeline pipeline;

    public StorageProvider Provider { get; }

    // Rows map to snake_case columns by name (tracked_id -> TrackedId), for every feature's Dapper queries.
    static Database() => Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;

    /// <summary>Where the data lives, for logs: the SQLite file or the PostgreSQL host and database (never a password).</summary>
    public string Describe { get; }

    public Database(StorageOptions options, string contentRoot, ResiliencePipeline pipeline)
    {
        Provider = options.Provider;
        this.pipeline = pipeline;
        busyTimeoutMs = options.SqliteBusyTimeoutMs;
        if (Provider == StorageProvider.Sqlite)
        {
            var path = Path.GetFullPath(options.SqlitePath, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            sqliteConnectionString = new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = true,
                // Microsoft.Data.Sqlite's own wait on a busy database, on top of busy_timeout below.
                DefaultTimeout = Math.Max(1, busyTimeoutMs / 1000),
            }.ToString();
            Describe = $"SQLite {path}";
        }
        else
        {
            postgres = NpgsqlDataSource.Create(options.ConnectionString!);
            var csb = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            Describe = $"PostgreSQL {csb.Host}:{csb.Port}/{csb.Database}";
        }
    }

    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        if (postgres is not null)
            return await postgres.OpenConnectionAsync(ct);

        var connection = new SqliteConnection(sqliteConnectionString);
        await connection.OpenAsync(ct);
        // Per connection: wait for a writer rather than fail at once, enforce cascades, fsync every commit (an
        // acknowledged write survives a crash), and overwrite erased rows so "delete my data" leaves no readable trace.
        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = $"PRAGMA busy_timeout = {busyTimeoutMs}; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;";
        await pragmas.ExecuteNonQueryAsync(ct);
        return connection;
    }

    /// <summary>Runs a read; a transient failure runs it again on a fresh connection.</summary>
    public async Task<T> ReadAsync<T>(Func<DbConnection, CancellationToken, Task<T>> read, CancellationToken ct) =>
        await pipeline.ExecuteAsync(async token =>
        {
            await using var connection = await OpenAsync(token);
            return await read(connection, token);
        }, ct);

    /// <summary>
    /// Runs a unit of work in one transaction and commits it; a transient failure rolls back and runs the whole unit again.
    /// SQLite transactions take the write lock up front (BEGIN IMMEDIATE), so two writers queue instead of deadlocking.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken ct) =>
        await pipeline.ExecuteAsync(async token =>
        {
            await using var connection = await OpenAsync(token);
            await using var transaction = connection is SqliteConnection sqlite
                ? sqlite.BeginTransaction(IsolationLevel.Serializable, deferred: false)
                : await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, token);
            var result = await work(connection, transaction, token);
            await transaction.CommitAsync(token);
            return result;
        }, ct);

    public ValueTask DisposeAsync()
    {
        if (postgres is not null)
            return postgres.DisposeAsync();
        return ValueTask.CompletedTask;
    }
}
