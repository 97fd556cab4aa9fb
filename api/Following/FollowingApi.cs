using CrossDept.Hosting;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossDept.Auth;
using CrossDept.Graph;
using CrossDept.Tracking;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CrossDept.Following;

public static class FollowingApi
{
    /// <summary>
    /// Change notifications in a tenant (settings, session tokens, subscriptions, the worker). In demo mode, or when an
    /// admin set <c>Following:Enabled=false</c>, only the status route is there and it says following is off.
    /// </summary>
    public static WebApplicationBuilder AddFollowing(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(FollowingSettings.Section).Get<FollowingSettings>() ?? new FollowingSettings();
        settings.Validate();
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton<FollowingStore>();
        if (!SignIn.IsDemo(builder.Configuration))
            services.AddPersistedSessions(builder.Configuration);
        if (!settings.Enabled)
            return builder;
        services.AddSingleton<Digests>();
        services.AddSingleton<IUserDataEraser, DigestEraser>();
        services.AddSingleton<FollowCounters>();
        services.AddSingleton<FollowUpSweep>();
        services.AddSingleton<IUserCalendar>(sp => sp.GetRequiredService<IDigestOutbox>());
        // Quartz.NET runs the timed work (sweep, digest; in a tenant also renewal, reconciliation, pruning, To Do).
        var demo = SignIn.IsDemo(builder.Configuration);
        services.AddFollowingScheduler(builder.Configuration, settings, builder.Environment.ContentRootPath, tenant: !demo);
        services.AddSingleton<IUserDataEraser, SchedulerEraser>();
        if (demo)
        {
            services.AddHostedService<DemoFollower>();
            // The demo's digest is an .eml in <DemoOutputFolder>/outbox, written by the user's digest job every DigestInterval.
            var mailbox = builder.Configuration.GetSection(CrossDept.Mailbox.MailboxSettings.Section).Get<CrossDept.Mailbox.MailboxSettings>()
                ?? new CrossDept.Mailbox.MailboxSettings();
            var outbox = Path.Combine(mailbox.DemoOutputFolder ?? Path.Combine(Path.GetTempPath(), "crossdept-demo-mailbox"), "outbox");
            services.AddSingleton<IDigestOutbox>(sp => new DemoDigestOutbox(outbox, DigestCalendar.ZoneOf(mailbox.DemoTimeZone),
                sp.GetRequiredService<TimeProvider>()));
            return builder;
        }
        services.AddSingleton<IDigestOutbox, GraphDigestOutbox>();
        services.AddSingleton<ToDoSync>();
        services.AddSingleton<IUserDataEraser, ToDoEraser>();
        services.AddSingleton<ISessionTokens, LongRunningOboTokens>();
        services.AddSingleton<UserGraphs>();
        services.AddSingleton<Subscriptions>();
        services.AddSingleton<FollowWake>();
        services.AddSingleton<Follower>();
        services.AddHostedService(sp => sp.GetRequiredService<Follower>());
        services.AddSingleton<IUserDataEraser, FollowingEraser>();
        return builder;
    }

    public static IEndpointRouteBuilder MapFollowing(this IEndpointRouteBuilder routes)
    {
        // Graph calls these: no user token, so the subscription's clientState is what authenticates each notification.
        // Graph puts up to a few hundred notifications in one POST (ids only, ~0.6 KB each): the draft-sized limit, not the 64 KiB one.
        var hooks = routes.MapGroup("/api/following").WithTags("Following").AllowAnonymous().ExcludeFromDescription()
            .WithBodySize(BodySize.Draft).WithGraphWebhookLimit();
        hooks.MapPost("/notifications", Notifications);
        hooks.MapPost("/lifecycle", Lifecycle);

        var me = routes.MapUserGroup("/api/me/following").WithTags("Following")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        me.MapGet("", Status).WithName("FollowingStatus")
            .WithSummary("Whether replies to tracked conversations update the board while Outlook is closed, and if paused, why")
            .WithDescription("status: active, pending, reauthorize, paused or off. When paused, reason and howToResume say why and what to do "
                + "(open the pane and sign in, then PUT this route).");
        me.MapPut("", Start).WithName("StartFollowing")
            .WithSummary("Follow my tracked conversations while I am away (starts the background session and the Graph subscription)")
            .WithDescription("Idempotent: the pane calls it after tracking and whenever following is paused. Needs the user's token "
                + "(on-behalf-of); a 403 with a claims challenge means the user must consent again.");
        var digest = routes.MapUserGroup("/api/me/digest").WithTags("Following")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        digest.MapGet("", DigestStatus).WithName("DigestStatus").WithSummary("Whether I get the morning digest email");
        digest.MapPut("", SetDigest).WithName("SetDigest")
            .WithSummary("Turn the morning digest email on or off: { \"enabled\": true }")
            .WithDescription("Opt-in. On the user's working days, after Following:DigestHour in their mailbox's time zone, at most one a day: "
                + "overdue, due this week, who to remind, who to call, sent to the user themself (Mail.Send).");
        me.MapDelete("", Stop).WithName("StopFollowing")
            .WithSummary("Stop following: the Graph subscription, queued work and the background session's record are removed");
        return routes;
    }

