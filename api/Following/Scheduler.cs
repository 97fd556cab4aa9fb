using CrossDept.Storage;
using CrossDept.Tracking;
using Microsoft.Data.Sqlite;
using Quartz;

namespace CrossDept.Following;

/// <summary>
/// Quartz.NET, the one scheduler of following's timed work, on the ADO.NET job store in our own database (tables
/// qrtz_*, migration 0010): SQLite for the single-instance default, clustered on PostgreSQL when several instances
/// run, so each firing runs on exactly one instance and a firing whose instance died (SIGKILL, power) is recovered by
/// another. Every job is idempotent on its own (unique keys, leases, claimed days), so a recovered firing that had half
/// run does no harm. The notification queue is not scheduled work: it is drained by <see cref="Follower"/> with leases.
/// Quartz keeps time with the application's <see cref="TimeProvider"/> (it takes the one in the container), so a test
/// that moves its clock moves the scheduler too: a trigger fires when the test's clock reaches it.
/// </summary>
public static class FollowingScheduler
{
    public const string Name = "CrossDept";
    public const string Global = "following";

    public static readonly JobKey Subscriptions = new("subscriptions", Global);
    public static readonly JobKey Prune = new("prune-notifications", Global);
    public static readonly JobKey ToDo = new("todo", Global);
    public static readonly JobKey Users = new("schedule-users", Global);

    /// <summary>The user's own jobs share one group: erasing the user deletes the group.</summary>
    public static string GroupOf(Owner owner) => $"user:{owner.TenantId}:{owner.ObjectId}";

    public static JobKey FollowUpsOf(Owner owner) => new("follow-ups", GroupOf(owner));
    public static JobKey DigestOf(Owner owner) => new("digest", GroupOf(owner));
    public static JobKey ReconcileOf(Owner owner) => new("reconcile", GroupOf(owner));

    /// <summary>The scheduler and its jobs; <paramref name="tenant"/> false (demo mode): only the sweep and the digest.</summary>
    public static void AddFollowingScheduler(this IServiceCollection services, IConfiguration configuration, FollowingSettings settings, string contentRoot,
        bool tenant)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        services.AddSingleton(sp => new UserJobs(sp.GetRequiredService<ISchedulerFactory>(), settings, sp.GetRequiredService<TimeProvider>(), tenant));
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = Name;
                // Clustered nodes need distinct ids: one generated per process.
                o.GenerateInstanceId = true;
            });
            q.UseDefaultThreadPool(o => o.MaxConcurrency = settings.SchedulerThreads);
            q.UsePersistentStore(store =>
            {
                store.ConfigureStore(o =>
                {
                    o.TablePrefix = "qrtz_";
                    o.MisfireThreshold = TimeSpan.FromSeconds(30);
                });
                if (storage.Provider == StorageProvider.Postgres)
                {
                    store.UsePostgres(storage.ConnectionString!);
                    // Every instance is a node: a firing runs on one of them; a dead node's firings are recovered by another
                    // once it has missed its check-ins for CheckinMisfireThreshold.
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = settings.SchedulerCheckinInterval;
                        c.CheckinMisfireThreshold = settings.SchedulerCheckinMisfireThreshold;
                    });
                }
                else
                {
                    store.UseSqlite(new SqliteConnectionStringBuilder
                    {
                        DataSource = Path.GetFullPath(storage.SqlitePath, contentRoot),
                        DefaultTimeout = Math.Max(1, storage.SqliteBusyTimeoutMs / 1000),
                        Pooling = true,
                    }.ToString());
                }
            });

            Every<ScheduleUsersJob>(q, Users, settings.UserJobsInterval);
            q.AddJobType<FollowUpsJob>();
            q.AddJobType<DigestJob>();
            if (!tenant)
                return;
            Every<KeepSubscriptionsJob>(q, Subscriptions, settings.SubscriptionCheckInterval);
            Every<PruneNotificationsJob>(q, Prune, TimeSpan.FromHours(1));
            if (settings.ToDoEnabled)
                Every<ToDoJob>(q, ToDo, settings.ToDoInterval);
            q.AddJobType<ReconcileJob>();
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = false);
    }

    /// <summary>A durable job that asks to be run again after a crash, fired every <paramref name="interval"/> from start.</summary>
    static void Every<T>(IQuartzBuilder q, JobKey key, TimeSpan interval) where T : IJob
    {
        q.AddJob<T>(j => j.WithIdentity(key).StoreDurably().RequestRecovery().DisallowConcurrentExecution());
        q.AddTrigger(t => t.ForJob(key).WithIdentity(key.Name, key.Group).StartNow()
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
    }

    internal static Owner OwnerOf(IJobExecutionContext context) =>
        new(context.MergedJobDataMap.GetString("tenantId")!, context.MergedJobDataMap.GetString("objectId")!);
}

