using CrossDept.Calls;

namespace CrossDept.Tests.Calls;

public class CallSlotsTests
{
    static readonly TimeZoneInfo Eastern = WorkingHours.Zone("Eastern Standard Time");

    [Test]
    public void WindowSkipsTheWeekend()
    {
        var friday = new DateTimeOffset(2026, 11, 13, 10, 0, 0, TimeSpan.FromHours(-5));
        var (start, end) = CallSlots.Window(friday, 2, Eastern);
        Assert.That(start, Is.EqualTo(friday.AddMinutes(30)), "a call is proposed with notice, never for this very minute");
        Assert.That(end, Is.EqualTo(new DateTimeOffset(2026, 11, 18, 0, 0, 0, TimeSpan.FromHours(-5))), "Monday and Tuesday, to Tuesday's end");
    }

    [Test]
    public void WindowsAndWorkingHoursNameZonesTheWayGraphDoes()
    {
        Assert.That(WorkingHours.Zone("Pacific Standard Time").BaseUtcOffset, Is.EqualTo(TimeSpan.FromHours(-8)));
        Assert.That(WorkingHours.Zone("Europe/Paris").BaseUtcOffset, Is.EqualTo(TimeSpan.FromHours(1)));
        Assert.That(WorkingHours.Zone("Not a zone"), Is.EqualTo(TimeZoneInfo.Utc));
    }

    [Test]
    public void NoSlotCrossesTheEndOfTheWorkingDay()
    {
        var hours = WorkingHours.Default(Eastern);
        var schedule = new Schedule("a@contoso.com", [], hours);
        var from = new DateTimeOffset(2026, 11, 12, 16, 40, 0, TimeSpan.FromHours(-5));
        var slots = CallSlots.Find([schedule], from, from.AddHours(2), 30, 10, Eastern);
        Assert.That(slots, Is.Empty);
    }

    [Test]
    public void SlotsStartAfterNowOnTheQuarterHour()
    {
        var schedule = new Schedule("a@contoso.com", [], WorkingHours.Default(Eastern));
        var from = new DateTimeOffset(2026, 11, 12, 10, 7, 0, TimeSpan.FromHours(-5));
        var slots = CallSlots.Find([schedule], from, from.AddHours(1), 15, 2, Eastern);
        Assert.That(slots.Select(s => s.Start), Is.EqualTo(new[] { from.AddMinutes(8), from.AddMinutes(23) }));
    }
}
