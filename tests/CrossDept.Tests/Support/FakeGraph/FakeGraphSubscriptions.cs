using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CrossDept.Tests.Support.FakeGraph;

/// <summary>A change-notification subscription as Graph keeps it.</summary>
public sealed class FakeSubscription
{
    public required string Id { get; init; }
    public required string Resource { get; init; }
    public required string ChangeType { get; init; }
    public required string NotificationUrl { get; init; }
    public string? LifecycleNotificationUrl { get; init; }
    public string? ClientState { get; init; }
    public DateTimeOffset ExpirationDateTime { get; set; }
    public bool ImmutableIds { get; init; }
    public int Reauthorized;
}

/// <summary>
/// Subscriptions and change notifications as Microsoft Graph documents them: POST /subscriptions validates both URLs
/// (POST ?validationToken=…, expecting 200 text/plain echoing the token within 10 s) before answering 201; PATCH
/// renews; DELETE removes; POST …/reauthorize answers 204. Notifications without resource data are POSTed as
/// <c>{"value":[changeNotification…]}</c>, lifecycle events likewise with <c>lifecycleEvent</c>.
/// </summary>
public sealed partial class FakeGraphServer
{
    /// <summary>Messages: at most 10,080 minutes (7 days) for a subscription without resource data.</summary>
    static readonly TimeSpan MaxMessageSubscription = TimeSpan.FromMinutes(10080);

    public ConcurrentDictionary<string, FakeSubscription> Subscriptions { get; } = new(StringComparer.Ordinal);

    /// <summary>How the fake reaches the API's webhook (the test server's client); null: no validation, no delivery.</summary>
    public Func<HttpClient>? Webhooks { get; set; }

    /// <summary>Validation handshakes made, with whether the API answered as Graph requires.</summary>
    public ConcurrentQueue<(string Url, bool Passed)> Handshakes { get; } = new();

    Reply? HandleSubscriptions(GraphRequest r, string path)
    {
        Match m;
        if (r.Method == "GET" && (m = Regex.Match(path, "^/me/messages/([^/]+)$", RegexOptions.IgnoreCase)).Success)
            return Data.Messages.TryGetValue(m.Groups[1].Value, out var message)
                ? new Reply(200, MessageJson(message, r), Applied(r))
                : Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
        if (r.Method == "POST" && Regex.IsMatch(path, "^/subscriptions$", RegexOptions.IgnoreCase))
            return CreateSubscription(r);
        if ((m = Regex.Match(path, "^/subscriptions/([^/]+)(/reauthorize)?$", RegexOptions.IgnoreCase)).Success)
        {
            if (!Subscriptions.TryGetValue(m.Groups[1].Value, out var sub))
                return Error(404, "ResourceNotFound", $"The object was not found. Subscription '{m.Groups[1].Value}'.");
            if (m.Groups[2].Success && r.Method == "POST")
            {
                Interlocked.Increment(ref sub.Reauthorized);
                return new Reply(204, null);
            }
            switch (r.Method)
            {
                case "GET":
                    return new Reply(200, SubscriptionJson(sub));
                case "PATCH":
                    var expires = Json(r.Body)?["expirationDateTime"]?.GetValue<DateTimeOffset>();
                    if (expires is null || expires > DateTimeOffset.UtcNow + MaxMessageSubscription)
                        return Error(400, "InvalidRequest", "Subscription expiration can only be 10080 minutes in the future.");
                    sub.ExpirationDateTime = expires.Value;
                    return new Reply(200, SubscriptionJson(sub));
                case "DELETE":
                    Subscriptions.TryRemove(sub.Id, out _);
                    return new Reply(204, null);
            }
        }
        return null;
    }

    Reply CreateSubscription(GraphRequest r)
    {
        var body = Json(r.Body)!;
        var expires = body["expirationDateTime"]?.GetValue<DateTimeOffset>();
        var notificationUrl = body["notificationUrl"]?.GetValue<string>();
        if (notificationUrl is null || body["resource"] is null || body["changeType"] is null || expires is null)
            return Error(400, "InvalidRequest", "changeType, notificationUrl, resource and expirationDateTime are required.");
        if (expires > DateTimeOffset.UtcNow + MaxMessageSubscription)
            return Error(400, "InvalidRequest", "Subscription expiration can only be 10080 minutes in the future.");
        if (body["includeResourceData"]?.GetValue<bool>() == true && body["encryptionCertificate"] is null)
            return Error(400, "InvalidRequest", "A subscription with resource data needs an encryptionCertificate.");
        var lifecycle = body["lifecycleNotificationUrl"]?.GetValue<string>();
        foreach (var url in new[] { notificationUrl, lifecycle }.OfType<string>())
            if (!Validate(url))
                return Error(400, "InvalidRequest", $"Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request. ({url})");
        var sub = new FakeSubscription
        {
            Id = Guid.NewGuid().ToString(),
            Resource = body["resource"]!.GetValue<string>(),
            ChangeType = body["changeType"]!.GetValue<string>(),
            NotificationUrl = notificationUrl,
            LifecycleNotificationUrl = lifecycle,
            ClientState = body["clientState"]?.GetValue<string>(),
            ExpirationDateTime = expires.Value,
            ImmutableIds = (r.Header("Prefer") ?? "").Contains("IdType=\"ImmutableId\"", StringComparison.OrdinalIgnoreCase),
        };
        Subscriptions[sub.Id] = sub;
        return new Reply(201, SubscriptionJson(sub));
    }

