namespace CrossDept.Following;

/// <summary>
/// The <c>Following</c> section: change notifications that keep tracked conversations current while Outlook is closed.
/// An admin turns all of it off with <c>Following:Enabled=false</c>: no subscriptions, no webhook work, no background reads.
/// </summary>
public sealed class FollowingSettings
{
    public const string Section = "Following";

    /// <summary>The admin's switch for everything that acts while the user is away.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// This API's public address as Graph reaches it (https; Graph cannot call localhost). The webhook is
    /// <c>{address}/api/following/notifications</c>, lifecycle events <c>{address}/api/following/lifecycle</c>.
    /// Without it no subscription is made and GET /api/me/following says so.
    /// </summary>
    public Uri? NotificationBaseAddress { get; set; }

    /// <summary>How long a new or renewed subscription lives. Graph allows at most 10,080 minutes (7 days) for messages.</summary>
    public TimeSpan SubscriptionLifetime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>A subscription expiring within this is renewed.</summary>
    public TimeSpan RenewBefore { get; set; } = TimeSpan.FromHours(12);

    /// <summary>A changed conversation is read this long after its first notification, so a burst of changes is one read.</summary>
    public TimeSpan CoalesceDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the worker looks for pending work when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A claimed piece of work not finished in this time (the instance crashed) is claimed again by another.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long notification ids are kept to recognise a redelivery (Graph retries for up to 4 hours).</summary>
    public TimeSpan SeenRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often the follow-ups that fell due (check-ins, reminders, calls) are looked for.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the scheduler looks for subscriptions to make, renew or reauthorize.</summary>
    public TimeSpan SubscriptionCheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often every tracked conversation of a user is read again even without a <c>missed</c> event.</summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often the scheduler gives users who track something their own jobs (sweep, digest, reconciliation).</summary>
    public TimeSpan UserJobsInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Jobs one instance runs at once.</summary>
    public int SchedulerThreads { get; set; } = 4;

    /// <summary>Clustered (PostgreSQL): how often an instance tells the others it is alive.</summary>
    public TimeSpan SchedulerCheckinInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Clustered: how long past a missed check-in an instance counts as dead and its firings are recovered by another.</summary>
    public TimeSpan SchedulerCheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Conversations read at once per worker pass.</summary>
    public int MaxParallelReads { get; set; } = 8;

    /// <summary>The admin's switch for Microsoft To Do tasks (Tasks.ReadWrite): off, no list or task is made or read.</summary>
    public bool ToDoEnabled { get; set; } = true;

    /// <summary>How often To Do tasks are brought in line with CrossDept (both ways).</summary>
    public TimeSpan ToDoInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The digest goes out on the user's first scheduler pass past this local hour on a working day.</summary>
    public int DigestHour { get; set; } = 7;

    /// <summary>How often the worker looks for digests to send.</summary>
    public TimeSpan DigestInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The pane's public address for the digest's links. Default: {NotificationBaseAddress}pane/, or the local demo server's.</summary>
    public Uri? PaneAddress { get; set; }

    public Uri PaneLink => PaneAddress ?? new Uri(NotificationBaseAddress ?? new Uri("https://localhost:5001/"), "pane/");

    public Uri? NotificationUrl => NotificationBaseAddress is null ? null : new Uri(NotificationBaseAddress, "api/following/notifications");
    public Uri? LifecycleUrl => NotificationBaseAddress is null ? null : new Uri(NotificationBaseAddress, "api/following/lifecycle");

    internal void Validate()
    {
        if (NotificationBaseAddress is { } a && (!a.IsAbsoluteUri || (a.Scheme != Uri.UriSchemeHttps && !a.IsLoopback)))
            throw new InvalidOperationException($"{Section}:NotificationBaseAddress must be an absolute https address that Graph can reach; got '{a}'.");
        if (NotificationBaseAddress is { } b && !b.AbsoluteUri.EndsWith('/'))
            NotificationBaseAddress = new Uri(b.AbsoluteUri + "/");
        if (SubscriptionLifetime <= TimeSpan.Zero || SubscriptionLifetime > TimeSpan.FromMinutes(10080))
            throw new InvalidOperationException($"{Section}:SubscriptionLifetime must be between 0 and 7 days (Graph's limit for messages).");
        if (RenewBefore <= TimeSpan.Zero || RenewBefore >= SubscriptionLifetime)
            throw new InvalidOperationException($"{Section}:RenewBefore must be positive and shorter than {Section}:SubscriptionLifetime.");
        if (DigestHour is < 0 or > 23)
            throw new InvalidOperationException($"{Section}:DigestHour must be an hour of the day, 0 to 23.");
        if (PaneAddress is { } pane && !pane.IsAbsoluteUri)
            throw new InvalidOperationException($"{Section}:PaneAddress must be an absolute address; got '{pane}'.");
        foreach (var (name, value) in new[] { (nameof(SweepInterval), SweepInterval), (nameof(DigestInterval), DigestInterval), (nameof(ToDoInterval), ToDoInterval),
            (nameof(SubscriptionCheckInterval), SubscriptionCheckInterval), (nameof(ReconcileInterval), ReconcileInterval), (nameof(UserJobsInterval), UserJobsInterval),
            (nameof(SchedulerCheckinInterval), SchedulerCheckinInterval), (nameof(SchedulerCheckinMisfireThreshold), SchedulerCheckinMisfireThreshold) })
            if (value <= TimeSpan.Zero)
                throw new InvalidOperationException($"{Section}:{name} must be a positive time span.");
        if (SchedulerThreads < 1)
            throw new InvalidOperationException($"{Section}:SchedulerThreads must be at least 1.");
        if (MaxParallelReads < 1)
            throw new InvalidOperationException($"{Section}:MaxParallelReads must be at least 1.");
    }
}
