using CrossDept.Threads;

namespace CrossDept.Tracking;

public enum AgreementStatus { Open, Done, Dropped }

public enum CallKind { Scheduled, Made }

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
    IReadOnlyList<StatusChange> History);

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
    Checkpoint Checkpoint);

/// <summary>One fact of the follow-up, in order: the evidence an escalation is built from.</summary>
public sealed record ActivityEntry(DateTimeOffset At, string Kind, string? Address, string? AgreementId, string? Detail);

/// <summary>Kinds of activity entries.</summary>
public static class ActivityKind
{
    public const string Tracked = "tracked", Refreshed = "refreshed", Asked = "asked", Replied = "replied", Away = "away",
        Agreed = "agreed", DueChanged = "dueChanged", AgreementDone = "agreementDone", AgreementDropped = "agreementDropped",
        CallScheduled = "callScheduled", CallMade = "callMade";
}
