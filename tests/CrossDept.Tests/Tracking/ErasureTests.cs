using CrossDept.Storage;
using CrossDept.Tests.Storage;
using CrossDept.Tracking;
using static CrossDept.Tests.Tracking.Analyses;

namespace CrossDept.Tests.Tracking;

/// <summary>Erased means unreadable, not only unlisted: on SQLite, neither the database file nor its write-ahead log keeps it.</summary>
public sealed class ErasureTests
{
    [Test]
    public async Task ErasedDataCannotBeReadFromTheSqliteFileOrItsLog()
    {
        await using var test = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        // An open connection, as a running API has: SQLite then keeps the write-ahead log file instead of removing it on close.
        await using var open = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={test.Options.SqlitePath};Pooling=False");
        await open.OpenAsync();
        var store = new TrackingStore(test.Db);
        var now = At("2026-11-03T10:00:00-05:00");
        const string marker = "ERASE-ME-4c1d Quarterly churn for Fabrikam";
        await store.TrackAsync(new Owner("t", "alice"), "c1", Of(marker, [Waiting(Tom, 1, "2026-11-02T09:00:00-05:00")], [Agreement(Tom, marker, "2026-11-09")]),
            null, now, CancellationToken.None);
        await store.TrackAsync(new Owner("t", "bob"), "c1", Churn(), null, now, CancellationToken.None);

        await store.EraseAsync(new Owner("t", "alice"), CancellationToken.None);

        var path = test.Options.SqlitePath;
        var raw = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(path))
            + (File.Exists(path + "-wal") ? System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(path + "-wal")) : "");
        Assert.That(File.Exists(path + "-wal"), Is.True, "the log file is there to be read");
        Assert.That(raw, Does.Not.Contain("ERASE-ME-4c1d"));
        Assert.That(raw, Does.Contain("pull the churn export"), "the other user's data is still there to read");
    }
}
