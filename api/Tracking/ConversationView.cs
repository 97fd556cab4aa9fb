using CrossDept.Threads;

namespace CrossDept.Tracking;

/// <summary>
/// What a conversation looks like to the user, in one place: its latest analysis merged with what tracking knows
/// (agreements corrected, added, removed, done or dropped; calls booked and made, with their outcome; referrals; the
/// escalation summary the user rewrote). The pane shows it as it is, the drafts read their agreements and people from it,
/// and the board judges next steps through the same merge, so the three never disagree.
/// </summary>
public sealed record ConversationView(
    string ConversationId,
    string Subject,
    DateTimeOffset Now,
    string? TrackedId,
    long? Version,
    IReadOnlyList<ViewAgreement> Agreements,
    IReadOnlyList<ViewPerson> People);

/// <summary>
/// An agreement as shown: the tracked one (id, status, who corrected it) when tracked, else the analysis's, open. Its
/// checkpoint is judged at the view's now: none once done or dropped, so a done agreement is never overdue.
/// </summary>
public sealed record ViewAgreement(
    string? Id,
    Person Owner,
    string What,
    DateOnly? Due,
    string? DueText,
    string Quote,
    string? SourceMessageId,
    AgreementStatus Status,
    Checkpoint Checkpoint,
    DateOnly? DoneOn,
    string? EditedBy,
    DateTimeOffset? EditedAt);

/// <summary>
/// A person asked, as shown: where the messages leave them, moved on by the calls tracking knows of. CallBookedAt: a call
/// booked and not yet made with an outcome. Referral: whom they sent the ask on to, read in their reply or told on a call
/// ("referred me on"). Escalation: the summary about them as the user rewrote it, when they did.
/// </summary>
public sealed record ViewPerson(
    string Address,
    string? Name,
    ReplyStatus Status,
    NextStep NextStep,
    int UnansweredRequests,
    DateTimeOffset? LastAskedAt,
    DateTimeOffset? LastReplyAt,
    DateOnly? AwayUntil,
    Referral? Referral,
    DateTimeOffset? CallBookedAt,
    int CallsScheduled,
    int CallsMade,
    CallOutcome? LastCallOutcome,
    EscalationNote? Escalation);

public static class ConversationViews
{
    /// <summary>
    /// The merge. With an analysis, its people and (when not tracked) its agreements; with a tracked conversation, its
    /// agreements as corrected and its calls. A conversation only tracked (the board, GET /api/tracked/{id}/view) is shown
    /// from the stored facts alone.
    /// </summary>
    public static ConversationView Merge(string conversationId, ThreadAnalysis? analysis, TrackedConversation? tracked,
        IReadOnlyList<EscalationNote> escalations, DateTimeOffset now)
    {
        var agreements = tracked is not null
            ? tracked.Agreements.Select(a => new ViewAgreement(a.Id, a.Owner, a.What, a.Due, a.DueText, a.Quote, a.SourceMessageId, a.Status,
                Checkpoints.ForAgreement(a.Status, a.Due, now), a.DoneOn, a.EditedBy, a.EditedAt)).ToArray()
            : (analysis?.Agreements ?? []).Select(a => new ViewAgreement(null, a.Owner, a.What, a.Due, a.DueText, a.Quote, a.SourceMessageId,
                AgreementStatus.Open, Checkpoints.ForAgreement(AgreementStatus.Open, a.Due, now), null, null, null)).ToArray();

        EscalationNote? NoteOf(string address) => escalations.FirstOrDefault(n => Same(n.Address, address));
        var people = analysis is not null
            ? analysis.Recipients.Select(r => PersonOf(r, tracked?.People.FirstOrDefault(p => Same(p.Address, r.Address)), NoteOf(r.Address))).ToArray()
            : (tracked?.People ?? []).Select(p => PersonOf(null, p, NoteOf(p.Address))).ToArray();

        return new ConversationView(conversationId, tracked?.Subject ?? analysis?.Conversation.Subject ?? "", now, tracked?.Id, tracked?.Version,
            agreements, people);
    }

    /// <summary>One person: the analysis's status, with tracking's calls and the next step that knows of them.</summary>
    public static ViewPerson PersonOf(RecipientStatus? analysed, PersonAsked? known, EscalationNote? escalation)
    {
        if (analysed is null && known is null)
            throw new ArgumentException("A person comes from the analysis, from tracking, or both.");
        // "Referred me on" on a call is an answer too: whom they named, as a referral the ask can move to.
        var toldOnACall = known is { LastCallOutcome: CallOutcome.Referred, ReferredToName: { Length: > 0 } toName }
            ? new Referral(new Person(analysed?.Name ?? known.Name, analysed?.Address ?? known.Address), toName, known.ReferredToAddress, null, "")
            : null;
        var referral = analysed?.Referral ?? toldOnACall;
        // Once a call made has an outcome, that outcome is where they stand, not a call still on the calendar.
        var booked = known is null || (known.LastCallOutcome is not null && known.LastCallAt is not null) ? null : known.NextCallAt;
        // A referral read in their reply is their answer; otherwise tracking's next step, which knows of calls booked and made.
        var next = analysed is { Referral: not null } || known is null ? analysed!.NextStep : known.NextStep;
        return analysed is not null
            ? new ViewPerson(analysed.Address, analysed.Name, analysed.Status, next, analysed.UnansweredRequests, analysed.LastAskedAt,
                analysed.LastReplyAt, analysed.AwayUntil, referral, booked, known?.CallsScheduled ?? 0, known?.CallsMade ?? 0, known?.LastCallOutcome, escalation)
            : new ViewPerson(known!.Address, known.Name, known.Status, next, known.UnansweredRequests, known.LastAskedAt,
                known.LastReplyAt, known.AwayUntil, referral, booked, known.CallsScheduled, known.CallsMade, known.LastCallOutcome,
                escalation);
    }

    /// <summary>
    /// The analysis a draft is written from: the agreements as the user stands by them (dropped ones left out; a corrected one
    /// without its old sentence) and each person's next step as merged here.
    /// </summary>
    public static ThreadAnalysis ForDrafts(this ConversationView view, ThreadAnalysis analysis) => analysis with
    {
        Agreements = view.Stated(),
        Recipients = analysis.Recipients.Select(r => view.People.FirstOrDefault(p => Same(p.Address, r.Address)) is { } p
            ? r with { NextStep = p.NextStep, Referral = p.Referral }
            : r).ToArray(),
    };

    /// <summary>The agreements as the user stands by them: dropped ones left out; a corrected one without its old sentence.</summary>
    public static IReadOnlyList<Agreement> Stated(this ConversationView view) =>
        view.Agreements.Where(a => a.Status != AgreementStatus.Dropped)
            .Select(a => new Agreement(a.Owner, a.What, a.Due, a.DueText, a.SourceMessageId, a.EditedAt is null ? a.Quote : "")).ToArray();

    static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
