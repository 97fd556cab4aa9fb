using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CrossDept.Hosting;

/// <summary>The "Limits" section: how large a request body may be, by the kind of route. Defaults and reasons: api/Hosting/README.md.</summary>
public sealed class LimitsOptions
{
    public const string Section = "Limits";

    /// <summary>Routes that carry a whole conversation (analyze, drafts, tracking an analysis).</summary>
    public long ConversationBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>A draft being written (the vague-ask check).</summary>
    public long DraftBodyBytes { get; set; } = 512 * 1024;

    /// <summary>Every other route: a few fields (a call, a lookup, an agreement's status).</summary>
    public long SmallBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Path and query together; longer is 414. Kestrel's own request-line limit sits above it.</summary>
    public int MaxUrlLength { get; set; } = 4096;

    /// <summary>All request headers together (names, values, separators); more is 431. Kestrel's own limit sits above it.</summary>
    public int MaxHeaderBytes { get; set; } = 32 * 1024;
}

/// <summary>Which body limit a route has; routes without one get <see cref="Small"/>.</summary>
public sealed record BodySize(string Name, Func<LimitsOptions, long> Bytes)
{
    public static readonly BodySize Conversation = new("Limits:ConversationBodyBytes", o => o.ConversationBodyBytes);
    public static readonly BodySize Draft = new("Limits:DraftBodyBytes", o => o.DraftBodyBytes);
    public static readonly BodySize Small = new("Limits:SmallBodyBytes", o => o.SmallBodyBytes);
}

public static class RequestLimits
{
    /// <summary>The route's body limit, carried once on a group or an endpoint.</summary>
    public static TBuilder WithBodySize<TBuilder>(this TBuilder builder, BodySize size) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(size);

    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.Section)
            .Validate(o => o.ConversationBodyBytes > 0 && o.DraftBodyBytes > 0 && o.SmallBodyBytes > 0 && o.MaxUrlLength >= 256 && o.MaxHeaderBytes >= 4096,
                $"{LimitsOptions.Section}: body limits must be positive, MaxUrlLength at least 256 and MaxHeaderBytes at least 4096.")
            .ValidateOnStart();
        var limits = builder.Configuration.GetSection(LimitsOptions.Section).Get<LimitsOptions>() ?? new LimitsOptions();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // The largest route limit is the server's: nothing bigger is ever read. Each route then lowers it (below).
            kestrel.Limits.MaxRequestBodySize = Math.Max(limits.ConversationBodyBytes, Math.Max(limits.DraftBodyBytes, limits.SmallBodyBytes));
            // Room above MaxUrlLength, so a long URL gets our 414 problem+json rather than Kestrel's bare one.
            kestrel.Limits.MaxRequestLineSize = Math.Max(16 * 1024, limits.MaxUrlLength + 8192);
            // The same for headers: ours answers with its name; past Kestrel's, KestrelProblems gives its bare 431 a body.
            kestrel.Limits.MaxRequestHeadersTotalSize = limits.MaxHeaderBytes + 16 * 1024;
            kestrel.AddServerHeader = false;
        });
        return builder;
    }

    /// <summary>
    /// After routing: a URL over the limit is 414, a declared body over the route's limit is 413 before a byte is read,
    /// and a body without a length stops being read at the limit (413 from the exception handler). Every answer names the limit.
    /// </summary>
    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value;
            var urlLength = context.Request.Path.Value?.Length + context.Request.QueryString.Value?.Length ?? 0;
            if (urlLength > options.MaxUrlLength)
            {
                await Problem(context, StatusCodes.Status414UriTooLong, "The address is too long",
                    $"Path and query are at most {options.MaxUrlLength} characters ({LimitsOptions.Section}:MaxUrlLength).", "Limits:MaxUrlLength", options.MaxUrlLength);
                return;
            }
            if (HeaderBytes(context.Request.Headers) is var headerBytes && headerBytes > options.MaxHeaderBytes)
            {
                await Problem(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "The request headers are too large",
                    $"Request headers are at most {options.MaxHeaderBytes} bytes together ({LimitsOptions.Section}:MaxHeaderBytes); these are {headerBytes}.", "Limits:MaxHeaderBytes", options.MaxHeaderBytes);
                return;
            }
            var size = context.GetEndpoint()?.Metadata.GetMetadata<BodySize>() ?? BodySize.Small;
            var limit = size.Bytes(options);
            if (context.Request.ContentLength > limit)
            {
                await Problem(context, StatusCodes.Status413PayloadTooLarge, "The request body is too large",
                    $"This route takes at most {limit} bytes ({size.Name}); the request declared {context.Request.ContentLength}.", size.Name, limit);
                return;
            }
            var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (feature is { IsReadOnly: false })
                feature.MaxRequestBodySize = limit;
            else if (context.Request.ContentLength is null && (context.Request.Body.CanRead))
                // No server-side limit to set (in-process test host): count what is read instead.
                context.Request.Body = new LimitedBody(context.Request.Body, limit);
            context.Items[typeof(BodySize)] = (size, limit);
            await next(context);
        });
        return app;
    }

    /// <summary>Header lines as sent: "Name: value" and the line break, for each value.</summary>
    static long HeaderBytes(IHeaderDictionary headers)
    {
        long total = 0;
        foreach (var (name, values) in headers)
            foreach (var value in values)
                total += name.Length + 2 + (value?.Length ?? 0) + 2;
        return total;
    }

    /// <summary>For the exception handler: which limit a 413 from the server was about.</summary>
    internal static string DescribeBodyLimit(HttpContext context) =>
        context.Items[typeof(BodySize)] is (BodySize size, long limit)
            ? $"This route takes at most {limit} bytes ({size.Name})."
            : "The request body is larger than the server accepts.";

    static async Task Problem(HttpContext context, int status, string title, string detail, string limitName, long limit)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = status, Title = title, Detail = detail,
                Extensions = { ["limit"] = limitName, ["maximum"] = limit },
            },
        });
    }

    /// <summary>A request body that fails like Kestrel's once more than the limit has been read.</summary>
    sealed class LimitedBody(Stream inner, long limit) : Stream
    {
        long read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) =>
            Count(await inner.ReadAsync(buffer, ct));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
            ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

        int Count(int n)
        {
            read += n;
            if (read > limit)
                throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
            return n;
        }
    }
}
