using CrossDept.Threads;

namespace CrossDept.Tracking;

/// <summary>What needs following up across every tracked conversation, as of <see cref="Now"/>.</summary>
public sealed record Board(
    DateTimeOffset Now,
    IReadOnlyList<BoardAgreement> Agreements,
    IReadOnlyList<BoardPerson> People,
    IReadOnlyList<BoardConversation> Conversations);

/// <summary>An open agreement with its checkpoint: checkIn (due within 2 business days), overdue, upcoming or noDate.</summary>
public sealed record BoardAgreement(string TrackedId, string ConversationId, string Subject, TrackedAgreement Agreement);

/// <summary>Someone who has not answered, with their next step: remind, call or wait (their history is on GET /api/tracked/{id}).</summary>
public sealed record BoardPerson(string TrackedId, string ConversationId, string Subject, PersonAsked Person);

public sealed record BoardConversation(string Id, string ConversationId, string Subject, long Version, DateTimeOffset LastRefreshedAt,
    int OpenAgreements, int WaitingOn);

/// <summary>The board's filters. With none, the board shows everything open; with some, only what matches one of them.</summary>
public sealed record BoardFilter(int? DueWithinDays, bool Overdue, bool NeedsCall)
{
    public bool Any => DueWithinDays is not null || Overdue || NeedsCall;
}

public static class Boards
{
    /// <summary>Builds the board from stored facts; checkpoints and next steps are judged now, not when last analysed.</summary>
    public static Board Build(IReadOnlyList<TrackedConversation> tracked, BoardFilter filter, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.DateTime);
        bool Shown(TrackedAgreement a) => !filter.Any
            || (filter.DueWithinDays is { } days && a.Due is { } due && due >= today && due <= today.AddDays(days))
            || (filter.Overdue && a.Checkpoint == Checkpoint.Overdue);
        bool ShownPerson(PersonAsked p) => filter.Any ? filter.NeedsCall && p.NextStep == NextStep.Call : p.NextStep != NextStep.None;

        var agreements = tracked
            .SelectMany(t => t.Agreements.Where(a => a.Status == AgreementStatus.Open && Shown(a))
                .Select(a => new BoardAgreement(t.Id, t.ConversationId, t.Subject, a)))
            .OrderBy(b => Urgency(b.Agreement.Checkpoint)).ThenBy(b => b.Agreement.Due ?? DateOnly.MaxValue).ThenBy(b => b.Subject, StringComparer.Ordinal)
            .ToArray();
        // Next steps as the conversation's merged view judges them (ConversationViews), so the board and the pane agree.
        var people = tracked
            .SelectMany(t => t.People.Select(p => p with { NextStep = ConversationViews.PersonOf(null, p, null).NextStep }).Where(ShownPerson).Select(p => new BoardPerson(t.Id, t.ConversationId, t.Subject, p)))
            .OrderBy(b => b.Person.NextStep switch { NextStep.Call => 0, NextStep.Remind => 1, _ => 2 })
            .ThenBy(b => b.Person.LastAskedAt ?? DateTimeOffset.MaxValue).ThenBy(b => b.Person.Address, StringComparer.Ordinal)
            .ToArray();
        var shownIds = agreements.Select(a => a.TrackedId).Concat(people.Select(p => p.TrackedId)).ToHashSet();
        var conversations = tracked.Where(t => !filter.Any || shownIds.Contains(t.Id))
            .Select(t => new BoardConversation(t.Id, t.ConversationId, t.Subject, t.Version, t.LastRefreshedAt,
                t.Agreements.Count(a => a.Status == AgreementStatus.Open), t.People.Count(p => p.NextStep != NextStep.None)))
            .ToArray();
        return new Board(now, agreements, people, conversations);
    }

    static int Urgency(Checkpoint c) => c switch
    {
        Checkpoint.Overdue => 0,
        Checkpoint.CheckIn => 1,
        Checkpoint.Upcoming => 2,
        _ => 3,
    };
}
