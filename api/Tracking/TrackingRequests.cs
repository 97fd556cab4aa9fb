using CrossDept.Threads;

namespace CrossDept.Tracking;

/// <summary>Track a conversation: its Outlook conversation id and the analysis the pane just received.</summary>
public sealed record TrackRequest
{
    /// <summary>The Outlook conversation id (Office.js item.conversationId); tracking it again updates, never duplicates.</summary>
    /// <example>AAQkADAwATM0MDAAMS1iNWQ0LWQ2NjAtMDACLTAwCgAQAFzcnAZ2rUdOr3h2ZqJ3P1A=</example>
    public string? ConversationId { get; init; }

    /// <summary>The analysis JSON from POST /api/threads/analyze. Message texts in it are read for nothing and never stored.</summary>
    public ThreadAnalysis? Analysis { get; init; }

    /// <summary>Optional: the version the client last saw; a different stored version answers 409. If-Match does the same.</summary>
    /// <example>3</example>
    public long? Version { get; init; }

    public Dictionary<string, string[]> Validate(bool conversationIdRequired)
    {
        var errors = new Dictionary<string, string[]>();
        if (conversationIdRequired && string.IsNullOrWhiteSpace(ConversationId))
            errors["conversationId"] = ["The Outlook conversation id is required."];
        else if (ConversationId is { Length: > 512 })
            errors["conversationId"] = ["The conversation id is longer than 512 characters."];
        AnalysisRules.Validate(Analysis, errors);
        return errors;
    }
}

/// <summary>Newer messages arrived: the analysis of the whole conversation as it is now.</summary>
public sealed record RefreshRequest
{
    /// <summary>The analysis JSON from POST /api/threads/analyze.</summary>
    public ThreadAnalysis? Analysis { get; init; }

    /// <summary>Optional: the version the client last saw (or send If-Match).</summary>
    /// <example>3</example>
    public long? Version { get; init; }
}

/// <summary>Marks an agreement done or dropped.</summary>
public sealed record AgreementStatusRequest
{
    /// <summary>For done: the day it was delivered; defaults to today.</summary>
    /// <example>2026-11-04</example>
    public DateOnly? On { get; init; }

    /// <summary>Optional: the version the client last saw (or send If-Match).</summary>
    /// <example>3</example>
    public long? Version { get; init; }
}

/// <summary>A call with one of the people asked, scheduled or made.</summary>
public sealed record CallRequest
{
    /// <summary>The person called: one of the people asked in this conversation.</summary>
    /// <example>tom.becker@contoso.com</example>
    public string? Address { get; init; }

    /// <summary>scheduled (a meeting was booked) or made (the call happened).</summary>
    /// <example>scheduled</example>
    public CallKind? Kind { get; init; }

    /// <summary>When the call is or was.</summary>
    /// <example>2026-11-10T10:00:00-05:00</example>
    public DateTimeOffset? At { get; init; }

    /// <summary>For a call made: how it went (agreed, noAnswer, referred); it moves the person on.</summary>
    /// <example>agreed</example>
    public CallOutcome? Outcome { get; init; }

    /// <summary>For a call made with outcome referred: whom they named (a name, and the address when they gave one).</summary>
    public PersonInput? ReferredTo { get; init; }

    /// <summary>Optional: the calendar event id from POST /api/calls.</summary>
    public string? MeetingId { get; init; }

    /// <summary>Optional: the version the client last saw (or send If-Match).</summary>
    public long? Version { get; init; }

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Address) || !Address.Contains('@'))
            errors["address"] = ["The address of the person called is required."];
        if (Kind is null)
            errors["kind"] = ["Say whether the call was scheduled or made."];
        if (At is null)
            errors["at"] = ["When the call is or was is required."];
        if (Outcome is not null && Kind == CallKind.Scheduled)
            errors["outcome"] = ["Only a call made has an outcome."];
        if (ReferredTo is not null && Outcome != CallOutcome.Referred)
            errors["referredTo"] = ["Only a call whose outcome is referred names whom they referred you to."];
        else if (ReferredTo is not null && string.IsNullOrWhiteSpace(ReferredTo.Name) && string.IsNullOrWhiteSpace(ReferredTo.Address))
            errors["referredTo"] = ["Give the name (or the address) of the person they referred you to."];
        else if (ReferredTo?.Address is { Length: > 0 } to && !to.Contains('@'))
            errors["referredTo.address"] = ["The address of the person they referred you to is not an email address."];
        if (MeetingId is { Length: > 1024 })
            errors["meetingId"] = ["The meeting id is longer than 1024 characters."];
        return errors;
    }
}

/// <summary>An agreement as the user states it: who, what, by when.</summary>
public sealed record AgreementEditRequest
{
    /// <summary>Who does it: anyone on the conversation, the user too.</summary>
    public PersonInput? Owner { get; init; }

    /// <summary>What they will do.</summary>
    /// <example>send the refund numbers, only for North America</example>
    public string? What { get; init; }

    /// <summary>By when (a calendar date), or null when no date was agreed.</summary>
    /// <example>2026-11-06</example>
    public DateOnly? Due { get; init; }

    /// <summary>Optional: the version the client last saw (or send If-Match).</summary>
    public long? Version { get; init; }

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Owner?.Address is not { } address || !address.Contains('@') || address.Length > 320)
            errors["owner.address"] = ["Who does it (an email address) is required."];
        if (string.IsNullOrWhiteSpace(What))
            errors["what"] = ["What they will do is required."];
        else if (What.Length > 4000)
            errors["what"] = ["At most 4000 characters."];
        return errors;
    }
}

static class AnalysisRules
{
    const int MaxPeople = 500, MaxAgreements = 500, MaxText = 4000;

    public static void Validate(ThreadAnalysis? analysis, Dictionary<string, string[]> errors)
    {
        if (analysis is null)
        {
            errors["analysis"] = ["The analysis of the conversation is required."];
            return;
        }
        if (analysis.Conversation is null || string.IsNullOrWhiteSpace(analysis.Conversation.Subject))
            errors["analysis.conversation.subject"] = ["The conversation's subject is required."];
        var recipients = analysis.Recipients ?? [];
        var agreements = analysis.Agreements ?? [];
        if (recipients.Count > MaxPeople)
            errors["analysis.recipients"] = [$"At most {MaxPeople} people asked."];
        if (agreements.Count > MaxAgreements)
            errors["analysis.agreements"] = [$"At most {MaxAgreements} agreements."];
        for (var i = 0; i < recipients.Count; i++)
            if (recipients[i] is not { Address: { } a } || !a.Contains('@') || recipients[i].UnansweredRequests < 0)
                errors[$"analysis.recipients[{i}]"] = ["Each person asked needs an email address and a count of unanswered requests."];
        for (var i = 0; i < agreements.Count; i++)
        {
            var a = agreements[i];
            if (a?.Owner?.Address is null || !a.Owner.Address.Contains('@') || string.IsNullOrWhiteSpace(a.What) || a.Quote is null)
                errors[$"analysis.agreements[{i}]"] = ["Each agreement needs an owner with an address, what, and the quote."];
            else if (a.What.Length > MaxText || a.Quote.Length > MaxText)
                errors[$"analysis.agreements[{i}]"] = [$"An agreement's what and quote are at most {MaxText} characters."];
        }
    }
}

/// <summary>The escalation summary about one person, in the user's words.</summary>
public sealed record EscalationEditRequest
{
    /// <summary>The whole summary as it should go out (plain text; blank lines separate paragraphs).</summary>
    /// <example>Hi Victor and Helen, short version: we need the budget code by Friday.</example>
    public string? Text { get; init; }
}
