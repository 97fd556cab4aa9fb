using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

// durability: the API as a real process, writes streaming in, SIGKILL mid-stream, restart, every acknowledged write must be there.
// load: tracked-item writes per second through HTTP on loopback, bounded in count and time.
//
//   dotnet run --project bench/Durability -- durability|load --api api/bin/Release/net10.0/CrossDept.Api.dll --engine sqlite|postgres
//       [--postgres "Host=…"] [--writers 4] [--rounds 3] [--kill-after-acks 200] [--kill-after-ms 20000] [--count 2000] [--seconds 20]

var mode = args.FirstOrDefault();
string Arg(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
if (mode is not ("durability" or "load"))
{
    Console.Error.WriteLine("usage: durability|load --api PATH/CrossDept.Api.dll --engine sqlite|postgres [--postgres CONNECTION] [--writers N] [--rounds N] [--kill-after-acks N] [--kill-after-ms MS] [--count N] [--seconds S]");
    return 2;
}
var apiDll = Path.GetFullPath(Arg("--api", "api/bin/Release/net10.0/CrossDept.Api.dll"));
var engine = Arg("--engine", "sqlite");
var writers = int.Parse(Arg("--writers", mode == "load" ? "8" : "4"), CultureInfo.InvariantCulture);
if (!File.Exists(apiDll))
{
    Console.Error.WriteLine($"The API is not built at {apiDll} (dotnet build api -c Release).");
    return 2;
}

await using var store = await Store.CreateAsync(engine, Arg("--postgres", Environment.GetEnvironmentVariable("CROSSDEPT_TEST_POSTGRES") ?? ""));
try
{
    return mode == "durability"
        ? await Durability(int.Parse(Arg("--rounds", "3"), CultureInfo.InvariantCulture), int.Parse(Arg("--kill-after-acks", "200"), CultureInfo.InvariantCulture),
            int.Parse(Arg("--kill-after-ms", "20000"), CultureInfo.InvariantCulture))
        : await Load(int.Parse(Arg("--count", "2000"), CultureInfo.InvariantCulture), int.Parse(Arg("--seconds", "20"), CultureInfo.InvariantCulture));
}
finally
{
    await store.CleanUpAsync();
}

async Task<int> Durability(int rounds, int killAfterAcks, int killAfterMs)
{
    var acknowledged = new ConcurrentDictionary<string, long>(); // conversation id -> version acknowledged
    long sent = 0, failed = 0, acks = 0;
    var sequence = 0;
    for (var round = 1; round <= rounds; round++)
    {
        await using var api = await ApiProcess.StartAsync(apiDll, store);
        using var stop = new CancellationTokenSource();
        var streams = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            using var http = api.Client();
            while (!stop.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref sequence);
                // Every third write re-tracks an earlier conversation: updates must survive as well as inserts.
                var conversation = n % 3 == 0 && n > 3 ? $"conv-{n / 3}" : $"conv-{n}";
                Interlocked.Increment(ref sent);
                try
                {
                    using var response = await http.PostAsJsonAsync("/api/tracked", Payload(conversation, n), stop.Token);
                    if (response.IsSuccessStatusCode)
                    {
                        var version = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
                        acknowledged.AddOrUpdate(conversation, version, (_, old) => Math.Max(old, version));
                        Interlocked.Increment(ref acks);
                    }
                    else
                        Interlocked.Increment(ref failed);
                }
                catch (Exception) when (stop.IsCancellationRequested || !api.Running)
                {
                    return; // the process is gone: whatever had no answer was never acknowledged
                }
            }
        })).ToArray();

        // Kill once this round has had its share of acknowledged writes (or after a time limit): always mid-stream.
        var roundStart = Interlocked.Read(ref acks);
        var waited = Stopwatch.StartNew();
        while (Interlocked.Read(ref acks) - roundStart < killAfterAcks && waited.ElapsedMilliseconds < killAfterMs)
            await Task.Delay(10);
        var before = acknowledged.Count;
        api.Kill(); // SIGKILL: no shutdown hooks, no flush, mid-transaction for some writers
        stop.Cancel();
        await Task.WhenAll(streams);
        Console.WriteLine($"round {round}: SIGKILL after {waited.ElapsedMilliseconds} ms and {Interlocked.Read(ref acks) - roundStart} acknowledged writes in this round; {before} conversations acknowledged so far");
    }

    // Restart on the same database and read everything back.
    await using var last = await ApiProcess.StartAsync(apiDll, store);
    using var reader = last.Client();
    var stored = (await reader.GetFromJsonAsync<JsonElement[]>("/api/tracked"))!
        .ToDictionary(t => t.GetProperty("conversationId").GetString()!, t => t.GetProperty("version").GetInt64());
    var missing = acknowledged.Where(a => !stored.TryGetValue(a.Key, out var v) || v < a.Value).Select(a => a.Key).ToArray();
    var consistency = await store.CheckConsistencyAsync();
    Console.WriteLine($"engine {engine}: {sent} writes sent over {rounds} SIGKILLs; {acks} acknowledged (2xx) covering {acknowledged.Count} conversations; "
        + $"after restart {acknowledged.Count - missing.Length} of {acknowledged.Count} acknowledged conversations found at their acknowledged version or newer "
        + $"({missing.Length} missing); {stored.Count - acknowledged.Count(a => stored.ContainsKey(a.Key))} committed but unacknowledged (in flight at the kill); "
        + $"{failed} non-2xx answers; consistency: {consistency}");
    var ok = missing.Length == 0 && consistency == "ok" && acknowledged.Count > 0;
    Console.WriteLine(ok ? "1 passed, 0 failed" : "0 passed, 1 failed");
    return ok ? 0 : 1;
}

