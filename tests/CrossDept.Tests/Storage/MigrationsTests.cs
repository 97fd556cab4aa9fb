using CrossDept.Storage;
using Dapper;

namespace CrossDept.Tests.Storage;

[TestFixture(StorageProvider.Sqlite)]
[TestFixture(StorageProvider.Postgres)]
public sealed class MigrationsTests(StorageProvider provider)
{
    static readonly Migration Broken = new(Migrations.Shipped.Max(m => m.Version) + 1, "broken",
        "CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);",
        "CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);");

    [Test]
    public async Task MigrationsCreateTheSchemaAndRecordTheirVersions()
    {
        await using var test = await TestDatabase.CreateAsync(provider, migrate: false);

        var applied = await Migrations.ApplyAsync(test.Db, Migrations.Shipped, CancellationToken.None);

        Assert.That(applied, Is.EqualTo(Migrations.Shipped.Select(m => m.Version)));
        Assert.That(await Migrations.AppliedAsync(test.Db, CancellationToken.None), Is.EqualTo(applied));
        Assert.That(await TableExistsAsync(test, "tracked_conversation"), Is.True);
        Assert.That(await TableExistsAsync(test, "activity"), Is.True);
    }

    [Test]
    public async Task MigrationsAppliedAgainChangeNothing()
    {
        await using var test = await TestDatabase.CreateAsync(provider);

        var again = await Migrations.ApplyAsync(test.Db, Migrations.Shipped, CancellationToken.None);

        Assert.That(again, Is.Empty);
        Assert.That(await Migrations.AppliedAsync(test.Db, CancellationToken.None), Is.EqualTo(Migrations.Shipped.Select(m => m.Version)));
    }

    [Test]
    public async Task AFailedMigrationOnAnEmptyDatabaseLeavesItEmpty()
    {
        await using var test = await TestDatabase.CreateAsync(provider, migrate: false);

        var failure = await Assert.ThrowsAsync<MigrationFailedException>(() => Migrations.ApplyAsync(test.Db, [.. Migrations.Shipped, Broken], CancellationToken.None));

        Assert.That(failure!.Migration.Version, Is.EqualTo(Broken.Version));
        Assert.That(await TableExistsAsync(test, "schema_version"), Is.False, "not even the version table was kept");
        Assert.That(await TableExistsAsync(test, "tracked_conversation"), Is.False, "migration 1 ran in the same transaction");
        Assert.That(await TableExistsAsync(test, "half_done"), Is.False);
    }

    [Test]
    public async Task AFailedMigrationLeavesAMigratedDatabaseAndItsDataAsTheyWere()
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await test.Db.WriteAsync((c, tx, ct) => c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO tracked_conversation (id, tenant_id, object_id, conversation_id, subject, created_at, last_refreshed_at, version)
            VALUES ('kept', 't', 'o', 'c', 'Subject', '2026-11-02T09:00:00.0000000-05:00', '2026-11-02T09:00:00.0000000-05:00', 1)
            """, transaction: tx, cancellationToken: ct)), CancellationToken.None);

        await Assert.ThrowsAsync<MigrationFailedException>(() => Migrations.ApplyAsync(test.Db, [.. Migrations.Shipped, Broken], CancellationToken.None));

        Assert.That(await Migrations.AppliedAsync(test.Db, CancellationToken.None), Is.EqualTo(Migrations.Shipped.Select(m => m.Version)));
        Assert.That(await TableExistsAsync(test, "half_done"), Is.False);
        var kept = await test.Db.ReadAsync((c, ct) => c.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT subject FROM tracked_conversation WHERE id = 'kept'", cancellationToken: ct)), CancellationToken.None);
        Assert.That(kept, Is.EqualTo("Subject"));
    }

    [Test]
    public async Task UpgradingFromTheFirstVersionKeepsTheDataAndFillsNewColumns()
    {
        await using var test = await TestDatabase.CreateAsync(provider, migrate: false);
        await Migrations.ApplyAsync(test.Db, Migrations.Shipped.Where(m => m.Version == 1).ToArray(), CancellationToken.None);
        await test.Db.WriteAsync((c, tx, ct) => c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO tracked_conversation (id, tenant_id, object_id, conversation_id, subject, created_at, last_refreshed_at, version)
            VALUES ('t1', 't', 'o', 'c', 'Subject', 'x', 'x', 1);
            INSERT INTO person_asked (tracked_id, address, name, status, unanswered_requests, replies, last_asked_at, last_reply_at, away_until)
            VALUES ('t1', 'tom@contoso.com', NULL, 'waiting', 2, 0, '2026-11-02T09:00:00.0000000-05:00', NULL, NULL),
                   ('t1', 'raj@contoso.com', NULL, 'replied', 0, 1, '2026-11-02T09:00:00.0000000-05:00', '2026-11-02T11:00:00.0000000-05:00', NULL);
            """, transaction: tx, cancellationToken: ct)), CancellationToken.None);

        var applied = await Migrations.ApplyAsync(test.Db, Migrations.Shipped, CancellationToken.None);

        Assert.That(applied, Is.EqualTo(Migrations.Shipped.Where(m => m.Version > 1).Select(m => m.Version)));
        var sent = await test.Db.ReadAsync((c, ct) => c.QueryAsync<(string, long)>(new CommandDefinition(
            "SELECT address, requests_sent FROM person_asked ORDER BY address", cancellationToken: ct)), CancellationToken.None);
        Assert.That(sent, Is.EqualTo(new[] { ("raj@contoso.com", 1L), ("tom@contoso.com", 2L) }));
    }

    [Test]
    public async Task ADatabaseNewerThanThisBuildIsRefused()
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var newer = new Migration(99, "from_the_future", "CREATE TABLE future (x INTEGER);", "CREATE TABLE future (x INTEGER);");
        await Migrations.ApplyAsync(test.Db, [.. Migrations.Shipped, newer], CancellationToken.None);

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => Migrations.ApplyAsync(test.Db, Migrations.Shipped, CancellationToken.None));

        Assert.That(refusal!.Message, Does.Contain("schema version 99"));
    }

    [Test]
    public async Task InstancesStartingTogetherApplyEachMigrationOnce()
    {
        await using var test = await TestDatabase.CreateAsync(provider, migrate: false);

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Migrations.ApplyAsync(test.Db, Migrations.Shipped, CancellationToken.None))));

        Assert.That(runs.Sum(r => r.Count), Is.EqualTo(Migrations.Shipped.Count));
        Assert.That(await Migrations.AppliedAsync(test.Db, CancellationToken.None), Is.EqualTo(Migrations.Shipped.Select(m => m.Version)));
    }

    static Task<bool> TableExistsAsync(TestDatabase test, string table) =>
        test.Db.ReadAsync(async (c, ct) => test.Db.Provider == StorageProvider.Sqlite
            ? await c.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = @table",
                new { table }, cancellationToken: ct)) > 0
            : await c.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT to_regclass(@table)::text", new { table }, cancellationToken: ct)) is not null,
            CancellationToken.None);
}