    /// <summary>The validation request: a random token, URL-encoded; the answer must be 200, text/plain, the token itself.</summary>
    bool Validate(string url)
    {
        if (Webhooks is null)
            return true;
        var token = "Validation: Testing client application reachability for subscription Request-Id: " + Guid.NewGuid();
        using var client = Webhooks();
        using var content = new StringContent("", Encoding.UTF8, "text/plain");
        using var response = client.PostAsync($"{url}?validationToken={Uri.EscapeDataString(token)}", content).GetAwaiter().GetResult();
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        var passed = response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/plain" && text == token;
        Handshakes.Enqueue((url, passed));
        return passed;
    }

    static JsonObject SubscriptionJson(FakeSubscription s) => new()
    {
        ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#subscriptions/$entity",
        ["id"] = s.Id,
        ["resource"] = s.Resource,
        ["applicationId"] = "24d3b144-21ae-4080-943f-7067b395b913",
        ["changeType"] = s.ChangeType,
        ["clientState"] = s.ClientState,
        ["notificationUrl"] = s.NotificationUrl,
        ["lifecycleNotificationUrl"] = s.LifecycleNotificationUrl,
        ["expirationDateTime"] = s.ExpirationDateTime.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
        ["creatorId"] = "8ee44408-0679-472c-bc2a-692812af3437",
        ["includeResourceData"] = false,
        ["latestSupportedTlsVersion"] = "v1_2",
        ["encryptionCertificate"] = null,
        ["encryptionCertificateId"] = null,
        ["notificationQueryOptions"] = null,
        ["notificationUrlAppId"] = null,
    };

    /// <summary>A change notification without resource data for one message, as Graph sends it.</summary>
    public static JsonObject Notification(FakeSubscription s, string messageId, string changeType = "created", string? clientState = null,
        string? etag = null) => new()
    {
        ["id"] = "lsgTZMr9KwAAA" + Guid.NewGuid().ToString("N")[..8],
        ["subscriptionId"] = s.Id,
        ["subscriptionExpirationDateTime"] = s.ExpirationDateTime.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
        ["clientState"] = clientState ?? s.ClientState,
        ["changeType"] = changeType,
        ["resource"] = $"Users/8ee44408-0679-472c-bc2a-692812af3437/Messages/{messageId}",
        ["tenantId"] = TestTokens.Tenant,
        ["resourceData"] = new JsonObject
        {
            ["@odata.type"] = "#Microsoft.Graph.Message",
            ["@odata.id"] = $"Users/8ee44408-0679-472c-bc2a-692812af3437/Messages/{messageId}",
            ["@odata.etag"] = etag ?? "W/\"CQAAABYAAADkrWGo7bouTKlsgTZMr9KwAAAUWRHf\"",
            ["id"] = messageId,
        },
    };

    /// <summary>A lifecycle notification: subscriptionRemoved, missed or reauthorizationRequired.</summary>
    public static JsonObject LifecycleNotification(FakeSubscription s, string lifecycleEvent, string? clientState = null) => new()
    {
        ["subscriptionId"] = s.Id,
        ["subscriptionExpirationDateTime"] = s.ExpirationDateTime.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
        ["tenantId"] = TestTokens.Tenant,
        ["clientState"] = clientState ?? s.ClientState,
        ["lifecycleEvent"] = lifecycleEvent,
    };

    /// <summary>POSTs notifications to a URL the way Graph does ({"value":[…]}); returns the webhook's status.</summary>
    public async Task<HttpStatusCode> PostAsync(string url, IEnumerable<JsonObject> notifications)
    {
        using var client = (Webhooks ?? throw new InvalidOperationException("Set Webhooks to reach the API."))();
        using var content = new StringContent(new JsonObject { ["value"] = new JsonArray(notifications.Select(n => (JsonNode)n).ToArray()) }.ToJsonString(),
            Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(url, content);
        return response.StatusCode;
    }

    /// <summary>A new message lands in the mailbox: stored, then notified to every subscription on the user's messages.</summary>
    public async Task<FakeMessage> DeliverAsync(FakeMessage message)
    {
        Data.Add(message);
        foreach (var sub in Subscriptions.Values.Where(s => s.Resource.Equals("me/messages", StringComparison.OrdinalIgnoreCase)))
            await PostAsync(sub.NotificationUrl, [Notification(sub, message.Id)]);
        return message;
    }
}
