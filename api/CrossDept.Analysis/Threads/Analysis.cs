namespace CrossDept.Threads;

/// <summary>The analysis JSON shared by the API, the analyze command and the task pane (contract/analysis.md).</summary>
public sealed record ThreadAnalysis(
    ConversationSummary Conversation,
    IReadOnlyList<MessageView> Messages,
    IReadOnlyList<Agreement> Agreements,
    IReadOnlyList<RecipientStatus> Recipients,
    ConfirmationDraft ConfirmationDraft)
{
    /// <summary>Each "not me — ask X" in the conversation: an answer that names who can help instead.</summary>
    public IReadOnlyList<Referral> Referrals { get; init; } = [];

    /// <summary>Only when asked (<c>analyze --explain</c>, <c>?explain=true</c>): the rule behind each agreement and why each near-miss was dropped.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<CrossDept.Agreements.Explanation>? Explain { get; init; }
}

/// <summary>
/// A reply that declines and names who can help instead ("that's not us — ask Marcus in Facilities"). <c>ToName</c> is
/// the person or team as written; <c>ToAddress</c> is theirs when they are a participant of the thread, else null.
/// </summary>
public sealed record Referral(Person From, string ToName, string? ToAddress, string? SourceMessageId, string Quote);

public sealed record ConversationSummary(string Subject, IReadOnlyList<Person> Participants);

/// <summary>One message as its sender wrote it: quoted history removed, signature kept and also given apart.</summary>
public sealed record MessageView(
    string? Id,
    Person From,
    DateTimeOffset SentAt,
    bool IsAutoReply,
    DateOnly? AwayUntil,
    string Text,
    string? Signature)
{
    /// <summary>How <see cref="SentAt"/> was known: <c>date</c> (the Date header, or the client's sent time), <c>received</c>
    /// (no Date header: the earliest Received header), or <c>position</c> (no date anywhere: placed after the message before it).</summary>
    public DateSource SentAtFrom { get; init; } = DateSource.Header;

    /// <summary>Only for a message longer than the reader reads (<see cref="Reading.MessageReader.ReadLimit"/>): where in
    /// <c>text</c> reading stopped and how many characters of the sender's words were not read for agreements or requests.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public UnreadText? Unread { get; init; }
}

/// <summary>A commitment someone made and did not withdraw.</summary>
public sealed record Agreement(
    Person Owner,
    string What,
    DateOnly? Due,
    string? DueText,
    string? SourceMessageId,
    string Quote);

public enum ReplyStatus { Replied, Waiting, Away }

public enum NextStep { None, Wait, Remind, Call }

/// <summary>Where one person the mailbox owner asked stands.</summary>
public sealed record RecipientStatus(
    string Address,
    string? Name,
    ReplyStatus Status,
    NextStep NextStep,
    int UnansweredRequests,
    DateTimeOffset? LastReplyAt,
    DateOnly? AwayUntil,
    DateTimeOffset? LastAskedAt)
{
    /// <summary>When this person's latest reply sent the ask on to someone else: the ask can move there.</summary>
    public Referral? Referral { get; init; }
}

/// <summary>An email ready to open in Outlook: HTML with every piece of mail text encoded, and plain text.</summary>
public sealed record ConfirmationDraft(
    string Subject,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    string Html,
    string Text);