    // ---- the webhook ----

    static async Task<IResult> Notifications(HttpContext http, FollowingStore store, [FromServices] FollowWake? wake, TimeProvider clock,
        ILogger<FollowingSettings> logger, CancellationToken ct)
    {
        if (Handshake(http) is { } echo)
            return echo;
        var (batch, problem) = await ReadAsync(http, ct);
        if (problem is not null)
            return problem;
        var changes = new List<NotifiedChange>();
        var rejected = 0;
        // Graph puts many notifications of one subscription in a POST: look each subscription up once.
        var subscriptions = new Dictionary<string, FollowState?>(StringComparer.Ordinal);
        foreach (var n in batch!)
        {
            if (n.SubscriptionId is { } sid && !subscriptions.ContainsKey(sid))
                subscriptions[sid] = await store.BySubscriptionAsync(sid, ct);
            var state = n.SubscriptionId is null ? null : subscriptions[n.SubscriptionId];
            if (state is null || !SameSecret(state.ClientState, n.ClientState) || n.ResourceData?.Id is not { Length: > 0 } messageId)
            {
                rejected++;
                continue;
            }
            // A paused user's mail cannot be read until they come back; resuming reads every tracked conversation again.
            if (state.Status == FollowStatus.Paused)
                continue;
            // What identifies one change of one message: a redelivery carries the same triple, a new change another etag.
            var changeId = $"{n.ChangeType}|{messageId}|{n.ResourceData.ETag}";
            changes.Add(new NotifiedChange(state.Owner, n.SubscriptionId!, messageId, changeId));
        }
        if (changes.Count == 0 && rejected > 0)
        {
            logger.LogWarning("Following: rejected {Count} notifications (unknown subscription or wrong clientState)", rejected);
            return TypedResults.Problem(title: "Not a notification of ours",
                detail: "The clientState or subscription does not match a subscription this API made.", statusCode: StatusCodes.Status401Unauthorized);
        }
        // Only ids are kept, and only once per change; the reading happens off this request.
        if (await store.AcceptAsync(changes, clock.GetUtcNow(), ct) > 0)
            wake?.Set();
        return TypedResults.Accepted((string?)null);
    }

    static async Task<IResult> Lifecycle(HttpContext http, FollowingStore store, [FromServices] UserJobs? jobs, TimeProvider clock,
        ILogger<FollowingSettings> logger, CancellationToken ct)
    {
        if (Handshake(http) is { } echo)
            return echo;
        var (batch, problem) = await ReadAsync(http, ct);
        if (problem is not null)
            return problem;
        var accepted = 0;
        foreach (var n in batch!)
        {
            var state = n.SubscriptionId is null ? null : await store.BySubscriptionAsync(n.SubscriptionId, ct);
            if (state is null || !SameSecret(state.ClientState, n.ClientState))
                continue;
            accepted++;
            var now = clock.GetUtcNow();
            logger.LogInformation("Following: lifecycle event {Event} for subscription {Subscription}", n.LifecycleEvent, n.SubscriptionId);
            switch (n.LifecycleEvent)
            {
                case "subscriptionRemoved":
                    // Make a new one; whatever arrived meanwhile was never notified, so read every tracked conversation.
                    await store.SetStatusAsync(state.Owner, FollowStatus.Pending, null, forgetSubscription: true, now, ct);
                    await Reconcile(state.Owner);
                    break;
                case "missed":
                    await Reconcile(state.Owner);
                    break;
                case "reauthorizationRequired":
                    if (state.Status == FollowStatus.Active)
                        await store.SetStatusAsync(state.Owner, FollowStatus.Reauthorize, null, forgetSubscription: false, now, ct);
                    break;
            }
        }
        if (accepted == 0 && batch!.Count > 0)
            return TypedResults.Problem(title: "Not a notification of ours",
                detail: "The clientState or subscription does not match a subscription this API made.", statusCode: StatusCodes.Status401Unauthorized);
        if (jobs is not null && accepted > 0)
            await jobs.CheckSubscriptionsSoonAsync(ct);
        return TypedResults.Accepted((string?)null);

        // The user's reconcile job, fired now: it survives this instance crashing right after the 202.
        async Task Reconcile(Owner owner)
        {
            if (jobs is not null)
                await jobs.ReconcileNowAsync(owner, ct);
            else
                await store.QueueAllTrackedAsync(owner, clock.GetUtcNow(), ct);
        }
    }

