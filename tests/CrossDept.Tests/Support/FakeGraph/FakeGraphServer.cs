using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CrossDept.Tests.Support.FakeGraph;

/// <summary>A request the fake received: top-level, or one inside a $batch.</summary>
public sealed record GraphRequest(string Method, string Path, IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers, string Body, bool InBatch)
{
    public DateTimeOffset ReceivedAt { get; init; } = DateTimeOffset.UtcNow;

    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
    public string? Param(string name) => Query.TryGetValue(name, out var v) ? v : null;
}

/// <summary>BadRequest: Graph's 400 for an id it cannot parse, e.g. GET /users/{address} with an address it rejects ("Invalid object identifier").</summary>
public enum FaultKind { Throttle, Unavailable, Slow, Forbidden, BadRequest }

/// <summary>
/// Injected trouble: the next <see cref="Times"/> requests matching method and path get it. Throttle and Unavailable
/// answer without doing anything (as Graph does); Slow does the work, then answers late.
/// </summary>
public sealed record Fault(string Method, string PathPattern, FaultKind Kind, int Times = 1, int RetryAfterSeconds = 1,
    TimeSpan Delay = default, bool InBatch = false)
{
    internal int Remaining = Times;
    public bool Matches(GraphRequest r) => r.InBatch == InBatch && r.Method.Equals(Method, StringComparison.OrdinalIgnoreCase)
        && Regex.IsMatch(r.Path, PathPattern, RegexOptions.IgnoreCase);
}

/// <summary>
/// A real HTTP server on 127.0.0.1 (random port) that answers the Microsoft Graph v1.0 routes the API uses, with
/// the response shapes of Microsoft's documented examples: OData collections with @odata.nextLink paging, $batch
/// envelopes (at most 20 requests), Graph error bodies, Retry-After on throttling, Prefer/Preference-Applied.
/// It stands in for Graph because the real service is out of reach here; it records every request for assertions.
/// </summary>
public sealed partial class FakeGraphServer : IAsyncDisposable
{
    const string Root = "https://graph.microsoft.com/v1.0";
    readonly WebApplication app;
    readonly List<Fault> faults = [];

    public FakeGraphData Data { get; } = new();
    public ConcurrentQueue<GraphRequest> Requests { get; } = new();
    /// <summary>Exceptions the fake itself threw while answering (should stay empty).</summary>
    public ConcurrentQueue<Exception> Failures { get; } = new();
    public string BaseAddress { get; private set; } = "";
    /// <summary>Messages per page when the client gives no $top (Graph's default is 10).</summary>
    public int PageSize { get; set; } = 10;
    /// <summary>The most a page holds whatever $top asks (Graph caps it too); small values force paging.</summary>
    public int MaxPageSize { get; set; } = 1000;

