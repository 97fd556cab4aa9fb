using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace CrossDept.Hosting;

/// <summary>
/// Kestrel refuses some requests itself, before any middleware runs: a malformed request line, a bad Host header, a
/// request line or headers past its own limits. Its answer is a status with an empty body. This puts a ProblemDetails
/// body in that answer, as every other error has: Kestrel reports each refusal with its reason (the documented
/// <c>Microsoft.AspNetCore.Server.Kestrel.BadRequest</c> diagnostic event) before writing its answer, and a connection
/// middleware on every endpoint rewrites the empty 4xx that follows on that connection.
/// </summary>
/// <remarks>
/// HTTP/1.x in clear text only: that is what Kestrel sees behind a TLS-terminating proxy and in the tests. On an
/// endpoint where Kestrel itself does TLS (<c>https://</c> in <c>--urls</c>) the connection middleware runs outside TLS
/// and passes the bytes through untouched, so those refusals stay bare; HTTP/2 refuses a stream with a reset, not a
/// response.
/// </remarks>
public static class KestrelProblems
{
    public const string BadRequestEvent = "Microsoft.AspNetCore.Server.Kestrel.BadRequest";

    public static WebApplicationBuilder AddKestrelProblems(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<KestrelRefusals>();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(listen => listen.Use(next =>
        {
            // Built when the endpoint binds, after the container exists: subscribing here means before the first request.
            var refusals = listen.ApplicationServices.GetRequiredService<KestrelRefusals>();
            return context => refusals.OnConnectionAsync(context, next);
        })));
        return builder;
    }
}

/// <summary>The connections being served, and Kestrel's refusals on them as it reports them.</summary>
sealed class KestrelRefusals : IObserver<KeyValuePair<string, object?>>, IDisposable
{
    readonly ConcurrentDictionary<string, ProblemWriter> connections = new();
    readonly IDisposable subscription;
    readonly ILogger<KestrelRefusals> logger;
    readonly Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerLimits limits;
    readonly LimitsOptions ours;

    public KestrelRefusals(DiagnosticListener diagnostics, ILogger<KestrelRefusals> logger,
        Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions> kestrel,
        Microsoft.Extensions.Options.IOptions<LimitsOptions> ours)
    {
        this.logger = logger;
        limits = kestrel.Value.Limits;
        this.ours = ours.Value;
        subscription = diagnostics.Subscribe(this, name => name == KestrelProblems.BadRequestEvent);
    }

    public async Task OnConnectionAsync(ConnectionContext context, ConnectionDelegate next)
    {
        var transport = context.Transport;
        var writer = new ProblemWriter(transport.Output);
        context.Transport = new Duplex(transport.Input, writer);
        connections[context.ConnectionId] = writer;
        try
        {
            await next(context);
        }
        finally
        {
            connections.TryRemove(context.ConnectionId, out _);
            context.Transport = transport;
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != KestrelProblems.BadRequestEvent || value.Value is not IFeatureCollection features)
            return;
        var error = features.Get<IBadRequestExceptionFeature>()?.Error;
        var connectionId = features.Get<IHttpConnectionFeature>()?.ConnectionId;
        var status = (error as BadHttpRequestException)?.StatusCode ?? StatusCodes.Status400BadRequest;
        var reason = Reason(error);
        logger.LogInformation("Client error {Status} refused by the server before routing: {Reason}", status, reason);
        // A HEAD answer has no body, whatever it says.
        if (connectionId is not null && connections.TryGetValue(connectionId, out var writer)
            && !HttpMethods.IsHead(features.Get<IHttpRequestFeature>()?.Method ?? ""))
            writer.Refused(Problem(status, reason, connectionId));
    }

    /// <summary>Kestrel's message without the echo of the client's bytes it sometimes carries ("Invalid request line: '…'").</summary>
    static string Reason(Exception? error)
    {
        var message = error?.Message ?? "The request is malformed.";
        var echo = message.IndexOf(": '", StringComparison.Ordinal);
        return (echo > 0 ? message[..echo] : message).TrimEnd('.', ' ') + ".";
    }

    ProblemDetails Problem(int status, string reason, string connectionId)
    {
        var (title, limit) = status switch
        {
            StatusCodes.Status414UriTooLong => ("The address is too long",
                $" The server reads a request line of at most {limits.MaxRequestLineSize} bytes; the API takes path and query of at most {ours.MaxUrlLength} characters ({LimitsOptions.Section}:MaxUrlLength)."),
            StatusCodes.Status431RequestHeaderFieldsTooLarge => ("The request headers are too large",
                $" The server reads at most {limits.MaxRequestHeadersTotalSize} bytes and {limits.MaxRequestHeaderCount} headers; the API takes at most {ours.MaxHeaderBytes} bytes ({LimitsOptions.Section}:MaxHeaderBytes)."),
            StatusCodes.Status400BadRequest => ("The request is malformed", " It was refused before reaching the API."),
            _ => (ReasonPhrases.GetReasonPhrase(status), " It was refused before reaching the API."),
        };
        return new ProblemDetails
        {
            Type = status switch
            {
                StatusCodes.Status400BadRequest => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
                StatusCodes.Status414UriTooLong => "https://tools.ietf.org/html/rfc9110#section-15.5.15",
                StatusCodes.Status431RequestHeaderFieldsTooLarge => "https://tools.ietf.org/html/rfc6585#section-5",
                _ => null,
            },
            Status = status,
            Title = title,
            Detail = reason + limit,
            // No HttpContext yet, so no trace id: the connection id is what Kestrel's own logs name.
            Extensions = { ["connectionId"] = connectionId },
        };
    }

