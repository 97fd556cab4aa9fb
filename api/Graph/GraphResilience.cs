using System.Collections.Concurrent;
using System.Net;
using CrossDept.Auth;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace CrossDept.Graph;

/// <summary>
/// The one resilience layer for Graph (the SDK's own RetryHandler is removed from its pipeline): at most N requests
/// in flight per mailbox, retries honouring Retry-After, a timeout per attempt and overall, and a circuit breaker per
/// tenant (one tenant's Exchange outage, or one tenant's failing requests, never pauses Graph for the others; tenants are
/// few and fixed by AzureAd:AllowedTenants, so the breakers' memory is bounded).
/// Requests that could create something twice are retried only when Graph says it did not process them (429).
/// </summary>
public sealed class GraphResilienceHandler : DelegatingHandler
{
    static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("crossdept.graph.request");

    readonly GraphSettings settings;
    readonly IHttpContextAccessor http;
    readonly ILogger<GraphResilienceHandler> logger;
    readonly ConcurrentDictionary<string, SemaphoreSlim> mailboxes = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, ResiliencePipeline<HttpResponseMessage>> tenants = new(StringComparer.Ordinal);

    public GraphResilienceHandler(GraphSettings settings, IHttpContextAccessor http, ILogger<GraphResilienceHandler> logger)
    {
        this.settings = settings;
        this.http = http;
        this.logger = logger;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Buffered once so every attempt sends the same body.
        if (request.Content is not null)
            await request.Content.LoadIntoBufferAsync(cancellationToken);
        var user = http.HttpContext is { } httpContext ? CurrentUser.FromPrincipal(httpContext.User) : null;
        var gate = mailboxes.GetOrAdd(user is null ? "" : $"{user.TenantId}/{user.ObjectId}", _ => new SemaphoreSlim(settings.MaxConcurrentRequestsPerMailbox));
        var pipeline = tenants.GetOrAdd(user?.TenantId ?? "", _ => Build());

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestKey, request);
        try
        {
            return await pipeline.ExecuteAsync(async ctx =>
            {
                await gate.WaitAsync(ctx.CancellationToken);
                try
                {
                    return await base.SendAsync(request, ctx.CancellationToken);
                }
                finally
                {
                    gate.Release();
                }
            }, context);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    ResiliencePipeline<HttpResponseMessage> Build() => new ResiliencePipelineBuilder<HttpResponseMessage>()
        .AddTimeout(new TimeoutStrategyOptions { Timeout = settings.TotalTimeout })
        .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = settings.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = settings.RetryDelay,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
            OnRetry = args =>
            {
                logger.LogWarning("Graph {Method} {Path}: {Outcome}; retry {Attempt} in {Delay}.", Request(args.Context)?.Method,
                    CrossDept.Hosting.Telemetry.RedactPath(Request(args.Context)?.RequestUri?.AbsolutePath), args.Outcome.Result?.StatusCode.ToString() ?? args.Outcome.Exception?.GetType().Name,
                    args.AttemptNumber + 1, args.RetryDelay);
                args.Outcome.Result?.Dispose();
                return ValueTask.CompletedTask;
            },
        })
        .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = settings.BreakerFailureRatio,
            MinimumThroughput = settings.BreakerMinimumThroughput,
            SamplingDuration = settings.BreakerSamplingDuration,
            BreakDuration = settings.BreakDuration,
            // Throttling is about one mailbox, not an outage: only server faults and timeouts open the circuit.
            ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
            {
                { Exception: TimeoutRejectedException or HttpRequestException } => true,
                { Result.StatusCode: var status } => (int)status >= 500,
                _ => false,
            }),
        })
        .AddTimeout(new TimeoutStrategyOptions { Timeout = settings.AttemptTimeout })
        .Build();

    bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        if (context.CancellationToken.IsCancellationRequested)
            return false;
        var request = Request(context);
        switch (outcome)
        {
            case { Result.StatusCode: HttpStatusCode.TooManyRequests } throttled:
                return WithinPatience(throttled.Result);
            case { Result.StatusCode: HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout or HttpStatusCode.BadGateway } failed:
                return IsSafeToRepeat(request) && WithinPatience(failed.Result);
            case { Exception: TimeoutRejectedException or HttpRequestException }:
                return IsSafeToRepeat(request);
            default:
                return false;
        }
    }

    bool WithinPatience(HttpResponseMessage? response) => RetryAfter(response) is not { } wait || wait <= settings.MaxRetryAfter;

    static HttpRequestMessage? Request(ResilienceContext context) => context.Properties.TryGetValue(RequestKey, out var r) ? r : null;

    /// <summary>
    /// Reads, and writes Graph deduplicates itself, may be repeated after an unknown outcome; creating a reply draft
    /// may not (Graph would make a second draft), so it is retried only on 429.
    /// </summary>
    internal static bool IsSafeToRepeat(HttpRequestMessage? request)
    {
        if (request is null)
            return false;
        if (request.Method == HttpMethod.Get || request.Method == HttpMethod.Patch || request.Method == HttpMethod.Put || request.Method == HttpMethod.Delete)
            return true;
        var path = request.RequestUri?.AbsolutePath ?? "";
        return path.EndsWith("/$batch", StringComparison.OrdinalIgnoreCase)       // we batch only reads
            || path.EndsWith("/getSchedule", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith("/findMeetingTimes", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith("/getMailTips", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith("/events", StringComparison.OrdinalIgnoreCase);       // carries a transactionId: Graph keeps one event
    }

    /// <summary>Graph's Retry-After (seconds or a date), or null to use the exponential backoff.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response) => response?.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
