using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CrossDept.Following;
using CrossDept.Storage;
using CrossDept.Tests.Support.FakeGraph;
using CrossDept.Threads;

namespace CrossDept.Tests.Following;

/// <summary>
/// The webhook and subscriptions end to end: the fake Graph (a real HTTP server) makes the subscription, validates the
/// webhook, POSTs notifications and lifecycle events to it; the API reads the changed conversation and the board changes.
/// </summary>
[TestFixture(StorageProvider.Sqlite)]
[TestFixture(StorageProvider.Postgres)]
public sealed class WebhookTests(StorageProvider provider)
{
    FollowingTenant? t;
    HttpClient jane = null!;
    string trackedId = "";

    FollowingTenant T => t!;
    string ConversationId => T.Tenant.ConversationId;

    [SetUp]
    public async Task Start()
    {
        t = await FollowingTenant.StartAsync(provider);
        jane = t.Jane();
        trackedId = await t.TrackAsync(jane, ConversationId);
    }

    [TearDown]
    public async Task Stop()
    {
        if (t is null)
            return;
        jane.Dispose();
        await t.DisposeAsync();
    }

    FakeMessage Reply(string from, string text, DateTimeOffset at, string? conversationId = null) => new()
    {
        Id = T.Graph.Data.NewId("AAMk"),
        ConversationId = conversationId ?? ConversationId,
        InternetMessageId = $"<{Guid.NewGuid():N}@contoso.com>",
        Subject = "Re: Your input on how we engage clients (CRM project)",
        From = (null, from),
        To = [("Jane Doe", "jane.doe@contoso.com")],
        SentDateTime = at,
        ReceivedDateTime = at.AddSeconds(2),
        BodyContentType = "text",
        BodyContent = text,
    };

    async Task<JsonNode> Person(string address)
    {
        var tracked = JsonNode.Parse(await jane.GetStringAsync($"/api/tracked/{trackedId}"))!;
        return tracked["people"]!.AsArray().Single(p => p!["address"]!.GetValue<string>() == address)!;
    }