/// <summary>
/// A user's own jobs (group <c>user:{tenant}:{oid}</c>): the follow-up sweep and the digest on their interval, the
/// reconciliation daily and at once after a <c>missed</c> event. Made when the user starts following, turns on the
/// digest, or on the next <see cref="ScheduleUsersJob"/> pass for anyone who tracks something; deleted by erase.
/// </summary>
public sealed class UserJobs(ISchedulerFactory schedulers, FollowingSettings settings, TimeProvider clock, bool tenant)
{
    public async Task EnsureAsync(Owner owner, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await EnsureAsync(scheduler, owner, FollowingScheduler.FollowUpsOf(owner), typeof(FollowUpsJob), settings.SweepInterval, ct);
        await EnsureAsync(scheduler, owner, FollowingScheduler.DigestOf(owner), typeof(DigestJob), settings.DigestInterval, ct);
        if (tenant)
            await EnsureAsync(scheduler, owner, FollowingScheduler.ReconcileOf(owner), typeof(ReconcileJob), settings.ReconcileInterval, ct);
    }

    async Task EnsureAsync(IScheduler scheduler, Owner owner, JobKey key, Type type, TimeSpan interval, CancellationToken ct)
    {
        if (await scheduler.Exists(key, ct))
            return;
        var job = JobBuilder.Create().OfType(type).WithIdentity(key).StoreDurably().RequestRecovery()
            .UsingJobData("tenantId", owner.TenantId).UsingJobData("objectId", owner.ObjectId).Build();
        // Staggered start: users' passes spread over the interval instead of all firing together.
        var spread = Math.Min(interval.TotalMilliseconds, TimeSpan.FromMinutes(5).TotalMilliseconds);
        // A stable hash (string.GetHashCode is randomised per process): every instance, every run, staggers a user alike.
        var hash = BitConverter.ToUInt32(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key.ToString())));
        var offset = TimeSpan.FromMilliseconds(hash % Math.Max(1, (long)spread));
        var trigger = TriggerBuilder.Create().ForJob(key).WithIdentity(key.Name, key.Group).StartAt(clock.GetUtcNow() + offset)
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)).Build();
        try
        {
            await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, ct);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another instance made them first.
        }
    }

    /// <summary>Reads every tracked conversation of the user again now (after <c>missed</c> or <c>subscriptionRemoved</c>).</summary>
    public async Task ReconcileNowAsync(Owner owner, CancellationToken ct)
    {
        await EnsureAsync(owner, ct);
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.TriggerJob(FollowingScheduler.ReconcileOf(owner), new JobDataMap(), ct);
    }

    /// <summary>Subscription work (make, renew, reauthorize) on the next scheduler round rather than in SubscriptionCheckInterval.</summary>
    public async Task CheckSubscriptionsSoonAsync(CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        // Demo mode makes no subscriptions and schedules no such job: nothing to check there.
        if (await scheduler.Exists(FollowingScheduler.Subscriptions, ct))
            await scheduler.TriggerJob(FollowingScheduler.Subscriptions, new JobDataMap(), ct);
    }

    /// <summary>Deletes the user's jobs and their triggers (erase).</summary>
    public async Task EraseAsync(Owner owner, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.DeleteJobs(GroupMatcher<JobKey>.GroupEquals(FollowingScheduler.GroupOf(owner)), ct);
    }

    /// <summary>The user's job keys now stored (for tests and diagnostics).</summary>
    public async Task<IReadOnlyCollection<JobKey>> OfAsync(Owner owner, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        return await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(FollowingScheduler.GroupOf(owner)), ct);
    }
}

