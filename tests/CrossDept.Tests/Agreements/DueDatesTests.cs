using CrossDept.Agreements;

namespace CrossDept.Tests.Agreements;

/// <summary>Dates as people write them, resolved against the day the message was sent (Wed 4 Nov 2026 unless said).</summary>
public class DueDatesTests
{
    // Wednesday 4 November 2026, 10:00 New York time.
    static readonly DateTimeOffset Wednesday = new(2026, 11, 4, 10, 0, 0, TimeSpan.FromHours(-5));

    [TestCase("by end of day Wednesday", "2026-11-04")]
    [TestCase("by EOD Friday", "2026-11-06")]
    [TestCase("Friday EOD", "2026-11-06")]
    [TestCase("by COB today", "2026-11-04")]
    [TestCase("by close of business", "2026-11-04")]
    [TestCase("by end of day", "2026-11-04")]
    [TestCase("today", "2026-11-04")]
    [TestCase("tomorrow", "2026-11-05")]
    [TestCase("tomorrow morning", "2026-11-05")]
    [TestCase("first thing tomorrow", "2026-11-05")]
    [TestCase("the day after tomorrow", "2026-11-06")]
    [TestCase("first thing Thursday morning", "2026-11-05")]
    [TestCase("on Thursday", "2026-11-05")]
    [TestCase("by Friday", "2026-11-06")]
    [TestCase("on Monday", "2026-11-09")]
    [TestCase("by Wednesday", "2026-11-11")]
    [TestCase("this Friday", "2026-11-06")]
    [TestCase("this Monday", "2026-11-09")]
    [TestCase("next Tuesday", "2026-11-10")]
    [TestCase("next Friday", "2026-11-13")]
    [TestCase("next Monday", "2026-11-09")]
    [TestCase("Tuesday the 17th", "2026-11-17")]
    [TestCase("by the end of the week", "2026-11-06")]
    [TestCase("end of next week", "2026-11-13")]
    [TestCase("later this week", "2026-11-06")]
    [TestCase("early next week", "2026-11-09")]
    [TestCase("by the end of the month", "2026-11-30")]
    [TestCase("end of next month", "2026-12-31")]
    [TestCase("by the 20th", "2026-11-20")]
    [TestCase("on the 2nd", "2026-12-02")]
    [TestCase("by the 4th", "2026-11-04")]
    [TestCase("1st of December", "2026-12-01")]
    [TestCase("20 Nov", "2026-11-20")]
    [TestCase("20 November 2026", "2026-11-20")]
    [TestCase("Nov. 24th", "2026-11-24")]
    [TestCase("Nov 13", "2026-11-13")]
    [TestCase("November 24th, 2026", "2026-11-24")]
    [TestCase("Jan 5", "2027-01-05")]
    [TestCase("Tuesday, November 17", "2026-11-17")]
    [TestCase("11/13", "2026-11-13")]
    [TestCase("12/1/2026", "2026-12-01")]
    [TestCase("1/12/27", "2027-01-12")]
    [TestCase("25/11", "2026-11-25")]
    [TestCase("2026-11-20", "2026-11-20")]
    [TestCase("within two weeks", "2026-11-18")]
    [TestCase("within 10 days", "2026-11-14")]
    [TestCase("in 3 business days", "2026-11-09")]
    [TestCase("within a week", "2026-11-11")]
    [TestCase("in the next two weeks", "2026-11-18")]
    [TestCase("within 48 hours", "2026-11-06")]
    [TestCase("no later than Friday", "2026-11-06")]
    [TestCase("no later than the 20th", "2026-11-20")]
    [TestCase("this afternoon", "2026-11-04")]
    [TestCase("this morning", "2026-11-04")]
    [TestCase("this evening", "2026-11-04")]
    [TestCase("later today", "2026-11-04")]
    [TestCase("by the morning of Mon 4 Jan", "2027-01-04")]
    [TestCase("Fri 20 Nov", "2026-11-20")]
    [TestCase("Thu. 12 November", "2026-11-12")]
    [TestCase("by Tuesday 17th", "2026-11-17")]
    [TestCase("Friday 6th", "2026-11-06")]
    public void ResolvesTheWayPeopleMeanIt(string expression, string expected)
    {
        var found = DueDates.Find(expression, Wednesday);
        Assert.That(found, Is.Not.Null, expression);
        Assert.That(found!.Date, Is.EqualTo(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), expression);
    }

