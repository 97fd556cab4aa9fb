using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CrossDept.Tests.Support.FakeGraph;

/// <summary>
/// The signed-in user's mailbox settings and sendMail, as Graph documents them: GET /me/mailboxSettings answers the
/// mailboxSettings resource (timeZone in the Windows format by default; workingHours with daysOfWeek in lower case);
/// POST /me/sendMail takes <c>{"message": {...}, "saveToSentItems": bool}</c> and answers 202 Accepted with no body.
/// Every message sent is recorded as the API sent it.
/// </summary>
public sealed partial class FakeGraphServer
{
    /// <summary>The user's mailbox time zone (Windows id, as Graph returns by default).</summary>
    public string MailboxTimeZone { get; set; } = "Eastern Standard Time";

    /// <summary>The user's working days, as Graph spells dayOfWeek values.</summary>
    public string[] WorkingDays { get; set; } = ["monday", "tuesday", "wednesday", "thursday", "friday"];

    /// <summary>The sendMail request bodies received, in order.</summary>
    public ConcurrentQueue<JsonNode> SentMail { get; } = new();

    Reply? HandleMail(GraphRequest r, string path)
    {
        if (r.Method == "GET" && Regex.IsMatch(path, "^/me/mailboxSettings$", RegexOptions.IgnoreCase))
            return new Reply(200, new JsonObject
            {
                ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#Me/mailboxSettings",
                ["timeZone"] = MailboxTimeZone,
                ["dateFormat"] = "M/d/yyyy",
                ["timeFormat"] = "h:mm tt",
                ["workingHours"] = new JsonObject
                {
                    ["daysOfWeek"] = new JsonArray(WorkingDays.Select(d => (JsonNode)JsonValue.Create(d)).ToArray()),
                    ["startTime"] = "08:00:00.0000000",
                    ["endTime"] = "17:00:00.0000000",
                    ["timeZone"] = new JsonObject { ["name"] = MailboxTimeZone },
                },
            });
        if (r.Method == "POST" && Regex.IsMatch(path, "^/me/sendMail$", RegexOptions.IgnoreCase))
        {
            var body = Json(r.Body);
            if (body?["message"] is not JsonObject message || message["toRecipients"] is not JsonArray { Count: > 0 })
                return Error(400, "ErrorInvalidRecipients", "At least one recipient isn't valid.");
            SentMail.Enqueue(body);
            return new Reply(202, null);
        }
        return null;
    }
}
