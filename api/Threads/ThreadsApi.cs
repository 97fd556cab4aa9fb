using System.ComponentModel.DataAnnotations;
using CrossDept.Auth;
using CrossDept.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossDept.Threads;

public static class ThreadsApi
{
    public static RouteGroupBuilder MapThreads(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapUserGroup("/api/threads").WithTags("Threads").WithBodySize(BodySize.Conversation).WithAnalysisLimit();

        group.MapPost("/analyze", Analyze)
            .WithName("AnalyzeThread")
            .WithSummary("Analyse a conversation the pane read from Outlook")
            .WithDescription("Takes the conversation's messages (any order; bodies as HTML or text, internet headers when known) "
                + "and returns the analysis: each message's own text and signature, agreements with the sentence that said them, "
                + "the people asked with their status and next step, and the confirmation draft.");

        return group;
    }

    // ?explain=true adds "explain": the rule behind each agreement and why each near-miss was dropped.
    static Results<Ok<ThreadAnalysis>, ValidationProblem> Analyze(AnalyzeRequest request, CurrentUser user, TimeProvider clock, CancellationToken ct, bool explain = false)
    {
        request = request with { Me = string.IsNullOrWhiteSpace(request.Me) ? user.Address : request.Me };
        var errors = request.Validate();
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var messages = request.Messages!.Select(m => m.ToIncoming()).ToArray();
        // The client leaving stops the work at the next message, reading bodies or reading agreements.
        var read = ThreadAnalyzer.Read(new ConversationInput(request.Subject, messages), ct);
        var analysis = ThreadAnalyzer.Analyze(request.Subject, read, request.Me!, request.Now ?? clock.GetLocalNow(), explain, ct);
        return TypedResults.Ok(analysis);
    }
}

/// <summary>A conversation as the task pane builds it from Office.js.</summary>
public sealed record AnalyzeRequest
{
    /// <summary>The mailbox owner's address: whose asks are tracked; defaults to the signed-in user.</summary>
    /// <example>jane.doe@contoso.com</example>
    public string? Me { get; init; }

    /// <summary>The moment "waiting" and "away" are judged against; defaults to the server's clock.</summary>
    /// <example>2026-11-06T17:00:00-05:00</example>
    public DateTimeOffset? Now { get; init; }

    /// <summary>The conversation's topic; defaults to the first message's subject without RE:/FW:.</summary>
    /// <example>Churn and refund data for the CX dashboard</example>
    public string? Subject { get; init; }

    /// <summary>The messages, in any order.</summary>
    public IReadOnlyList<MessageInput>? Messages { get; init; }

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Me) || !Me.Contains('@'))
            errors["me"] = ["The mailbox owner's email address is required."];
        if (Messages is null || Messages.Count == 0)
            errors["messages"] = ["At least one message is required."];
        else
            for (var i = 0; i < Messages.Count; i++)
            {
                var m = Messages[i];
                if (m.From is null || string.IsNullOrWhiteSpace(m.From.Address) || !m.From.Address.Contains('@'))
                    errors[$"messages[{i}].from"] = ["Each message needs a sender with an email address."];
                if (m.SentAt is null)
                    errors[$"messages[{i}].sentAt"] = ["Each message needs the time it was sent."];
                if (m.Html is null && m.Text is null)
                    errors[$"messages[{i}].body"] = ["Each message needs an html or text body."];
            }
        return errors;
    }
}

/// <summary>One message of the conversation.</summary>
public sealed record MessageInput
{
    /// <summary>Internet Message-ID, or the Outlook item id.</summary>
    /// <example>&lt;01-churn-export.2.1793637600@mail.contoso.com&gt;</example>
    public string? Id { get; init; }
    public PersonInput? From { get; init; }
    public IReadOnlyList<PersonInput>? To { get; init; }
    public IReadOnlyList<PersonInput>? Cc { get; init; }
    /// <example>2026-11-02T11:40:00-05:00</example>
    public DateTimeOffset? SentAt { get; init; }
    /// <example>RE: Churn and refund data for the CX dashboard</example>
    public string? Subject { get; init; }
    /// <summary>The HTML body (Office.js body.getAsync with coercion type HTML).</summary>
    /// <example>&lt;p&gt;Sure - I can pull the churn export by end of day Wednesday.&lt;/p&gt;</example>
    public string? Html { get; init; }
    /// <summary>The plain-text body, when there is no HTML.</summary>
    public string? Text { get; init; }
    /// <summary>Internet headers when known, such as Auto-Submitted.</summary>
    public Dictionary<string, string>? Headers { get; init; }

    public IncomingMessage ToIncoming() => new()
    {
        Id = Id,
        From = From!.ToPerson(),
        To = To?.Where(p => !string.IsNullOrWhiteSpace(p.Address)).Select(p => p.ToPerson()).ToArray() ?? [],
        Cc = Cc?.Where(p => !string.IsNullOrWhiteSpace(p.Address)).Select(p => p.ToPerson()).ToArray() ?? [],
        SentAt = SentAt!.Value,
        Subject = Subject,
        Html = Html,
        Text = Text,
        Headers = HeadersOf(Headers),
    };

    /// <summary>Header names are case-insensitive; JSON keys are not, so "Auto-Submitted" and "auto-submitted" may both come: the first wins.</summary>
    static Dictionary<string, string> HeadersOf(Dictionary<string, string>? headers)
    {
        var merged = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers ?? [])
            if (value is not null)
                merged.TryAdd(name, value);
        return merged;
    }
}

/// <summary>A name and an address.</summary>
public sealed record PersonInput
{
    /// <example>Raj Patel</example>
    public string? Name { get; init; }
    /// <example>raj.patel@contoso.com</example>
    public string? Address { get; init; }

    public Person ToPerson() => new(string.IsNullOrWhiteSpace(Name) ? null : Name.Trim(), Address!.Trim());
}
