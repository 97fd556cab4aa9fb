using System.Net;
using CrossDept.Tracking;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace CrossDept.Following;

/// <summary>
/// The user's one Graph subscription on their messages: created (changeType created, our clientState, a lifecycle URL,
/// no resource data: notifications carry ids only), renewed before expiry, reauthorized when Graph asks, made again
/// when Graph removed it. A failure only the user can fix pauses following with the reason.
/// </summary>
public sealed class Subscriptions(UserGraphs graphs, FollowingStore store, FollowingSettings settings, TimeProvider clock, ILogger<Subscriptions> logger)
{
    /// <summary>Messages in every folder: replies land in the Inbox, the user's own asks again in Sent Items.</summary>
    public const string Resource = "me/messages";

    /// <summary>Brings the user's subscription to where its status says it should be; returns the state after.</summary>
    public async Task<FollowState?> EnsureAsync(FollowState state, CancellationToken ct)
    {
        if (settings.NotificationUrl is null || state.Status == FollowStatus.Paused)
            return state;
        var owner = state.Owner;
        // One maker at a time per user, across instances: otherwise two would each create a subscription.
        if (!await store.ClaimSubscriptionWorkAsync(owner, clock.GetUtcNow(), settings.Lease, ct))
            return state;
        try
        {
            // What another holder did before we got the lease counts: act on the state as it is now.
            var current = await store.GetAsync(owner, ct);
            if (current is null || current.Status == FollowStatus.Paused
                || (current.Status == FollowStatus.Active && current.Expires > clock.GetUtcNow() + settings.RenewBefore))
                return current;
            return await EnsureClaimedAsync(current, ct);
        }
        finally
        {
            await store.ReleaseSubscriptionWorkAsync(owner, CancellationToken.None);
        }
    }

    async Task<FollowState?> EnsureClaimedAsync(FollowState state, CancellationToken ct)
    {
        var owner = state.Owner;
        var graph = graphs.For(owner);
        var expires = clock.GetUtcNow() + settings.SubscriptionLifetime;
        try
        {
            if (state.SubscriptionId is { } id && state.Status == FollowStatus.Reauthorize)
                await graph.Subscriptions[id].Reauthorize.PostAsync(cancellationToken: ct);
            if (state.SubscriptionId is { } existing)
            {
                // Renewal (and, after a reauthorization, the new expiry): PATCH expirationDateTime.
                var renewed = await graph.Subscriptions[existing].PatchAsync(new Subscription { ExpirationDateTime = expires }, cancellationToken: ct);
                await store.SetActiveAsync(owner, existing, renewed?.ExpirationDateTime ?? expires, clock.GetUtcNow(), ct);
                logger.LogInformation("Following: renewed subscription {Subscription} until {Expires}", existing, renewed?.ExpirationDateTime ?? expires);
            }
            else
                await CreateAsync(state, expires, ct);
        }
        catch (ODataError e) when (e.ResponseStatusCode == (int)HttpStatusCode.NotFound && state.SubscriptionId is not null)
        {
            // Graph no longer has it (expired or removed while we were away): make a new one, and read everything again.
            logger.LogInformation("Following: subscription {Subscription} is gone at Graph; making a new one", state.SubscriptionId);
            await store.SetStatusAsync(owner, FollowStatus.Pending, null, forgetSubscription: true, clock.GetUtcNow(), ct);
            await CreateAsync(state, expires, ct);
            await store.QueueAllTrackedAsync(owner, clock.GetUtcNow(), ct);
        }
        catch (Exception e) when (PauseReason(e) is { } reason)
        {
            await PauseAsync(owner, reason, e, ct);
        }
        return await store.GetAsync(owner, ct);
    }

    async Task CreateAsync(FollowState state, DateTimeOffset expires, CancellationToken ct)
    {
        var graph = graphs.For(state.Owner);
        var created = await graph.Subscriptions.PostAsync(new Subscription
        {
            ChangeType = "created",
            NotificationUrl = settings.NotificationUrl!.AbsoluteUri,
            LifecycleNotificationUrl = settings.LifecycleUrl!.AbsoluteUri,
            Resource = Resource,
            ExpirationDateTime = expires,
            ClientState = state.ClientState,
            IncludeResourceData = false,
            LatestSupportedTlsVersion = "v1_2",
        }, r => r.Headers.Add("Prefer", "IdType=\"ImmutableId\""), ct)
            ?? throw new InvalidOperationException("Graph answered the new subscription with no body.");
        await store.SetActiveAsync(state.Owner, created.Id!, created.ExpirationDateTime ?? expires, clock.GetUtcNow(), ct);
        logger.LogInformation("Following: subscription {Subscription} made for {Tenant}/{User}, until {Expires}", created.Id, state.TenantId, state.ObjectId,
            created.ExpirationDateTime ?? expires);
    }

    /// <summary>Removes the subscription at Graph (erase, or the user stops following); a subscription Graph no longer has is fine.</summary>
    public async Task DeleteAsync(Owner owner, string subscriptionId, CancellationToken ct)
    {
        try
        {
            await graphs.For(owner).Subscriptions[subscriptionId].DeleteAsync(cancellationToken: ct);
        }
        catch (ODataError e) when (e.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
        }
    }

    public async Task PauseAsync(Owner owner, string reason, Exception e, CancellationToken ct)
    {
        logger.LogWarning(e, "Following paused for {Tenant}/{User}: {Reason}", owner.TenantId, owner.ObjectId, reason);
        await store.PauseAsync(owner, reason, clock.GetUtcNow(), ct);
    }

    /// <summary>What only the user can fix: their session or consent ended, or Graph refuses us their mailbox.</summary>
    public static string? PauseReason(Exception e) =>
        LongRunningOboTokens.SessionEnded(e) ?? (e is ODataError { ResponseStatusCode: 401 or 403 } ? FollowReasons.AccessDenied : null);
}
