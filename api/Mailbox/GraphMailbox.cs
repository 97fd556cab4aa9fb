using System.Net;
using System.Security.Cryptography;
using System.Text;
using CrossDept.Calls;
using CrossDept.Graph;
using CrossDept.People;
using CrossDept.Threads;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Me.Calendar.GetSchedule;
using Microsoft.Graph.Me.GetMailTips;
using Microsoft.Graph.Me.Messages.Item.CreateReplyAll;
using Person = CrossDept.Threads.Person;
using Schedule = CrossDept.Calls.Schedule;

namespace CrossDept.Mailbox;

/// <summary>The signed-in user's mailbox, directory and calendar through Microsoft Graph v1.0 (SDK v5).</summary>
public sealed class GraphMailbox(GraphServiceClient graph, MailboxSettings settings, ILogger<GraphMailbox> logger) : IMailbox
{
    /// <summary>HTML bodies whatever the message was written in, and ids that survive moving between folders.</summary>
    static readonly string[] Prefer = ["outlook.body-content-type=\"html\"", "IdType=\"ImmutableId\""];

    static readonly string[] MessageFields =
        ["id", "conversationId", "internetMessageId", "subject", "from", "toRecipients", "ccRecipients", "sentDateTime",
         "receivedDateTime", "body", "internetMessageHeaders", "isDraft"];

    /// <summary>Marks the drafts and events we create with the pane's idempotency key, so a retry finds them.</summary>
    const string MarkerProperty = "String {5a4e6d47-8f5b-4c1e-9a59-6f3c2c0e8d21} Name CrossDeptIdempotencyKey";

    const int MaxBatchRetries = 3;

    public async Task<IReadOnlyList<ConversationListing>> ConversationsAsync(CancellationToken cancellationToken)
    {
        var page = await graph.Me.Messages.GetAsync(r =>
        {
            r.QueryParameters.Select = ["conversationId", "subject", "receivedDateTime"];
            r.QueryParameters.Orderby = ["receivedDateTime desc"];
            r.QueryParameters.Filter = "isDraft eq false";
            r.QueryParameters.Top = Math.Clamp(settings.RecentMessages, 1, 1000);
            r.Headers.Add("Prefer", Prefer);
        }, cancellationToken);
        // REVIEW: counts only the recent messages looked at; the analysis endpoint reads every message of a conversation.
        return (page?.Value ?? [])
            .Where(m => m.ConversationId is not null)
            .GroupBy(m => m.ConversationId!)
            .Select(g => new ConversationListing(g.Key, Subjects.Topic(g.Last().Subject), g.Max(m => m.ReceivedDateTime ?? DateTimeOffset.MinValue), g.Count()))
            .OrderByDescending(c => c.LastMessageAt)
            .ToArray();
    }

