using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrossDept.Calls;
using CrossDept.Tests.Support;
using CrossDept.Tests.Support.FakeGraph;
using CrossDept.Threads;

namespace CrossDept.Tests.Calls;

public class CallTests : GraphTenantTest
{
    static readonly DateTimeOffset ThursdayNoonEastern = new(2026, 11, 12, 12, 0, 0, TimeSpan.FromHours(-5));
    static DateTimeOffset Utc(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.Zero);

    [SetUp]
    public void SeedCalendars()
    {
        var data = Tenant.Graph.Data;
        data.WorkingHours["jane.doe@contoso.com"] = new(["monday", "tuesday", "wednesday", "thursday", "friday"], new TimeOnly(9, 0), new TimeOnly(17, 0), "Eastern Standard Time");
        data.WorkingHours["tom.becker@contoso.com"] = new(["monday", "tuesday", "wednesday", "thursday", "friday"], new TimeOnly(8, 0), new TimeOnly(17, 0), "Pacific Standard Time");
        data.Calendars["jane.doe@contoso.com"] = [new FakeBusy(Utc(12, 17), Utc(12, 21))];
        data.Calendars["tom.becker@contoso.com"] = [new FakeBusy(Utc(13, 17), Utc(13, 18), "tentative"), new FakeBusy(Utc(13, 19), Utc(13, 19, 30), "free")];
    }

    async Task<Slot[]> SlotsAsync(int minutes) =>
        (await (await Client.PostAsJsonAsync("/api/calls/slots", new
        {
            address = "tom.becker@contoso.com", minutes, withinBusinessDays = 1, timeZone = "America/New_York", now = ThursdayNoonEastern,
        })).Content.ReadFromJsonAsync<CallSlotsResponse>(AnalysisJson.Options))!.Slots.ToArray();

    [Test]
    public async Task SlotsAreInBothWorkingHoursAndOutsideBothBusyTimes()
    {
        var slots = await SlotsAsync(15);

        Assert.Multiple(() =>
        {
            // Common working hours: 9-17 Eastern and 8-17 Pacific overlap 16:00-22:00 UTC.
            Assert.That(slots.First().Start, Is.EqualTo(Utc(12, 21)), "Jane is busy until 21:00 on Thursday");
            Assert.That(slots.All(s => s.Start.UtcDateTime.Hour >= 16 && s.End <= s.Start.Date.AddHours(22)), Is.True);
            Assert.That(slots.Any(s => s.Start < Utc(13, 18) && Utc(13, 17) < s.End), Is.False, "Tom's tentative hour is not offered");
            Assert.That(slots.Any(s => s.Start == Utc(13, 19)), Is.True, "a free item does not block");
            Assert.That(slots.All(s => s.End - s.Start == TimeSpan.FromMinutes(15)), Is.True);
            Assert.That(slots.Last().End, Is.LessThanOrEqualTo(Utc(13, 22)), "within one business day after today");
            // Spread over the days and the hours, not every quarter hour of one afternoon.
            Assert.That(slots.Select(s => s.Start), Is.EqualTo(new[] { Utc(12, 21), Utc(13, 16), Utc(13, 18), Utc(13, 19), Utc(13, 20), Utc(13, 21) }));
        });

        var request = Tenant.Graph.Received().Single();
        var body = JsonNode.Parse(request.Body, new JsonNodeOptions { PropertyNameCaseInsensitive = true })!;
        Assert.That(request.Path, Is.EqualTo("/me/calendar/getSchedule"));
        Assert.That(body["schedules"]!.AsArray().Select(s => s!.GetValue<string>()), Is.EqualTo(new[] { "jane.doe@contoso.com", "tom.becker@contoso.com" }));
        Assert.That(body["availabilityViewInterval"]!.GetValue<int>(), Is.EqualTo(15));
        Assert.That(request.Header("Prefer"), Is.EqualTo("outlook.timezone=\"UTC\""));
    }

    [Test]
    public async Task HalfHourSlotsStartOnTheHalfHour()
    {
        var slots = await SlotsAsync(30);
        Assert.That(slots.All(s => s.Start.Minute % 30 == 0 && s.End - s.Start == TimeSpan.FromMinutes(30)), Is.True);
    }

    [Test]
    public async Task UnreadableCalendarIsAProblemNotAnEmptyList()
    {
        var response = await Client.PostAsJsonAsync("/api/calls/slots", new { address = "stranger@fabrikam.com", minutes = 15, withinBusinessDays = 2 });
        Assert.That(Tenant.Graph.Failures, Is.Empty);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
    }