async Task<int> Load(int count, int seconds)
{
    await using var api = await ApiProcess.StartAsync(apiDll, store);
    using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
    long done = 0, failed = 0, next = 0;
    var latencies = new ConcurrentBag<double>();
    // Warm-up: JIT, connection pools.
    using (var warm = api.Client())
        for (var i = 0; i < 20; i++)
            (await warm.PostAsJsonAsync("/api/tracked", Payload($"warm-{i}", i))).EnsureSuccessStatusCode();

    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
    {
        using var http = api.Client();
        while (!deadline.IsCancellationRequested)
        {
            var n = Interlocked.Increment(ref next);
            if (n > count)
                return;
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.PostAsJsonAsync("/api/tracked", Payload($"load-{n}", (int)n), deadline.Token);
                if (response.IsSuccessStatusCode) Interlocked.Increment(ref done); else Interlocked.Increment(ref failed);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (OperationCanceledException) { return; }
        }
    })));
    clock.Stop();
    var sorted = latencies.Order().ToArray();
    double P(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"engine {engine}: {done} tracked-item writes in {clock.Elapsed.TotalSeconds:F1} s = {done / clock.Elapsed.TotalSeconds:F0} writes/s "
        + $"with {writers} concurrent clients on loopback; p50 {P(0.5):F1} ms, p95 {P(0.95):F1} ms; {failed} failed"));
    return failed == 0 && done > 0 ? 0 : 1;
}

// A conversation's analysis as the pane sends it: two people asked, one agreement; the texts are never stored.
static object Payload(string conversationId, int n) => new
{
    conversationId,
    analysis = new
    {
        conversation = new { subject = $"Request {n}", participants = new[] { new { name = "Raj Patel", address = "raj.patel@contoso.com" } } },
        messages = new[] { new { id = $"<m{n}@contoso.com>", from = new { name = "Raj Patel", address = "raj.patel@contoso.com" }, sentAt = "2026-11-02T11:40:00-05:00", isAutoReply = false, awayUntil = (string?)null, text = "Sure.", signature = (string?)null } },
        agreements = new[] { new { owner = new { name = "Raj Patel", address = "raj.patel@contoso.com" }, what = $"pull export {n}", due = "2026-11-04", dueText = "by Wednesday", sourceMessageId = $"<m{n}@contoso.com>", quote = "Sure - I can pull it by Wednesday." } },
        recipients = new object[]
        {
            new { address = "raj.patel@contoso.com", name = "Raj Patel", status = "replied", nextStep = "none", unansweredRequests = 0, lastReplyAt = "2026-11-02T11:40:00-05:00", awayUntil = (string?)null, lastAskedAt = "2026-11-02T09:00:00-05:00" },
            new { address = "tom.becker@contoso.com", name = "Tom Becker", status = "waiting", nextStep = n % 2 == 0 ? "call" : "wait", unansweredRequests = 1 + n % 2, lastReplyAt = (string?)null, awayUntil = (string?)null, lastAskedAt = "2026-11-02T09:00:00-05:00" },
        },
        confirmationDraft = new { subject = "Confirming", to = new[] { "raj.patel@contoso.com" }, cc = Array.Empty<string>(), html = "<p>x</p>", text = "x" },
    },
};

/// <summary>The database the API process uses: a temp SQLite file, or a fresh schema on the given PostgreSQL server.</summary>
sealed class Store : IAsyncDisposable
{
    public required string Engine { get; init; }
    public string? SqlitePath { get; init; }
    public string? PostgresConnection { get; init; }
    string? adminConnection;
    string? schema;

