using CrossDept.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CrossDept.Tests.Storage;

/// <summary>
/// A real, empty database for one test: SQLite in a temp file, or a fresh schema on the PostgreSQL server named by
/// CROSSDEPT_TEST_POSTGRES (tests/postgres.sh starts one). Without that variable the PostgreSQL tests are ignored, saying so.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "CROSSDEPT_TEST_POSTGRES";

    readonly string? folder;
    readonly string? schema;
    readonly string? adminConnectionString;

    public Database Db { get; }
    /// <summary>How many times the retry pipeline ran a unit of work again.</summary>
    public int Retries => retries.Count;
    readonly RetryCounter retries = new();
    public StorageOptions Options { get; }

    TestDatabase(StorageOptions options, string? folder, string? schema, string? admin)
    {
        Options = options;
        this.folder = folder;
        this.schema = schema;
        adminConnectionString = admin;
        Db = new Database(options, Path.GetTempPath(), TransientFaults.CreatePipeline(options.TransientRetries, retries));
    }

    /// <summary>The API's storage settings that point it at this database (what every API test on an engine sets).</summary>
    public Dictionary<string, string?> ApiSettings() => Options.Provider == StorageProvider.Sqlite
        ? new() { ["Storage:Provider"] = "Sqlite", ["Storage:SqlitePath"] = Options.SqlitePath }
        : new() { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = Options.ConnectionString };

    public static async Task<TestDatabase> CreateAsync(StorageProvider provider, bool migrate = true, int busyTimeoutMs = 2000)
    {
        TestDatabase test;
        if (provider == StorageProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("crossdept-test-").FullName;
            test = new TestDatabase(new StorageOptions
            {
                Provider = StorageProvider.Sqlite, SqlitePath = Path.Combine(folder, "tracking.db"), SqliteBusyTimeoutMs = busyTimeoutMs,
            }, folder, null, null);
        }
        else
        {
            var admin = PostgresConnectionString();
            var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
                await create.ExecuteNonQueryAsync();
            }
            var options = new StorageOptions
            {
                Provider = StorageProvider.Postgres,
                ConnectionString = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema }.ToString(),
            };
            test = new TestDatabase(options, null, schema, admin);
        }
        if (migrate)
            await Migrations.ApplyAsync(test.Db, Migrations.Shipped, CancellationToken.None);
        return test;
    }

    /// <summary>The PostgreSQL server to test against, or the test is ignored with the reason.</summary>
    public static string PostgresConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(value))
            Assert.Ignore($"{PostgresVariable} is not set: start a server with `eval \"$(tests/postgres.sh start)\"` to run the PostgreSQL tests.");
        return value!;
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        if (folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
        if (schema is not null)
        {
            await using var connection = new NpgsqlConnection(adminConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Counts the pipeline's retry warnings.</summary>
    sealed class RetryCounter : ILogger
    {
        int count;
        public int Count => Volatile.Read(ref count);
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
                Interlocked.Increment(ref count);
        }
    }

    /// <summary>A table with no constraints, for tests of the transaction and retry machinery.</summary>
    public Task CreateProbeTableAsync() =>
        Db.WriteAsync((c, tx, ct) => Dapper.SqlMapper.ExecuteAsync(c, new Dapper.CommandDefinition("CREATE TABLE probe (note TEXT NOT NULL)", transaction: tx, cancellationToken: ct)), CancellationToken.None);

    public Task<long> CountProbesAsync() =>
        Db.ReadAsync((c, ct) => Dapper.SqlMapper.ExecuteScalarAsync<long>(c, new Dapper.CommandDefinition("SELECT count(*) FROM probe", cancellationToken: ct)), CancellationToken.None);
}
