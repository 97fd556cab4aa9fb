using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CrossDept.Tests.Support.FakeGraph;

public sealed partial class FakeGraphServer
{
    /// <summary>Graph reads action parameters case-insensitively (the SDK sends getSchedule's as "Schedules", "StartTime").</summary>
    static JsonNode? Json(string body) => string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body, new JsonNodeOptions { PropertyNameCaseInsensitive = true });

    static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
    static string GraphDateTime(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture);

    static JsonObject Recipient((string? Name, string Address) p) =>
        new() { ["emailAddress"] = new JsonObject { ["name"] = p.Name ?? p.Address, ["address"] = p.Address } };

    static bool PrefersHtml(GraphRequest r) => (r.Header("Prefer") ?? "").Contains("outlook.body-content-type=\"html\"", StringComparison.OrdinalIgnoreCase);

    static Dictionary<string, string> Applied(GraphRequest r)
    {
        var applied = new List<string>();
        if (PrefersHtml(r))
            applied.Add("outlook.body-content-type=\"html\"");
        if ((r.Header("Prefer") ?? "").Contains("IdType=\"ImmutableId\"", StringComparison.OrdinalIgnoreCase))
            applied.Add("IdType=\"ImmutableId\"");
        return applied.Count == 0 ? [] : new() { ["Preference-Applied"] = string.Join(", ", applied) };
    }

    /// <summary>A message as Graph returns it (the list-messages example's shape), trimmed to $select when given.</summary>
    JsonObject MessageJson(FakeMessage m, GraphRequest r)
    {
        var (type, content) = (m.BodyContentType, m.BodyContent);
        if (PrefersHtml(r) && type == "text")
            (type, content) = ("html", "<html><head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div>"
                + WebUtility.HtmlEncode(content).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "<br>\r\n", StringComparison.Ordinal)
                + "</div></body></html>");
        var all = new JsonObject
        {
            ["@odata.etag"] = "W/\"CQAAABYAAAAiIsqMbYjsT5e/T7KzowPTAAAYbvZD\"",
            ["id"] = m.Id,
            ["createdDateTime"] = Iso(m.ReceivedDateTime),
            ["lastModifiedDateTime"] = Iso(m.ReceivedDateTime),
            ["changeKey"] = "CQAAABYAAAAiIsqMbYjsT5e/T7KzowPTAAAYbvZD",
            ["categories"] = new JsonArray(),
            ["receivedDateTime"] = Iso(m.ReceivedDateTime),
            ["sentDateTime"] = Iso(m.SentDateTime),
            ["hasAttachments"] = false,
            ["internetMessageId"] = m.InternetMessageId,
            ["subject"] = m.Subject,
            ["bodyPreview"] = content.Length > 80 ? content[..80] : content,
            ["importance"] = "normal",
            ["parentFolderId"] = "AQMkAGI2TG93AAA" + m.Folder,
            ["conversationId"] = m.ConversationId,
            ["isDeliveryReceiptRequested"] = false,
            ["isReadReceiptRequested"] = false,
            ["isRead"] = true,
            ["isDraft"] = m.IsDraft,
            ["webLink"] = $"https://outlook.office365.com/owa/?ItemID={Uri.EscapeDataString(m.Id)}&exvsurl=1&viewmodel=ReadMessageItem",
            ["inferenceClassification"] = "focused",
            ["body"] = new JsonObject { ["contentType"] = type, ["content"] = content },
            ["sender"] = Recipient(m.From),
            ["from"] = Recipient(m.From),
            ["toRecipients"] = new JsonArray(m.To.Select(p => (JsonNode)Recipient(p)).ToArray()),
            ["ccRecipients"] = new JsonArray(m.Cc.Select(p => (JsonNode)Recipient(p)).ToArray()),
            ["bccRecipients"] = new JsonArray(),
            ["replyTo"] = new JsonArray(),
            ["flag"] = new JsonObject { ["flagStatus"] = "notFlagged" },
        };
        var select = r.Param("$select")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (select is null)
            return all;
        var trimmed = new JsonObject { ["@odata.etag"] = all["@odata.etag"]!.DeepClone(), ["id"] = m.Id };
        foreach (var field in select)
            if (field.Equals("internetMessageHeaders", StringComparison.OrdinalIgnoreCase))
                trimmed["internetMessageHeaders"] = new JsonArray(m.Headers.Select(h => (JsonNode)new JsonObject { ["name"] = h.Name, ["value"] = h.Value }).ToArray());
            else if (all.TryGetPropertyValue(field, out var value))
                trimmed[field] = value?.DeepClone();
        return trimmed;
    }

    [GeneratedRegex(@"^conversationId eq '((?:[^']|'')*)'$")]
    private static partial Regex ConversationFilter();

    [GeneratedRegex(@"^singleValueExtendedProperties/Any\(ep: ep/id eq '([^']+)' and ep/value eq '((?:[^']|'')*)'\)$", RegexOptions.IgnoreCase)]
    private static partial Regex ExtendedPropertyFilter();

    /// <summary>List messages: $filter (the forms the API uses), $select, $top, $orderby, paging with $skip in @odata.nextLink.</summary>
    Reply ListMessages(GraphRequest r, IEnumerable<FakeMessage> source, string route)
    {
        var filter = r.Param("$filter");
        var orderBy = r.Param("$orderby");
        IEnumerable<FakeMessage> items = source;
        if (filter is not null)
        {
            if (ConversationFilter().Match(filter) is { Success: true } c)
            {
                // Exchange cannot sort a conversationId restriction.
                if (orderBy is not null)
                    return Error(400, "InefficientFilter", "The restriction or sort order is too complex for this operation.");
                var id = c.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal);
                items = items.Where(m => m.ConversationId == id);
            }
            else if (filter == "isDraft eq false")
                items = items.Where(m => !m.IsDraft);
            else if (ExtendedPropertyFilter().Match(filter) is { Success: true } e)
                items = items.Where(m => m.ExtendedProperties.TryGetValue(e.Groups[1].Value, out var v) && v == e.Groups[2].Value.Replace("''", "'", StringComparison.Ordinal));
            else
                return Error(400, "BadRequest", $"Invalid filter clause: {filter}");
        }
        items = orderBy switch
        {
            null or "receivedDateTime desc" => items.OrderByDescending(m => m.ReceivedDateTime),
            "receivedDateTime asc" or "receivedDateTime" => items.OrderBy(m => m.ReceivedDateTime),
            _ => items,
        };
        var all = items.ToArray();
        var top = Math.Min(int.TryParse(r.Param("$top"), out var t) ? t : PageSize, MaxPageSize);
        var skip = int.TryParse(r.Param("$skip"), out var s) ? s : 0;
        var page = all.Skip(skip).Take(top).ToArray();
        var body = new JsonObject
        {
            ["@odata.context"] = $"{Root}/$metadata#users('{Data.Me}'){route.Replace("/me", "", StringComparison.Ordinal)}",
            ["value"] = new JsonArray(page.Select(m => (JsonNode)MessageJson(m, r)).ToArray()),
        };
        if (skip + top < all.Length)
        {
            var query = r.Query.Where(q => q.Key != "$skip").Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}")
                .Append($"%24skip={skip + top}");
            body["@odata.nextLink"] = $"{BaseAddress}{route}?{string.Join('&', query)}";
        }
        return new Reply(200, body, Applied(r));
    }

    Reply CreateReplyAll(GraphRequest r, string id)
    {
        if (!Data.Messages.TryGetValue(id, out var original))
            return Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
        var me = Data.Me;
        var draft = new FakeMessage
        {
            Id = Data.NewId("AAMk"),
            ConversationId = original.ConversationId,
            Subject = "RE: " + original.Subject,
            From = ("Jane Doe", me),
            To = original.To.Prepend(original.From).Where(p => !p.Address.Equals(me, StringComparison.OrdinalIgnoreCase)).DistinctBy(p => p.Address.ToLowerInvariant()).ToList(),
            Cc = original.Cc.Where(p => !p.Address.Equals(me, StringComparison.OrdinalIgnoreCase)).ToList(),
            SentDateTime = DateTimeOffset.UtcNow,
            ReceivedDateTime = DateTimeOffset.UtcNow,
            BodyContentType = "html",
            BodyContent = "<html><body><div><br></div><hr><div>" + original.BodyContent + "</div></body></html>",
            IsDraft = true,
            Folder = "drafts",
        };
        var body = Json(r.Body);
        foreach (var property in body?["message"]?["singleValueExtendedProperties"]?.AsArray() ?? [])
            draft.ExtendedProperties[property!["id"]!.GetValue<string>()] = property["value"]!.GetValue<string>();
        Data.Add(draft);
        return new Reply(201, MessageJson(draft, r with { Query = new Dictionary<string, string>() }), Applied(r));
    }

    Reply UpdateMessage(GraphRequest r, string id)
    {
        if (!Data.Messages.TryGetValue(id, out var message))
            return Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
        var body = Json(r.Body)!;
        if (body["subject"] is { } subject)
            message.Subject = subject.GetValue<string>();
        if (body["body"] is { } content)
            (message.BodyContentType, message.BodyContent) = (content["contentType"]!.GetValue<string>().ToLowerInvariant(), content["content"]!.GetValue<string>());
        if (body["toRecipients"] is JsonArray to)
            message.To = to.Select(p => ((string?)p!["emailAddress"]!["name"]?.GetValue<string>(), p["emailAddress"]!["address"]!.GetValue<string>())).ToList();
        if (body["ccRecipients"] is JsonArray cc)
            message.Cc = cc.Select(p => ((string?)p!["emailAddress"]!["name"]?.GetValue<string>(), p["emailAddress"]!["address"]!.GetValue<string>())).ToList();
        return new Reply(200, MessageJson(message, r with { Query = new Dictionary<string, string>() }), Applied(r));
    }

    static string UserId(string address) => new Guid(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(address.ToLowerInvariant()))).ToString();

    JsonObject UserJson(FakeUser u, string[]? select)
    {
        var all = new JsonObject
        {
            ["id"] = UserId(u.Address),
            ["businessPhones"] = new JsonArray(u.BusinessPhones.Select(p => (JsonNode)p).ToArray()),
            ["displayName"] = u.DisplayName,
            ["givenName"] = u.DisplayName.Split(' ')[0],
            ["jobTitle"] = u.JobTitle,
            ["mail"] = u.Address,
            ["mobilePhone"] = u.MobilePhone,
            ["officeLocation"] = null,
            ["preferredLanguage"] = "en-US",
            ["surname"] = u.DisplayName.Split(' ')[^1],
            ["userPrincipalName"] = u.Address,
            ["department"] = u.Department,
        };
        if (select is null)
        {
            all.Remove("department");   // not among the default properties
            return all;
        }
        var trimmed = new JsonObject();
        foreach (var field in select)
            if (all.TryGetPropertyValue(field, out var value))
                trimmed[field] = value?.DeepClone();
        return trimmed;
    }

    Reply GetUser(GraphRequest r, string id)
    {
        if (!Data.Users.TryGetValue(id, out var user))
            return Error(404, "Request_ResourceNotFound", $"Resource '{id}' does not exist or one of its queried reference-property objects are not present.");
        var select = r.Param("$select")?.Split(',', StringSplitOptions.TrimEntries);
        var body = UserJson(user, select);
        body.Insert(0, "@odata.context", $"{Root}/$metadata#users{(select is null ? "" : $"({string.Join(',', select)})")}/$entity");
        return new Reply(200, body);
    }

    Reply Manager(string id)
    {
        if (!Data.Users.TryGetValue(id, out var user))
            return Error(404, "Request_ResourceNotFound", $"Resource '{id}' does not exist or one of its queried reference-property objects are not present.");
        if (user.ManagerAddress is null || !Data.Users.TryGetValue(user.ManagerAddress, out var manager))
            return Error(404, "Request_ResourceNotFound", "Resource 'manager' does not exist or one of its queried reference-property objects are not present.");
        var body = UserJson(manager, null);
        body.Insert(0, "@odata.context", $"{Root}/$metadata#directoryObjects/$entity");
        body.Insert(1, "@odata.type", "#microsoft.graph.user");
        return new Reply(200, body);
    }

    Reply MailTips(GraphRequest r)
    {
        var body = Json(r.Body)!;
        var addresses = body["emailAddresses"]!.AsArray().Select(a => a!.GetValue<string>());
        var value = new JsonArray();
        foreach (var address in addresses)
        {
            var user = Data.Users.GetValueOrDefault(address);
            var replies = new JsonObject { ["message"] = user?.AutoReply ?? "" };
            if (user?.AutoReply is not null)
            {
                replies["messageLanguage"] = new JsonObject { ["locale"] = "en-US", ["displayName"] = "English (United States)" };
                if (user.AutoReplyUntil is { } until)
                {
                    replies["scheduledStartTime"] = new JsonObject { ["dateTime"] = GraphDateTime(until.AddDays(-7)), ["timeZone"] = "UTC" };
                    replies["scheduledEndTime"] = new JsonObject { ["dateTime"] = GraphDateTime(until), ["timeZone"] = "UTC" };
                }
            }
            value.Add(new JsonObject
            {
                ["emailAddress"] = new JsonObject { ["name"] = "", ["address"] = address },
                ["automaticReplies"] = replies,
            });
        }
        return new Reply(200, new JsonObject { ["@odata.context"] = $"{Root}/$metadata#Collection(microsoft.graph.mailTips)", ["value"] = value });
    }

    static DateTimeOffset ParseGraphTime(JsonNode node)
    {
        var text = node["dateTime"]!.GetValue<string>();
        var zone = node["timeZone"]?.GetValue<string>() ?? "UTC";
        var local = DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None);
        if (zone.Equals("UTC", StringComparison.OrdinalIgnoreCase))
            return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero);
        var info = TimeZoneInfo.FindSystemTimeZoneById(zone);
        return new DateTimeOffset(local, info.GetUtcOffset(local));
    }

    /// <summary>getSchedule: each person's items in the window, the availabilityView string, working hours; times in UTC.</summary>
    Reply GetSchedule(GraphRequest r)
    {
        var body = Json(r.Body)!;
        var start = ParseGraphTime(body["startTime"]!);
        var end = ParseGraphTime(body["endTime"]!);
        var interval = body["availabilityViewInterval"]?.GetValue<int>() ?? 30;
        var value = new JsonArray();
        foreach (var address in body["schedules"]!.AsArray().Select(a => a!.GetValue<string>()))
        {
            if (!Data.Users.ContainsKey(address) && !address.Equals(Data.Me, StringComparison.OrdinalIgnoreCase))
            {
                value.Add(new JsonObject
                {
                    ["scheduleId"] = address,
                    ["availabilityView"] = "",
                    ["error"] = new JsonObject { ["message"] = $"The user or resource {address} was not found.", ["responseCode"] = "ErrorMailRecipientNotFound" },
                });
                continue;
            }
            var items = Data.Calendars.GetValueOrDefault(address, []).Where(b => b.Start < end && start < b.End).ToArray();
            var view = new System.Text.StringBuilder();
            for (var slot = start; slot < end; slot = slot.AddMinutes(interval))
            {
                var slotEnd = slot.AddMinutes(interval);
                var code = items.Where(b => b.Start < slotEnd && slot < b.End)
                    .Select(b => b.Status switch { "tentative" => 1, "busy" => 2, "oof" => 3, _ => 0 }).DefaultIfEmpty(0).Max();
                view.Append(code);
            }
            var hours = Data.WorkingHours.GetValueOrDefault(address)
                ?? new FakeWorkingHours(["monday", "tuesday", "wednesday", "thursday", "friday"], new TimeOnly(8, 0), new TimeOnly(17, 0), "Pacific Standard Time");
            value.Add(new JsonObject
            {
                ["scheduleId"] = address,
                ["availabilityView"] = view.ToString(),
                ["scheduleItems"] = new JsonArray(items.Select(b => (JsonNode)new JsonObject
                {
                    ["isPrivate"] = false,
                    ["status"] = b.Status,
                    ["subject"] = b.Subject,
                    ["location"] = "",
                    ["start"] = new JsonObject { ["dateTime"] = GraphDateTime(b.Start), ["timeZone"] = "UTC" },
                    ["end"] = new JsonObject { ["dateTime"] = GraphDateTime(b.End), ["timeZone"] = "UTC" },
                }).ToArray()),
                ["workingHours"] = new JsonObject
                {
                    ["daysOfWeek"] = new JsonArray(hours.Days.Select(d => (JsonNode)d).ToArray()),
                    ["startTime"] = hours.Start.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + ".0000000",
                    ["endTime"] = hours.End.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + ".0000000",
                    ["timeZone"] = new JsonObject { ["name"] = hours.TimeZone },
                },
            });
        }
        return new Reply(200, new JsonObject { ["@odata.context"] = $"{Root}/$metadata#Collection(microsoft.graph.scheduleInformation)", ["value"] = value });
    }

    readonly object eventsLock = new();

    /// <summary>Create event. A transactionId seen before returns the event it created instead of a second one.</summary>
    // REVIEW: Graph documents transactionId as preventing the redundant create; that it answers with the first event is our reading.
    Reply CreateEvent(GraphRequest r)
    {
        var body = Json(r.Body)!;
        var transactionId = body["transactionId"]?.GetValue<string>();
        FakeEvent created;
        lock (eventsLock)
        {
            created = Data.Events.Values.FirstOrDefault(e => transactionId is not null && e.TransactionId == transactionId) ?? Add();
        }
        return new Reply(201, EventJson(created));

        FakeEvent Add()
        {
            var e = new FakeEvent(Data.NewId("AAMkAGI1"), transactionId, body["subject"]?.GetValue<string>() ?? "",
                body["body"]?["content"]?.GetValue<string>() ?? "", ParseGraphTime(body["start"]!), ParseGraphTime(body["end"]!),
                (body["attendees"]?.AsArray() ?? []).Select(a => a!["emailAddress"]!["address"]!.GetValue<string>()).ToArray(),
                body["isOnlineMeeting"]?.GetValue<bool>() ?? false, body["onlineMeetingProvider"]?.GetValue<string>(),
                "https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + Guid.NewGuid().ToString("N") + "%40thread.v2/0");
            Data.Events[e.Id] = e;
            Data.Calendars.GetOrAdd(Data.Me, _ => []).Add(new FakeBusy(e.Start, e.End, "busy", e.Subject));
            return e;
        }
    }

    JsonObject EventJson(FakeEvent e) => new()
    {
        ["@odata.context"] = $"{Root}/$metadata#users('{Data.Me}')/events/$entity",
        ["@odata.etag"] = "W/\"ZlnW4RIAV06KYYwlrfNZvQAALfZeRQ==\"",
        ["id"] = e.Id,
        ["createdDateTime"] = Iso(DateTimeOffset.UtcNow),
        ["transactionId"] = e.TransactionId,
        ["subject"] = e.Subject,
        ["bodyPreview"] = "",
        ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = e.BodyHtml },
        ["start"] = new JsonObject { ["dateTime"] = GraphDateTime(e.Start), ["timeZone"] = "UTC" },
        ["end"] = new JsonObject { ["dateTime"] = GraphDateTime(e.End), ["timeZone"] = "UTC" },
        ["webLink"] = $"https://outlook.office365.com/owa/?itemid={Uri.EscapeDataString(e.Id)}&exvsurl=1&path=/calendar/item",
        ["isOnlineMeeting"] = e.IsOnlineMeeting,
        ["onlineMeetingProvider"] = e.OnlineMeetingProvider ?? "unknown",
        ["onlineMeeting"] = e.IsOnlineMeeting ? new JsonObject { ["joinUrl"] = e.JoinUrl } : null,
        ["attendees"] = new JsonArray(e.Attendees.Select(a => (JsonNode)new JsonObject
        {
            ["type"] = "required",
            ["status"] = new JsonObject { ["response"] = "none", ["time"] = "0001-01-01T00:00:00Z" },
            ["emailAddress"] = new JsonObject { ["name"] = a, ["address"] = a },
        }).ToArray()),
        ["organizer"] = new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = "Jane Doe", ["address"] = Data.Me } },
    };
}