    public static async Task<Store> CreateAsync(string engine, string postgres)
    {
        if (engine == "sqlite")
        {
            var folder = Directory.CreateTempSubdirectory("crossdept-durability-").FullName;
            return new Store { Engine = engine, SqlitePath = Path.Combine(folder, "tracking.db") };
        }
        if (string.IsNullOrWhiteSpace(postgres))
            throw new InvalidOperationException("--engine postgres needs --postgres CONNECTION or CROSSDEPT_TEST_POSTGRES (tests/postgres.sh start).");
        var name = "durability_" + Guid.NewGuid().ToString("N")[..12];
        await using (var c = new NpgsqlConnection(postgres))
        {
            await c.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {name}", c);
            await create.ExecuteNonQueryAsync();
        }
        return new Store
        {
            Engine = engine, adminConnection = postgres, schema = name,
            PostgresConnection = new NpgsqlConnectionStringBuilder(postgres) { SearchPath = name }.ToString(),
        };
    }

    public IEnumerable<(string, string)> Environment() => Engine == "sqlite"
        ? [("Storage__Provider", "Sqlite"), ("Storage__SqlitePath", SqlitePath!)]
        : [("Storage__Provider", "Postgres"), ("Storage__ConnectionString", PostgresConnection!)];

    /// <summary>SQLite: integrity_check and foreign_key_check; both: no child row without its tracked conversation.</summary>
    public async Task<string> CheckConsistencyAsync()
    {
        const string Orphans = """
            SELECT (SELECT count(*) FROM person_asked p WHERE NOT EXISTS (SELECT 1 FROM tracked_conversation t WHERE t.id = p.tracked_id))
                 + (SELECT count(*) FROM agreement a WHERE NOT EXISTS (SELECT 1 FROM tracked_conversation t WHERE t.id = a.tracked_id))
                 + (SELECT count(*) FROM activity v WHERE NOT EXISTS (SELECT 1 FROM tracked_conversation t WHERE t.id = v.tracked_id))
                 + (SELECT count(*) FROM tracked_conversation t WHERE t.version < 1)
            """;
        if (Engine == "sqlite")
        {
            await using var c = new SqliteConnection($"Data Source={SqlitePath}");
            await c.OpenAsync();
            await using var integrity = new SqliteCommand("PRAGMA integrity_check", c);
            var result = (string)(await integrity.ExecuteScalarAsync())!;
            if (result != "ok")
                return "integrity_check: " + result;
            await using var fk = new SqliteCommand("PRAGMA foreign_key_check", c);
            await using (var rows = await fk.ExecuteReaderAsync())
                if (await rows.ReadAsync())
                    return "foreign_key_check found violations";
            await using var orphans = new SqliteCommand(Orphans, c);
            var n = (long)(await orphans.ExecuteScalarAsync())!;
            return n == 0 ? "ok" : $"{n} orphan or half-written rows";
        }
        await using var pg = new NpgsqlConnection(PostgresConnection);
        await pg.OpenAsync();
        await using var check = new NpgsqlCommand(Orphans, pg);
        var count = (long)(await check.ExecuteScalarAsync())!;
        return count == 0 ? "ok" : $"{count} orphan or half-written rows";
    }

    public async Task CleanUpAsync()
    {
        if (SqlitePath is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(SqlitePath)!, recursive: true);
        }
        if (schema is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var c = new NpgsqlConnection(adminConnection);
            await c.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", c);
            await drop.ExecuteNonQueryAsync();
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>The API as its own process on 127.0.0.1 (demo sign-in, Development), killed with SIGKILL.</summary>
sealed class ApiProcess : IAsyncDisposable
{
    readonly Process process;
    public Uri BaseAddress { get; }
    volatile bool killed;
    public bool Running => !killed && !process.HasExited;

    ApiProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public static async Task<ApiProcess> StartAsync(string apiDll, Store store)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(apiDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(apiDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["AzureAd__ClientId"] = "";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // The load run is one demo user writing as fast as it can: the per-user rate limit would measure itself.
        start.Environment["RateLimits__Enabled"] = "false";
        foreach (var (key, value) in store.Environment())
            start.Environment[key] = value;
        var process = Process.Start(start)!;
        var log = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) log.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) log.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var api = new ApiProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var probe = api.Client();
        var ready = Stopwatch.StartNew();
        while (ready.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The API exited with {process.ExitCode}:\n{string.Join('\n', log)}");
            try
            {
                if ((await probe.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                    return api;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        api.Kill();
        throw new TimeoutException($"The API did not answer /healthz within 60 s:\n{string.Join('\n', log)}");
    }

    public HttpClient Client() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Process.Kill sends SIGKILL on Linux.</summary>
    public void Kill()
    {
        killed = true;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: false);
            process.WaitForExit();
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
