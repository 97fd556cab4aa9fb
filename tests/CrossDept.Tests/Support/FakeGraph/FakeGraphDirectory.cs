using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CrossDept.Tests.Support.FakeGraph;

/// <summary>
/// GET /users as Graph documents it (List users): the default properties unless $select names others (department is
/// not a default one); $top from 1 to 999 (Graph answers 400 outside it; 100 without $top); further pages through an
/// opaque $skiptoken in @odata.nextLink, the full URL to call next. Throttling comes from an injected fault:
/// 429 TooManyRequests with Retry-After.
/// </summary>
public sealed partial class FakeGraphServer
{
    /// <summary>People per page when the client asks for more: small values force the client through @odata.nextLink.</summary>
    public int UsersPageSize { get; set; } = 999;

    Reply? HandleDirectory(GraphRequest r, string path)
    {
        if (r.Method != "GET" || !Regex.IsMatch(path, "^/users$", RegexOptions.IgnoreCase))
            return null;
        var top = 100;
        if (r.Param("$top") is { } asked && (!int.TryParse(asked, out top) || top is < 1 or > 999))
            return Error(400, "Request_UnsupportedQuery", "Invalid page size specified: '" + asked + "'. Must be between 1 and 999 inclusive.");
        var skip = 0;
        if (r.Param("$skiptoken") is { } token && (!token.StartsWith("X%27", StringComparison.Ordinal) || !int.TryParse(token[4..], out skip)))
            return Error(400, "Directory_ExpiredPageToken", "The specified page token value has expired and can no longer be included in your request.");
        var select = r.Param("$select")?.Split(',', StringSplitOptions.TrimEntries);
        var size = Math.Min(top, UsersPageSize);
        var all = Data.Users.Values.OrderBy(u => UserId(u.Address), StringComparer.Ordinal).ToArray();
        var page = all.Skip(skip).Take(size).ToArray();
        var body = new JsonObject
        {
            ["@odata.context"] = $"{Root}/$metadata#users{(select is null ? "" : $"({string.Join(',', select)})")}",
            ["value"] = new JsonArray(page.Select(u => (JsonNode)UserJson(u, select)).ToArray()),
        };
        if (skip + size < all.Length)
        {
            var query = r.Query.Where(q => q.Key != "$skiptoken").Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}")
                .Append($"%24skiptoken=X%2527{skip + size}");
            body["@odata.nextLink"] = $"{BaseAddress}/users?{string.Join('&', query)}";
        }
        return new Reply(200, body);
    }
}