    public void OnError(Exception error) { }
    public void OnCompleted() { }
    public void Dispose() => subscription.Dispose();

    sealed class Duplex(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;
        public PipeWriter Output { get; } = output;
    }
}

/// <summary>
/// The connection's output, passed through untouched until Kestrel reports a refusal; then the next answer is held until
/// its head is complete, and if it is Kestrel's own empty 4xx it gets the ProblemDetails body. Anything else (an answer
/// the application wrote, bytes that are not HTTP/1) goes out as it was.
/// </summary>
sealed class ProblemWriter(PipeWriter inner) : PipeWriter
{
    static readonly byte[] HeadEnd = "\r\n\r\n"u8.ToArray();
    const int MaxHeld = 64 * 1024;

    ProblemDetails? refusal;
    ArrayBufferWriter<byte>? held;
    long unflushed;

    public void Refused(ProblemDetails problem) => refusal = problem;

    /// <summary>Hold from the start of the next answer: only when nothing of an earlier one is waiting to be flushed.</summary>
    IBufferWriter<byte> Target()
    {
        if (held is null && refusal is not null && unflushed == 0)
            held = new ArrayBufferWriter<byte>(1024);
        return held is not null ? held : inner;
    }

    public override Memory<byte> GetMemory(int sizeHint = 0) => Target().GetMemory(sizeHint);
    public override Span<byte> GetSpan(int sizeHint = 0) => Target().GetSpan(sizeHint);

    public override void Advance(int bytes)
    {
        if (held is not null)
            held.Advance(bytes);
        else
        {
            inner.Advance(bytes);
            unflushed += bytes;
        }
    }

    public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;
    public override long UnflushedBytes => inner.UnflushedBytes + (held?.WrittenCount ?? 0);

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override async ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        if (held is not null && !Release(final: false))
            return new FlushResult(isCanceled: false, isCompleted: false);
        unflushed = 0;
        return await inner.FlushAsync(cancellationToken);
    }

    public override void Complete(Exception? exception = null)
    {
        if (held is not null)
            Release(final: true);
        inner.Complete(exception);
    }

    public override async ValueTask CompleteAsync(Exception? exception = null)
    {
        if (held is not null)
            Release(final: true);
        await inner.CompleteAsync(exception);
    }

    /// <summary>Writes what is held on, rewritten when it is Kestrel's empty refusal; false while the head is still incomplete.</summary>
    bool Release(bool final)
    {
        var bytes = held!.WrittenMemory;
        var span = bytes.Span;
        var start = 0;
        while (true)
        {
            var rest = span[start..];
            if (!rest.StartsWith("HTTP/1."u8))
                break;
            var end = rest.IndexOf(HeadEnd);
            if (end < 0)
            {
                if (!final && rest.Length < MaxHeld)
                    return false;
                break;
            }
            var head = Encoding.ASCII.GetString(rest[..(end + 2)]);
            // Interim answers (100 Continue) go out as they are; the final one after them is Kestrel's.
            if (head.Length > 12 && head[9] == '1')
            {
                start += end + HeadEnd.Length;
                continue;
            }
            if (IsEmptyClientError(head) && refusal is { } problem)
            {
                Write(span[..start]);
                Write(Rewrite(head, problem));
                Write(rest[(end + HeadEnd.Length)..]);
                Done();
                return true;
            }
            break;
        }
        Write(span);
        Done();
        return true;
    }

    void Done()
    {
        held = null;
        refusal = null;
    }

    void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            return;
        bytes.CopyTo(inner.GetSpan(bytes.Length));
        inner.Advance(bytes.Length);
    }

    /// <summary>A 4xx with <c>Content-Length: 0</c> and no type: what Kestrel writes when it refuses a request.</summary>
    static bool IsEmptyClientError(string head)
    {
        if (head.Length < 12 || head[9] != '4')
            return false;
        var empty = false;
        foreach (var line in head.Split("\r\n").Skip(1))
        {
            if (line.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Transfer-Encoding:", StringComparison.OrdinalIgnoreCase))
                return false;
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                empty = line["Content-Length:".Length..].Trim() == "0";
        }
        return empty;
    }

    static byte[] Rewrite(string head, ProblemDetails problem)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(problem);
        var lines = head.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)).ToList();
        lines.Add("Content-Type: application/problem+json");
        lines.Add($"Content-Length: {body.Length}");
        lines.Add("X-Content-Type-Options: nosniff");
        lines.Add("Content-Security-Policy: " + SafeDefaults.ApiPolicy);
        return [.. Encoding.ASCII.GetBytes(string.Join("\r\n", lines) + "\r\n\r\n"), .. body];
    }
}