    public async Task<ConversationInput?> ConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var messages = await ConversationMessagesAsync(conversationId, cancellationToken);
        return messages.Count == 0 ? null : new ConversationInput(null, messages.Select(ToIncoming).ToArray());
    }

    /// <summary>Conversations already read in this request (the mailbox is per request): the draft reuses the analysis's read.</summary>
    readonly Dictionary<string, List<Message>> read = new(StringComparer.Ordinal);

    async Task<List<Message>> ConversationMessagesAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (read.TryGetValue(conversationId, out var known))
            return known;
        // /me/messages spans every folder, Sent Items included. $orderby cannot be combined with this filter (Graph answers
        // InefficientFilter), so the messages are sorted here.
        var messages = new List<Message>();
        var page = await graph.Me.Messages.GetAsync(r =>
        {
            r.QueryParameters.Filter = $"conversationId eq '{conversationId.Replace("'", "''", StringComparison.Ordinal)}'";
            r.QueryParameters.Select = MessageFields;
            r.QueryParameters.Top = 50;
            r.Headers.Add("Prefer", Prefer);
        }, cancellationToken);
        while (page is not null)
        {
            messages.AddRange(page.Value ?? []);
            if (page.OdataNextLink is not { } next)
                break;
            page = await graph.Me.Messages.WithUrl(next).GetAsync(r => r.Headers.Add("Prefer", Prefer), cancellationToken);
        }
        return read[conversationId] = messages.Where(m => m.IsDraft != true).OrderBy(m => m.SentDateTime ?? m.ReceivedDateTime).ToList();
    }

    static IncomingMessage ToIncoming(Message m) => new()
    {
        Id = m.InternetMessageId ?? m.Id,
        From = ToPerson(m.From) ?? new Person(null, "unknown@invalid"),
        To = (m.ToRecipients ?? []).Select(ToPerson).OfType<Person>().ToArray(),
        Cc = (m.CcRecipients ?? []).Select(ToPerson).OfType<Person>().ToArray(),
        SentAt = m.SentDateTime ?? m.ReceivedDateTime ?? DateTimeOffset.MinValue,
        Subject = m.Subject,
        Html = m.Body?.ContentType == BodyType.Html ? m.Body.Content : null,
        Text = m.Body?.ContentType == BodyType.Text ? m.Body.Content : null,
        Headers = (m.InternetMessageHeaders ?? [])
            .Where(h => h.Name is not null)
            .GroupBy(h => h.Name!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Value ?? "", StringComparer.OrdinalIgnoreCase),
    };

    static Person? ToPerson(Recipient? r) =>
        r?.EmailAddress?.Address is { Length: > 0 } address ? new Person(string.IsNullOrWhiteSpace(r.EmailAddress.Name) ? null : r.EmailAddress.Name, address) : null;

    public async Task<string?> MyNameAsync(CancellationToken cancellationToken)
    {
        try
        {
            var me = await graph.Me.GetAsync(r => r.QueryParameters.Select = ["displayName"], cancellationToken);
            return string.IsNullOrWhiteSpace(me?.DisplayName) ? null : me.DisplayName.Trim();
        }
        catch (Exception error) when (error is Microsoft.Kiota.Abstractions.ApiException or HttpRequestException
            or Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException)
        {
            // A signature is not worth failing a draft for, whether Graph refused or could not be reached: the token's name stands in.
            logger.LogWarning("Graph /me did not give the display name ({Error}); the token's name signs the draft.",
                error is Microsoft.Kiota.Abstractions.ApiException api ? api.ResponseStatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : error.GetType().Name);
            return null;
        }
    }

    public async Task<IReadOnlyList<PersonCard>> PeopleAsync(IReadOnlyList<string> addresses, CancellationToken cancellationToken)
    {
        if (addresses.Count == 0)
            return [];
        // One $batch (split by the SDK into batches of at most 20) for everyone's profile and manager, plus one mail-tips
        // request for everyone's automatic replies.
        var requests = new Dictionary<string, Microsoft.Kiota.Abstractions.RequestInformation>();
        var steps = new List<(string Address, string User, string Manager)>();
        for (var i = 0; i < addresses.Count; i++)
        {
            var address = addresses[i];
            requests[$"user{i}"] = graph.Users[address].ToGetRequestInformation(r =>
                r.QueryParameters.Select = ["displayName", "mail", "userPrincipalName", "jobTitle", "department", "businessPhones", "mobilePhone"]);
            requests[$"manager{i}"] = graph.Users[address].Manager.ToGetRequestInformation(r =>
                r.QueryParameters.Select = ["displayName", "mail", "userPrincipalName"]);
            steps.Add((address, $"user{i}", $"manager{i}"));
        }
        const string tips = "tips";
        requests[tips] = graph.Me.GetMailTips.ToPostRequestInformation(new GetMailTipsPostRequestBody
        {
            EmailAddresses = addresses.ToList(),
            MailTipsOptions = MailTipsType.AutomaticReplies,
        });

        var responses = await SendBatchAsync(requests, cancellationToken);
        var away = new Dictionary<string, AwayNotice>(StringComparer.OrdinalIgnoreCase);
        if (await Read(responses, tips, GetMailTipsPostResponse.CreateFromDiscriminatorValue, optional: true) is { Value: { } allTips })
            foreach (var tip in allTips)
                if (tip.EmailAddress?.Address is { } address && tip.AutomaticReplies is { Message: { Length: > 0 } message } replies)
                    away[address] = new AwayNotice(ToOffset(replies.ScheduledEndTime), message);

        var cards = new List<PersonCard>();
        foreach (var (address, userStep, managerStep) in steps)
        {
            if (await Read(responses, userStep, User.CreateFromDiscriminatorValue) is not { } user)
                continue;
            var manager = await Read(responses, managerStep, DirectoryObject.CreateFromDiscriminatorValue, optional: true) as User;
            string[] phones = [.. user.BusinessPhones ?? [], .. user.MobilePhone is { Length: > 0 } mobile ? [mobile] : Array.Empty<string>()];
            cards.Add(new PersonCard(user.Mail ?? address, user.DisplayName, user.JobTitle, user.Department,
                phones.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct().ToArray(),
                manager is null ? null : new PersonRef(manager.DisplayName, manager.Mail ?? manager.UserPrincipalName ?? ""),
                away.GetValueOrDefault(address)));
        }
        return cards;
    }

    /// <summary>
    /// Sends the batch; requests Graph throttled inside it (an inner 429 or 503) are sent again in a new batch after
    /// their Retry-After. The outer request's own retries are the resilience handler's.
    /// </summary>
    async Task<Dictionary<string, HttpResponseMessage>> SendBatchAsync(
        IReadOnlyDictionary<string, Microsoft.Kiota.Abstractions.RequestInformation> requests, CancellationToken cancellationToken)
    {
        var results = new Dictionary<string, HttpResponseMessage>();
        var pending = requests.Keys.ToList();
        for (var attempt = 0; ; attempt++)
        {
            // The SDK splits the collection into $batch requests of at most 20 steps; our ids survive the retries.
            var batch = new BatchRequestContentCollection(graph);
            foreach (var id in pending)
                await batch.AddBatchRequestStepAsync(requests[id], id);
            var response = await graph.Batch.PostAsync(batch, cancellationToken);
            var statuses = await response.GetResponsesStatusCodesAsync();
            var throttled = new List<string>();
            var wait = TimeSpan.Zero;
            foreach (var (id, status) in statuses)
            {
                var message = await response.GetResponseByIdAsync(id);
                if (status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable && attempt < MaxBatchRetries)
                {
                    throttled.Add(id);
                    var retryAfter = GraphResilienceHandler.RetryAfter(message) ?? TimeSpan.FromSeconds(1 << attempt);
                    wait = retryAfter > wait ? retryAfter : wait;
                    message.Dispose();
                }
                else
                {
                    results[id] = message;
                }
            }
            if (throttled.Count == 0)
                return results;
            logger.LogWarning("Graph throttled {Count} requests inside a $batch; sending them again in {Wait}.", throttled.Count, wait);
            await Task.Delay(wait, cancellationToken);
            pending = throttled;
        }
    }

    /// <summary>One response of a batch: null when not found; an optional part (manager, mail tips) the app may not see is null too.</summary>
    async Task<T?> Read<T>(Dictionary<string, HttpResponseMessage> responses, string id,
        Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<T> factory, bool optional = false) where T : Microsoft.Kiota.Abstractions.Serialization.IParsable
    {
        if (!responses.TryGetValue(id, out var response))
            return default;
        // Graph answers 400 "Invalid object identifier" for an address it cannot look up (real mail has some): nobody found, as for 404.
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest || (optional && response.StatusCode == HttpStatusCode.Forbidden))
            return default;
        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            throw new ODataError { ResponseStatusCode = status == 429 ? 429 : status, Error = new MainError { Code = status.ToString(System.Globalization.CultureInfo.InvariantCulture), Message = $"A $batch request failed with {status}." } };
        }
        var stream = await response.Content.ReadAsStreamAsync();
        var node = await Microsoft.Kiota.Abstractions.Serialization.ParseNodeFactoryRegistry.DefaultInstance.GetRootParseNodeAsync("application/json", stream);
        return node.GetObjectValue(factory);
    }

    public async Task<IReadOnlyList<Schedule>> SchedulesAsync(IReadOnlyList<string> addresses, DateTimeOffset start, DateTimeOffset end,
        int intervalMinutes, CancellationToken cancellationToken)
    {
        var response = await graph.Me.Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(new GetSchedulePostRequestBody
        {
            Schedules = addresses.ToList(),
            StartTime = Utc(start),
            EndTime = Utc(end),
            AvailabilityViewInterval = intervalMinutes,
        }, r => r.Headers.Add("Prefer", "outlook.timezone=\"UTC\""), cancellationToken);
        return (response?.Value ?? []).Select(s => new Schedule(
            s.ScheduleId ?? "",
            (s.ScheduleItems ?? [])
                .Where(i => i.Status is not (FreeBusyStatus.Free or FreeBusyStatus.WorkingElsewhere))
                .Select(i => new BusyTime(ToOffset(i.Start) ?? start, ToOffset(i.End) ?? end))
                .ToArray(),
            s.WorkingHours is { } hours ? new Calls.WorkingHours(
                (hours.DaysOfWeek ?? []).OfType<Microsoft.Graph.Models.DayOfWeekObject>().Select(ToDay).ToHashSet(),
                hours.StartTime is { } from ? new TimeOnly(from.Hour, from.Minute) : new TimeOnly(9, 0),
                hours.EndTime is { } to ? new TimeOnly(to.Hour, to.Minute) : new TimeOnly(17, 0),
                Calls.WorkingHours.Zone(hours.TimeZone?.Name)) : null,
            s.Error?.Message)).ToArray();
    }

    static DayOfWeek ToDay(Microsoft.Graph.Models.DayOfWeekObject day) => day switch
    {
        Microsoft.Graph.Models.DayOfWeekObject.Monday => DayOfWeek.Monday,
        Microsoft.Graph.Models.DayOfWeekObject.Tuesday => DayOfWeek.Tuesday,
        Microsoft.Graph.Models.DayOfWeekObject.Wednesday => DayOfWeek.Wednesday,
        Microsoft.Graph.Models.DayOfWeekObject.Thursday => DayOfWeek.Thursday,
        Microsoft.Graph.Models.DayOfWeekObject.Friday => DayOfWeek.Friday,
        Microsoft.Graph.Models.DayOfWeekObject.Saturday => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    public async Task<ScheduledCall> CreateCallAsync(CallInvitation call, string idempotencyKey, CancellationToken cancellationToken)
    {
        var created = await graph.Me.Events.PostAsync(new Event
        {
            Subject = call.Subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = call.Html },
            Start = Utc(call.Start),
            End = Utc(call.End),
            Attendees = call.Attendees.Select(a => new Attendee
            {
                EmailAddress = new EmailAddress { Address = a.Address, Name = a.Name },
                Type = AttendeeType.Required,
            }).ToList(),
            IsOnlineMeeting = true,
            OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness,
            AllowNewTimeProposals = true,
            // Graph keeps one event per transactionId, so a retry after a lost response cannot book the call twice.
            TransactionId = TransactionId(idempotencyKey),
        }, r => r.Headers.Add("Prefer", Prefer), cancellationToken)
            ?? throw new InvalidOperationException("Graph created the event but returned no body.");
        return new ScheduledCall(created.Id ?? "", created.WebLink, created.OnlineMeeting?.JoinUrl,
            ToOffset(created.Start) ?? call.Start, ToOffset(created.End) ?? call.End);
    }

    public async Task<CreatedDraft?> CreateReplyAllDraftAsync(string conversationId, ConfirmationDraft draft, string idempotencyKey,
        CancellationToken cancellationToken)
    {
        var marker = Marker(idempotencyKey);
        // A draft from an earlier attempt whose answer was lost: update it instead of creating a second one.
        var existing = await graph.Me.MailFolders["drafts"].Messages.GetAsync(r =>
        {
            r.QueryParameters.Filter = $"singleValueExtendedProperties/Any(ep: ep/id eq '{MarkerProperty}' and ep/value eq '{marker}')";
            r.QueryParameters.Select = ["id"];
            r.Headers.Add("Prefer", Prefer);
        }, cancellationToken);
        var draftId = existing?.Value?.FirstOrDefault()?.Id;
        if (draftId is null)
        {
            var messages = await ConversationMessagesAsync(conversationId, cancellationToken);
            var latest = messages.LastOrDefault();
            if (latest?.Id is null)
                return null;
            var reply = await graph.Me.Messages[latest.Id].CreateReplyAll.PostAsync(new CreateReplyAllPostRequestBody
            {
                Message = new Message
                {
                    SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = MarkerProperty, Value = marker }],
                },
            }, r => r.Headers.Add("Prefer", Prefer), cancellationToken);
            draftId = reply?.Id ?? throw new InvalidOperationException("Graph created the reply draft but returned no id.");
        }

        var update = new Message
        {
            Subject = draft.Subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = draft.Html },
        };
        // Without owners to address, the reply-all recipients Graph chose stay.
        if (draft.To.Count > 0)
        {
            update.ToRecipients = draft.To.Select(Recipient).ToList();
            update.CcRecipients = draft.Cc.Select(Recipient).ToList();
        }
        var updated = await graph.Me.Messages[draftId].PatchAsync(update, r => r.Headers.Add("Prefer", Prefer), cancellationToken);
        return new CreatedDraft(draftId, updated?.WebLink, updated?.Subject ?? draft.Subject);
    }

    static Recipient Recipient(string address) => new() { EmailAddress = new EmailAddress { Address = address } };

    /// <summary>The pane's key, hashed: opaque to Graph and the same on every retry.</summary>
    static string Marker(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32].ToLowerInvariant();

    static string TransactionId(string key) => new Guid(Convert.FromHexString(Marker(key))).ToString();

    static DateTimeTimeZone Utc(DateTimeOffset at) =>
        new() { DateTime = at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), TimeZone = "UTC" };

    static DateTimeOffset? ToOffset(DateTimeTimeZone? at)
    {
        if (at?.DateTime is not { } text || !DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var local))
            return null;
        var zone = Calls.WorkingHours.Zone(at.TimeZone);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
