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
}

public static class RateLimits
{
    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        if (options.UserBurst < 1 || options.UserPerSecond < 1 || options.AnonymousBurst < 1 || options.AnonymousPerSecond < 1)
            throw new InvalidOperationException($"{RateLimitOptions.Section}: bursts and per-second rates must be at least 1.");
        services.AddSingleton(options);
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!options.Enabled)
                    return RateLimitPartition.GetNoLimiter("off");
                // The partition is the token's user (tenant and object id), never an address the client sends.
                return CurrentUser.FromPrincipal(context.User) is { } user
                    ? Bucket($"user:{user.TenantId}/{user.ObjectId}", options.UserBurst, options.UserPerSecond)
                    : Bucket($"ip:{context.Connection.RemoteIpAddress}", options.AnonymousBurst, options.AnonymousPerSecond);
            });
            limiter.OnRejected = async (rejected, ct) =>
            {
                var context = rejected.HttpContext;
                var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
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
                        Detail = signedIn
                            ? $"At most {options.UserBurst} requests at once and {options.UserPerSecond} a second per user ({RateLimitOptions.Section}:UserBurst, UserPerSecond). Retry after {seconds} s."
                            : $"At most {options.AnonymousBurst} requests at once and {options.AnonymousPerSecond} a second per client address. Retry after {seconds} s.",
                        Extensions = { ["retryAfterSeconds"] = seconds },
                    },
                });
            };
        });
        return services;
    }

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