    [TestCase(20, 2)]
    [TestCase(15, 0)]
    [TestCase(15, 11)]
    public async Task SlotRequestOutsideTheRulesIsAValidationProblem(int minutes, int days)
    {
        var response = await Client.PostAsJsonAsync("/api/calls/slots", new { address = "tom.becker@contoso.com", minutes, withinBusinessDays = days });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    static object Call(string subject = "Quick call: CRM engagement input") => new
    {
        address = "tom.becker@contoso.com", name = "Tom Becker", start = Utc(13, 16), minutes = 15, subject,
        talkingPoints = new[] { "Why your input shapes the new process", "Ten minutes, I take the notes & write it up" },
    };

    async Task<HttpResponseMessage> ScheduleAsync(string key, object? call = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/calls") { Content = JsonContent.Create(call ?? Call()) };
        request.Headers.Add("Idempotency-Key", key);
        return await Client.SendAsync(request);
    }

    [Test]
    public async Task CallIsATeamsEventWithTheTalkingPoints()
    {
        var response = await ScheduleAsync("call-key-0001");
        var call = await response.Content.ReadFromJsonAsync<ScheduledCall>(AnalysisJson.Options);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var created = Tenant.Graph.Data.Events.Values.Single();
        Assert.Multiple(() =>
        {
            Assert.That(call!.Id, Is.EqualTo(created.Id));
            Assert.That(call.JoinUrl, Is.EqualTo(created.JoinUrl));
            Assert.That(call.WebLink, Does.StartWith("https://outlook.office365.com/owa/"));
            Assert.That((call.Start, call.End), Is.EqualTo((Utc(13, 16), Utc(13, 16, 15))));
            Assert.That(created.IsOnlineMeeting, Is.True);
            Assert.That(created.OnlineMeetingProvider, Is.EqualTo("teamsForBusiness"));
            Assert.That(created.Attendees, Is.EqualTo(new[] { "tom.becker@contoso.com" }));
            Assert.That(created.BodyHtml, Does.Contain("<li>Why your input shapes the new process</li>").And.Contain("I take the notes &amp; write it up"));
            Assert.That(created.TransactionId, Is.Not.Null);
        });
    }

    [Test]
    public async Task SameKeyBooksTheCallOnce()
    {
        var first = await (await ScheduleAsync("call-key-0002")).Content.ReadFromJsonAsync<ScheduledCall>(AnalysisJson.Options);
        var again = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => ScheduleAsync("call-key-0002")));

        Assert.That(again.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Created));
        Assert.That((await again[0].Content.ReadFromJsonAsync<ScheduledCall>(AnalysisJson.Options))!.Id, Is.EqualTo(first!.Id));
        Assert.That(Tenant.Graph.Data.Events, Has.Count.EqualTo(1));
        Assert.That(Tenant.Graph.Received(r => r.Path == "/me/events"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task SameKeyForAnotherCallIsAConflict()
    {
        await ScheduleAsync("call-key-0003");
        var response = await ScheduleAsync("call-key-0003", Call("Another subject"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(Tenant.Graph.Data.Events, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task CallWithoutAnIdempotencyKeyIsRefused()
    {
        var response = await Client.PostAsJsonAsync("/api/calls", Call());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(Tenant.Graph.Received(), Is.Empty);
    }

    [Test]
    public async Task AnEventWhoseAnswerWasLostIsNotBookedTwice()
    {
        // Graph creates the event but answers after our attempt timeout; the retry carries the same transactionId.
        Tenant.Graph.Inject(new Fault("POST", "^/me/events$", FaultKind.Slow, Times: 1, Delay: TimeSpan.FromSeconds(6)));

        var response = await ScheduleAsync("call-key-0004");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var posts = Tenant.Graph.Received(r => r.Path == "/me/events");
        Assert.That(posts, Has.Count.EqualTo(2));
        Assert.That(posts.Select(p => JsonNode.Parse(p.Body)!["transactionId"]!.GetValue<string>()).Distinct().Count(), Is.EqualTo(1));
        Assert.That(Tenant.Graph.Data.Events, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ThrottledEventCreationIsRetriedOnce()
    {
        Tenant.Graph.Inject(new Fault("POST", "^/me/events$", FaultKind.Throttle, Times: 1, RetryAfterSeconds: 1));

        var response = await ScheduleAsync("call-key-0005");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(Tenant.Graph.Received(r => r.Path == "/me/events"), Has.Count.EqualTo(2));
        Assert.That(Tenant.Graph.Data.Events, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task PaneRetryAfterAnOutageBooksOneCall()
    {
        // 503 after Graph did the work, four times: the pane sees 503, then retries with its key.
        Tenant.Graph.Inject(new Fault("POST", "^/me/events$", FaultKind.Unavailable, Times: 4, RetryAfterSeconds: 0));
        var failed = await ScheduleAsync("call-key-0006");
        var retried = await ScheduleAsync("call-key-0006");

        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(Tenant.Graph.Data.Events, Has.Count.EqualTo(1));
    }
}