/// <summary>Makes, renews and reauthorizes subscriptions that need it (a lease on the user's row keeps it to one instance).</summary>
[DisallowConcurrentExecution]
sealed class KeepSubscriptionsJob(FollowingStore store, Subscriptions subscriptions, FollowingSettings settings, TimeProvider clock,
    ILogger<KeepSubscriptionsJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        foreach (var state in await store.NeedingWorkAsync(clock.GetUtcNow() + settings.RenewBefore, ct))
            try
            {
                await subscriptions.EnsureAsync(state, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Following: could not bring the subscription of {Tenant}/{User} up to date; trying again later", state.TenantId, state.ObjectId);
            }
    }
}

/// <summary>Forgets notification keys older than Following:SeenRetention.</summary>
[DisallowConcurrentExecution]
sealed class PruneNotificationsJob(FollowingStore store, FollowingSettings settings, TimeProvider clock) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct) =>
        await store.PruneSeenAsync(clock.GetUtcNow() - settings.SeenRetention, ct);
}

/// <summary>Brings Microsoft To Do and CrossDept in line for every following user.</summary>
[DisallowConcurrentExecution]
sealed class ToDoJob(ToDoSync toDo) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct) => await toDo.RunAsync(ct);
}

/// <summary>Gives every user who tracks something, or asked for the digest, their own jobs (once; existing ones are kept).</summary>
[DisallowConcurrentExecution]
sealed class ScheduleUsersJob(FollowUpSweep followUps, UserJobs jobs) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        foreach (var owner in await followUps.OwnersAsync(ct))
            await jobs.EnsureAsync(owner, ct);
    }
}

/// <summary>Check-ins before due dates, "no reply after 2 business days → remind", "second silence → call", for one user.</summary>
[DisallowConcurrentExecution]
sealed class FollowUpsJob(FollowUpSweep followUps, UserJobs jobs, FollowCounters counters, Planner.PlannerExports planner,
    Planner.BackgroundPlanners planners, ILogger<FollowUpsJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var owner = FollowingScheduler.OwnerOf(context);
        // Erased (or nothing left to follow): the user's jobs retire. This also closes the window in which the users pass
        // re-made them while an erase was between deleting the jobs and deleting the tracked conversations.
        if (!await followUps.HasAnythingAsync(owner, ct))
        {
            await jobs.EraseAsync(owner, ct);
            return;
        }
        try
        {
            var fired = await followUps.RunAsync(owner, ct);
            Interlocked.Add(ref counters.FollowUpsFired, fired.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Idempotent: the next pass records what this one did not.
            logger.LogWarning(e, "Following: the follow-up sweep of {Tenant}/{User} failed; the next pass tries again", owner.TenantId, owner.ObjectId);
        }
        // Conversations exported to Planner: done there becomes done on the board (and the other way), with no pane open.
        try
        {
            if (planners.For(owner) is { } plans)
                await planner.ReconcileAsync(owner, plans, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Following: the Planner pass of {Tenant}/{User} failed; the next pass tries again", owner.TenantId, owner.ObjectId);
        }
    }
}

/// <summary>One user's morning digest, when their own morning on a working day has come (at most one a day).</summary>
[DisallowConcurrentExecution]
sealed class DigestJob(Digests digests) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct) =>
        await digests.RunForAsync(FollowingScheduler.OwnerOf(context), ct);
}

/// <summary>Reads every tracked conversation of one user again (daily, and at once after a <c>missed</c> event).</summary>
[DisallowConcurrentExecution]
sealed class ReconcileJob(FollowingStore store, FollowWake wake, TimeProvider clock) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var owner = FollowingScheduler.OwnerOf(context);
        var state = await store.GetAsync(owner, ct);
        if (state is null || state.Status == FollowStatus.Paused)
            return;
        // Queued, not read here: the conversation queue coalesces and reads each once, on whichever instance claims it.
        if (await store.QueueAllTrackedAsync(owner, clock.GetUtcNow(), ct) > 0)
            wake.Set();
    }
}