    /// <summary>Graph's validation: POST ?validationToken=… must be answered 200 text/plain with the token, within 10 seconds.</summary>
    static IResult? Handshake(HttpContext http)
    {
        if (http.Request.Query["validationToken"] is not { Count: > 0 } token)
            return null;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Text(token.ToString(), "text/plain", Encoding.UTF8, StatusCodes.Status200OK);
    }

    static async Task<(IReadOnlyList<ChangeNotification>? Batch, IResult? Problem)> ReadAsync(HttpContext http, CancellationToken ct)
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync<NotificationCollection>(http.Request.Body, JsonSerializerOptions.Web, ct);
            return (body?.Value ?? [], null);
        }
        catch (JsonException)
        {
            return (null, TypedResults.Problem(title: "Not a change notification", detail: "The body is not Graph's notification collection JSON.",
                statusCode: StatusCodes.Status400BadRequest));
        }
    }

    static bool SameSecret(string expected, string? given) => given is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));

    // ---- the user's routes ----

    static async Task<Results<Ok<DigestView>, ProblemHttpResult>> DigestStatus(CurrentUser user, [FromServices] Digests? digests, CancellationToken ct) =>
        digests is null ? DigestOff() : TypedResults.Ok(DigestView.Of(await digests.GetAsync(user.Owner(), ct)));

    static async Task<Results<Ok<DigestView>, ProblemHttpResult>> SetDigest(CurrentUser user, DigestRequest request, [FromServices] Digests? digests,
        HttpContext http, [FromServices] ISessionTokens? sessions, [FromServices] GraphSettings? graphSettings, [FromServices] UserJobs? jobs,
        CancellationToken ct)
    {
        if (digests is null)
            return DigestOff();
        // In a tenant the digest is sent from the background session; turning it on starts one from this request's token.
        if (request.Enabled && sessions is not null && graphSettings is not null)
            await sessions.StartAsync(http.User, graphSettings.Scopes, ct);
        await digests.SetAsync(user.Owner(), user.Address, request.Enabled, ct);
        if (request.Enabled && jobs is not null)
            await jobs.EnsureAsync(user.Owner(), ct);
        return TypedResults.Ok(DigestView.Of(await digests.GetAsync(user.Owner(), ct)));
    }

    static ProblemHttpResult DigestOff() => TypedResults.Problem(title: "Following is off",
        detail: "An admin turned off everything that acts while you are away (Following:Enabled=false), the digest included.",
        statusCode: StatusCodes.Status409Conflict);

    static async Task<Ok<FollowingView>> Status(CurrentUser user, FollowingStore store, FollowingSettings settings, IConfiguration configuration,
        CancellationToken ct) =>
        TypedResults.Ok(FollowingView.Of(await store.GetAsync(user.Owner(), ct), settings, SignIn.IsDemo(configuration)));

    static async Task<Ok<FollowingView>> Start(CurrentUser user, HttpContext http, FollowingStore store, FollowingSettings settings,
        IConfiguration configuration, IServiceProvider services, [FromServices] GraphSettings? graphSettings, TimeProvider clock, CancellationToken ct)
    {
        if (!settings.Enabled || SignIn.IsDemo(configuration) || graphSettings is null)
            return TypedResults.Ok(FollowingView.Of(null, settings, SignIn.IsDemo(configuration)));
        // The long-running session starts from this request's token; a consent problem surfaces as the usual 403 challenge.
        await services.GetRequiredService<ISessionTokens>().StartAsync(http.User, graphSettings.Scopes, ct);
        var wasPaused = (await store.GetAsync(user.Owner(), ct))?.Status == FollowStatus.Paused;
        var state = await store.WantAsync(user.Owner(), user.Address, NewClientState(), clock.GetUtcNow(), ct);
        // Made now when Graph answers, so the pane sees "active"; otherwise the worker keeps trying.
        try
        {
            state = await services.GetRequiredService<Subscriptions>().EnsureAsync(state, ct) ?? state;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            services.GetRequiredService<ILogger<FollowingSettings>>().LogWarning(e, "Following: subscription not made now; the worker retries");
            await services.GetRequiredService<UserJobs>().CheckSubscriptionsSoonAsync(ct);
        }
        await services.GetRequiredService<UserJobs>().EnsureAsync(user.Owner(), ct);
        // Notifications that came while paused were not queued: read everything again.
        if (wasPaused && state.Status != FollowStatus.Paused)
            await services.GetRequiredService<UserJobs>().ReconcileNowAsync(user.Owner(), ct);
        return TypedResults.Ok(FollowingView.Of(state, settings, demo: false));
    }

    static async Task<NoContent> Stop(CurrentUser user, IEnumerable<IUserDataEraser> erasers, CancellationToken ct)
    {
        foreach (var eraser in erasers.OfType<FollowingEraser>())
            await eraser.EraseAsync(user.Owner(), ct);
        return TypedResults.NoContent();
    }

    static string NewClientState() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}

