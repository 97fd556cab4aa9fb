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
    [TestCase("on Monday 16, as we agreed", "2026-11-16")]
    [TestCase("on or before Thursday", "2026-11-05")]
    [TestCase("Wed 18.", "2026-11-18")]
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
    [TestCase("within two weeks from today", "2026-11-18")]
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
    // end of a working day, start of one
    [TestCase("COB Friday", "2026-11-06")]
    [TestCase("by close of play Thursday", "2026-11-05")]
    [TestCase("by EOD", "2026-11-04")]
    [TestCase("first thing Monday", "2026-11-09")]
    [TestCase("first thing on Monday", "2026-11-09")]
    [TestCase("I'll have it to you first thing.", "2026-11-05")]
    // parts of weeks, months and quarters
    [TestCase("mid-month", "2026-11-15")]
    [TestCase("by mid-December", "2026-12-15")]
    [TestCase("mid next week", "2026-11-11")]
    [TestCase("early December", "2026-12-05")]
    [TestCase("early next month", "2026-12-05")]
    [TestCase("by the end of March", "2027-03-31")]
    [TestCase("by the end of the quarter", "2026-12-31")]
    [TestCase("Monday next week", "2026-11-09")]
    [TestCase("by Friday next week", "2026-11-13")]
    // parts of a day keep the day
    [TestCase("tomorrow lunchtime", "2026-11-05")]
    [TestCase("Thursday afternoon", "2026-11-05")]
    // spans from the sending day
    [TestCase("in two weeks", "2026-11-18")]
    [TestCase("two weeks from today", "2026-11-18")]
    [TestCase("a week from now", "2026-11-11")]
    [TestCase("in a fortnight", "2026-11-18")]
    [TestCase("within 2 working days", "2026-11-06")]
    // ordinals, abbreviations, ISO
    [TestCase("on the 9th", "2026-11-09")]
    [TestCase("by the 9th", "2026-11-09")]
    [TestCase("Thurs 12 Nov", "2026-11-12")]
    [TestCase("by Sept. 3, 2027", "2027-09-03")]
    [TestCase("2026/12/01", "2026-12-01")]
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
    [TestCase("Linh will send them next Thursday 26/11 instead.", "2026-11-26", "next Thursday 26/11")]
    [TestCase("We will do the test in ACC on Thursday 26-11.", "2026-11-26", "on Thursday 26-11")]
    [TestCase("I will send them to you latest Thursday 19th.", "2026-11-19", "latest Thursday 19th")]
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
    [TestCase("We are on version 2.3.")]
    [TestCase("Churn grew 12.5.")]
    [TestCase("Send 2/3 of the licences back.")]
    [TestCase("It takes 1/2 an hour.")]
    [TestCase("I work 9-5 on weekdays.")]
    [TestCase("Allow 2-3 days for delivery.")]
    [TestCase("See pages 3-12 of the manual.")]
    [TestCase("We won 3-1; see pages 10-11.")]
    [TestCase("From 3-12 the new rota applies.")]
    [TestCase("The meeting is 10-11 am.")]
    [TestCase("Call 555-1234 or ext 12-34.")]
    // A span counted from an event the sentence names is no day until that event has one.
    [TestCase("We will do the cleaning within one week after PO.")]
    [TestCase("Payment is due within 30 days of the invoice date.")]
    [TestCase("We ship 10 days from receipt of the deposit.")]
    [TestCase("The report follows within 5 days following approval.")]
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

    [Test]
    public void AWithinSpanIsADeadlineAndAnInSpanIsNot()
    {
        Assert.That(DueDates.Find("within the next two weeks", Wednesday)!.IsDeadline, Is.True);
        Assert.That(DueDates.Find("until Friday", Wednesday)!.IsDeadline, Is.True);
        Assert.That(DueDates.Find("in two weeks", Wednesday)!.IsDeadline, Is.False);
        Assert.That(DueDates.Find("on Friday", Wednesday)!.IsDeadline, Is.False);
    }

    // ---- The date-order policy: which number of 5/11 is the month ----

    static readonly DateTimeOffset InNewYork = new(2026, 11, 4, 10, 0, 0, TimeSpan.FromHours(-5));
    static readonly DateTimeOffset InParis = new(2026, 11, 4, 10, 0, 0, TimeSpan.FromHours(1));
    static readonly DateTimeOffset InLondon = new(2026, 11, 4, 10, 0, 0, TimeSpan.Zero);

    [TestCase("05/11", "2026-11-05")]
    [TestCase("5/11/2026", "2026-11-05")]
    [TestCase("11/05", "2027-05-11")]
    [TestCase("by 20/11", "2026-11-20")]
    [TestCase("05/13", "2027-05-13")] // month first is the only reading that is a date
    [TestCase("on 20-11", "2026-11-20")]
    [TestCase("Thursday 26-11", "2026-11-26")]
    [TestCase("before 25-11", "2026-11-25")]
    [TestCase("16-11-2026", "2026-11-16")]
    [TestCase("latest 3-12", "2026-12-03")]
    public void OutsideNorthAmericaNumericDatesAreDayFirst(string written, string expected) =>
        Assert.That(DueDates.Find(written, InParis)!.Date, Is.EqualTo(Day(expected)));

    [TestCase("05/11", "2027-05-11")]
    [TestCase("11/05/26", "2026-11-05")]
    [TestCase("12/01", "2026-12-01")]
    [TestCase("13/05", "2027-05-13")] // day first is the only reading that is a date
    public void InNorthAmericaNumericDatesAreMonthFirst(string written, string expected) =>
        Assert.That(DueDates.Find(written, InNewYork)!.Date, Is.EqualTo(Day(expected)));

    [TestCase("05.11.", "2026-11-05")]
    [TestCase("5.11.2026", "2026-11-05")]
    [TestCase("Could you have it live by 20.11.?", "2026-11-20")]
    [TestCase("by 5.11.", "2026-11-05")]
    public void DottedDatesAreDayFirstWhereverTheyAreWritten(string written, string expected) =>
        Assert.That(DueDates.Find(written, InNewYork)!.Date, Is.EqualTo(Day(expected)));

    [Test]
    public void AnExplicitOrderOverridesTheOffset()
    {
        Assert.That(DueDates.FindAll("by 05/11", InNewYork, DateOrder.DayFirst).Single().Date, Is.EqualTo(Day("2026-11-05")));
        Assert.That(DueDates.FindAll("by 05/11", InParis, DateOrder.MonthFirst).Single().Date, Is.EqualTo(Day("2027-05-11")));
    }

    [TestCase(-4.0, DateOrder.MonthFirst)]  // Eastern daylight, Atlantic
    [TestCase(-5.0, DateOrder.MonthFirst)]
    [TestCase(-8.0, DateOrder.MonthFirst)]  // Pacific
    [TestCase(-10.0, DateOrder.MonthFirst)] // Hawaii
    [TestCase(-3.0, DateOrder.DayFirst)]    // Brazil, Argentina
    [TestCase(-11.0, DateOrder.DayFirst)]
    [TestCase(0.0, DateOrder.DayFirst)]
    [TestCase(1.0, DateOrder.DayFirst)]
    [TestCase(5.5, DateOrder.DayFirst)]     // India
    [TestCase(8.0, DateOrder.DayFirst)]
    public void TheSendersOffsetDecidesWhenNothingElseDoes(double hours, DateOrder order) =>
        Assert.That(DateOrders.FromOffset(TimeSpan.FromHours(hours)), Is.EqualTo(order));

    [TestCase("en-US", DateOrder.MonthFirst)]
    [TestCase("es-US", DateOrder.MonthFirst)]
    [TestCase("en-PH", DateOrder.MonthFirst)]
    [TestCase("fil", DateOrder.MonthFirst)]
    [TestCase("en-CA", DateOrder.MonthFirst)]
    [TestCase("fr-CA", DateOrder.DayFirst)]
    [TestCase("en-GB", DateOrder.DayFirst)]
    [TestCase("de-DE, en-US;q=0.5", DateOrder.DayFirst)]
    [TestCase("es_MX", DateOrder.DayFirst)]
    [TestCase("en", null)]
    [TestCase("", null)]
    [TestCase(null, null)]
    public void ALanguageTagWithARegionDecidesTheOrder(string? tag, DateOrder? order) =>
        Assert.That(DateOrders.FromLanguage(tag), Is.EqualTo(order));

    [Test]
    public void ALanguageHintWinsOverTheOffset()
    {
        // A British writer travelling in New York, and a Colombian one whose offset looks North American.
        Assert.That(DateOrders.For(InNewYork, "en-GB"), Is.EqualTo(DateOrder.DayFirst));
        Assert.That(DateOrders.For(InNewYork, "es-CO"), Is.EqualTo(DateOrder.DayFirst));
        Assert.That(DateOrders.For(InLondon, "en-US"), Is.EqualTo(DateOrder.MonthFirst));
        Assert.That(DateOrders.For(InNewYork, "en"), Is.EqualTo(DateOrder.MonthFirst));
    }

    // ---- Out-of-office return dates come from the same resolver (sent Tuesday 10 November 2026) ----

    static readonly DateTimeOffset TuesdayNewYork = new(2026, 11, 10, 9, 0, 0, TimeSpan.FromHours(-5));
    static readonly DateTimeOffset TuesdayParis = new(2026, 11, 10, 9, 0, 0, TimeSpan.FromHours(1));

    [TestCase("I'm back on Monday.", "2026-11-16")]
    [TestCase("I will be back Monday morning.", "2026-11-16")]
    [TestCase("Returning 3 December.", "2026-12-03")]
    [TestCase("I am out until the 15th.", "2026-11-15")]
    [TestCase("Out of office until 12/01.", "2026-12-01")]
    [TestCase("I am on leave till Nov 20 with no access to email.", "2026-11-20")]
    [TestCase("I will return to the office on Thursday, November 19.", "2026-11-19")]
    [TestCase("Away until further notice. Back in the office on 2026-11-23.", "2026-11-23")]
    [TestCase("I'm on PTO and will be back next Wednesday.", "2026-11-18")]
    [TestCase("Back tomorrow.", "2026-11-11")]
    [TestCase("I'm away this week and back early next week.", "2026-11-16")]
    public void AReturnCueIsFollowedByTheDayTheyAreBack(string text, string expected) =>
        Assert.That(DueDates.ReturnDate(text, TuesdayNewYork), Is.EqualTo(Day(expected)));

    [TestCase("I am out of the office with limited access to email.")]
    [TestCase("I return calls within 24 hours.")]
    [TestCase("The report is due Friday.")]
    [TestCase("Back soon.")]
    public void NoReturnDateWithoutACueAndADateRightAfterIt(string text) =>
        Assert.That(DueDates.ReturnDate(text, TuesdayNewYork), Is.Null);

    [Test]
    public void NumericReturnDatesFollowTheSameDateOrder()
    {
        Assert.That(DueDates.ReturnDate("Out until 12/01.", TuesdayNewYork), Is.EqualTo(Day("2026-12-01")));
        Assert.That(DueDates.ReturnDate("Out until 12/01.", TuesdayParis), Is.EqualTo(Day("2027-01-12")));
        Assert.That(DueDates.ReturnDate("Zurück am 16.11.", TuesdayNewYork), Is.Null, "no English cue");
        Assert.That(DueDates.ReturnDate("Back on 16.11.", TuesdayNewYork), Is.EqualTo(Day("2026-11-16")));
    }

    [Test]
    public void AnAutomaticReplysContentLanguageDecidesItsNumericReturnDate()
    {
        static CrossDept.Threads.IncomingMessage Reply(string language) => new()
        {
            From = new CrossDept.Threads.Person(null, "kim@contoso.com"),
            SentAt = TuesdayNewYork,
            Subject = "Automatic reply: budget",
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Language"] = language },
        };
        Assert.That(CrossDept.Threads.Reading.AutoReplies.AwayUntil(Reply("en-GB"), "I am away until 05/12."), Is.EqualTo(Day("2026-12-05")));
        Assert.That(CrossDept.Threads.Reading.AutoReplies.AwayUntil(Reply("en-US"), "I am away until 05/12."), Is.EqualTo(Day("2027-05-12")));
    }

    // ---- Dates at the ends of the calendar are no date, never an exception (a message dated 9999 was a 500) ----

    const string EveryFamily = "Tomorrow, by EOD Friday, next week, end of next month, mid-December, in 3 months, within 10 business days, "
        + "Jan 5, 5 Jan, 12/31, 31.12., the 31st, Monday next week, first thing, two weeks from now, early next quarter, this afternoon.";

    [Test]
    public void AMessageDatedAtTheEndOfTheCalendarHasNoDatesAndDoesNotThrow()
    {
        var last = new DateTimeOffset(9999, 12, 31, 23, 0, 0, TimeSpan.Zero);
        Assert.That(() => DueDates.FindAll(EveryFamily, last), Throws.Nothing);
        Assert.That(DueDates.FindAll(EveryFamily, last), Is.Empty);
        Assert.That(DueDates.ReturnDate("Back tomorrow, or back on Monday.", last), Is.Null);
    }

    [Test]
    public void AMessageDatedAtTheStartOfTheCalendarHasNoDatesAndDoesNotThrow()
    {
        var first = new DateTimeOffset(1, 1, 1, 1, 0, 0, TimeSpan.Zero);
        Assert.That(() => DueDates.FindAll(EveryFamily, first), Throws.Nothing);
        Assert.That(DueDates.FindAll(EveryFamily, first), Is.Empty);
    }

    [TestCase("by 31 December 9999")]
    [TestCase("on 0001-01-01")]
    [TestCase("by 12/31/9999")]
    [TestCase("on 1 Jan 1066")]
    public void ADateOutsideTheYearsMailCanMeanIsNoDate(string written) =>
        Assert.That(DueDates.FindAll(written, Wednesday), Is.Empty);

    [Test]
    public void AnAbsoluteDateStillReadsWhenTheMessageDateIsNonsense() =>
        Assert.That(DueDates.Find("by 2026-11-20", new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero))!.Date, Is.EqualTo(Day("2026-11-20")));

    // A list's date column and a bare day-and-month with two digits each: "— Moussa — 13.11", "ok for 27.11", "Termin 05.12"
    [TestCase("Beneficiary figures for Q3 — Moussa — 13.11", "2026-11-13")]
    [TestCase("Beneficiary figures ok for 13.11, Podor is already consolidated.", "2026-11-13")]
    [TestCase("Final report - Amélie - 27.11", "2026-11-27")]
    [TestCase("Lieferung der Muster 05.12 wie besprochen", "2026-12-05")]
    [TestCase("send revised drawings latest 20.11 pls", "2026-11-20")]
    public void ADottedDayAndMonthWithoutItsClosingDotIsADate(string written, string expected) =>
        Assert.That(DueDates.Find(written, InParis)!.Date, Is.EqualTo(Day(expected)));

    // …but a decimal, an amount, a time of day or a section number stays a number.
    [TestCase("Churn grew 12.5 overall.")]
    [TestCase("Revenue was 12.10,5 million.")]
    [TestCase("Unit price is 13.10 EUR after discount.")]
    [TestCase("Let's meet at 10.05 in the lobby.")]
    [TestCase("The call starts 11.10 am Lisbon time.")]
    [TestCase("It costs €12.10 per seat.")]
    [TestCase("Margin went from 10.05 to 11.12 percent.")]
    [TestCase("See section 12.10 of the contract.")]
    [TestCase("Error rate is 3.11 % on the line.")]
    public void ADecimalAnAmountOrATimeIsNoDottedDate(string sentence) =>
        Assert.That(DueDates.FindAll(sentence, InParis), Is.Empty);

    // An ordinal with a symbol or an emoji after it is still a day: mobile replies end that way.
    [TestCase("Yes - I'll order the dry ice by the 27th 👍", "2026-11-27")]
    [TestCase("ok will send by the 20th :)", "2026-11-20")]
    [TestCase("Sure, the 19th (Thursday) works for the review", "2026-11-19")]
    [TestCase("Noted, by the 30th 🙏🏽", "2026-11-30")]
    public void AnOrdinalFollowedByASymbolIsADay(string written, string expected) =>
        Assert.That(DueDates.Find(written, Wednesday)!.Date, Is.EqualTo(Day(expected)));

    [TestCase("We have 3 people on the 2nd floor.")]
    [TestCase("It was the 5th-floor printer again.")]
    [TestCase("This is the 3rd time I ask.")]
    [TestCase("Our 2nd quarter numbers are in.")]
    public void AnOrdinalBeforeAWordIsNoDay(string sentence) =>
        Assert.That(DueDates.FindAll(sentence, Wednesday), Is.Empty);

    // "Tuesday, not Monday": the day set aside no longer holds; the other one does, and the sentence moves a date.
    [TestCase("Please note the stock count will now come on Tuesday, not Monday.", "2026-11-10")]
    [TestCase("We'll deliver Thursday rather than Tuesday.", "2026-11-05")]
    [TestCase("The go-live is the 12th instead of the 9th.", "2026-11-12")]
    [TestCase("not Friday but Monday for the handover, sorry", "2026-11-09")]
    [TestCase("Kickoff will be Wednesday in place of Monday.", "2026-11-11")]
    public void ADaySetAsideGivesWayToTheOther(string sentence, string expected)
    {
        var all = DueDates.FindAll(sentence, Wednesday);
        Assert.Multiple(() =>
        {
            Assert.That(all.Select(d => d.Date), Is.EqualTo(new[] { Day(expected) }), sentence);
            Assert.That(DueDates.SetsADateAside(sentence, Wednesday, DateOrder.MonthFirst), Is.True, sentence);
        });
    }

    [TestCase("I can do Monday or Tuesday.")]
    [TestCase("I will not be in on Monday, but I'll send it Tuesday.")]
    [TestCase("The data won't be ready, not before Friday.")]
    [TestCase("Do not wait until the 20th to send it.")]
    [TestCase("I'll send it Tuesday.")]
    public void NoDayIsSetAsideWithoutTheWordsThatDoIt(string sentence) =>
        Assert.That(DueDates.SetsADateAside(sentence, Wednesday, DateOrder.MonthFirst), Is.False, sentence);

    // The country of the sender's address says how they write 05/11 before their time zone does.
    [TestCase("klaus.richter@nordhafen-logistik.de", DateOrder.DayFirst)]
    [TestCase("priya@saffronbasket.in", DateOrder.DayFirst)]
    [TestCase("yuki@tidewaylogistics.co.uk", DateOrder.DayFirst)]
    [TestCase("ana@banco.com.br", DateOrder.DayFirst)]
    [TestCase("kim@county.us", DateOrder.MonthFirst)]
    [TestCase("jose@empresa.ph", DateOrder.MonthFirst)]
    [TestCase("kayla@lumenfield.io", null)]
    [TestCase("tom@contoso.com", null)]
    [TestCase("marie@ville.ca", null)]
    [TestCase("d..steffes@enron.com", null)]
    [TestCase("no-domain", null)]
    public void TheCountryOfTheAddressSaysTheOrder(string address, DateOrder? order) =>
        Assert.That(DateOrders.FromAddress(address), Is.EqualTo(order));

    [Test]
    public void AMessagesLanguageThenItsAddressThenItsOffsetDecideTheOrder()
    {
        CrossDept.Threads.IncomingMessage Message(string address, double hours, string? language = null) => new()
        {
            From = new CrossDept.Threads.Person(null, address),
            SentAt = new DateTimeOffset(2026, 11, 4, 10, 0, 0, TimeSpan.FromHours(hours)),
            Headers = language is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Content-Language"] = language },
        };
        Assert.Multiple(() =>
        {
            // A German firm's writer on a trip to New York still writes day first; a US writer in Berlin month first.
            Assert.That(DateOrders.For(Message("klaus@firma.de", -5)), Is.EqualTo(DateOrder.DayFirst));
            Assert.That(DateOrders.For(Message("kim@agency.us", 1)), Is.EqualTo(DateOrder.MonthFirst));
            Assert.That(DateOrders.For(Message("kim@agency.us", 1, "de-DE")), Is.EqualTo(DateOrder.DayFirst));
            Assert.That(DateOrders.For(Message("tom@contoso.com", -5)), Is.EqualTo(DateOrder.MonthFirst));
            Assert.That(DateOrders.For(Message("tom@contoso.com", 5.5)), Is.EqualTo(DateOrder.DayFirst));
        });
    }

    // A time of day with no day named is that day (sent Wed 4 Nov, 10:00), the next when it has passed.
    [TestCase("Found one in SLC stores. I'll put it on the 10:15 SLC-BOI as COMAT.", "2026-11-04")]
    [TestCase("I'll call you at 3pm about the figures.", "2026-11-04")]
    [TestCase("will send the deck by 16:30", "2026-11-04")]
    [TestCase("Sure, I can have it to you before 2 p.m.", "2026-11-04")]
    [TestCase("I'll drop it at reception at 9am.", "2026-11-05")]
    [TestCase("Booked you for the 14:30 shuttle.", "2026-11-04")]
    public void ATimeOfDayAloneIsThatDay(string sentence, string expected) =>
        Assert.That(DueDates.Find(sentence, Wednesday)!.Date, Is.EqualTo(Day(expected)));

    [TestCase("Thursday at 2pm works for me.", "2026-11-05")]
    [TestCase("I can do the 17th at 10:30.", "2026-11-17")]
    [TestCase("I'll send it Friday by 3pm.", "2026-11-06")]
    [TestCase("Let's say tomorrow at 9:00.", "2026-11-05")]
    [TestCase("Monday 10:30 then.", "2026-11-09")]
    public void ADayNamedWithATimeKeepsTheDay(string sentence, string expected) =>
        Assert.That(DueDates.FindAll(sentence, Wednesday).Select(d => d.Date), Is.EqualTo(new[] { Day(expected) }));

    [TestCase("The office is at 3 Main Street.")]
    [TestCase("We are at 10 people now.")]
    [TestCase("The score was 3:1 at half time.")]
    [TestCase("Ratio 1:25 at most.")]
    [TestCase("Shipments arrive around 10:15 usually.")]
    public void ANumberThatIsNoTimeOfDayIsNoDay(string sentence) =>
        Assert.That(DueDates.FindAll(sentence, Wednesday), Is.Empty);

    static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
