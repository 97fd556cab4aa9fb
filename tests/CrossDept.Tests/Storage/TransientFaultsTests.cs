using System.Data;
using CrossDept.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CrossDept.Tests.Storage;

/// <summary>Real transient faults from real engines, retried by the one pipeline; real mistakes are not retried.</summary>
public sealed class TransientFaultsTests
{
    [Test]
    public async Task SqliteBusyFromAWriterHoldingTheLockIsRetriedUntilItIsReleased()
    {
        // Microsoft.Data.Sqlite waits about a second on a busy database, then SQLITE_BUSY reaches the pipeline.
        await using var test = await TestDatabase.CreateAsync(StorageProvider.Sqlite, busyTimeoutMs: 20);
        await test.CreateProbeTableAsync();
        await using var holder = new SqliteConnection($"Data Source={test.Options.SqlitePath};Pooling=False");
        await holder.OpenAsync();
        var lockTaken = holder.BeginTransaction(IsolationLevel.Serializable, deferred: false);
        var released = Task.Run(async () => { await Task.Delay(2500); lockTaken.Commit(); });

        await test.Db.WriteAsync((c, tx, ct) =>
            c.ExecuteAsync(new CommandDefinition("INSERT INTO probe (note) VALUES ('written')", transaction: tx, cancellationToken: ct)), CancellationToken.None);
        await released;

        Assert.That(test.Retries, Is.GreaterThanOrEqualTo(1), "SQLITE_BUSY surfaced and the pipeline ran the write again");
        Assert.That(await test.CountProbesAsync(), Is.EqualTo(1));
    }

    [Test]
    public void SqliteBusyAndLockedAreTransientAndConstraintViolationsAreNot()
    {
        Assert.That(TransientFaults.IsTransient(new SqliteException("busy", 5)), Is.True);
        Assert.That(TransientFaults.IsTransient(new SqliteException("locked", 6)), Is.True);
        Assert.That(TransientFaults.IsTransient(new SqliteException("constraint", 19)), Is.False);
    }

    [Test]
    public async Task PostgresSerializationFailureIsRetriedOnAFreshTransaction()
    {
        await using var test = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        await test.CreateProbeTableAsync();
        var attempts = 0;

        var result = await test.Db.WriteAsync(async (c, tx, ct) =>
        {
            attempts++;
            await c.ExecuteAsync(new CommandDefinition(
                "INSERT INTO probe (note) VALUES ('written')", transaction: tx, cancellationToken: ct));
            if (attempts == 1)
                await c.ExecuteAsync(new CommandDefinition(
                    "DO $$ BEGIN RAISE EXCEPTION 'could not serialize access' USING ERRCODE = '40001'; END $$", transaction: tx, cancellationToken: ct));
            return attempts;
        }, CancellationToken.None);

        Assert.That(result, Is.EqualTo(2));
        Assert.That(await test.CountProbesAsync(), Is.EqualTo(1), "the first attempt's insert was rolled back");
    }

    [Test]
    public async Task PostgresDeadlockBetweenTwoRealTransactionsIsRetried()
    {
        await using var test = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        await test.Db.WriteAsync((c, tx, ct) => c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO tracked_conversation (id, tenant_id, object_id, conversation_id, subject, created_at, last_refreshed_at, version)
            VALUES ('a', 't', 'o', 'ca', 's', 'x', 'x', 0), ('b', 't', 'o', 'cb', 's', 'x', 'x', 0)
            """, transaction: tx, cancellationToken: ct)), CancellationToken.None);
        var attempts = 0;
        using var bothHoldOne = new Barrier(2);

        // Each locks one row then wants the other's: PostgreSQL breaks the cycle with 40P01 and the loser runs again.
        async Task<int> Writer(string first, string second)
        {
            var mine = 0;
            return await test.Db.WriteAsync(async (c, tx, ct) =>
        {
            Interlocked.Increment(ref attempts);
            await c.ExecuteAsync(new CommandDefinition("UPDATE tracked_conversation SET version = version + 1 WHERE id = @first", new { first }, tx, cancellationToken: ct));
            if (++mine == 1)
                bothHoldOne.SignalAndWait(TimeSpan.FromSeconds(5));
            await c.ExecuteAsync(new CommandDefinition("UPDATE tracked_conversation SET version = version + 1 WHERE id = @second", new { second }, tx, cancellationToken: ct));
            return 1;
        }, CancellationToken.None);
        }

        await Task.WhenAll(Task.Run(() => Writer("a", "b")), Task.Run(() => Writer("b", "a")));

        Assert.That(attempts, Is.GreaterThanOrEqualTo(3), "one of the two ran again");
        var versions = await test.Db.ReadAsync((c, ct) => c.QueryAsync<long>(new CommandDefinition(
            "SELECT version FROM tracked_conversation ORDER BY id", cancellationToken: ct)), CancellationToken.None);
        Assert.That(versions, Is.EqualTo(new long[] { 2, 2 }), "both writers' changes landed exactly once");
    }

    [Test]
    public async Task PostgresConnectionKilledMidWorkIsRetriedOnANewConnection()
    {
        await using var test = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        await test.CreateProbeTableAsync();
        var attempts = 0;

        await test.Db.WriteAsync(async (c, tx, ct) =>
        {
            attempts++;
            await c.ExecuteAsync(new CommandDefinition(
                "INSERT INTO probe (note) VALUES ('written')", transaction: tx, cancellationToken: ct));
            if (attempts == 1)
            {
                // Another session terminates this one's backend: the server really drops the connection.
                var pid = ((NpgsqlConnection)c).ProcessID;
                await using var killer = new NpgsqlConnection(test.Options.ConnectionString);
                await killer.OpenAsync(ct);
                await killer.ExecuteAsync(new CommandDefinition("SELECT pg_terminate_backend(@pid)", new { pid }, cancellationToken: ct));
                await c.ExecuteAsync(new CommandDefinition("SELECT 1", transaction: tx, cancellationToken: ct));
            }
            return 0;
        }, CancellationToken.None);

        Assert.That(attempts, Is.EqualTo(2));
        Assert.That(await test.CountProbesAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task AMistakeInSqlIsNotRetried([Values] StorageProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await test.CreateProbeTableAsync();
        var attempts = 0;

        await Assert.CatchAsync(() => test.Db.WriteAsync((c, tx, ct) =>
        {
            attempts++;
            return c.ExecuteAsync(new CommandDefinition("INSERT INTO no_such_table VALUES (1)", transaction: tx, cancellationToken: ct));
        }, CancellationToken.None));

        Assert.That(attempts, Is.EqualTo(1));
    }

    [Test]
    public async Task AUnitOfWorkThatFailsHalfwayLeavesNothingBehind([Values] StorageProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await test.CreateProbeTableAsync();

        await Assert.CatchAsync(() => test.Db.WriteAsync(async (c, tx, ct) =>
        {
            await c.ExecuteAsync(new CommandDefinition(
                "INSERT INTO probe (note) VALUES ('first row')", transaction: tx, cancellationToken: ct));
            return await c.ExecuteAsync(new CommandDefinition("INSERT INTO probe (note) VALUES (NULL)", transaction: tx, cancellationToken: ct));
        }, CancellationToken.None));

        Assert.That(await test.CountProbesAsync(), Is.Zero);
    }

}