    [TestCase("Sure - I can pull the churn export by end of day Wednesday.", "2026-11-04", "by end of day Wednesday")]
    [TestCase("I will send you a redline by next Tuesday.", "2026-11-10", "by next Tuesday")]
    [TestCase("Our team will have the feed running in staging by the 20th.", "2026-11-20", "by the 20th")]
    [TestCase("We will provision the 5 laptops by Nov 13, and I'll ping you once they're imaged.", "2026-11-13", "by Nov 13")]
    [TestCase("I can do Tuesday the 17th at 10.", "2026-11-17", "Tuesday the 17th")]
    [TestCase("Thursday at 2pm works, and I'll bring our current intake checklist.", "2026-11-05", "Thursday")]
    [TestCase("I will book a follow-up review for the 19th.", "2026-11-19", "for the 19th")]
    [TestCase("I'll send out the invite for the review (Wednesday 9 Dec, 15:00 Dublin time) later today.", "2026-11-04", "today")]
    [TestCase("I'll book the room for the offsite (Friday 20 Nov) by tomorrow.", "2026-11-05", "by tomorrow")]
    [TestCase("I'll send the agenda (draft attached) by Friday.", "2026-11-06", "by Friday")]
    [TestCase("I'll move the review (now on 20 Nov) to the new room.", "2026-11-20", "on 20 Nov")]
    public void FindsTheDateInsideASentence(string sentence, string expected, string text)
    {
        var found = DueDates.Find(sentence, Wednesday);
        Assert.That(found, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(found!.Date, Is.EqualTo(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(found.Text, Is.EqualTo(text));
        });
    }

    [TestCase("It runs 24/7 for the whole team.")]
    [TestCase("Give it 1/2 hour.")]
    [TestCase("Points 1 and 2 are fine as written.")]
    [TestCase("We have 3 people on the 2nd floor team.")]
    [TestCase("The survey tool costs 20 dollars per seat.")]
    [TestCase("Version 2.3 is out.")]
    public void NumbersThatAreNotDatesStayNumbers(string sentence) =>
        Assert.That(DueDates.FindAll(sentence, Wednesday), Is.Empty);

    [Test]
    public void ResolvesInTheSendersTimeZoneNotUtc()
    {
        // 23:30 on Friday in New York is already Saturday in UTC: "tomorrow" is Saturday the 7th for the sender.
        var lateFriday = new DateTimeOffset(2026, 11, 6, 23, 30, 0, TimeSpan.FromHours(-5));
        Assert.That(DueDates.Find("I'll send it tomorrow", lateFriday)!.Date, Is.EqualTo(new DateOnly(2026, 11, 7)));
    }

    [Test]
    public void ABareWeekdayNamedOnThatDayMeansNextWeek() =>
        Assert.That(DueDates.Find("I'll send it Wednesday", Wednesday)!.Date, Is.EqualTo(new DateOnly(2026, 11, 11)));

    [Test]
    public void EndOfDayOnTheSameWeekdayMeansToday() =>
        Assert.That(DueDates.Find("by end of day Wednesday", Wednesday)!.Date, Is.EqualTo(new DateOnly(2026, 11, 4)));

    [Test]
    public void ADeadlineWinsOverAnEarlierMention() =>
        Assert.That(DueDates.Find("After Monday's meeting I'll send it by Thursday", Wednesday)!.Text, Is.EqualTo("by Thursday"));

    [Test]
    public void BusinessDaysSkipTheWeekend() =>
        Assert.That(DueDates.AddBusinessDays(new DateOnly(2026, 11, 6), 1), Is.EqualTo(new DateOnly(2026, 11, 9)));
}