    [Test]
    public async Task TheHandshakeEchoesTheValidationTokenAsPlainText()
    {
        using var client = T.Api.CreateClient();
        var token = "Validation: Testing client application reachability <script>1</script>";
        using var response = await client.PostAsync($"/api/following/notifications?validationToken={Uri.EscapeDataString(token)}",
            new StringContent("", Encoding.UTF8, "text/plain"));
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(token));
        });
    }

    [Test]
    public async Task FollowingMakesOneSubscriptionOnMessagesWithClientStateLifecycleUrlAndNoResourceData()
    {
        var view = await T.FollowAsync(jane);
        var again = await T.FollowAsync(jane);
        var sub = T.Subscription;
        var created = T.Graph.Received(r => r.Method == "POST" && r.Path == "/subscriptions").Single();
        var body = JsonNode.Parse(created.Body)!;
        Assert.Multiple(() =>
        {
            Assert.That(view.Status, Is.EqualTo(FollowStatus.Active));
            Assert.That(again.Status, Is.EqualTo(FollowStatus.Active), "following twice keeps the one subscription");
            Assert.That(sub.Resource, Is.EqualTo("me/messages"));
            Assert.That(sub.ChangeType, Is.EqualTo("created"));
            Assert.That(sub.ClientState, Has.Length.GreaterThanOrEqualTo(32));
            Assert.That(sub.NotificationUrl, Is.EqualTo("http://localhost/api/following/notifications"));
            Assert.That(sub.LifecycleNotificationUrl, Is.EqualTo("http://localhost/api/following/lifecycle"));
            Assert.That(sub.ImmutableIds, Is.True);
            Assert.That(body["includeResourceData"]!.GetValue<bool>(), Is.False);
            Assert.That(T.Graph.Handshakes.Select(h => h.Passed), Is.EqualTo(new[] { true, true }), "both URLs pass Graph's validation");
            Assert.That(view.SubscriptionExpiresAt, Is.EqualTo(sub.ExpirationDateTime).Within(TimeSpan.FromSeconds(1)));
            Assert.That(T.Sessions.Started, Has.Count.EqualTo(1), "the long-running session starts from the user's request");
        });
    }

    [Test]
    public async Task AReplyNotifiedByGraphChangesTheBoardWithoutThePane()
    {
        await T.FollowAsync(jane);
        Assert.That((await Person("noah.kim@contoso.com"))["nextStep"]!.GetValue<string>(), Is.EqualTo("call"));
        T.Graph.ClearRequests();

        await T.Graph.DeliverAsync(Reply("noah.kim@contoso.com", "Sorry for the silence, Jane. I'll send our notes on client intake by Friday.",
            new DateTimeOffset(2026, 11, 12, 9, 30, 0, TimeSpan.FromHours(-5))));

        await FollowingTenant.Eventually(async () => (await Person("noah.kim@contoso.com"))["status"]!.GetValue<string>() == "replied",
            "Noah's reply to reach the tracked conversation");
        var board = JsonNode.Parse(await jane.GetStringAsync("/api/board"))!;
        Assert.Multiple(() =>
        {
            Assert.That(board["people"]!.AsArray().Select(p => p!["person"]!["address"]!.GetValue<string>()), Does.Not.Contain("noah.kim@contoso.com"));
            Assert.That(T.ConversationReads(ConversationId), Is.EqualTo(1), "one filtered list call");
            Assert.That(T.Lookups, Is.EqualTo(1), "one look-up of the notified message's conversation");
        });
    }

    [Test]
    public async Task ANotificationWithAWrongClientStateIsRejectedAndCausesNoWork()
    {
        await T.FollowAsync(jane);
        var message = Reply("noah.kim@contoso.com", "Here you go.", DateTimeOffset.Parse("2026-11-12T09:30:00-05:00"));
        T.Graph.Data.Add(message);
        T.Graph.ClearRequests();

        var status = await T.Graph.PostAsync(T.Subscription.NotificationUrl, [FakeGraphServer.Notification(T.Subscription, message.Id, clientState: "guessed")]);
        await Task.Delay(1000);
        Assert.Multiple(async () =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await T.CountAsync("follow_message_pending"), Is.Zero);
            Assert.That(await T.CountAsync("follow_notification_seen"), Is.Zero);
            Assert.That(T.Graph.WireRequests, Is.Zero, "nothing was read for it");
        });
    }

    [Test]
    public async Task NotificationsDeliveredTwiceOrOutOfOrderAreProcessedOnce()
    {
        await T.FollowAsync(jane);
        var first = Reply("noah.kim@contoso.com", "Working on it.", DateTimeOffset.Parse("2026-11-12T09:30:00-05:00"));
        var second = Reply("emma.davis@contoso.com", "I can send it by Monday.", DateTimeOffset.Parse("2026-11-12T10:00:00-05:00"));
        T.Graph.Data.Add(first);
        T.Graph.Data.Add(second);
        T.Graph.ClearRequests();
        var sub = T.Subscription;

        // The later message first, each twice, in one POST and in separate ones, as Graph's retries can deliver them.
        var statuses = new List<HttpStatusCode>
        {
            await T.Graph.PostAsync(sub.NotificationUrl, [FakeGraphServer.Notification(sub, second.Id), FakeGraphServer.Notification(sub, first.Id),
                FakeGraphServer.Notification(sub, second.Id)]),
            await T.Graph.PostAsync(sub.NotificationUrl, [FakeGraphServer.Notification(sub, first.Id)]),
        };
        await T.Settled();
        statuses.Add(await T.Graph.PostAsync(sub.NotificationUrl, [FakeGraphServer.Notification(sub, first.Id)]));
        await Task.Delay(700);
        await T.Settled();

        Assert.Multiple(async () =>
        {
            Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.Accepted));
            Assert.That(T.Lookups, Is.EqualTo(2), "each message looked up once");
            Assert.That(T.ConversationReads(ConversationId), Is.EqualTo(1), "the conversation read once for both messages");
            Assert.That((await Person("noah.kim@contoso.com"))["status"]!.GetValue<string>(), Is.EqualTo("replied"));
            Assert.That((await Person("emma.davis@contoso.com"))["status"]!.GetValue<string>(), Is.EqualTo("replied"));
            Assert.That(await T.CountAsync("follow_notification_seen"), Is.EqualTo(2), "ids are kept, not bodies");
        });
    }

    [Test]
    public async Task GraphsLargestBatchesOfNotificationsFitTheWebhooksBodyLimit()
    {
        await T.FollowAsync(jane);
        var sub = T.Subscription;
        // 200 notifications (ids only) in one POST is over 64 KiB: the webhook must still take it, not answer 413.
        var batch = Enumerable.Range(0, 200).Select(i => FakeGraphServer.Notification(sub, $"AAQkAGbatch{i:D4}")).ToArray();

        var status = await T.Graph.PostAsync(sub.NotificationUrl, batch);

        Assert.That(status, Is.EqualTo(System.Net.HttpStatusCode.Accepted));
    }

    [Test]
    public async Task ANotificationForAnUntrackedConversationReadsNoConversation()
    {
        await T.FollowAsync(jane);
        T.Graph.ClearRequests();
        await T.Graph.DeliverAsync(Reply("someone@fabrikam.com", "Lunch on Friday?", DateTimeOffset.Parse("2026-11-12T09:30:00-05:00"), "AAQkAGuntracked"));
        await FollowingTenant.Eventually(() => Task.FromResult(T.Lookups == 1), "the message to be looked up");
        await T.Settled();
        await Task.Delay(700);
        Assert.That(T.ConversationReads(), Is.Zero);
    }

    [Test]
    public async Task MissedNotificationsReadEveryTrackedConversationAgainOnce()
    {
        await T.FollowAsync(jane);
        // The reply arrived but its notification was lost: Graph says so with a "missed" lifecycle event.
        T.Graph.Data.Add(Reply("noah.kim@contoso.com", "Done, see attached.", DateTimeOffset.Parse("2026-11-12T09:30:00-05:00")));
        T.Graph.ClearRequests();

        var status = await T.Graph.PostAsync(T.Subscription.LifecycleNotificationUrl!, [FakeGraphServer.LifecycleNotification(T.Subscription, "missed")]);
        await FollowingTenant.Eventually(async () => (await Person("noah.kim@contoso.com"))["status"]!.GetValue<string>() == "replied",
            "the reconciliation to find Noah's reply");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(T.ConversationReads(ConversationId), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task AfterSubscriptionRemovedANewSubscriptionIsMadeAndTrackedConversationsAreReadAgain()
    {
        await T.FollowAsync(jane);
        var old = T.Subscription;
        T.Graph.Subscriptions.TryRemove(old.Id, out _);
        T.Graph.ClearRequests();

        var status = await T.Graph.PostAsync(old.LifecycleNotificationUrl!, [FakeGraphServer.LifecycleNotification(old, "subscriptionRemoved")]);
        await FollowingTenant.Eventually(() => Task.FromResult(!T.Graph.Subscriptions.IsEmpty), "a new subscription");
        await FollowingTenant.Eventually(() => Task.FromResult(T.ConversationReads(ConversationId) == 1), "the reconciliation read");
        var view = await jane.GetFromJsonAsync<FollowingView>("/api/me/following", AnalysisJson.Options);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(T.Subscription.Id, Is.Not.EqualTo(old.Id));
            Assert.That(T.Subscription.ClientState, Is.EqualTo(old.ClientState));
            Assert.That(view!.Status, Is.EqualTo(FollowStatus.Active));
        });
    }

    [Test]
    public async Task ReauthorizationRequiredIsReauthorizedAndRenewed()
    {
        await T.FollowAsync(jane);
        var sub = T.Subscription;
        var before = sub.ExpirationDateTime;
        await Task.Delay(50);

        var status = await T.Graph.PostAsync(sub.LifecycleNotificationUrl!, [FakeGraphServer.LifecycleNotification(sub, "reauthorizationRequired")]);
        await FollowingTenant.Eventually(() => Task.FromResult(sub.Reauthorized == 1 && sub.ExpirationDateTime > before), "reauthorize and renew");
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted));
    }

    [Test]
    public async Task ALifecycleEventWithAWrongClientStateIsRejected()
    {
        await T.FollowAsync(jane);
        var status = await T.Graph.PostAsync(T.Subscription.LifecycleNotificationUrl!,
            [FakeGraphServer.LifecycleNotification(T.Subscription, "subscriptionRemoved", clientState: "guessed")]);
        var view = await jane.GetFromJsonAsync<FollowingView>("/api/me/following", AnalysisJson.Options);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(view!.Status, Is.EqualTo(FollowStatus.Active));
        });
    }

    [Test]
    public async Task WhenTheSessionEndsFollowingPausesAndSaysWhyUntilTheUserComesBack()
    {
        await T.FollowAsync(jane);
        T.Sessions.Ended = true;
        await T.Graph.DeliverAsync(Reply("noah.kim@contoso.com", "Here it is.", DateTimeOffset.Parse("2026-11-12T09:30:00-05:00")));

        FollowingView? view = null;
        await FollowingTenant.Eventually(async () =>
            (view = await jane.GetFromJsonAsync<FollowingView>("/api/me/following", AnalysisJson.Options))!.Status == FollowStatus.Paused, "a pause");
        Assert.Multiple(async () =>
        {
            Assert.That(view!.Reason, Is.EqualTo(FollowReasons.SessionEnded));
            Assert.That(view.HowToResume, Does.Contain("Open CrossDept"));
            Assert.That(await T.CountAsync("follow_message_pending"), Is.Zero, "queued work of a paused user is dropped");
        });

        // Opening the pane starts a new session and reauthorizes the subscription; a missed-reads pass catches up.
        var resumed = await T.FollowAsync(jane);
        Assert.Multiple(() =>
        {
            Assert.That(resumed.Status, Is.EqualTo(FollowStatus.Active));
            Assert.That(T.Subscription.Reauthorized, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ErasingMyDataDeletesTheSubscriptionAndEverythingFollowingKept()
    {
        await T.FollowAsync(jane);
        var sub = T.Subscription;
        T.Graph.Data.Add(Reply("noah.kim@contoso.com", "Here it is.", DateTimeOffset.Parse("2026-11-12T09:30:00-05:00")));
        await T.Graph.PostAsync(sub.NotificationUrl, [FakeGraphServer.Notification(sub, T.Graph.Data.Messages.Keys.Last())]);

        var erased = await jane.DeleteAsync("/api/me/data");
        erased.EnsureSuccessStatusCode();
        Assert.Multiple(async () =>
        {
            Assert.That(T.Graph.Subscriptions, Is.Empty);
            Assert.That(T.Graph.Received(r => r.Method == "DELETE" && r.Path == $"/subscriptions/{sub.Id}"), Has.Count.EqualTo(1));
            foreach (var table in new[] { "follow_subscription", "follow_notification_seen", "follow_message_pending", "follow_conversation_pending", "follow_up_due", "tracked_conversation" })
                Assert.That(await T.CountAsync(table), Is.Zero, table);
        });
        // A late notification of the deleted subscription matches nothing any more.
        Assert.That(await T.Graph.PostAsync(sub.NotificationUrl, [FakeGraphServer.Notification(sub, "AAMkwhatever")]), Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}

/// <summary>The admin's switch: Following:Enabled=false turns off subscriptions and background work; the pane is told why.</summary>
public sealed class FollowingSwitchTests
{
    [Test]
    public async Task AnAdminTurnsFollowingOffWithOneSetting()
    {
        await using var t = await FollowingTenant.StartAsync(StorageProvider.Sqlite, new Dictionary<string, string?> { ["Following:Enabled"] = "false" });
        using var jane = t.Jane();
        var view = await t.FollowAsync(jane);
        Assert.Multiple(() =>
        {
            Assert.That(view.Status, Is.EqualTo("off"));
            Assert.That(view.Reason, Is.EqualTo("disabledByAdmin"));
            Assert.That(t.Graph.Subscriptions, Is.Empty);
            Assert.That(t.Sessions.Started, Is.Empty, "no background session is started either");
        });
    }
}
