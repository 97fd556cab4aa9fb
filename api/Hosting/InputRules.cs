using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossDept.Hosting;

/// <summary>
/// The one validation filter every user route group carries (see <c>SignIn.MapUserGroup</c>), run before any handler:
/// it walks the bound arguments (request bodies and query values) and answers
/// <list type="bullet">
/// <item>400 for a null inside a list (<c>"messages": [null]</c>, <c>"to": [null]</c>, <c>"managers": [null]</c>), a
/// header with a null value, and a date outside <see cref="EarliestDate"/>–<see cref="LatestDate"/> (year 9999 overflowed
/// date arithmetic in the analysis, the calls and the board);</item>
/// <item>422 naming the limit when a list or a text is longer than the limits below, whose reasons are in api/Hosting/README.md.</item>
/// </list>
/// The features' own checks (an address is required, …) still run in their handlers.
/// </summary>
public sealed class InputRules : IEndpointFilter
{
    public static readonly DateTimeOffset EarliestDate = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset LatestDate = new(2200, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Lists by property name: at most this many items, and the name the 422 gives.</summary>
    internal static readonly Dictionary<string, int> MaxItems = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Messages"] = 200,      // a long conversation is tens of messages; each costs a full read of its body
        ["To"] = 500,            // Exchange Online's own limit of recipients per message
        ["Cc"] = 500,
        ["Participants"] = 1000, // To and Cc together
        ["Recipients"] = 500,    // people asked in one conversation, as tracking stores them
        ["Agreements"] = 500,
        ["Referrals"] = 500,
        ["Managers"] = 20,
        ["Headers"] = 200,       // internet headers per message: a real message has 20–80
        ["Addresses"] = 100,     // people looked up at once (PeopleApi.MaxPeoplePerLookup)
    };

    /// <summary>Any one text: a message body of 1 M characters is about 2 MB of JSON; the reader's cost grows with it.</summary>
    public const int MaxTextLength = 1_000_000;

    /// <summary>
    /// All texts of one request together: reading costs about linear in characters, so this bounds the worst request
    /// (8 texts of 1 M characters each cost ~7 s of CPU; 2 M characters, well under two seconds).
    /// </summary>
    public const int MaxTotalTextLength = 2_000_000;

    /// <summary>Deeper than any request type nests: a guard against walking something cyclic.</summary>
    const int MaxDepth = 8;

    static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var problems = new Problems();
        // Query and route values are named by their parameter; a body's fields by their JSON path, as the features name them.
        var parameters = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>()?.GetParameters();
        for (var i = 0; i < context.Arguments.Count; i++)
        {
            var argument = context.Arguments[i];
            var scalar = argument is DateTimeOffset or DateOnly or string;
            Walk(argument, scalar && parameters is not null && i < parameters.Length ? parameters[i].Name ?? "" : "", problems, 0);
        }
        if (problems.TotalText > MaxTotalTextLength)
            OverLimit(problems, "", "MaxTotalTextLength", MaxTotalTextLength,
                $"The request's texts are {problems.TotalText} characters together; the limit is {MaxTotalTextLength}.");
        if (problems.Limit is { } limit)
            return TypedResults.Problem(new HttpValidationProblemDetails(problems.Errors)
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The request is over a limit",
                Detail = limit.Detail,
                Extensions = { ["limit"] = limit.Name, ["maximum"] = limit.Maximum },
            });
        if (problems.Errors.Count > 0)
            return TypedResults.ValidationProblem(problems.Errors);
        return await next(context);
    }

    sealed class Problems
    {
        public Dictionary<string, string[]> Errors { get; } = [];
        public (string Name, int Maximum, string Detail)? Limit { get; set; }
        public long TotalText { get; set; }
        public void Add(string path, string message) => Errors.TryAdd(path.Length == 0 ? "body" : path, [message]);
    }

    static void Walk(object? value, string path, Problems problems, int depth)
    {
        switch (value)
        {
            case null or HttpContext or CancellationToken or HttpRequest or HttpResponse:
                return;
            case DateTimeOffset at:
                if (at < EarliestDate || at >= LatestDate)
                    problems.Add(path, $"Dates must fall between {EarliestDate:yyyy-MM-dd} and {LatestDate:yyyy-MM-dd}.");
                return;
            case DateOnly day:
                if (day < DateOnly.FromDateTime(EarliestDate.UtcDateTime) || day >= DateOnly.FromDateTime(LatestDate.UtcDateTime))
                    problems.Add(path, $"Dates must fall between {EarliestDate:yyyy-MM-dd} and {LatestDate:yyyy-MM-dd}.");
                return;
            case string text:
                problems.TotalText += text.Length;
                if (text.Length > MaxTextLength)
                    OverLimit(problems, path, "MaxTextLength", MaxTextLength, $"{path} is {text.Length} characters; the limit is {MaxTextLength}.");
                return;
        }
        var type = value.GetType();
        // Only our request records and collections are walked: never a service a handler also takes (a mailbox, a store).
        var isRecord = type.Namespace?.StartsWith("CrossDept", StringComparison.Ordinal) == true && type.GetMethod("<Clone>$") is not null;
        if (depth > MaxDepth || !(isRecord || (value is IEnumerable && type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)))
            return;

        var name = path.Length == 0 ? "" : path[(path.LastIndexOfAny(['.', ']']) + 1)..];
        if (value is IDictionary dictionary)
        {
            if (MaxItems.TryGetValue(name, out var maxEntries) && dictionary.Count > maxEntries)
                OverLimit(problems, path, Capital(name), maxEntries, $"{path} has {dictionary.Count} entries; the limit is {maxEntries}.");
            foreach (DictionaryEntry entry in dictionary)
                if (entry.Value is null)
                    problems.Add($"{path}.{entry.Key}", "A header needs a value.");
                else
                    Walk(entry.Value, $"{path}.{entry.Key}", problems, depth + 1);
            return;
        }
        if (value is IEnumerable items)
        {
            var list = items.Cast<object?>().ToList();
            if (MaxItems.TryGetValue(name, out var max) && list.Count > max)
            {
                OverLimit(problems, path, Capital(name), max, $"{path} has {list.Count} items; the limit is {max}.");
                return;
            }
            for (var i = 0; i < list.Count; i++)
                if (list[i] is null)
                    problems.Add($"{path}[{i}]", "A list item cannot be null.");
                else
                    Walk(list[i], $"{path}[{i}]", problems, depth + 1);
            return;
        }
        foreach (var property in Properties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead).ToArray()))
            Walk(property.GetValue(value), path.Length == 0 ? Camel(property.Name) : $"{path}.{Camel(property.Name)}", problems, depth + 1);
    }

    static void OverLimit(Problems problems, string path, string limit, int maximum, string detail)
    {
        problems.Add(path, detail);
        problems.Limit ??= (limit, maximum, detail);
    }

    static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
    static string Capital(string name) => name.Length == 0 ? name : "Max" + char.ToUpperInvariant(name[0]) + name[1..];
}