/// <summary>Removes the user's subscription at Graph (best effort: their session may be gone) and every row of theirs.</summary>
/// <summary>Turns the digest on or off.</summary>
public sealed record DigestRequest(bool Enabled);

/// <summary>Whether the user gets the digest, and the last day (their own calendar day) one went out.</summary>
public sealed record DigestView(bool Enabled, string? LastSentOn)
{
    public static DigestView Of(DigestSetting s) => new(s.Enabled, s.LastSentOn);
}

sealed class ToDoEraser(ToDoSync toDo) : IUserDataEraser
{
    // The tasks themselves are the user's, in their own To Do: they stay there; only our record of the list goes.
    public Task EraseAsync(Owner owner, CancellationToken ct) => toDo.EraseAsync(owner, ct);
}

sealed class DigestEraser(Digests digests) : IUserDataEraser
{
    public Task EraseAsync(Owner owner, CancellationToken ct) => digests.EraseAsync(owner, ct);
}

/// <summary>Erase: the user's Quartz jobs and their triggers (group user:{tenant}:{oid}) go too.</summary>
sealed class SchedulerEraser(UserJobs jobs) : IUserDataEraser
{
    public Task EraseAsync(Owner owner, CancellationToken ct) => jobs.EraseAsync(owner, ct);
}

sealed class FollowingEraser(FollowingStore store, Subscriptions subscriptions, ILogger<FollowingEraser> logger) : IUserDataEraser
{
    public async Task EraseAsync(Owner owner, CancellationToken ct)
    {
        var state = await store.GetAsync(owner, ct);
        if (state?.SubscriptionId is { } id)
            try
            {
                await subscriptions.DeleteAsync(owner, id, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // It expires by itself within SubscriptionLifetime, and its notifications no longer match anything here.
                logger.LogWarning(e, "Following: could not delete subscription {Subscription} at Graph; it lapses by itself", id);
            }
        await store.EraseAsync(owner, ct);
    }
}

/// <summary>Whether replies update the board while Outlook is closed.</summary>
/// <param name="Status">active (in demo mode: the samples folder is watched), pending, reauthorize, paused, notFollowing, or off (disabled by the admin, or no public webhook address).</param>
/// <param name="Reason">When paused: sessionEnded, consentRequired or accessDenied.</param>
/// <param name="HowToResume">When paused or off: a sentence the pane can show.</param>
/// <param name="SubscriptionExpiresAt">When the current subscription lapses unless renewed (it is renewed before).</param>
public sealed record FollowingView(string Status, string? Reason, string? HowToResume, DateTimeOffset? SubscriptionExpiresAt)
{
    public static FollowingView Of(FollowState? state, FollowingSettings settings, bool demo)
    {
        if (!settings.Enabled)
            return new("off", "disabledByAdmin", "Your administrator turned off tracking while Outlook is closed; refresh from the pane.", null);
        if (demo)
            return new("active", "demo", "The demo mailbox follows its samples folder: a .eml reply dropped into a conversation's folder updates the board.", null);
        if (settings.NotificationBaseAddress is null)
            return new("off", "notConfigured", "This server has no public webhook address (Following:NotificationBaseAddress); refresh from the pane.", null);
        if (state is null)
            return new("notFollowing", null, "Track a conversation from the pane to start following.", null);
        return state.Status == FollowStatus.Paused
            ? new(state.Status, state.PausedReason, FollowReasons.Explain(state.PausedReason), state.Expires)
            : new(state.Status, null, null, state.Expires);
    }
}

sealed record NotificationCollection(List<ChangeNotification>? Value);

/// <summary>Graph's changeNotification (and lifecycle notification) as POSTed to the webhook; only ids are read.</summary>
sealed record ChangeNotification(string? SubscriptionId, string? ClientState, string? ChangeType, string? Resource, string? TenantId,
    string? LifecycleEvent, NotifiedResource? ResourceData);

sealed record NotifiedResource(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("@odata.etag")] string? ETag);
