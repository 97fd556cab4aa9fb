using CrossDept.Following;
using CrossDept.Storage;
using CrossDept.Tests.Storage;
using CrossDept.Tracking;
using static CrossDept.Tests.Tracking.Analyses;

namespace CrossDept.Tests.Following;

/// <summary>
/// Follow-ups that fall due while the user is away, on a clock the test sets: each fires once, on the right business
/// day, however often the sweep runs.
/// </summary>
[TestFixture(StorageProvider.Sqlite)]
[TestFixture(StorageProvider.Postgres)]
public sealed class FollowUpSweepTests(StorageProvider provider)
{
    static readonly Owner Jane = new("tid-1", "oid-jane");
    TestDatabase? database;
    FollowUpSweep sweep = null!;
    TrackingStore tracking = null!;

    [SetUp]
    public async Task Create()
    {
        database = await TestDatabase.CreateAsync(provider);
        tracking = new TrackingStore(database.Db);
        sweep = new FollowUpSweep(database.Db, tracking, new FixedCalendar(new DigestCalendar(TimeZoneInfo.Utc, DigestCalendar.Weekdays)), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<FollowUpSweep>.Instance);
    }

    [TearDown]
    public async Task Drop()
    {
        if (database is not null)
            await database.DisposeAsync();
    }

    async Task TrackAsync(string due, params CrossDept.Threads.RecipientStatus[] people) =>
        await tracking.TrackAsync(Jane, "AAQkAGsweep", Of("Churn and refund data", people, [Agreement(Raj, "pull the churn export", due)]),
            null, At("2026-11-10T08:00:00-05:00"), CancellationToken.None);

    async Task<string[]> Run(string at) =>
        (await sweep.RunAsync(Jane, At(at), CancellationToken.None)).Select(f => $"{f.Kind}:{f.Subject}").ToArray();

    [Test]
    public async Task TheCheckInFiresOnceTwoBusinessDaysBeforeTheDueDate()
    {
        await TrackAsync("2026-11-16", Replied(Raj, "2026-11-09T09:00:00-05:00", "2026-11-09T10:00:00-05:00"));   // due Monday
        Assert.Multiple(async () =>
        {
            Assert.That(await Run("2026-11-11T09:00:00-05:00"), Is.Empty, "Wednesday: three business days before");
            Assert.That(await Run("2026-11-12T09:00:00-05:00"), Has.Length.EqualTo(1).And.All.StartsWith("checkIn:"), "Thursday: Friday and Monday left");
            Assert.That(await Run("2026-11-12T16:00:00-05:00"), Is.Empty, "the same day again");
            Assert.That(await Run("2026-11-13T09:00:00-05:00"), Is.Empty, "Friday: already fired");
            Assert.That(await Run("2026-11-16T09:00:00-05:00"), Is.Empty, "the due day");
        });
    }

    [Test]
    public async Task AWeekendIsSkippedWhenCountingBusinessDays()
    {
        await TrackAsync("2026-11-17", Replied(Raj, "2026-11-09T09:00:00-05:00", "2026-11-09T10:00:00-05:00"));   // due Tuesday
        Assert.Multiple(async () =>
        {
            Assert.That(await Run("2026-11-12T09:00:00-05:00"), Is.Empty, "Thursday: Friday, Monday, Tuesday left");
            Assert.That(await Run("2026-11-13T09:00:00-05:00"), Has.Length.EqualTo(1), "Friday: Monday and Tuesday left, the weekend not counted");
            Assert.That(await Run("2026-11-14T09:00:00-05:00"), Is.Empty, "Saturday");
            Assert.That(await Run("2026-11-15T09:00:00-05:00"), Is.Empty, "Sunday");
        });
    }

    /// <summary>The scheduler's pass for a user whose mailbox says this zone and these working days, at this UTC moment.</summary>
    async Task<string[]> RunFor(string zone, DayOfWeek[] workingDays, string utc)
    {
        var calendar = new DigestCalendar(DigestCalendar.ZoneOf(zone), workingDays.ToHashSet());
        var userSweep = new FollowUpSweep(database!.Db, tracking, new FixedCalendar(calendar), new TestClock(DateTimeOffset.Parse(utc)),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<FollowUpSweep>.Instance);
        return (await userSweep.RunAsync(Jane, CancellationToken.None)).Select(f => $"{f.Kind}:{f.Subject}").ToArray();
    }

    static readonly DayOfWeek[] MondayToFriday = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    [Test]
    public async Task TheCheckInIsJudgedInTheUsersTimeZoneNotTheServers()
    {
        await TrackAsync("2026-11-16", Replied(Raj, "2026-11-09T09:00:00-05:00", "2026-11-09T10:00:00-05:00"));   // due Monday
        // Wednesday 20:00 UTC: still Wednesday in New York (too early), already Thursday 05:00 in Tokyo (two business days left).
        Assert.Multiple(async () =>
        {
            Assert.That(await RunFor("Eastern Standard Time", MondayToFriday, "2026-11-11T20:00:00Z"), Is.Empty, "New York: Wednesday");
            Assert.That(await RunFor("Tokyo Standard Time", MondayToFriday, "2026-11-11T20:00:00Z"), Has.Length.EqualTo(1).And.All.StartsWith("checkIn:"),
                "Tokyo: Thursday");
        });
    }

    [Test]
    public async Task NothingFiresOnADayTheUserDoesNotWorkAndItFiresOnTheirNextWorkingDay()
    {
        await TrackAsync("2026-12-18", Waiting(Tom, 2, "2026-11-09T09:00:00-05:00"));
        DayOfWeek[] sundayToThursday = [DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday];
        Assert.Multiple(async () =>
        {
            Assert.That(await RunFor("Israel Standard Time", sundayToThursday, "2026-11-13T09:00:00Z"), Is.Empty, "Friday in Jerusalem: a day off");
            Assert.That(await RunFor("Israel Standard Time", sundayToThursday, "2026-11-14T09:00:00Z"), Is.Empty, "Saturday: a day off");
            Assert.That(await RunFor("Israel Standard Time", sundayToThursday, "2026-11-15T09:00:00Z"), Is.EqualTo(new[] { $"call:{Tom.Address}" }),
                "Sunday: their working week starts");
        });
    }

    [Test]
    public async Task TheSecondSilenceProducesOneCallStepAndTheFirstOneReminder()
    {
        await TrackAsync("2026-12-18", Waiting(Tom, 2, "2026-11-09T09:00:00-05:00"), Waiting(Raj, 1, "2026-11-09T09:00:00-05:00"));
        var first = await Run("2026-11-12T09:00:00-05:00");
        Assert.Multiple(async () =>
        {
            Assert.That(first, Is.EquivalentTo(new[] { $"call:{Tom.Address}", $"remind:{Raj.Address}" }));
            Assert.That(await Run("2026-11-12T10:00:00-05:00"), Is.Empty, "run again: nothing new");
            Assert.That(await Run("2026-11-13T10:00:00-05:00"), Is.Empty, "the next day: still the same silence");
        });
    }
}

/// <summary>A user's mailbox calendar the test sets (the tenant reads it from Graph's mailboxSettings).</summary>
public sealed class FixedCalendar(DigestCalendar calendar) : IUserCalendar
{
    public Task<DigestCalendar> CalendarAsync(Owner owner, CancellationToken ct) => Task.FromResult(calendar);
}
