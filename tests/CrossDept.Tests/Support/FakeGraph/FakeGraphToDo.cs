using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CrossDept.Tests.Support.FakeGraph;

/// <summary>A Microsoft To Do task as Graph keeps it (the todoTask resource), with the JSON the API posted.</summary>
public sealed class FakeToDoTask
{
    public required string Id { get; init; }
    public required string ListId { get; init; }
    public required JsonObject Json { get; init; }
    public string Status => Json["status"]?.GetValue<string>() ?? "notStarted";
}

/// <summary>
/// Microsoft To Do as Graph documents it: GET/POST /me/todo/lists (todoTaskList: id, displayName, isOwner, isShared,
/// wellknownListName); GET/POST /me/todo/lists/{id}/tasks (todoTask: title, status notStarted|inProgress|completed|…,
/// dueDateTime as dateTimeTimeZone, linkedResources created inline with the task; GET honours
/// <c>$filter=status eq 'completed'</c>); PATCH /me/todo/lists/{id}/tasks/{taskId} updates and answers the task.
/// </summary>
public sealed partial class FakeGraphServer
{
    public ConcurrentDictionary<string, string> ToDoLists { get; } = new(StringComparer.Ordinal);   // id → displayName
    public ConcurrentDictionary<string, FakeToDoTask> ToDoTasks { get; } = new(StringComparer.Ordinal);

    /// <summary>What the user does in To Do: ticks a task off.</summary>
    public void CompleteToDoTask(string id)
    {
        var task = ToDoTasks[id];
        task.Json["status"] = "completed";
        task.Json["completedDateTime"] = new JsonObject { ["dateTime"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", System.Globalization.CultureInfo.InvariantCulture), ["timeZone"] = "UTC" };
    }

    Reply? HandleToDo(GraphRequest r, string path)
    {
        Match m;
        if (Regex.IsMatch(path, "^/me/todo/lists$", RegexOptions.IgnoreCase))
        {
            if (r.Method == "GET")
                return new Reply(200, new JsonObject
                {
                    ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#users('me')/todo/lists",
                    ["value"] = new JsonArray(ToDoLists.Select(l => (JsonNode)ListJson(l.Key, l.Value)).ToArray()),
                });
            if (r.Method == "POST")
            {
                var name = Json(r.Body)?["displayName"]?.GetValue<string>();
                if (string.IsNullOrEmpty(name))
                    return Error(400, "invalidRequest", "displayName is required.");
                var id = "AAMkADtodolist" + Guid.NewGuid().ToString("N");
                ToDoLists[id] = name;
                return new Reply(201, ListJson(id, name));
            }
        }
        if ((m = Regex.Match(path, "^/me/todo/lists/([^/]+)/tasks(?:/([^/]+))?$", RegexOptions.IgnoreCase)).Success)
        {
            var listId = m.Groups[1].Value;
            if (!ToDoLists.ContainsKey(listId))
                return Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
            if (!m.Groups[2].Success && r.Method == "GET")
            {
                var tasks = ToDoTasks.Values.Where(t => t.ListId == listId);
                if (r.Query.TryGetValue("$filter", out var filter))
                {
                    var status = Regex.Match(filter, "^status eq '([a-zA-Z]+)'$");
                    if (!status.Success)
                        return Error(400, "invalidRequest", $"Unsupported filter in the fake: {filter}");
                    tasks = tasks.Where(t => t.Status == status.Groups[1].Value);
                }
                return new Reply(200, new JsonObject
                {
                    ["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#users('me')/todo/lists('{listId}')/tasks",
                    ["value"] = new JsonArray(tasks.Select(t => t.Json.DeepClone()).ToArray()),
                });
            }
            if (!m.Groups[2].Success && r.Method == "POST")
            {
                if (Json(r.Body) is not JsonObject body || body["title"] is null)
                    return Error(400, "invalidRequest", "title is required.");
                var id = "AAMkADtodotask" + Guid.NewGuid().ToString("N");
                var now = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
                body["@odata.etag"] = "W/\"" + Guid.NewGuid().ToString("N") + "\"";
                body["id"] = id;
                body["status"] ??= "notStarted";
                body["importance"] ??= "normal";
                body["createdDateTime"] = now;
                body["lastModifiedDateTime"] = now;
                if (body["linkedResources"] is JsonArray links)
                    foreach (var link in links.OfType<JsonObject>())
                        link["id"] = Guid.NewGuid().ToString();
                ToDoTasks[id] = new FakeToDoTask { Id = id, ListId = listId, Json = body };
                return new Reply(201, body.DeepClone());
            }
            if (m.Groups[2].Success && ToDoTasks.TryGetValue(m.Groups[2].Value, out var task) && task.ListId == listId)
            {
                if (r.Method == "GET")
                    return new Reply(200, task.Json.DeepClone());
                if (r.Method == "PATCH" && Json(r.Body) is JsonObject patch)
                {
                    foreach (var (name, value) in patch.ToArray())
                        task.Json[name] = value?.DeepClone();
                    task.Json["lastModifiedDateTime"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
                    return new Reply(200, task.Json.DeepClone());
                }
            }
            else if (m.Groups[2].Success)
                return Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
        }
        return null;
    }

    static JsonObject ListJson(string id, string name) => new()
    {
        ["@odata.etag"] = "W/\"" + id + "\"",
        ["id"] = id,
        ["displayName"] = name,
        ["isOwner"] = true,
        ["isShared"] = false,
        ["wellknownListName"] = "none",
    };
}
