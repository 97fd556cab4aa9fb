using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using CrossDept.Storage;
using CrossDept.Tests.Storage;
using CrossDept.Tests.Support;
using CrossDept.Tests.Support.FakeGraph;
using CrossDept.Threads;
using Dapper;

namespace CrossDept.Tests.Following;

/// <summary>
/// Two API instances as real processes on one PostgreSQL (Quartz clustered) against the fake Graph: a scheduled job
/// whose instance is killed with SIGKILL in the middle is finished by the other, and notifications delivered to either
/// (twice, too) are processed once.
/// </summary>
[NonParallelizable]
public sealed class CrashTests
{
    [Test]
    [CancelAfter(110_000)]
    public async Task AJobKilledMidwayIsFinishedByTheOtherInstanceAndNoNotificationIsProcessedTwice()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        await using var tenant = await GraphTenant.StartAsync();
        var graph = tenant.Graph;
        // These processes keep real time: on a day Jane does not work nothing fires (the sweep waits for her next working
        // day), so every day is one of hers, whatever day the test runs on (it failed every Saturday before this line).
        graph.WorkingDays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        var (portA, portB) = (FreePort(), FreePort());
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = database.Options.ConnectionString,
            ["Graph:BaseAddress"] = graph.BaseAddress,
            ["Graph:RetryDelay"] = "00:00:00.050",
            ["Graph:AttemptTimeout"] = "00:00:20",
            ["Graph:TotalTimeout"] = "00:00:30",
            ["Following:NotificationBaseAddress"] = $"http://127.0.0.1:{portA}/",
            ["Following:CoalesceDelay"] = "00:00:00.300",
            ["Following:PollInterval"] = "00:00:00.100",
            ["Following:Lease"] = "00:00:03",
            ["Following:SweepInterval"] = "00:00:01",
            ["Following:SubscriptionCheckInterval"] = "00:00:01",
            ["Following:UserJobsInterval"] = "00:00:01",
            ["Following:SchedulerCheckinInterval"] = "00:00:01",
            ["Following:SchedulerCheckinMisfireThreshold"] = "00:00:02",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:CrossDept"] = "Information",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting"] = "Information",
        };
        await using var a = await HostProcess.StartAsync(portA, settings);
        await using var b = await HostProcess.StartAsync(portB, settings);
        // Graph's POSTs land on either instance, as behind a load balancer.
        graph.Webhooks = () => new HttpClient(new Alternating(portA, portB));

        using var jane = a.Client();
        jane.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(TestTokens.Jane));
        var analysis = await jane.GetFromJsonAsync<ThreadAnalysis>(
            $"/api/mailbox/conversations/{Uri.EscapeDataString(tenant.ConversationId)}/analysis", AnalysisJson.Options);
        (await jane.PostAsJsonAsync("/api/tracked", new { conversationId = tenant.ConversationId, analysis }, AnalysisJson.Options)).EnsureSuccessStatusCode();
        // The first sweep's mailboxSettings read hangs for 15 s: the job is mid-way when its instance is killed.
        graph.Inject(new Fault("GET", "/me/mailboxSettings", FaultKind.Slow, Times: 1, Delay: TimeSpan.FromSeconds(15)));
        (await jane.PutAsync("/api/me/following", null)).EnsureSuccessStatusCode();

        // Killed once its read is hanging, not merely once the job has started: on a loaded machine the job can still be
        // before its first Graph call, and the survivor's sweep then took the slow read (and the test saw one read, not two).
        await Until(() => Task.FromResult(graph.Received(r => r.Method == "GET" && r.Path == "/me/mailboxSettings").Count > 0 ? "" : null),
            "the sweep's mailboxSettings read to hang");
        var executing = await Until(async () => await Db(database, c => c.QueryFirstOrDefaultAsync<string?>(
            "SELECT instance_name FROM qrtz_fired_triggers WHERE job_name = 'follow-ups' AND state = 'EXECUTING'")), "the sweep to start");
        var (victim, survivor) = executing == a.Instance ? (a, b) : (b, a);
        Assert.That(executing, Is.EqualTo(victim.Instance));
        victim.Kill();

        // Replies arrive meanwhile, to both instances, some twice; the survivor does all of it.
        var replies = new List<FakeMessage>();
        foreach (var peer in GraphTenant.Peers.Take(4))
            replies.Add(await graph.DeliverAsync(new FakeMessage
            {
                Id = graph.Data.NewId("AAMk"), ConversationId = tenant.ConversationId, InternetMessageId = $"<{Guid.NewGuid():N}@contoso.com>",
                Subject = "Re: Your input", From = (null, $"{peer}@contoso.com"), To = [("Jane Doe", "jane.doe@contoso.com")],
                SentDateTime = DateTimeOffset.UtcNow, ReceivedDateTime = DateTimeOffset.UtcNow, BodyContentType = "text", BodyContent = "Here it is.",
            }));
        var sub = graph.Subscriptions.Values.Single();
        foreach (var reply in replies)
            await graph.PostAsync(sub.NotificationUrl, [FakeGraphServer.Notification(sub, reply.Id)]);   // delivered twice

        await Until(async () => await Db(database, c => c.ExecuteScalarAsync<long>("SELECT count(*) FROM follow_up_due")) > 0 ? "" : null,
            "the sweep finished by the survivor");
        await Until(async () => await Db(database, c => c.ExecuteScalarAsync<long>(
            "SELECT (SELECT count(*) FROM follow_message_pending) + (SELECT count(*) FROM follow_conversation_pending)")) == 0 ? "" : null,
            "the notification queues to drain");
        // Quartz recovers a dead instance's firing when its cluster check-in finds it failed, and may defer the recovery of
        // a [DisallowConcurrentExecution] job to a later check-in: the regular trigger can run the sweep on the survivor
        // first. Recovery is owed eventually, not by the time the queues drain.
        await Until(async () => await Db(database, c => c.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM qrtz_fired_triggers WHERE instance_name = @Instance", new { victim.Instance })) == 0 ? "" : null,
            "the dead instance's firing to be recovered");
        var lookups = graph.Received(r => r.InBatch && r.Method == "GET" && r.Path.StartsWith("/me/messages/", StringComparison.Ordinal))
            .GroupBy(r => r.Path).ToDictionary(g => g.Key, g => g.Count());
        Assert.Multiple(async () =>
        {
            Assert.That(survivor.Running, Is.True);
            Assert.That(await Db(database, c => c.ExecuteScalarAsync<long>("SELECT count(*) FROM follow_notification_seen")), Is.EqualTo(replies.Count),
                "each change accepted once, wherever and however often it was delivered");
            foreach (var reply in replies)
                Assert.That(lookups.GetValueOrDefault("/me/messages/" + reply.Id), Is.EqualTo(1), "each message looked up once");
            Assert.That(await Db(database, c => c.ExecuteScalarAsync<long>(
                "SELECT count(*) FROM follow_up_due") ), Is.EqualTo(await Db(database, c => c.ExecuteScalarAsync<long>(
                "SELECT count(DISTINCT tracked_id || kind || subject || occasion) FROM follow_up_due"))));
            Assert.That(await Db(database, c => c.ExecuteScalarAsync<long>(
                "SELECT count(*) FROM qrtz_fired_triggers WHERE instance_name = @Instance", new { victim.Instance })), Is.Zero,
                "the dead instance's firing was recovered, not left hanging");
            Assert.That(graph.Received(r => r.Method == "GET" && r.Path == "/me/mailboxSettings").Count, Is.GreaterThanOrEqualTo(2),
                "the sweep ran again on the survivor");
        });
    }

    static async Task<T> Db<T>(TestDatabase database, Func<System.Data.Common.DbConnection, Task<T>> query)
    {
        await using var c = await database.Db.OpenAsync(CancellationToken.None);
        return await query(c);
    }

    static async Task<string> Until(Func<Task<string?>> probe, string what, int seconds = 40)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            if (await probe() is { } found)
                return found;
            await Task.Delay(100);
        }
        Assert.Fail($"Timed out waiting for: {what}");
        return "";
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Sends each request to one instance, then the other, as a load balancer would; an instance that refuses the
    /// connection (killed) is skipped and the request goes to the other, as a balancer's health check would do.
    /// </summary>
    sealed class Alternating(int portA, int portB) : DelegatingHandler(new HttpClientHandler())
    {
        static int turn;
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var first = Interlocked.Increment(ref turn) % 2 == 0 ? portA : portB;
            var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(ct);
            foreach (var port in new[] { first, first == portA ? portB : portA })
            {
                using var copy = new HttpRequestMessage(request.Method, new UriBuilder(request.RequestUri!) { Port = port }.Uri);
                foreach (var header in request.Headers)
                    copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
                if (body is not null)
                {
                    copy.Content = new ByteArrayContent(body);
                    foreach (var header in request.Content!.Headers)
                        copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
                try
                {
                    return await base.SendAsync(copy, ct);
                }
                catch (HttpRequestException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused } && port == first)
                {
                    // That instance is gone: the other one takes it.
                }
            }
            throw new InvalidOperationException("unreachable");
        }
    }

    /// <summary>An API instance as a process of this assembly (<see cref="FollowingHostProcess"/>), killed with SIGKILL.</summary>
    sealed class HostProcess : IAsyncDisposable
    {
        readonly Process process;
        readonly ConcurrentQueue<string> log = new();
        public int Port { get; }
        public string Instance { get; private set; } = "";
        public bool Running => !process.HasExited;

        HostProcess(Process process, int port)
        {
            this.process = process;
            Port = port;
        }

        public static async Task<HostProcess> StartAsync(int port, IReadOnlyDictionary<string, string?> settings)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(typeof(FollowingHostProcess).Assembly.Location);
            start.ArgumentList.Add("following-host");
            start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var (key, value) in settings)
                start.ArgumentList.Add($"{key}={value}");
            start.ArgumentList.Add(FollowingHostProcess.SigningKeyPair());
            var host = new HostProcess(Process.Start(start)!, port);
            var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            host.process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is null)
                    return;
                host.log.Enqueue(e.Data);
                if (e.Data.StartsWith("instance=", StringComparison.Ordinal))
                    ready.TrySetResult(e.Data["instance=".Length..]);
            };
            host.process.ErrorDataReceived += (_, e) => { if (e.Data is not null) host.log.Enqueue(e.Data); };
            host.process.BeginOutputReadLine();
            host.process.BeginErrorReadLine();
            var first = await Task.WhenAny(ready.Task, host.process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(40)));
            if (first != ready.Task)
            {
                host.Kill();
                Assert.Fail($"The API process on port {port} did not start:\n{string.Join('\n', host.log)}");
            }
            host.Instance = await ready.Task;
            return host;
        }

        public HttpClient Client() => new() { BaseAddress = new Uri($"http://127.0.0.1:{Port}/"), Timeout = TimeSpan.FromSeconds(30) };

        /// <summary>Process.Kill is SIGKILL on Linux: no shutdown, no lease or lock given back.</summary>
        public void Kill()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: false);
                process.WaitForExit();
            }
        }

        public ValueTask DisposeAsync()
        {
            Kill();
            TestContext.Out.WriteLine($"--- API process on {Port} ---\n{string.Join('\n', log.TakeLast(80))}");
            process.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
