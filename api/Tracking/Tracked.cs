using CrossDept.Threads;

namespace CrossDept.Tracking;

public enum AgreementStatus { Open, Done, Dropped }

public enum CallKind { Scheduled, Made }

/// <summary>How a call made went: agreed (they will do it), noAnswer (nobody picked up), referred (someone else owns it).</summary>
public enum CallOutcome { Agreed, NoAnswer, Referred }

/// <summary>The user's correction of one agreement: new owner, what and due, or its removal.</summary>
public sealed record AgreementCorrection(Person? Owner, string? What, DateOnly? Due, bool Remove);

/// <summary>Whose data a row is: the tenant and the user's object id from the token, never an address the client sends.</summary>
public sealed record Owner(string TenantId, string ObjectId);

/// <summary>A conversation the user follows up: the people asked, the agreements, and what happened.</summary>
public sealed record TrackedConversation(
    string Id,
    string ConversationId,
    string Subject,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastRefreshedAt,
    long Version,
    IReadOnlyList<PersonAsked> People,
    IReadOnlyList<TrackedAgreement> Agreements,
    IReadOnlyList<ActivityEntry> Activity);

/// <summary>One person asked, with status and next step as of now (not as of the last analysis).</summary>
public sealed record PersonAsked(
    string Address,
    string? Name,
    ReplyStatus Status,
    NextStep NextStep,
    int RequestsSent,
    int UnansweredRequests,
    int Replies,
    DateTimeOffset? LastAskedAt,
    DateTimeOffset? LastReplyAt,
    DateOnly? AwayUntil,
    int CallsScheduled,
    int CallsMade,
    DateTimeOffset? NextCallAt,
    DateTimeOffset? LastCallAt,
    IReadOnlyList<StatusChange> History)
{
    /// <summary>How the latest call made went, when it was recorded with an outcome.</summary>
    public CallOutcome? LastCallOutcome { get; init; }

    /// <summary>Whom they referred you to on that call (outcome referred): a name, and the address when given.</summary>
    /// <example>Marcus Reed</example>
    public string? ReferredToName { get; init; }

    /// <example>marcus.reed@contoso.com</example>
    public string? ReferredToAddress { get; init; }

    /// <summary>Their department when it has an agreed response time (api/Departments), which then times their reminder and call.</summary>
    /// <example>Sales Operations</example>
    public string? Department { get; init; }

    /// <summary>That department's response time in business hours; null: none agreed, the 2-business-day rule applies.</summary>
    /// <example>4</example>
    public double? ResponseHours { get; init; }

    /// <summary>Waiting longer than their department's response time.</summary>
    public bool PastResponseTime { get; init; }
}

/// <summary>Where a person stood after an analysis changed something.</summary>
public sealed record StatusChange(DateTimeOffset At, ReplyStatus Status, int UnansweredRequests, DateOnly? AwayUntil);

/// <summary>An agreement being followed up; its id stays the same when the conversation is analysed again.</summary>
public sealed record TrackedAgreement(
    string Id,
    Person Owner,
    string What,
    DateOnly? Due,
    string? DueText,
    string Quote,
    string? SourceMessageId,
    AgreementStatus Status,
    DateTimeOffset? StatusChangedAt,
    DateOnly? DoneOn,
    bool InLatestAnalysis,
    Checkpoint Checkpoint)
{
    /// <summary>When the user last corrected it (owner, what or due), or added it; null when it is as the messages said.</summary>
    public DateTimeOffset? EditedAt { get; init; }

    /// <summary>Who corrected or added it (the signed-in user's address).</summary>
    public string? EditedBy { get; init; }
}

/// <summary>One fact of the follow-up, in order: the evidence an escalation is built from.</summary>
public sealed record ActivityEntry(DateTimeOffset At, string Kind, string? Address, string? AgreementId, string? Detail);

/// <summary>Kinds of activity entries.</summary>
public static class ActivityKind
{
    public const string Tracked = "tracked", Refreshed = "refreshed", Asked = "asked", Replied = "replied", Away = "away",
        Agreed = "agreed", DueChanged = "dueChanged", AgreementDone = "agreementDone", AgreementDropped = "agreementDropped",
        CallScheduled = "callScheduled", CallMade = "callMade",
        AgreementEdited = "agreementEdited", AgreementAdded = "agreementAdded", AgreementRemoved = "agreementRemoved";
}
