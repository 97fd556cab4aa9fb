using CrossDept.Storage;
using CrossDept.Tests.Storage;

namespace CrossDept.Tests.Support;

/// <summary>
/// The API over HTTP on a fresh database of one engine (the API migrates it at start), with a client signed in as Jane and one as Raj:
/// the set-up of fixtures that run the same tests on SQLite and PostgreSQL.
/// </summary>
public abstract class ApiOnEngine(StorageProvider provider)
{
    TestDatabase? database;
    protected ApiFactory Api { get; private set; } = null!;
    protected HttpClient AsJane { get; private set; } = null!;
    protected HttpClient AsRaj { get; private set; } = null!;

    [SetUp]
    public async Task StartApi()
    {
        database = await TestDatabase.CreateAsync(provider, migrate: false);
        Api = new ApiFactory(database.ApiSettings());
        AsJane = Api.CreateClientFor(TestTokens.Jane);
        AsRaj = Api.CreateClientFor(TestTokens.Raj);
    }

    [TearDown]
    public async Task StopApi()
    {
        // Nothing was started when the PostgreSQL fixture was ignored for want of a server.
        if (database is null)
            return;
        AsJane.Dispose();
        AsRaj.Dispose();
        await Api.DisposeAsync();
        await database.DisposeAsync();
    }
}
