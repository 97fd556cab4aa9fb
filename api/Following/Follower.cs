using System.Net;
using CrossDept.Mailbox;
using CrossDept.Threads;
using CrossDept.Tracking;
using Microsoft.Graph;
using Message = Microsoft.Graph.Models.Message;

namespace CrossDept.Following;

/// <summary>Wakes the worker when the webhook queued something, instead of waiting for its next poll.</summary>
public sealed class FollowWake
{
    readonly SemaphoreSlim signal = new(0, 1);

    public void Set()
    {
        try
        {
            if (signal.CurrentCount == 0)
                signal.Release();
        }
        catch (SemaphoreFullException)
        {
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => signal.WaitAsync(timeout, ct);
}

/// <summary>Counts of what following did, for logs and the load test.</summary>
public sealed class FollowCounters
{
    public long MessagesLookedUp, ConversationsRead, ConversationsRefreshed, FollowUpsFired;
}

/// <summary>
/// The work behind the webhook, off the request: looks up which conversation each notified message belongs to (in
/// $batch requests of 20), queues the tracked ones once each, and reads every queued conversation once (one filtered
/// list call, as Refresh does) to apply its new analysis through tracking's own refresh.
/// This is a queue consumer, not a scheduler: the timed work (renewal, reconciliation, the sweep, the digest, To Do)
/// is Quartz's (<see cref="FollowingScheduler"/>). Queued work arrives in bursts of thousands and must be coalesced per
/// conversation, so it stays in tables claimed with a lease (<c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL): several
/// instances share it, a crashed instance's claim runs out and another takes it, and a Quartz job per notification
/// would cost a job row, a trigger row and a lock round per message for nothing the lease does not already give.
/// </summary>
public sealed class Follower(FollowingStore store, Subscriptions subscriptions, UserGraphs graphs, TrackingStore tracking,
    MailboxSettings mailboxSettings, FollowingSettings settings, FollowWake wake, FollowCounters counters,
    TimeProvider clock, ILoggerFactory loggers) : BackgroundService
{
    static readonly string[] PreferImmutable = ["IdType=\"ImmutableId\""];
    readonly ILogger logger = loggers.CreateLogger<Follower>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var worked = false;
            try
            {
                worked = await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Following: a pass failed; the work stays queued and is tried again");
            }
            if (!worked)
            {
                try
                {
                    await wake.WaitAsync(settings.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One pass over both queues; true when it found work (the loop then goes again at once).</summary>
    public async Task<bool> RunOnceAsync(CancellationToken ct)
    {
        var looked = await LookUpMessagesAsync(ct);
        var read = await ReadConversationsAsync(ct);
        return looked + read > 0;
    }

    async Task<int> LookUpMessagesAsync(CancellationToken ct)
    {
        var claimed = await store.ClaimMessagesAsync(clock.GetUtcNow(), settings.Lease, 500, ct);
        foreach (var owner in claimed.GroupBy(c => c.Owner))
            try
            {
                var resolved = await ConversationsOfAsync(owner.Key, owner.ToArray(), ct);
                await store.ResolvedAsync(owner.Key, resolved, clock.GetUtcNow() + settings.CoalesceDelay, ct);
            }
            catch (Exception e) when (Subscriptions.PauseReason(e) is { } reason)
            {
                await subscriptions.PauseAsync(owner.Key, reason, e, ct);
            }
        if (claimed.Count > 0)
            Interlocked.Add(ref counters.MessagesLookedUp, claimed.Count);
        return claimed.Count;
    }

    /// <summary>Which conversation each message is in: $select=conversationId, 20 messages per $batch request.</summary>
    async Task<IReadOnlyList<(Claimed, string?)>> ConversationsOfAsync(Owner owner, IReadOnlyList<Claimed> messages, CancellationToken ct)
    {
        var graph = graphs.For(owner);
        var results = new List<(Claimed, string?)>();
        foreach (var chunk in messages.Chunk(20))
        {
            var batch = new BatchRequestContentCollection(graph);
            var steps = new Dictionary<string, Claimed>();
            foreach (var message in chunk)
            {
                var request = graph.Me.Messages[message.Id].ToGetRequestInformation(r =>
                {
                    r.QueryParameters.Select = ["conversationId"];
                    r.Headers.Add("Prefer", PreferImmutable);
                });
                steps[await batch.AddBatchRequestStepAsync(request)] = message;
            }
            var response = await graph.Batch.PostAsync(batch, ct);
            var statuses = await response.GetResponsesStatusCodesAsync();
            foreach (var (step, message) in steps)
            {
                var status = statuses.GetValueOrDefault(step);
                if (status == HttpStatusCode.OK)
                    results.Add((message, (await response.GetResponseByIdAsync<Message>(step)).ConversationId));
                else if (status is HttpStatusCode.NotFound)
                    results.Add((message, null));   // deleted since: nothing to read
                else if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                    throw new SessionEndedException(FollowReasons.AccessDenied);
                // Anything else (throttled, failed) stays claimed and is looked up again when its lease runs out.
            }
        }
        return results;
    }

    async Task<int> ReadConversationsAsync(CancellationToken ct)
    {
        var claimed = await store.ClaimConversationsAsync(clock.GetUtcNow(), settings.Lease, 200, ct);
        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = settings.MaxParallelReads, CancellationToken = ct },
            async (conversation, token) =>
            {
                try
                {
                    await RefreshAsync(conversation, token);
                    await store.FinishConversationAsync(conversation, token);
                }
                catch (Exception e) when (Subscriptions.PauseReason(e) is { } reason)
                {
                    await subscriptions.PauseAsync(conversation.Owner, reason, e, token);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Stays claimed: read again when the lease runs out.
                    logger.LogWarning(e, "Following: could not read conversation {Conversation}; it is read again later", conversation.Id);
                }
            });
        return claimed.Count;
    }

    /// <summary>Reads the conversation from the mailbox and applies its analysis with tracking's refresh: the board changes.</summary>
    async Task RefreshAsync(Claimed conversation, CancellationToken ct)
    {
        var owner = conversation.Owner;
        var trackedId = await store.TrackedIdAsync(owner, conversation.Id, ct);
        var state = await store.GetAsync(owner, ct);
        if (trackedId is null || state is null || state.Status == FollowStatus.Paused)
            return;
        var mailbox = new GraphMailbox(graphs.For(owner), mailboxSettings, loggers.CreateLogger<GraphMailbox>());
        var input = await mailbox.ConversationAsync(conversation.Id, ct);
        Interlocked.Increment(ref counters.ConversationsRead);
        if (input is null)
            return;
        var now = clock.GetLocalNow();
        var change = await tracking.RefreshAsync(owner, trackedId, ThreadAnalyzer.Analyze(input, state.Address, now), null, now, ct);
        if (change.Result == ChangeResult.Done)
            Interlocked.Increment(ref counters.ConversationsRefreshed);
    }
}
