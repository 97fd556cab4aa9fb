using System.Globalization;
using System.Threading.RateLimiting;
using CrossDept.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CrossDept.Hosting;

/// <summary>The "RateLimits" section: token buckets per signed-in user, and per client address for anonymous routes.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests a user may make at once, after a quiet spell (the bucket's size).</summary>
    public int UserBurst { get; set; } = 120;

    /// <summary>Requests a user may make per second, sustained (the bucket's refill).</summary>
    public int UserPerSecond { get; set; } = 2;

    /// <summary>The same for requests without a signed-in user (health checks, the pane's files, refused tokens), per client address.</summary>
    public int AnonymousBurst { get; set; } = 300;
    public int AnonymousPerSecond { get; set; } = 10;

    /// <summary>
    /// Graph's webhook (change notifications and lifecycle events), per client address and apart from the anonymous bucket:
    /// when many mailboxes change at once Graph sends hundreds of POSTs together; one refused is retried for up to 4 hours,
    /// so the notification is late, not lost.
    /// </summary>
    public int WebhookBurst { get; set; } = 1000;
    public int WebhookPerSecond { get; set; } = 100;

    /// <summary>
    /// Conversations analysed at once, across all users (reading bodies is CPU-bound: one per core keeps the server
    /// answering everything else); 0 means the number of cores. More wait in a short queue, then get 503 + Retry-After.
    /// </summary>
    public int ConcurrentAnalyses { get; set; }
    public int AnalysisQueue { get; set; } = 8;
}

public static class RateLimits
{
    /// <summary>The policy the routes that read whole conversations carry (analyze, drafts, the mailbox's analysis).</summary>
    public const string Analysis = "analysis";

    /// <summary>The policy Graph's webhook routes carry, instead of the anonymous per-address bucket.</summary>
    public const string GraphWebhook = "graph-webhook";

    /// <summary>Graph's webhook gets its own bucket, sized for Graph's bursts (<see cref="RateLimitOptions.WebhookBurst"/>).</summary>
    public static TBuilder WithGraphWebhookLimit<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireRateLimiting(GraphWebhook);

    /// <summary>Routes that read a whole conversation share the server's cores through <see cref="Analysis"/>.</summary>
    public static TBuilder WithAnalysisLimit<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireRateLimiting(Analysis);

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        if (options.UserBurst < 1 || options.UserPerSecond < 1 || options.AnonymousBurst < 1 || options.AnonymousPerSecond < 1
            || options.WebhookBurst < 1 || options.WebhookPerSecond < 1 || options.ConcurrentAnalyses < 0 || options.AnalysisQueue < 0)
            throw new InvalidOperationException($"{RateLimitOptions.Section}: bursts and per-second rates must be at least 1, analysis limits not negative.");
        var analyses = options.ConcurrentAnalyses == 0 ? Environment.ProcessorCount : options.ConcurrentAnalyses;
        services.AddSingleton(options);
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!options.Enabled)
                    return RateLimitPartition.GetNoLimiter("off");
                // Graph's webhook has its own bucket (the policy below), so a burst of notifications does not empty the
                // anonymous one that health checks and the pane's files share, nor the other way round.
                if (IsGraphWebhook(context))
                    return RateLimitPartition.GetNoLimiter(GraphWebhook);
                // The partition is the token's user (tenant and object id), never an address the client sends.
                return CurrentUser.FromPrincipal(context.User) is { } user
                    ? Bucket($"user:{user.TenantId}/{user.ObjectId}", options.UserBurst, options.UserPerSecond)
                    : Bucket($"ip:{context.Connection.RemoteIpAddress}", options.AnonymousBurst, options.AnonymousPerSecond);
            });
            limiter.AddPolicy(Analysis, context => options.Enabled
                ? RateLimitPartition.GetConcurrencyLimiter(Analysis, _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = analyses, QueueLimit = options.AnalysisQueue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                })
                : RateLimitPartition.GetNoLimiter(Analysis));
            limiter.AddPolicy(GraphWebhook, context => options.Enabled
                ? Bucket($"webhook:{context.Connection.RemoteIpAddress}", options.WebhookBurst, options.WebhookPerSecond)
                : RateLimitPartition.GetNoLimiter(GraphWebhook));
            limiter.OnRejected = async (rejected, ct) =>
            {
                var context = rejected.HttpContext;
                // Only the token buckets say when to come back; a full analysis queue is the server being busy, not the caller's fault.
                if (!rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    context.Response.Headers.RetryAfter = "2";
                    await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = context,
                        ProblemDetails = new ProblemDetails
                        {
                            Status = StatusCodes.Status503ServiceUnavailable,
                            Title = "Busy analysing other conversations",
                            Detail = $"At most {analyses} conversations are analysed at once and {options.AnalysisQueue} wait ({RateLimitOptions.Section}:ConcurrentAnalyses, AnalysisQueue). Retry in 2 s.",
                        },
                    });
                    return;
                }
                var wait = retryAfter;
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var signedIn = CurrentUser.FromPrincipal(context.User) is not null;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = IsGraphWebhook(context)
                            ? $"At most {options.WebhookBurst} notifications at once and {options.WebhookPerSecond} a second per client address ({RateLimitOptions.Section}:WebhookBurst, WebhookPerSecond). Retry after {seconds} s."
                            : signedIn
                            ? $"At most {options.UserBurst} requests at once and {options.UserPerSecond} a second per user ({RateLimitOptions.Section}:UserBurst, UserPerSecond). Retry after {seconds} s."
                            : $"At most {options.AnonymousBurst} requests at once and {options.AnonymousPerSecond} a second per client address ({RateLimitOptions.Section}:AnonymousBurst, AnonymousPerSecond). Retry after {seconds} s.",
                        Extensions = { ["retryAfterSeconds"] = seconds },
                    },
                });
            };
        });
        return services;
    }

    static bool IsGraphWebhook(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == GraphWebhook;

    static RateLimitPartition<string> Bucket(string key, int burst, int perSecond) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