    int inFlight;
    int maxInFlight;
    /// <summary>The most top-level requests that were being served at the same moment.</summary>
    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    FakeGraphServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Map("/v1.0/{**path}", Serve);
    }

    public static async Task<FakeGraphServer> StartAsync()
    {
        var server = new FakeGraphServer();
        await server.app.StartAsync();
        var address = server.app.Urls.First();
        server.BaseAddress = address.TrimEnd('/') + "/v1.0";
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public void Inject(Fault fault)
    {
        lock (faults)
            faults.Add(fault);
    }

    public IReadOnlyList<GraphRequest> Received(Func<GraphRequest, bool>? match = null) => Requests.Where(match ?? (_ => true)).ToArray();

    /// <summary>Requests that went over the wire (a $batch counts once, whatever it carries).</summary>
    public int WireRequests => Requests.Count(r => !r.InBatch);

    public void ClearRequests() => Requests.Clear();

    Fault? TakeFault(GraphRequest request)
    {
        lock (faults)
        {
            var fault = faults.FirstOrDefault(f => f.Remaining > 0 && f.Matches(request));
            if (fault is not null)
                fault.Remaining--;
            return fault;
        }
    }

    async Task Serve(HttpContext context)
    {
        var request = new GraphRequest(context.Request.Method, "/" + (string?)context.Request.RouteValues["path"],
            context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            await new StreamReader(context.Request.Body).ReadToEndAsync(), InBatch: false);
        Requests.Enqueue(request);
        var now = Interlocked.Increment(ref inFlight);
        for (var seen = maxInFlight; now > seen; seen = maxInFlight)
            Interlocked.CompareExchange(ref maxInFlight, now, seen);
        try
        {
            await Answer(context, request);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in the fake, not a Graph behaviour: keep it for the test to see.
            Failures.Enqueue(e);
            throw;
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    async Task Answer(HttpContext context, GraphRequest request)
    {
        Reply reply;
        var fault = TakeFault(request);
        if (!(request.Header("Authorization") ?? "").StartsWith("Bearer ", StringComparison.Ordinal) || request.Header("Authorization")!.Length < 10)
            reply = Error(401, "InvalidAuthenticationToken", "Access token is empty.");
        else if (fault is { Kind: FaultKind.Throttle or FaultKind.Unavailable or FaultKind.Forbidden or FaultKind.BadRequest })
            reply = Faulted(fault);
        else
        {
            reply = request.Path.Equals("/$batch", StringComparison.OrdinalIgnoreCase) && request.Method == "POST"
                ? Batch(request)
                : Handle(request);
            if (fault is { Kind: FaultKind.Slow })
            {
                try
                {
                    await Task.Delay(fault.Delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return;   // the client gave up; the work is done, as it would be in Exchange
                }
            }
        }
        await Write(context, reply);
    }

    static async Task Write(HttpContext context, Reply reply)
    {
        context.Response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers)
            context.Response.Headers[name] = value;
        context.Response.Headers["request-id"] = Guid.NewGuid().ToString();
        if (reply.Body is not null)
        {
            context.Response.ContentType = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";
            await context.Response.WriteAsync(reply.Body.ToJsonString());
        }
    }

    sealed record Reply(int Status, JsonNode? Body, Dictionary<string, string> Headers)
    {
        public Reply(int status, JsonNode? body) : this(status, body, new Dictionary<string, string>()) { }
    }

    static Reply Error(int status, string code, string message, Dictionary<string, string>? headers = null) => new(status, new JsonObject
    {
        ["error"] = new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["innerError"] = new JsonObject
            {
                ["date"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                ["request-id"] = Guid.NewGuid().ToString(),
                ["client-request-id"] = Guid.NewGuid().ToString(),
            },
        },
    }, headers ?? []);

    static Reply Faulted(Fault fault) => fault.Kind switch
    {
        FaultKind.Forbidden => Error(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation."),
        FaultKind.BadRequest => Error(400, "Request_BadRequest", "Invalid object identifier 'the id'."),
        FaultKind.Throttle => Error(429, "TooManyRequests", "Application is over its MailboxConcurrency limit.",
            new() { ["Retry-After"] = fault.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture) }),
        _ => Error(503, "ServiceNotAvailable", "Service unavailable.",
            fault.RetryAfterSeconds > 0 ? new() { ["Retry-After"] = fault.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture) } : null),
    };

    /// <summary>JSON batching: up to 20 requests, each answered in the envelope with its own status, headers and body.</summary>
    Reply Batch(GraphRequest outer)
    {
        var requests = JsonNode.Parse(outer.Body)?["requests"]?.AsArray() ?? [];
        if (requests.Count > 20)
            return Error(400, "BadRequest", "Number of batch request steps exceeds the maximum of 20.");
        var responses = new JsonArray();
        foreach (var step in requests)
        {
            var url = step!["url"]!.GetValue<string>();
            var uri = new Uri("http://batch" + (url.StartsWith('/') ? url : "/" + url));
            var headers = (step["headers"]?.AsObject() ?? []).ToDictionary(h => h.Key, h => h.Value!.ToString(), StringComparer.OrdinalIgnoreCase);
            var inner = new GraphRequest(step["method"]!.GetValue<string>(), Uri.UnescapeDataString(uri.AbsolutePath),
                Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query).ToDictionary(q => q.Key, q => q.Value.ToString()),
                headers, step["body"]?.ToJsonString() ?? "", InBatch: true);
            Requests.Enqueue(inner);
            var reply = TakeFault(inner) is { } fault ? Faulted(fault) : Handle(inner);
            var replyHeaders = new JsonObject();
            foreach (var (name, value) in reply.Headers)
                replyHeaders[name] = value;
            if (reply.Body is not null)
                replyHeaders["Content-Type"] = "application/json";
            responses.Add(new JsonObject
            {
                ["id"] = step["id"]!.GetValue<string>(),
                ["status"] = reply.Status,
                ["headers"] = replyHeaders,
                ["body"] = reply.Body,
            });
        }
        return new Reply(200, new JsonObject { ["responses"] = responses });
    }

    Reply Handle(GraphRequest r)
    {
        var path = r.Path.TrimEnd('/');
        if (HandleSubscriptions(r, path) is { } following)
            return following;
        if (HandleMail(r, path) is { } mail)
            return mail;
        if (HandleToDo(r, path) is { } toDo)
            return toDo;
        if (HandlePlanner(r, path) is { } planner)
            return planner;
        if (HandleDirectory(r, path) is { } directory)
            return directory;
        Match m;
        if (r.Method == "GET" && Regex.IsMatch(path, "^/me/messages$", RegexOptions.IgnoreCase))
            return ListMessages(r, Data.Messages.Values, "/me/messages");
        if (r.Method == "GET" && (m = Regex.Match(path, "^/me/mailFolders/([^/]+)/messages$", RegexOptions.IgnoreCase)).Success)
            return ListMessages(r, Data.Messages.Values.Where(x => x.Folder.Equals(m.Groups[1].Value, StringComparison.OrdinalIgnoreCase)),
                $"/me/mailFolders/{m.Groups[1].Value}/messages");
        if (r.Method == "POST" && (m = Regex.Match(path, "^/me/messages/([^/]+)/createReplyAll$", RegexOptions.IgnoreCase)).Success)
            return CreateReplyAll(r, m.Groups[1].Value);
        if (r.Method == "PATCH" && (m = Regex.Match(path, "^/me/messages/([^/]+)$", RegexOptions.IgnoreCase)).Success)
            return UpdateMessage(r, m.Groups[1].Value);
        if (r.Method == "GET" && Regex.IsMatch(path, "^/me$", RegexOptions.IgnoreCase))
            return GetUser(r, Data.Me);
        if (r.Method == "GET" && (m = Regex.Match(path, "^/users/([^/]+)/manager$", RegexOptions.IgnoreCase)).Success)
            return Manager(m.Groups[1].Value);
        if (r.Method == "GET" && (m = Regex.Match(path, "^/users/([^/]+)$", RegexOptions.IgnoreCase)).Success)
            return GetUser(r, m.Groups[1].Value);
        if (r.Method == "POST" && Regex.IsMatch(path, "^/me/getMailTips$", RegexOptions.IgnoreCase))
            return MailTips(r);
        if (r.Method == "POST" && Regex.IsMatch(path, "^/me/calendar/getSchedule$", RegexOptions.IgnoreCase))
            return GetSchedule(r);
        if (r.Method == "POST" && Regex.IsMatch(path, "^/me/events$", RegexOptions.IgnoreCase))
            return CreateEvent(r);
        return Error(400, "BadRequest", $"Resource not found for the segment '{path}'.");
    }
}
