using System.Collections.Concurrent;
using MimeKit;

namespace CrossDept.Tests.Support.FakeGraph;

/// <summary>A mail item as Exchange keeps it.</summary>
public sealed class FakeMessage
{
    public required string Id { get; init; }
    public required string ConversationId { get; init; }
    public string? InternetMessageId { get; init; }
    public string? Subject { get; set; }
    public required (string? Name, string Address) From { get; init; }
    public List<(string? Name, string Address)> To { get; set; } = [];
    public List<(string? Name, string Address)> Cc { get; set; } = [];
    public DateTimeOffset SentDateTime { get; init; }
    public DateTimeOffset ReceivedDateTime { get; init; }
    public string BodyContentType { get; set; } = "html";
    public string BodyContent { get; set; } = "";
    public List<(string Name, string Value)> Headers { get; init; } = [];
    public bool IsDraft { get; init; }
    public string Folder { get; init; } = "inbox";
    public Dictionary<string, string> ExtendedProperties { get; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed record FakeUser(string Address, string DisplayName, string? JobTitle, string? Department, string[] BusinessPhones,
    string? MobilePhone, string? ManagerAddress = null, string? AutoReply = null, DateTimeOffset? AutoReplyUntil = null);

public sealed record FakeBusy(DateTimeOffset Start, DateTimeOffset End, string Status = "busy", string Subject = "Busy");

public sealed record FakeWorkingHours(string[] Days, TimeOnly Start, TimeOnly End, string TimeZone);

/// <summary>A calendar event as created through POST /me/events.</summary>
public sealed record FakeEvent(string Id, string? TransactionId, string Subject, string BodyHtml, DateTimeOffset Start, DateTimeOffset End,
    IReadOnlyList<string> Attendees, bool IsOnlineMeeting, string? OnlineMeetingProvider, string JoinUrl);

/// <summary>What the fake tenant holds: the signed-in user's mail, the directory, calendars.</summary>
public sealed class FakeGraphData
{
    public string Me { get; set; } = "jane.doe@contoso.com";
    public ConcurrentDictionary<string, FakeMessage> Messages { get; } = new(StringComparer.Ordinal);
    public ConcurrentDictionary<string, FakeUser> Users { get; } = new(StringComparer.OrdinalIgnoreCase);
    public ConcurrentDictionary<string, List<FakeBusy>> Calendars { get; } = new(StringComparer.OrdinalIgnoreCase);
    public ConcurrentDictionary<string, FakeWorkingHours> WorkingHours { get; } = new(StringComparer.OrdinalIgnoreCase);
    public ConcurrentDictionary<string, FakeEvent> Events { get; } = new(StringComparer.Ordinal);

    int sequence;
    public string NewId(string prefix) => $"{prefix}AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A{Interlocked.Increment(ref sequence):D6}AAA=";

    /// <summary>Loads a folder of .eml files as one conversation: the owner's own messages sit in Sent Items.</summary>
    public string AddConversation(string folder, string? conversationId = null)
    {
        conversationId ??= "AAQkAGI2TG93AAA" + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(folder))).TrimEnd('=');
        foreach (var file in Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal))
        {
            var mime = MimeMessage.Load(file);
            var from = mime.From.Mailboxes.First();
            var html = mime.HtmlBody;
            Add(new FakeMessage
            {
                Id = NewId("AAMk"),
                ConversationId = conversationId,
                InternetMessageId = $"<{mime.MessageId}>",
                Subject = mime.Subject,
                From = (from.Name, from.Address),
                To = mime.To.Mailboxes.Select(m => ((string?)m.Name, m.Address)).ToList(),
                Cc = mime.Cc.Mailboxes.Select(m => ((string?)m.Name, m.Address)).ToList(),
                SentDateTime = mime.Date,
                ReceivedDateTime = mime.Date.AddSeconds(2),
                BodyContentType = html is null ? "text" : "html",
                BodyContent = html ?? mime.TextBody ?? "",
                Headers = mime.Headers.Select(h => (h.Field, h.Value)).ToList(),
                Folder = from.Address.Equals(Me, StringComparison.OrdinalIgnoreCase) ? "sentitems" : "inbox",
            });
        }
        return conversationId;
    }

    public FakeMessage Add(FakeMessage message) => Messages[message.Id] = message;

    public void AddUser(FakeUser user) => Users[user.Address] = user;
}
